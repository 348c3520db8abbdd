"""A course syllabus, not a certificate: a dark header band with the school
and "Course Syllabus" over the course name, a labelled block (course code,
format, length, instructor, revised), a short description, learning
objectives, a table of modules with their lengths and a total, then
prerequisites and materials. It names a course, its hours and an instructor;
nobody has completed anything."""

SOURCE = (
    "https://scribd.com/document/429537190/Course-Outline-Format (course code, contact hours, "
    "facilitator, objectives, content plan with a duration per topic) and "
    "https://iaqcert.com/courses/certified-water-damage-restoration-technician-cwdrt/lessons/"
    "course-outline (numbered restoration modules)"
)
KIND = "other"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = ("other", "dark-band", "table", "labelled", "portrait", "distractor-person")

TEMPLATE = """<style>
.band { background:${dark}; color:#fff; padding:28px 60px 20px; border-bottom:6px solid ${accent} }
.band .s { font: 13px ${sans}; letter-spacing:3px; text-transform:uppercase; opacity:0.85 }
.band h1 { font: bold 29px ${display}; margin:8px 0 0; line-height:34px }
.band .k { font: 14px ${sans}; margin-top:6px; opacity:0.9 }
.w { margin:18px 60px 0; font: 12.5px ${face}; color:#222; line-height:17px }
.meta { display:grid; grid-template-columns: 1fr 1fr 1fr; gap:4px 20px; border:1px solid #ccc; background:${light}; padding:8px 12px; margin-bottom:12px }
.meta span { display:block; font: 10px ${sans}; color:#666; text-transform:uppercase; letter-spacing:1px }
h3 { font: bold 13.5px ${sans}; color:${dark}; margin:12px 0 4px; text-transform:uppercase; letter-spacing:1px }
ul { margin:0; padding-left:20px } li { margin:1px 0 }
table { width:100%; border-collapse:collapse; font-size:12px } th { background:${dark}; color:#fff; text-align:left; padding:5px 7px; font: bold 11px ${sans} }
td { border-bottom:1px solid #ccc; padding:3px 7px; vertical-align:top; line-height:15px } td.l { text-align:right; white-space:nowrap; width:80px }
td.n { width:26px; color:#666 } tr.t td { border-top:2px solid ${dark}; border-bottom:none; font-weight:bold }
td small { color:#555 }
.ft { position:absolute; left:60px; right:60px; bottom:34px; font: 10px ${sans}; color:#666; border-top:1px solid #ccc; padding-top:5px; display:flex; justify-content:space-between }
</style>
<div class="band"><div class="s">${school}</div><h1>${title}</h1><div class="k">${kicker}</div></div>
<div class="w">
 <div class="meta">
  <div><span>Course code</span>${code}</div><div><span>Format</span>${fmt}</div><div><span>Length</span>${length}</div>
  <div><span>Instructor</span>${instructor}</div><div><span>Contact</span>${phone}</div><div><span>Revised</span>${revised}</div>
 </div>
 <h3>Course description</h3>
 <p>${description}</p>
 <h3>Learning objectives</h3>
 <p>${lead}</p>
 <ul>${objectives_html}</ul>
 <h3>Course modules</h3>
 <table><tr><th>#</th><th>Module and topics</th><th style="text-align:right">${len_head}</th></tr>
 ${rows_html}
 <tr class="t"><td></td><td>${total_label}</td><td class="l">${total}</td></tr></table>
 <h3>Prerequisites</h3>
 <p>${prereq}</p>
 <h3>Materials</h3>
 <p>${materials}</p>
</div>
<div class="ft"><span>${foot}</span><span>Syllabus ${version}</span></div>
"""

MODULES = [
    (
        "Introduction, Standards and Terminology",
        "Scope of the standard; roles on the job; glossary",
    ),
    ("Health and Safety on the Job Site", "PPE, electrical hazards, confined spaces, lockout"),
    ("Principles of Drying", "Evaporation, humidity, temperature and airflow"),
    ("Psychrometry", "Grains per pound, dew point, reading the chart"),
    ("Inspection and Moisture Assessment", "Meters, thermal cameras, moisture mapping"),
    ("Categories and Classes of Water", "Contamination, evaporation load, re-categorising"),
    ("Equipment Selection and Placement", "Air movers, dehumidifiers, specialty drying"),
    ("Contents and Structural Materials", "Carpet, pad, drywall, wood, insulation"),
    ("Antimicrobials and Cleaning", "Product labels, application, residue"),
    ("Documentation and Communication", "Daily logs, photos, customer and adjuster updates"),
    ("Hands-On Lab", "Setting a drying system in the flood house"),
    ("Review and Written Examination", "Open questions; closed-book exam"),
]
OBJECTIVES = [
    "Explain the principles behind the procedures the standard describes.",
    "Identify hazards on a loss and choose the protection each requires.",
    "Measure and record moisture in structural materials and contents.",
    "Calculate the equipment a loss needs and place it for best effect.",
    "Recognise when a specialist or indoor environmental professional is needed.",
    "Document the job so the customer and the carrier can follow it.",
    "Communicate the drying plan clearly to occupants and crew.",
]


def fill(d):
    from corpus import values as V

    r = d.rng
    course, code = d.pick(V.IICRC_COURSES) if d.chance(0.6) else (d.pick(V.CE_COURSES), None)
    school, _ = d.pick(V.SCHOOLS)
    picked = sorted(r.sample(range(len(MODULES) - 2), r.choice([4, 5, 6])))
    mods = [MODULES[i] for i in picked] + MODULES[-2:]
    minutes = d.chance(0.4)
    rows, total = [], 0.0
    for i, (name, topics) in enumerate(mods, 1):
        h = r.choice([0.5, 1, 1, 1.5, 2, 2, 3]) if minutes else r.choice([1, 1.5, 2, 2, 3, 4])
        total += h
        length = f"{int(h * 60)} min" if minutes else f"{h:g} hr" + ("" if h == 1 else "s")
        rows.append(
            f'<tr><td class="n">{i}</td><td><b>{name}</b><br><small>{topics}</small></td>'
            f'<td class="l">{length}</td></tr>'
        )
    total_text = f"{total:g} hours" if not minutes else f"{int(total * 60)} min ({total:g} hrs)"
    days = max(1, round(total / 7))
    return {
        "face": d.fonts[d.pick(["serif", "sans"])],
        "school": school,
        "title": course,
        "kicker": d.pick(
            ["Course Syllabus", "Course Outline and Syllabus", "Instructor-Led Course Syllabus"]
        ),
        "code": f"{code}-{r.randrange(100, 999)}" if code else d.number("CE-"),
        "fmt": d.pick(["Classroom and lab", "Live classroom", "Hybrid: online + lab day"]),
        "length": f"{days} day{'s' if days > 1 else ''} · {total:g} hrs",
        "instructor": d.person(),
        "phone": d.phone(),
        "revised": d.other_date("print", d.pick(["short_month", "us_numeric", "long"])),
        "description": f"This course covers {course.lower()} as practised on residential and "
        "light commercial losses. Lecture is paired with demonstrations and a practical "
        "session, and the course ends with a written examination.",
        "lead": d.pick(
            [
                "Upon successful completion of this course, students will be able to:",
                "By the end of the course, participants should be able to:",
            ]
        ),
        "objectives_html": "".join(f"<li>{o}</li>" for o in r.sample(OBJECTIVES, 4)),
        "len_head": "Minutes" if minutes else "Length",
        "rows_html": "\n".join(rows),
        "total_label": d.pick(["Total instructional time", "Total course length", "Total"]),
        "total": total_text,
        "prereq": d.pick(
            [
                "None. Field experience is helpful but not required.",
                "Water Damage Restoration Technician (WRT) certification, current and in good "
                "standing.",
                "Students should have at least six months of field experience.",
            ]
        ),
        "materials": d.pick(
            [
                "Student manual (provided), calculator, closed-toe shoes for the lab.",
                "Course workbook and a copy of the current standard (provided on day one).",
            ]
        ),
        "foot": d.pick(
            [
                "Schedule and topics may change at the instructor's discretion.",
                "Continuing education credit is posted only after attendance is verified.",
            ]
        ),
        "version": f"v{r.randrange(1, 6)}.{r.randrange(0, 9)}",
    }
