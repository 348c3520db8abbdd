"""A candidate score report for a technician certification exam that was
not passed, on a letter sheet: a two-cell header with the school's logo
mark and name on the left and the report's title in white on a dark cell
on the right, a boxed grid of labelled candidate details (candidate,
candidate number, exam and form, exam date, the class it followed with its
days, test site, proctor, report date), a large result line with the scaled
and passing scores, a table of content areas with items, percent correct,
a shaded bar and a performance word, a retest paragraph with its earliest
and last dates, and a footer saying the report grants no certification or
credit, signed by the exam administrator. It names a person, a course, a
school and several dates, and records no completion."""

SOURCE = (
    "Dh2002Sh08/Resume:pdf.php (test-taker score report: logo cell beside a dark title cell, "
    "candidate table, section scores); retest wording after "
    "https://www.fl.nesinc.com/FL_RetakingTests.asp and "
    "https://training.inductiveautomation.com/core-certification/test-grading"
)
KIND = "other"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "other",
    "portrait",
    "table",
    "labelled",
    "dark-band",
    "provider-in-logo",
    "distractor-person",
    "distractor-date",
)

TEMPLATE = """<style>
.w { position:absolute; inset:44px 52px; font: 12.5px ${sans}; color:#1d1d1d }
.hd { display:flex; border:1px solid #c9c9c9; height:74px }
.hd .lg { width:38%; display:flex; align-items:center; gap:10px; padding:8px 12px; border-right:1px solid #c9c9c9 }
.hd .lg .m { width:46px; height:46px; flex:none; transform:rotate(45deg); border:4px solid ${accent}; display:flex; align-items:center; justify-content:center }
.hd .lg .m span { transform:rotate(-45deg); font: bold 13px ${display}; color:${accent} }
.hd .lg .n { font: bold 13px ${display}; color:${dark}; line-height:16px }
.hd .tt { flex:1; background:${dark}; color:#fff; display:flex; flex-direction:column; justify-content:center; padding:0 20px; text-align:center }
.hd .tt b { font: bold 20px ${sans}; letter-spacing:2px } .hd .tt span { font-size:11px; margin-top:3px; opacity:0.9 }
.gd { margin-top:18px; width:100%; border-collapse:collapse; table-layout:fixed }
.gd td { border:1px solid #c9c9c9; padding:5px 8px; vertical-align:top }
.gd td.k { width:17%; background:${light}; font-size:10.5px; font-weight:bold; color:#444; text-transform:uppercase; letter-spacing:0.3px }
.rs { margin-top:18px; border-left:6px solid ${accent}; background:#f7f7f7; padding:8px 16px }
.rs .o { font: bold 26px ${sans}; color:#8b1a1a; letter-spacing:1px; line-height:32px } .rs .sc { font-size:13px; line-height:19px; margin-top:2px }
.ca { margin-top:18px; width:100%; border-collapse:collapse }
.ca th { text-align:left; font-size:10.5px; text-transform:uppercase; color:#fff; background:${dark}; padding:5px 7px }
.ca td { padding:6px 7px; border-bottom:1px solid #ddd; font-size:12px } .ca td.nr { text-align:right; width:54px }
.ca .bar { width:150px } .ca .bar div { height:10px; background:#e4e4e4; position:relative }
.ca .bar div i { position:absolute; left:0; top:0; bottom:0; background:${accent} }
.ca .bar div u { position:absolute; top:-3px; bottom:-3px; width:2px; background:#111 }
.nx { margin-top:18px; border:1px solid #c9c9c9; padding:8px 14px; font-size:12px; line-height:17px }
.nx b { display:block; font-size:11px; text-transform:uppercase; letter-spacing:1px; color:${dark}; margin-bottom:3px }
.nx ul { margin:0; padding-left:18px }
.nt { margin-top:16px; font: 12px ${serif}; line-height:17px; text-align:justify }
.sg { position:absolute; right:0; bottom:46px; text-align:center; font-size:11px; width:290px; white-space:nowrap }
.sg .h { font: 22px ${hand}; color:#223; height:30px; line-height:30px } .sg .l { border-top:1px solid #333; padding-top:2px }
.ft { position:absolute; left:0; right:0; bottom:0; display:flex; justify-content:space-between; align-items:flex-start; gap:30px; border-top:1px solid #999; padding-top:6px; font-size:10px; color:#555; line-height:14px }
.ft .dis { max-width:70% } .ft .id { white-space:nowrap }
</style>
<div class="w">
 <div class="hd">
  <div class="lg"><div class="m"><span>${mark}</span></div><div class="n">${school}</div></div>
  <div class="tt"><b>${heading}</b><span>${sub}</span></div>
 </div>
 <table class="gd">
  <tr><td class="k">Candidate</td><td>${cand}</td><td class="k">Candidate No.</td><td>${cand_no}</td></tr>
  <tr><td class="k">Examination</td><td>${exam}</td><td class="k">Form</td><td>${form}</td></tr>
  <tr><td class="k">Exam date</td><td>${exam_date}</td><td class="k">Report date</td><td>${report_date}</td></tr>
  <tr><td class="k">${class_key}</td><td colspan="3">${class_line}</td></tr>
  <tr><td class="k">Test site</td><td>${site}</td><td class="k">Proctor</td><td>${proctor}</td></tr>
 </table>
 <div class="rs"><div class="o">${outcome}</div><div class="sc">${score_html}</div></div>
 <table class="ca">
  <tr><th>Content area</th><th>Items</th><th>Correct</th><th>${bar_head}</th><th>Performance</th></tr>
  ${areas_html}
 </table>
 <div class="nt">${retest}</div>
 <div class="nt">${review}</div>
 <div class="nx"><b>${next_head}</b><ul>${next_html}</ul></div>
 <div class="sg"><div class="h">${admin}</div><div class="l">${admin} · ${admin_role}</div></div>
 <div class="ft"><div class="dis">${disclaimer}</div><div class="id">${report_id}</div></div>
</div>
"""

AREAS = [
    "Principles of Drying",
    "Psychrometry",
    "Health and Safety",
    "Microbiology",
    "Inspection and Documentation",
    "Equipment and Instruments",
    "Contents and Structure",
    "Standards and Ethics",
    "Chemistry and Cleaning Agents",
    "Customer Relations",
]


def fill(d):
    import html
    from datetime import timedelta

    from corpus import values as V
    from corpus.formats import fmt_date, fmt_range

    r = d.rng
    course, code = d.pick(V.IICRC_COURSES)
    school = d.pick(V.SCHOOLS)[0]
    words = [w for w in school.replace(",", " ").split() if w[:1].isupper()]
    exam_day = d.completed
    style = d.pick(["long", "us_numeric", "short_month", "dmy_long", "iso"])
    class_end = exam_day - timedelta(days=d.pick([0, 0, 1, 3]))
    class_start = class_end - timedelta(days=d.pick([1, 2]))
    areas = r.sample(AREAS, r.randrange(5, 8))
    total_items, total_right, rows = 0, 0, []
    for a in areas:
        items = r.choice([8, 10, 12, 14, 15, 16, 20])
        pct = r.uniform(0.35, 0.9)
        right = max(1, min(items, round(items * pct)))
        total_items += items
        total_right += right
        p = round(100 * right / items)
        level = "Meets" if p >= 75 else ("Near" if p >= 60 else "Below")
        rows.append(
            f"<tr><td>{html.escape(a)}</td><td class='nr'>{items}</td><td class='nr'>{right}</td>"
            f"<td class='bar'><div><i style='width:{p}%'></i><u style='left:75%'></u></div></td>"
            f"<td>{level}</td></tr>"
        )
    passing = d.pick([70, 75, 75, 80])
    scaled = r.randrange(passing - 18, passing - 1)
    retest = exam_day + timedelta(days=d.pick([7, 14, 30]))
    last = exam_day + timedelta(days=d.pick([180, 365]))
    admin = d.person()
    return {
        "mark": "".join(w[0] for w in words)[:2],
        "school": school,
        "heading": d.pick(["CANDIDATE SCORE REPORT", "EXAM SCORE REPORT", "EXAMINATION RESULT"]),
        "sub": d.pick(["Certification examination", "Written exam · proctored", "Results notice"]),
        "cand": d.pick([d.plain_name, d.plain_name.upper(), f"{d.last}, {d.first}"]),
        "cand_no": d.number(),
        "exam": f"{code} {d.pick(['Certification Exam', 'Written Exam', 'Examination'])}",
        "form": f"{d.pick('ABCD')}{r.randrange(1, 9)}",
        "exam_date": fmt_date(exam_day, style),
        "report_date": d.other_date("issue", style),
        "class_key": d.pick(["Class attended", "Prerequisite class", "Course"]),
        "class_line": f"{course} · {fmt_range(class_start, class_end, r)}",
        "site": d.city(),
        "proctor": d.person(),
        "outcome": d.pick(["NOT PASSED", "DID NOT PASS", "UNSUCCESSFUL"]),
        "score_html": (
            f"Scaled score: <b>{scaled}</b> &nbsp; Passing score: <b>{passing}</b><br>"
            f"Items answered correctly: {total_right} of {total_items}"
        ),
        "bar_head": d.pick(["Percent correct", "Score by area"]),
        "areas_html": "\n".join(rows),
        "retest": d.pick(
            [
                f"You may retest on or after {fmt_date(retest, 'long')}. A retest must be taken "
                f"no later than {fmt_date(last, 'long')}; after that date the class must be "
                "repeated before the exam can be taken again.",
                f"Retest eligibility begins {fmt_date(retest, 'long')} and ends "
                f"{fmt_date(last, 'long')}. Contact the school office to schedule a proctored "
                "retest; a retest fee applies.",
            ]
        ),
        "review": d.pick(
            [
                "Content areas marked Below or Near show where further study is recommended. "
                "The specific questions missed are not released.",
                "Performance by content area is given for study guidance only; area scores "
                "are based on few items and should be read with care.",
            ]
        ),
        "next_head": d.pick(["Next steps", "Before you retest"]),
        "next_html": "".join(
            f"<li>{html.escape(x)}</li>"
            for x in r.sample(
                [
                    "Review the content areas marked Below in your course manual.",
                    "Call the school office to book a retest seat and pay the retest fee.",
                    "Bring a government-issued photo ID to the retest; this report is not ID.",
                    "Retests follow the same rules and time limit as the first attempt.",
                    "Your class attendance stays on file; the class need not be repeated "
                    "inside the retest window.",
                ],
                3,
            )
        ),
        "disclaimer": d.pick(
            [
                "This report is not a certificate. It confers no certification and no "
                "continuing education credit.",
                "Score reports do not grant certification or CEC hours. Keep this report for "
                "your records.",
            ]
        ),
        "report_id": f"Report {d.number('SR-')} · page 1 of 1",
        "admin": admin,
        "admin_role": d.pick(["Exam Administrator", "Testing Coordinator", "Registrar"]),
    }
