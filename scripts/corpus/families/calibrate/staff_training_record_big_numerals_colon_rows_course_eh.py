"""An employer's staff training record for one outside course, kept in the
technician's personnel file: the employer's name and a thin accent rule at
top, a title, and numbered sections marked by large accent-coloured
numerals in a left margin: training session details as colon rows (title,
training provider, date, duration, location, trainer), participant
information (name, position, branch, supervisor), content covered as a
short bulleted list, evaluation (method and result, evaluated by, with its
own date), follow-up (refresher due date) and sign-off lines for the
training coordinator and the department manager, each with a date."""

SOURCE = (
    "greenorbitspace/hub:userguide/content/en/docs/handbook/03_Employee_Resources/"
    "Training_and_Development_Opportunities/staff-training-record.md (numbered sections: "
    "training session details, participant information, content, evaluation, follow-up, "
    "sign-off by coordinator and manager)"
)
KIND = "course"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "record",
    "labelled",
    "portrait",
    "distractor-person",
    "distractor-date",
    "distractor-org",
    "tiny-footer",
)

TEMPLATE = """<style>
.w { position:absolute; inset:46px 70px 40px 64px; font: 13px ${serif}; color:#1a1a1a }
.em { font: bold 13px ${sans}; letter-spacing:2px; text-transform:uppercase; color:${accent}; border-bottom:1.5px solid ${accent}; padding-bottom:5px }
h1 { font: 30px ${display}; margin:22px 0 6px; font-weight:normal } .st { font: 11px ${sans}; color:#555 }
.sec { display:flex; gap:16px; margin-top:24px }
.sec .n { width:40px; flex:none; font: bold 34px ${display}; color:${accent}; line-height:34px; text-align:right }
.sec .b { flex:1; border-top:1px solid #ccc; padding-top:6px }
.sec h2 { font: bold 11.5px ${sans}; text-transform:uppercase; letter-spacing:1px; margin:0 0 5px; color:#333 }
.row { display:flex; line-height:25px } .row .k { width:150px; flex:none; font: 12px ${sans}; color:#444 } .row .v { flex:1 }
ul { margin:2px 0 0; padding-left:18px; line-height:23px }
.sg { display:flex; gap:30px; margin-top:22px }
.sg > div { flex:1 } .sg .h { font: 23px ${hand}; color:#182c6e; height:30px; border-bottom:1px solid #222; white-space:nowrap }
.sg .l { font: 10px ${sans}; color:#444; display:flex; justify-content:space-between; padding-top:2px }
.ft { position:absolute; left:0; right:0; bottom:0; font: 8.5px ${sans}; color:#777; text-align:center }
</style>
<div class="w">
 <div class="em">${employer}</div>
 <h1>${heading}</h1>
 <div class="st">${sub}</div>
 <div class="sec"><div class="n">1</div><div class="b"><h2>Training session details</h2>
  <div class="row"><span class="k">Training title:</span><span class="v">${title}</span></div>
  <div class="row"><span class="k">Training provider:</span><span class="v">${org}</span></div>
  <div class="row"><span class="k">${date_label}:</span><span class="v">${date}</span></div>
  <div class="row"><span class="k">Duration:</span><span class="v">${hours}</span></div>
  <div class="row"><span class="k">Location / platform:</span><span class="v">${location}</span></div>
  <div class="row"><span class="k">Trainer:</span><span class="v">${trainer}</span></div>
 </div></div>
 <div class="sec"><div class="n">2</div><div class="b"><h2>Participant information</h2>
  <div class="row"><span class="k">Participant:</span><span class="v">${name}</span></div>
  <div class="row"><span class="k">Position:</span><span class="v">${job}</span></div>
  <div class="row"><span class="k">Branch:</span><span class="v">${branch}</span></div>
  <div class="row"><span class="k">Supervisor:</span><span class="v">${supervisor}</span></div>
 </div></div>
 <div class="sec"><div class="n">3</div><div class="b"><h2>Training content</h2><ul>${topics_html}</ul></div></div>
 <div class="sec"><div class="n">4</div><div class="b"><h2>Evaluation and follow-up</h2>
  <div class="row"><span class="k">Assessment:</span><span class="v">${assessment}</span></div>
  <div class="row"><span class="k">Evaluated by:</span><span class="v">${evaluator}, ${eval_date}</span></div>
  <div class="row"><span class="k">Refresher due:</span><span class="v">${refresher}</span></div>
 </div></div>
 <div class="sec"><div class="n">5</div><div class="b"><h2>Sign-off</h2>
  <div class="sg">
   <div><div class="h">${coord}</div><div class="l"><span>Training coordinator</span><span>Date: ${coord_date}</span></div></div>
   <div><div class="h">${manager}</div><div class="l"><span>Department manager</span><span>Date: ${mgr_date}</span></div></div>
  </div>
 </div></div>
 <div class="ft">${foot}</div>
</div>
"""

EMPLOYERS = [
    "Bayside Restoration Group",
    "Crestline Cleaning & Restoration",
    "Alpine Property Damage Services",
    "RiverBend Water Mitigation",
    "Kingsley Carpet & Upholstery",
]
TOPICS = [
    "Inspection and assessment of the loss",
    "Industry standard references and terminology",
    "Equipment selection and placement",
    "Safety and personal protective equipment",
    "Documentation for the customer and carrier",
    "Practical exercise in the training lab",
    "Written examination review",
]


def fill(d):
    r = d.rng
    employer = d.pick(EMPLOYERS)
    trainer = d.person()
    ds = d.pick(["long", "us_numeric", "dmy_long", "short_month"])
    return {
        "employer": employer,
        "heading": d.pick(
            ["Staff Training Record", "Employee Training Record", "Record of External Training"]
        ),
        "sub": d.pick(
            [
                "Complete one record for each course attended. File in the employee's training folder.",
                "External course attended at company expense",
            ]
        ),
        "title": d.title(d.pick(["plain", "plain", "with_code"])),
        "org": d.provider(),
        "date_label": d.pick(["Date", "Date completed", "Completion date"]),
        "date": d.date(ds),
        "hours": d.hours(d.pick(["hours_title", "hrs", "cec_hours", "words"])),
        "location": d.pick([d.venue(), d.city(), "Online, live instructor"]),
        "trainer": trainer,
        "name": d.name(d.pick(["plain", "plain", "upper"])),
        "job": d.pick(
            ["Water Mitigation Technician", "Project Manager", "Crew Lead", "Cleaning Technician"]
        ),
        "branch": d.city(),
        "supervisor": d.person(),
        "topics_html": "".join(f"<li>{t}</li>" for t in r.sample(TOPICS, d.pick([3, 4]))),
        "assessment": d.pick(
            [
                "Written exam — passed",
                "Practical demonstration — competent",
                "Exam and practical — satisfactory",
            ]
        ),
        "evaluator": d.pick([trainer, d.person()]),
        "eval_date": d.other_date("issue", ds),
        "refresher": d.other_date("expiry", ds),
        "coord": d.person(),
        "coord_date": d.other_date("issue", ds),
        "manager": d.person(),
        "mgr_date": d.other_date("issue", ds),
        "foot": d.pick(
            [
                f"{employer} · Human Resources · Training records are kept for the length of employment plus three years.",
                "Confidential personnel record · Page 1 of 1",
            ]
        ),
    }
