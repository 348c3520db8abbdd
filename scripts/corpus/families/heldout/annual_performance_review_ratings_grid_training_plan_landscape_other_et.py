"""Not a certificate: one page of a restoration company's annual
performance review for a field technician (landscape), kept in the
personnel file. A header with the company and the review period; a row
of boxed employee facts (name, position, hire date, supervisor, review
date); on the left a competency grid rated 1 to 5 with an X in one
column per row, an overall rating and the supervisor's comments; on the
right the goals for the next period and a training and development plan
table of courses the technician is to take (provider, target month,
estimated hours, status planned, requested or approved — none taken
yet); signature lines for employee, supervisor and HR at the foot. It
names courses, providers, hours and dates but credits nothing."""

from datetime import timedelta
from html import escape

from corpus import formats as F
from corpus import values as V

SOURCE = (
    "clawmango0/template-business:hr/tier1/performance-review.md (review period, core "
    "competencies rated 1-5, goals for next period with target date, development plan table, "
    "sign-off by employee, manager and HR) and kamathhrishi/Agentic_OS:corporate_documents/HR/"
    "Performance_Review_Template.md (overall rating checkboxes, development plan); restoration "
    "contractors' annual reviews that plan the next year's certification courses"
)
KIND = "other"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "other",
    "table",
    "landscape",
    "labelled",
    "checkboxes",
    "form",
    "distractor-person",
    "distractor-date",
    "distractor-course",
    "distractor-hours",
)

TEMPLATE = """<style>
.w { position:absolute; left:38px; right:38px; top:30px; bottom:26px; font: 13px ${sans}; color:#1a1a1a }
.hd { display:flex; justify-content:space-between; align-items:flex-end; border-bottom:3px solid ${dark}; padding-bottom:5px }
.hd b { font: bold 19px ${head}; color:${dark} } .hd span { font-size:11.5px; color:#444; text-align:right; line-height:15px }
.facts { display:grid; grid-template-columns: 1.4fr 1.2fr 0.8fr 1.2fr 0.8fr; border:1px solid #777; margin-top:10px }
.facts div { border-right:1px solid #777; padding:3px 7px 5px } .facts div:last-child { border-right:none }
.facts em { display:block; font: normal 9px ${sans}; text-transform:uppercase; color:#555; letter-spacing:.4px }
.facts b { font: ${fw} 13px ${vf} }
.cols { display:flex; gap:20px; margin-top:12px }
.l { flex:1 } .r { flex:1.15 }
h3 { font: bold 11.5px ${sans}; margin:0 0 4px; text-transform:uppercase; letter-spacing:.8px; background:${h3_bg}; color:${h3_fg}; padding:3px 6px }
table { width:100%; border-collapse:collapse; font-size:12.5px }
th { font-size:10px; border:1px solid #999; padding:3px 4px; background:#f1f1f1 }
td { border:1px solid #bbb; padding:5px 6px; vertical-align:top; line-height:16px }
td.x { text-align:center; width:28px; font: bold 13px ${sans} }
td.n { text-align:center; white-space:nowrap }
.ov { margin-top:8px; font-size:11.5px } .ov i { display:inline-block; width:11px; height:11px; border:1px solid #333; margin:0 4px 0 12px;
  font: bold 10px ${sans}; line-height:10px; text-align:center; font-style:normal; vertical-align:-1px }
.cm { margin-top:8px; border:1px solid #999; padding:4px 7px; min-height:84px; font-size:11px; color:#444 }
.cm span { display:block; font: ${cm_px}px ${cm_face}; color:${cm_ink}; line-height:19px; margin-top:2px }
.gap { height:10px }
.ec { margin-top:14px } .eb { border:1px solid #999; min-height:58px; padding:5px 8px; font-size:12px; color:#333; line-height:17px }
.sg { position:absolute; left:0; right:0; bottom:0; display:flex; gap:26px }
.sg div { flex:1; font-size:10.5px; color:#444 }
.sg .h { font: 21px ${hand}; color:#1d2b6b; height:28px; line-height:28px; border-bottom:1px solid #333; margin-bottom:2px; white-space:nowrap }
</style>
<div class="w">
 <div class="hd"><b>${company}</b><span>${doc_title}<br>${period_label}: ${period}</span></div>
 <div class="facts">
  <div><em>Employee</em><b>${employee}</b></div>
  <div><em>Position</em><b>${position}</b></div>
  <div><em>Hire date</em><b>${hired}</b></div>
  <div><em>Supervisor</em><b>${supervisor}</b></div>
  <div><em>Review date</em><b>${review_date}</b></div>
 </div>
 <div class="cols">
  <div class="l">
   <h3>${comp_head}</h3>
   <table><tr><th style="text-align:left">Competency</th><th>1</th><th>2</th><th>3</th><th>4</th><th>5</th></tr>${grid_html}</table>
   <div class="ov">Overall:${overall_html}</div>
   <div class="cm">${cm_label}<span>${comment}</span></div>
  </div>
  <div class="r">
   <h3>${goals_head}</h3>
   <table><tr><th style="text-align:left">Goal</th><th>Measure</th><th>Target date</th></tr>${goals_html}</table>
   <div class="gap"></div>
   <h3>${plan_head}</h3>
   <table><tr><th style="text-align:left">Course</th><th style="text-align:left">Provider</th><th>Target</th><th>Est. hrs</th><th>Status</th></tr>${plan_html}</table>
  </div>
 </div>
 <div class="ec"><h3>${ec_head}</h3><div class="eb">${ec_text}</div></div>
 <div class="sg">
  <div><div class="h">${emp_sig}</div>Employee &middot; Date ${emp_date}</div>
  <div><div class="h">${supervisor}</div>Supervisor &middot; Date ${sup_date}</div>
  <div><div class="h">${hr}</div>Human Resources &middot; Date ${hr_date}</div>
 </div>
</div>
"""

COMPANIES = [
    "Pinnacle Restoration & Cleaning",
    "Riverbend Water Damage Co.",
    "Ironwood Property Services",
    "Sunbelt Fire & Flood Restoration",
]
COMPETENCIES = [
    "Job knowledge (drying, cleaning methods)",
    "Quality of work and documentation",
    "Safety and PPE",
    "Customer communication",
    "Teamwork",
    "Reliability and attendance",
    "Equipment care",
    "Initiative",
]
GOALS = [
    ("Lead small water losses without a supervisor on site", "3 jobs signed off"),
    ("Cut equipment left on site past dry standard", "under 2 days average"),
    ("Complete moisture maps on every job", "100% of files"),
    ("Mentor a new technician", "90-day check-in"),
    ("Zero recordable injuries", "Safety log"),
]
STATUS = ["Planned", "Requested", "Approved — not yet scheduled", "Waitlisted"]


def fill(d):
    r = d.rng
    company = d.pick(COMPANIES)
    employee = d.person()
    supervisor = d.person()
    hr = d.person()
    style = d.pick(["us_numeric", "short_month", "us_short"])
    review = d.completed + timedelta(days=r.randint(0, 40))
    hired = review - timedelta(days=r.randint(400, 3000))
    grid = []
    for comp in r.sample(COMPETENCIES, d.pick([6, 7])):
        score = d.pick([3, 3, 4, 4, 4, 5, 2])
        cells = "".join(f"<td class='x'>{'X' if k == score else ''}</td>" for k in range(1, 6))
        grid.append(f"<tr><td>{comp}</td>{cells}</tr>")
    overall = d.pick(["Exceeds", "Meets", "Meets", "Partially meets"])
    overall_html = "".join(
        f"<i>{'X' if o == overall else '&nbsp;'}</i>{o}"
        for o in ["Exceeds", "Meets", "Partially meets", "Does not meet"]
    )
    goals = "".join(
        f"<tr><td>{g}</td><td>{m}</td><td class='n'>"
        f"{F.fmt_date(review + timedelta(days=r.randint(60, 330)), style)}</td></tr>"
        for g, m in r.sample(GOALS, 3)
    )
    courses = r.sample([c[0] for c in V.IICRC_COURSES[:14]] + V.CE_COURSES[:12], d.pick([2, 3, 4]))
    plan = []
    for k, course in enumerate(courses):
        target = review + timedelta(days=45 + 70 * k + r.randint(0, 40))
        prov = d.pick([s[0] for s in V.SCHOOLS] + [m[0] for m in V.MANUFACTURERS] + ["In-house"])
        plan.append(
            f"<tr><td>{escape(course)}</td><td>{escape(prov)}</td>"
            f"<td class='n'>{target.strftime('%b %Y')}</td>"
            f"<td class='n'>{F.fmt_number(d.pick([3, 7, 14, 16, 21]), r)}</td>"
            f"<td>{d.pick(STATUS)}</td></tr>"
        )
    if review.month < 4:
        period = f"Jan 1 – Dec 31, {review.year - 1}"
    elif review.month > 10:
        period = f"Jan 1 – Dec 31, {review.year}"
    else:
        hire_month = hired.strftime("%b")
        period = f"{hire_month} {review.year - 1} – {hire_month} {review.year}"
    h3_dark = d.chance(0.5)
    numbered = d.chance(0.5)
    cm_hand = d.chance(0.6)
    return {
        "head": d.fonts[d.pick(["sans", "display", "cond"])],
        "fw": d.pick(["bold", "normal"]),
        "vf": d.fonts[d.pick(["sans", "mono"])],
        "h3_bg": d.colors["dark"] if h3_dark else "#e6e6e6",
        "h3_fg": "#fff" if h3_dark else "#111",
        "cm_face": d.fonts["hand" if cm_hand else "sans"],
        "cm_px": 17 if cm_hand else 13,
        "cm_ink": "#1d2b6b" if cm_hand else "#222",
        "company": company,
        "doc_title": d.pick(
            [
                "Annual Performance Review — Field Staff",
                "Employee Performance Review",
                "Annual Review",
            ]
        ),
        "period_label": d.pick(["Review period", "Period covered"]),
        "period": period,
        "employee": employee,
        "position": d.pick(
            [
                "Restoration Technician II",
                "Water Mitigation Technician",
                "Crew Lead",
                "Mold Technician",
            ]
        ),
        "hired": F.fmt_date(hired, style),
        "supervisor": supervisor,
        "review_date": F.fmt_date(review, style),
        "comp_head": ("Section 1 — " if numbered else "")
        + d.pick(["Core competencies", "Competency ratings"]),
        "grid_html": "".join(grid),
        "overall_html": overall_html,
        "cm_label": d.pick(["Supervisor comments", "Strengths / areas to develop"]),
        "comment": d.pick(
            [
                "Dependable on water jobs and good with homeowners. Needs to finish paperwork the "
                "same day.",
                "Strong on equipment and safety. Next step: lead jobs and train new hires.",
                "Improved a lot this year. Work on estimating and talking with adjusters.",
            ]
        ),
        "goals_head": ("Section 2 — " if numbered else "")
        + d.pick(["Goals for next period", "Goals for the coming year"]),
        "goals_html": goals,
        "plan_head": ("Section 3 — " if numbered else "")
        + d.pick(["Training and development plan", "Training plan"]),
        "plan_html": "".join(plan),
        "ec_head": ("Section 4 — " if numbered else "") + "Employee comments",
        "ec_text": d.pick(
            [
                "I would like to take the next certification class before storm season and get "
                "more time on mold jobs.",
                "Agree with the review. Asking for the drying class to be moved up if a seat "
                "opens.",
                "",
            ]
        ),
        "emp_sig": employee,
        "emp_date": F.fmt_date(review + timedelta(days=r.randint(0, 5)), style),
        "sup_date": F.fmt_date(review, style),
        "hr_date": F.fmt_date(review + timedelta(days=r.randint(3, 14)), style),
        "hr": hr,
    }
