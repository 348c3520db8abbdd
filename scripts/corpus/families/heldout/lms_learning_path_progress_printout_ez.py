"""A learning path's progress page printed from an online school's learning
platform, landscape: the browser's print header, the platform's top bar
with its name and the learner's name, a breadcrumb, the path's title, a
left panel with a progress ring and the path's estimated time, time spent,
courses complete and the path's due date, and a table of the path's
courses (order, course, format, estimated time, time spent, progress bar,
status, credit). One course is complete with its completion date and its
credit; the others are in progress or not started and show the credit
they would carry. A certificate line for the finished course and the page
address at the foot. Only the finished course's credit is awarded."""

SOURCE = (
    "OpenOLAT/OpenOLAT-docs:sites/manual_user/docs/course_create/"
    "Learning_path_course_-_Participant_view.md (learning path overview: progress bar and "
    "percentage, completion status of each element, scheduled completion time, dates) and "
    "openHPI/TeachingTeamGuidelines:docs/features/analytics/progress.md (progress page with "
    "certificate downloads at the foot)"
)
KIND = "course"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "web-printout",
    "table",
    "record",
    "landscape",
    "in-progress",
    "provider-in-logo",
    "distractor-date",
    "tiny-footer",
)

TEMPLATE = """<style>
.pr { position:absolute; left:30px; right:30px; top:12px; display:flex; justify-content:space-between; font: 9.5px ${ui}; color:#444 }
.w { position:absolute; left:30px; right:30px; top:32px; bottom:30px; font: 12px ${ui}; color:#1e2328 }
.nav { display:flex; align-items:center; gap:10px; background:${navbg}; color:${navfg}; padding:8px 14px; border-radius:${rad} ${rad} 0 0 }
.nav .lg { width:28px; height:28px; border-radius:7px; background:${acc}; color:#fff; font: bold 12px ${ui}; display:flex; align-items:center; justify-content:center }
.nav b { font-size:14px; flex:1 } .nav span { font-size:11.5px } .nav i { font-style:normal; display:inline-block; width:24px; height:24px; border-radius:50%; background:${acc}; color:#fff; text-align:center; line-height:24px; font-size:10px; margin-left:6px }
.crumb { font-size:10.5px; color:#667; padding:8px 2px 2px }
h1 { margin:2px 2px 10px; font: bold 21px ${head} }
.body { display:flex; gap:16px; align-items:flex-start }
.side { width:210px; flex:none; border:1px solid #d6dae0; border-radius:${rad}; padding:12px }
.ring { width:104px; height:104px; border-radius:50%; margin:2px auto 10px; background:conic-gradient(${acc} ${pct}%, #e4e7eb 0); display:flex; align-items:center; justify-content:center }
.ring div { width:78px; height:78px; border-radius:50%; background:#fff; text-align:center; font: bold 20px ${ui}; line-height:78px }
.side p { display:flex; justify-content:space-between; margin:0; padding:4px 0; border-bottom:1px solid #eceef1; font-size:11.5px }
.side p span { color:#667 } .side p:last-child { border-bottom:none }
.main { flex:1 }
table { width:100%; border-collapse:collapse }
th { text-align:left; font-size:10px; text-transform:uppercase; letter-spacing:.4px; color:#667; border-bottom:2px solid #d6dae0; padding:5px 6px }
td { padding:8px 6px; border-bottom:1px solid #e6e8eb; vertical-align:middle; font-size:12px }
td.n, th.n { text-align:right; white-space:nowrap } td .s { display:block; font-size:10px; color:#778 }
td.p { white-space:nowrap }
.pb { width:64px; height:7px; background:#e4e7eb; border-radius:4px; display:inline-block; vertical-align:middle; margin-right:4px }
.pb span { display:block; height:100%; background:${acc}; border-radius:4px }
.chip { font-size:10px; border-radius:9px; padding:2px 7px; white-space:nowrap }
.c-done { background:${okbg}; color:${okfg}; font-weight:bold } .c-prog { background:#fff4d6; color:#8a5a00 } .c-new { background:#eef0f3; color:#556 }
tr.done td { background:${donebg} }
.cert { margin-top:12px; border:1px dashed #b9c0c8; border-radius:${rad}; padding:8px 12px; font-size:11.5px; display:flex; justify-content:space-between; align-items:center }
.cert b.btn { background:${acc}; color:#fff; padding:5px 10px; border-radius:5px; font-size:11px }
.pf { position:absolute; left:30px; right:30px; bottom:10px; display:flex; justify-content:space-between; font: 9.5px ${ui}; color:#444 }
</style>
<div class="pr"><span>${printed}</span><span>${tab_title}</span></div>
<div class="w">
 <div class="nav"><div class="lg">${mark}</div><b>${org}</b><span>${name}</span><i>${initials}</i></div>
 <div class="crumb">${crumb}</div>
 <h1>${path_title}</h1>
 <div class="body">
  <div class="side">
   <div class="ring"><div>${pct}%</div></div>
   ${side_html}
  </div>
  <div class="main">
   <table>
    <tr><th>#</th><th>Course</th><th>Format</th><th class="n">${est_head}</th><th class="n">Time spent</th><th>Progress</th><th>Status</th><th class="n">${credit_head}</th></tr>
    ${rows_html}
   </table>
   <div class="cert"><span>${cert_line}</span><b class="btn">${btn}</b></div>
  </div>
 </div>
</div>
<div class="pf"><span>${url}</span><span>1/1</span></div>
"""


def _hm(h: float) -> str:
    mins = int(round(h * 60))
    return f"{mins // 60} h {mins % 60:02d} m" if mins >= 60 else f"{mins} m"


def fill(d):
    import html
    from datetime import timedelta

    from corpus import formats as F
    from corpus import values as V

    e = html.escape
    r = d.rng
    credit = float(d.credit)
    org = d.provider()
    words = [w for w in org.replace(",", "").replace("&", "").split() if w[:1].isupper()]
    mark = "".join(w[0] for w in words[:2])
    name = d.name(d.pick(["plain", "plain", "upper"]))
    initials = "".join(p[0] for p in d.plain_name.split()[:2])
    title = d.title(d.pick(["plain", "with_code"]))
    hours = d.hours_number()
    done_date = d.date(d.pick(["short_month", "us_numeric", "iso"]))

    n = d.pick([4, 5, 5, 6])
    pos = r.randrange(0, min(3, n))
    others = r.sample([c for c in V.CE_COURSES if c != d.course], n - 1)
    rows, est_total, spent_total, done_n = [], 0.0, 0.0, 0
    formats = ["Self-paced video", "Live online", "Reading + quiz", "Virtual lab", "Webinar replay"]
    oi = 0
    for i in range(n):
        if i == pos:
            est = credit + d.pick([0, 0.5, 1])
            spent = credit + d.pick([0.25, 0.6, 1.1, -0.2 if credit > 1 else 0.3])
            est_total += est
            spent_total += spent
            done_n += 1
            rows.append(
                f"<tr class='done'><td>{i + 1}</td><td><b>{e(title)}</b><span class='s'>Completed "
                f"{e(done_date)}</span></td><td>{d.pick(formats)}</td><td class='n'>{est:g} h</td>"
                f"<td class='n'>{_hm(spent)}</td><td class='p'><span class='pb'><span style='width:100%'></span>"
                f"</span>100%</td><td><span class='chip c-done'>{d.pick(['Completed', 'Passed', 'Complete'])}"
                f"</span></td><td class='n'><b>{e(hours)}</b></td></tr>"
            )
            continue
        course = others[oi]
        oi += 1
        c = float(d.pick([x for x in (1, 1.5, 2, 3, 4, 6) if x != credit]))
        est = c + d.pick([0, 0.5])
        if i < pos or d.chance(0.4):
            pct = d.pick([10, 25, 40, 55, 70, 85])
            spent = round(est * pct / 100 * 4) / 4
            status = "<span class='chip c-prog'>In progress</span>"
        else:
            pct, spent = 0, 0.0
            status = "<span class='chip c-new'>Not started</span>"
        est_total += est
        spent_total += spent
        pend = d.pick([f"({c:g} on completion)", f"{c:g} pending", "—"])
        rows.append(
            f"<tr><td>{i + 1}</td><td>{e(course)}</td><td>{d.pick(formats)}</td>"
            f"<td class='n'>{est:g} h</td><td class='n'>{_hm(spent) if spent else '—'}</td>"
            f"<td class='p'><span class='pb'><span style='width:{pct}%'></span></span>{pct}%</td>"
            f"<td>{status}</td><td class='n' style='color:#778'>{pend}</td></tr>"
        )
    pct_all = round(100 * spent_total / est_total)
    due = d.completed + timedelta(days=r.randint(30, 200))
    side = [
        ("Courses complete", f"{done_n} of {n}"),
        (d.pick(["Estimated time", "Path length"]), f"{est_total:g} h"),
        ("Time spent", _hm(spent_total)),
        (d.pick(["Due", "Target date"]), F.fmt_date(due, "short_month")),
        ("Enrolled", F.fmt_date(d.completed - timedelta(days=r.randint(20, 120)), "short_month")),
    ]
    printed = d.completed + timedelta(days=r.randint(1, 25))
    slug = d.web().removeprefix("www.")
    return {
        "ui": d.fonts[d.pick(["sans", "sans", "cond"])],
        "head": d.fonts[d.pick(["sans", "display"])],
        "acc": d.pick(["#2563eb", "#0f766e", "#7c3aed", "#b45309", "#be185d"]),
        **dict(
            zip(
                ("navbg", "navfg"),
                d.pick(
                    [
                        ("#111827", "#fff"),
                        ("#f3f4f6", "#111"),
                        ("#1f2937", "#fff"),
                        ("#fff", "#111"),
                    ]
                ),
                strict=True,
            )
        ),
        "rad": d.pick(["0", "6px", "10px"]),
        "okbg": "#dcfce7",
        "okfg": "#166534",
        "donebg": d.pick(["#f6fef9", "#ffffff", "#f3f8ff"]),
        "pct": pct_all,
        "printed": F.fmt_date(printed, "us_short")
        + f", {r.randrange(1, 12)}:{r.randrange(10, 59)} PM",
        "tab_title": f"Learning path progress | {org}",
        "mark": mark,
        "org": org,
        "name": name,
        "initials": initials,
        "crumb": d.pick(["Home › Learning paths › My progress", "My learning › Paths › Progress"]),
        "path_title": d.pick(
            [
                "Restoration Technician Pathway",
                "Water Loss Specialist Track",
                "Annual CE Bundle for Technicians",
                "Crew Lead Development Path",
            ]
        ),
        "side_html": "".join(f"<p><span>{k}</span><b>{e(v)}</b></p>" for k, v in side),
        "est_head": d.pick(["Est. time", "Length", "Duration"]),
        "credit_head": d.pick(["Credit", "CE hrs", "CECs"]),
        "rows_html": "".join(rows),
        "cert_line": f"Certificate no. {d.number()} issued for {title} on {done_date}",
        "btn": d.pick(["Download PDF", "View certificate", "Download"]),
        "url": f"https://learn.{slug}/paths/{r.randrange(100, 999)}/progress",
    }
