"""A two-part training verification form an employer sends to a training
school: a plain header with the employer's name and a form number; Part A
(completed by the employer) as a two-column field / value table holding the
employee's name, ID, job title, hire date and the HR contact who asked, with
a typed request line; Part B (completed by the training provider) as a
second field / value table in a typewriter face: provider, course, date
completed, credit hours, delivery method, instructor and the school's
record number, then a certification sentence with the provider
representative's signature, printed name, title and date. A small key of
delivery-method codes and a routing footer close the page."""

SOURCE = (
    "PactoSigna/Sample.QMS.ISO13485:docs/templates/TMPL-002-training-log.md (employee "
    "information Field / Value table, training record with method codes and trainer "
    "signature, training-methods key) and wording of employer training verification requests"
)
KIND = "course"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "record",
    "labelled",
    "table",
    "portrait",
    "distractor-person",
    "distractor-date",
    "distractor-org",
    "handwriting",
    "mono",
)

TEMPLATE = """<style>
.w { position:absolute; inset:44px 60px 38px; font: 12.5px ${sans}; color:#161616 }
.hd { display:flex; justify-content:space-between; align-items:flex-end }
.hd b { font: bold 17px ${sans}; display:block } .hd span { font-size:10.5px; color:#444 }
.hd .f { text-align:right; font-size:10.5px; line-height:14px }
h1 { font: bold 19px ${serif}; text-align:center; margin:18px 0 4px } .sub { text-align:center; font-size:11px; color:#444 }
h2 { font: bold 12.5px ${sans}; margin:18px 0 6px; padding:4px 8px; background:${light}; border-left:4px solid ${dark}; text-transform:uppercase; letter-spacing:.5px }
table { width:100%; border-collapse:collapse }
td { border:1px solid #777; padding:5px 8px; vertical-align:top; height:27px }
td.k { width:34%; background:#f4f4f4; font-weight:bold; font-size:11.5px }
td.v { font: 14px ${typed} }
.rq { margin-top:6px; font-size:11.5px; line-height:16px }
.ct { margin-top:10px; font-size:11.5px; line-height:16px; font-style:italic }
.sg { display:flex; gap:24px; margin-top:16px }
.sg > div { flex:1 } .sg .h { font: 24px ${hand}; color:#1a2d6d; height:30px; white-space:nowrap; border-bottom:1px solid #111 }
.sg .l { font-size:10px; color:#333; padding-top:2px }
.sg .t { font: 13px ${typed}; height:30px; padding-top:8px; border-bottom:1px solid #111 }
.key { margin-top:16px; font-size:10px; color:#333 } .key b { margin-right:4px }
.ft { position:absolute; left:0; right:0; bottom:0; font-size:9px; color:#666; display:flex; justify-content:space-between; border-top:1px solid #bbb; padding-top:3px }
</style>
<div class="w">
 <div class="hd"><div><b>${employer}</b><span>${emp_street} · ${emp_town}</span></div><div class="f">${form_no}<br>${rev}</div></div>
 <h1>${heading}</h1>
 <div class="sub">${sub}</div>
 <h2>Part A · To be completed by the employer</h2>
 <table>
  <tr><td class="k">Employee name</td><td class="v">${name}</td></tr>
  <tr><td class="k">Employee ID</td><td class="v">${emp_id}</td></tr>
  <tr><td class="k">Job title</td><td class="v">${job}</td></tr>
  <tr><td class="k">Date of hire</td><td class="v">${hired}</td></tr>
  <tr><td class="k">Requested by (HR contact)</td><td class="v">${hr} · ${hr_phone}</td></tr>
 </table>
 <div class="rq">${request}</div>
 <h2>Part B · To be completed by the training provider</h2>
 <table>
  <tr><td class="k">Training provider</td><td class="v">${org}</td></tr>
  <tr><td class="k">Course title</td><td class="v">${title}</td></tr>
  <tr><td class="k">${date_label}</td><td class="v">${date}</td></tr>
  <tr><td class="k">${hours_label}</td><td class="v">${hours}</td></tr>
  <tr><td class="k">Delivery method (code)</td><td class="v">${method}</td></tr>
  <tr><td class="k">Instructor</td><td class="v">${instructor}</td></tr>
  <tr><td class="k">Provider record no.</td><td class="v">${record}</td></tr>
 </table>
 <div class="ct">${certify}</div>
 <div class="sg">
  <div><div class="h">${rep}</div><div class="l">Signature of provider representative</div></div>
  <div><div class="t">${rep} · ${rep_role}</div><div class="l">Printed name and title</div></div>
  <div style="flex:.5"><div class="t">${signed}</div><div class="l">Date signed</div></div>
 </div>
 <h2>Part C · Employer use</h2>
 <table>
  <tr><td class="k">Entered in training file by</td><td class="v"></td></tr>
  <tr><td class="k">Date entered</td><td class="v"></td></tr>
  <tr><td class="k">Notes</td><td class="v" style="height:48px"></td></tr>
 </table>
 <div class="key"><b>Method codes:</b> C = Classroom · H = Hands-on lab · OL = Online, instructor-led · SP = Self-paced online · OJT = On-the-job</div>
 <div class="ft"><span>${route}</span><span>${page}</span></div>
</div>
"""

EMPLOYERS = [
    "Summit Peak Restoration, Inc.",
    "Great River Cleaning & Restoration",
    "FirstCall Disaster Services",
    "Pioneer Water & Mold Solutions",
    "Allied Carpet Care Co.",
]
JOBS = [
    "Restoration Technician",
    "Crew Chief",
    "Carpet Cleaning Technician",
    "Mitigation Lead",
    "Estimator",
]


def fill(d):
    r = d.rng
    emp_street, emp_town = d.address()
    employer = d.pick(EMPLOYERS)
    hr = d.person()
    method = d.pick(["C", "C / H", "H", "OL", "SP"])
    return {
        "typed": d.pick([d.fonts["mono"], d.fonts["mono"], d.fonts["sans"]]),
        "employer": employer,
        "emp_street": emp_street,
        "emp_town": emp_town,
        "form_no": d.pick(["Form HR-214", "Form TV-2", "HR Form 31"]),
        "rev": d.pick(["Rev. 04/2019", "Rev. B", "Rev. 2022-01"]),
        "heading": d.pick(
            [
                "Training Verification Request",
                "Employee Training Verification",
                "Verification of Training",
            ]
        ),
        "sub": d.pick(
            [
                "Return Part B by e-mail or fax to the HR contact named below.",
                "Please complete Part B and return this form within 10 business days.",
            ]
        ),
        "name": d.name(d.pick(["plain", "last_first", "upper"])),
        "emp_id": d.pick([f"E-{r.randrange(1000, 9999)}", f"{r.randrange(100000, 999999)}"]),
        "job": d.pick(JOBS),
        "hired": d.other_date("registered", d.pick(["us_numeric", "iso"])),
        "hr": hr,
        "hr_phone": d.phone(),
        "request": d.pick(
            [
                "We request verification that the employee named above attended and completed the course "
                "listed in Part B. The employee has authorized release of this information.",
                "The employee listed above reports completing training with your organization. Please "
                "verify the details below for our training file.",
            ]
        ),
        "org": d.provider(),
        "title": d.title(d.pick(["plain", "with_code", "code_first"])),
        "date_label": d.pick(["Date completed", "Completion date", "Date of course completion"]),
        "date": d.date(d.pick(["us_numeric", "us_numeric", "long", "iso", "us_dash"])),
        "hours_label": d.pick(["Credit hours", "CEC hours awarded", "Hours credited"]),
        "hours": d.hours_number(),
        "method": method,
        "instructor": d.person(),
        "record": d.number(d.pick(["", "SR-", "STU "])),
        "certify": d.pick(
            [
                "I certify that the information in Part B is taken from our training records and is correct.",
                "The training provider certifies that the above-named employee completed the course as stated.",
            ]
        ),
        "rep": d.person(),
        "rep_role": d.pick(
            ["Registrar", "Office Manager", "Director of Training", "Program Coordinator"]
        ),
        "signed": d.other_date("print", "us_numeric"),
        "route": d.pick(
            ["Original: personnel file · Copy: training provider", "Confidential employee record"]
        ),
        "page": "Page 1 of 1",
    }
