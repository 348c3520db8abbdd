"""An employee expense report for a trip to a training class, the kind a
technician staples behind his certificate: the contractor's letterhead with a
report number and an approval stamp, an employee and trip table (purpose
naming the class, its school and dates), an itemised table of expenses with
receipt ticks (registration, lodging, mileage, meals, parking), totals with
the advance deducted, and a three-row submission block of signatures and
dates. It records what was spent, not that anyone completed anything."""

SOURCE = "clawmango0/template-business:finance/tier1/expense-report.md"
KIND = "other"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "other",
    "table",
    "labelled",
    "landscape",
    "date-range",
    "stamp",
    "distractor-person",
)

TEMPLATE = """<style>
.w { position:absolute; inset:36px 44px 40px; font-family:${sans}; font-size:12px; color:#1a1a1a }
.hd { display:flex; justify-content:space-between; align-items:flex-start; border-bottom:2px solid ${dark}; padding-bottom:8px }
.co { font: bold 19px ${sans}; color:${dark} }
.co small { display:block; font: 11px ${sans}; color:#555; margin-top:2px }
.tt { text-align:right }
.tt h1 { font: bold 22px ${sans}; margin:0; letter-spacing:2px; color:${dark} }
.tt div { font-size:11.5px; margin-top:3px }
.stamp { margin:6px 0 0 auto; margin-right:40px; transform:rotate(-10deg); border:3px solid #b22; color:#b22; padding:3px 10px;
  font: bold 16px ${sans}; letter-spacing:2px; border-radius:4px; opacity:0.8; text-align:center; line-height:17px }
.stamp small { display:block; font: bold 9.5px ${sans}; letter-spacing:0.5px }
.two { display:flex; gap:18px; margin-top:12px }
table { border-collapse:collapse; width:100% }
.info td { border:1px solid #bbb; padding:4px 6px }
.info td.l { background:${light}; font-weight:bold; width:118px }
.items { margin-top:14px }
.items th { background:${dark}; color:#fff; text-align:left; padding:5px 6px; font-size:11px }
.items td { border-bottom:1px solid #ccc; padding:5px 6px; vertical-align:top }
.items td.a, .items th.a { text-align:right; white-space:nowrap }
.items tr.t td { border-bottom:none; font-weight:bold }
.sub { display:flex; gap:18px; margin-top:14px; align-items:flex-start }
.sum { width:300px; margin-left:auto }
.sum td { padding:3px 6px } .sum td.a { text-align:right } .sum tr.g td { border-top:2px solid #111; font-weight:bold }
.sg { flex:1 }
.sg td, .sg th { border:1px solid #bbb; padding:5px 6px; text-align:left }
.sg th { background:${light}; font-size:11px }
.sg .h { font: 17px ${hand}; color:#223a7a }
.note { margin-top:10px; font-size:10.5px; color:#555 }
</style>
<div class="w">
 <div class="hd">
  <div class="co">${company}<small>${street} · ${city} · ${phone}</small></div>
  <div class="stamp">${stamp}<small>${stamp_date}</small></div>
  <div class="tt"><h1>EXPENSE REPORT</h1><div>Report No. ${report_no}</div><div>Submitted ${submitted}</div></div>
 </div>
 <div class="two">
  <table class="info">
   <tr><td class="l">Employee</td><td>${employee}</td><td class="l">Employee ID</td><td>${emp_id}</td></tr>
   <tr><td class="l">Department</td><td>${dept}</td><td class="l">Manager</td><td>${manager}</td></tr>
   <tr><td class="l">Purpose</td><td colspan="3">${purpose_lead} ${course}, ${school} (${dates})</td></tr>
   <tr><td class="l">Report period</td><td>${period}</td><td class="l">Job / cost code</td><td>${cost}</td></tr>
  </table>
 </div>
 <table class="items">
  <tr><th>Date</th><th>Category</th><th>Vendor</th><th>Description</th><th>Receipt</th><th class="a">Amount</th></tr>
  ${rows_html}
 </table>
 <div class="sub">
  <table class="sg">
   <tr><th></th><th>Signature</th><th>Name</th><th>Date</th></tr>
   <tr><th>Employee</th><td class="h">${employee}</td><td>${employee}</td><td>${d1}</td></tr>
   <tr><th>Manager</th><td class="h">${manager}</td><td>${manager}</td><td>${d2}</td></tr>
   <tr><th>Finance</th><td></td><td>${finance}</td><td>${d3}</td></tr>
  </table>
  <table class="sum">
   <tr><td>Total expenses</td><td class="a">${total}</td></tr>
   <tr><td>Less: company-paid</td><td class="a">${company_paid}</td></tr>
   <tr><td>Less: cash advance</td><td class="a">${advance}</td></tr>
   <tr class="g"><td>${due_label}</td><td class="a">${due}</td></tr>
  </table>
 </div>
 <div class="note">${note}</div>
</div>
"""

COMPANIES = [
    "Dry-Rite Restoration Services",
    "Allpoints Water & Fire Recovery",
    "Crestline Cleaning & Restoration",
    "Blue Ridge Disaster Response LLC",
    "ProTech Carpet & Upholstery Care",
    "Ironwood Mitigation Group",
]


def fill(d):
    from datetime import timedelta

    from corpus import formats as F

    r = d.rng
    end = d.completed
    days = d.pick([1, 2, 2, 3])
    start = end - timedelta(days=days)

    def day(n, style="us_numeric"):
        return F.fmt_date(start + timedelta(days=n), style)

    money = lambda v: f"${v:,.2f}"  # noqa: E731
    fee = d.pick([295, 395, 425, 595, 795, 1195])
    nights = days
    rate = d.pick([109, 129, 149, 159, 189])
    miles = r.randrange(60, 420)
    mrate = d.pick([0.58, 0.625, 0.655, 0.67])
    meals = [round(r.uniform(9, 38), 2) for _ in range(days + 1)]
    parking = d.pick([0, 12, 18, 24])
    school = d.provider()
    rows = [
        (day(0), "Training", school, "Course registration fee", "✓", fee),
        (
            day(0),
            "Lodging",
            d.venue().split(",")[0] + " area hotel",
            f"{nights} night(s) @ {money(rate)}",
            "✓",
            nights * rate,
        ),
        (
            day(0),
            "Mileage",
            "Personal vehicle",
            f"{miles} mi round trip @ ${mrate}/mi",
            "log",
            round(miles * mrate, 2),
        ),
    ]
    for i, m in enumerate(meals):
        rows.append(
            (day(i), "Meals", d.pick(["Diner", "Café", "Grill", "Deli"]), "Per diem meal", "✓", m)
        )
    if parking:
        rows.append((day(days), "Parking", "Venue garage", "Parking", "✓", parking))
    total = round(sum(x[-1] for x in rows), 2)
    company_paid = fee if d.chance(0.5) else 0
    advance = d.pick([0, 0, 100, 200])
    due = round(total - company_paid - advance, 2)
    html_rows = "".join(
        f"<tr><td>{a}</td><td>{b}</td><td>{c}</td><td>{e}</td><td>{f}</td><td class='a'>{money(g)}</td></tr>"
        for a, b, c, e, f, g in rows
    )
    html_rows += f"<tr class='t'><td colspan='5'>Total</td><td class='a'>{money(total)}</td></tr>"
    street, city = d.address()
    return {
        "company": d.pick(COMPANIES),
        "street": street,
        "city": city,
        "phone": d.phone(),
        "report_no": f"ER-{end.year}-{r.randrange(100, 999)}",
        "submitted": d.other_date("issue", "us_numeric"),
        "stamp": d.pick(["APPROVED", "PAID", "RECEIVED"]),
        "stamp_date": d.other_date("issue", "short_month"),
        "employee": d.person(),
        "emp_id": f"{r.randrange(1000, 9999)}",
        "dept": d.pick(["Water Mitigation", "Carpet Care", "Field Operations", "Fire & Smoke"]),
        "manager": d.person(),
        "purpose_lead": d.pick(["Attend", "Travel to", "Training:"]),
        "course": d.title("plain"),
        "school": school,
        "dates": d.date_range(days),
        "period": f"{day(0)} – {day(days)}",
        "cost": d.pick(["TRN-", "OH-", "EDU-"]) + str(r.randrange(100, 999)),
        "rows_html": html_rows,
        "total": money(total),
        "company_paid": money(company_paid),
        "advance": money(advance),
        "due_label": d.pick(["Amount due employee", "Reimbursement due", "Balance due"]),
        "due": money(due),
        "d1": d.other_date("issue", "us_numeric"),
        "d2": d.other_date("issue", "us_numeric"),
        "d3": d.other_date("issue", "us_numeric"),
        "finance": d.person(),
        "note": d.pick(
            [
                "Attach itemised receipts for every expense over $25. Mileage at the current IRS rate.",
                "Receipts required for all items except per diem meals. Submit within 30 days of travel.",
            ]
        ),
    }
