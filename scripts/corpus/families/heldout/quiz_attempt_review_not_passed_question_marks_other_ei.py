"""Not a certificate: the review page of one attempt at a course's final
quiz, printed from the learning platform. The site header with the
school's name, a breadcrumb, the learner's name with an avatar, a summary
table (started on, state, completed on, time taken, marks, grade) and a
feedback row saying the passing mark was not reached, then the first few
questions with their marks and right or wrong flags. It names a person, a
school, a course, dates and numbers, and records no completion and no
credit."""

SOURCE = (
    "christiansteier/mooclms:docs/source/using_quiz.rst (attempt summary and review: "
    "marks, grade, feedback, flagged questions)"
)
KIND = "other"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "other",
    "table",
    "labelled",
    "portrait",
    "web-printout",
    "provider-in-logo",
    "distractor-date",
    "distractor-person",
)

TEMPLATE = """<style>
.w { position:absolute; left:40px; right:40px; top:22px; font: 13.5px ${sans}; color:#1d2125 }
.url { display:flex; justify-content:space-between; font-size:9.5px; color:#777; margin-bottom:8px }
.nav { display:flex; justify-content:space-between; align-items:center; border-bottom:1px solid #dee2e6; padding:8px 4px 10px }
.nav b { font: bold 17px ${display}; color:${dark} } .nav span { font-size:12px; color:#555 }
.crumb { font-size:12px; color:#6a737b; margin:12px 0 6px }
h2 { font: 22px ${sans}; margin:0 0 12px }
.who { display:flex; align-items:center; gap:10px; margin-bottom:10px }
.who i { width:34px; height:34px; border-radius:50%; background:${accent}; color:#fff; font: bold 13px/34px ${sans}; text-align:center; font-style:normal }
table.s { border-collapse:collapse; width:100%; font-size:13px; margin-bottom:16px }
table.s th { text-align:right; width:180px; background:#f5f5f5; border:1px solid #dee2e6; padding:7px 10px; font-weight:bold }
table.s td { border:1px solid #dee2e6; padding:7px 10px }
.fail { color:#a3161a; font-weight:bold }
.q { display:flex; gap:12px; margin-bottom:10px }
.q .info { width:110px; flex:none; background:#f0f4fa; border:1px solid #cad5e6; padding:7px 8px; font-size:11.5px; line-height:16px }
.q .info b { font-size:14px; display:block }
.q .bd { flex:1; border:1px solid #e3e3e3; padding:8px 10px; font-size:13px; line-height:18px }
.q .bd .a { margin-top:5px; font-size:12.5px }
.ok { color:#357a32 } .no { color:#a3161a }
.ft { position:absolute; left:40px; right:40px; bottom:20px; font-size:10px; color:#888; display:flex; justify-content:space-between }
</style>
<div class="w">
 <div class="url"><span>${url}</span><span>${printed}</span></div>
 <div class="nav"><b>${school}</b><span>${user} ▾</span></div>
 <div class="crumb">${course_short} / ${quiz} / Review</div>
 <h2>${quiz}</h2>
 <div class="who"><i>${initials}</i><span>${user}</span></div>
 <table class="s">
  <tr><th>Started on</th><td>${started}</td></tr>
  <tr><th>State</th><td>${state}</td></tr>
  <tr><th>Completed on</th><td>${completed}</td></tr>
  <tr><th>Time taken</th><td>${taken}</td></tr>
  <tr><th>Marks</th><td>${marks}</td></tr>
  <tr><th>Grade</th><td>${grade}</td></tr>
  <tr><th>Feedback</th><td class="fail">${feedback}</td></tr>
 </table>
 ${questions_html}
</div>
<div class="ft"><span>${course}</span><span>${attempt}</span></div>
"""

QUESTIONS = [
    "Which reading best shows that a material has returned to its dry standard?",
    "What personal protective equipment is required before entering a Category 3 loss?",
    "At what relative humidity does mould growth become likely on organic materials?",
    "Which document should the technician complete before starting work?",
    "How should drying equipment be placed in a closed room?",
    "What is the first step when odour persists after cleaning?",
]


def fill(d):
    from datetime import timedelta

    from corpus import values as V
    from corpus.formats import fmt_date

    r = d.rng
    school = d.pick(V.SCHOOLS)[0]
    course = d.pick(V.IICRC_COURSES + [(c, None) for c in V.CE_COURSES])[0]
    user = d.person()
    day = d.completed + timedelta(days=r.randrange(-400, 400))
    style = d.pick(["weekday", "long", "dmy_long"])
    hh, mm = r.randrange(8, 20), r.randrange(0, 40)
    taken = r.randrange(14, 55)
    total = d.pick([20, 25, 30])
    got = r.randrange(round(total * 0.45), round(total * 0.75))
    pct = got / total * 100
    qs = []
    for i, q in enumerate(r.sample(QUESTIONS, 3), 1):
        right = d.chance(0.5)
        mark = "1.00" if right else "0.00"
        cls, word = ("ok", "Correct") if right else ("no", "Incorrect")
        qs.append(
            f'<div class="q"><div class="info"><b>Question {i}</b><span class="{cls}">{word}</span>'
            f'<br>Mark {mark} out of 1.00</div><div class="bd">{q}<div class="a">'
            f"Your answer: {d.pick(['a', 'b', 'c', 'd'])}.</div></div></div>"
        )
    initials = "".join(p[0] for p in user.split()[:2])
    slug = "".join(ch for ch in school.lower() if ch.isalnum())[:14]
    return {
        "url": f"https://{slug}.com/mod/quiz/review.php?attempt={r.randrange(1000, 99999)}",
        "printed": d.other_date("print", "us_short"),
        "school": school,
        "user": user,
        "course_short": d.pick(["My courses", "Dashboard"]) + f" / {course}",
        "quiz": d.pick(["Final exam", "Final assessment", "Module quiz 3", "Course exam"]),
        "initials": initials,
        "started": f"{fmt_date(day, style)}, {hh}:{mm:02d}",
        "state": "Finished",
        "completed": f"{fmt_date(day, style)}, {hh}:{mm + taken:02d}",
        "taken": f"{taken} mins {r.randrange(1, 59)} secs",
        "marks": f"{got}.00/{total}.00",
        "grade": f"{pct / 10:.2f} out of 10.00 ({pct:.0f}%)",
        "feedback": d.pick(
            [
                "Not passed. A score of 80% is needed; you may try again after 24 hours.",
                "You did not reach the passing grade. Review the modules and retake the exam.",
            ]
        ),
        "questions_html": "".join(qs),
        "course": course,
        "attempt": f"Attempt {d.pick([1, 2, 3])} of {d.pick([3, 'unlimited'])}",
    }
