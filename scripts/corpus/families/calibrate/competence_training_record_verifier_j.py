"""A quality-system training record filled in for one technician: numbered
sections for the trainee, the modules covered with yes/no columns, a
verification summary, the verifier's block and an acknowledgment line. The
training period is a span of days; a verifier and a supervisor are named."""

SOURCE = "Samizo-AITL/aitl-training:03_Training_Record/Training_Record_Template.md"
KIND = "course"
PAPER = ["a4-portrait", "letter-portrait"]
CATEGORIES = (
    "record",
    "table",
    "portrait",
    "labelled",
    "date-range",
    "distractor-person",
    "distractor-date",
)

TEMPLATE = """<style>
.w { position:absolute; inset:44px 56px; font: 12.5px ${sans}; color:#1a1a1a }
.top { display:flex; justify-content:space-between; align-items:flex-end; border-bottom:1px solid #555; padding-bottom:6px }
.top .t { font: bold 21px ${face} } .top .r { font-size:10px; text-align:right; color:#444 }
h3 { font-size:13px; margin:14px 0 5px; color:${dark} }
table { width:100%; border-collapse:collapse }
td, th { border:1px solid #888; padding:4px 7px; text-align:left; vertical-align:top }
th { background:#e9e9e9; font-size:11.5px }
td.k { width:34%; background:#f6f6f6 }
.hand { font-family:${pen}; font-size:17px; color:#1d2f6f }
.ack { font-size:11px; line-height:16px; margin:4px 0 6px }
.ft { position:absolute; left:0; right:0; bottom:0; font-size:8.5px; color:#666; display:flex; justify-content:space-between }
</style>
<div class="w">
 <div class="top"><div class="t">${heading}</div><div class="r">${form_no}<br>Rev. ${rev}</div></div>
 <h3>1. Trainee Information</h3>
 <table>
  <tr><td class="k">Name</td><td>${name}</td></tr>
  <tr><td class="k">Role</td><td>${role}</td></tr>
  <tr><td class="k">Employer</td><td>${employer}</td></tr>
  <tr><td class="k">Training Provider</td><td>${provider}</td></tr>
  <tr><td class="k">Course</td><td>${title}</td></tr>
  <tr><td class="k">Training Period</td><td>${range}</td></tr>
  <tr><td class="k">${hours_label}</td><td>${hours}</td></tr>
 </table>
 <h3>2. Scope Completed</h3>
 <table><tr><th style="width:12%">Unit</th><th>Description</th><th style="width:16%">Completed</th><th style="width:22%">Notes</th></tr>${units_html}</table>
 <h3>3. Competence Verification</h3>
 <table>
  <tr><td class="k">Verification Method</td><td>${method}</td></tr>
  <tr><td class="k">Overall Result</td><td>${result}</td></tr>
 </table>
 <h3>4. Verifier</h3>
 <table>
  <tr><td class="k">Verifier Name</td><td>${verifier}</td></tr>
  <tr><td class="k">Role / Title</td><td>${verifier_role}</td></tr>
  <tr><td class="k">Signature</td><td class="hand">${verifier}</td></tr>
  <tr><td class="k">Date</td><td>${verified_on}</td></tr>
 </table>
 <h3>5. Trainee Acknowledgment</h3>
 <div class="ack">${ack}</div>
 <table><tr><td class="k">Signature</td><td class="hand">${sig}</td><td class="k" style="width:14%">Filed by</td><td>${filer}</td></tr></table>
 <div class="ft"><span>${form_no} &middot; Controlled copy when printed</span><span>Page 1 of 1</span></div>
</div>
"""

UNITS = [
    ("Site safety and personal protective equipment", "U1"),
    ("Inspection and moisture assessment", "U2"),
    ("Equipment placement and monitoring", "U3"),
    ("Containment and cleaning procedures", "U4"),
    ("Documentation and customer communication", "U5"),
    ("Written examination", "U6"),
]


def fill(d):
    n = d.pick([4, 5, 6])
    rows = "".join(
        f"<tr><td>{code}</td><td>{desc}</td><td>Yes</td><td>{note}</td></tr>"
        for (desc, code), note in zip(
            UNITS[:n],
            [d.pick(["", "", "", "Observed", "Hands-on lab"]) for _ in range(n)],
            strict=True,
        )
    )
    verifier = d.person()
    return {
        "pen": d.pick(["'Dancing Script', cursive", "'Z003', cursive"]),
        "face": d.fonts[d.pick(["serif", "sans"])],
        "heading": d.pick(["Training Record", "Record of Training", "Employee Training Record"]),
        "form_no": d.pick(["QF-7.2-01", "HR-TR-004", "FORM TR-12"]),
        "rev": d.pick(["B", "C", "3", "1.2"]),
        "name": d.name(d.pick(["plain", "last_first", "upper"])),
        "role": d.pick(["Restoration Technician", "Crew Lead", "Project Manager", "Technician II"]),
        "employer": d.pick(
            [
                "ServiceFirst Restoration",
                "BlueLine Water & Fire",
                "Apex Property Recovery",
                "Rapid Dry Services, Inc.",
            ]
        ),
        "provider": d.provider(),
        "title": d.title(),
        "range": d.date_range(d.pick([1, 2, 2, 3])),
        "hours_label": d.pick(["Training Hours", "Credit Hours", "CECs Earned"]),
        "hours": d.hours_number(),
        "units_html": rows,
        "method": d.pick(["Written exam and observation", "Checklist", "Written / Oral"]),
        "result": d.pick(["Pass", "Pass", "Competent"]),
        "verifier": verifier,
        "verifier_role": d.pick(["Operations Manager", "Training Coordinator", "QA Lead"]),
        "verified_on": d.other_date("issue", d.pick(["us_numeric", "iso", "short_month"])),
        "ack": "By signing, the trainee confirms the training above was received and understood, "
        "and that the employer remains responsible for assigning work within the trainee's "
        "verified competence.",
        "sig": d.plain_name,
        "filer": d.person(),
    }
