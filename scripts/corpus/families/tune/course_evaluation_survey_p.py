"""A course evaluation survey handed out on the last day of a class and filled
in by hand, not a certificate: the school's mark and the survey title at the
top, a block of pre-printed class details (course, class dates, instructor,
location, approved credit) with an optional name line, then numbered
questions: an overall rating with one choice ticked, an agreement grid for
statements about the course and the instructor with a tick in each row, a
recommend question, a comments box written in by hand, and a return note
with the form number. It names a course, a school, dates, hours and often
the student, and records no completion."""

SOURCE = "sudevan/gpcwebsite:studentfeedback.php"
KIND = "other"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "other",
    "portrait",
    "table",
    "labelled",
    "handwriting",
    "date-range",
    "distractor-person",
    "provider-in-logo",
)

TEMPLATE = """<style>
.w { position:absolute; inset:44px 56px; font: 12.5px ${sans}; color:#222 }
.hd { display:flex; align-items:center; gap:14px; border-bottom:3px solid ${dark}; padding-bottom:10px }
.mk { width:52px; height:52px; border-radius:6px; background:${dark}; color:#fff; font: bold 18px ${display}; display:flex; align-items:center; justify-content:center }
.hd .o { font: bold 14px ${sans}; color:${dark} } .hd h1 { margin:2px 0 0; font: bold 24px ${sans} }
.hd .fn { margin-left:auto; text-align:right; font-size:10.5px; color:#666; line-height:14px }
.q { margin-top:13px } .q h3 { display:inline; font: bold 13px ${sans}; margin-right:6px } .q p { display:inline; font-weight:bold }
.fl { display:grid; grid-template-columns: 130px 1fr; row-gap:5px; margin:8px 0 0 20px }
.fl .k { color:#555 } .fl .v { border-bottom:1px solid #bbb; padding-bottom:1px; min-height:17px; position:relative }
.fl .v i, .cm i, .x { font: normal 21px ${hnd}; color:${pen} }
.fl .v i { position:absolute; left:4px; bottom:-2px; white-space:nowrap }
.ch { display:flex; gap:22px; margin:7px 0 0 20px }
.ch span { position:relative; padding-left:18px }
.ch span:before { content:""; position:absolute; left:0; top:1px; width:11px; height:11px; border:1px solid #555; border-radius:50% }
.x { position:absolute; left:-3px; top:-14px; font-size:28px }
table { border-collapse:collapse; margin:7px 0 0 20px; width:calc(100% - 20px); font-size:11.5px }
th { font-weight:normal; color:#444; font-size:10.5px; padding:3px 2px; border-bottom:1px solid #888; width:11% }
th.s { width:auto; text-align:left } td { border-bottom:1px solid #ddd; padding:4px 2px; text-align:center; position:relative; height:15px }
td.s { text-align:left } td .o { display:inline-block; width:11px; height:11px; border:1px solid #555; border-radius:50% }
td .x { left:50%; margin-left:-7px; top:-6px }
.cm { margin:7px 0 0 20px; height:74px; border:1px solid #aaa; padding:2px 8px; background:repeating-linear-gradient(transparent 0 23px, #e2e2e2 23px 24px) }
.cm i { line-height:24px }
.of { margin-top:22px; border:1px dashed #888; padding:8px 12px; font-size:11px; color:#444; display:flex; gap:26px }
.of b { font-size:10.5px; letter-spacing:1px } .of span { white-space:nowrap }
.ft { position:absolute; left:0; right:0; bottom:0; border-top:1px solid #999; padding-top:5px; font-size:10.5px; color:#555; display:flex; justify-content:space-between }
</style>
<div class="w">
 <div class="hd"><div class="mk">${mark}</div><div><div class="o">${school}</div><h1>${heading}</h1></div>
  <div class="fn">${form_no}<br>${web}</div></div>
 <div class="q"><h3>1.</h3><p>${fields_q}</p>
  <div class="fl">
   <span class="k">Course</span><span class="v">${course}</span>
   <span class="k">Class dates</span><span class="v">${dates}</span>
   <span class="k">Instructor</span><span class="v">${instructor}</span>
   <span class="k">Location</span><span class="v">${location}</span>
   <span class="k">Approved credit</span><span class="v">${credit}</span>
   <span class="k">Your name (optional)</span><span class="v">${name_html}</span>
  </div></div>
 <div class="q"><h3>2.</h3><p>What overall rating would you give the course?</p><div class="ch">${overall_html}</div></div>
 <div class="q"><h3>3.</h3><p>Please indicate your level of agreement with the following statements:</p>
  <table><tr><th class="s"></th><th>Strongly disagree</th><th>Disagree</th><th>Neutral</th><th>Agree</th><th>Strongly agree</th></tr>${grid1_html}</table></div>
 <div class="q"><h3>4.</h3><p>What overall rating would you give the instructor?</p><div class="ch">${teacher_html}</div></div>
 <div class="q"><h3>5.</h3><p>Please indicate your level of agreement with the following statements:</p>
  <table><tr><th class="s"></th><th>Strongly disagree</th><th>Disagree</th><th>Neutral</th><th>Agree</th><th>Strongly agree</th></tr>${grid2_html}</table></div>
 <div class="q"><h3>6.</h3><p>Would you recommend this course to other technicians?</p><div class="ch">${recommend_html}</div></div>
 <div class="q"><h3>7.</h3><p>Comments or suggestions that would help improve this course:</p><div class="cm"><i>${comment}</i></div></div>
 <div class="of"><b>OFFICE USE</b><span>Received by ________</span><span>Roster checked &#9744;</span><span>Certificate no. ____________</span></div>
 <div class="ft"><span>${return_note}</span><span>Page 1/1</span></div>
</div>
"""

RATING = ["Excellent", "Very good", "Good", "Fair", "Poor"]
RECOMMEND = ["Definitely", "Probably", "Not sure", "Probably not", "Definitely not"]
COURSE_ROWS = [
    "The course objectives were clear",
    "The manual and handouts were clear and well written",
    "The hands-on lab was appropriate for the level of this class",
    "The course prepared me for the certification exam",
    "The course corresponded to my expectations",
    "The classroom and equipment were adequate",
]
TEACHER_ROWS = [
    "The instructor demonstrated knowledge of the subject",
    "The instructor communicated the content effectively",
    "The instructor encouraged questions from the class",
    "The instructor kept to the schedule",
    "The instructor related the material to real job sites",
]
COMMENTS = [
    "More time in the flood house please. Great class!",
    "Lunch was cold on day 2. Otherwise very good.",
    "Would like more on moisture meters + reading charts",
    "Instructor was excellent, really knew the material",
    "Too much slides on the first morning",
    "",
]


def _choices(d, options, bias):
    pick = d.rng.choices(range(len(options)), weights=bias)[0]
    return "".join(
        f"<span>{'<i class=x>x</i>' if i == pick else ''}{o}</span>" for i, o in enumerate(options)
    )


def _grid(d, rows):
    out = []
    for row in rows:
        pick = d.rng.choices(range(5), weights=[1, 1, 3, 8, 9])[0]
        cells = "".join(
            f'<td>{"<i class=x>✓</i>" if j == pick else ""}<span class="o"></span></td>'
            for j in range(5)
        )
        out.append(f'<tr><td class="s">{row}</td>{cells}</tr>')
    return "".join(out)


def fill(d):
    import html
    from datetime import timedelta

    from corpus.formats import fmt_number, fmt_range

    fallback = ", 'Z003', 'Dancing Script', cursive"
    school = d.org
    mark = "".join(w[0] for w in school.replace("&", "").split() if w[0].isupper())[:3]
    days = d.pick([1, 2, 2, 3])
    start = d.completed - timedelta(days=days)
    course = f"{d.course} ({d.code})" if d.code else d.course
    named = d.chance(0.6)
    name_html = f"<i>{html.escape(d.plain_name)}</i>" if named else ""
    return {
        "hnd": d.fonts["hand"].replace(", cursive", fallback),
        "pen": d.pick(["#1a2a80", "#222", "#0b3d91"]),
        "mark": mark,
        "school": school,
        "heading": d.pick(
            ["Course Evaluation", "Course Evaluation Survey", "Class Evaluation Form"]
        ),
        "form_no": d.pick(["Form ED-07", "Form CE-EV-3", "QA-112 rev. 4"]),
        "web": d.web(),
        "fields_q": "Class details (filled in by the school):",
        "course": course,
        "dates": fmt_range(start, d.completed, d.rng),
        "instructor": d.person(),
        "location": d.pick([d.city(), d.venue(), f"Training Center, {d.city()}"]),
        "credit": f"{fmt_number(d.credit, d.rng)} CEC hours (pending exam results)"
        if d.code
        else f"{fmt_number(d.credit, d.rng)} continuing education hours",
        "name_html": name_html,
        "overall_html": _choices(d, RATING, [8, 7, 3, 1, 1]),
        "grid1_html": _grid(d, d.rng.sample(COURSE_ROWS, 5)),
        "teacher_html": _choices(d, RATING, [9, 6, 2, 1, 1]),
        "grid2_html": _grid(d, d.rng.sample(TEACHER_ROWS, 4)),
        "recommend_html": _choices(d, RECOMMEND, [9, 5, 2, 1, 1]),
        "comment": d.pick(COMMENTS),
        "return_note": d.pick(
            [
                "Please hand this form to your instructor before you leave. Thank you!",
                "Return to the front desk. Evaluations are anonymous unless you add your name.",
            ]
        ),
    }
