"""A course record that looks like a plain sign-off form: one trainee's
product class sign-off sheet kept by the provider. A thin header with a
form number and page count, a title, a block of labelled ruled rows (the
technician, the employer, the class, the provider, the day it was held, the
trainer with title, the approval number and the credit granted), a module
table with minutes per module and ticks, and two sign-off blocks where the
trainee and the trainer sign and date on later days. The credit line is the
answer; per-module minutes, the trainer, the employer and the signing dates
are not."""

SOURCE = (
    "greenorbitspace/hub:userguide/content/en/docs/handbook/03_Employee_Resources/"
    "Training_and_Development_Opportunities/staff-training-record.md (training session details, "
    "trainer, content covered, sign-off lines with dates) and PactoSigna/Sample.QMS.ISO13485:"
    "docs/templates/TMPL-002-training-log.md (field / value table)"
)
KIND = "course"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "labelled",
    "record",
    "table",
    "portrait",
    "handwriting",
    "distractor-person",
    "distractor-date",
)

TEMPLATE = """<style>
.w { position:absolute; inset:40px 56px 36px; font: 12.5px ${face}; color:#141414 }
.tp { display:flex; justify-content:space-between; font: 10px ${sans}; color:#555; border-bottom:1px solid #999; padding-bottom:4px }
h1 { font: bold 22px ${sans}; margin:16px 0 2px } .sb { font-size:12px; color:#444; margin-bottom:12px }
.fr { display:flex; border-bottom:1px solid #bbb; padding:7px 0 5px }
.fr .k { width:200px; font: 10.5px ${sans}; text-transform:uppercase; letter-spacing:.5px; color:#555; padding-top:2px }
.fr .v { flex:1; font-size:14px }
.fr .v.big { font-weight:bold; font-size:15px }
h2 { font: bold 12px ${sans}; text-transform:uppercase; letter-spacing:1px; margin:16px 0 5px; color:${dark} }
table { width:100%; border-collapse:collapse; font-size:12px }
th { text-align:left; border-bottom:2px solid #333; font: bold 10px ${sans}; text-transform:uppercase; padding:3px 4px }
td { border-bottom:1px solid #ccc; padding:5px 4px } td.n { text-align:right; font-family:${mono} } td.t { font: 16px ${hand}; color:#1d2f6b; text-align:center }
.so { display:grid; grid-template-columns: 1fr 1fr; gap:24px; margin-top:22px }
.so > div { border:1px solid #999; padding:8px 10px; font-size:11px; line-height:15px }
.so .h { font: 24px ${hand}; color:#1d2f6b; border-bottom:1px solid #333; height:30px; white-space:nowrap; overflow:hidden; margin:8px 0 3px }
.so .dt { display:flex; justify-content:space-between; font-size:10.5px; color:#444 }
.ft { position:absolute; left:0; right:0; bottom:0; font-size:9px; color:#666; text-align:center }
</style>
<div class="w">
 <div class="tp"><span>${form_no}</span><span>${record_no}</span><span>Page 1 of 1</span></div>
 <h1>${heading}</h1>
 <div class="sb">${sub}</div>
 <div class="fr"><div class="k">${name_label}</div><div class="v big">${name}</div></div>
 <div class="fr"><div class="k">Employer</div><div class="v">${employer}</div></div>
 <div class="fr"><div class="k">${title_label}</div><div class="v">${title}</div></div>
 <div class="fr"><div class="k">Training provider</div><div class="v">${provider}</div></div>
 <div class="fr"><div class="k">${date_label}</div><div class="v">${date}</div></div>
 <div class="fr"><div class="k">Trainer</div><div class="v">${trainer}, ${trainer_role}</div></div>
 <div class="fr"><div class="k">${approval_label}</div><div class="v">${approval}</div></div>
 <div class="fr"><div class="k">${hours_label}</div><div class="v big">${hours}</div></div>
 <h2>${modules_head}</h2>
 <table><tr><th>Module</th><th style="text-align:right">Minutes</th><th style="text-align:center">Covered</th></tr>${modules_html}</table>
 <div class="so">
  <div><b>Trainee</b><br>${trainee_stmt}<div class="h">${trainee_sig}</div><div class="dt"><span>Signature</span><span>Date ${trainee_date}</span></div></div>
  <div><b>Trainer</b><br>${trainer_stmt}<div class="h">${trainer}</div><div class="dt"><span>Signature</span><span>Date ${trainer_date}</span></div></div>
 </div>
 <div class="ft">${foot}</div>
</div>
"""

MODULES = [
    "Equipment overview and safety",
    "Set-up and placement",
    "Controls and monitoring",
    "Maintenance and filters",
    "Troubleshooting",
    "Hands-on practical",
    "Documentation",
    "Knowledge check",
]


def fill(d):
    r = d.rng
    total_min = round(d.credit * 60)
    k = d.pick([4, 5, 6])
    picks = r.sample(MODULES[:-1], k - 1) + ["Knowledge check"]
    # per-module minutes summing to the class length, in 5-minute steps
    steps = max(k, total_min // 5)
    cuts = sorted(r.sample(range(1, steps), k - 1)) if steps > k else list(range(1, k))
    parts = [b - a for a, b in zip([0, *cuts], [*cuts, steps], strict=True)]
    mins = [p * 5 for p in parts]
    mins[-1] += total_min - sum(mins)
    rows = "".join(
        f'<tr><td>{m}</td><td class="n">{n}</td><td class="t">✓</td></tr>'
        for m, n in zip(picks, mins, strict=True)
    )
    style = d.pick(["us_numeric", "long", "short_month", "dmy_long"])
    name = d.name(d.pick(["plain", "plain", "last_first", "upper"]))
    trainer = d.person()
    return {
        "face": d.pick([d.fonts["serif"], d.fonts["sans"]]),
        "form_no": d.pick(["Form TR-7", "QF-112 rev. C", "Training form 4"]),
        "record_no": f"Record {d.number()}",
        "heading": d.pick(
            ["Product Class Sign-Off", "Training Sign-Off Record", "Class Completion Sign-Off"]
        ),
        "sub": d.pick(
            [
                "One form per trainee. Keep the original on file; give the trainee a copy.",
                "Completed by the trainer at the end of the class.",
            ]
        ),
        "name_label": d.pick(["Technician", "Trainee name", "Participant"]),
        "name": name,
        "employer": d.pick(
            [
                "Rapid Dry Restoration",
                "Apex Water & Fire",
                "Prime Mitigation",
                "Hometown Carpet Care",
            ]
        ),
        "title_label": d.pick(["Class", "Course title", "Training"]),
        "title": d.title(),
        "provider": d.provider(),
        "date_label": d.pick(["Date held", "Class date", "Date of training"]),
        "date": d.date(style),
        "trainer": trainer,
        "trainer_role": d.pick(["IICRC Approved Instructor", "Lead Trainer", "Technical Trainer"]),
        "approval_label": d.pick(["IICRC course approval no.", "CEC approval #", "Approval no."]),
        "approval": d.approval(),
        "hours_label": d.pick(["CECs granted", "Credit hours", "Continuing education credit"]),
        "hours": d.hours(d.pick(["cecs", "cec_hours", "hours_title", "iicrc_cec"])),
        "modules_head": d.pick(["Content covered", "Modules and time"]),
        "modules_html": rows,
        "trainee_stmt": "I attended the class above in full.",
        "trainee_sig": d.plain_name,
        "trainee_date": d.other_date("issue", style),
        "trainer_stmt": "The trainee completed every module listed.",
        "trainer_date": d.other_date("issue", style),
        "foot": d.pick(
            [
                "Credit is reported to the IICRC by the provider within 30 days of the class.",
                "Retain for three years. Copies are available from the provider on request.",
            ]
        ),
    }
