"""A printed conference schedule page: a site header with the programme
name, the dates and venue, "My schedule" printed for a registered attendee,
then a bordered two-column table per day (time span, session with its
speaker and the CEC hours it offers), breaks and meals in their rows, and a
footnote that credit is only given for sessions scanned in and out. A plan of
what may be attended, with no credit recorded."""

SOURCE = "jeremylightsmith/agileopennorthwest:public/2011/schedule.php"
KIND = "other"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = ("other", "portrait", "table", "distractor-person", "date-range", "agenda")

TEMPLATE = """<style>
.hd { position:absolute; left:50px; right:50px; top:38px; border-bottom:4px solid ${accent}; padding-bottom:10px; display:flex; justify-content:space-between; align-items:flex-end }
.hd .t { font: bold 24px ${head}; color:${dark}; line-height:28px }
.hd .t small { display:block; font: 13px ${sans}; color:#555; margin-top:3px }
.hd .me { text-align:right; font: 12px ${sans}; color:#333; line-height:17px }
.hd .me b { font-size:14px }
#title { position:absolute; left:50px; top:${title_top}px; font: 26px ${head}; color:#222 }
table { position:absolute; left:50px; right:50px; top:${table_top}px; width:calc(100% - 100px); border-collapse:collapse; font: ${td_px}px ${face} }
th { background:${light}; border:1px solid #555; padding:5px 8px; text-align:left; font-size:${th_px}px }
td { border:1px solid #555; padding:4px 8px; vertical-align:top; line-height:${lh}px }
td.tm { white-space:nowrap; width:150px }
td .sp { color:#555; font-size:${sp_px}px }
td .ce { float:right; font: bold 10.5px ${sans}; color:${accent}; margin-left:10px }
tr.mine td { background:#fff8d6 }
tr.brk td { color:#666; font-style:italic }
.fn { position:absolute; left:50px; right:50px; bottom:36px; font: 10px ${sans}; color:#555; border-top:1px solid #aaa; padding-top:5px; line-height:14px }
</style>
<div class="hd"><div class="t">${event}<small>${dates} &middot; ${venue}</small></div>
<div class="me">${me_label}<br><b>${name}</b><br>Badge ${badge}</div></div>
<p id="title">${page_title}</p>
<table>${rows_html}</table>
<div class="fn">${foot}</div>
"""

BREAKS = [
    "Registration and continental breakfast",
    "Coffee break in the exhibit hall",
    "Lunch (exhibit hall open)",
    "Exhibit hall hours \u2013 visit the IICRC booth",
    "Networking reception",
]


def fill(d):
    import html
    from datetime import timedelta

    from corpus import values as V
    from corpus.formats import fmt_date, fmt_number, fmt_range

    r = d.rng
    event = f"{r.choice(V.EVENTS)} {d.completed.year}"
    day1 = d.completed
    day2 = day1 + timedelta(days=1)
    titles = r.sample(V.SESSIONS, 6) + [d.course]
    r.shuffle(titles)
    ampm = d.chance(0.6)

    def clock(m):
        h, mm = divmod(m, 60)
        return (
            f"{(h - 1) % 12 + 1}:{mm:02d} {'am' if h < 12 else 'pm'}" if ampm else f"{h}:{mm:02d}"
        )

    rows = []
    k = 0
    for day in (day1, day2):
        rows.append(f'<tr><th colspan="2">{html.escape(fmt_date(day, "weekday"))}</th></tr>')
        t = 8 * 60
        plan = (
            ["b0", "s", "s", "b2", "s", "b1", "s"] if day == day1 else ["b0", "s", "s", "b3", "s"]
        )
        for step in plan:
            if step.startswith("b"):
                ln = 30 if step in ("b0", "b1") else 60
                text = BREAKS[int(step[1])]
                rows.append(
                    f'<tr class="brk"><td class="tm">{clock(t)} \u2013 {clock(t + ln)}</td><td>{html.escape(text)}</td></tr>'
                )
                t += ln
                continue
            if k >= len(titles):
                break
            ln = r.choice([60, 90, 90, 120])
            mine = ' class="mine"' if r.random() < 0.35 else ""
            ce = fmt_number(ln / 60, r, False)
            rows.append(
                f'<tr{mine}><td class="tm">{clock(t)} \u2013 {clock(t + ln)}</td><td><span class="ce">{ce} CEC</span>'
                f"{html.escape(titles[k])}<br><span class='sp'>{html.escape(d.person())} &middot; "
                f"{html.escape(r.choice(['Room 101', 'Room 102', 'Hall A', 'Hall B', 'Salon C']))}</span></td></tr>"
            )
            k += 1
            t += ln + 15
    return {
        "head": d.fonts[d.pick(["sans", "serif"])],
        "face": d.fonts[d.pick(["sans", "serif"])],
        "event": event,
        "dates": fmt_range(day1, day2, r),
        "venue": d.venue(),
        "me_label": d.pick(["My schedule for", "Personal agenda \u2013", "Printed for"]),
        "name": f"{d.first} {d.last}",
        "badge": str(r.randrange(100000, 999999)),
        "page_title": d.pick(["Schedule", "Conference Schedule", "Education Program"]),
        "title_top": d.pick([122, 128]),
        "table_top": d.pick([176, 182]),
        "td_px": 13,
        "th_px": 13,
        "sp_px": 11.5,
        "lh": 17,
        "rows_html": "".join(rows),
        "foot": d.pick(
            [
                "Highlighted sessions are on your personal agenda. CEC credit is awarded only for sessions where your badge is scanned at entry and exit; "
                "your certificate of attendance is e-mailed after the show.",
                "This schedule is subject to change. It is not a record of attendance. CECs shown are the maximum each session offers.",
            ]
        ),
    }
