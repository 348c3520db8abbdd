"""A typed training completion report in a serif face: the company's name
and street centred as a small letterhead, the report title in bold capitals,
three underlined identification lines (trainee, employer, location), then
two bordered two-column tables under bold section headings: the training
itself (dates as a span, course, instructor, hours credited, course approval
number) and the assessment (exam, practical, remarks, assessed by and on),
and a "noted by" signature at the foot."""

SOURCE = (
    "ayellutero/hydro-bootstrap:resources/views/sampleReport.blade.php (centred office header, "
    "bold report title, underlined ID lines, PRE-/POST- sections as bordered label/value tables)"
)
KIND = "course"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "table",
    "portrait",
    "labelled",
    "record",
    "date-range",
    "distractor-person",
    "distractor-date",
    "distractor-org",
)

TEMPLATE = """<style>
.w { position:absolute; left:86px; right:86px; top:70px; bottom:60px; font: 15px ${serif}; color:#111 }
.lh { text-align:center; font-size:13.5px; line-height:18px }
.lh b { font-size:15.5px }
h4 { text-align:center; font-size:19px; margin:22px 0 20px; letter-spacing:.5px }
.id { line-height:25px } .id u { text-underline-offset:3px }
h5 { font-size:15px; margin:22px 0 6px }
table { border-collapse:collapse; width:100% }
td { border:1px solid #111; padding:5px 7px; vertical-align:top; font-size:14.5px }
td.k { width:31%; }
td.tall { height:58px }
.ft { position:absolute; left:0; right:0; bottom:0; display:flex; justify-content:space-between; align-items:flex-end; font-size:13.5px }
.ft .sg { width:42%; text-align:center; border-top:1px solid #111; padding-top:4px }
.ft .pg { font-size:11px; color:#444 }
</style>
<div class="w">
 <div class="lh"><b>${org}</b><br>${street}<br>${town}</div>
 <h4>${heading}</h4>
 <div class="id">${who_label}: <u>${name}</u><br>${emp_label}: <u>${employer}</u><br>Location: <u>${location}</u></div>
 <h5>${sec1}</h5>
 <table>
  <tr><td class="k">${dates_label}</td><td>${dates}</td></tr>
  <tr><td class="k">${course_label}</td><td>${title}</td></tr>
  <tr><td class="k">Instructor</td><td>${instructor}</td></tr>
  <tr><td class="k">${hours_label}</td><td>${hours}</td></tr>
  <tr><td class="k">${appr_label}</td><td>${approval}</td></tr>
 </table>
 <h5>${sec2}</h5>
 <table>
  <tr><td class="k">Written examination</td><td>${exam}</td></tr>
  <tr><td class="k">Practical</td><td>${practical}</td></tr>
  <tr><td class="k tall">Remarks</td><td>${remarks}</td></tr>
  <tr><td class="k">Assessed by</td><td>${assessor}</td></tr>
  <tr><td class="k">Date assessed</td><td>${assessed}</td></tr>
 </table>
 <div class="ft"><div class="pg">${form}</div><div class="sg">${noter}<br>${noter_role}</div></div>
</div>
"""


def fill(d):
    street, town = d.address()
    return {
        "org": d.provider(),
        "street": street,
        "town": town,
        "heading": d.pick(
            ["TRAINING COMPLETION REPORT", "COURSE COMPLETION REPORT", "TRAINEE COMPLETION RECORD"]
        ),
        "who_label": d.pick(["Trainee", "Participant", "Name"]),
        "name": d.name(d.pick(["plain", "upper", "last_first"])),
        "emp_label": d.pick(["Employer", "Company"]),
        "employer": d.pick(
            [
                "Blue Ridge Restoration LLC",
                "Fast Dry Water Damage Co.",
                "ServiceCrew Cleaning & Restoration",
                "Tri-County Disaster Services",
            ]
        ),
        "location": d.city(),
        "sec1": d.pick(["TRAINING", "COURSE DETAILS", "PART A. COURSE"]),
        "dates_label": d.pick(["Date(s) of training", "Training dates", "Held"]),
        "dates": d.date_range(d.pick([1, 2, 2, 3])),
        "course_label": d.pick(["Course title", "Course"]),
        "title": d.title(d.pick(["plain", "with_code", "code_first"])),
        "instructor": d.person(),
        "hours_label": d.pick(["Hours credited", "Credit hours", "CECs awarded"]),
        "hours": d.hours_number(),
        "appr_label": d.pick(["Course approval no.", "Approval #", "Provider approval"]),
        "approval": d.approval(),
        "sec2": d.pick(["ASSESSMENT", "PART B. ASSESSMENT"]),
        "exam": d.pick(["Passed (86%)", "Passed, 92%", "Pass", "Passed (78%)"]),
        "practical": d.pick(["Satisfactory", "Completed", "Satisfactory – all stations"]),
        "remarks": d.pick(
            [
                "Attended all sessions. Participated in the hands-on drying lab.",
                "Arrived late on the first morning; the missed portion was made up the same day.",
                "No remarks.",
            ]
        ),
        "assessor": d.person(),
        "assessed": d.other_date("issue", "us_numeric"),
        "form": d.pick(["Form TR-07 rev. 3", "Page 1 of 1", "QF-21 / Training"]),
        "noter": d.person(),
        "noter_role": d.pick(["Noted by: Training Manager", "Noted by: Operations Director"]),
    }
