"""A course evaluation a student fills in on the last day of class, not a
certificate: the school's header, printed course, instructor, date and
location, an optional name line, a grid of statements rated 1 to 5 with
hand-drawn ticks, and handwritten comments. It names a course, a provider,
people and a date; it records no one's completion."""

SOURCE = (
    "sudevan/gpcwebsite:studentfeedback.php (course evaluation survey) and "
    "Mohassan1122/Feedback-form:question.php (strongly disagree to strongly agree scale, "
    "the instructor was prepared for the class)"
)
KIND = "other"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "other",
    "table",
    "labelled",
    "portrait",
    "handwriting",
    "provider-in-logo",
    "distractor-person",
)

TEMPLATE = """<style>
.w { position:absolute; inset:46px 56px; font: 12px ${serif}; color:#111 }
.hd { text-align:center; border-bottom:1px solid #111; padding-bottom:8px }
.hd .s { font: bold 17px ${display}; letter-spacing:1px; color:${dark} } .hd .a { font-size:10.5px; color:#444 }
h1 { font: bold 19px ${sans}; text-align:center; margin:12px 0 2px; text-transform:uppercase; letter-spacing:2px }
.i { text-align:center; font-size:11px; color:#444; margin-bottom:10px }
.kv { display:grid; grid-template-columns: 1fr 1fr; gap:6px 22px; margin-bottom:12px }
.kv div { border-bottom:1px solid #777; padding:2px 0; white-space:nowrap; overflow:hidden } .kv span { font: 10px ${sans}; color:#555; margin-right:6px; text-transform:uppercase }
.h { font: 17px ${hand}; color:#1a2a6c }
table { width:100%; border-collapse:collapse; font-size:11.5px }
th { font: bold 9.5px ${sans}; border:1px solid #555; background:#eee; padding:3px; text-align:center }
td { border:1px solid #555; padding:3px 6px; height:31px } td.c { text-align:center; width:58px; font: 20px ${hand}; color:#1a2a6c; padding:0 }
th.q { text-align:left }
.cm { margin-top:20px } .cm b { font: bold 11px ${sans} } .ln { border-bottom:1px solid #999; height:32px; padding-top:6px; font: 16px ${hand}; color:#1a2a6c; padding-left:4px; white-space:nowrap; overflow:hidden }
.ft { position:absolute; bottom:0; left:0; right:0; font-size:10px; color:#555; text-align:center }
</style>
<div class="w">
 <div class="hd"><div class="s">${school}</div><div class="a">${street} · ${town} · ${phone}</div></div>
 <h1>${heading}</h1>
 <div class="i">${intro}</div>
 <div class="kv">
  <div><span>Course</span>${course}</div><div><span>Instructor</span>${instructor}</div>
  <div><span>Class date</span>${date}</div><div><span>Location</span>${location}</div>
  <div><span>Your name (optional)</span><b class="h">${student}</b></div><div><span>Company</span><b class="h">${company}</b></div>
 </div>
 <table><tr><th class="q">Please rate each statement</th><th>Strongly<br>disagree<br>1</th><th>Disagree<br><br>2</th><th>Neutral<br><br>3</th><th>Agree<br><br>4</th><th>Strongly<br>agree<br>5</th></tr>
 ${rows_html}</table>
 <div class="cm"><b>What was most useful?</b><div class="ln">${c1}</div><div class="ln"></div></div>
 <div class="cm"><b>What should we change?</b><div class="ln">${c2}</div><div class="ln"></div></div>
 <div class="cm"><b>${next_q}</b> <span class="h">${next_a}</span></div>
 <div class="ft">${footer}</div>
</div>
"""

STATEMENTS = [
    "The course objectives were clearly stated.",
    "The instructor was prepared for the class.",
    "The instructor answered questions clearly.",
    "The course materials were well organized.",
    "The hands-on exercises helped me learn.",
    "The pace of the course was appropriate.",
    "The classroom and equipment were suitable.",
    "What I learned applies to my daily work.",
    "The course length matched its content.",
    "I would recommend this course to a coworker.",
]
COMMENTS_GOOD = [
    "The drying lab and the meters",
    "Real job stories from the instructor",
    "Psychrometry explained simply",
    "Hands on with the equipment",
    "Group exercise on day two",
]
COMMENTS_CHANGE = [
    "More breaks, room was cold",
    "Less slides, more hands on",
    "Send the manual ahead of time",
    "Nothing, great class",
    "Start later on day one",
]


def fill(d):
    from corpus import values as V
    from corpus.formats import fmt_date

    r = d.rng
    school, _ = d.pick(V.SCHOOLS)
    course, code = d.pick(V.IICRC_COURSES) if d.chance(0.6) else (d.pick(V.CE_COURSES), None)
    base = d.pick([4, 5, 5])
    rows = []
    for s in r.sample(STATEMENTS, d.pick([7, 8, 9])):
        score = max(1, min(5, base + d.pick([0, 0, 0, -1, 1])))
        cells = "".join(f'<td class="c">{"✓" if k == score else ""}</td>' for k in range(1, 6))
        rows.append(f"<tr><td>{s}</td>{cells}</tr>")
    anon = d.chance(0.3)
    street, town = d.address()
    return {
        "school": school,
        "street": street,
        "town": town,
        "phone": d.phone(),
        "heading": d.pick(["Course Evaluation", "Student Feedback Form", "Class Evaluation"]),
        "intro": d.pick(
            [
                "Please complete this form before you leave. Your answers help us improve our classes.",
                "Hand this form to the instructor at the end of class. Thank you for your feedback.",
            ]
        ),
        "course": f"{code} {course}" if code and d.chance(0.5) else course,
        "instructor": d.person(),
        "date": fmt_date(d.completed, d.pick(["us_numeric", "long", "short_month"])),
        "location": d.pick([d.city(), d.pick(V.VENUES), "Training Center"]),
        "student": "" if anon else d.person(),
        "company": ""
        if anon
        else d.pick(
            ["Rapid Dry", "ServiceMaster", "Apex Restoration", "Blue Line Cleaning", "self"]
        ),
        "rows_html": "\n".join(rows),
        "c1": d.pick(COMMENTS_GOOD),
        "c2": d.pick(COMMENTS_CHANGE),
        "next_q": "Which class would you like us to offer next?",
        "next_a": d.pick(["AMRT", "FSRT", "ASD", "OCT", "more CEC classes near me"]),
        "footer": d.pick(
            [
                "This evaluation is anonymous unless you add your name. It is not a record of attendance.",
                f"Form EV-{r.randrange(1, 9)} · Return to the instructor",
            ]
        ),
    }
