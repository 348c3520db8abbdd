"""An apprentice's quarterly progress record from a restoration company's
registered apprenticeship, landscape: a header strip with the sponsor's
name and the record's title, a labelled row (apprentice, apprentice
number, occupation, journeyworker mentor, period), then two grids side by
side. The wide one lists on-the-job learning by work process with hours
required, hours before the period, hours this period, cumulative hours and
a small bar; its total row. The narrow one is related instruction: earlier
classes or a carried-forward line, the class completed this period with its
school, date and hours, and required / completed / remaining instruction
hours. Signatures and a footer close it. Only the class completed this
period is the credit; every other hour figure is progress bookkeeping."""

SOURCE = (
    "elevateforhumanity/fix2:HOUR_TRACKING_GUIDE.md (apprenticeship hour tracking: theory hours "
    "from courses beside practical hours logged per activity, hours remaining to the goal, "
    "supervisor approval) and the wording of registered-apprenticeship progress reports "
    "(work process schedule, on-the-job learning hours, related technical instruction)"
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
.w { position:absolute; inset:34px 40px 28px; font: 12.5px ${face}; color:#1a1a1a }
.hd { display:flex; justify-content:space-between; align-items:flex-end; border-bottom:${rule}; padding-bottom:6px }
.hd .sp { font: bold 18px ${head}; color:${dark} } .hd .sp small { display:block; font: 10.5px ${face}; color:#555; margin-top:2px }
.hd .tt { text-align:right; font: bold 15px ${head}; text-transform:uppercase; letter-spacing:1.2px; color:${dark} }
.hd .tt small { display:block; font: 10px ${face}; letter-spacing:0; text-transform:none; color:#555 }
.id { display:grid; grid-template-columns: 1.5fr .8fr 1.4fr 1.2fr 1.2fr; margin-top:8px; border:1px solid #999 }
.id div { padding:4px 8px; border-right:1px solid #bbb; font-size:13px } .id div:last-child { border-right:none }
.id i { display:block; font-style:normal; font-size:8.5px; color:#666; text-transform:uppercase; letter-spacing:.5px }
.cols { display:flex; gap:16px; margin-top:14px; align-items:flex-start }
.cols > div { flex:1.55 } .cols > div.r { flex:1 }
.cap { font: bold 10.5px ${face}; text-transform:uppercase; letter-spacing:.8px; color:${dark}; margin-bottom:3px }
table { width:100%; border-collapse:collapse }
th { background:${light}; border:1px solid #999; font-size:9.5px; text-transform:uppercase; letter-spacing:.3px; padding:3px 4px; text-align:left; color:#333 }
td { border:1px solid #bbb; padding:5px 5px; font-size:12.5px; vertical-align:top }
td.n, th.n { text-align:right; white-space:nowrap }
tr.tot td { font-weight:bold; background:${light} }
tr.now td { background:${hi} }
.bar { width:54px; height:7px; border:1px solid #888; display:inline-block; vertical-align:middle }
.bar span { display:block; height:100%; background:${dark} }
.sum { margin-top:6px; border:1px solid #999 }
.sum div { display:flex; justify-content:space-between; padding:4px 8px; font-size:12.5px; border-bottom:1px solid #ddd }
.sum div:last-child { border-bottom:none }
.note { margin-top:8px; font-size:10px; color:#555; line-height:12px }
.low { display:flex; gap:16px; margin-top:16px; align-items:flex-start }
.low .cm { flex:1.55; border:1px solid #999; padding:5px 8px; min-height:74px; font-size:12px; line-height:17px }
.low .cm .hw { font: 17px ${hand}; color:#1c2f78; line-height:21px }
.low .wg { flex:1 } .low .wg td { font-size:11.5px; padding:3px 5px }
.sg { display:flex; gap:24px; margin-top:22px }
.sg div { flex:1; font-size:9px; color:#555; text-transform:uppercase; letter-spacing:.4px }
.sg .h { height:26px; border-bottom:1px solid #333; font: 19px ${hand}; color:#1c2f78; text-transform:none; letter-spacing:0; white-space:nowrap; overflow:hidden; line-height:30px }
.sg .v { height:26px; border-bottom:1px solid #333; font-size:11.5px; color:#111; text-transform:none; letter-spacing:0; line-height:34px }
.ft { position:absolute; left:0; right:0; bottom:0; font-size:8.5px; color:#777; display:flex; justify-content:space-between; border-top:1px solid #ccc; padding-top:2px }
</style>
<div class="w">
 <div class="hd"><div class="sp">${sponsor}<small>${sponsor_line}</small></div>
  <div class="tt">${heading}<small>${program}</small></div></div>
 <div class="id">
  <div><i>Apprentice</i>${name}</div>
  <div><i>${no_label}</i>${app_no}</div>
  <div><i>Occupation</i>${occupation}</div>
  <div><i>${mentor_label}</i>${mentor}</div>
  <div><i>Reporting period</i>${period}</div>
 </div>
 <div class="cols">
  <div>
   <div class="cap">${ojl_cap}</div>
   <table>
    <tr><th>Work process</th><th class="n">Required</th><th class="n">Prior</th><th class="n">This period</th><th class="n">Cumulative</th><th>Progress</th></tr>
    ${ojl_html}
   </table>
  </div>
  <div class="r">
   <div class="cap">${rti_cap}</div>
   <table>
    <tr><th>Class</th><th>Date</th><th class="n">Hrs</th></tr>
    ${rti_html}
   </table>
   <div class="sum">${rti_sum_html}</div>
   <div class="note">${rti_note}</div>
  </div>
 </div>
 <div class="low">
  <div class="cm"><div class="cap">${cm_cap}</div><div class="hw">${comment}</div></div>
  <div class="wg"><div class="cap">Wage progression</div><table>
   <tr><th>Step</th><th class="n">At OJL hours</th><th class="n">Rate</th></tr>${wage_html}</table></div>
 </div>
 <div class="sg">
  <div><div class="h">${sig_app}</div>Apprentice</div>
  <div><div class="h">${mentor}</div>Journeyworker / mentor</div>
  <div><div class="h">${coord}</div>${coord_role}</div>
  <div><div class="v">${signed}</div>Date reviewed</div>
 </div>
 <div class="ft"><span>${foot_l}</span><span>${foot_r}</span></div>
</div>
"""

SPONSORS = [
    ("Ironwood Restoration & Mitigation", "Apprenticeship sponsor · Water · Fire · Mold"),
    ("Northgate Property Recovery, Inc.", "Registered apprenticeship program sponsor"),
    ("Sable River Restoration Co.", "Employer sponsor · 24-hour emergency service"),
    ("Anchor Point Disaster Services", "Sponsor of record · Mitigation & rebuild"),
]
PROCESSES = [
    "Emergency water extraction & equipment setup",
    "Moisture mapping & psychrometric monitoring",
    "Controlled demolition & flood cuts",
    "Contents pack-out & inventory",
    "Microbial containment & HEPA work",
    "Fire & smoke residue cleaning",
    "Odor control & deodorization",
    "Job documentation & customer contact",
    "Equipment maintenance & warehouse",
]


def fill(d):
    import html
    from datetime import timedelta

    from corpus import formats as F
    from corpus import values as V

    e = html.escape
    r = d.rng
    credit = float(d.credit)

    def avoid(x):
        return x + d.pick([8, 12, 16]) if abs(x - credit) < 1e-9 else x

    sponsor, sponsor_line = d.pick(SPONSORS)
    # the period: a quarter ending a few weeks after the class
    end = d.completed + timedelta(days=r.randint(5, 40))
    start = end - timedelta(days=r.choice([89, 90, 91]))
    period = F.fmt_range(start, end, r)

    rows, tot = [], [0, 0, 0, 0]
    for proc in r.sample(PROCESSES, d.pick([5, 6, 7])):
        req = d.pick([160, 200, 240, 300, 320, 400, 480, 600])
        prior = r.randrange(0, req // 20) * 10 if d.chance(0.8) else 0
        now = avoid(float(r.randrange(4, 24) * 2 + d.pick([0, 0, 4])))
        cum = min(req, prior + now)
        pct = round(100 * cum / req)
        for i, v in enumerate((req, prior, now, cum)):
            tot[i] += v
        rows.append(
            f"<tr><td>{e(proc)}</td><td class='n'>{req}</td><td class='n'>{prior}</td>"
            f"<td class='n'>{now:g}</td><td class='n'>{cum:g}</td>"
            f"<td style='white-space:nowrap'><span class='bar'><span style='width:{pct}%'></span></span> {pct}%</td></tr>"
        )
    rows.append(
        f"<tr class='tot'><td>Total on-the-job learning</td><td class='n'>{tot[0]:,}</td>"
        f"<td class='n'>{tot[1]:,g}</td><td class='n'>{tot[2]:g}</td><td class='n'>{tot[3]:,g}</td>"
        f"<td>{round(100 * tot[3] / tot[0])}%</td></tr>"
    )

    # related instruction: earlier classes (or a carried line), then this period's class
    earlier = [c for c in V.CE_COURSES if c != d.course]
    rti, prior_rti = [], 0.0
    if d.chance(0.6):
        for course in r.sample(earlier, d.pick([1, 2])):
            h = avoid(float(d.pick([4, 6, 8, 16, 24])))
            day = start - timedelta(days=r.randint(30, 300))
            prior_rti += h
            rti.append(
                f"<tr><td>{e(course)}</td><td>{F.fmt_date(day, 'us_numeric')}</td>"
                f"<td class='n'>{h:g}</td></tr>"
            )
    else:
        prior_rti = avoid(float(d.pick([24, 32, 40, 48, 56])))
        rti.append(
            f"<tr><td><i>{d.pick(['Carried forward from prior periods', 'Balance forward'])}</i></td>"
            f"<td></td><td class='n'>{prior_rti:g}</td></tr>"
        )
    title = d.title(d.pick(["plain", "with_code", "plain"]))
    school = d.provider()
    hours = d.hours_number()
    when = d.date(d.pick(["us_numeric", "us_short", "short_month"]))
    rti.append(
        f"<tr class='now'><td><b>{e(title)}</b><br><span style='font-size:9.5px;color:#444'>"
        f"{e(school)}</span></td><td>{e(when)}</td><td class='n'><b>{e(hours)}</b></td></tr>"
    )
    required_rti = d.pick([144, 144, 160, 200])
    done_rti = prior_rti + credit
    sums = [
        ("Instruction hours required", f"{required_rti}"),
        ("Completed to date", f"{done_rti:g}"),
        ("Remaining", f"{max(0.0, required_rti - done_rti):g}"),
    ]
    mentor = d.person()
    coord = d.person()
    base = d.pick([17, 18, 19, 20, 21])
    wage = []
    for i, at in enumerate(d.pick([[0, 1000, 2000, 3000], [0, 1500, 3000], [0, 800, 1600, 2400]])):
        mark = " &#10003;" if tot[3] >= at else ""
        wage.append(
            f"<tr><td>{i + 1}{mark}</td><td class='n'>{at:,}</td>"
            f"<td class='n'>${base + 1.5 * i:.2f}/hr</td></tr>"
        )
    signed = end + timedelta(days=r.randint(3, 20))
    name = d.name(d.pick(["plain", "plain", "last_first"]))
    return {
        "face": d.fonts[d.pick(["sans", "cond", "sans"])],
        "head": d.fonts[d.pick(["sans", "serif", "display"])],
        "hand": d.fonts["hand"],
        "rule": d.pick(["3px solid " + d.colors["dark"], "1.5px solid #333", "4px double #444"]),
        "hi": d.pick(["#fff4c9", "#e6f2e6", "#e8eefa"]),
        "sponsor": sponsor,
        "sponsor_line": f"{sponsor_line} · {d.phone()}",
        "heading": d.pick(
            ["Apprentice Progress Record", "Quarterly Progress Report", "Apprentice Hours Record"]
        ),
        "program": d.pick(
            [
                "Registered apprenticeship · restoration technician",
                "Work process schedule and related instruction",
                "Program no. " + d.number(),
            ]
        ),
        "name": name,
        "no_label": d.pick(["Apprentice no.", "RAPIDS ID", "Reg. no."]),
        "app_no": f"{r.randrange(10, 99)}-{r.randrange(100000, 999999)}",
        "occupation": d.pick(
            ["Restoration Technician", "Water Restoration Tech", "Mitigation Technician"]
        ),
        "mentor_label": d.pick(["Mentor", "Journeyworker", "Supervisor"]),
        "mentor": mentor,
        "period": period,
        "ojl_cap": d.pick(["On-the-job learning", "OJL hours by work process", "Work experience"]),
        "ojl_html": "".join(rows),
        "rti_cap": d.pick(
            ["Related technical instruction", "Related instruction (RTI)", "Classroom instruction"]
        ),
        "rti_html": "".join(rti),
        "rti_sum_html": "".join(f"<div><span>{k}</span><b>{v}</b></div>" for k, v in sums),
        "rti_note": d.pick(
            [
                "Highlighted row: class completed this reporting period; hours as shown on the "
                "school's certificate of completion.",
                "Instruction hours are credited when the school's certificate is on file. OJL hours "
                "are from approved weekly time records.",
            ]
        ),
        "wage_html": "".join(wage),
        "cm_cap": d.pick(["Mentor comments", "Evaluation this period", "Remarks"]),
        "comment": d.pick(
            [
                "Good progress on setup and monitoring. Needs more reps on demo and contents.",
                "Reliable on water jobs, readings are accurate. Work on documentation photos.",
                "Ready to run small losses with a lead. Keep up with class schedule.",
            ]
        ),
        "sig_app": d.plain_name,
        "coord": coord,
        "coord_role": d.pick(["Program coordinator", "Training director", "Apprenticeship rep."]),
        "signed": F.fmt_date(signed, d.pick(["us_numeric", "short_month"])),
        "foot_l": d.pick(
            [
                "Retain with the apprentice file. Copy to apprentice and to the registration agency.",
                "Hours must be verified by the mentor before submission. Page 1 of 1.",
            ]
        ),
        "foot_r": f"Form AP-{r.randrange(2, 9)} rev. {r.randrange(2015, 2024)}",
    }
