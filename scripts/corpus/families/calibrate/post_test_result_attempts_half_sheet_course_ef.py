"""An online course's final-exam result page printed on a half sheet: a
thin top strip with the school's wordmark and the page name, a result
banner (passed, with the score as a big figure and the count of correct
answers), a label-and-value column (learner, course, passing score,
completion recorded, credit awarded), and beside it a small table of every
attempt with its date, score and outcome, the earlier attempts failed or
abandoned on other days. A grey line at the foot gives the attempt limit
and the page address. Only the passing attempt's day is the completion
date."""

SOURCE = (
    "gepersontech/capstone:app/excircle_result.php (quiz result: label rows for attempts, "
    "questions, correct, passing score and your score) and davyskibaa/Online-Exam-System:"
    "app/view/quizzes/attempt/result.php (result card: quiz title, name, attempt number, "
    "percentage)"
)
KIND = "course"
PAPER = "half-letter"
CATEGORIES = (
    "table",
    "record",
    "labelled",
    "landscape",
    "distractor-date",
    "web-printout",
)

TEMPLATE = """<style>
.st { position:absolute; left:0; right:0; top:0; height:40px; border-bottom:2px solid ${acc}; display:flex; align-items:center; padding:0 30px; gap:10px; font-family:${sans} }
.st b { font: bold 15px ${face}; color:${acc} } .st span { margin-left:auto; font-size:11px; color:#666; text-transform:uppercase; letter-spacing:1px }
.ban { position:absolute; left:30px; right:30px; top:54px; height:62px; background:${banbg}; border-radius:6px; display:flex; align-items:center; padding:0 18px; gap:16px; font-family:${sans} }
.ban .ck { width:36px; height:36px; border-radius:50%; background:${okc}; color:#fff; font-size:20px; line-height:36px; text-align:center }
.ban .t { font: bold 18px ${sans}; color:${okc} } .ban .t small { display:block; font: 11.5px ${sans}; color:#444; margin-top:2px }
.ban .big { margin-left:auto; font: bold 32px ${sans}; color:#111 }
.l { position:absolute; left:30px; top:132px; width:${lw}px; font: 12px ${sans}; color:#222 }
.l div { display:flex; gap:8px; padding:5px 0; border-bottom:1px dotted #bbb }
.l div span { width:118px; flex:none; color:#666 } .l div b { font-weight:bold }
.r { position:absolute; right:30px; top:132px; width:${rw}px; font: 11.5px ${sans} }
.r h3 { margin:0 0 6px; font: bold 11px ${sans}; letter-spacing:1px; text-transform:uppercase; color:#555 }
table { width:100%; border-collapse:collapse }
th { text-align:left; font-size:10.5px; color:#555; border-bottom:1.5px solid #999; padding:3px 5px }
td { padding:5px; border-bottom:1px solid #e3e3e3; white-space:nowrap }
td.f { color:#a11 } td.p { color:${okc}; font-weight:bold }
.ft { position:absolute; left:30px; right:30px; bottom:14px; display:flex; justify-content:space-between; font: 9px ${sans}; color:#888 }
</style>
<div class="st"><b>${org}</b><span>${page_name}</span></div>
<div class="ban"><div class="ck">&#10003;</div><div class="t">${result}<small>${correct}</small></div><div class="big">${score}</div></div>
<div class="l">${rows_html}</div>
<div class="r"><h3>${att_head}</h3><table><tr><th>#</th><th>${date_h}</th><th>Score</th><th>Result</th></tr>${att_html}</table></div>
<div class="ft"><span>${limit}</span><span>${url}</span></div>
"""


def fill(d):
    import html
    from datetime import timedelta

    from corpus.formats import fmt_date

    e = html.escape
    r = d.rng
    org = d.provider()
    style = d.pick(["us_numeric", "short_month", "iso", "us_short", "dd_mon_yyyy"])
    date = d.date(style)
    n_q = d.pick([20, 25, 40, 50])
    passmark = d.pick([70, 75, 80])
    good = r.randrange(int(n_q * passmark / 100) + 1, n_q + 1)
    score = f"{round(100 * good / n_q)}%"
    prior = d.pick([1, 1, 2])
    att = []
    gaps = sorted(r.sample(range(1, 15), prior), reverse=True)
    for i, gap in enumerate(gaps, 1):
        bad = f"{r.randrange(35, passmark - 1)}%"
        outcome = d.pick(["Failed", "Not passed", "Incomplete"])
        att.append(
            f"<tr><td>{i}</td><td>{e(fmt_date(d.completed - timedelta(days=gap), style))}</td>"
            f'<td>{bad if outcome != "Incomplete" else "—"}</td><td class="f">{outcome}</td></tr>'
        )
    att.append(
        f'<tr><td>{prior + 1}</td><td>{e(date)}</td><td>{score}</td><td class="p">{d.pick(["Passed", "Pass"])}</td></tr>'
    )
    name = d.name(d.pick(["plain", "plain", "last_first"]))
    title = d.title(d.pick(["plain", "with_code", "code_first"]))
    hours = d.hours(d.pick(["cec_hours", "cecs", "credit_hours", "hours_title", "iicrc_cec"]))
    rows = [
        (d.pick(["Learner", "Name", "Student"]), e(name)),
        ("Course", e(title)),
        (d.pick(["Passing score", "Pass mark"]), f"{passmark}%"),
        (d.pick(["Completion recorded", "Course completed"]), e(date)),
        (d.pick(["Credit awarded", "CE credit"]), e(hours)),
    ]
    rows_html = "".join(f"<div><span>{k}</span><b>{v}</b></div>" for k, v in rows)
    slug = "".join(ch for ch in (d.org_alt or org).lower() if ch.isalnum())[:14]
    return {
        "face": d.fonts[d.pick(["sans", "serif"])],
        "acc": d.pick([d.colors["dark"], "#1d4ed8", "#7c2d12"]),
        "banbg": d.pick(["#e8f5ec", "#eef7f0", "#f0f7ff"]),
        "okc": d.pick(["#1f7a3f", "#17663a", "#166534"]),
        "lw": "420",
        "rw": "300",
        "org": org,
        "page_name": d.pick(["Final exam results", "Post-test results", "Assessment result"]),
        "result": d.pick(["Passed", "Congratulations, you passed", "Exam passed"]),
        "correct": f"{good} of {n_q} questions correct",
        "score": score,
        "rows_html": rows_html,
        "att_head": d.pick(["Your attempts", "Attempt history", "Attempts"]),
        "date_h": d.pick(["Date", "Submitted"]),
        "att_html": "".join(att),
        "limit": d.pick(
            [
                f"Attempts allowed: 3 · Time limit: {d.pick([45, 60, 90])} minutes",
                "A passing score is required before the certificate is released.",
            ]
        ),
        "url": f"https://{slug}.com/exam/{r.randrange(100, 999)}/result",
    }
