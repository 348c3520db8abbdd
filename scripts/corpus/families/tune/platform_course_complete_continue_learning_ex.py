"""A learning platform's course page printed from the browser after the
learner finished: a light top bar with the platform's name and the
learner's avatar, a wide course card with a "Completed" pill and a full
progress bar, a row of small figures (time the platform logged on the
course, the credit earned, the completion date, the quiz score), a line
naming the provider with a certificate number, and at the right a
"Continue learning" column of other courses with their hours done out of
their total and a tile with the hours logged this year. Only the credit
figure is this course's credit; the time logged, the other courses'
progress and the year's total are not."""

SOURCE = (
    "NeonTen/sbhi:template-parts/dashboard/content-dashboard.php (learner dashboard: counters for "
    "courses, completed and certificates; course boxes with completed lessons and progress bars); "
    "wording: LMS course pages that show time spent beside the credit"
)
KIND = "course"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "landscape",
    "labelled",
    "screenshot",
    "web-printout",
    "distractor-date",
    "distractor-person",
    "tiny-footer",
)

TEMPLATE = """<style>
.pr { position:absolute; left:14px; right:14px; top:6px; font: 10px ${sans}; color:#555; display:flex; justify-content:space-between }
.bar { position:absolute; left:0; right:0; top:24px; height:56px; border-bottom:1px solid #e3e3e3; display:flex; align-items:center; padding:0 34px; font: 13px ${sans}; color:#333; gap:26px }
.bar .lg { font: bold 18px ${head}; color:${dark}; margin-right:18px; white-space:nowrap }
.bar .sp { flex:1 }
.bar .av { width:32px; height:32px; border-radius:50%; background:${accent}; color:#fff; display:flex; align-items:center; justify-content:center; font-weight:bold; font-size:12px }
.main { position:absolute; left:34px; top:104px; width:${main_w}px; font: 13px ${sans}; color:#222 }
.crumb { font-size:11.5px; color:#888 }
h1 { font: bold 25px ${head}; margin:6px 0 10px; line-height:30px; color:#111 }
.pill { display:inline-block; background:#2d6a4f; color:#fff; font: bold 11px ${sans}; letter-spacing:1px; text-transform:uppercase; padding:3px 10px; border-radius:12px }
.pb { height:10px; border-radius:5px; background:#2d6a4f; margin:14px 0 4px }
.pct { font-size:12px; color:#555 }
.stats { display:flex; gap:12px; margin-top:20px }
.st { flex:1; border:1px solid #e0e0e0; border-radius:8px; padding:10px 12px }
.st span { display:block; font-size:10.5px; color:#777; text-transform:uppercase; letter-spacing:.6px }
.st b { display:block; font: bold 17px ${sans}; margin-top:3px; color:#111; white-space:nowrap }
.st.cr { border:2px solid ${accent} }
.by { margin-top:18px; font-size:13px; line-height:21px; color:#333 }
.btn { display:inline-block; margin-top:14px; background:${dark}; color:#fff; font: bold 12.5px ${sans}; padding:8px 16px; border-radius:5px }
.ls { margin-top:22px; border-top:1px solid #e3e3e3; padding-top:10px; columns:2; column-gap:26px; font-size:12px; line-height:23px }
.ls div { display:flex; justify-content:space-between; break-inside:avoid } .ls div span:first-child:before { content:"\u2713 "; color:#2d6a4f; font-weight:bold }
.ls div span:last-child { color:#777; white-space:nowrap; padding-left:8px }
.lh { font: bold 13px ${sans}; margin-top:22px }
.side { position:absolute; right:34px; top:104px; width:${side_w}px; font: 12.5px ${sans}; color:#222 }
.side h2 { font: bold 14px ${sans}; margin:0 0 10px }
.cc { border:1px solid #e3e3e3; border-radius:8px; padding:9px 12px; margin-bottom:10px }
.cc .t { font-weight:600; line-height:16px }
.cc .g { height:6px; border-radius:3px; background:#e8e8e8; margin:7px 0 4px; overflow:hidden } .cc .g i { display:block; height:6px; background:${accent} }
.cc .m { font-size:11px; color:#666 }
.yr { background:${light}; border-radius:8px; padding:10px 12px; margin-top:4px; font-size:12px; color:#333; line-height:17px }
.yr b { display:block; font-size:20px; color:#111; margin-top:2px }
.url { position:absolute; left:14px; right:14px; bottom:6px; font: 10px ${sans}; color:#555; display:flex; justify-content:space-between }
</style>
<div class="pr"><span>${stamp}</span><span>${tab_title}</span></div>
<div class="bar"><span class="lg">${platform}</span><span>My learning</span><span>Catalog</span><span>Certificates</span><span class="sp"></span><span>${name}</span><span class="av">${initials}</span></div>
<div class="main">
 <div class="crumb">My learning › ${crumb}</div>
 <h1>${title}</h1>
 <span class="pill">${done_word}</span>
 <div class="pb"></div>
 <div class="pct">${pct_line}</div>
 <div class="stats">
  <div class="st"><span>${spent_label}</span><b>${spent}</b></div>
  <div class="st cr"><span>${credit_label}</span><b>${hours}</b></div>
  <div class="st"><span>${done_label}</span><b>${date}</b></div>
  <div class="st"><span>${score_label}</span><b>${score}</b></div>
 </div>
 <div class="by">${by_line}<br>${cert_line}</div>
 <span class="btn">${button}</span>
 <div class="lh">${lessons_head}</div>
 <div class="ls">${lessons_html}</div>
</div>
<div class="side">
 <h2>${side_head}</h2>
 ${cards_html}
 <div class="yr">${year_label}<b>${year_total}</b>${year_note}</div>
</div>
<div class="url"><span>${url}</span><span>1/1</span></div>
"""


def fill(d):
    from html import escape

    from corpus import values as V
    from corpus.formats import fmt_date, fmt_number

    r = d.rng
    c = d.credit
    n = lambda v: fmt_number(v, r, False)  # noqa: E731
    name = d.name("plain")
    words = [w for w in name.split() if w[:1].isalpha()]
    # Time the platform logged: minutes, never the credit itself.
    spent_min = int(c * 60 * d.pick([1.15, 1.25, 1.4])) + r.randrange(5, 50)
    spent = f"{spent_min // 60}h {spent_min % 60:02d}m"
    others = r.sample([t for t in V.CE_COURSES if t != d.course], d.pick([2, 3]))
    cards = []
    logged = 0.0
    for t in others:
        total = d.pick([h for h in (2, 3, 4, 6, 8) if h != c])
        done = d.pick([h for h in (0.5, 1, 1.5, 2, 2.5) if h < total and h != c])
        logged += done
        cards.append(
            f'<div class="cc"><div class="t">{escape(t)}</div>'
            f'<div class="g"><i style="width:{round(100 * done / total)}%"></i></div>'
            f'<div class="m">{n(done)} of {n(total)} {d.pick(["hours", "hrs", "h"])} · '
            f"{d.pick(['In progress', 'Resume', 'Due soon'])}</div></div>"
        )
    lesson_names = [
        "Introduction",
        "Terms and definitions",
        "Safety first",
        "Inspection",
        "Equipment",
        "Field procedures",
        "Documentation",
        "Case study",
        "Review",
        "Final exam",
    ]
    k = d.pick([6, 8, 10])
    picked = lesson_names[:1] + r.sample(lesson_names[1:-1], k - 2) + lesson_names[-1:]
    lessons = "".join(
        f"<div><span>{i + 1}. {escape(t)}</span><span>{d.pick([10, 15, 20, 25, 30, 40, 45])} min</span></div>"
        for i, t in enumerate(picked)
    )
    year_total = c + logged + d.pick([3, 6, 7.5, 10, 14])
    platform = d.pick(["LearnDry", "RestoreU", "TechTrack Learning", "CECampus", "SkillBench"])
    slug = platform.lower().replace(" ", "")
    return {
        "head": d.fonts[d.pick(["sans", "display"])],
        "main_w": d.pick(["640", "660"]),
        "side_w": d.pick(["270", "290"]),
        "stamp": f"{fmt_date(d.completed, 'us_short')}, {r.randrange(1, 12)}:{r.randrange(0, 60):02d} {d.pick(['AM', 'PM'])}",
        "tab_title": f"{d.course} | {platform}",
        "platform": platform,
        "name": name,
        "initials": (words[0][0] + words[-1][0]).upper(),
        "crumb": d.pick(["Completed", "All courses", "Restoration"]),
        "title": d.title(d.pick(["plain", "with_code"])),
        "done_word": d.pick(["Completed", "Complete", "Passed"]),
        "pct_line": d.pick(
            ["100% complete", "All lessons complete · 100%", "100% · Final exam passed"]
        ),
        "spent_label": d.pick(["Time in course", "Time spent", "Time logged"]),
        "spent": spent,
        "credit_label": d.pick(["CE credit earned", "Credit", "CEC hours"]),
        "hours": d.hours(d.pick(["cec_hours", "hrs", "hours_title", "cecs"])),
        "done_label": d.pick(["Completed", "Finished on"]),
        "date": d.date(d.pick(["short_month", "us_numeric", "iso", "dd_mon_yyyy"])),
        "score_label": d.pick(["Final exam", "Quiz score", "Score"]),
        "score": f"{r.randrange(76, 100)}%",
        "by_line": f"{d.pick(['Provided by', 'Course provider:', 'Offered by'])} {d.provider()}"
        + (f" · Instructor {d.person()}" if d.chance(0.5) else ""),
        "cert_line": f"Certificate no. {d.number()}"
        + (f" · Approval {d.approval()}" if d.chance(0.4) else ""),
        "button": d.pick(["Download certificate", "View certificate", "Share credential"]),
        "lessons_head": d.pick(["Lessons", "Course contents", "Modules"]),
        "lessons_html": lessons,
        "side_head": d.pick(["Continue learning", "In progress", "Pick up where you left off"]),
        "cards_html": "".join(cards),
        "year_label": d.pick(["Hours logged this year", f"{d.completed.year} learning time"]),
        "year_total": f"{n(year_total)} hrs",
        "year_note": d.pick(["across all courses", "all courses, including in progress"]),
        "url": f"https://{slug}.com/learn/course/{r.randrange(1000, 9999)}/overview",
    }
