"""Not a certificate: an instructor's lesson plan and timing sheet for one
day of a restoration class, on A4 or letter turned sideways. A header strip
with the course, its code, the day of the class, the lead and assisting
instructors and a revision date; a grid with start and end clock times,
minutes, module, method, materials and initials; a totals line of
instructional minutes against breaks; and a note that the plan is for
instructors and the times are targets. It names a course, people, minutes
and a date; it records no student and no credit."""

SOURCE = (
    "ice09/nedeko:lessons/en/template.md (lesson plan: materials, preparation, step-by-step "
    "activity guide, assessment) and wording of IICRC instructors' facilitator timing sheets"
)
KIND = "other"
PAPER = ["a4-landscape", "letter-landscape"]
CATEGORIES = (
    "other",
    "table",
    "landscape",
    "labelled",
    "distractor-person",
    "distractor-date",
    "tiny-footer",
)

TEMPLATE = """<style>
.w { position:absolute; inset:30px 38px 26px; font: 11.5px ${sans}; color:#171717 }
.hd { display:grid; grid-template-columns: 2.2fr 1fr 1fr 1fr; border:2px solid ${dark} }
.hd > div { padding:5px 8px; border-left:1px solid ${dark} } .hd > div:first-child { border-left:0; background:${dark}; color:#fff }
.hd b { display:block; font-size:9px; text-transform:uppercase; letter-spacing:1px; opacity:.8; font-weight:normal }
.hd .t { font: bold 17px ${display} }
.sub { display:flex; gap:26px; margin:7px 0 8px; font-size:11.5px } .sub span { color:#555 }
table { width:100%; border-collapse:collapse }
th { background:#e8e8e8; border:1px solid #777; font: bold 10px ${sans}; text-transform:uppercase; padding:4px 5px; text-align:left }
td { border:1px solid #999; padding:8px 5px; vertical-align:top; font-size:11px; line-height:14px }
td.n { text-align:right; white-space:nowrap; font-family:${mono}; font-size:11px }
tr.br td { background:#f4f4f4; color:#555; font-style:italic }
td.i { font: 15px ${hand}; color:#1d2f6b; text-align:center }
.tot { margin-top:6px; display:flex; gap:30px; font-size:12px } .tot b { font-size:13px }
.ft { position:absolute; left:0; right:0; bottom:0; font-size:9px; color:#666; display:flex; justify-content:space-between }
</style>
<div class="w">
 <div class="hd">
  <div><b>${plan_label}</b><span class="t">${course}</span></div>
  <div><b>Course code</b>${code}</div>
  <div><b>Day</b>${day_of}</div>
  <div><b>Revision</b>${revision}</div>
 </div>
 <div class="sub"><div><span>Lead instructor:</span> ${lead}</div><div><span>Assisting:</span> ${assist}</div><div><span>Room set:</span> ${room}</div></div>
 <table>
  <tr><th>Start</th><th>End</th><th>Min</th><th>Module / topic</th><th>Method</th><th>Materials</th><th>Init.</th></tr>
  ${rows_html}
 </table>
 <div class="tot"><div>Instructional minutes: <b>${instr}</b></div><div>Breaks and lunch: <b>${breaks}</b></div><div>${exam_line}</div></div>
 <div class="ft"><span>${foot}</span><span>${doc}</span></div>
</div>
"""

MODULES = {
    "water": [
        "Introduction and safety briefing",
        "Principles of drying",
        "Psychrometry basics",
        "Classes and categories of water",
        "Moisture detection and mapping",
        "Equipment placement workshop",
        "Documentation and monitoring",
        "Review and questions",
    ],
    "mold": [
        "Welcome and course outline",
        "Microbiology of fungi",
        "Health effects and PPE",
        "Containment construction",
        "Source removal methods",
        "HEPA vacuuming and damp wiping",
        "Post-remediation evaluation",
        "Review and questions",
    ],
    "carpet": [
        "Orientation",
        "Fibre identification",
        "Soil types and cleaning chemistry",
        "Hot water extraction demonstration",
        "Spotting lab",
        "Drying and grooming",
        "Customer communication",
        "Review and questions",
    ],
}
METHODS = ["Lecture", "Lecture / slides", "Demo", "Hands-on lab", "Group exercise", "Video"]
MATERIALS = [
    "Slides 1–24",
    "Manual ch. 3",
    "Moisture meters (6)",
    "Air movers, LGR",
    "Poly, tape, zip walls",
    "Spotting kit",
    "Handout B",
    "Whiteboard",
]


def fill(d):
    from corpus import values as V

    course, code = d.pick(V.IICRC_COURSES)
    topic = (
        "mold"
        if code in ("AMRT", "HST")
        else ("carpet" if code in ("CCT", "UFT", "RCT") else "water")
    )
    mods = MODULES[topic]
    day_n = d.pick([1, 2, 3])
    t = d.pick([8 * 60, 8 * 60 + 30])
    rows, instr, brk = [], 0, 0

    def clock(m):
        h, mm = divmod(m, 60)
        return f"{(h - 1) % 12 + 1}:{mm:02d}"

    lead = d.person()
    assist = d.person()
    inits = ["".join(p[0] for p in x.split() if p[0].isupper())[:2] for x in (lead, assist)]
    for i, mod in enumerate(mods):
        mins = d.pick([30, 45, 45, 60, 60, 75])
        rows.append(
            f'<tr><td class="n">{clock(t)}</td><td class="n">{clock(t + mins)}</td>'
            f'<td class="n">{mins}</td><td>{mod}</td><td>{d.pick(METHODS)}</td>'
            f'<td>{d.pick(MATERIALS)}</td><td class="i">{d.pick(inits)}</td></tr>'
        )
        t += mins
        instr += mins
        if i in (1, 3, 5):
            b = 60 if i == 3 else 15
            label = "Lunch" if b == 60 else "Break"
            rows.append(
                f'<tr class="br"><td class="n">{clock(t)}</td><td class="n">{clock(t + b)}</td>'
                f'<td class="n">{b}</td><td>{label}</td><td></td><td></td><td></td></tr>'
            )
            t += b
            brk += b
    return {
        "plan_label": d.pick(["Instructor lesson plan", "Facilitator timing sheet"]),
        "course": course,
        "code": code,
        "day_of": f"Day {day_n} of {max(day_n, d.pick([2, 3]))}",
        "revision": d.other_date("print", d.pick(["us_numeric", "iso", "short_month"])),
        "lead": lead,
        "assist": assist,
        "room": d.pick(["Classroom U-shape, 16 seats", "Lab bay 2", "Theatre, 24 seats"]),
        "rows_html": "".join(rows),
        "instr": f"{instr} ({instr / 60:g} h)" if instr % 30 == 0 else str(instr),
        "breaks": str(brk),
        "exam_line": d.pick(["Exam: last day, 60 min", "Quiz at end of day", "No exam today"]),
        "foot": d.pick(
            [
                "For instructor use. Times are targets; adjust to the group. Do not hand out.",
                "Instructor copy. Breaks and lunch do not count toward instructional time.",
            ]
        ),
        "doc": f"LP-{code}-{day_n:02d}",
    }
