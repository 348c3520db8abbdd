"""A school's printable training calendar for one month, landscape: the
school's name and "Training Calendar" over the month and year in large
type, a seven-column grid with weekday headings, day numbers in the top
corner of each cell (days of the neighbouring months greyed), coloured chips
in the cells for each class day ("WRT day 2"), an office-closed holiday and
an open-house evening, and a legend under the grid listing each class with
its dates, CEC hours and seats left. It advertises a schedule; it records
no one's attendance."""

SOURCE = (
    "AppStateESS/phpwebsite:mod/calendar/templates/view/month/grid.tpl (month view: month "
    "and year title, full weekday headings, a table row per week, day number and event "
    "listing in each cell)"
)
KIND = "other"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "other",
    "landscape",
    "table",
    "date-range",
    "calendar",
    "provider-in-logo",
)

TEMPLATE = """<style>
.w { position:absolute; inset:30px 40px 26px; font:11px ${sans}; color:#222 }
.hd { display:flex; justify-content:space-between; align-items:flex-end; margin-bottom:8px }
.hd .o { display:flex; align-items:center; gap:9px }
.hd .o i { width:34px; height:34px; border-radius:6px; background:${accent}; display:block; position:relative }
.hd .o i:after { content:''; position:absolute; left:8px; right:8px; top:10px; height:14px; border:3px solid #fff; border-top-width:7px; border-radius:2px }
.hd .o b { font:bold 15px ${sans}; color:${dark}; display:block } .hd .o span { font-size:11px; color:#666; letter-spacing:1px; text-transform:uppercase }
.hd h1 { font:${mw} 40px/40px ${display}; color:${dark}; margin:0; letter-spacing:1px }
table { width:100%; border-collapse:collapse; table-layout:fixed }
th { background:${dark}; color:#fff; font:bold 10.5px ${sans}; letter-spacing:1px; text-transform:uppercase; padding:5px 0; border:1px solid ${dark} }
td { border:1px solid #bbb; height:${cell_h}px; vertical-align:top; padding:2px 3px; overflow:hidden }
td .n { font:bold 12px ${sans}; color:#333; text-align:right; display:block }
td.x { background:#f3f3f3 } td.x .n { color:#bbb } td.we { background:${light} }
.ch { display:block; border-radius:3px; padding:1px 4px; margin-top:2px; font:bold 9.5px/12px ${sans}; color:#fff; white-space:nowrap; overflow:hidden }
.c0 { background:${accent} } .c1 { background:#4a6fa5 } .c2 { background:#6b8e23 } .c3 { background:#8e5572 }
.ch.hol { background:#fff; color:#a33; border:1px dashed #a33 } .ch.ev { background:#fff; color:#333; border:1px solid #999 }
.lg { display:flex; gap:16px; margin-top:8px; font-size:10.5px; line-height:14px }
.lg table { width:auto; flex:1 } .lg td { height:auto; border:none; border-bottom:1px solid #ddd; padding:2px 8px 2px 0; vertical-align:top }
.lg td.k i { display:inline-block; width:10px; height:10px; border-radius:2px; margin-right:5px; vertical-align:-1px }
.lg th { background:none; color:#555; border:none; border-bottom:1.5px solid #555; text-align:left; padding:2px 8px 2px 0; font-size:9.5px }
.lg .nt { width:250px; color:#444; font-size:10px; line-height:13.5px }
.lg .nt b { display:block; color:${dark}; font-size:11px; margin-bottom:2px }
</style>
<div class="w">
 <div class="hd"><div class="o"><i></i><div><b>${org}</b><span>${cal_word}</span></div></div><h1>${month}</h1></div>
 <table><tr>${heads_html}</tr>${weeks_html}</table>
 <div class="lg">
  <table><tr><th>Class</th><th>Dates</th><th>Credit</th><th>Seats</th></tr>${legend_html}</table>
  <div class="nt"><b>${reg_head}</b>${reg_text}<br>${phone} &middot; ${web}</div>
 </div>
</div>
"""

SEATS = ["Full \u2013 waitlist", "3 left", "6 left", "10 left", "Open"]


def fill(d):
    import calendar
    import html
    from datetime import date, timedelta

    from corpus import values as V
    from corpus.formats import MONTHS, fmt_date, fmt_number

    e = html.escape
    r = d.rng
    year, month = d.completed.year, d.completed.month
    sunday_first = d.chance(0.6)
    cal = calendar.Calendar(6 if sunday_first else 0)
    weeks = cal.monthdatescalendar(year, month)
    names = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
    if not sunday_first:
        names = names[1:] + names[:1]
    short = d.chance(0.5)
    heads = "".join(f"<th>{n[:3] if short else n}</th>" for n in names)

    # the class this calendar is drawn around, then others on free weekdays
    days = max(1, round(d.credit / 7))
    title = d.title("plain")
    code = d.code or "".join(w[0] for w in title.split() if w[0].isupper())[:4]
    span = d.date_range(days - 1) if days > 1 else d.date(d.pick(["long", "short_month"]))
    main_hours = d.hours(d.pick(["cec_hours", "cecs", "hrs"]))
    chips: dict[date, list[str]] = {}
    busy = set()
    for k in range(days):
        day = d.completed - timedelta(days=days - 1 - k)
        busy.add(day)
        chips.setdefault(day, []).append(
            f"<span class='ch c0'>{e(code)} day {k + 1}</span>"
            if days > 1
            else f"<span class='ch c0'>{e(code)}</span>"
        )
    legend = [(0, f"{title} ({code})" if d.code else title, span, main_hours)]
    in_month = [x for w in weeks for x in w if x.month == month and x.weekday() < 5]
    others = r.sample([c for c in V.IICRC_COURSES if c[0] != d.course], 3)
    for n, (t, c) in enumerate(others, start=1):
        length = r.choice([1, 2, 3])
        starts = [
            x
            for x in in_month
            if all(
                x + timedelta(days=j) not in busy
                and (x + timedelta(days=j)).weekday() < 5
                and (x + timedelta(days=j)).month == month
                for j in range(length)
            )
        ]
        if not starts:
            continue
        s0 = r.choice(starts)
        for j in range(length):
            day = s0 + timedelta(days=j)
            busy.add(day)
            chips.setdefault(day, []).append(
                f"<span class='ch c{n}'>{c} day {j + 1}</span>"
                if length > 1
                else f"<span class='ch c{n}'>{c}</span>"
            )
        end = s0 + timedelta(days=length - 1)
        when = (
            fmt_date(s0, "short_month")
            if length == 1
            else f"{MONTHS[month - 1][:3]} {s0.day}\u2013{end.day}, {year}"
        )
        legend.append((n, f"{t} ({c})", when, f"{fmt_number(length * 7, r)} CECs"))
    free = [x for x in in_month if x not in busy]
    if free:
        hol = r.choice(free)
        closed = d.pick(["Office closed", "Holiday \u2013 closed", "No classes"])
        chips.setdefault(hol, []).append(f"<span class='ch hol'>{closed}</span>")
        busy.add(hol)
    free = [x for x in in_month if x not in busy]
    if free and d.chance(0.7):
        ev = r.choice(free)
        chips.setdefault(ev, []).append(
            f"<span class='ch ev'>{d.pick(['Open house 5 pm', 'Lunch & learn', 'Equipment demo'])}</span>"
        )
    rows = []
    for w in weeks:
        cells = []
        for x in w:
            cls = "x" if x.month != month else ("we" if x.weekday() >= 5 else "")
            cells.append(
                f"<td class='{cls}'><span class='n'>{x.day}</span>{''.join(chips.get(x, [])) if x.month == month else ''}</td>"
            )
        rows.append("<tr>" + "".join(cells) + "</tr>")
    legend_html = "".join(
        f"<tr><td class='k'><i class='c{n}'></i>{e(t)}</td><td>{e(when)}</td><td>{e(h)}</td>"
        f"<td>{seats}</td></tr>"
        for n, t, when, h in legend
        for seats in [r.choice(SEATS)]
    )
    return {
        "org": d.provider(),
        "cal_word": d.pick(["Training Calendar", "Class Schedule", "Course Calendar"]),
        "month": f"{MONTHS[month - 1]} {year}"
        if d.chance(0.7)
        else f"{MONTHS[month - 1].upper()} {year}",
        "mw": d.pick(["normal", "bold"]),
        "heads_html": heads,
        "weeks_html": "".join(rows),
        "cell_h": 100 if len(weeks) <= 5 else 82,
        "legend_html": legend_html,
        "reg_head": d.pick(["How to register", "Registration", "Reserve a seat"]),
        "reg_text": d.pick(
            [
                "Call or book online. A seat is held for 7 days pending payment. Classes with fewer "
                "than six students may be rescheduled.",
                "Register online or by phone. Credit listed is what each class is approved for; it "
                "is granted only to students who complete the class.",
            ]
        ),
        "phone": d.phone(),
        "web": d.web(),
    }
