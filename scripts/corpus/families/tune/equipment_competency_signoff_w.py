"""Not a certificate: an employer's in-house competency checklist for
running one piece of equipment, filled in by hand. A heading, bold labels
with handwritten trainee, start date, target date and supervisor, an
overview and completion requirements, a knowledge table and a practical
skills table ticked, dated and initialled, a table of the technician's
safety certifications with dates and numbers, and trainee and supervisor
sign-off blocks. It names people, equipment, courses and dates; no
continuing education credit is recorded."""

SOURCE = "ngk0/BookStack:setup/templates/competency-checklist-template.md"
KIND = "other"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "other",
    "portrait",
    "table",
    "labelled",
    "handwriting",
    "distractor-date",
    "distractor-person",
)

TEMPLATE = """<style>
.w { position:absolute; left:56px; right:56px; top:48px; font: 12.5px ${face}; color:#1a1a1a; line-height:17px }
.co { font: bold 11px ${sans}; color:${dark}; letter-spacing:1px; text-transform:uppercase; border-bottom:2px solid ${dark}; padding-bottom:3px }
h1 { font: bold 21px ${sans}; margin:8px 0 6px }
.lb { display:grid; grid-template-columns: 1fr 1fr; gap:2px 24px }
.lb b { display:inline-block; width:118px }
.hw { font: 16px ${hand}; color:#1d2f6b; border-bottom:1px solid #888; display:inline-block; min-width:150px; line-height:17px }
hr { border:0; border-top:1px solid #999; margin:8px 0 }
h2 { font: bold 15px ${sans}; margin:12px 0 4px }
ul { margin:2px 0 0; padding-left:18px }
table { border-collapse:collapse; width:100%; margin-top:3px }
th, td { border:1px solid #999; padding:3px 6px; text-align:left; font-size:12px; height:23px }
th { background:#eee; font-family:${sans} }
td.h { font: 14px ${hand}; color:#1d2f6b }
td.c { text-align:center; font-family:${sans} }
.so { display:grid; grid-template-columns: 1fr 1fr; gap:6px 28px; margin-top:4px }
.so p { margin:0 0 6px; font-size:11.5px }
.sl { border-bottom:1px solid #555; height:22px; font: 18px ${hand}; color:#1d2f6b; line-height:24px }
.cap { font-size:9.5px; color:#444; display:flex; justify-content:space-between }
.tg { margin-top:8px; font-size:9px; color:#777; font-style:italic }
</style>
<div class="w">
 <div class="co">${company} · Field Operations Training</div>
 <h1>${equipment} Competency Checklist</h1>
 <div class="lb">
  <div><b>Trainee:</b> <span class="hw">${trainee}</span></div>
  <div><b>Start Date:</b> <span class="hw">${start}</span></div>
  <div><b>Supervisor:</b> <span class="hw">${supervisor}</span></div>
  <div><b>Target Completion:</b> <span class="hw">${target}</span></div>
 </div>
 <hr>
 <h2>Overview</h2>
 <p>This checklist documents the competencies required before a technician runs the ${equipment_lc} on a job without supervision. Each item must be demonstrated and verified by an authorized evaluator before sign-off. It is an internal record and carries no certification or continuing education credit.</p>
 <h2>Completion Requirements</h2>
 <ul><li>All knowledge items completed and initialled</li><li>Practical skills witnessed by a crew lead or higher</li><li>Final sign-off reviewed by the operations manager</li></ul>
 <h2>Module 1: Set-up and Operation</h2>
 <table><tr><th style="width:52%">Topic</th><th>Completed</th><th>Date</th><th>Verified By</th></tr>${topics_html}</table>
 <h2>Practical Skills Assessment</h2>
 <table><tr><th style="width:40%">Skill</th><th>Demonstrated</th><th>Date</th><th>Evaluator</th><th>Notes</th></tr>${skills_html}</table>
 <h2>Safety Certifications</h2>
 <table><tr><th style="width:34%">Certification</th><th>Completed</th><th>Date</th><th>Expiration</th><th>Certificate #</th></tr>${certs_html}</table>
 <h2>Sign-Off</h2>
 <div class="so">
  <div><p><b>Trainee acknowledgment.</b> I have completed the training above and will operate the equipment in accordance with company procedures.</p>
   <div class="sl">${trainee}</div><div class="cap"><span>Trainee signature</span><span>Date: ${signed}</span></div></div>
  <div><p><b>Supervisor verification.</b> I verify that the above-named trainee has satisfactorily demonstrated each item and may operate the equipment.</p>
   <div class="sl">${supervisor}</div><div class="cap"><span>Supervisor signature</span><span>Date: ${signed}</span></div></div>
 </div>
 <div class="tg">Form ${form_no} · rev. ${rev} · owner: ${owner}</div>
</div>
"""

EQUIPMENT = {
    "Desiccant Dehumidifier": [
        "Duct layout for process and reactivation air",
        "Reading grains per pound at inlet and outlet",
        "Generator and circuit load limits",
    ],
    "Truck-Mount Extraction Unit": [
        "Daily engine and vacuum pump checks",
        "Hose routing and waste tank disposal",
        "Carbon monoxide precautions near entrances",
    ],
    "Thermal Imaging Camera": [
        "Emissivity and reflected temperature settings",
        "Confirming readings with a moisture meter",
        "Saving and labelling images for the file",
    ],
    "Hydroxyl Generator": [
        "Placement and air-change calculation",
        "Lamp hours and replacement schedule",
        "Occupied-space use and signage",
    ],
}
SKILLS = [
    "Pre-use inspection and tag-out",
    "Set-up on a live job",
    "Monitoring and adjustments",
    "Shutdown, cleaning and transport",
]


def fill(d):
    from datetime import timedelta

    from corpus.formats import fmt_date

    r = d.rng
    equipment = d.pick(list(EQUIPMENT))
    style = d.pick(["us_short", "us_numeric", "iso"])
    start = d.completed - timedelta(days=r.randrange(20, 60))

    def day(n):
        return fmt_date(start + timedelta(days=n), style)

    supervisor = d.person()
    sup_init = "".join(p[0] for p in supervisor.split() if p[0].isalpha())[:3]
    evaluator = d.person()
    topics = "".join(
        f'<tr><td>{t}</td><td class="c">&#10003;</td><td class="h">{day(i + 1)}</td>'
        f'<td class="h">{sup_init}</td></tr>'
        for i, t in enumerate(EQUIPMENT[equipment])
    )
    notes = ["", "", "needed reminder on airflow", "good", "repeat on next job"]
    skills = "".join(
        f'<tr><td>{s}</td><td class="c">&#10003;</td><td class="h">{day(8 + 3 * i)}</td>'
        f'<td class="h">{evaluator.split()[-1]}</td><td class="h">{d.pick(notes)}</td></tr>'
        for i, s in enumerate(SKILLS)
    )
    certs = []
    for cert in r.sample(
        ["OSHA 10-Hour Construction", "Respirator Fit Test", "First Aid / CPR", "Forklift"], 2
    ) + [d.pick(["IICRC WRT", "IICRC ASD", "Lead RRP Renovator"])]:
        done = start - timedelta(days=r.randrange(60, 900))
        exp = done + timedelta(days=d.pick([365, 730, 1095]))
        certs.append(
            f'<tr><td>{cert}</td><td class="c">&#10003;</td><td class="h">{fmt_date(done, style)}</td>'
            f'<td class="h">{fmt_date(exp, style)}</td><td class="h">{r.randrange(10000, 999999)}</td></tr>'
        )
    return {
        "face": d.fonts[d.pick(["sans", "serif"])],
        "hand": d.pick(["'Dancing Script', cursive", "'Z003', cursive"]),
        "company": d.pick(
            [
                "Dry-Rite Restoration, Inc.",
                "Puget Sound Disaster Services",
                "Lone Star Water & Fire",
                "Harbor Restoration Group",
            ]
        ),
        "equipment": equipment,
        "equipment_lc": equipment.lower(),
        "trainee": d.plain_name,
        "start": fmt_date(start, style),
        "supervisor": supervisor,
        "target": fmt_date(start + timedelta(days=45), style),
        "topics_html": topics,
        "skills_html": skills,
        "certs_html": "".join(certs),
        "signed": fmt_date(d.completed, style),
        "form_no": f"OPS-{r.randrange(10, 99)}",
        "rev": d.pick(["3", "B", "2021-04"]),
        "owner": sup_init,
    }
