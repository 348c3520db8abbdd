"""An employer's safety-training certification record kept in the employee's
file, as OSHA standards that require training to be certified ask for it: the
contractor's own letterhead with a form number, numbered sections in shaded
header bars (employee; training received, naming the outside school that
gave it, the standard it satisfies, the method, the training date and its
length; evaluation, with its own date and evaluator), a checked list of
topics, a records-attached block with the provider's certificate number,
the employer's certification sentence, and employee and supervisor
signatures with dates, plus a retraining-due date."""

SOURCE = (
    "https://ishn.com/articles/112425-the-toughest-job-in-safety-it-could-be-cleaning-up-toxic-messes "
    "(OSHA training certification: operator, training date, evaluation date, trainer and evaluator)"
)
KIND = "course"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "record",
    "labelled",
    "table",
    "portrait",
    "distractor-date",
    "distractor-person",
    "distractor-org",
)

TEMPLATE = """<style>
.w { position:absolute; inset:46px 56px 40px; font: 12.5px ${sans}; color:#141414 }
.lh { display:flex; justify-content:space-between; align-items:flex-end; border-bottom:3px solid ${dark}; padding-bottom:8px }
.lh b { font: bold 20px ${sans}; color:${dark}; display:block } .lh span { font-size:11px; color:#444 }
.fm { text-align:right; font-size:10.5px; line-height:14px; color:#333 }
h1 { font: bold 17px ${sans}; text-transform:uppercase; letter-spacing:.8px; margin:14px 0 10px; text-align:center }
.sec { background:${dark}; color:#fff; font: bold 11.5px ${sans}; padding:4px 8px; letter-spacing:.6px; margin-top:10px }
table.f { width:100%; border-collapse:collapse }
table.f td { border:1px solid #888; padding:4px 7px 6px; vertical-align:top; width:50% }
table.f small { display:block; font-size:9.5px; color:#555; text-transform:uppercase; letter-spacing:.3px }
table.f span { font: 14px ${typed} }
.ck { font-size:12.5px } .ck i { font-style:normal; margin-right:14px; white-space:nowrap }
table.t { width:100%; border-collapse:collapse; font-size:12px }
table.t td { border:1px solid #aaa; padding:3px 7px }
table.t td.m { width:26px; text-align:center; font-weight:bold }
.cert { margin-top:10px; font-size:11.5px; line-height:16px; border-left:3px solid ${dark}; padding:3px 0 3px 10px }
.sg { display:flex; gap:22px; margin-top:30px }
.sg > div { flex:1 }
.sg .h { font-family:${hand}; font-size:23px; height:27px; white-space:nowrap }
.sg .l { border-top:1px solid #111; padding-top:2px; font-size:10.5px; display:flex; justify-content:space-between }
.ft { position:absolute; left:0; right:0; bottom:0; font-size:9px; color:#555; display:flex; justify-content:space-between }
</style>
<div class="w">
 <div class="lh"><div><b>${employer}</b><span>${emp_street} · ${emp_town}</span></div>
  <div class="fm">${form_no}<br>${rev}</div></div>
 <h1>${heading}</h1>
 <div class="sec">1. EMPLOYEE</div>
 <table class="f">
  <tr><td><small>Employee name</small><span>${name}</span></td><td><small>Employee ID</small><span>${emp_id}</span></td></tr>
  <tr><td><small>Job title</small><span>${job}</span></td><td><small>Branch / crew</small><span>${crew}</span></td></tr>
 </table>
 <div class="sec">2. TRAINING RECEIVED</div>
 <table class="f">
  <tr><td colspan="2"><small>Course / program</small><span>${title}</span></td></tr>
  <tr><td><small>Training provided by</small><span>${org}</span></td><td><small>Standard addressed</small><span>${standard}</span></td></tr>
  <tr><td><small>${date_label}</small><span>${date}</span></td><td><small>${dur_label}</small><span>${hours}</span></td></tr>
  <tr><td><small>Trainer</small><span>${trainer}</span></td><td><small>Method</small><div class="ck">${method_html}</div></td></tr>
 </table>
 <div class="sec">3. EVALUATION</div>
 <table class="f">
  <tr><td><small>Date of evaluation</small><span>${eval_date}</span></td><td><small>Evaluated by</small><span>${evaluator}</span></td></tr>
  <tr><td><small>Result</small><div class="ck">${result_html}</div></td><td><small>Retraining due</small><span>${retrain}</span></td></tr>
 </table>
 <div class="sec">4. TOPICS COVERED</div>
 <table class="t">${topics_html}</table>
 <div class="sec">5. RECORDS ATTACHED / NOTES</div>
 <table class="f">
  <tr><td><small>Provider certificate no.</small><span>${prov_cert}</span></td><td><small>Date entered in file</small><span>${entered}</span></td></tr>
  <tr><td colspan="2" style="height:54px"><small>Notes</small><span>${notes}</span></td></tr>
 </table>
 <div class="cert">${cert}</div>
 <div class="sg">
  <div><div class="h">${emp_sig}</div><div class="l"><span>Employee signature</span><span>Date ${emp_signed}</span></div></div>
  <div><div class="h">${sup_sig}</div><div class="l"><span>Supervisor / safety officer</span><span>Date ${sup_signed}</span></div></div>
 </div>
 <div class="ft"><span>${keep}</span><span>${page}</span></div>
</div>
"""
EMPLOYERS = [
    "Dry Right Restoration LLC",
    "Cascade Water & Fire Inc.",
    "ServiceFirst Property Recovery",
    "Tri-County Disaster Restoration",
    "Benchmark Cleaning & Restoration Co.",
    "Red Rock Emergency Services",
]
STANDARDS = [
    "29 CFR 1910.134 Respiratory protection",
    "29 CFR 1910.1200 Hazard communication",
    "29 CFR 1910.120(e) HAZWOPER",
    "29 CFR 1910.1030 Bloodborne pathogens",
    "29 CFR 1926.1101 Asbestos",
    "29 CFR 1910.146 Permit-required confined spaces",
]
TOPICS = [
    "Hazard recognition on water and fire losses",
    "Selection, use and limits of PPE",
    "Respirator fit and seal checks",
    "Containment and negative air set-up",
    "Decontamination and waste handling",
    "Electrical and slip/trip hazards",
    "Moisture measurement and drying records",
    "Reading labels and safety data sheets",
    "Emergency and reporting procedures",
]
JOBS = [
    "Restoration Technician",
    "Crew Lead",
    "Mitigation Technician",
    "Project Manager",
    "Estimator",
]


def fill(d):
    r = d.rng
    emp_street, emp_town = d.address()
    box = d.pick([("☒", "☐"), ("[X]", "[ ]"), ("■", "□")])
    methods = ["Classroom", "Hands-on", "Online"]
    chosen = d.pick(methods)
    method_html = "".join(f"<i>{box[0] if m == chosen else box[1]} {m}</i>" for m in methods)
    result_html = f"<i>{box[0]} Competent</i><i>{box[1]} Retrain</i>"
    topics = r.sample(TOPICS, d.pick([4, 5, 6]))
    topics_html = "".join(f"<tr><td class='m'>{box[0]}</td><td>{t}</td></tr>" for t in topics)
    trainer = d.person()
    evaluator = d.pick([trainer, d.person()])
    supervisor = d.person()
    employer = d.pick(EMPLOYERS)
    return {
        "typed": d.pick([d.fonts["mono"], d.fonts["sans"], d.fonts["serif"]]),
        "employer": employer,
        "emp_street": emp_street,
        "emp_town": emp_town,
        "form_no": d.pick(["Form SAF-112", "Safety Form 7B", "HR-TR-03"]),
        "rev": d.pick(["Rev. 01/2020", "Rev. 3 (2018)", "Revised 2021-06"]),
        "heading": d.pick(
            ["Employee training certification", "Safety training record & certification"]
        ),
        "name": d.name(d.pick(["plain", "last_first", "upper"])),
        "emp_id": d.pick([f"E{r.randrange(1000, 9999)}", f"{r.randrange(100000, 999999)}"]),
        "job": d.pick(JOBS),
        "crew": d.pick([d.city(), f"Crew {r.randrange(1, 12)}", f"Branch {r.randrange(10, 60)}"]),
        "title": d.title(d.pick(["plain", "plain", "with_code"])),
        "org": d.provider(),
        "standard": d.pick(STANDARDS),
        "date_label": d.pick(["Date of training", "Training date", "Date training completed"]),
        "date": d.date(d.pick(["us_numeric", "us_numeric", "us_short", "long", "iso"])),
        "dur_label": d.pick(["Duration (hours)", "Length of training (hrs)", "Hours"]),
        "hours": d.hours_number(),
        "trainer": trainer,
        "method_html": method_html,
        "eval_date": d.other_date("issue", d.pick(["us_numeric", "us_short"])),
        "evaluator": evaluator,
        "result_html": result_html,
        "retrain": d.other_date("expiry", d.pick(["us_numeric", "long"])),
        "topics_html": topics_html,
        "prov_cert": d.number(d.pick(["", "No. ", "TC-"])),
        "entered": d.other_date("issue", "us_numeric"),
        "notes": d.pick(
            [
                "",
                "",
                "Fit test on file.",
                "Make-up session attended.",
                "See attached sign-in sheet.",
            ]
        ),
        "cert": f"{employer} certifies that the employee named above has received the training "
        "listed and has been evaluated as competent to perform the work safely. A copy of the "
        "training provider's certificate is attached.",
        "emp_sig": f"{d.first} {d.last}",
        "emp_signed": d.other_date("issue", "us_numeric"),
        "sup_sig": supervisor,
        "sup_signed": d.other_date("issue", "us_numeric"),
        "keep": d.pick(
            [
                "Keep in employee training file for the duration of employment plus 3 years.",
                "Original to personnel file · copy to employee",
            ]
        ),
        "page": d.pick(["Page 1 of 1", "CONFIDENTIAL", ""]),
    }
