"""A course's "about" page on a school's learning site, printed from a
browser before enrolling: the browser's print date and page title across
the top and the address and page count across the bottom; the site header
with the school's logo and menu; a shaded hero with the course code, the
course title large, a one-line summary, an "Enroll" button and a video
still; then an "About This Course" column (overview, what you'll learn,
the course staff with short bios, questions and answers) beside a sidebar
of facts with icons (course number, classes start and end, effort, price,
CEC hours, language). It advertises a course; nobody has taken it."""

SOURCE = (
    "openedx/edx-platform:lms/templates/courseware/course_about.html (course about page: "
    "intro with organisation, title and short description, enroll button, course video, "
    "'About This Course' body with staff, sidebar of important dates and course facts)"
)
KIND = "other"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "other",
    "portrait",
    "labelled",
    "provider-in-logo",
    "distractor-person",
    "browser-printout",
    "distractor-date",
)

TEMPLATE = """<style>
.pg { position:absolute; inset:0; font:12px ${sans}; color:#313131 }
.bh { position:absolute; left:28px; right:28px; top:14px; display:flex; justify-content:space-between; font:9.5px ${sans}; color:#222 }
.bf { position:absolute; left:28px; right:28px; bottom:14px; display:flex; justify-content:space-between; font:9.5px ${sans}; color:#222 }
.site { position:absolute; left:28px; right:28px; top:36px; bottom:36px; overflow:hidden }
.nav { display:flex; align-items:center; justify-content:space-between; border-bottom:1px solid #ddd; padding:8px 4px 10px }
.nav .lg { display:flex; align-items:center; gap:8px; font:bold 15px ${display}; color:${dark} }
.nav .lg i { width:30px; height:30px; background:${dark}; border-radius:4px; display:block; position:relative; flex:none }
.nav .lg i:after { content:''; position:absolute; inset:7px; border:3px solid ${light}; border-radius:50% 50% 50% 0 }
.nav .mn { font-size:11.5px; color:#555; white-space:nowrap } .nav .mn span { margin-left:16px } .nav .mn b { color:#fff; background:${accent}; padding:4px 10px; border-radius:3px; margin-left:16px }
.hero { display:flex; gap:22px; background:${light}; border-bottom:1px solid #ddd; padding:20px 18px 22px; margin-top:0 }
.hero .tx { flex:1 }
.hero .oc { font:bold 11px ${sans}; letter-spacing:1.5px; color:#777; text-transform:uppercase }
.hero h1 { font:600 27px/32px ${display}; color:#111; margin:6px 0 8px }
.hero p { font-size:13px; line-height:19px; color:#444 }
.hero .en { display:inline-block; margin-top:12px; background:${accent}; color:#fff; font:bold 13px ${sans}; padding:9px 18px; border-radius:3px }
.hero .en small { display:block; font-weight:normal; font-size:10.5px; opacity:.9 }
.vid { width:236px; height:146px; flex:none; background:linear-gradient(135deg, ${dark}, #777); position:relative; border-radius:3px }
.vid:after { content:''; position:absolute; left:100px; top:55px; border-left:34px solid rgba(255,255,255,.85); border-top:19px solid transparent; border-bottom:19px solid transparent }
.body { display:flex; gap:24px; padding:16px 4px 0 }
.main { flex:1; font-size:12px; line-height:17px }
.main h2 { font:bold 13px ${sans}; letter-spacing:1px; text-transform:uppercase; color:#555; border-bottom:1px solid #ddd; padding-bottom:4px; margin:0 0 8px }
.main h3 { font:bold 13.5px ${sans}; margin:12px 0 4px; color:#222 }
.main p { margin:0 0 7px } .main ul { margin:0 0 6px; padding-left:18px } .main li { margin-bottom:2px }
.st { display:flex; gap:10px; margin:8px 0 } .st i { width:44px; height:44px; border-radius:50%; background:#ccc; display:block; flex:none }
.st b { display:block; font-size:12.5px } .st span { font-size:11px; color:#555; line-height:15px }
.side { width:220px; flex:none; border:1px solid #ddd; border-radius:3px; align-self:flex-start }
.rel { margin-top:14px; padding:0 4px } .rel h2 { font:bold 13px ${sans}; letter-spacing:1px; text-transform:uppercase; color:#555; border-bottom:1px solid #ddd; padding-bottom:4px; margin:0 0 8px }
.cards { display:flex; gap:12px } .cards div { flex:1; border:1px solid #ddd; border-radius:3px; padding:0 0 8px; font-size:11px; color:#555 }
.cards div:before { content:''; display:block; height:46px; background:${light}; border-bottom:1px solid #ddd; margin-bottom:6px }
.cards b { display:block; font-size:12px; color:#222; padding:0 8px; line-height:15px } .cards span { padding:0 8px }
.side div { display:flex; justify-content:space-between; align-items:center; gap:8px; padding:8px 10px; border-bottom:1px solid #eee; font-size:11.5px }
.side div:last-child { border-bottom:none }
.side i { width:14px; height:14px; border-radius:3px; background:${accent}; opacity:.7; display:block; flex:none }
.side .k { display:flex; align-items:center; gap:7px; color:#666; white-space:nowrap } .side .v { font-weight:bold; color:#222; text-align:right }
</style>
<div class="pg">
 <div class="bh"><span>${printed}</span><span>${page_title}</span><span></span></div>
 <div class="site">
  <div class="nav"><div class="lg"><i></i>${org}</div><div class="mn"><span>Courses</span><span>Programs</span><span>Sign in</span><b>Register</b></div></div>
  <div class="hero"><div class="tx"><div class="oc">${org_code}</div><h1>${title}</h1><p>${summary}</p>
   <div class="en">${enroll}<small>${enroll_sub}</small></div></div><div class="vid"></div></div>
  <div class="body">
   <div class="main">
    <h2>About This Course</h2>
    <p>${overview}</p>
    <h3>What you'll learn</h3>
    <ul>${learn_html}</ul>
    <h3>Course Staff</h3>
    ${staff_html}
    <h3>Course Outline</h3>
    <ul>${outline_html}</ul>
    <h3>Frequently Asked Questions</h3>
    <p><b>${q1}</b><br>${a1}</p>
    <p><b>${q2}</b><br>${a2}</p>
   </div>
   <div class="side">${facts_html}</div>
  </div>
  <div class="rel"><h2>${rel_head}</h2><div class="cards">${related_html}</div></div>
 </div>
 <div class="bf"><span>${url}</span><span>1/2</span></div>
</div>
"""

LEARN = [
    "How to inspect a loss and document it for the carrier",
    "Which standard applies and what it requires of you",
    "How to place and size drying equipment",
    "How to read a psychrometric chart on the job",
    "How to protect yourself and the occupants",
    "How to explain the plan to a homeowner",
    "When to call in a specialist",
]
BIOS = [
    "IICRC-approved instructor with twenty years on water and fire losses.",
    "Former franchise owner; teaches the lab portion of every class.",
    "Industrial hygienist and author of the school's sampling guide.",
    "Master Restorer; serves on a standards consensus body.",
]


def fill(d):
    import html
    from datetime import timedelta

    from corpus import values as V
    from corpus.formats import fmt_date

    e = html.escape
    r = d.rng
    org = d.provider()
    title = d.title("plain")
    code = d.code or "CE"
    number = f"{code}-{r.randrange(100, 400)}"
    initials = "".join(w[0] for w in (d.org_alt or org).split() if w[0].isupper())
    days = max(1, round(d.credit / 7))
    style = d.pick(["short_month", "long", "us_numeric"])
    start = d.date(style)
    end = fmt_date(d.completed + timedelta(days=days - 1 if days > 1 else 0), style)
    hours = d.hours(d.pick(["cec_hours", "iicrc_cec", "cecs", "hours_title"]))
    price = d.pick([149, 249, 395, 495, 695, 895])
    facts = [
        ("Course Number", number),
        ("Classes Start", start),
        ("Classes End", end),
        (
            "Estimated Effort",
            d.pick([f"{days} day{'s' if days > 1 else ''}, in person", "Self-paced", "6 hrs/week"]),
        ),
        ("Price", f"${price:,}"),
        ("Credit", hours),
        ("Language", d.pick(["English", "English / Espa\u00f1ol"])),
    ]
    if d.chance(0.5):
        facts.insert(3, ("Enrollment Ends", d.other_date("registered", style)))
    facts_html = "".join(
        f"<div><span class='k'><i></i>{k}</span><span class='v'>{e(v)}</span></div>"
        for k, v in facts
    )
    staff = "".join(
        f"<div class='st'><i></i><div><b>{e(d.person())}</b><span>{e(bio)}</span></div></div>"
        for bio in r.sample(BIOS, d.pick([1, 2]))
    )
    outline = [
        f"Day {k + 1}: " + d.pick(["lecture and lab", "lab and review", "review and exam"])
        for k in range(min(days, 3))
    ]
    if days == 1:
        outline = ["Morning: lecture and demonstrations", "Afternoon: hands-on lab and quiz"]
    q2, a2 = d.pick(
        [
            ("What should I bring?", "Photo ID, boots and a calculator. Manuals are provided."),
            ("Can I cancel?", "Cancel up to 14 days before the start for a full refund."),
            ("Is lunch included?", "Yes, lunch is served on site each class day."),
        ]
    )
    related = r.sample([c for c in V.IICRC_COURSES if c[0] != d.course], 3)
    related_html = "".join(
        f"<div><b>{e(t)}</b><span>{c} \u00b7 {d.pick(['2 days', '3 days', '1 day'])}</span></div>"
        for t, c in related
    )
    slug = title.lower().replace(" ", "-").replace(",", "").replace(":", "")[:40]
    host = d.web().removeprefix("www.")
    month_day = d.completed - timedelta(days=r.randint(20, 90))
    return {
        "printed": fmt_date(month_day, "us_short")
        + f", {r.randint(1, 12)}:{r.randrange(0, 60):02d} "
        + d.pick(["AM", "PM"]),
        "page_title": f"{title} | {d.org_alt or org}",
        "org": org,
        "org_code": f"{initials}: {number}",
        "title": title,
        "summary": d.pick(
            [
                "Hands-on training for technicians who want to do the job right the first time.",
                "The course technicians take before the IICRC certification exam.",
                "Lecture, lab and a proctored exam, taught by working restorers.",
            ]
        ),
        "enroll": d.pick(
            ["Enroll Now", f"Enroll in {code if d.code else 'this course'}", "Register"]
        ),
        "enroll_sub": d.pick(["Seats limited", f"Starts {start}", "Pay by card or invoice"]),
        "overview": d.pick(
            [
                f"This course covers the knowledge a technician needs in the field and prepares you "
                f"for the certification exam. Classes run {days} day{'s' if days > 1 else ''} with "
                "a mix of lecture and hands-on lab work.",
                "Built around real losses, the course walks through inspection, planning, equipment "
                "and documentation. Students work in small teams in our lab.",
            ]
        ),
        "outline_html": "".join(f"<li>{e(x)}</li>" for x in outline),
        "rel_head": d.pick(["Related Courses", "You might also like", "Next steps"]),
        "related_html": related_html,
        "learn_html": "".join(f"<li>{e(x)}</li>" for x in r.sample(LEARN, 4)),
        "staff_html": staff,
        "q1": "Do I get a certificate?",
        "a1": d.pick(
            [
                "Yes \u2013 after you attend every session and pass the final exam. Enrolling alone "
                "does not earn credit.",
                "A certificate is issued on completion; CEC hours are reported only for students "
                "who finish.",
            ]
        ),
        "q2": q2,
        "a2": a2,
        "facts_html": facts_html,
        "url": f"https://learn.{host}/courses/course-v1:{initials}+{number}+"
        f"{d.completed.year}/about"
        if d.chance(0.6)
        else f"https://{host}/training/{slug}",
    }
