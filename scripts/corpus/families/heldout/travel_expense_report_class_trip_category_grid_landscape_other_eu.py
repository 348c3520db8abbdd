"""A restoration company's expense report for a technician's trip to a
class, landscape: the company name and "Expense Report" with the report
number and status, an employee block of labelled cells (employee, ID,
department, manager, period, business purpose naming the class, the school
and its CEC hours), a ruled table of expense lines (date, category, vendor,
description, receipt tick, amount: tuition, lodging, meals, parking,
mileage), a mileage log, a summary by category, advances and the amount
due, and sign-off lines for employee, manager and accounting with dates.
It asks for money back; the class it names is not credited here."""

SOURCE = (
    "clawmango0/template-business:finance/tier1/expense-report.md (employee information "
    "table, expense items with date/category/vendor/description/receipt/amount, summary by "
    "category, mileage log with rate, employee/manager/finance signature rows)"
)
KIND = "other"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "other",
    "landscape",
    "table",
    "labelled",
    "record",
    "date-range",
    "distractor-person",
    "handwritten",
)

TEMPLATE = """<style>
.w { position:absolute; inset:34px 40px 28px; font:12px ${sans}; color:#222 }
.hd { display:flex; justify-content:space-between; align-items:flex-end; border-bottom:3px solid ${dark}; padding-bottom:5px }
.hd .c { font:bold 17px ${sans}; color:${dark} } .hd .c span { display:block; font:10px ${sans}; color:#666; font-weight:normal }
.hd h1 { font:bold 24px ${display}; margin:0; letter-spacing:1px; color:#222; text-transform:uppercase }
.hd .m { text-align:right; font-size:10.5px; line-height:14px }
.hd .st { display:inline-block; border:1.5px solid ${accent}; color:${accent}; font:bold 10px ${sans}; padding:1px 6px; letter-spacing:1px }
.emp { display:grid; grid-template-columns:repeat(4, 1fr); border:1px solid #999; border-bottom:none; margin-top:8px }
.emp div { border-bottom:1px solid #999; border-right:1px solid #ddd; padding:5px 7px; min-height:38px }
.emp div:nth-child(4n) { border-right:none } .emp .wide { grid-column:span 4; border-right:none }
.emp i { display:block; font-style:normal; font-size:8.5px; color:#666; text-transform:uppercase; letter-spacing:.5px }
.emp b { font-weight:600; font-size:13px }
table { width:100%; border-collapse:collapse }
.ex { margin-top:12px } .ex th { background:${dark}; color:#fff; font:bold 9.5px ${sans}; text-transform:uppercase; letter-spacing:.5px; padding:4px 5px; text-align:left }
.ex td { border-bottom:1px solid #ccc; padding:6px 5px; vertical-align:top; line-height:13px } .ex tr:nth-child(odd) td { background:${light} }
.ex td.n, .ex th.n { text-align:right; white-space:nowrap } .ex td.k { text-align:center }
.ex tr.t td { font-weight:bold; background:#fff; border-top:2px solid #333; border-bottom:none }
.low { display:flex; gap:14px; margin-top:14px; align-items:flex-start }
.low table { border:1px solid #bbb } .low th { background:#eee; font-size:9px; text-transform:uppercase; text-align:left; padding:3px 5px; border-bottom:1px solid #bbb }
.low td { padding:4px 5px; border-bottom:1px solid #eee } .low td.n { text-align:right }
.low .mi { flex:1.6 } .low .sm { flex:1 } .low .due { flex:1 }
.due td { font-size:11px } .due tr.g td { font-weight:bold; border-top:2px solid #333; font-size:12px }
.nt { margin-top:14px; border:1px solid #bbb; padding:6px 9px; font-size:11px; line-height:16px; color:#333 } .nt b { color:#111 }
.pol { position:absolute; left:0; right:0; bottom:0; border-top:1px solid #999; padding-top:5px; font-size:9.5px; color:#666; line-height:13px }
.sg { display:flex; gap:18px; margin-top:26px }
.sg div { flex:1; font-size:9.5px; color:#555 } .sg .h { font:22px/26px ${hand}; color:#1b2a6b; border-bottom:1px solid #333; height:28px; white-space:nowrap; overflow:hidden }
.sg .dt { float:right; font:14px ${hand}; color:#1b2a6b; margin-top:-20px }
</style>
<div class="w">
 <div class="hd"><div class="c">${company}<span>${co_street} &middot; ${co_town}</span></div><h1>${heading}</h1>
  <div class="m">Report no. ${report_no}<br>Submitted ${submitted}<br><span class="st">${status}</span></div></div>
 <div class="emp">
  <div><i>Employee</i><b>${name}</b></div><div><i>Employee ID</i><b>${emp_id}</b></div>
  <div><i>Department</i><b>${dept}</b></div><div><i>Manager</i><b>${manager}</b></div>
  <div><i>Report period</i><b>${period}</b></div><div><i>Trip to</i><b>${city}</b></div>
  <div><i>Cost center</i><b>${cost_center}</b></div><div><i>Advance received</i><b>${advance}</b></div>
  <div class="wide"><i>Business purpose</i><b>${purpose}</b></div>
 </div>
 <table class="ex"><tr><th style="width:74px">Date</th><th style="width:84px">Category</th><th style="width:190px">Vendor</th><th>Description</th><th style="width:52px">Receipt</th><th class="n" style="width:80px">Amount</th></tr>
  ${lines_html}
  <tr class="t"><td colspan="5" style="text-align:right">Total expenses</td><td class="n">${total}</td></tr></table>
 <div class="low">
  <table class="mi"><tr><th>Date</th><th>From</th><th>To</th><th>Miles</th><th>Rate</th><th style="text-align:right">Total</th></tr>${miles_html}</table>
  <table class="sm"><tr><th>Category</th><th style="text-align:right">Total</th></tr>${summary_html}</table>
  <table class="due"><tr><th colspan="2">Reimbursement</th></tr><tr><td>Total expenses</td><td class="n">${total}</td></tr>
   <tr><td>Less company card</td><td class="n">${card}</td></tr><tr><td>Less advance</td><td class="n">${advance}</td></tr>
   <tr class="g"><td>Due to employee</td><td class="n">${due}</td></tr></table>
 </div>
 <div class="nt"><b>Notes:</b> ${notes}</div>
 <div class="sg">
  <div><div class="h">${sig_emp}</div>Employee signature<span class="dt">${d_emp}</span></div>
  <div><div class="h">${sig_mgr}</div>Manager approval<span class="dt">${d_mgr}</span></div>
  <div><div class="h"></div>Accounting</div>
 </div>
 <div class="pol">${policy}</div>
</div>
"""

COMPANIES = [
    "High Plains Restoration, Inc.",
    "BlueWave Water Damage Specialists",
    "Crown Fire & Flood Recovery",
    "Metro Mitigation Partners",
    "Sunbelt Cleaning & Restoration",
]
TICK, DASH = "&#10003;", "&ndash;"
HOTELS = [
    "Hampton Inn",
    "Courtyard by Marriott",
    "Holiday Inn Express",
    "La Quinta Inn",
    "Best Western Plus",
]


def fill(d):
    import html
    from datetime import timedelta

    from corpus.formats import fmt_date

    e = html.escape
    r = d.rng
    days = max(1, round(d.credit / 7))
    first = d.completed - timedelta(days=days - 1)
    travel_out = first - timedelta(days=d.pick([0, 1]))
    back = d.completed
    style = d.pick(["us_numeric", "us_short", "short_month"])
    org = d.provider()
    title = d.title(d.pick(["plain", "with_code"]))
    hours = d.hours(d.pick(["cec_hours", "hours_title", "cecs"]))
    city = d.city()
    name = d.name(d.pick(["plain", "last_first", "upper"]))
    tuition = d.pick([395, 495, 595, 695, 795, 895, 1195])
    nights = (back - travel_out).days
    rate = d.pick([109, 119, 129, 139, 149])
    miles = r.randrange(90, 420)
    mile_rate = d.pick([0.655, 0.67, 0.70])
    lines = [
        (
            travel_out - timedelta(days=r.randint(10, 30)),
            "Training",
            org,
            f"Tuition \u2013 {title}",
            tuition,
            "Card",
        )
    ]
    if nights:
        lines.append(
            (
                back,
                "Lodging",
                f"{d.pick(HOTELS)}, {city}",
                f"{nights} night{'s' if nights > 1 else ''} @ ${rate}",
                nights * rate,
                "Card",
            )
        )
    day = travel_out
    meals = 0
    while day <= back:
        amt = d.pick([18.4, 22.75, 27.1, 31.6, 14.95])
        meals += amt
        day += timedelta(days=1)
    lines.append(
        (
            back,
            "Meals",
            "Various",
            f"Per diem meals, {(back - travel_out).days + 1} day(s)",
            round(meals, 2),
            "Cash",
        )
    )
    if d.chance(0.6):
        lines.append(
            (
                first,
                "Parking",
                d.pick(["Venue garage", "City lot", "Hotel valet"]),
                "Class parking",
                d.pick([12, 18, 24]) * days,
                "Cash",
            )
        )
    lines.append(
        (
            back,
            "Mileage",
            "Personal vehicle",
            f"{miles * 2} mi round trip @ ${mile_rate}",
            round(miles * 2 * mile_rate, 2),
            "Log",
        )
    )
    lines.sort(key=lambda x: x[0])
    total = sum(x[4] for x in lines)
    card = sum(x[4] for x in lines if x[5] == "Card")
    advance = d.pick([0, 0, 100, 200])
    rows = "".join(
        f"<tr><td>{fmt_date(dt, style)}</td><td>{cat}</td><td>{e(v)}</td><td>{e(desc)}</td>"
        f"<td class='k'>{TICK if how != 'Log' else DASH}</td><td class='n'>${amt:,.2f}</td></tr>"
        for dt, cat, v, desc, amt, how in lines
    )
    cats: dict[str, float] = {}
    for x in lines:
        cats[x[1]] = cats.get(x[1], 0) + x[4]
    summary = "".join(f"<tr><td>{k}</td><td class='n'>${v:,.2f}</td></tr>" for k, v in cats.items())
    street, town = d.address()
    home = town.split(",")[0]
    miles_html = (
        f"<tr><td>{fmt_date(travel_out, style)}</td><td>{e(home)} shop</td><td>{e(city)}</td><td>{miles}</td>"
        f"<td>${mile_rate}</td><td class='n'>${miles * mile_rate:,.2f}</td></tr>"
        f"<tr><td>{fmt_date(back, style)}</td><td>{e(city)}</td><td>{e(home)} shop</td><td>{miles}</td>"
        f"<td>${mile_rate}</td><td class='n'>${miles * mile_rate:,.2f}</td></tr>"
    )
    manager = d.person()
    signed = d.chance(0.7)
    submitted = back + timedelta(days=r.randint(1, 9))
    return {
        "company": d.pick(COMPANIES),
        "co_street": street,
        "co_town": town,
        "heading": d.pick(["Expense Report", "Travel Expense Report", "Expense Reimbursement"]),
        "report_no": f"ER-{back.year}-{r.randrange(100, 999)}",
        "submitted": fmt_date(submitted, style),
        "status": d.pick(["SUBMITTED", "APPROVED", "PENDING REVIEW"]),
        "name": name,
        "emp_id": f"{r.randrange(1000, 9999)}",
        "dept": d.pick(["Water Mitigation", "Field Operations", "Contents", "Carpet & Upholstery"]),
        "manager": manager,
        "period": f"{fmt_date(travel_out, style)} \u2013 {fmt_date(back, style)}",
        "city": city,
        "cost_center": d.pick(["Training", "600-Training", "Ops / Education"]),
        "advance": f"${advance:,.2f}",
        "purpose": d.pick(
            [
                f"Attend {title} at {org} ({hours}). Certificate to be filed with HR on receipt.",
                f"Required training: {title}, {org}, {d.date_range(days - 1) if days > 1 else d.date('long')}.",
            ]
        ),
        "lines_html": rows,
        "total": f"${total:,.2f}",
        "miles_html": miles_html,
        "summary_html": summary,
        "card": f"${card:,.2f}",
        "due": f"${total - card - advance:,.2f}",
        "notes": f"{len(lines) - 1} receipts attached. Mileage at the company rate. "
        + d.pick(
            [
                "Training hours are logged in the employee file only when the school's certificate "
                "is received.",
                "Copy of the class registration attached; certificate to follow.",
                "Hotel folio and tuition invoice attached.",
            ]
        ),
        "policy": d.pick(
            [
                "Submit within 30 days of travel with itemized receipts. Alcohol and personal "
                "charges are not reimbursable. Form FIN-12",
                "Expenses over $75 require an itemized receipt. Reimbursements are paid with the "
                "next payroll after approval. Form AP-7",
            ]
        ),
        "sig_emp": d.plain_name,
        "d_emp": fmt_date(submitted, "us_short"),
        "sig_mgr": manager if signed else "",
        "d_mgr": fmt_date(submitted + timedelta(days=r.randint(1, 5)), "us_short")
        if signed
        else "",
    }
