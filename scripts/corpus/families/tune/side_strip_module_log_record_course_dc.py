"""A portrait training record laid out as an e-mail-safe table: a dark
coloured header row with the school's name and the record's title in light
type, a coloured strip down the left edge, the trainee's name as a coloured
heading, a sentence giving the course and its dates, then a ruled log of the
course's days and modules with the hours each carried, a total row, the exam
result and a sign-off. Body text in a typewriter face, as the platform
prints it."""

SOURCE = "chamilo/chamilo-lms:main/template/rainbow/gradebook/custom_certificate.tpl"
KIND = "course"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "portrait",
    "dark-band",
    "record",
    "table",
    "date-range",
    "mono",
    "provider-in-logo",
    "distractor-person",
)

TEMPLATE = """<style>
.hd { position:absolute; left:0; right:0; top:0; height:${band_h}px; background:${band}; color:#fff; display:flex; align-items:center;
  padding:0 50px 0 ${pad_l}px; font-family:${sans} }
.hd .o { flex:1; font: bold 21px ${display}; line-height:25px }
.hd .o small { display:block; font: 11px ${sans}; letter-spacing:2px; opacity:.85; text-transform:uppercase }
.hd .r { text-align:right; padding-top:6px; font: 30px ${mono}; letter-spacing:1px; line-height:34px }
.hd .r small { display:block; font-size:11px; letter-spacing:1px; opacity:.85 }
.st { position:absolute; left:0; top:${band_h}px; bottom:0; width:${strip}px; background:${band} }
.st:after { content:""; position:absolute; right:-8px; top:0; bottom:0; width:4px; background:${tint} }
.w { position:absolute; left:${pad_l}px; right:50px; top:${body_top}px; font: 13.5px ${mono}; color:#333; line-height:21px }
h3 { margin:0; font: bold 24px ${sans}; color:${accent2} }
.lead { margin-top:12px }
table { width:100%; border-collapse:collapse; margin-top:18px; font: 12.5px ${mono} }
th { text-align:left; font: bold 11px ${sans}; text-transform:uppercase; letter-spacing:1px; color:#fff; background:${band}; padding:6px 8px }
td { padding:6px 8px; border-bottom:1px dashed #aaa; vertical-align:top }
td.n, th.n { text-align:right; white-space:nowrap }
tr.tot td { border-top:2px solid #333; border-bottom:none; font-weight:bold }
.ex { margin-top:16px }
.sg { margin-top:34px; display:flex; gap:60px }
.sg div { width:240px; font-size:12px; line-height:17px }
.sg .h { font: 26px ${hand}; color:#24306b; height:34px; white-space:nowrap; border-bottom:1px solid #555; margin-bottom:4px }
.ft { position:absolute; left:${pad_l}px; right:50px; bottom:28px; font: 10px ${sans}; color:#777; border-top:1px solid #ccc; padding-top:5px }
</style>
<div class="hd"><div class="o">${org}<small>${org_tag}</small></div><div class="r">${rec_title}<small>${rec_no}</small></div></div>
<div class="st"></div>
<div class="w">
 <h3>${name}</h3>
 <div class="lead">${lead_a} <b>${title}</b> ${lead_b} ${dates}.</div>
 <table><tr><th>${day_head}</th><th>Module</th><th class="n">${hrs_head}</th></tr>${rows_html}
 <tr class="tot"><td></td><td>${total_label}</td><td class="n">${hours}</td></tr></table>
 <div class="ex">${exam_line}</div>
 <div class="sg">
  <div><div class="h">${instructor}</div>${instructor}<br>${instr_role}</div>
  <div><div class="h">${director}</div>${director}<br>${dir_role}</div>
 </div>
</div>
<div class="ft">${foot}</div>
"""

MODULES = [
    "Introduction, safety and PPE",
    "Principles of drying and psychrometry",
    "Inspection and moisture detection",
    "Category and class of water",
    "Equipment selection and placement",
    "Containment and engineering controls",
    "Documentation and job-file practice",
    "Contents handling",
    "Structural materials and assemblies",
    "Antimicrobials and cleaning",
    "Hands-on lab: setting a drying chamber",
    "Review and case studies",
]


def fill(d):
    import html
    from datetime import timedelta

    from corpus.formats import fmt_date, fmt_number

    days = d.pick([1, 2, 2, 3])
    dates = d.date_range(days)
    total = d.credit
    n_rows = d.pick([4, 5, 6])
    mods = sorted(d.rng.sample(MODULES, n_rows), key=MODULES.index)
    # split the course hours over the modules in half hours, at least one each
    halves = int(round(total * 2))
    mods = mods[: min(n_rows, halves)]
    parts = [1] * len(mods)
    for _ in range(halves - len(mods)):
        parts[d.rng.randrange(len(mods))] += 1
    start = d.completed - timedelta(days=days)
    day_style = d.pick(["us_short", "dd_mon_yyyy", "short_month"])
    rows = []
    for i, (m, p) in enumerate(zip(mods, parts, strict=True)):
        day = start + timedelta(days=min(days, i * (days + 1) // len(mods)))
        rows.append(
            f"<tr><td>{html.escape(fmt_date(day, day_style))}</td><td>{html.escape(m)}</td>"
            f'<td class="n">{fmt_number(p / 2, d.rng, False)}</td></tr>'
        )
    band = d.pick(["#5b2d82", "#1f3a5f", "#2d6a4f", "#7a3e12", "#23395d"])
    return {
        "band": band,
        "tint": d.pick(["#92c647", "#80cc28", "#f0b429", "#9ecae1"]),
        "band_h": d.pick([92, 104]),
        "strip": d.pick([26, 36]),
        "pad_l": d.pick([78, 90]),
        "body_top": d.pick([136, 150]),
        "accent2": d.pick(["#672290", "#1e6091", "#8b0000", "#2d6a4f"]),
        "org": d.provider(),
        "org_tag": d.pick(["Training Records Office", "Student Services", "Learning Platform"]),
        "rec_title": d.pick(["Training Record", "Course Record", "Attendance Record"]),
        "rec_no": f"No. {d.number()}",
        "name": d.name(d.pick(["plain", "upper", "last_first"])),
        "lead_a": d.pick(
            [
                "has taken part in and completed",
                "attended all sessions of",
                "is recorded as having completed",
            ]
        ),
        "title": d.title(d.pick(["plain", "with_code", "code_first"])),
        "lead_b": d.pick(["held", "given on", "over"]),
        "dates": dates,
        "day_head": d.pick(["Day", "Date"]),
        "hrs_head": d.pick(["Hours", "Hrs", "CEC"]),
        "rows_html": "".join(rows),
        "total_label": d.pick(["Total CEC hours", "Total hours", "Hours credited"]),
        "hours": d.hours_number(),
        "exam_line": d.pick(
            [
                f"Final exam: passed ({d.rng.randint(76, 99)}%).",
                f"Written examination result: {d.rng.randint(76, 99)} / 100 \u2014 PASS",
                "Course examination: passed.",
            ]
        ),
        "instructor": d.person(),
        "instr_role": d.pick(["Instructor", "IICRC Approved Instructor", "Lead Instructor"]),
        "director": d.person(),
        "dir_role": d.pick(["Registrar", "Director of Education", "Program Coordinator"]),
        "foot": f"Issued {d.other_date('issue')} \u00b7 {d.web()} \u00b7 This record lists contact hours as logged by the instructor.",
    }
