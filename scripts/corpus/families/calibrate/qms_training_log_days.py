"""An employer's training log kept under a quality-management system, filled
in for one outside course: a document-control header (document number,
revision, page), an "Employee Information" table of field / value rows, a
"Training Records" table with one row per class day (date, topic, method,
trainer, classroom hours, initials columns), a "Training dates" row showing
the span, then an "External training outcome" block naming the school, the
course, the completion date and the credit the certifying body awarded,
which is not the sum of the classroom hours in the table, a one-row competency
assessment table (exam date, type, score, assessor), and sign-off lines
for the training coordinator and the department manager."""

SOURCE = "PactoSigna/Sample.QMS.ISO13485:docs/templates/TMPL-002-training-log.md"
KIND = "course"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "record",
    "table",
    "labelled",
    "portrait",
    "date-range",
    "distractor-person",
    "distractor-date",
    "handwriting",
)

TEMPLATE = """<style>
.w { position:absolute; inset:44px 54px; font: 12.5px ${sans}; color:#1a1a1a }
.dc { display:flex; border:1px solid #444; font-size:11px }
.dc div { padding:5px 8px; border-right:1px solid #444 } .dc div:last-child { border-right:0 }
.dc .t { flex:1; font: bold 19px ${sans}; padding-top:8px }
h2 { font: bold 14px ${sans}; margin:18px 0 6px; padding:4px 8px; background:${light}; border-left:4px solid ${dark} }
table { width:100%; border-collapse:collapse } td, th { border:1px solid #888; padding:5px 7px; text-align:left; vertical-align:top }
th { background:#eee; font-size:11px }
table.kv td.l { width:32%; background:#f7f7f7; font-weight:bold; font-size:11.5px }
td.n { text-align:right } tr.tot td { font-weight:bold; background:#f7f7f7 }
.in { font: 15px ${hand}; color:#1d2c6b }
.so { display:flex; gap:30px; margin-top:58px } .so div { flex:1; border-top:1px solid #333; padding-top:4px; font-size:11px }
.so b { display:block; font: 17px ${hand}; color:#1d2c6b; margin-top:-26px; height:22px; font-weight:normal }
.ft { position:absolute; bottom:0; left:0; right:0; font-size:9.5px; color:#666; display:flex; justify-content:space-between }
</style>
<div class="w">
 <div class="dc"><div class="t">Training Log</div><div>Doc. ${doc_no}</div><div>Rev. ${rev}</div><div>Page 1 of 1</div></div>
 <h2>Employee Information</h2>
 <table class="kv">
  <tr><td class="l">Employee Name</td><td>${name}</td></tr>
  <tr><td class="l">Employee ID</td><td>${emp_id}</td></tr>
  <tr><td class="l">Department</td><td>${dept}</td></tr>
  <tr><td class="l">Job Title</td><td>${job}</td></tr>
  <tr><td class="l">Hire Date</td><td>${hire}</td></tr>
 </table>
 <h2>Training Records</h2>
 <table>
  <tr><th style="width:17%">Date</th><th>Topic</th><th style="width:10%">Method</th><th style="width:20%">Trainer</th><th style="width:9%">Hours</th><th style="width:8%">Emp.</th><th style="width:8%">Trn.</th></tr>
  ${rows_html}
  <tr class="tot"><td colspan="4">${total_label}</td><td class="n">${contact}</td><td></td><td></td></tr>
 </table>
 <h2>External Training Outcome</h2>
 <table class="kv">
  <tr><td class="l">Training dates</td><td>${range}</td></tr>
  <tr><td class="l">Training provider</td><td>${provider}</td></tr>
  <tr><td class="l">Course / certification</td><td>${title}</td></tr>
  <tr><td class="l">Completed</td><td>${date}</td></tr>
  <tr><td class="l">${credit_label}</td><td>${hours}</td></tr>
  <tr><td class="l">Certificate on file</td><td>${on_file}</td></tr>
 </table>
 <h2>Competency Assessment</h2>
 <table><tr><th style="width:17%">Date</th><th>Assessment Type</th><th style="width:22%">Score / Result</th><th style="width:24%">Assessor</th></tr>
  <tr><td>${exam_date}</td><td>${exam_type}</td><td>${score}</td><td>${assessor}</td></tr></table>
 <div class="so"><div><b>${coord}</b>Training Coordinator: ${coord} &nbsp; Date: ${sign_date}</div>
  <div><b>${mgr}</b>Department Manager: ${mgr} &nbsp; Date: ${sign_date}</div></div>
 <div class="ft"><span>Methods: C = Classroom, OJT = On-the-Job, L = Lab, E = External</span><span>Retain for the duration of employment plus 3 years</span></div>
</div>
"""


def fill(d):
    from datetime import timedelta

    from corpus.formats import fmt_date, fmt_number

    days = 1 if d.credit <= 8 else 2 if d.credit <= 16 else 3
    trainer = d.person()
    style = d.pick(["us_numeric", "iso", "dd_mon_yyyy"])
    name = d.name(d.pick(["plain", "last_first"]))
    initials = "".join(p[0] for p in name.replace(",", "").split() if p[:1].isupper())[:3]
    t_init = "".join(p[0] for p in trainer.split() if p[:1].isupper())[:3]
    topics = [
        "Principles, safety and standard of care",
        "Equipment set-up, monitoring and documentation",
        "Hands-on lab and written exam",
    ]
    per_day = [d.pick([7.5, 8, 8, 8.5]) for _ in range(days)] if days > 1 else [d.credit + 1]
    rows = []
    for i in range(days):
        day = d.completed - timedelta(days=days - 1 - i)
        topic = topics[i] if days > 1 else "Classroom session and quiz"
        rows.append(
            f"<tr><td>{fmt_date(day, style)}</td><td>{topic}</td><td>{'E' if i < 2 else 'L'}</td>"
            f"<td>{trainer}</td><td class='n'>{fmt_number(per_day[i], d.rng, False)}</td>"
            f"<td class='in'>{initials}</td><td class='in'>{t_init}</td></tr>"
        )
    return {
        "doc_no": d.pick(["TMPL-002", "QF-7.2-01", "HR-TR-014"]),
        "rev": d.pick(["A", "B", "1.0", "3"]),
        "name": name,
        "emp_id": d.number("E"),
        "dept": d.pick(["Water Mitigation", "Production", "Reconstruction", "Carpet & Upholstery"]),
        "job": d.pick(["Technician II", "Crew Lead", "Project Manager", "Estimator"]),
        "hire": fmt_date(d.completed - timedelta(days=d.rng.randint(200, 3000)), style),
        "exam_date": d.other_date("issue", style),
        "exam_type": d.pick(["Certification exam (proctored)", "Written exam", "Post-course quiz"]),
        "score": f"{d.rng.randint(76, 98)}% - {d.pick(['Pass', 'Passed', 'Satisfactory'])}",
        "assessor": d.person(),
        "rows_html": "".join(rows),
        "total_label": d.pick(["Total classroom hours", "Total hours attended"]),
        "contact": fmt_number(sum(per_day), d.rng, False),
        "range": d.date_range(days - 1) if days > 1 else d.date(style),
        "provider": d.provider(),
        "title": d.title(),
        "date": fmt_date(d.completed, style) if days > 1 else d.date(style),
        "credit_label": d.pick(["Credit awarded", "CE credit recorded", "CECs awarded"]),
        "hours": d.hours(d.pick(["cec_hours", "cecs", "iicrc_cec", "credit_hours"])),
        "on_file": d.pick(["Yes - scanned to personnel file", "Yes", "Original in HR binder"]),
        "coord": d.person(),
        "mgr": d.person(),
        "sign_date": d.other_date("issue", style),
    }
