"""An employer's one-page training record form kept in the technician's
personnel file, landscape: the company's name and form number at the top,
ruled boxes with small caps labels, entries filled in by hand (employee,
training title, outside provider, date, hours, instructor, cost), check
boxes for the kind of training, and three sign-off boxes along the foot."""

SOURCE = (
    "greenorbitspace/hub:userguide/content/en/docs/handbook/03_Employee_Resources/"
    "Training_and_Development_Opportunities/staff-training-record.md (training details, "
    "participant, sign-off by coordinator and manager)"
)
KIND = "course"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "labelled",
    "table",
    "landscape",
    "handwriting",
    "script-name",
    "record",
    "distractor-person",
    "distractor-org",
    "distractor-date",
)

TEMPLATE = """<style>
.w { position:absolute; inset:34px 40px; font: 11px ${sans}; color:#111 }
.top { display:flex; justify-content:space-between; align-items:flex-end; border-bottom:2px solid #111; padding-bottom:6px }
.co { font: bold 20px ${head} } .co small { display:block; font: 11px ${sans}; color:#444 }
.fn { text-align:right; font-size:10px; color:#333; line-height:14px }
h1 { font: bold 17px ${sans}; letter-spacing:2px; text-align:center; margin:10px 0 8px }
.g { display:grid; grid-template-columns:repeat(6, 1fr); border-left:1px solid #333; border-top:1px solid #333 }
.g > div { border-right:1px solid #333; border-bottom:1px solid #333; padding:4px 6px 6px; min-height:${rowh}px }
.g label { display:block; font-size:8.5px; text-transform:uppercase; letter-spacing:.6px; color:#333 }
.g .v { font: ${hsize}px ${hand}; color:${ink}; line-height:24px }
.s2 { grid-column: span 2 } .s3 { grid-column: span 3 } .s4 { grid-column: span 4 } .s6 { grid-column: span 6 }
.sec { background:#ddd; font: bold 10px ${sans}; letter-spacing:1px; padding:3px 6px !important; min-height:0 !important }
.cb { font-size:11px; line-height:20px } .cb span { margin-right:16px }
.bx { display:inline-block; width:11px; height:11px; border:1px solid #222; margin-right:4px; vertical-align:-1px;
  text-align:center; font: bold 10px ${sans}; line-height:10px }
.note { font-size:9px; color:#444; margin-top:6px }
</style>
<div class="w">
 <div class="top"><div class="co">${company}<small>${co_street}, ${co_town} · ${co_phone}</small></div>
  <div class="fn">Form ${form_no}<br>Rev. ${rev}<br>Personnel file copy</div></div>
 <h1>${heading}</h1>
 <div class="g">
  <div class="sec s6">SECTION A — EMPLOYEE</div>
  <div class="s3"><label>Employee name</label><div class="v">${name}</div></div>
  <div><label>Employee no.</label><div class="v">${emp_no}</div></div>
  <div class="s2"><label>Position / crew</label><div class="v">${position}</div></div>
  <div class="sec s6">SECTION B — TRAINING COMPLETED</div>
  <div class="s4"><label>Course / training title</label><div class="v">${title}</div></div>
  <div class="s2"><label>Date completed</label><div class="v">${date}</div></div>
  <div class="s3"><label>Training provider</label><div class="v">${provider}</div></div>
  <div class="s2"><label>Instructor</label><div class="v">${instructor}</div></div>
  <div><label>${hours_label}</label><div class="v">${hours}</div></div>
  <div class="s4 cb"><label>Type of training</label>
   <span><i class="bx">${x1}</i>In-house</span><span><i class="bx">${x2}</i>Outside classroom</span>
   <span><i class="bx">${x3}</i>Online</span><span><i class="bx">${x4}</i>Manufacturer</span></div>
  <div><label>Location</label><div class="v">${city}</div></div>
  <div><label>Cost</label><div class="v">${cost}</div></div>
  <div class="sec s6">SECTION C — VERIFICATION</div>
  <div class="s2"><label>Employee signature</label><div class="v">${emp_sig}</div></div>
  <div class="s2"><label>Supervisor</label><div class="v">${supervisor}</div></div>
  <div class="s2"><label>Entered in training log (HR) / date</label><div class="v">${hr_date}</div></div>
  <div class="s6" style="min-height:84px"><label>Comments</label><div class="v">${comment}</div></div>
 </div>
 <div class="note">${note}</div>
</div>
"""
COMPANIES = [
    "Dry-Rite Restoration LLC",
    "Bluewater Carpet & Upholstery Care",
    "Phoenix Fire & Water Recovery",
    "Allied Indoor Air Services",
    "Cornerstone Property Restoration",
    "Apex Cleaning & Restoration, Inc.",
]


def fill(d):
    r = d.rng
    street, town = d.address()
    kind = r.randrange(4)
    marks = ["✓" if i == kind else "" for i in range(4)]
    return {
        "rowh": d.pick([58, 64, 70]),
        "comment": d.pick(
            [
                "Cert. copy attached",
                "Wallet card copied for file",
                "Passed exam - cert to follow",
                "",
            ]
        ),
        "head": d.fonts[d.pick(["sans", "display", "cond"])],
        "hsize": d.pick([19, 20, 22]),
        "ink": d.pick(["#1a2a80", "#222", "#0d3b66"]),
        "company": d.pick(COMPANIES),
        "co_street": street,
        "co_town": town,
        "co_phone": d.phone(),
        "form_no": d.pick(["HR-114", "TR-02", "SAF-7", "HR-T1"]),
        "rev": d.pick(["03/22", "2021-1", "01/2020"]),
        "heading": d.pick(
            ["EMPLOYEE TRAINING RECORD", "TRAINING COMPLETION RECORD", "STAFF TRAINING RECORD"]
        ),
        "name": d.name("plain"),
        "emp_no": f"{r.randrange(100, 9999)}",
        "position": d.pick(
            ["Lead Tech", "WRT Crew 2", "Production Mgr", "Carpet Tech", "Estimator"]
        ),
        "title": d.title(d.pick(["plain", "plain", "with_code"])),
        "date": d.date(d.pick(["us_numeric", "us_short", "short_month"])),
        "provider": d.provider(),
        "instructor": d.person(),
        "hours_label": d.pick(["Hours / CECs", "CEC hrs", "Credit hours"]),
        "hours": d.hours_number(),
        "x1": marks[0],
        "x2": marks[1],
        "x3": marks[2],
        "x4": marks[3],
        "city": d.city(),
        "cost": f"${d.pick([195, 350, 495, 650, 895, 1250])}",
        "emp_sig": f"{d.first.split()[0][0]}. {d.last}",
        "supervisor": d.person(),
        "hr_date": d.other_date("issue", "us_short"),
        "note": d.pick(
            [
                "Attach a copy of the certificate or wallet card. Training records are kept for the "
                "length of employment plus three years.",
                "Return this form to the office within 5 days of completing training. "
                "Reimbursement requires proof of completion.",
            ]
        ),
    }
