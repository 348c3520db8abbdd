"""Not a certificate: a payroll earnings statement (pay stub) for a
restoration technician, printed from the payroll provider's employee
portal. A dark band with the employer's name and "Earnings Statement",
employee and pay-period blocks (name, employee ID, department, period
range, pay date), an earnings table where a "Training" line pays the hours
spent in a class and names it in the memo, a deductions table, year-to-date
figures and the net pay, and a tear-off style direct-deposit advice. Hours,
dates, a person and a course title all appear; it is a wage record."""

SOURCE = (
    "webo-mind-apps/Little-FootprintsWebo:application/views/pay_slip_view.php (earnings, rate, "
    "current hrs/units, current amount, YTD; deductions; net pay) and "
    "haiyo/wms:www/themes/default/markaxis/payroll/slip.tpl (company block, employee name, "
    "department, designation, pay period)"
)
KIND = "other"
PAPER = "half-letter"
CATEGORIES = (
    "other",
    "table",
    "labelled",
    "landscape",
    "dark-band",
    "distractor-person",
    "distractor-date",
    "date-range",
)

TEMPLATE = """<style>
.w { position:absolute; inset:${inset}; font: ${fs}px ${sans}; color:#1a1a1a }
.band { background:${band}; color:#fff; display:flex; justify-content:space-between; align-items:center; padding:8px 14px }
.band b { font: bold 16px ${sans} } .band span { font-size:11px; opacity:.9 } .band .r { text-align:right }
.band .r b { font-size:15px; letter-spacing:1px }
.info { display:flex; gap:20px; padding:8px 2px; border-bottom:1px solid #bbb }
.info div { flex:1 } .info .k { color:#666; font-size:0.85em; text-transform:uppercase; letter-spacing:.4px }
.tbls { display:flex; gap:16px; margin-top:8px }
table { border-collapse:collapse; width:100% }
th { font-size:0.82em; text-transform:uppercase; color:#444; border-bottom:1.5px solid #333; padding:3px 5px; text-align:right; letter-spacing:.3px }
th:first-child, td:first-child { text-align:left }
td { padding:3px 5px; border-bottom:1px solid #e2e2e2; text-align:right; font-variant-numeric:tabular-nums }
td.memo { font-size:0.82em; color:#555; text-align:left; padding-top:0; border-bottom:1px solid #e2e2e2 }
tr.tot td { font-weight:bold; border-top:1.5px solid #333 }
.net { display:flex; justify-content:flex-end; gap:28px; margin-top:8px; padding:6px 10px; background:${light}; font-weight:bold }
.net span { font-size:1.25em }
.msg { display:flex; gap:14px; margin-top:8px; font-size:0.92em } .msg > div { flex:1; border:1px solid #ccc; padding:5px 8px; line-height:1.35 } .msg b { display:block; font-size:0.9em; text-transform:uppercase; letter-spacing:.4px; color:#444 }
.adv { position:absolute; left:0; right:0; bottom:0; border-top:1px dashed #777; padding-top:6px; display:flex; justify-content:space-between; font-size:0.9em; color:#333 }
.adv b { font-size:1.05em }
</style>
<div class="w">
 <div class="band"><div><b>${employer}</b><br><span>${emp_addr}</span></div><div class="r"><b>EARNINGS STATEMENT</b><br><span>${provider}</span></div></div>
 <div class="info">
  <div><div class="k">Employee</div>${employee}<br>ID ${emp_id} · ${dept}</div>
  <div><div class="k">Pay period</div>${period}</div>
  <div><div class="k">Pay date</div>${pay_date}</div>
  <div><div class="k">Check / advice no.</div>${advice}</div>
 </div>
 <div class="tbls">
  <div style="flex:1.35"><table><tr><th>Earnings</th><th>Rate</th><th>Hours</th><th>Current</th><th>YTD</th></tr>${earn_html}
   <tr class="tot"><td>Gross pay</td><td></td><td>${tot_hrs}</td><td>${gross}</td><td>${gross_ytd}</td></tr></table></div>
  <div style="flex:1"><table><tr><th>Deductions</th><th>Current</th><th>YTD</th></tr>${ded_html}
   <tr class="tot"><td>Total</td><td>${ded}</td><td>${ded_ytd}</td></tr></table></div>
 </div>
 <div class="net">Net pay <span>${net}</span></div>
 <div class="msg"><div><b>Time off balances</b>${pto}</div><div><b>Message from payroll</b>${note}</div></div>
 <div class="adv"><div><b>Direct deposit advice</b> · NON-NEGOTIABLE<br>Deposited to ${bank} ····${acct}</div><div style="text-align:right">${employee}<br>Amount ${net}</div></div>
</div>
"""

EMPLOYERS = [
    ("Rapid Dry Restoration LLC", "1420 Industrial Pkwy, Spokane, WA"),
    ("Apex Water & Fire, Inc.", "305 W. Commerce St, Dallas, TX"),
    ("Clearwater Cleaning Co.", "46 Mill Pond Lane, Concord, NH"),
    ("Summit Peak Restoration", "2900 Pecos Rd, Las Vegas, NV"),
]


def fill(d):
    from datetime import timedelta

    from corpus import values as V
    from corpus.formats import fmt_date, fmt_range

    r = d.rng
    end = d.completed + timedelta(days=r.randint(1, 10))
    start = end - timedelta(days=13)
    rate = d.pick([19.5, 21.0, 23.75, 26.0, 28.5])
    reg_h = d.pick([64, 68.5, 72, 76])
    ot_h = d.pick([0, 2.5, 6, 9.75])
    tr_h = d.pick([7, 14, 16, 21])
    if d.chance(0.6):
        c, code = d.pick(V.IICRC_COURSES)
        memo = f"Class: {code} – {c}"
    else:
        memo = f"Class: {d.pick(V.CE_COURSES)}"
    lines = [
        ("Regular", rate, reg_h, None),
        ("Overtime", rate * 1.5, ot_h, None),
        ("Training", rate, tr_h, memo),
    ]
    earn_html, gross = "", 0.0
    for name, rt, h, m in lines:
        amt = rt * h
        gross += amt
        ytd = amt * r.randint(6, 20)
        earn_html += f"<tr><td>{name}</td><td>{rt:.2f}</td><td>{h:g}</td><td>{amt:,.2f}</td><td>{ytd:,.2f}</td></tr>"
        if m:
            earn_html += f"<tr><td class='memo' colspan='5'>{m} ({fmt_range(start + timedelta(days=2), start + timedelta(days=2 + max(0, tr_h // 7 - 1)), r) if tr_h >= 14 else fmt_date(start + timedelta(days=3), 'short_month')})</td></tr>"
    per = r.randint(8, 24)
    deds = [
        ("Federal income tax", 0.09),
        ("Social Security", 0.062),
        ("Medicare", 0.0145),
        ("State tax", d.pick([0, 0.035, 0.05])),
        ("401(k)", d.pick([0.03, 0.04, 0.0])),
        ("Medical pre-tax", 0.025),
    ]
    ded_html, ded = "", 0.0
    for name, p in deds:
        if not p:
            continue
        v = gross * p
        ded += v
        ded_html += f"<tr><td>{name}</td><td>{v:,.2f}</td><td>{v * per:,.2f}</td></tr>"
    employer, addr = d.pick(EMPLOYERS)
    return {
        "inset": "22px 30px",
        "fs": 11.5,
        "band": d.pick(["#1f3a5f", "#2f2f2f", "#0b3d2e", "#4a1c40"]),
        "employer": employer,
        "emp_addr": addr,
        "provider": d.pick(["Paychex Flex", "ADP Workforce Now", "Gusto", "QuickBooks Payroll"]),
        "employee": d.person(),
        "emp_id": str(r.randrange(1000, 99999)),
        "dept": d.pick(["Mitigation", "Field Ops", "Carpet Cleaning"]),
        "period": fmt_range(start, end, r),
        "pay_date": fmt_date(end + timedelta(days=5), d.pick(["us_numeric", "short_month"])),
        "advice": d.number("DD"),
        "earn_html": earn_html,
        "tot_hrs": f"{reg_h + ot_h + tr_h:g}",
        "gross": f"{gross:,.2f}",
        "gross_ytd": f"{gross * per:,.2f}",
        "ded_html": ded_html,
        "ded": f"{ded:,.2f}",
        "ded_ytd": f"{ded * per:,.2f}",
        "net": f"${gross - ded:,.2f}",
        "pto": f"PTO available {r.randint(8, 80)}.00 hrs · Sick {r.randint(4, 40)}.00 hrs · Used YTD {r.randint(0, 40)}.00 hrs",
        "note": d.pick(
            [
                "Class hours are paid at your regular rate. Turn in your certificate to the office so HR can update your file.",
                "Training time is paid as hours worked. Travel to out-of-town classes is reimbursed on your expense report.",
            ]
        ),
        "bank": d.pick(["Chase", "Wells Fargo", "US Bank", "Navy Federal CU"]),
        "acct": str(r.randrange(1000, 9999)),
    }
