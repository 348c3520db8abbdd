"""A registered apprenticeship's progress report for one apprentice, portrait,
printed by the restoration company that sponsors the program. The sponsor's
name and program number head the page over a thin rule, the report's period
as two dates at the right. A labelled grid names the apprentice, the
apprentice number, the occupation, the mentor and the wage step. Part A is
a table of on-the-job learning by work process: hours the schedule asks
for, hours from earlier reports, hours this period, hours to date and the
mentor's initials, with a total row. Part B is the related instruction the
apprentice finished this period: one boxed line naming the course, the
school, the day it was completed and the instruction hours it is credited
with, then a tally line of the instruction hours the program requires, the
hours credited before, the hours to date and the hours still to take.
Three signature lines close it. Only the course line is the apprentice's
credit; every other figure is a schedule, a tally or work hours."""

SOURCE = (
    "elevateforhumanity/fix2:HOUR_TRACKING_GUIDE.md (apprenticeship hour tracking: theory hours "
    "from courses kept apart from practical hours, total required, hours remaining) and "
    "uaedpolicy/apprenticeship-hub:docs/aoa_app-specification.md (registered program built of a "
    "work process schedule and a related technical instruction outline, wage steps); the "
    "semi-annual apprentice progress reports program sponsors file with a state apprenticeship "
    "agency"
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
    "tiny-footer",
)

TEMPLATE = """<style>
.w { position:absolute; inset:46px 48px 40px; font: 11.5px ${face}; color:#1d1d1d }
.top { display:flex; justify-content:space-between; align-items:flex-end; border-bottom:${rule}; padding-bottom:6px }
.top b { display:block; font: bold 17px ${head}; color:${ink} }
.top span { font-size:10.5px; color:#444 }
.top .per { text-align:right; font-size:10.5px; line-height:15px }
.top .per i { display:block; font: bold 15px ${head}; font-style:normal; color:#222; letter-spacing:.4px }
.who { display:grid; grid-template-columns: 1.5fr 1fr 1fr; border:1px solid #888; margin:14px 0 16px }
.who div { padding:4px 7px 5px; border-right:1px solid #bbb; border-bottom:1px solid #bbb; font-size:12px; min-height:34px }
.who small { display:block; font-size:8.5px; color:#555; text-transform:uppercase; letter-spacing:.5px }
h2 { font: bold 12.5px ${head}; margin:0 0 5px; color:${ink}; text-transform:${caps} }
table { width:100%; border-collapse:collapse; font-size:${tpx}px }
th { text-align:left; font-size:9.5px; font-weight:bold; background:${shade}; padding:4px 5px; border:1px solid #999 }
th.n, td.n { text-align:right }
td { padding:4px 5px; border:1px solid #bbb; vertical-align:top }
td.ini { font: 13px ${hand}; color:#23408e; text-align:center }
tr.tot td { font-weight:bold; border-top:2px solid #555 }
.rti { margin-top:18px }
.rti table td { font-size:12px; padding:6px }
.rti table tr.cr td { background:${hi} }
.tally { margin-top:7px; font-size:11px; color:#333; display:flex; gap:18px; flex-wrap:wrap }
.tally b { color:#111 }
.note { margin-top:10px; font-size:10px; color:#555; line-height:14px }
.ev { margin-top:16px }
.ev td { text-align:center; font-size:11px; padding:3px 5px } .ev td:first-child { text-align:left }
.ev td.x { font: bold 13px ${sans}; color:#23408e }
.rm { border:1px solid #999; margin-top:8px; min-height:58px; padding:3px 7px; position:relative }
.rm small { display:block; font-size:8.5px; color:#555; text-transform:uppercase; letter-spacing:.5px }
.rm span { font: 18px ${hand}; color:#1a2a6c; line-height:22px }
.sig { display:flex; gap:26px; margin-top:44px }
.sig div { flex:1; border-top:1px solid #333; padding-top:3px; font-size:9.5px; color:#444 }
.sig div i { display:block; font: 17px ${hand}; color:#1a2a6c; font-style:normal; margin-top:-26px; height:23px }
.ft { position:absolute; left:0; right:0; bottom:0; font-size:7.5px; color:#666; display:flex; justify-content:space-between }
</style>
<div class="w">
 <div class="top"><div><b>${sponsor}</b><span>${program_line}</span></div>
  <div class="per">${report_name}<i>${period}</i></div></div>
 <div class="who">
  <div><small>Apprentice</small>${name}</div>
  <div><small>Apprentice no.</small>${app_no}</div>
  <div><small>Registered</small>${registered}</div>
  <div><small>Occupation</small>${occupation}</div>
  <div><small>Mentor / journeyworker</small>${mentor}</div>
  <div><small>Wage step</small>${step}</div>
 </div>
 <h2>${part_a}</h2>
 <table>
  <tr><th style="width:6%">Code</th><th>Work process</th><th class="n">${h_req}</th><th class="n">Prior</th><th class="n">This period</th><th class="n">To date</th><th style="width:8%">Mentor</th></tr>
  ${ojl_rows_html}
 </table>
 <div class="rti">
  <h2>${part_b}</h2>
  <table>
   <tr><th>Course</th><th>School</th><th>Completed</th><th class="n">${rti_head}</th></tr>
   <tr class="cr"><td>${title}</td><td>${school}</td><td>${completed}</td><td class="n"><b>${credit}</b></td></tr>
  </table>
  <div class="tally">${tally_html}</div>
 </div>
 <div class="note">${note}</div>
 <div class="ev">
  <h2>${part_c}</h2>
  <table><tr><th>Rated by mentor</th><th>Needs work</th><th>Meets</th><th>Exceeds</th></tr>${eval_html}</table>
  <div class="rm"><small>Remarks</small><span>${remarks}</span></div>
 </div>
 <div class="sig">
  <div><i>${sig_app}</i>Apprentice</div>
  <div><i>${sig_mentor}</i>Mentor</div>
  <div><i></i>${coord}, ${coord_role}</div>
 </div>
 <div class="ft"><span>${form}</span><span>${footer}</span></div>
</div>
"""

PROCESSES = [
    ("WP-1", "Water extraction and equipment set-up", 1200),
    ("WP-2", "Moisture mapping, monitoring and drying logs", 800),
    ("WP-3", "Controlled demolition and debris removal", 600),
    ("WP-4", "Containment, HEPA air filtration and mold work", 700),
    ("WP-5", "Fire and smoke cleaning, deodorization", 600),
    ("WP-6", "Contents pack-out and inventory", 400),
    ("WP-7", "Equipment care, vehicles and warehouse", 300),
    ("WP-8", "Job documentation and customer contact", 400),
]
SPONSORS = [
    ("Tri-State Restoration Contractors, Inc.", "TSR"),
    ("Pioneer Disaster Recovery LLC", "PDR"),
    ("Bayside Water & Fire Restoration", "BWF"),
    ("Cornerstone Property Restoration Co.", "CPR"),
    ("Redwood Mitigation Services", "RMS"),
]


def fill(d):
    import html
    from datetime import timedelta

    from corpus.formats import fmt_date

    e = html.escape
    r = d.rng
    credit = float(d.credit)
    style = d.pick(["us_numeric", "short_month", "long", "iso"])
    sponsor, code = d.pick(SPONSORS)
    mentor = d.person()

    def initials(who):
        parts = who.replace(".", "").split()
        return parts[0][0] + parts[-1][0]

    # on-the-job learning: six or seven work processes, hours in the hundreds
    rows, tot = [], [0, 0, 0, 0]
    for wp, label, req in d.rng.sample(PROCESSES, d.pick([5, 6, 7])):
        prior = r.randrange(0, req // 2, 4)
        now = r.randrange(24, 260, 2)
        if now == credit:
            now += 2
        to_date = prior + now
        for i, v in enumerate((req, prior, now, to_date)):
            tot[i] += v
        rows.append(
            f"<tr><td>{wp}</td><td>{e(label)}</td><td class='n'>{req:,}</td><td class='n'>{prior:,}</td>"
            f"<td class='n'>{now:,}</td><td class='n'>{to_date:,}</td><td class='ini'>{initials(mentor)}</td></tr>"
        )
    rows.append(
        "<tr class='tot'><td></td><td>Total on-the-job learning</td>"
        + "".join(f"<td class='n'>{v:,}</td>" for v in tot)
        + "<td></td></tr>"
    )

    # related instruction: the course is this period's credit; the rest is the tally
    title, school, completed = d.title(), d.provider(), d.date(style)
    rti_style = d.pick(["number", "number", "hours"])
    credit_text = d.hours_number() if rti_style == "number" else d.hours("hours_title")
    required = d.pick([144, 144, 160, 200, 288])
    before = r.choice(
        [n for n in range(8, int(required * 0.7), 4) if credit not in (n, required - n - credit)]
    )
    to_date = before + credit
    still = max(required - to_date, 0)
    num = d.pick(["{:g}", "{:g}.0"]) if credit == int(credit) else "{:g}"
    credit_again = credit_text if rti_style == "number" else num.format(credit)
    tally = [
        ("Instruction required", f"{required:g}"),
        ("Credited before this period", f"{before:g}"),
        ("This period", credit_again),
        ("Total to date", f"{to_date:g}"),
        ("Still to complete", f"{still:g}"),
    ]
    if d.chance(0.35):
        tally.pop(2)
    tally_html = "".join(f"<span>{e(k)}: <b>{e(v)}</b></span>" for k, v in tally)

    end = d.completed + timedelta(days=r.randint(3, 40))
    start = end - timedelta(days=d.pick([181, 182, 183, 90, 91]))
    first_day = d.completed - timedelta(days=r.randint(400, 1200))
    steps = d.pick([6, 8])
    step = r.randint(2, steps - 1)
    name = d.name(d.pick(["plain", "plain", "last_first", "upper"]))
    traits = [
        "Safety practices",
        "Quality of work",
        "Attendance and punctuality",
        "Use of meters and logs",
        "Customer contact",
        "Takes direction",
    ]
    eval_rows = []
    for trait in r.sample(traits, d.pick([4, 5])):
        mark = r.choices([0, 1, 2], [1, 6, 3])[0]
        cells = "".join(f"<td class='x'>{'X' if i == mark else ''}</td>" for i in range(3))
        eval_rows.append(f"<tr><td>{e(trait)}</td>{cells}</tr>")
    return {
        "face": d.fonts[d.pick(["sans", "sans", "serif", "cond"])],
        "head": d.fonts[d.pick(["sans", "serif", "display"])],
        "ink": d.colors["dark"],
        "shade": d.pick(["#e9ecef", "#efe9dc", d.colors["light"]]),
        "hi": d.pick(["#fff3b8", "#e2f0e4", "#eaf1fb"]),
        "rule": d.pick(["3px double #333", "2px solid #222", "1px solid #777"]),
        "caps": d.pick(["uppercase", "none"]),
        "tpx": d.pick(["10.5", "11", "11.5"]),
        "sponsor": sponsor,
        "program_line": d.pick(
            [
                f"Registered Apprenticeship Program No. {d.completed.year - r.randint(3, 9)}-{code}-{r.randrange(100, 999)}",
                f"Program sponsor · {d.city()} · Program {code}-{r.randrange(1000, 9999)}",
            ]
        ),
        "report_name": d.pick(
            ["Apprentice Progress Report", "Semi-Annual Progress Report", "Progress Record"]
        ),
        "period": f"{fmt_date(start, style)} – {fmt_date(end, style)}",
        "name": name,
        "app_no": f"{code}-{r.randrange(1000, 9999)}",
        "registered": fmt_date(first_day, style),
        "occupation": d.pick(
            [
                "Water Restoration Technician (hybrid)",
                "Restoration Technician",
                "Mitigation Technician (time-based)",
            ]
        ),
        "mentor": mentor,
        "step": f"{step} of {steps}"
        + d.pick(["", f" — next review at {r.randrange(10, 40) * 100:,} OJL hours"]),
        "part_a": d.pick(
            ["Part A — On-the-job learning (hours)", "A. On-the-Job Learning by Work Process"]
        ),
        "h_req": d.pick(["Schedule", "Required", "Approx. hrs"]),
        "ojl_rows_html": "".join(rows),
        "part_b": d.pick(
            [
                "Part B — Related instruction completed this period",
                "B. Related Technical Instruction Credited",
            ]
        ),
        "rti_head": d.pick(["RTI hours credited", "Instruction hours", "Hours credited"]),
        "title": title,
        "school": school,
        "completed": completed,
        "credit": credit_text,
        "tally_html": tally_html,
        "note": d.pick(
            [
                "Related instruction is credited from the school's completion certificate. "
                "On-the-job hours are taken from weekly logs signed by the mentor.",
                "Hours of on-the-job learning are work hours, not instruction. Keep the course "
                "certificate with this report.",
            ]
        ),
        "part_c": d.pick(["Part C — Mentor evaluation", "C. Progress Evaluation"]),
        "eval_html": "".join(eval_rows),
        "remarks": d.pick(
            [
                "Good progress on drying set-ups. Needs more time on contents.",
                "Reliable on the truck. Ready for step increase at next review.",
                "Keep working on moisture logs - accurate but slow.",
                "",
            ]
        ),
        "sig_app": f"{d.first} {d.last}" if d.chance(0.7) else "",
        "sig_mentor": mentor if d.chance(0.7) else "",
        "coord": d.person(),
        "coord_role": d.pick(
            ["Apprenticeship Coordinator", "Training Director", "Program Administrator"]
        ),
        "form": f"Form APR-{r.randint(1, 4)} (rev. {d.completed.year - r.randint(1, 5)})",
        "footer": d.pick(["Sponsor copy", "Apprentice copy", "Page 1 of 1"]),
    }
