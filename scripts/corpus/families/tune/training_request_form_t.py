"""Not a certificate: an employer's training request and pre-approval form,
filled in by hand before the class. The company's name and "Human
Resources" over the form title and number, an employee block (name,
position, department, supervisor, date of request), a training block (course
title, training provider, location, planned dates, hours of class time,
whether it carries continuing education credit), a cost table (registration,
travel, lodging, total), a business-justification box, and approval lines
for the supervisor and HR with an approved / denied tick. Handwritten
values; it asks permission to go, and records no completion."""

SOURCE = (
    "IS696Project/TuitionWaiverForm:php/dependentform.php (Human Resources header, form title, "
    "employee information section) and the employee training request / pre-approval form HR "
    "departments use (training title, provider, dates, duration, costs, justification, manager approval)"
)
KIND = "other"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "other",
    "labelled",
    "table",
    "portrait",
    "handwriting",
    "distractor-person",
    "distractor-date",
    "date-range",
)

TEMPLATE = """<style>
.w { position:absolute; inset:50px 60px; font: 12.5px ${sans}; color:#111 }
.hd { display:flex; justify-content:space-between; align-items:flex-end; border-bottom:3px solid ${dark}; padding-bottom:6px }
.hd b { font: bold 17px ${sans}; display:block } .hd span { font-size:11px; color:#444 }
.hd .fn { text-align:right; font-size:10px; color:#444 }
h1 { font: bold 19px ${sans}; text-align:center; margin:12px 0 4px; letter-spacing:.5px }
.note { text-align:center; font-size:10.5px; color:#444; margin-bottom:10px }
.sh { background:${dark}; color:#fff; font: bold 12px ${sans}; padding:5px 8px; margin-top:20px; text-transform:uppercase; letter-spacing:.6px }
.row { display:flex; gap:14px; margin-top:14px }
.f { flex:1; display:flex; align-items:flex-end; gap:6px; white-space:nowrap }
.f .l { font-size:11.5px; color:#333 }
.f .v { flex:1; border-bottom:1px solid #333; font: 19px ${handface}; color:${ink}; padding:0 4px; min-height:25px; line-height:25px; overflow:hidden; white-space:nowrap }
table { width:100%; border-collapse:collapse; margin-top:8px }
td, th { border:1px solid #555; padding:5px 8px; font-size:12px; text-align:left }
th { background:#eee } td.h { font: 16px ${handface}; color:${ink}; text-align:right; width:130px }
.box { border:1px solid #555; height:96px; margin-top:8px; padding:4px 8px; font: 16px ${handface}; color:${ink}; line-height:21px }
.chk { display:inline-block; width:11px; height:11px; border:1px solid #333; margin:0 4px 0 10px; vertical-align:-1px; text-align:center; font: bold 11px ${sans}; line-height:10px; color:${ink} }
.sig { display:flex; gap:24px; margin-top:54px }
.sig div { flex:1; border-top:1px solid #333; padding-top:3px; font-size:10.5px; color:#333; position:relative }
.sig i { position:absolute; left:6px; bottom:100%; font: 22px ${handface}; color:${ink}; font-style:normal; white-space:nowrap }
.ft { position:absolute; left:60px; right:60px; bottom:26px; font: 9.5px ${sans}; color:#666; display:flex; justify-content:space-between }
</style>
<div class="w">
 <div class="hd"><div><b>${company}</b><span>Human Resources · ${city}</span></div><div class="fn">${form_no}<br>Rev. ${rev}</div></div>
 <h1>${title}</h1>
 <div class="note">Submit at least 14 days before the training begins. Approval is required before registering.</div>
 <div class="sh">Section 1 · Employee</div>
 <div class="row"><div class="f"><span class="l">Employee name</span><span class="v">${employee}</span></div><div class="f" style="flex:.6"><span class="l">Employee ID</span><span class="v">${emp_id}</span></div></div>
 <div class="row"><div class="f"><span class="l">Position</span><span class="v">${position}</span></div><div class="f"><span class="l">Supervisor</span><span class="v">${supervisor}</span></div></div>
 <div class="row"><div class="f" style="flex:.6"><span class="l">Date of request</span><span class="v">${requested}</span></div><div class="f"><span class="l">Department</span><span class="v">${dept}</span></div></div>
 <div class="sh">Section 2 · Requested training</div>
 <div class="row"><div class="f"><span class="l">Course / program title</span><span class="v">${course}</span></div></div>
 <div class="row"><div class="f"><span class="l">Training provider</span><span class="v">${school}</span></div></div>
 <div class="row"><div class="f"><span class="l">Location</span><span class="v">${location}</span></div><div class="f" style="flex:.8"><span class="l">Dates</span><span class="v">${dates}</span></div></div>
 <div class="row"><div class="f" style="flex:.5"><span class="l">Class hours</span><span class="v">${hours}</span></div><div class="f"><span class="l">Continuing education credit?</span><span class="chk">${ce_yes}</span>Yes<span class="chk">${ce_no}</span>No <span class="l" style="margin-left:10px">CECs</span><span class="v">${cecs}</span></div></div>
 <div class="sh">Section 3 · Estimated cost</div>
 <table><tr><th>Item</th><th style="text-align:right">Amount</th></tr>${costs_html}<tr><th>Total requested</th><td class="h">${total}</td></tr></table>
 <div class="sh">Section 4 · How will this training benefit your job?</div>
 <div class="box">${justify}</div>
 <div class="sh">Section 5 · Approvals</div>
 <div style="margin-top:8px">Decision:<span class="chk">${ok}</span>Approved<span class="chk">${no}</span>Denied<span class="chk"></span>Approved with changes</div>
 <div class="sig"><div><i>${sup_sig}</i>Supervisor signature / date</div><div><i>${hr_sig}</i>HR approval / date</div></div>
</div>
<div class="ft"><span>${form_no} · Copy to employee file after approval. Submit certificate of completion separately for reimbursement.</span><span>Page 1 of 1</span></div>
"""

COMPANIES = [
    "Apex Water & Fire, Inc.",
    "Rapid Dry Restoration LLC",
    "Heritage Property Services",
    "Clearwater Cleaning Co.",
    "Tri-County Disaster Recovery",
]


def fill(d):
    from datetime import timedelta

    from corpus import values as V
    from corpus.formats import fmt_date, fmt_range

    r = d.rng
    if d.chance(0.6):
        course, code = d.pick(V.IICRC_COURSES)
        course = d.pick([course, f"{code} - {course}"])
        days = d.pick([2, 3])
        hrs = days * 7
    else:
        course = d.pick(V.CE_COURSES)
        days = 1
        hrs = d.pick([4, 7, 8])
    school, short = d.pick(V.SCHOOLS)
    start = d.completed + timedelta(days=r.randint(15, 60))
    end = start + timedelta(days=days - 1)
    fee = d.pick([395, 450, 595, 795, 895, 1150])
    travel = d.pick([0, 0, 120, 240])
    lodging = (days - 1) * d.pick([119, 139, 154]) if days > 1 else 0
    costs = [("Registration / tuition", fee), ("Travel / mileage", travel), ("Lodging", lodging)]
    costs_html = "".join(
        f"<tr><td>{k}</td><td class='h'>{'$' + format(v, ',') if v else '—'}</td></tr>"
        for k, v in costs
    )
    approved = d.chance(0.7)
    employee = d.person()
    supervisor = d.person()
    ce = d.chance(0.75)
    return {
        "company": d.pick(COMPANIES),
        "city": d.city(),
        "form_no": d.pick(["Form HR-112", "Form TR-01", "HR Form 27"]),
        "rev": d.pick(["03/2021", "1/2022", "08/2019"]),
        "title": d.pick(
            [
                "TRAINING REQUEST FORM",
                "EXTERNAL TRAINING PRE-APPROVAL",
                "REQUEST FOR TRAINING & REIMBURSEMENT",
            ]
        ),
        "employee": employee,
        "emp_id": str(r.randrange(1000, 99999)),
        "position": d.pick(
            ["Water Tech II", "Crew Lead", "Carpet Tech", "Project Manager", "Estimator"]
        ),
        "supervisor": supervisor,
        "requested": fmt_date(d.completed, d.pick(["us_short", "us_numeric"])),
        "dept": d.pick(["Mitigation", "Field Ops", "Cleaning", "Reconstruction"]),
        "course": course,
        "school": short or school,
        "location": d.pick([d.city(), "Online / live virtual", d.city()]),
        "dates": fmt_range(start, end, r) if days > 1 else fmt_date(start, "us_short"),
        "hours": f"{hrs}",
        "ce_yes": "✓" if ce else "",
        "ce_no": "" if ce else "✓",
        "cecs": f"{hrs}" if ce else "",
        "costs_html": costs_html,
        "total": f"${fee + travel + lodging:,}",
        "justify": d.pick(
            [
                "Needed for certification. Crew needs one more certified tech for carrier jobs.",
                "Will let me run drying jobs on my own + keep our firm's certification current.",
                "Required by our TPA network. Will train the rest of the crew after.",
            ]
        ),
        "ok": "✓" if approved else "",
        "no": "" if approved else "✓",
        "sup_sig": f"{supervisor.split()[0][0]}. {supervisor.split()[-1]}  {fmt_date(d.completed + timedelta(days=2), 'us_short')}",
        "hr_sig": f"{d.person().split()[-1]}  {fmt_date(d.completed + timedelta(days=5), 'us_short')}"
        if approved
        else "",
        "handface": d.pick(["'Dancing Script', cursive", d.fonts["hand"]]),
        "ink": d.pick(["#1a2f8a", "#111111", "#1d3f91"]),
    }
