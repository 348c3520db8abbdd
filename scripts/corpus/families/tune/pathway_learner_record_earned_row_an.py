"""A learner record printed from a school's online portal for a training
pathway: the browser's print header (date and time, page title) and footer
(address, page count), a small "Program Record" label over the pathway's
name, the portal and school on one line, a status pill ("Partially
completed") with the day the record was last updated, and the learner's name
and e-mail on one line. A wide table follows, one row per course of the
pathway: course name, course ID, class dates, highest grade, letter grade,
verified attempts, credit hours and status. Only one row is earned
and filled in; the others stand "Not earned" with blanks, one of them
sometimes registered for class days still to come. A short help text on
sharing the record closes the page. Landscape."""

SOURCE = (
    "openedx/frontend-app-learner-record:src/components/ProgramRecord/ProgramRecordTable.jsx "
    "and src/components/ProgramRecord/ProgramRecordHeader.jsx (program record: type label, "
    "'{program} Record', 'platform | school', status badge, 'Last Updated', learner line, "
    "course table with grade, attempts, date earned and status)"
)
KIND = "course"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = ("record", "table", "landscape", "date-range", "distractor-date", "web-printout")

TEMPLATE = """<style>
.ph { position:absolute; left:28px; right:28px; top:12px; display:flex; justify-content:space-between; font: 10px ${sans}; color:#444 }
.pf { position:absolute; left:28px; right:28px; bottom:12px; display:flex; justify-content:space-between; font: 10px ${sans}; color:#444 }
.w { position:absolute; left:52px; right:52px; top:44px; font: 13px ${face}; color:#1d1d1d }
.nav { display:flex; align-items:center; gap:12px; border-bottom:1px solid #d6d6d6; padding-bottom:10px; margin-bottom:18px }
.nav .mk { min-width:30px; padding:0 6px; height:30px; border-radius:6px; background:${accent}; color:#fff; font: bold 13px ${sans}; display:flex; align-items:center; justify-content:center }
.nav .pt { font: bold 15px ${sans}; color:#333 } .nav .bk { margin-left:auto; font-size:12px; color:${accent} }
.top { display:flex; justify-content:space-between; align-items:flex-start }
.lbl { font-size:12px; letter-spacing:1px; text-transform:uppercase; color:#6b6b6b }
h1 { font: bold 26px ${face}; margin:2px 0 6px; color:#111 }
h4 { font: 15px ${face}; margin:0; color:#454545 }
.st { text-align:right } .pill { display:inline-block; padding:3px 12px; border-radius:12px; background:#fdf1d6; color:#7a5200; font: bold 12px ${sans} }
.st .up { display:block; font-size:12px; color:#6b6b6b; margin-top:6px }
.who { margin:16px 0 18px; font-size:13.5px; color:#333 }
table { width:100%; border-collapse:collapse; font-size:11.5px; table-layout:fixed }
th { text-align:left; font-weight:bold; color:#444; padding:8px 6px; border-bottom:2px solid #bdbdbd; background:#f4f4f4; vertical-align:bottom }
td { padding:9px 10px 9px 6px; border-bottom:1px solid #dedede; vertical-align:top }
td.nm { color:#0d0d0d; white-space:nowrap; font-size:11.5px }
.ok { white-space:nowrap; display:inline-block; padding:2px 8px; border-radius:10px; background:#dff3e4; color:#17612c; font-weight:bold; font-size:11px }
.no { white-space:nowrap; display:inline-block; padding:2px 8px; border-radius:10px; background:#fbe3e3; color:#8a1c1c; font-weight:bold; font-size:11px }
.rg { white-space:nowrap; display:inline-block; padding:2px 8px; border-radius:10px; background:#e3ecfb; color:#1c3f8a; font-weight:bold; font-size:11px }
.help { margin-top:22px; display:flex; gap:36px; font-size:11.5px; line-height:16px; color:#4a4a4a }
.help div { flex:1 } .help b { display:block; color:#222; margin-bottom:3px; font-size:12.5px }
</style>
<div class="ph"><span>${printed}</span><span>${page_title}</span></div>
<div class="w">
 <div class="nav"><div class="mk">${mark}</div><div class="pt">${platform}</div><div class="bk">&larr; Back to my records</div></div>
 <div class="top">
  <div><div class="lbl">${type_label}</div><h1>${program} Record</h1><h4>${platform} | ${school}</h4></div>
  <div class="st"><span class="pill">${status}</span><span class="up">Last Updated ${updated}</span></div>
 </div>
 <div class="who">${name} | ${email}</div>
 <table>
  <colgroup><col style="width:30%"><col style="width:13%"><col style="width:20%"><col style="width:8%"><col style="width:6%"><col style="width:8%"><col style="width:7%"><col style="width:8%"></colgroup>
  <tr><th>Course Name</th><th>Course ID</th><th>Class Dates</th><th>Highest grade earned</th><th>Letter Grade</th><th>Verified Attempts</th><th>${credit_head}</th><th>Status</th></tr>
  ${rows_html}
 </table>
 <div class="help">
  <div><b>Sharing your record</b>${share}</div>
  <div><b>About this record</b>${about}</div>
 </div>
</div>
<div class="pf"><span>${url}</span><span>1/1</span></div>
"""


def fill(d):
    import html
    import unicodedata
    from datetime import timedelta

    from corpus import values as V
    from corpus.formats import fmt_range

    r = d.rng
    e = html.escape
    school = d.provider()
    short = "".join(w[0] for w in school.replace("&", "").split() if w[:1].isupper())[:4] or "LP"
    platform = d.pick(
        [
            f"{short} Learning Portal",
            f"{short} Online Campus",
            "Learner Records",
            f"{short} Academy",
        ]
    )
    slug = short.lower()
    name = d.name(d.pick(["plain", "plain", "plain", "upper"]))
    local = unicodedata.normalize("NFKD", f"{d.first[0]}{d.last}".lower())
    local = "".join(ch for ch in local if ch.isascii() and ch.isalnum())
    email = (
        f"{local}@{d.pick(['gmail.com', 'outlook.com', 'rapiddryrestoration.com', 'yahoo.com'])}"
    )

    term = f"{d.pick(['1T', '2T', '3T', '4T'])}{d.completed.year}"
    code = d.code or "CE"
    course_id = f"{code}{r.randrange(100, 399)}-{term}"
    title = d.title(d.pick(["plain", "plain", "with_code"]))
    if d.code and d.chance(0.8):
        dates = d.date_range(d.pick([1, 2, 2]))
    else:
        dates = d.date(d.pick(["us_numeric", "us_short", "short_month", "iso"]))
    grade = r.randrange(78, 100)
    letter = d.pick(["Pass", "A" if grade >= 90 else "B", "P"])
    hours = d.hours_number()
    earned = (
        f'<tr><td class="nm">{e(title)}</td><td>{e(course_id)}</td>'
        f'<td><span style="white-space:nowrap">{e(dates)}</span></td><td>{grade}%</td>'
        f"<td>{e(letter)}</td><td>{d.pick([1, 1, 1, 2])}</td><td>{e(hours)}</td>"
        f'<td><span class="ok">Earned</span></td></tr>'
    )

    others = [t for t, c in V.IICRC_COURSES if c != d.code and t != d.course]
    picked, want = [], d.pick([2, 3, 3, 4])
    for t in r.sample(others, 10):
        if len(picked) == want:
            break
        if not any(t.split()[0] == p.split()[0] for p in picked):
            picked.append(t)
    rows = []
    upcoming = d.chance(0.5)
    for i, t in enumerate(picked):
        if upcoming and i == 0:
            start = d.completed + timedelta(days=r.randint(40, 160))
            span = fmt_range(start, start + timedelta(days=d.pick([1, 2])), r)
            rows.append(
                f'<tr><td class="nm">{e(t)}</td><td></td>'
                f'<td><span style="white-space:nowrap">{e(span)}</span></td><td></td><td></td><td></td><td></td>'
                f'<td><span class="rg">Registered</span></td></tr>'
            )
        else:
            rows.append(
                f'<tr><td class="nm">{e(t)}</td><td></td><td></td><td></td>'
                f'<td></td><td></td><td></td><td><span class="no">Not Earned</span></td></tr>'
            )
    rows.insert(r.randint(0, len(rows)), earned)

    program = d.pick(
        [
            "Water Restoration Pathway",
            "Journeyman Restorer Track",
            "Field Technician Development",
            "Restoration Technician Career Path",
            "Cleaning & Restoration Foundations",
        ]
    )
    return {
        "face": d.fonts[d.pick(["sans", "sans", "serif"])],
        "printed": f"{d.other_date('print', 'us_short')}, {r.randint(1, 12)}:{r.randrange(0, 60):02d} {d.pick(['AM', 'PM'])}",
        "page_title": f"{program} Record | {platform}",
        "mark": short,
        "platform": platform,
        "type_label": d.pick(
            ["Professional Certificate Program Record", "Program Record", "Pathway Program Record"]
        ),
        "program": program,
        "school": school,
        "status": d.pick(["Partially Completed", "In Progress"]),
        "updated": d.other_date("issue", d.pick(["us_numeric", "us_short"])),
        "name": name,
        "email": email,
        "credit_head": d.pick(["CEC Hours", "Credit Hours", "IICRC CECs", "Hours"]),
        "rows_html": "".join(rows),
        "share": d.pick(
            [
                "Send this record to an employer or a certifying body from the Share menu, or "
                "download it as a spreadsheet. A shared link shows the record as it stands on the "
                "day it is opened.",
                "You may share a public link to this record or send it straight to an employer. "
                "Recipients see course names, grades and the dates each course was earned.",
            ]
        ),
        "about": d.pick(
            [
                "Only courses finished with a passing grade are shown as earned. Grades, course "
                "IDs and attempts are hidden until a course is earned. Questions: "
                f"records@{slug}training.com",
                "The highest grade across verified attempts is shown for each course. Courses "
                "not yet taken stay listed so you can see what the pathway still needs.",
            ]
        ),
        "url": f"https://learn.{slug}training.com/records/programs/{r.randrange(10**7, 10**8):x}",
    }
