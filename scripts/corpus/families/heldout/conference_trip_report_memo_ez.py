"""A technician's trip report to a manager after a trade show, typed as an
interoffice memo, portrait: a "Memorandum" heading, a To / From / Date / Re
block under a rule, a purpose line, travel details with travel time, a
table of the sessions attended (date, session, length, CE, notes) where one
session carried continuing-education credit and the others did not (no
credit, not approved, left early, expo floor time), a time summary, a small
cost table with comp time requested, and takeaways. Only the credited
session's CE figure is the holder's credit; the session lengths, travel
time, expo hours and comp time are not."""

SOURCE = (
    "mataluni-bravetto/bravetto-love:ops/templates/CONFERENCE_TRIP.md (conference trip template: "
    "event overview, attendees, budget with estimated and actual, travel details, schedule per "
    "day with time, activity, location and notes) and the wording of employees' post-conference "
    "trip reports to their managers"
)
KIND = "session"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "letter",
    "table",
    "portrait",
    "labelled",
    "mono",
    "distractor-person",
    "distractor-date",
)

TEMPLATE = """<style>
.w { position:absolute; inset:52px 64px 40px; font: 14px ${face}; color:#1a1a1a; line-height:20px }
h1 { margin:0; font: bold 26px ${head}; letter-spacing:${h1ls}; text-transform:${h1case} }
.hd { display:grid; grid-template-columns: 76px 1fr; row-gap:5px; margin-top:18px; padding-bottom:10px; border-bottom:2px solid #222 }
.hd b { font-weight:bold }
h2 { font: bold 13.5px ${face}; margin:22px 0 6px; text-transform:uppercase; letter-spacing:.6px }
p { margin:0 0 6px }
table { width:100%; border-collapse:collapse; margin:2px 0 4px }
th { text-align:left; font-size:10.5px; border-bottom:1.5px solid #333; padding:3px 5px; text-transform:uppercase; letter-spacing:.3px }
td { padding:7px 5px; border-bottom:1px solid #ccc; vertical-align:top; font-size:13px }
td.n, th.n { text-align:right; white-space:nowrap }
ul { margin:2px 0 0 18px; padding:0 } li { margin:3px 0 }
.two { display:flex; gap:24px } .two > div { flex:1 }
.ft { position:absolute; left:0; right:0; bottom:0; font-size:9.5px; color:#666; display:flex; justify-content:space-between }
</style>
<div class="w">
 <h1>${memo_word}</h1>
 <div class="hd"><b>To:</b><span>${to}</span><b>From:</b><span>${from_}</span><b>Date:</b><span>${memo_date}</span><b>Re:</b><span>${re}</span></div>
 <h2>Purpose</h2>
 <p>${purpose}</p>
 <h2>Travel</h2>
 <p>${travel}</p>
 <h2>${sess_cap}</h2>
 <table><tr><th>Date</th><th>Session</th><th class="n">Length</th><th>CE</th><th>Notes</th></tr>${rows_html}</table>
 <p>${summary}</p>
 <div class="two">
  <div><h2>Costs</h2><table>${cost_html}</table></div>
  <div><h2>Takeaways</h2><ul>${take_html}</ul></div>
 </div>
 <div class="ft"><span>${foot}</span><span>Page 1 of 1</span></div>
</div>
"""


def _len(mins: int, style: str) -> str:
    if style == "min" or mins < 60:
        return f"{mins} min"
    return f"{mins / 60:g} h"


def fill(d):
    import html
    from datetime import timedelta

    from corpus import formats as F
    from corpus import values as V

    e = html.escape
    r = d.rng
    credit = float(d.credit)
    event = d.provider()
    name = d.name(d.pick(["plain", "plain", "last_first"]))
    manager = d.person()
    title = d.title("plain")
    hours = d.hours(d.pick(["cecs", "cec_hours", "hrs", "iicrc_cec"]))
    dstyle = d.pick(["us_short", "short_month", "us_numeric"])
    sdate = d.date(dstyle)
    lstyle = d.pick(["min", "h"])

    first = d.completed - timedelta(days=r.randint(0, 2))
    last = first + timedelta(days=d.pick([2, 2, 3]))
    days = [first + timedelta(days=i) for i in range((last - first).days + 1)]
    rows = []
    others = r.sample([s for s in V.SESSIONS if s != d.course], d.pick([3, 4]))
    notes_no = [
        ("No CE", "Vendor talk, no credit offered"),
        ("Not approved", "Credit for other boards only"),
        ("Left early", "Had to leave for call — no credit"),
        ("No CE", "Panel, good Q&A"),
    ]
    entries = []
    for s in others:
        mins = d.pick([45, 60, 75, 90, 120])
        if mins == int(round(credit * 60)):
            mins += 15
        tag, note = d.pick(notes_no)
        day = d.pick(days)
        entries.append((day, s, _len(mins, lstyle), tag, note))
    entries.append(
        (d.completed, None, _len(int(round(credit * 60)), lstyle), hours, "Certificate attached")
    )
    expo = float(d.pick([2, 3, 4, 5]))
    if expo == credit:
        expo += 1
    entries.append(
        (d.pick(days), "Exhibit hall / vendor booths", f"{expo:g} h", "—", "Equipment demos")
    )
    entries.sort(key=lambda x: (x[0], r.random()))
    for day, s, ln, ce, note in entries:
        if s is None:
            rows.append(
                f"<tr><td>{e(sdate)}</td><td><b>{e(title)}</b></td><td class='n'>{ln}</td>"
                f"<td style='white-space:nowrap'><b>{e(ce)}</b></td><td>{note}</td></tr>"
            )
        else:
            rows.append(
                f"<tr><td>{F.fmt_date(day, dstyle)}</td><td>{e(s)}</td><td class='n'>{ln}</td>"
                f"<td>{ce}</td><td>{e(note)}</td></tr>"
            )
    session_h = sum(
        float(x[2].split()[0]) / (60 if x[2].endswith("min") else 1)
        for x in entries
        if x[1] != "Exhibit hall / vendor booths"
    )
    travel_h = d.pick([2.5, 3, 4.5, 5, 6])
    comp = d.pick([4, 6, 8])
    reg = d.pick([295, 395, 495, 649])
    hotel = d.pick([139, 169, 189, 229]) * len(days)
    costs = [
        ("Registration", f"${reg:,}"),
        (f"Hotel ({len(days)} nights)", f"${hotel:,}"),
        ("Mileage / airfare", f"${d.pick([180, 240, 312, 415]):,}"),
        ("Comp time requested", f"{comp} hrs"),
    ]
    cost_html = "".join(f"<tr><td>{k}</td><td class='n'>{v}</td></tr>" for k, v in costs)
    takes = r.sample(
        [
            "Check meter calibration monthly, not yearly.",
            "Look at renting low-profile dryers for crawlspaces.",
            "Adjusters want moisture maps with every invoice.",
            "Update our drying logs to match the new standard wording.",
            "Ask the vendor for a demo unit before buying.",
        ],
        3,
    )
    return {
        "face": d.fonts[d.pick(["mono", "sans", "serif"])],
        "head": d.fonts[d.pick(["mono", "sans", "serif"])],
        "h1ls": d.pick(["0", "4px", "2px"]),
        "h1case": d.pick(["uppercase", "none"]),
        "memo_word": d.pick(["Memorandum", "Memo", "Trip Report"]),
        "to": f"{manager}, {d.pick(['Operations Manager', 'Owner', 'Service Manager'])}",
        "from_": name,
        "memo_date": F.fmt_date(last + timedelta(days=r.randint(2, 9)), "long"),
        "re": f"Trip report — {event}",
        "purpose": d.pick(
            [
                f"Attended {event} to pick up continuing education and look at new drying "
                "equipment, as approved in the training plan.",
                f"Company-paid trip to {event}. Goals: CE for my certification and vendor pricing.",
            ]
        ),
        "travel": (
            f"Left {F.fmt_date(first - timedelta(days=1), 'short_month')}, back "
            f"{F.fmt_date(last, 'short_month')}. Drove company van; travel time about "
            f"{travel_h:g} hrs each way. Stayed at the show hotel, {d.venue()}."
        ),
        "sess_cap": d.pick(["Sessions attended", "What I attended", "Education"]),
        "rows_html": "".join(rows),
        "summary": d.pick(
            [
                f"Time in sessions about {session_h:g} hrs; expo floor {expo:g} hrs. Only the "
                "session marked with CE carried credit.",
                f"Total in classes ~{session_h:g} hrs plus {expo:g} hrs on the show floor.",
            ]
        ),
        "cost_html": cost_html,
        "take_html": "".join(f"<li>{e(t)}</li>" for t in takes),
        "foot": d.pick(["Filed with training records", "cc: office file", "Attachments: 1"]),
    }
