"""Not a certificate: the printed agenda handed out on the first morning of a
two- or three-day class at a distributor's training center (landscape).
The host's name only in the logo block, the class title and its dates as a
range, side-by-side day columns of times and topics with the instructor
for each block, and a footer on breaks, exams and attendance sign-in."""

SOURCE = (
    "cyber-science/2025:_pages/overview.md (one table per day: time span in a bold left column, "
    "activity on the right: registration, sessions, breaks, reception)"
)
KIND = "other"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "other",
    "table",
    "landscape",
    "date-range",
    "distractor-person",
    "provider-in-logo",
    "time-attended",
)

TEMPLATE = """<style>
.w { position:absolute; inset:30px 38px 26px; font: 12px ${sans}; color:#222 }
.hd { display:flex; align-items:center; gap:18px; border-bottom:3px solid ${dark}; padding-bottom:10px }
.lg { display:flex; align-items:center; gap:8px; padding-right:18px; border-right:1px solid #bbb }
.lg .b { width:42px; height:42px; background:${accent}; clip-path: polygon(50% 0, 100% 50%, 50% 100%, 0 50%) }
.lg .n { font: bold 14px ${cond}; color:${dark}; line-height:16px; max-width:200px; text-transform:uppercase }
.tt { flex:1 } .tt h1 { font: bold 22px ${serif}; margin:0; color:#111 } .tt div { font-size:13px; color:#555; margin-top:2px }
.ag { font: bold 26px ${cond}; color:${dark}; letter-spacing:2px }
.cols { display:flex; gap:16px; margin-top:12px }
.col { flex:1 } .col h2 { margin:0; background:${dark}; color:#fff; font: bold 13px ${sans}; padding:6px 8px; letter-spacing:.5px }
table { width:100%; border-collapse:collapse }
td { padding:7px 6px; border-bottom:1px solid #ddd; vertical-align:top; line-height:17px; font-size:12.5px }
td.t { width:86px; font-weight:bold; white-space:nowrap; color:#333 } td .i { display:block; color:#666; font-size:10.5px }
tr.br td { background:#f3f3f3; color:#666; font-style:italic }
.info { display:flex; gap:16px; margin-top:18px }
.info div { flex:1; border:1px solid #ccc; border-top:3px solid ${accent}; padding:8px 10px; font-size:11.5px; line-height:16px }
.info b { display:block; font-size:12px; margin-bottom:3px; color:${dark} }
.ft { position:absolute; left:0; right:0; bottom:0; font-size:10.5px; color:#555; border-top:1px solid #ccc; padding-top:5px; display:flex; justify-content:space-between }
</style>
<div class="w">
 <div class="hd"><div class="lg"><div class="b"></div><div class="n">${host}</div></div>
  <div class="tt"><h1>${title}</h1><div>${dates} &middot; ${room}</div></div><div class="ag">AGENDA</div></div>
 <div class="cols">${cols_html}</div>
 <div class="info"><div><b>Credit</b>${credit}</div><div><b>Examination</b>${exam}</div><div><b>Facility</b>${facility}</div></div>
 <div class="ft"><span>${foot}</span><span>Lead instructor: ${lead}</span></div>
</div>
"""

TOPICS = [
    "Standards overview and terminology",
    "Principles of drying: evaporation and dehumidification",
    "Moisture meters and thermal imaging — hands-on",
    "Categories and classes of water",
    "Safety, PPE and containment",
    "Psychrometry worksheet",
    "Equipment placement lab",
    "Documentation and job logs",
    "Microbial growth and antimicrobials",
    "Odor sources and deodorization",
    "Customer communication",
    "Review session",
]


def fill(d):
    import html
    from datetime import timedelta

    from corpus.formats import MONTHS, WEEKDAYS, fmt_number

    e = html.escape
    r = d.rng
    ndays = d.pick([1, 2, 2])
    street, town = d.address()
    dates = d.date_range(ndays)
    instructors = [d.person(), d.person()]
    topics = r.sample(TOPICS, 9)
    cols = []
    start = d.completed - timedelta(days=ndays)
    for k in range(ndays + 1):
        day = start + timedelta(days=k)
        head = f"Day {k + 1} — {WEEKDAYS[day.weekday()]}, {MONTHS[day.month - 1][:3]} {day.day}"
        last = k == ndays
        rows = [
            ("7:30–8:00", "Check-in and sign-in sheet" if k == 0 else "Sign-in", None, True),
            ("8:00–10:00", topics[(3 * k) % 9], r.choice(instructors), False),
            ("10:00–10:15", "Break", None, True),
            ("10:15–12:00", topics[(3 * k + 1) % 9], r.choice(instructors), False),
            ("12:00–12:45", "Lunch (provided)", None, True),
        ]
        if last:
            rows += [
                ("12:45–2:30", topics[(3 * k + 2) % 9], r.choice(instructors), False),
                ("2:45–4:30", "Written examination (closed book)", "Proctor", False),
                ("4:30–5:00", "Evaluations and sign-out", None, True),
            ]
        else:
            rows += [
                ("12:45–3:00", topics[(3 * k + 2) % 9], r.choice(instructors), False),
                ("3:15–5:00", "Hands-on lab rotation", r.choice(instructors), False),
            ]
        body = "".join(
            f'<tr class="{"br" if b else ""}"><td class="t">{t}</td><td>{e(x)}'
            + (f'<span class="i">{e(i)}</span>' if i else "")
            + "</td></tr>"
            for t, x, i, b in rows
        )
        cols.append(f'<div class="col"><h2>{e(head)}</h2><table>{body}</table></div>')
    return {
        "host": d.provider(),
        "title": d.title(d.pick(["plain", "with_code"])),
        "dates": dates,
        "room": d.pick(["Training Room A", "Classroom 2", "Warehouse Lab", "Main Classroom"]),
        "cols_html": "".join(cols),
        "foot": d.pick(
            [
                "Sign in and out each day. Credit requires attendance at every block and a passing exam.",
                "Times are approximate. Phones silenced in class. Exam results are emailed in 5–7 days.",
            ]
        ),
        "lead": instructors[0],
        "credit": d.pick(
            [
                f"This class is approved for {fmt_number(d.credit, r)} IICRC CECs. Certificates are "
                "mailed after exam results are posted.",
                f"Full attendance earns {fmt_number(d.credit, r)} CEC hours. Partial attendance "
                "cannot be credited.",
            ]
        ),
        "exam": d.pick(
            [
                "Closed book, 100 questions, 70% to pass. Bring a photo ID and a calculator.",
                "Online exam on the last afternoon. Retakes are scheduled through the IICRC.",
            ]
        ),
        "facility": f"{street}, {town}. Wi-Fi: guest / ask at the front desk.",
    }
