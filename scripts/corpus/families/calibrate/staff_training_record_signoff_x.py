"""A company-style training record rather than a certificate: numbered
sections down a portrait page. Section one is a two-column box of session
details (title, dates over two or three days, duration, location, trainer);
section two a one-row participant table; then topics covered as a short
list, a small performance table with ratings, a trainer's comment and, at the
foot, two sign-off lines (training coordinator and manager) each with a
printed name and a date."""

SOURCE = (
    "greenorbitspace/hub:userguide/content/en/docs/handbook/03_Employee_Resources/"
    "Training_and_Development_Opportunities/staff-training-record.md"
)
KIND = "course"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "record",
    "table",
    "labelled",
    "portrait",
    "date-range",
    "distractor-person",
    "distractor-date",
)

TEMPLATE = """<style>
.w { position:absolute; inset:50px 62px; font:13px ${face}; color:#111 }
.top { display:flex; justify-content:space-between; align-items:flex-end; border-bottom:2px solid #222; padding-bottom:6px }
.top .o { font:bold 15px ${face} } .top .r { font-size:11px; color:#444; text-align:right }
h1 { font:bold 22px ${face}; margin:14px 0 10px }
h2 { font:bold 14px ${face}; margin:14px 0 5px; color:${dark} }
table { width:100%; border-collapse:collapse } td, th { border:1px solid #777; padding:5px 7px; text-align:left; vertical-align:top }
th { background:#e9e9e9; font-size:12px } td.k { width:30%; background:#f4f4f4; font-weight:bold }
ul { margin:2px 0 0 18px; padding:0; line-height:18px }
.cm { border:1px solid #777; padding:6px 8px; min-height:40px; font-style:italic }
.so { display:grid; grid-template-columns: 2fr 1fr; gap:12px 26px; margin-top:8px }
.so div { border-bottom:1px solid #000; padding:16px 2px 2px; font-size:13px }
.so small { display:block; font-size:10px; color:#555; margin-top:2px }
.ft { position:absolute; left:0; right:0; bottom:0; font-size:9.5px; color:#666; display:flex; justify-content:space-between }
</style>
<div class="w">
 <div class="top"><div class="o">${org}</div><div class="r">${form_no}<br>Rev. ${rev}</div></div>
 <h1>${heading}</h1>
 <h2>1. Training Session Details</h2>
 <table>
  <tr><td class="k">Training Title</td><td>${title}</td></tr>
  <tr><td class="k">${date_label}</td><td>${dates}</td></tr>
  <tr><td class="k">Duration</td><td>${hours}</td></tr>
  <tr><td class="k">Location / Platform</td><td>${venue}</td></tr>
  <tr><td class="k">Trainer</td><td>${trainer}, ${trainer_cred}</td></tr>
 </table>
 <h2>2. Participant Information</h2>
 <table><tr><th>Name</th><th>Employer</th><th>Employee / Cert. No.</th><th>Attendance</th></tr>
  <tr><td>${name}</td><td>${employer}</td><td>${cert}</td><td>${attendance}</td></tr></table>
 <h2>3. Training Content</h2>
 <ul>${topics_html}</ul>
 <h2>4. Performance Evaluation</h2>
 <table><tr><th>Assessment</th><th style="width:22%">Result</th></tr>${eval_html}</table>
 <h2>5. Trainer Comments</h2>
 <div class="cm">${comment}</div>
 <h2>6. Sign-off</h2>
 <div class="so">
  <div>${coordinator}<small>Training Coordinator</small></div><div>${sign_date1}<small>Date</small></div>
  <div>${manager}<small>${manager_role}</small></div><div>${sign_date2}<small>Date</small></div>
 </div>
 <div class="ft"><span>${foot}</span><span>Page 1 of 1</span></div>
</div>
"""
TOPICS = [
    "Inspection and documentation of the loss",
    "Psychrometry and drying goals",
    "Moisture meters and thermal imaging",
    "Containment and personal protective equipment",
    "Equipment placement and monitoring",
    "Customer communication and job paperwork",
    "Safety and health hazards on site",
    "Cleaning agents and their application",
]
EVALS = [
    ("Written examination", ["Pass", "Pass (84%)", "Pass (91%)", "Satisfactory"]),
    ("Practical demonstration", ["Competent", "Satisfactory", "Pass"]),
    ("Participation", ["Full", "Good", "Excellent"]),
]


def fill(d):
    topics = d.rng.sample(TOPICS, d.pick([3, 4, 5]))
    evals = d.rng.sample(EVALS, d.pick([2, 3]))
    return {
        "face": d.fonts[d.pick(["sans", "sans", "serif"])],
        "org": d.provider(),
        "form_no": f"Form TR-{d.rng.randrange(10, 99)}",
        "rev": d.pick(["A", "B", "3", "2.1"]),
        "heading": d.pick(["Staff Training Record", "Training Record", "Employee Training Record"]),
        "title": d.title(),
        "date_label": d.pick(["Date(s)", "Training Dates", "Date"]),
        "dates": d.date_range(d.pick([1, 2])),
        "hours": d.hours(d.pick(["hours_title", "hrs", "cec_hours", "contact_and_cec"])),
        "venue": d.pick([d.venue(), "Training Room A", "Warehouse classroom", d.city()]),
        "trainer": d.person(),
        "trainer_cred": d.pick(["IICRC Approved Instructor", "Lead Trainer", "CR, WLS"]),
        "name": d.name(d.pick(["plain", "plain", "last_first"])),
        "employer": d.pick(
            ["Rapid Dry Restoration", "Blue Line Cleaning", "Prime Mitigation LLC", "Self-employed"]
        ),
        "cert": d.number(),
        "attendance": d.pick(["Full", "100%", "Complete"]),
        "topics_html": "".join(f"<li>{t}</li>" for t in topics),
        "eval_html": "".join(f"<tr><td>{k}</td><td>{d.pick(v)}</td></tr>" for k, v in evals),
        "comment": d.pick(
            [
                "Engaged throughout; no further training needed on this topic.",
                "Good grasp of the material. Review meter calibration on the next job.",
                "Completed all exercises. Recommended for the advanced course.",
            ]
        ),
        "coordinator": d.person(),
        "sign_date1": d.other_date("issue", "us_numeric"),
        "manager": d.person(),
        "manager_role": d.pick(["Department Manager", "Operations Manager", "Owner"]),
        "sign_date2": d.other_date("issue", "us_numeric"),
        "foot": d.pick(
            [
                "Retain for three years after separation.",
                "File copy in the employee training folder.",
            ]
        ),
    }
