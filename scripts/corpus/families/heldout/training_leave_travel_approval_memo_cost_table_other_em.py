"""Not a training record: a restoration company's internal memo approving a
technician's request to attend a class that has not happened yet,
portrait. The company's name and "interoffice memorandum" head the page
over a rule; to / from / cc / date / subject lines; a paragraph approving
paid leave for the class days (a span of dates in the future) at an
outside school in another city, naming the course; a cost table (tuition,
hotel nights, per diem days, mileage at a rate, and a total), the budget
code; a numbered list of conditions (bring back the certificate, share what
was learned at the next crew meeting, repay tuition if leaving within a
year); approval signatures of the manager and the owner with dates. It
names people, a course, a school, dates and amounts, and records no credit
for anyone."""

SOURCE = (
    "cuonghoit/POC:resources/views/training_management/TI.blade.php (training request: ref., "
    "date, programme title, purpose, participant) and Vecticum/vecticum-docusaurus:docs/"
    "vecticum/user-guide/080-trainings/040-trainings-for-employees/"
    "040-create-request-for-training.md (employee, line manager, training, costs, approval)"
)
KIND = "other"
PAPER = ["a4-portrait", "letter-portrait"]
CATEGORIES = (
    "other",
    "letter",
    "table",
    "labelled",
    "portrait",
    "date-range",
    "distractor-person",
    "distractor-date",
    "distractor-org",
)

TEMPLATE = """<style>
.w { position:absolute; inset:52px 70px 40px; font: 13.5px ${body}; line-height:20px; color:#1b1b1b }
.co { font: bold 20px ${head}; color:${dark} }
.im { font: 11px ${sans}; letter-spacing:3px; text-transform:uppercase; color:#555; margin-top:2px; padding-bottom:8px; border-bottom:3px solid ${dark} }
.hb { display:grid; grid-template-columns:80px 1fr; row-gap:4px; margin:14px 0 12px; font-size:13.5px }
.hb b { font: bold 11.5px ${sans}; padding-top:2px }
.rl { border-top:1px solid #888; margin-bottom:12px }
.w p { margin:0 0 10px; text-align:${align} }
table { border-collapse:collapse; width:78%; margin:4px 0 10px; font: 12.5px ${sans} }
th { text-align:left; border-bottom:1.5px solid #333; padding:3px 8px; font-size:10.5px; text-transform:uppercase; letter-spacing:.5px; color:#444 }
td { padding:3px 8px; border-bottom:1px solid #ddd } td.n, th.n { text-align:right; white-space:nowrap }
tr.t td { font-weight:bold; border-top:1.5px solid #333; border-bottom:none }
ol { margin:4px 0 10px; padding-left:22px } li { margin-bottom:3px }
.ap { display:flex; gap:30px; margin-top:56px }
.ap div { flex:1; border-top:1px solid #222; padding-top:3px; font: 11px ${sans}; position:relative }
.ap .h { position:absolute; top:-32px; left:4px; font: 25px ${hand}; color:#1d2f66; white-space:nowrap }
</style>
<div class="w">
 <div class="co">${company}</div>
 <div class="im">${memo_head}</div>
 <div class="hb">
  <b>TO:</b><div>${employee}, ${job}</div>
  <b>FROM:</b><div>${manager}, ${mgr_role}</div>
  <b>CC:</b><div>${cc}</div>
  <b>DATE:</b><div>${memo_date}</div>
  <b>SUBJECT:</b><div>${subject}</div>
 </div>
 <div class="rl"></div>
 <p>${p1}</p>
 <table><tr><th>Item</th><th>Basis</th><th class="n">Amount</th></tr>${cost_rows_html}
 <tr class="t"><td>${total_label}</td><td></td><td class="n">${total}</td></tr></table>
 <p>${budget}</p>
 <p>${cond_intro}</p>
 <ol>${conditions_html}</ol>
 <p>${p_end}</p>
 <div class="ap">
  <div><span class="h">${manager}</span>${manager} · ${mgr_role} · ${sig_date1}</div>
  <div><span class="h">${owner}</span>${owner} · ${owner_role} · ${sig_date2}</div>
 </div>
</div>
"""

COMPANIES = [
    "Silver Creek Restoration, Inc.",
    "All-Pro Water Damage Services",
    "Granite State Disaster Recovery",
    "Ocean Breeze Cleaning & Restoration",
    "Central Valley Mitigation LLC",
]
JOBS = ["Restoration Technician", "Crew Lead", "Carpet Technician", "Mitigation Technician"]


def fill(d):
    import html
    from datetime import timedelta

    from corpus import formats as F
    from corpus import values as V

    e = html.escape
    r = d.rng
    course, code = d.pick(V.IICRC_COURSES) if d.chance(0.6) else (d.pick(V.CE_COURSES), None)
    course_text = f"{course} ({code})" if code and d.chance(0.5) else course
    school = d.pick(V.SCHOOLS)[0]
    city = d.city()
    memo_day = d.completed
    start = memo_day + timedelta(days=r.randint(20, 75))
    n_days = d.pick([1, 2, 3, 3])
    end = start + timedelta(days=n_days - 1)
    sfmt = d.pick(["long", "weekday", "short_month"])
    if n_days == 1:
        when = f"on {F.fmt_date(start, sfmt)}"
    else:
        when = f"from {F.fmt_date(start, sfmt)} through {F.fmt_date(end, sfmt)}"
    employee = d.person()
    manager = d.person()
    owner = d.person()
    tuition = d.pick([395, 495, 695, 895, 1095, 1295])
    nights = n_days if d.chance(0.7) else max(n_days - 1, 1)
    rate = d.pick([119, 139, 159, 174])
    diem = d.pick([45, 55, 59])
    miles = d.pick([180, 240, 310, 420])
    mrate = d.pick([0.58, 0.625, 0.655, 0.67])
    rows = [
        ("Tuition", f"{school[:26]}{'…' if len(school) > 26 else ''}", tuition),
        ("Hotel", f"{nights} night{'s' if nights > 1 else ''} × ${rate}", nights * rate),
        ("Per diem", f"{n_days} day{'s' if n_days > 1 else ''} × ${diem}", n_days * diem),
        ("Mileage", f"{miles} mi × ${mrate:g}", round(miles * mrate, 2)),
    ]
    total = sum(x[2] for x in rows)
    cost_rows_html = "".join(
        f'<tr><td>{e(a)}</td><td>{e(b)}</td><td class="n">${c:,.2f}</td></tr>' for a, b, c in rows
    )
    p1 = d.pick(
        [
            f"Your request to attend {course_text} at {school} in {city} {when} is approved. "
            "The class days will be paid as regular work days, and the company will cover "
            "the costs below.",
            f"Approved: paid training leave {when} for you to attend {course_text}, given "
            f"by {school} in {city}. Please book travel through the office.",
        ]
    )
    conditions = [
        "Bring a copy of your certificate to the office within one week of the class.",
        "Give a short summary of what you learned at the next crew meeting.",
        "If you leave the company within twelve months, tuition is repaid as set out in "
        "the training agreement.",
    ]
    if d.chance(0.5):
        conditions.append("Keep all receipts; the expense report is due within 10 days.")
    return {
        "body": d.fonts[d.pick(["serif", "sans"])],
        "head": d.fonts[d.pick(["display", "sans", "serif"])],
        "align": d.pick(["left", "justify"]),
        "hand": d.fonts["hand"],
        "company": d.pick(COMPANIES),
        "memo_head": d.pick(["Interoffice memorandum", "Internal memo", "Memorandum"]),
        "employee": employee,
        "job": d.pick(JOBS),
        "manager": manager,
        "mgr_role": d.pick(["Operations Manager", "Branch Manager", "Production Manager"]),
        "cc": d.pick(["Payroll; personnel file", f"{d.person()}, Office Manager", "HR file"]),
        "memo_date": F.fmt_date(memo_day, d.pick(["long", "us_numeric", "dmy_long"])),
        "subject": d.pick(
            ["Training leave and travel approval", "Approval – outside training request"]
        ),
        "p1": p1,
        "cost_rows_html": cost_rows_html,
        "total_label": d.pick(["Total approved", "Total"]),
        "total": f"${total:,.2f}",
        "budget": f"Charge to budget code {d.pick(['TRN', '6120', 'ED'])}-{r.randrange(100, 999)}. "
        f"Purchase order {d.number('PO ')}.",
        "cond_intro": d.pick(["This approval is subject to the following:", "Conditions:"]),
        "conditions_html": "".join(f"<li>{e(c)}</li>" for c in conditions),
        "p_end": d.pick(
            [
                "Enjoy the class, and thank you for investing in your training.",
                "Contact me if the class dates change or the class is cancelled.",
            ]
        ),
        "owner": owner,
        "owner_role": d.pick(["Owner", "President", "General Manager"]),
        "sig_date1": F.fmt_date(memo_day, "us_numeric"),
        "sig_date2": F.fmt_date(memo_day + timedelta(days=r.randint(0, 3)), "us_numeric"),
    }
