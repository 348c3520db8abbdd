"""A franchise system's internal training completion record for one
employee and one course, printed from the franchisor's training portal: the
franchise brand's wordmark and the system's training arm at the top, a
location block (franchise number, location, owner, phone), an employee
block, a course-completion grid (title, type, who delivered it, status,
completion date, assessment score and pass mark, attempts, credit hours,
recertification due), a short checklist of required modules with their
minutes, and a manager review section with reviewer, date and signature.
The franchise brand is not the training provider."""

SOURCE = (
    "https://www.mangoapps.com/templates/forms/franchise-system-training-completion-tracking-log "
    "(location, employee, role, course, type, status, completion date, score, renewal due, manager review)"
)
KIND = "course"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "record",
    "table",
    "labelled",
    "portrait",
    "distractor-person",
    "distractor-date",
    "distractor-org",
)

TEMPLATE = """<style>
.w { position:absolute; inset:40px 50px 34px; font: 12.5px ${sans}; color:#1b1b1b }
.hd { display:flex; align-items:center; justify-content:space-between; padding-bottom:10px; border-bottom:4px solid ${brand} }
.logo { display:flex; align-items:center; gap:12px }
.logo .sq { width:46px; height:46px; background:${brand}; color:#fff; font: bold 24px ${disp}; display:flex;
  align-items:center; justify-content:center; transform:${tilt} }
.logo b { font: bold 24px ${disp}; color:${brand}; display:block; line-height:26px }
.logo span { font-size:11px; letter-spacing:2px; text-transform:uppercase; color:#555 }
.hd .rt { text-align:right; font-size:10.5px; line-height:14px; color:#444 }
h1 { font: bold 16px ${sans}; margin:14px 0 4px; text-transform:uppercase; letter-spacing:.6px }
.sub { font-size:11px; color:#555; margin-bottom:8px }
.sec { margin-top:12px; font: bold 11px ${sans}; letter-spacing:1px; text-transform:uppercase; color:${brand};
  border-bottom:1.5px solid ${brand}; padding-bottom:2px; margin-bottom:5px }
table.g { width:100%; border-collapse:collapse }
table.g td { padding:4px 6px; border:1px solid #c9c9c9; vertical-align:top }
table.g td.k { background:${tint}; width:19%; font-size:10.5px; color:#333; text-transform:uppercase; letter-spacing:.3px }
table.g td.v { width:31% }
table.m { width:100%; border-collapse:collapse; font-size:11.5px }
table.m th { text-align:left; background:#333; color:#fff; font-weight:normal; padding:3px 6px; font-size:10.5px }
table.m td { padding:3px 6px; border-bottom:1px solid #ddd }
table.m td.n { text-align:right; font-family:${mono} }
.ok { color:#1c7c3a; font-weight:bold }
.rev { display:flex; gap:18px; margin-top:6px }
.rev > div { flex:1; border:1px solid #c9c9c9; padding:6px 8px; min-height:58px }
.rev small { display:block; font-size:9.5px; text-transform:uppercase; color:#666 }
.rev .h { font: 24px ${hand}; white-space:nowrap }
.ack { font-size:11.5px; line-height:16px; color:#222 }
.note { margin-top:10px; font-size:10px; color:#555; line-height:13px }
.ft { position:absolute; left:0; right:0; bottom:0; display:flex; justify-content:space-between; font-size:9px; color:#777;
  border-top:1px solid #ccc; padding-top:3px }
</style>
<div class="w">
 <div class="hd">
  <div class="logo"><div class="sq">${mark}</div><div><b>${brand_name}</b><span>${academy}</span></div></div>
  <div class="rt">${portal}<br>${report_id}<br>${printed}</div>
 </div>
 <h1>${heading}</h1>
 <div class="sub">${sub}</div>
 <div class="sec">${sec1}</div>
 <table class="g">
  <tr><td class="k">Franchise no.</td><td class="v">${fr_no}</td><td class="k">Location</td><td class="v">${location}</td></tr>
  <tr><td class="k">Owner / operator</td><td class="v">${owner}</td><td class="k">Phone</td><td class="v">${phone}</td></tr>
 </table>
 <div class="sec">${sec2}</div>
 <table class="g">
  <tr><td class="k">Employee</td><td class="v">${name}</td><td class="k">Employee ID</td><td class="v">${emp_id}</td></tr>
  <tr><td class="k">Job role</td><td class="v">${role}</td><td class="k">Enrolled</td><td class="v">${enrolled}</td></tr>
 </table>
 <div class="sec">${sec3}</div>
 <table class="g">
  <tr><td class="k">Course title</td><td colspan="3">${title}</td></tr>
  <tr><td class="k">Course type</td><td class="v">${ctype}</td><td class="k">Delivered by</td><td class="v">${org}</td></tr>
  <tr><td class="k">Status</td><td class="v"><span class="ok">${status}</span></td><td class="k">${date_label}</td><td class="v">${date}</td></tr>
  <tr><td class="k">Assessment</td><td class="v">${score}</td><td class="k">Attempts</td><td class="v">${attempts}</td></tr>
  <tr><td class="k">${hours_label}</td><td class="v">${hours}</td><td class="k">Recert. due</td><td class="v">${recert}</td></tr>
  ${approval_row_html}
 </table>
 <div class="sec">${sec4}</div>
 <table class="m"><tr><th>#</th><th>Module</th><th>Min.</th><th>Result</th></tr>${modules_html}</table>
 <div class="sec">${sec5}</div>
 <div class="rev">
  <div><small>Reviewed by</small>${reviewer}<br><span style="font-size:11px;color:#555">${rev_role}</span></div>
  <div><small>Review date</small>${rev_date}<br><small style="margin-top:4px">${verified}</small></div>
  <div><small>Signature</small><div class="h">${reviewer}</div></div>
 </div>
 <div class="sec">${sec6}</div>
 <div class="ack">${ack}</div>
 <div class="rev">
  <div><small>Employee signature</small><div class="h">${emp_sig}</div></div>
  <div><small>Date</small>${emp_date}</div>
  <div><small>Trainer / evaluator</small>${trainer}<br><span style="font-size:11px;color:#555">${trainer_org}</span></div>
 </div>
 <div class="note">${note}</div>
 <div class="ft"><span>${form}</span><span>${conf}</span><span>Page 1 of 1</span></div>
</div>
"""
BRANDS = [
    ("RapidDry Restoration", "RD"),
    ("Blue Wave Disaster Services", "BW"),
    ("PuroCore Cleaning & Restoration", "PC"),
    ("Restora 1 Systems", "R1"),
    ("HomeGuard Recovery", "HG"),
    ("All-Pro Restore", "AP"),
]
MODULES = [
    "Safety orientation and PPE",
    "Inspection and loss assessment",
    "Equipment set-up walkthrough",
    "Moisture readings and drying logs",
    "Customer communication standards",
    "Job photo documentation",
    "Knowledge check",
    "Field skills sign-off",
    "Brand service standards",
]
ROLES = [
    "Technician I",
    "Technician II",
    "Crew Chief",
    "Production Manager",
    "Estimator",
    "Apprentice",
]


def fill(d):
    r = d.rng
    brand, mark = d.pick(BRANDS)
    academy = d.pick(["Training Academy", "University", "Learning Center", "Franchise Training"])
    score = r.choice([78, 82, 85, 88, 90, 92, 95, 100])
    passmark = d.pick([70, 75, 80])
    mods = r.sample(MODULES, d.pick([4, 5, 6]))
    modules_html = "".join(
        f"<tr><td>{i}</td><td>{m}</td><td class='n'>{r.choice([15, 20, 30, 45, 60, 90])}</td>"
        f"<td>{d.pick(['Complete', 'Complete', 'Passed', 'Signed off'])}</td></tr>"
        for i, m in enumerate(mods, 1)
    )
    city = d.city()
    approval_row_html = ""
    if d.chance(0.4):
        approval_row_html = (
            "<tr><td class='k'>IICRC approval</td><td class='v'>"
            f"{d.approval()}</td><td class='k'>Certificate ref.</td><td class='v'>{d.number()}</td></tr>"
        )
    return {
        "brand": d.pick(["#c8102e", "#00629b", "#2e7d32", "#5e2a84", "#e35205", d.colors["dark"]]),
        "tint": d.pick(["#f2f2f2", "#eef3f7", "#f6f3ec"]),
        "disp": d.pick([d.fonts["sans"], d.fonts["cond"], d.fonts["display"]]),
        "tilt": d.pick(["none", "rotate(45deg)", "none"]),
        "mark": mark,
        "brand_name": brand,
        "academy": f"{brand.split()[0]} {academy}",
        "portal": d.pick(["Franchise Training Portal", "LMS report", "Training Records"]),
        "report_id": f"Report {d.number('TR-')}",
        "printed": f"Printed {d.other_date('print', d.pick(['us_numeric', 'iso', 'short_month']))}",
        "heading": d.pick(
            [
                "Training completion record",
                "Employee training record",
                "Course completion verification",
            ]
        ),
        "sub": d.pick(
            [
                "Required franchise system training. Keep on file at the location.",
                "Generated from the system training log for audit purposes.",
                "One record per employee per course.",
            ]
        ),
        "sec1": "Location",
        "fr_no": d.pick([f"#{r.randrange(100, 999)}", f"FR-{r.randrange(1000, 9999)}"]),
        "location": f"{brand.split()[0]} of {city}",
        "owner": d.person(),
        "phone": d.phone(),
        "sec2": "Employee",
        "name": d.name(d.pick(["plain", "last_first", "upper"])),
        "emp_id": d.pick([f"E-{r.randrange(10000, 99999)}", f"{r.randrange(100000, 999999)}"]),
        "role": d.pick(ROLES),
        "enrolled": d.other_date("registered", "us_numeric"),
        "sec3": d.pick(["Course completion", "Training completed"]),
        "title": d.title(),
        "ctype": d.pick(["Classroom", "Blended", "Instructor-led + field", "Live virtual"]),
        "org": d.provider(),
        "status": d.pick(["Completed", "Complete – Passed", "Passed"]),
        "date_label": d.pick(["Completion date", "Date completed", "Completed on"]),
        "date": d.date(d.pick(["us_numeric", "us_numeric", "iso", "short_month", "dd_mon_yyyy"])),
        "score": f"{score}% (pass {passmark}%)",
        "attempts": d.pick(["1", "1", "2"]),
        "hours_label": d.pick(["Credit hours", "CEC hours", "CE hours"]),
        "hours": d.hours_number(),
        "recert": d.other_date("expiry", "us_numeric"),
        "approval_row_html": approval_row_html,
        "sec4": "Required modules",
        "modules_html": modules_html,
        "sec5": "Manager review",
        "reviewer": d.person(),
        "rev_role": d.pick(["General Manager", "Franchise Owner", "Operations Manager"]),
        "rev_date": d.other_date("issue", "us_numeric"),
        "verified": d.pick(["☒ Verified against sign-in sheet", "☒ Certificate on file"]),
        "sec6": d.pick(["Employee acknowledgement", "Acknowledgement"]),
        "ack": d.pick(
            [
                "I confirm that I attended the training shown above, completed every required "
                "module and understand the procedures covered. I will apply them on every job.",
                "By signing I acknowledge receipt of this training and agree to follow the "
                "system's operating standards taught in it.",
            ]
        ),
        "emp_sig": f"{d.first} {d.last}",
        "emp_date": d.other_date("issue", "us_numeric"),
        "trainer": d.person(),
        "trainer_org": d.pick(["Field trainer", "Regional trainer", "Instructor"]),
        "note": d.pick(
            [
                "Recertification dates are set by the franchise system and may differ from the "
                "certifying body's renewal cycle. Records are retained for the term of the "
                "franchise agreement.",
                "This record is an internal document of the franchise system. It does not "
                "replace a certificate issued by the training provider.",
            ]
        ),
        "form": d.pick(["Form OPS-TR-2", "TRN-104 rev. B", "Training log v3"]),
        "conf": d.pick(["Confidential – internal use", "Franchisee copy", ""]),
    }
