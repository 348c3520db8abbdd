"""A record, though not a certificate: an extract from a restoration
company's controlled training log, printed landscape for a technician's
file. A document-control header (form number, revision, page) sits over an
employee block (name, employee ID, department, job title, hire date). The
training table has date, topic, method code, trainer or provider, duration
and a CEC column; the internal rows (read-and-understand SOPs, toolbox
talks, on-the-job sign-offs) carry minutes and no CEC, and one external row,
the outside class, carries the school, the completion day and the CEC hours
the school granted. A method key, a verification line by the training
coordinator and a retention footer close it."""

SOURCE = (
    "PactoSigna/Sample.QMS.ISO13485:docs/templates/TMPL-002-training-log.md (employee information "
    "table, training records with date, topic, version, method, trainer and signatures, a key of "
    "training methods); how employers keep a training-file extract for restoration technicians"
)
KIND = "course"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "record",
    "table",
    "labelled",
    "landscape",
    "distractor-person",
    "distractor-date",
    "tiny-footer",
)

TEMPLATE = """<style>
.w { position:absolute; inset:34px 40px 30px; font: 11.5px ${face}; color:#1a1a1a }
.dc { display:grid; grid-template-columns: 2.2fr 1fr 1fr 1fr; border:1.5px solid #222 }
.dc div { padding:5px 8px; border-left:1px solid #222; font-size:10px } .dc div:first-child { border-left:0 }
.dc b { display:block; font: bold 15px ${head}; color:${dark} }
.dc small { display:block; font-size:8px; color:#555; text-transform:uppercase; letter-spacing:.4px }
h2 { margin:14px 0 6px; font: bold 12px ${head}; text-transform:uppercase; letter-spacing:.8px; color:${dark} }
.emp { display:grid; grid-template-columns: repeat(5, 1fr); border:1px solid #888 }
.emp div { padding:4px 7px; border-left:1px solid #bbb; min-height:34px } .emp div:first-child { border-left:0 }
.emp small { display:block; font-size:8px; color:#555; text-transform:uppercase; letter-spacing:.4px }
table { width:100%; border-collapse:collapse; font-size:${tpx}px }
th { background:${shade}; font-size:9px; text-transform:uppercase; letter-spacing:.3px; text-align:left; padding:4px 6px; border:1px solid #777 }
td { border:1px solid #aaa; padding:5px 6px; vertical-align:top }
td.c, th.c { text-align:center; white-space:nowrap }
tr.ext td { background:${hi} }
td small { display:block; color:#555; font-size:9.5px }
.low { display:flex; gap:24px; margin-top:12px; font-size:9.5px; color:#333 }
.key { flex:1.3; line-height:13px } .key b { display:inline-block; width:34px }
.ver { flex:1; border:1px solid #888; padding:6px 8px; line-height:16px }
.ver .sg { font: 20px ${script}; color:${ink} }
.ft { position:absolute; left:0; right:0; bottom:0; font-size:7.5px; color:#777; display:flex; justify-content:space-between }
</style>
<div class="w">
 <div class="dc"><div><b>${company}</b>${doc_title}</div><div><small>Form</small>${form}</div><div><small>Revision</small>${rev}</div><div><small>Extract printed</small>${printed}</div></div>
 <h2>${emp_head}</h2>
 <div class="emp"><div><small>Employee name</small>${name}</div><div><small>Employee ID</small>${emp_id}</div><div><small>Department</small>${dept}</div><div><small>Job title</small>${job}</div><div><small>Hire date</small>${hired}</div></div>
 <h2>${rec_head}</h2>
 <table>
  <tr><th>Date</th><th>Topic / document</th><th class="c">Method</th><th>Trainer / provider</th><th class="c">Duration</th><th class="c">${cec_head}</th><th class="c">Verified</th></tr>
  ${rows_html}
 </table>
 <div class="low">
  <div class="key">${key_html}</div>
  <div class="ver">${ver_text}<br><span class="sg">${coord}</span><br>${coord_role} · ${ver_date}</div>
 </div>
 <div class="ft"><span>${footer_l}</span><span>${footer_r}</span></div>
</div>
"""

INTERNAL = [
    ("SOP-014 Job-site moisture mapping", "R"),
    ("Toolbox talk: ladder safety", "C"),
    ("Respirator fit test & medical review", "OJT"),
    ("SOP-022 Equipment decontamination", "R"),
    ("Toolbox talk: lead-safe practices", "C"),
    ("Xactimate sketch basics (in-house)", "CBT"),
    ("Vehicle pre-trip inspection sign-off", "OJT"),
    ("Hazard communication / SDS refresher", "CBT"),
]
COMPANIES = [
    "Allied Flood & Fire Restoration",
    "Cornerstone Property Recovery, Inc.",
    "High Plains Restoration Group",
    "Lighthouse Water Damage Specialists",
]


def fill(d):
    import html
    from datetime import timedelta

    from corpus.formats import fmt_date

    e = html.escape
    r = d.rng
    style = d.pick(["us_numeric", "iso", "dd_mon_yyyy", "short_month"])
    title = d.title()
    school = d.provider()
    done = d.date(style)
    credit_txt = (
        d.hours_number() if d.chance(0.6) else d.hours(d.pick(["hrs", "cecs", "cec_hours"]))
    )
    internal = r.sample(INTERNAL, d.pick([2, 3, 4]))
    rows = []
    for topic, method in internal:
        day = d.completed - timedelta(days=r.randint(3, 160))
        trainer = d.person()
        mins = d.pick(["15 min", "20 min", "30 min", "45 min", "1.0 hr", "2.0 hr"])
        rows.append(
            (
                day,
                f"<tr><td>{e(fmt_date(day, style))}</td><td>{e(topic)}<small>Rev {r.choice('BCDEF')}</small></td>"
                f"<td class='c'>{method}</td><td>{e(trainer)}</td><td class='c'>{mins}</td>"
                f"<td class='c'>{d.pick(['—', 'n/a', ''])}</td><td class='c'>{''.join(p[0] for p in trainer.split()[:2])}</td></tr>",
            )
        )
    note = d.pick(["certificate on file", "cert. copy attached", "school certificate scanned", ""])
    days = 1 if d.credit <= 8 else (2 if d.credit <= 14 else 3)
    dur = d.pick([f"{days} day{'s' if days > 1 else ''}", "see cert.", "classroom"])
    rows.append(
        (
            d.completed,
            f"<tr class='ext'><td>{e(done)}</td><td><b>{e(title)}</b><small>{e(note)}</small></td>"
            f"<td class='c'>E</td><td>{e(school)}</td><td class='c'>{e(dur)}</td>"
            f"<td class='c'><b>{e(credit_txt)}</b></td><td class='c'>{d.pick(['HR', 'TC', 'yes'])}</td></tr>",
        )
    )
    rows.sort(key=lambda t: t[0], reverse=d.chance(0.5))
    printed = d.completed + timedelta(days=r.randint(10, 90))
    key = [
        ("R", "Read & understand"),
        ("C", "Classroom / talk"),
        ("OJT", "On-the-job"),
        ("CBT", "Computer-based"),
        ("E", "External course (CEC per school)"),
    ]
    return {
        "face": d.fonts[d.pick(["sans", "sans", "cond"])],
        "head": d.fonts[d.pick(["sans", "cond", "serif"])],
        "script": d.fonts["hand"],
        "shade": d.pick(["#e6e6e6", "#e8eef5", d.colors["light"]]),
        "hi": d.pick(["#ffffff", "#fff8d8", "#eef6ee"]),
        "ink": d.pick(["#1b2f6b", "#222"]),
        "tpx": d.pick(["11", "11.5", "12"]),
        "company": d.pick(COMPANIES),
        "doc_title": d.pick(
            [
                "Employee Training Log — extract",
                "Training Record (individual extract)",
                "Personnel Training File · Extract",
            ]
        ),
        "form": d.pick(["HR-F-07", "QF-021", "TRN-003"]),
        "rev": d.pick(["C", "D", "4", "2.1"]),
        "printed": fmt_date(printed, style),
        "emp_head": d.pick(["Employee information", "Employee", "Personnel"]),
        "name": d.name(d.pick(["plain", "plain", "last_first", "upper"])),
        "emp_id": f"{d.pick(['E', 'T', ''])}{r.randrange(1000, 99999)}",
        "dept": d.pick(["Water Mitigation", "Field Operations", "Mold Remediation", "Contents"]),
        "job": d.pick(
            ["Restoration Technician", "Crew Lead", "Technician II", "Project Supervisor"]
        ),
        "hired": fmt_date(d.completed - timedelta(days=r.randint(200, 3000)), style),
        "rec_head": d.pick(
            ["Training records", "Training entries (selected period)", "Training history"]
        ),
        "cec_head": d.pick(["CEC", "CEC hrs", "Credit"]),
        "rows_html": "".join(t[1] for t in rows),
        "key_html": "<br>".join(f"<b>{k}</b>{e(v)}" for k, v in key),
        "ver_text": d.pick(
            [
                "Entries verified against the training file by:",
                "True extract of the employee's training file. Verified:",
            ]
        ),
        "coord": d.person(),
        "coord_role": d.pick(["Training Coordinator", "HR Manager", "Safety & Training Lead"]),
        "ver_date": fmt_date(printed, style),
        "footer_l": d.pick(
            [
                "Controlled copy when printed in red; otherwise uncontrolled",
                "Retain per record retention schedule",
            ]
        ),
        "footer_r": f"Page 1 of 1 · {d.number('Ref ')}",
    }
