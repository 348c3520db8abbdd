"""An insurance-department style certificate of completion for an adjuster's
CE course, laid out as a regulator's list of required items: the provider's
block (name, address, telephone) with its provider approval number boxed at
the right, a centred heading with the line of authority, a ruled two-column
form (student, licence number, course title and course approval number,
delivery method, course dates, date completed, class location, approved
hours with an ethics split), the false-certificate and record-keeping
statements, and two signature lines (student, instructor) each with its own
date signed."""

SOURCE = (
    "https://regulations.justia.com/states/california/title-10/chapter-5/subchapter-1/"
    "article-6-5/section-2188-8 (contents of a CE certificate of completion)"
)
KIND = "course"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "labelled",
    "table",
    "portrait",
    "address",
    "date-range",
    "distractor-date",
    "distractor-person",
)

TEMPLATE = """<style>
.w { position:absolute; inset:54px 62px 48px; font: 13px ${face}; color:#151515 }
.top { display:flex; justify-content:space-between; align-items:flex-start; border-bottom:2px solid #222; padding-bottom:10px }
.pv { line-height:17px; font-size:12.5px } .pv b { font-size:17px; display:block; margin-bottom:2px }
.pn { border:1.5px solid #222; padding:6px 10px; text-align:center; font-size:10.5px; text-transform:uppercase; line-height:15px; min-width:150px }
.pn span { display:block; font: bold 16px ${mono}; letter-spacing:1px; margin-top:2px }
h1 { text-align:center; font: bold 21px ${face}; margin:20px 0 2px; letter-spacing:.5px }
.loa { text-align:center; font-size:12.5px; margin-bottom:16px }
table { width:100%; border-collapse:collapse; font-size:13px }
td { border:1px solid #555; padding:6px 8px; vertical-align:top }
td.l { width:31%; background:${shade}; font-size:11px; text-transform:uppercase; letter-spacing:.3px; color:#222 }
td.v { font: 14px ${typed} }
.half td.l { width:auto }
.stm { margin-top:14px; font-size:10.5px; line-height:14.5px; border:1px solid #999; padding:8px 10px }
.stm p + p { margin-top:5px }
.sg { display:flex; gap:28px; margin-top:44px }
.sg > div { flex:1 }
.sg .h { font-family:${hand}; font-size:25px; height:30px; white-space:nowrap; overflow:hidden }
.sg .ln { border-top:1px solid #111; padding-top:3px; font-size:10.5px; display:flex; justify-content:space-between }
.sg .pr { font-size:11.5px; margin-top:3px }
.use { margin-top:34px; border:1px dashed #777; padding:8px 10px; font-size:10.5px; line-height:16px; color:#333 }
.use b { font-size:10px; letter-spacing:1px }
.ft { position:absolute; left:0; right:0; bottom:0; font-size:9px; color:#555; display:flex; justify-content:space-between }
</style>
<div class="w">
 <div class="top">
  <div class="pv"><b>${org}</b>${street}<br>${town}<br>Tel. ${phone}</div>
  <div class="pn">${pn_label}<span>${provider_no}</span></div>
 </div>
 <h1>${heading}</h1>
 <div class="loa">${loa}</div>
 <table>
  <tr><td class="l">${name_label}</td><td class="v" colspan="3">${name}</td></tr>
  <tr><td class="l">License no.</td><td class="v" colspan="3">${license}</td></tr>
  <tr><td class="l">Course title</td><td class="v" colspan="3">${title}</td></tr>
  <tr><td class="l">${course_no_label}</td><td class="v" colspan="3">${approval}</td></tr>
  <tr><td class="l">Method of delivery</td><td class="v" colspan="3">${method}</td></tr>
  <tr><td class="l">Date(s) of course</td><td class="v">${dates}</td>
      <td class="l" style="width:17%">Date completed</td><td class="v">${completed}</td></tr>
  <tr><td class="l">Class location</td><td class="v" colspan="3">${room}${loc_street}<br>${loc_town}</td></tr>
  <tr><td class="l">${hours_label}</td><td class="v">${hours}</td>
      <td class="l" style="width:17%">${ethics_label}</td><td class="v">${ethics}</td></tr>
 </table>
 <div class="stm"><p>${fraud}</p><p>${retain}</p></div>
 <div class="sg">
  <div><div class="h">${student_sig}</div><div class="ln"><span>Signature of student</span><span>Date ${student_date}</span></div></div>
  <div><div class="h">${instructor_sig}</div><div class="ln"><span>${instr_label}</span><span>Date ${instr_date}</span></div>
   <div class="pr">${instructor}</div></div>
 </div>
 <div class="use"><b>FOR PROVIDER USE</b><br>${use1}<br>${use2}</div>
 <div class="ft"><span>${form_no}</span><span>${copy}</span></div>
</div>
"""
LINES = [
    "Continuing Education — Independent Adjuster",
    "Continuing Education — Property & Casualty Adjuster",
    "Adjuster Continuing Education (Property / Casualty)",
    "Continuing Education — Public Adjuster",
]
METHODS = [
    "Classroom",
    "Classroom",
    "Classroom equivalent (live webinar)",
    "Classroom — participatory",
]


def fill(d):
    r = d.rng
    street, town = d.address()
    loc_street, loc_town = d.address()
    name = d.name(d.pick(["plain", "plain", "upper", "last_first"]))
    hours = d.hours_number()
    ethics = "0" if d.credit < 2 else d.pick(["0", "0", "1", "2"])
    return {
        "face": d.pick([d.fonts["serif"], d.fonts["sans"]]),
        "typed": d.pick([d.fonts["mono"], d.fonts["sans"], d.fonts["serif"]]),
        "shade": d.pick(["#f1f1f1", "#eef2f6", "#f6f3ea", "#ffffff"]),
        "org": d.provider(),
        "street": street,
        "town": town,
        "phone": d.phone(),
        "pn_label": d.pick(["Provider approval no.", "Provider no.", "Provider ID"]),
        "provider_no": d.pick(
            [
                f"{r.randrange(1000, 9999)}",
                f"PR{r.randrange(10000, 99999)}",
                f"{r.randrange(100000, 999999)}",
            ]
        ),
        "heading": d.pick(["CERTIFICATE OF COMPLETION", "Certificate of Completion"]),
        "loa": d.pick(LINES),
        "name_label": d.pick(["Student name", "Name of licensee", "Student"]),
        "name": name,
        "license": d.pick(
            [
                f"{r.randrange(0, 9)}{r.choice('ABCEFGHK')}{r.randrange(10000, 99999)}",
                f"{r.randrange(1000000, 9999999)}",
                f"ADJ-{r.randrange(100000, 999999)}",
            ]
        ),
        "title": d.title(d.pick(["plain", "plain", "with_code"])),
        "course_no_label": d.pick(["Course approval no.", "Course no.", "Course approval number"]),
        "approval": d.approval(),
        "method": d.pick(METHODS),
        "dates": d.date_range(d.pick([1, 1, 2])),
        "completed": d.date(d.pick(["us_numeric", "us_numeric", "long", "short_month"])),
        "room": d.pick(["", "", "Training Room B, ", "Suite 110, ", "Classroom 2, "]),
        "use1": f"Roster filed with the Department on {d.other_date('issue', 'us_numeric')}"
        f" — confirmation no. {d.number()}",
        "use2": d.pick(
            [
                f"Attendance verified by monitor {d.person()}; sign-in {d.pick(['7:45', '7:52', '8:01'])}"
                f" a.m., sign-out {d.pick(['4:30', '4:41', '5:05'])} p.m.",
                f"Duplicate issued: no. Certificate serial {d.number('S')}.",
            ]
        ),
        "loc_street": loc_street,
        "loc_town": loc_town,
        "hours_label": d.pick(
            ["Hours approved", "Credit hours approved", "Number of hours approved"]
        ),
        "hours": hours,
        "ethics_label": d.pick(["Of which ethics", "Ethics hours"]),
        "ethics": ethics,
        "fraud": "Submitting a false or fraudulent certificate of completion to the Commissioner "
        "may result in the denial of a license application, or the suspension or revocation of "
        "an issued license.",
        "retain": d.pick(
            [
                "The student should keep this certificate for five (5) years from the date of completion.",
                "Retain this certificate for five (5) years. Do not send it to the Department unless "
                "you are asked to.",
            ]
        ),
        "student_sig": f"{d.first} {d.last}",
        "student_date": d.other_date("issue", "us_numeric"),
        "instructor_sig": (who := d.person()),
        "instr_label": d.pick(
            ["Signature of instructor", "Instructor / provider director", "Provider director"]
        ),
        "instr_date": d.other_date("issue", "us_numeric"),
        "instructor": who,
        "form_no": d.pick(["Form CE-7 (rev. 06/18)", "COC-02 Rev. 2019", "Form 114 (11/17)"]),
        "copy": d.pick(["Student copy", "Original — licensee", "Page 1 of 1"]),
    }
