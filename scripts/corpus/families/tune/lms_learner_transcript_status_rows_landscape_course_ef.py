"""A learner transcript exported from an online school's LMS and printed
landscape: a top strip with the school's square mark and name beside the
report's name and the time it was generated, a labelled learner block
(learner, learner ID, e-mail, employer, member since), then a striped table
of every enrolment: course, code, delivery, enrolled on, status, completed
on, score and CEC earned. Only one row is complete; the others are in
progress, not started, expired or withdrawn, with a dash where nothing was
earned. A total line repeats the credit earned and a small footer gives the
page address and an unofficial-copy note."""

SOURCE = (
    "tidehc/white-board:main/system/transcripts.php (LMS transcript table: course, date "
    "enrolled, current score with Complete / Pending / Not Started status) and "
    "NguyenLuongHung/fap-fpt-project:fap-fpt/web/com.fap.fpt.loggin/student/transcript.jsp "
    "(grade report: numbered rows with code, name, credit, status)"
)
KIND = "course"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "table",
    "record",
    "labelled",
    "landscape",
    "provider-in-logo",
    "distractor-date",
    "web-printout",
    "tiny-footer",
)

TEMPLATE = """<style>
.w { position:absolute; left:40px; right:40px; top:30px; bottom:30px; font: 12px ${sans}; color:#222 }
.top { display:flex; align-items:center; justify-content:space-between; border-bottom:3px solid ${acc}; padding-bottom:10px }
.brand { display:flex; align-items:center; gap:11px }
.sq { width:46px; height:46px; background:${acc}; color:#fff; font: bold 16px ${sans}; display:flex; align-items:center; justify-content:center; border-radius:${radius} }
.brand b { font: bold 17px ${face}; color:#111; display:block } .brand small { font-size:10.5px; color:#666 }
.rt { text-align:right } .rt h1 { margin:0; font: bold 20px ${sans}; color:${acc}; letter-spacing:.3px } .rt span { font-size:10.5px; color:#666 }
.who { display:grid; grid-template-columns: repeat(${cols}, auto); gap:6px 28px; margin:14px 0 16px; justify-content:start }
.who div small { display:block; font-size:9.5px; color:#777; text-transform:uppercase; letter-spacing:.6px }
.who div b { font-size:12.5px }
table { width:100%; border-collapse:collapse; font-size:11.5px }
th { text-align:left; padding:6px 7px; background:${thbg}; color:${thfg}; font-size:10.5px; text-transform:uppercase; letter-spacing:.4px }
td { padding:6px 7px; border-bottom:1px solid #ddd; vertical-align:top }
tbody tr:nth-child(even) td { background:#f6f7f9 }
td.c { text-align:center; white-space:nowrap } td.nw { white-space:nowrap }
.st { font-weight:bold; font-size:10.5px; padding:2px 6px; border-radius:3px; white-space:nowrap }
.ok { background:#dcf3e3; color:#17663a } .ip { background:#fff1cc; color:#7a5500 } .ns { background:#eceff3; color:#555 } .xx { background:#f9dede; color:#8a1f1f }
.tot { display:flex; justify-content:flex-end; gap:30px; margin-top:10px; font-size:12px }
.tot b { font-size:13px }
.note { margin-top:16px; font-size:10px; color:#666; line-height:14px; max-width:70% }
.pf { position:absolute; left:40px; right:40px; bottom:12px; display:flex; justify-content:space-between; font: 9px ${sans}; color:#777 }
</style>
<div class="w">
 <div class="top">
  <div class="brand"><div class="sq">${mark}</div><div><b>${org}</b><small>${portal}</small></div></div>
  <div class="rt"><h1>${report}</h1><span>${generated}</span></div>
 </div>
 <div class="who">${who_html}</div>
 <table>
  <thead><tr><th>${course_h}</th><th>Code</th><th>${deliv_h}</th><th>Enrolled</th><th>Status</th><th>${done_h}</th><th>Score</th><th>${cec_h}</th></tr></thead>
  <tbody>${rows_html}</tbody>
 </table>
 <div class="tot"><span>${count_label} <b>${n_rows}</b></span><span>${total_label} <b>${total}</b></span></div>
 <div class="note">${note}</div>
</div>
<div class="pf"><span>${url}</span><span>${page}</span></div>
"""

COMPANIES = [
    "Dry-Rite Property Services",
    "Blue Line Restoration, Inc.",
    "Cornerstone Cleaning Co.",
    "Rapid Response Restoration",
    "Allpro Carpet & Tile Care",
    "Four Seasons Mitigation LLC",
]


def fill(d):
    import html
    from datetime import timedelta

    from corpus import values as V
    from corpus.formats import fmt_date

    e = html.escape
    r = d.rng
    org = d.provider()
    short = "".join(w[0] for w in org.replace("&", "").split() if w[:1].isupper())[:3] or "OL"
    style = d.pick(["us_numeric", "short_month", "iso", "dd_mon_yyyy", "us_short"])
    deliv = ["Online, self-paced", "Live webinar", "Blended", "On-demand video"]
    title = d.title("plain")
    code = d.code or f"OL-{r.randrange(100, 999)}"
    date = d.date(style)
    hours_n = d.hours_number()
    score = f"{r.choice([82, 86, 88, 90, 93, 96, 100])}%"
    enrolled_main = fmt_date(d.completed - timedelta(days=r.randint(6, 80)), style)
    main = (
        0.0,
        f"<tr><td>{e(title)}</td><td class='nw'>{e(code)}</td><td>{d.pick(deliv)}</td>"
        f"<td class='nw'>{e(enrolled_main)}</td><td><span class='st ok'>{d.pick(['Completed', 'Complete', 'Passed'])}</span></td>"
        f"<td class='nw'>{e(date)}</td><td class='c'>{score}</td><td class='c'><b>{e(hours_n)}</b></td></tr>",
    )
    pool = [c for c, _ in V.IICRC_COURSES if c != d.course] + [
        c for c in V.CE_COURSES if c != d.course
    ]
    others = r.sample(pool, d.pick([2, 3, 3, 4]))
    statuses = [
        ("In progress", "ip", lambda: f"{r.randrange(10, 95)}%"),
        ("Not started", "ns", lambda: "0%"),
        ("Expired", "xx", lambda: f"{r.randrange(5, 60)}%"),
        ("Withdrawn", "xx", lambda: "—"),
    ]
    rows = [main]
    for t in others:
        label, cls, sc = d.pick(statuses)
        day = fmt_date(d.completed + timedelta(days=r.randint(-200, 60)), style)
        rows.append(
            (
                r.random(),
                f"<tr><td>{e(t)}</td><td class='nw'>{d.pick(['CE', 'OL', 'WB'])}-{r.randrange(100, 999)}</td>"
                f"<td>{d.pick(deliv)}</td><td class='nw'>{e(day)}</td><td><span class='st {cls}'>{label}</span></td>"
                f"<td class='c'>—</td><td class='c'>{sc()}</td><td class='c'>—</td></tr>",
            )
        )
    r.shuffle(rows)
    name = d.name(d.pick(["plain", "plain", "last_first", "upper"]))
    ascii_first = "".join(ch for ch in d.first.lower() if ch.isascii() and ch.isalpha()) or "tech"
    who = [
        ("Learner", e(name)),
        ("Learner ID", f"{r.randrange(10000, 99999)}"),
        (
            "E-mail",
            f"{ascii_first}{r.randrange(1, 99)}@{d.pick(['gmail.com', 'outlook.com', 'yahoo.com'])}",
        ),
        ("Employer", e(d.pick(COMPANIES))),
        (d.pick(["Member since", "Account created"]), e(d.other_date("registered", style))),
    ]
    who = who[: d.pick([3, 4, 5])]
    who_html = "".join(f"<div><small>{k}</small><b>{v}</b></div>" for k, v in who)
    acc = d.pick([d.colors["dark"], "#0f5c8c", "#6b2fa3", "#0f766e", "#9a3412"])
    dark_head = d.chance(0.5)
    portal = d.pick(
        [f"{short} Online Campus", "Online Learning Portal", f"{short} Learn", "Learning Center"]
    )
    return {
        "face": d.fonts[d.pick(["sans", "serif"])],
        "acc": acc,
        "radius": d.pick(["4px", "50%", "0"]),
        "mark": short,
        "org": org,
        "portal": portal,
        "report": d.pick(["Learner Transcript", "Training Transcript", "My Transcript"]),
        "generated": f"Generated {d.other_date('print', style)} {r.randint(1, 12)}:{r.randrange(0, 60):02d} {d.pick(['AM', 'PM'])}",
        "cols": str(len(who)),
        "who_html": who_html,
        "thbg": acc if dark_head else "#e9ecf1",
        "thfg": "#fff" if dark_head else "#333",
        "course_h": d.pick(["Course", "Course title", "Learning item"]),
        "deliv_h": d.pick(["Delivery", "Format", "Type"]),
        "done_h": d.pick(["Completed", "Completion date", "Date completed"]),
        "cec_h": d.pick(["CEC earned", "CECs", "Credit hrs"]),
        "rows_html": "".join(x[1] for x in rows),
        "count_label": d.pick(["Enrolments:", "Items listed:"]),
        "n_rows": str(len(rows)),
        "total_label": d.pick(["Total CEC earned:", "Credit earned to date:"]),
        "total": hours_n,
        "note": d.pick(
            [
                "Unofficial transcript. Only completed items carry credit. Items that are in progress, "
                "expired or withdrawn earn no continuing education credit until they are completed.",
                "This record lists activity held in the learning portal for the learner named above. "
                "Certificates for completed items can be downloaded from the course page.",
            ]
        ),
        "url": f"https://learn.{short.lower()}online.com/transcript/{r.randrange(1000, 9999)}",
        "page": d.pick(["Page 1 of 1", "1/1"]),
    }
