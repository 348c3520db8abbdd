"""A school's learning-site page "Course completion status" printed from the
browser, portrait: the browser's print date and time and the page title
along the top edge and the page address and page count along the bottom; a
dark top bar with the site's name and the signed-in user, a breadcrumb, the
heading; a small table naming the learner, the status and what is required;
the criteria table (criteria group, criterion, requirement, status,
complete, completion date) in which each lesson has the day it was viewed
and the final quiz and the course grade have the day the course was
finished; and a "course details" box with the enrolment date, the
completion date and the credit hours."""

SOURCE = (
    "moodle/moodle:blocks/completionstatus/details.php (course completion status page: "
    "showing user, status, required, criteria table with a completion date per criterion)"
)
KIND = "course"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "portrait",
    "table",
    "record",
    "labelled",
    "distractor-date",
    "distractor-person",
    "tiny-footer",
    "web-printout",
)

TEMPLATE = """<style>
.bh { position:absolute; left:36px; right:36px; top:14px; display:flex; justify-content:space-between; font: 10px ${sans}; color:#333 }
.bf { position:absolute; left:36px; right:36px; bottom:14px; display:flex; justify-content:space-between; font: 10px ${sans}; color:#333 }
.pg { position:absolute; left:36px; right:36px; top:40px; bottom:40px; font: 13px ${sans}; color:#1d2125 }
.nav { background:${dark}; color:#fff; height:46px; display:flex; align-items:center; justify-content:space-between; padding:0 18px }
.nav .s { font: bold 16px ${sans}; letter-spacing:.3px }
.nav .u { font-size:12px; opacity:.9 }
.crumb { margin:14px 0 0; font-size:12px; color:${link} }
.crumb span { color:#6a737b }
h2 { font: 24px ${sans}; margin:14px 0 14px; color:#1d2125 }
table { border-collapse:collapse; width:100% }
.info td { padding:7px 10px; border-top:1px solid #dee2e6; font-size:13px }
.info { margin-bottom:18px; width:70% }
.crit th { text-align:left; font-size:12px; padding:8px 13px; border-bottom:2px solid #dee2e6; background:#f8f9fa }
.crit td { font-size:12.5px; padding:8px 13px; border-top:1px solid #dee2e6; vertical-align:top }
.crit tr:nth-child(odd) td { background:#f6f7f8 }
.crit td.d, .crit th { white-space:nowrap }
.btn { display:inline-block; margin-top:16px; padding:6px 14px; background:#ced4da; border-radius:4px; font-size:12.5px }
.box { margin-top:26px; border:1px solid #dee2e6; border-radius:4px }
.box .t { background:#f8f9fa; border-bottom:1px solid #dee2e6; padding:8px 14px; font: bold 14px ${sans} }
.box .r { display:flex; padding:6px 14px; font-size:13px }
.box .r span { flex:0 0 170px; color:#495057 }
.foot { position:absolute; left:0; right:0; bottom:0; border-top:1px solid #dee2e6; padding-top:8px; font-size:11px; color:#6a737b; line-height:15px }
</style>
<div class="bh"><span>${printed}</span><span>${page_title}</span><span></span></div>
<div class="pg">
 <div class="nav"><span class="s">${org}</span><span class="u">${viewer}</span></div>
 <div class="crumb">${crumb_home} / ${crumb_courses} / ${short} / <span>${heading}</span></div>
 <h2>${heading}</h2>
 <table class="info">
  <tr><td><b>${showing}:</b> ${name}</td></tr>
  <tr><td><b>Status:</b> ${status}</td></tr>
  <tr><td><b>Required:</b> ${required}</td></tr>
 </table>
 <table class="crit">
  <tr><th style="width:15%">Criteria group</th><th>Criteria</th><th style="width:15%">Requirement</th><th style="width:9%">Status</th>
   <th style="width:9%">Complete</th><th style="width:18%">Completion date</th></tr>
  ${rows_html}
 </table>
 <div class="btn">Return to course</div>
 <div class="box">
  <div class="t">${box_title}</div>
  <div class="r"><span>Course</span>${title_again}</div>
  <div class="r"><span>${enrol_label}</span>${enrolled}</div>
  <div class="r"><span>${done_label}</span>${completed}</div>
  <div class="r"><span>${hours_label}</span>${hours}</div>
 </div>
 <div class="foot">${foot}</div>
</div>
<div class="bf"><span>${url}</span><span>1/1</span></div>
"""

LESSONS = [
    "Introduction and job-site safety",
    "Inspection and documentation",
    "Equipment and set-up",
    "Procedures and case studies",
    "Standards and terminology",
    "Customer communication",
]


def _row(group: str, crit: str, req: str, status: str, date: str) -> str:
    return (
        f"<tr><td>{group}</td><td>{crit}</td><td>{req}</td><td>{status}</td>"
        f'<td>Yes</td><td class="d">{date}</td></tr>'
    )


def fill(d):
    from html import escape

    r = d.rng
    style = d.pick(["dmy_long", "dmy_long", "long", "us_numeric", "short_month"])
    title = d.title("plain")
    end = d.date(style)
    n = d.pick([2, 3, 3])
    lessons = r.sample(LESSONS, n)
    rows = []
    for i, lesson in enumerate(lessons):
        group = "Activities completed" if i == 0 else ("(<i>all</i> required)" if i == 1 else "")
        req = d.pick(["Viewing", "Marking complete"])
        rows.append(
            _row(
                group,
                f"Lesson - Module {i + 1}: {escape(lesson)}",
                req,
                "Viewed" if req == "Viewing" else "Done",
                d.other_date("start", style),
            )
        )
    need = d.pick([70, 75, 80])
    score = r.randrange(need, 101)
    rows.append(_row("", "Quiz - Final assessment", "Receiving a pass grade", "Passed", end))
    rows.append(
        _row(
            "Course grade",
            "Course grade",
            f"{need:.2f}% required",
            f"{score:.2f}%",
            end,
        )
    )
    short = f"{d.code or 'CE'}-{r.randrange(100, 400)}"
    name = d.name("plain")
    printed = d.other_date("print", "us_short")
    clock = f"{r.randrange(1, 13)}:{r.randrange(0, 60):02d} {d.pick(['AM', 'PM'])}"
    slug = "".join(ch for ch in d.org.lower() if ch.isalnum())[:16]
    return {
        "link": d.pick(["#0f6cbf", "#1e6091", "#2d6a4f"]),
        "printed": f"{printed}, {clock}",
        "page_title": d.pick([f"Course: {title}", f"{short}: Course completion status"]),
        "org": d.provider(),
        "viewer": d.pick([d.person(), "Admin User", d.person()]),
        "crumb_home": d.pick(["Dashboard", "Home"]),
        "crumb_courses": d.pick(["My courses", "Courses"]),
        "short": short,
        "heading": "Course completion status",
        "showing": d.pick(["Showing user", "Learner"]),
        "name": name,
        "status": "Complete",
        "required": "All criteria below are required",
        "rows_html": "\n  ".join(rows),
        "box_title": d.pick(["Course details", "Enrolment details", "Your record"]),
        "title_again": title,
        "enrol_label": d.pick(["Enrolled", "Enrolment date", "Date enrolled", "Started"]),
        "enrolled": d.other_date("registered", style),
        "done_label": d.pick(["Completed", "Course completed", "Date completed"]),
        "completed": end,
        "hours_label": d.pick(["CEC hours", "Credit hours", "Continuing education credit"]),
        "hours": d.hours(d.pick(["hours_title", "cec_hours", "cecs"])),
        "foot": d.pick(
            [
                "You are logged in as an administrator. Data retention summary. Get the mobile app.",
                "Completion is recorded when every required criterion is met. Contact the training "
                "office for a printed certificate.",
            ]
        ),
        "url": f"https://learn.{slug}.com/blocks/completionstatus/details.php?course="
        f"{r.randrange(10, 400)}&user={r.randrange(100, 9999)}",
    }
