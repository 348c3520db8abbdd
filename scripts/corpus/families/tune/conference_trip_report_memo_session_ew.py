"""A technician's conference trip report to the office, portrait, typed as
an internal memo: "Trip Report" or "Memorandum" at the top, then To, From,
Date and Re lines over a rule, the Re line naming the show. Numbered
sections follow: the purpose of the trip with the show's days and venue; a
table of the sessions attended (day, time, session, length, CEC), where the
keynote, the exhibit hall and most breakouts carry no credit and a single
session shows its CEC hours; a sentence saying which session counted and
that its certificate is attached; notes from the exhibit hall as bullets;
a small cost table; and a recommendation. The writer's typed name closes
it. Session lengths and the time-in-sessions total are not credit."""

SOURCE = (
    "mataluni-bravetto/bravetto-love:ops/templates/CONFERENCE_TRIP.md (conference trip "
    "template: event overview table with dates and location, attendees, budget table, a schedule "
    "per day with time, activity, location and notes); the trip reports employers ask staff to "
    "file after a trade show, listing sessions attended with their length and the CE earned"
)
KIND = "session"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "letter",
    "table",
    "portrait",
    "sentence",
    "hours-in-sentence",
    "distractor-person",
    "distractor-date",
)

TEMPLATE = """<style>
.w { position:absolute; inset:54px 62px 44px; font: ${fpx}px ${face}; color:#1b1b1b; line-height:1.42 }
h1 { margin:0 0 10px; font: bold 22px ${head}; letter-spacing:${ls}; text-transform:${caps}; color:${ink} }
.memo { display:grid; grid-template-columns:62px 1fr; row-gap:2px; font-size:${fpx}px; border-bottom:2px solid #333; padding-bottom:8px; margin-bottom:12px }
.memo b { font-weight:bold }
h2 { font: bold ${h2px}px ${face}; margin:12px 0 4px; color:${ink} }
p { margin:0 0 6px !important }
table { width:100%; border-collapse:collapse; font-size:${tpx}px; line-height:1.3 }
th { text-align:left; border-bottom:1.5px solid #333; padding:3px 5px; font-size:${thpx}px }
th.n, td.n { text-align:right; white-space:nowrap }
td { padding:4px 5px; border-bottom:1px solid #ccc; vertical-align:top }
td.nw { white-space:nowrap }
tr.cr td { font-weight:${cr_w} }
tr.sum td { border-bottom:0; border-top:1px solid #333; font-style:italic }
ul { margin:2px 0 6px 18px; padding:0 } li { margin:0 0 2px }
.cost td { padding:2px 5px }
.cost { width:60% }
.end { margin-top:16px }
</style>
<div class="w">
 <h1>${doc_title}</h1>
 <div class="memo">
  <b>To:</b><span>${to}</span>
  <b>From:</b><span>${name}</span>
  <b>Date:</b><span>${memo_date}</span>
  <b>Re:</b><span>${re}</span>
 </div>
 <h2>1. ${h_purpose}</h2>
 <p>${purpose}</p>
 <h2>2. ${h_sessions}</h2>
 <table>
  <tr><th>Day</th><th>Time</th><th>Session</th><th class="n">Length</th><th class="n">CEC</th></tr>
  ${rows_html}
 </table>
 <p style="margin-top:6px !important">${credit_sentence}</p>
 <h2>3. ${h_notes}</h2>
 <ul>${notes_html}</ul>
 <h2>4. ${h_cost}</h2>
 <table class="cost">${cost_html}</table>
 <h2>5. ${h_rec}</h2>
 <p>${rec}</p>
 <div class="end">${sign_off}<br>${first_last}</div>
</div>
"""

NON_CE = [
    ("Opening keynote", "General session"),
    ("Exhibit hall", None),
    ("Vendor demo: truck-mount maintenance", None),
    ("Lunch & awards", None),
    ("Owners' roundtable", None),
    ("Manufacturer product launch", None),
]


def fill(d):
    import html
    from datetime import timedelta

    from corpus import values as V
    from corpus.formats import WEEKDAYS, fmt_date, fmt_range

    e = html.escape
    r = d.rng
    credit = float(d.credit)
    style = d.pick(["us_short", "short_month", "us_numeric"])
    show_days = d.pick([2, 3, 3])
    pos = r.randrange(show_days)
    start = d.completed - timedelta(days=pos)
    days = [start + timedelta(days=i) for i in range(show_days)]
    event = d.provider()
    title = d.title()
    session_day = d.date(style)
    cec = d.hours_number()

    def clock(mins):
        h, m = divmod(mins, 60)
        return f"{(h - 1) % 12 + 1}:{m:02d}{'a' if h < 12 else 'p'}"

    def length(mins):
        return f"{mins} min" if mins < 120 or d.chance(0.5) else f"{mins / 60:g} h"

    others = r.sample([s for s in V.SESSIONS if s != d.course], d.pick([2, 3, 4]))
    plan = {day: [] for day in days}
    for other in others:
        plan[r.choice(days)].append(
            (other, d.pick([45, 60, 75, 90]), d.pick(["—", "—", "not approved", "0"]))
        )
    for day in days:
        if d.chance(0.75):
            plan[day].append(("Exhibit hall", d.pick([90, 120, 150, 180]), "—"))
    if d.chance(0.5):
        plan[r.choice(days)].append((d.pick(NON_CE[2:])[0], d.pick([45, 60, 90]), "—"))
    mine_len = int(round(credit * 60)) + d.pick([0, 0, 15])
    plan[d.completed].append((None, mine_len, cec))
    entries = []
    for i, day in enumerate(days):
        t = 9 * 60
        if i == 0:
            entries.append((day, 8 * 60 + 30, "Opening keynote", 60, d.pick(["—", "n/a", "none"])))
            t = 9 * 60 + 45
        todo = plan[day]
        r.shuffle(todo)
        for what, mins, c in todo:
            if t < 13 * 60 < t + mins:  # break for lunch
                t = 13 * 60
            entries.append((day, t, what, mins, c))
            t += mins + d.pick([15, 15, 30])
    rows, total = [], 0
    for day, at, what, mins, c in entries:
        total += mins
        day_text = session_day if what is None else fmt_date(day, style)
        label = e(title) if what is None else e(what)
        rows.append(
            f"<tr class='{'cr' if what is None else ''}'><td class='nw'>{WEEKDAYS[day.weekday()][:3]} {e(day_text)}</td>"
            f"<td class='nw'>{clock(at)}</td><td>{label}</td><td class='n'>{length(mins)}</td><td class='n'>{e(c)}</td></tr>"
        )
    hrs, mins = divmod(total, 60)
    rows.append(
        f"<tr class='sum'><td colspan='3'>{d.pick(['Time in sessions and hall', 'Total time logged'])}</td>"
        f"<td class='n'>{hrs} h {mins:02d} min</td><td></td></tr>"
    )
    venue = d.venue()
    manager = d.person()
    first_last = f"{d.first} {d.last}"
    reg = d.pick([295, 349, 425, 499, 575])
    nights = show_days - 1 + d.pick([0, 1])
    cost = [
        ("Registration", f"${reg:,.2f}"),
        (
            f"Hotel, {nights} night{'s' if nights > 1 else ''}",
            f"${nights * d.pick([139, 159, 189, 219]):,.2f}",
        ),
        (d.pick(["Airfare", "Mileage"]), f"${d.pick([186.4, 241.0, 312.6, 98.75]):,.2f}"),
        ("Meals", f"${d.pick([64, 88, 112, 135]):,.2f}"),
    ]
    cost_html = "".join(f"<tr><td>{e(k)}</td><td class='n'>{v}</td></tr>" for k, v in cost)
    notes = r.sample(
        [
            "Two drying vendors showed low-grain dehus small enough for crawlspaces.",
            "Looked at thermal cameras; prices down from last year.",
            "Talked to the insurance panel about photo documentation requirements.",
            "Picked up samples of a new botanical antimicrobial.",
            "Several techs asked about our hiring; handed out cards.",
            "Saw a demo of moisture-mapping software that links to our job files.",
        ],
        d.pick([2, 3, 4]),
    )
    return {
        "face": d.fonts[d.pick(["serif", "sans", "sans", "mono"])],
        "head": d.fonts[d.pick(["sans", "serif", "display"])],
        "fpx": d.pick(["12", "12.5", "13"]),
        "h2px": d.pick(["12.5", "13"]),
        "tpx": d.pick(["11", "11.5", "12"]),
        "thpx": "10.5",
        "ls": d.pick(["0", "1px", "3px"]),
        "caps": d.pick(["uppercase", "none"]),
        "ink": d.pick(["#111", d.colors["dark"]]),
        "cr_w": d.pick(["bold", "normal"]),
        "doc_title": d.pick(["Trip Report", "Memorandum", "Conference Trip Report"]),
        "to": f"{manager}, {d.pick(['Operations Manager', 'Owner', 'Training Coordinator', 'General Manager'])}",
        "name": d.name(d.pick(["plain", "plain", "plain", "last_first"])),
        "memo_date": fmt_date(
            d.completed + timedelta(days=r.randint(2, 12)), d.pick(["long", "us_numeric"])
        ),
        "re": d.pick([f"{event} — trip report", f"Attendance at {event}", f"{event}, {venue}"]),
        "h_purpose": d.pick(["Purpose", "Why I went"]),
        "purpose": (
            f"I attended {event} at {venue} ({fmt_range(days[0], days[-1], r) if show_days > 1 else fmt_date(days[0], 'long')}) "
            + d.pick(
                [
                    "to pick up continuing education toward my IICRC renewal and to look at new drying equipment.",
                    "with the office's approval, mainly for the education sessions and the exhibit hall.",
                ]
            )
        ),
        "h_sessions": d.pick(["Sessions attended", "Schedule and sessions", "What I attended"]),
        "rows_html": "".join(rows),
        "credit_sentence": d.pick(
            [
                f"Only “{title}” was approved for IICRC continuing education; I received {cec} CEC for it. "
                "The certificate is attached.",
                f"CEC earned: {cec}, for “{title}” on {session_day}. The other sessions did not carry credit.",
                f"The show's education office credited me with {cec} CEC for “{title}”. Certificate attached for my file.",
            ]
        ),
        "h_notes": d.pick(["Exhibit hall notes", "Notes", "Take-aways"]),
        "notes_html": "".join(f"<li>{e(n)}</li>" for n in notes),
        "h_cost": d.pick(["Costs", "Expenses"]),
        "cost_html": cost_html,
        "h_rec": d.pick(["Recommendation", "Next year"]),
        "rec": d.pick(
            [
                "Worth sending two techs next year. The education line-up was thin on approved sessions, so plan for a class day before the show.",
                "Recommend going again; book the hotel early. Ask the show which sessions are approved for CECs before registering.",
                "Good show for equipment. For CECs a one-day class would give more hours than the show did.",
            ]
        ),
        "sign_off": d.pick(["Thanks,", "Respectfully submitted,", "—"]),
        "first_last": first_last,
    }
