"""A school's continuing-education transcript printed for one learner,
portrait, in the manner of a college registrar's non-credit record: the
school's name centred over a thin double rule with the record's title, a
two-column block for the learner (name, learner number, address, printed
on), then term sections, each with a row per class: class number, title,
start and end dates, a status code, scheduled hours, earned hours and CEUs.
Only one class is complete; the others are withdrawn, in progress,
registered for a later date or audited, and earn nothing. A totals line, a
key to the status codes and a registrar's line close it. The scheduled hours
of the other classes and the scheduled total are not the credit."""

SOURCE = (
    "bamwine/university:application/views/backend/admin/student_marksheet_print_view.php "
    "(transcript print view: school header, student details, overview of credit attempted "
    "and earned, course rows); wording of college non-credit continuing education records "
    "(contact hours scheduled and earned, CEUs, status codes)"
)
KIND = "course"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "record",
    "table",
    "labelled",
    "portrait",
    "distractor-date",
    "tiny-footer",
    "ceu",
)

TEMPLATE = """<style>
.w { position:absolute; inset:48px 56px 36px; font: 12px ${body}; color:#191919 }
.hd { text-align:center; padding-bottom:8px; border-bottom:4px double ${dark} }
.hd b { display:block; font: bold 21px ${head}; color:${dark}; letter-spacing:${track}px }
.hd span { display:block; font-size:11px; color:#444; margin-top:2px }
.hd h1 { margin:8px 0 0; font: bold 14px ${body}; text-transform:uppercase; letter-spacing:2px }
.who { display:grid; grid-template-columns: 110px 1fr 110px 1fr; row-gap:5px; margin:16px 0 6px; font-size:12.5px }
.who span { color:#555; font-size:11px }
.term { margin-top:16px; font: bold 12.5px ${body}; background:${light}; padding:4px 8px; border-top:1px solid #999; border-bottom:1px solid #999; display:flex; justify-content:space-between }
.term i { font-style:normal; font-weight:normal; font-size:11px; color:#555 }
table { width:100%; border-collapse:collapse; font-size:${tbl_px}px; table-layout:fixed }
th { font-size:9.5px; text-transform:uppercase; letter-spacing:.4px; color:#444; text-align:left; padding:5px 5px 3px; border-bottom:1px solid #666 }
td { padding:5px 5px; border-bottom:1px dotted #bbb; vertical-align:top }
th.n, td.n { text-align:right } td.c { text-align:center; font-family:${mono}; font-size:11px } th.c { text-align:center }
tr.ok td { font-weight:bold }
.tot { margin-top:16px; display:flex; justify-content:flex-end }
.tot table { width:auto; min-width:330px; font-size:12.5px; table-layout:auto }
.tot td { border-bottom:1px solid #ccc; padding:4px 10px } .tot td.n { font-weight:bold }
.key { margin-top:14px; font-size:10.5px; color:#444; line-height:15px }
.reg { margin-top:26px; display:flex; justify-content:space-between; align-items:flex-end }
.reg .s { width:260px; border-top:1px solid #333; font-size:10.5px; padding-top:3px; color:#444 }
.reg .st { border:2px solid ${accent}; color:${accent}; font: bold 12px ${body}; padding:5px 10px; transform:rotate(-4deg); letter-spacing:1px; text-transform:uppercase; opacity:.85 }
.ft { position:absolute; left:0; right:0; bottom:0; font-size:8.5px; color:#777; border-top:1px solid #ccc; padding-top:3px; display:flex; justify-content:space-between }
</style>
<div class="w">
 <div class="hd"><b>${provider}</b><span>${division}</span><h1>${heading}</h1></div>
 <div class="who">
  <span>${name_label}</span><b>${name}</b><span>${id_label}</span><div>${learner_id}</div>
  <span>Address</span><div>${street}, ${town}</div><span>Printed</span><div>${printed}</div>
 </div>
 ${terms_html}
 <div class="tot"><table>
  <tr><td>${t_sched}</td><td class="n">${sched_total}</td></tr>
  <tr><td>${t_earned}</td><td class="n">${earned_total}</td></tr>
  <tr><td>${t_ceu}</td><td class="n">${ceu_total}</td></tr>
 </table></div>
 <div class="key">${key}</div>
 <div class="reg"><div class="s">${registrar}, ${reg_role}</div><div class="st">${stamp}</div></div>
 <div class="ft"><span>${foot}</span><span>Page 1 of 1</span></div>
</div>
"""

STATUSES = [
    ("W", "Withdrawn"),
    ("IP", "In progress"),
    ("R", "Registered"),
    ("AU", "Audit"),
    ("I", "Incomplete"),
]
DIVISIONS = [
    "Workforce Development & Continuing Education",
    "Office of Continuing Education",
    "Professional Training Division",
    "Continuing Education Records",
]


def _term(day):
    season = [
        "Winter",
        "Winter",
        "Spring",
        "Spring",
        "Spring",
        "Summer",
        "Summer",
        "Summer",
        "Fall",
        "Fall",
        "Fall",
        "Fall",
    ][day.month - 1]
    return f"{season} {day.year}"


def fill(d):
    from datetime import timedelta

    from corpus import formats as F
    from corpus import values as V

    r = d.rng
    credit = float(d.credit)
    style = d.pick(["us_numeric", "us_short", "short_month", "dd_mon_yyyy", "iso"])
    prefix = d.pick(["RST", "CEU", "WFD", "TRD", "ENV"])

    pool = [(c, h) for c, _ in V.IICRC_COURSES if c != d.course for h in [d.pick([14, 19, 21, 16])]]
    pool += [(c, d.pick([2, 3, 4, 6, 8])) for c in V.CE_COURSES if c != d.course]
    picks = r.sample(pool, d.pick([3, 4, 4, 5]))
    printed = d.completed + timedelta(days=r.randint(3, 45))
    entries = []
    for title, sched in picks:
        if sched == credit:
            sched += d.pick([1, 2])
        code, word = r.choice(STATUSES)
        if code == "R":
            start = printed + timedelta(days=r.randint(10, 120))
        elif code == "IP":
            start = printed - timedelta(days=r.randint(0, 3))
        else:
            start = d.completed - timedelta(days=r.randint(40, 500))
        end = start + timedelta(days=max(0, int(sched // 8)) + (20 if code == "IP" else 0))
        earned = {"W": "0.0", "IP": "—", "R": "—", "AU": "0.0", "I": "0.0"}[code]
        ceu = {"W": "0.0", "IP": "—", "R": "—", "AU": "0.0", "I": "0.0"}[code]
        entries.append((start, title, end, code, sched, earned, ceu, False))

    n_days = max(0, int(credit // 8))
    c_start = d.completed - timedelta(days=n_days)
    entries.append((c_start, None, d.completed, "C", credit, None, f"{credit / 10:.2f}", True))
    entries.sort(key=lambda e: e[0])

    title = d.title(d.pick(["plain", "plain", "with_code"]))
    date = d.date(style)
    provider = d.provider()
    mode = d.pick(["number", "number", "hours"])
    earned_txt = d.hours_number() if mode == "number" else None
    if mode == "hours":
        total_earned = d.hours(d.pick(["hrs", "hours_title", "cec_hours"]))
        earned_txt = f"{credit:g}"
    else:
        total_earned = earned_txt

    by_term, order = {}, []
    for e in entries:
        t = _term(e[0])
        if t not in by_term:
            by_term[t] = []
            order.append(t)
        by_term[t].append(e)
    terms, sched_total = [], 0.0
    head = (
        "<tr><th style='width:13%'>Class no.</th><th>Title</th><th style='width:14%'>Start</th>"
        "<th style='width:14%'>End</th><th class='c' style='width:7%'>Status</th>"
        "<th class='n' style='width:8%'>Sched.</th><th class='n' style='width:8%'>Earned</th>"
        "<th class='n' style='width:7%'>CEU</th></tr>"
    )
    for t in order:
        rows = []
        for start, ttl, end, code, sched, earned, ceu, ok in by_term[t]:
            sched_total += sched
            cls = " class='ok'" if ok else ""
            sched_txt = earned_txt if ok else f"{sched:g}"
            rows.append(
                f"<tr{cls}><td>{prefix} {r.randrange(100, 299)}-{r.randrange(1, 40):02d}</td>"
                f"<td>{title if ok else ttl}</td><td>{F.fmt_date(start, style)}</td>"
                f"<td>{date if ok else F.fmt_date(end, style)}</td><td class='c'>{code}</td>"
                f"<td class='n'>{sched_txt}</td><td class='n'>{earned_txt if ok else earned}</td>"
                f"<td class='n'>{ceu}</td></tr>"
            )
        terms.append(
            f"<div class='term'>{t}<i>{len(rows)} {'class' if len(rows) == 1 else 'classes'}</i></div>"
            f"<table>{head}{''.join(rows)}</table>"
        )
    street, town = d.address()
    return {
        "body": d.fonts[d.pick(["sans", "serif", "cond"])],
        "head": d.fonts[d.pick(["serif", "display"])],
        "track": d.pick(["0", "0.5", "1"]),
        "tbl_px": d.pick(["11", "11.5", "12"]),
        "provider": provider,
        "division": d.pick(DIVISIONS),
        "heading": d.pick(
            [
                "Continuing Education Transcript",
                "Non-Credit Learner Record",
                "Unofficial Transcript — Non-Credit Classes",
            ]
        ),
        "name_label": d.pick(["Learner", "Student", "Name"]),
        "name": d.name(d.pick(["plain", "last_first", "upper"])),
        "id_label": d.pick(["Learner no.", "Student ID"]),
        "learner_id": f"{d.pick(['A', 'X', '0'])}{r.randrange(1000000, 9999999)}",
        "street": street,
        "town": town,
        "printed": F.fmt_date(printed, style),
        "terms_html": "".join(terms),
        "t_sched": d.pick(["Hours scheduled", "Contact hours attempted"]),
        "sched_total": f"{sched_total:g}",
        "t_earned": d.pick(["Hours earned", "Contact hours earned"]),
        "earned_total": total_earned,
        "t_ceu": d.pick(["CEUs earned", "Total CEUs"]),
        "ceu_total": f"{credit / 10:.2f}",
        "key": d.pick(
            [
                "Status: C completed · W withdrawn · IP in progress · R registered · AU audit (no "
                "credit) · I incomplete. Hours are earned only on completion; one CEU equals ten "
                "contact hours.",
                "C = complete, W = withdrew, IP = in progress, R = registered, AU = audit, I = "
                "incomplete. Scheduled hours show the class length and are not credit.",
            ]
        ),
        "registrar": d.person(),
        "reg_role": d.pick(["Registrar", "Records Coordinator", "CE Records Office"]),
        "stamp": d.pick(["Unofficial copy", "Student copy", "Issued to student"]),
        "foot": d.pick(
            [
                "Not valid for transfer of academic credit. Non-credit classes carry no grade.",
                "This record lists non-credit classes only.",
            ]
        ),
    }
