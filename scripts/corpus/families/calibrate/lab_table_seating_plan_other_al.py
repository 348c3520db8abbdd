"""A classroom seating plan handed out on the first morning of a
certification class, not a certificate: a school's logo and name in a
thin header with the plan's title, the course and its span of days; at
the left the room drawn from above, with the screen and instructor's
desk at the front and two-seat lab tables in rows, each seat lettered
and numbered with a student's name and company; at the right a panel of
class details (room, instructor, assistant, exam day) and a small table
of lab-station rotations, and a footer with exam-day instructions and a
print date. It names many people and days, none of them a completion."""

SOURCE = (
    "SalmanMurtazaMinhas/seating-tracker:README.md (grid seating chart with names in each seat), "
    "ghtools81125/tools81125-my-to:README.md (rows and columns of seats, teacher's desk, "
    "printable chart) and https://atexsupply.com/?p=7654 (IICRC class days, exam on the final "
    "afternoon, photo ID)"
)
KIND = "other"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "other",
    "landscape",
    "table",
    "provider-in-logo",
    "date-range",
    "distractor-person",
)

TEMPLATE = """<style>
.hd { position:absolute; left:36px; right:36px; top:24px; height:64px; display:flex; align-items:center; gap:14px; border-bottom:3px double ${dark} }
.hd .lg { width:46px; height:46px; flex:none; background:${accent}; color:#fff; font: bold 16px ${display}; display:flex; align-items:center; justify-content:center; clip-path: polygon(50% 0, 100% 25%, 100% 75%, 50% 100%, 0 75%, 0 25%) }
.hd .sc { font: bold 17px ${display}; color:${dark} } .hd .ad { font: 10.5px ${sans}; color:#555 }
.hd .tt { margin-left:auto; text-align:right; font: 12.5px ${sans}; color:#333; line-height:17px }
.hd .tt b { display:block; font: bold 21px ${face}; color:${dark}; letter-spacing:1px }
.room { position:absolute; left:36px; top:106px; width:${room_w}px; border:1.5px solid #555; padding:10px 14px 34px }
.front { display:flex; gap:12px; justify-content:center; margin-bottom:12px }
.front div { border:1px solid #777; background:${light}; font: bold 10.5px ${sans}; padding:5px 14px; text-align:center; letter-spacing:1px; color:#333 }
.front div span { display:block; font: 11px ${sans}; letter-spacing:0; font-weight:normal }
.tables { display:grid; grid-template-columns: repeat(${cols}, 1fr); gap:${gap}px 18px }
.tb { border:1.2px solid ${dark}; display:flex }
.st { flex:1; padding:4px 6px 5px; font: 11px ${sans}; line-height:13.5px; min-height:50px }
.st + .st { border-left:1px dashed #999 }
.st i { display:block; font: bold 9.5px ${mono}; color:${accent}; font-style:normal }
.st b { display:block; font: bold 11px ${sans} } .st em { display:block; font-style:normal; color:#555; font-size:9.5px }
.st.empty { color:#aaa; font-style:italic }
.door { position:absolute; right:14px; bottom:6px; font: 9.5px ${sans}; color:#666 }
.side { position:absolute; right:36px; top:106px; width:${side_w}px; font: 12px ${sans}; color:#222 }
.side h4 { margin:0 0 6px; font: bold 12px ${sans}; text-transform:uppercase; letter-spacing:1px; color:${dark}; border-bottom:1px solid ${dark}; padding-bottom:2px }
.kv { display:grid; grid-template-columns: 86px 1fr; row-gap:4px; margin-bottom:14px; line-height:15px }
.kv span:nth-child(odd) { color:#666 }
.rot { width:100%; border-collapse:collapse; font-size:11px; margin-bottom:12px }
.rot th { background:${dark}; color:#fff; font-weight:bold; text-align:left; padding:3px 5px }
.rot td { border-bottom:1px solid #ccc; padding:3px 5px }
.bring { border:1px solid #bbb; background:${light}; padding:7px 10px; font-size:11px; line-height:15px }
.bring b { color:${dark} } .bring ul { margin:4px 0 0; padding-left:16px }
.ft { position:absolute; left:36px; right:36px; bottom:18px; display:flex; justify-content:space-between; gap:20px; font: 10px ${sans}; color:#444; line-height:13px }
</style>
<div class="hd"><div class="lg">${logo}</div><div><div class="sc">${school}</div><div class="ad">${address}</div></div>
 <div class="tt"><b>${plan_title}</b>${course} &middot; ${span}</div></div>
<div class="room">
 <div class="front"><div>${front_a}<span>${instructor}</span></div><div>${front_b}</div></div>
 <div class="tables">${tables_html}</div>
 <div class="door">${door}</div>
</div>
<div class="side">
 <h4>${details_head}</h4>
 <div class="kv">${details_html}</div>
 <h4>${rot_head}</h4>
 <table class="rot"><tr><th>Group</th><th>Station</th><th>When</th></tr>${rot_html}</table>
 <div class="bring"><b>${bring_head}</b><ul>${bring_html}</ul></div>
</div>
<div class="ft"><div>${rule}</div><div style="white-space:nowrap">${printed}</div></div>
"""


def fill(d):
    import html
    from datetime import timedelta

    from corpus import values as V
    from corpus.formats import fmt_date, fmt_range

    r = d.rng
    school, short = d.pick(V.SCHOOLS)
    name = short or school
    logo = "".join(w[0] for w in name.replace("&", "").split() if w[0].isupper())[:3] or "RS"
    street, town = d.address()
    course, code = d.pick(V.IICRC_COURSES)
    days = d.pick([2, 3, 3, 4])
    first = d.completed + timedelta(days=r.randint(10, 90))
    last = first + timedelta(days=days - 1)
    span = fmt_range(first, last, r)
    cols = d.pick([2, 3])
    rows = 5 if cols == 3 else d.pick([5, 6])
    companies = [
        "Dry Right Restoration",
        "Servall Cleaning",
        "Blue Line Water & Fire",
        "Keystone Disaster Recovery",
        "Fenwick Carpet Care",
        "PuroClean of Eastside",
        "ABC Restoration",
        "Self",
        "Allied Property Services",
        "City Flood Pros",
    ]
    seats = cols * rows * 2
    filled = seats - r.randint(1, 4)
    order = list(range(seats))
    r.shuffle(order)
    empty = set(order[filled:])
    cells = []
    for t in range(cols * rows):
        row_letter = "ABCDEFGH"[t // cols]
        parts = []
        for s in range(2):
            i = t * 2 + s
            label = f"{row_letter}{(t % cols) * 2 + s + 1}"
            if i in empty:
                parts.append(f'<div class="st empty"><i>{label}</i>open</div>')
            else:
                parts.append(
                    f'<div class="st"><i>{label}</i><b>{html.escape(d.person())}</b>'
                    f"<em>{html.escape(d.pick(companies))}</em></div>"
                )
        cells.append(f'<div class="tb">{"".join(parts)}</div>')
    instructor = d.person()
    exam_day = fmt_date(last, d.pick(["weekday", "long", "short_month"]))
    details = [
        ("Course", f"{course} ({code})"),
        ("Dates", span),
        ("Class hours", d.pick(["8:00 am – 5:00 pm", "8:30 am – 4:30 pm"])),
        ("Room", d.pick(["Classroom 2", "Training Room B", "Lab Hall", "Room 104"])),
        ("Instructor", instructor),
        (d.pick(["Assistant", "Lab assistant", "Proctor"]), d.person()),
        ("Exam", f"{exam_day}, {d.pick(['1:00 pm', '2:00 pm', '1:30 pm'])}"),
        ("Enrolled", f"{filled} of {seats} seats"),
    ]
    details_html = "".join(
        f"<span>{html.escape(k)}</span><span>{html.escape(v)}</span>" for k, v in details
    )
    stations = d.pick(
        [
            ["Moisture meters", "Psychrometry", "Extraction", "Containment"],
            ["Drying chamber", "Thermal imaging", "Air movers", "Dehumidifiers"],
            ["Odor / thermal fog", "Soot sponging", "HEPA vacuum", "Ozone safety"],
        ]
    )
    rot = []
    for g, st in enumerate(stations):
        day = first + timedelta(days=min(1, days - 1))
        rot.append(
            f"<tr><td>{'ABCD'[g]}</td><td>{html.escape(st)}</td>"
            f"<td>{day:%a} {d.pick(['9:00', '10:30', '1:00', '2:30'])}</td></tr>"
        )
    printed = fmt_date(first - timedelta(days=r.randint(1, 6)), d.pick(["us_numeric", "long"]))
    return {
        "logo": logo,
        "school": name,
        "address": f"{street}, {town} · {d.phone()}",
        "plan_title": d.pick(["SEATING CHART", "Seating Plan", "CLASSROOM LAYOUT"]),
        "face": d.fonts[d.pick(["sans", "cond", "display"])],
        "course": f"{code} {d.pick(['Class', 'Course', 'Certification Class'])}",
        "span": span,
        "room_w": 640 if cols == 3 else 560,
        "side_w": 262 if cols == 3 else 330,
        "cols": cols,
        "gap": 24 if rows == 5 else 14,
        "front_a": d.pick(["INSTRUCTOR", "INSTRUCTOR DESK"]),
        "instructor": instructor,
        "front_b": d.pick(["SCREEN", "PROJECTOR SCREEN", "WHITEBOARD"]),
        "tables_html": "".join(cells),
        "door": d.pick(["▲ Door to lab", "Exit ▶", "Door / restrooms ▶"]),
        "details_head": d.pick(["Class details", "This class"]),
        "details_html": details_html,
        "rot_head": d.pick(["Lab rotation, day 2", "Hands-on stations"]),
        "rot_html": "".join(rot),
        "rule": d.pick(
            [
                "Sit at your assigned seat for the exam. Bring photo ID; phones stay in your bag "
                "during the test. Seats are assigned by registration order.",
                "Please keep this seat for all class days so the proctor can check attendance. "
                "Exam results are mailed by the certifying body, not given in class.",
            ]
        ),
        "bring_head": d.pick(["Bring each day", "Please bring", "Reminders"]),
        "bring_html": "".join(
            f"<li>{html.escape(x)}</li>"
            for x in r.sample(
                [
                    "Student manual (handed out day 1)",
                    "Photo ID for the exam",
                    "Safety glasses and work boots for lab",
                    "Calculator (no phones in the exam)",
                    "Clothes that can get wet",
                    "Pen and highlighter",
                ],
                4,
            )
        ),
        "printed": f"Printed {printed}",
    }
