"""An apprentice's progress record from a restoration company's registered
apprenticeship, printed landscape at the end of a reporting period. A header
with the sponsor company and the record's name; a labelled strip for the
apprentice, the occupation, the mentor and the period. The left side is a
grid of on-the-job work processes with hours required, hours before the
period, hours this period and hours to date, with a totals row. The right
side posts the related-instruction class finished in the period (title,
school, date, approval and the hours it carries), then the related
instruction required, to date and still owed. Signature lines and a tiny
footer close it. Only the posted class's hours are credit to the holder; the
rest are work hours and running totals."""

SOURCE = (
    "elevateforhumanity/fix2:HOUR_TRACKING_GUIDE.md (apprenticeship hour tracking: theory "
    "hours from courses beside practical hours logged at work, totals required and hours "
    "remaining to goal, supervisor approval); wording of registered-apprenticeship "
    "progress reports (work processes, OJL hours, related technical instruction)"
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
    "distractor-org",
    "tiny-footer",
)

TEMPLATE = """<style>
.w { position:absolute; inset:34px 40px 26px; font: 13px ${sans}; color:#1d1d1d }
.hd { display:flex; align-items:flex-end; justify-content:space-between; border-bottom:${rule_px}px solid ${dark}; padding-bottom:7px }
.co b { display:block; font: bold 21px ${head}; color:${dark} } .co span { font-size:11px; color:#555 }
.tt { text-align:right } .tt b { display:block; font: bold 18px ${sans}; letter-spacing:${track}px; text-transform:uppercase }
.tt span { font-size:11.5px; color:#444 }
.strip { display:grid; grid-template-columns:1.5fr 1.3fr 1fr 1.2fr 1.1fr; border:1px solid #999; border-top:0; background:${light} }
.strip div { padding:6px 9px; border-right:1px solid #bbb; font-size:13.5px } .strip div:last-child { border-right:0 }
.strip i { display:block; font-style:normal; font-size:9.5px; text-transform:uppercase; letter-spacing:.6px; color:#666 }
.body { display:flex; gap:22px; margin-top:18px }
.l { flex:1.55 } .r { flex:1 }
.cap { font: bold 12px ${sans}; text-transform:uppercase; letter-spacing:.8px; color:${dark}; margin-bottom:4px }
table { width:100%; border-collapse:collapse }
.ojl th { font-size:10.5px; text-align:right; padding:5px 6px; border-bottom:1.5px solid #333; color:#333; font-weight:bold }
.ojl th:first-child, .ojl td:first-child { text-align:left }
.ojl td { padding:6px 6px; border-bottom:1px solid #ddd; text-align:right; white-space:nowrap }
.ojl td:first-child { white-space:normal }
.ojl tr.t td { border-top:1.5px solid #333; border-bottom:0; font-weight:bold }
.pb { display:inline-block; width:38px; height:6px; background:#e4e4e4; vertical-align:middle; margin-left:4px }
.pb i { display:block; height:100%; background:${accent} }
.post { border:${box_border}; padding:10px 12px; margin-bottom:12px }
.post .kv { display:grid; grid-template-columns:96px 1fr; row-gap:5px; font-size:13px }
.post .kv span { color:#555; font-size:11.5px }
.post .cr { margin-top:9px; font: bold 17px ${sans}; color:${dark} }
.rti td { padding:5px 6px; border-bottom:1px dotted #aaa; font-size:12.5px } .rti td.n { text-align:right; white-space:nowrap }
.note { margin-top:9px; font-size:11px; color:#444; line-height:15px }
.cm { margin-top:12px; border:1px solid #aaa; padding:6px 9px; min-height:84px; font-size:12px; line-height:17px }
.cm i { display:block; font-style:normal; font-size:9.5px; text-transform:uppercase; letter-spacing:.6px; color:#666 }
.cm span { font: 17px ${hand}; color:#233a7a }
.wg { margin-top:12px; font-size:12px; line-height:17px; border-left:3px solid ${accent}; padding-left:9px }
.sg { position:absolute; left:0; right:0; bottom:34px; display:flex; gap:26px }
.sg div { flex:1; border-top:1px solid #333; padding-top:3px; font-size:10.5px; color:#555 }
.sg b { display:block; font: 21px ${hand}; color:#233a7a; height:24px; margin-top:-28px; font-weight:normal; white-space:nowrap; overflow:hidden }
.ft { position:absolute; left:0; right:0; bottom:0; font-size:8.5px; color:#777; display:flex; justify-content:space-between }
</style>
<div class="w">
 <div class="hd">
  <div class="co"><b>${company}</b><span>${company_line}</span></div>
  <div class="tt"><b>${heading}</b><span>${period_line}</span></div>
 </div>
 <div class="strip">
  <div><i>Apprentice</i>${name}</div>
  <div><i>Occupation</i>${occupation}</div>
  <div><i>${id_label}</i>${app_id}</div>
  <div><i>${mentor_label}</i>${mentor}</div>
  <div><i>Start of term</i>${start}</div>
 </div>
 <div class="body">
  <div class="l">
   <div class="cap">${ojl_cap}</div>
   <table class="ojl">
    <tr><th>Work process</th><th>${h_req}</th><th>${h_prior}</th><th>${h_now}</th><th>${h_todate}</th></tr>
    ${rows_html}
   </table>
   <div class="note">${ojl_note}</div>
   <div class="cm"><i>${cm_label}</i><span>${comment}</span></div>
  </div>
  <div class="r">
   <div class="cap">${rti_cap}</div>
   <div class="post">
    <div class="kv">
     <span>Class</span><b>${title}</b>
     <span>${school_label}</span><div>${provider}</div>
     <span>Completed</span><div>${date}</div>
     <span>${appr_label}</span><div>${approval}</div>
    </div>
    <div class="cr">${credit_line}</div>
   </div>
   <table class="rti">${rti_html}</table>
   <div class="note">${rti_note}</div>
   <div class="wg">${wage_html}</div>
  </div>
 </div>
 <div class="sg">
  <div><b>${mentor}</b>${mentor_role}</div>
  <div><b>${sig_name}</b>Apprentice</div>
  <div><b>&nbsp;</b>${coord_role} &middot; ${coord}</div>
 </div>
 <div class="ft"><span>${foot_left}</span><span>${foot_right}</span></div>
</div>
"""

COMPANIES = [
    ("Ironwood Restoration Group", "Water · Fire · Mold · Reconstruction"),
    ("Meridian Property Recovery, Inc.", "Registered apprenticeship sponsor"),
    ("Two Creeks Disaster Cleanup", "Emergency mitigation since 1998"),
    ("Pioneer Water & Smoke Restoration", "Residential and commercial losses"),
    ("Halvorsen Restoration Services LLC", "24-hour emergency response"),
]
PROCESSES = [
    "Emergency water extraction and equipment setup",
    "Moisture inspection, mapping and monitoring",
    "Structural drying and dehumidification",
    "Controlled demolition and debris removal",
    "Microbial containment and remediation",
    "Fire and smoke residue cleaning",
    "Contents handling, pack-out and inventory",
    "Odor control and deodorization",
    "Job documentation and customer communication",
    "Jobsite safety, PPE and hazard recognition",
]


def _hours(x):
    return f"{x:,.0f}" if x == int(x) else f"{x:,.1f}"


def fill(d):
    from datetime import timedelta

    from corpus import formats as F

    r = d.rng
    credit = float(d.credit)
    style = d.pick(["us_numeric", "short_month", "us_short", "dd_mon_yyyy", "long"])
    end = d.completed + timedelta(days=r.randint(2, 25))
    months = d.pick([3, 6])
    begin = end - timedelta(days=30 * months)
    start = begin - timedelta(days=r.randint(200, 900))

    procs = r.sample(PROCESSES, d.pick([6, 7, 8]))
    rows, tot = [], [0, 0, 0, 0]
    for p in procs:
        req = d.pick([250, 300, 400, 500, 600, 750, 1000])
        prior = r.randrange(0, int(req * 0.8) // 10 + 1) * 10
        now = r.choice([0, 0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 120])
        if now == credit:
            now += 8
        now = min(now, req - prior)
        todate = prior + now
        pct = round(100 * todate / req)
        for i, v in enumerate((req, prior, now, todate)):
            tot[i] += v
        now_txt = _hours(now) if now else d.pick(["—", "0"])
        rows.append(
            f"<tr><td>{p}</td><td>{_hours(req)}</td><td>{_hours(prior)}</td><td>{now_txt}</td>"
            f"<td>{_hours(todate)}<span class='pb'><i style='width:{pct}%'></i></span></td></tr>"
        )
    rows.append(
        "<tr class='t'><td>Total on-the-job learning</td>"
        + "".join(f"<td>{_hours(v)}</td>" for v in tot)
        + "</tr>"
    )

    rti_req = d.pick([144, 144, 160, 200, 240])
    rti_prior = r.randrange(8, rti_req // 2)
    if rti_prior == credit:
        rti_prior += 4
    rti_now = rti_prior + credit
    rti_left = max(0.0, rti_req - rti_now)
    unit = d.pick(["hrs", "hours", "h"])
    rti_html = (
        f"<tr><td>{d.pick(['Related instruction required', 'RTI required for the term'])}</td>"
        f"<td class='n'>{rti_req} {unit}</td></tr>"
        f"<tr><td>{d.pick(['Before this period', 'Posted in earlier periods'])}</td>"
        f"<td class='n'>{_hours(rti_prior)} {unit}</td></tr>"
        f"<tr><td><b>{d.pick(['RTI to date', 'Total related instruction to date'])}</b></td>"
        f"<td class='n'><b>{_hours(rti_now)} {unit}</b></td></tr>"
        f"<tr><td>{d.pick(['Still to complete', 'Remaining', 'Balance owed'])}</td>"
        f"<td class='n'>{_hours(rti_left)} {unit}</td></tr>"
    )

    title = d.title(d.pick(["plain", "with_code", "code_first"]))
    provider = d.provider()
    date = d.date(style)
    approval = d.approval()
    hstyle = d.pick(["n_hours", "credit_hours", "hrs", "cec_hours", "n_rti"])
    if hstyle == "n_hours":
        credit_line = f"{d.hours_number()} hours credited to related instruction"
    elif hstyle == "n_rti":
        credit_line = f"RTI hours posted: {d.hours_number()}"
    else:
        credit_line = d.hours(
            {"credit_hours": "credit_hours", "hrs": "hrs"}.get(hstyle, "cec_hours")
        )

    step = r.randint(2, 5)
    next_ojl = (tot[3] // 500 + 1) * 500
    next_rti = (int(rti_now) // 48 + 1) * 48
    wage_html = (
        f"<b>{d.pick(['Wage step', 'Pay step', 'Progression step'])} {step} of 6</b> · "
        f"${r.randrange(17, 29)}.{d.pick(['00', '25', '50', '75'])}/hr<br>"
        f"{d.pick(['Next step at', 'Eligible for next step at'])} {next_ojl:,} OJL hours "
        f"and {next_rti} RTI hours."
    )
    company, line = d.pick(COMPANIES)
    mentor = d.person()
    name = d.name(d.pick(["plain", "plain", "upper", "last_first"]))
    return {
        "head": d.fonts[d.pick(["serif", "display", "sans"])],
        "rule_px": d.pick(["2", "3", "4"]),
        "track": d.pick(["0", "1", "2"]),
        "box_border": d.pick(
            [f"2px solid {d.colors['accent']}", "1.5px dashed #555", "1px solid #888"]
        ),
        "company": company,
        "company_line": f"{line} · {d.phone()}",
        "heading": d.pick(
            [
                "Apprentice Progress Record",
                "Apprenticeship Progress Report",
                "Apprentice Hour Record",
            ]
        ),
        "period_line": f"Reporting period {F.fmt_date(begin, style)} – {F.fmt_date(end, style)}",
        "name": name,
        "sig_name": d.plain_name,
        "occupation": d.pick(
            [
                "Restoration Technician",
                "Water & Fire Restoration Technician",
                "Remediation Technician",
            ]
        ),
        "id_label": d.pick(["Apprentice no.", "Registration no.", "RAPIDS no."]),
        "app_id": f"{start.year}-{r.choice(['WA', 'OH', 'TX', 'CO', 'GA'])}-{r.randrange(10000, 99999)}",
        "mentor_label": d.pick(["Mentor", "Journeyworker", "Supervisor"]),
        "mentor": mentor,
        "start": F.fmt_date(start, style),
        "ojl_cap": d.pick(["On-the-job learning", "Work process hours (OJL)", "Work experience"]),
        "h_req": d.pick(["Required", "Req'd hrs"]),
        "h_prior": d.pick(["Prior", "Brought fwd"]),
        "h_now": d.pick(["This period", "Period"]),
        "h_todate": d.pick(["To date", "Cumulative"]),
        "rows_html": "".join(rows),
        "ojl_note": d.pick(
            [
                "Work hours are taken from approved weekly time records and are not continuing "
                "education credit.",
                "On-the-job hours are verified by the mentor from job files. They count toward the "
                "term of the apprenticeship only.",
            ]
        ),
        "cm_label": d.pick(["Mentor comments", "Remarks", "Progress notes"]),
        "comment": d.pick(
            [
                "Good progress on drying jobs. Needs more time on mold containment.",
                "Reliable on water losses, sets equipment without help now.",
                "Keep working on moisture logs and photo documentation.",
                "Ready to lead small extraction jobs with a helper.",
            ]
        ),
        "wage_html": wage_html,
        "rti_cap": d.pick(
            ["Related instruction posted", "Related technical instruction", "Class completed"]
        ),
        "title": title,
        "school_label": d.pick(["School", "Provider", "Taught by"]),
        "provider": provider,
        "date": date,
        "appr_label": d.pick(["Approval", "Course no.", "Approval #"]),
        "approval": approval,
        "credit_line": credit_line,
        "rti_html": rti_html,
        "rti_note": d.pick(
            [
                "Certificate of completion on file.",
                "Posted from the school's certificate; copy attached to the file.",
                "",
            ]
        ),
        "mentor_role": d.pick(["Mentor signature", "Journeyworker signature"]),
        "coord_role": d.pick(["Program coordinator", "Apprenticeship coordinator"]),
        "coord": d.person(),
        "foot_left": d.pick(
            [
                "Keep with the apprentice's file. Send a copy to the registration agency each period.",
                "Progress record — page 1 of 1",
            ]
        ),
        "foot_right": f"Prepared {d.other_date('issue', style)}",
    }
