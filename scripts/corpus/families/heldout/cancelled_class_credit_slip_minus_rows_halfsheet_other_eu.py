"""A credit slip a school's web shop prints when a class registration is
cancelled and refunded, on a half sheet: the school's logo block top left,
"CREDIT SLIP" with its date and number top right, the billing address under
a grey bold label, then a narrow right-aligned column of bold labels (order
number, order date, payment method) beside a product table with a dark
header row (product / reference, quantity, price without and with tax),
striped rows of minus amounts (the class seat with its dates and CEC hours,
the manual), minus totals and a short cancellation note. It reverses a sale;
nobody attended and nothing is credited toward a certification."""

SOURCE = (
    "PrestaShop/PrestaShop:pdf/order-slip.tpl (credit slip: billing address label, "
    "narrow right-aligned order number/date/payment column beside a dark-header product "
    "table of negative amounts, negative totals)"
)
KIND = "other"
PAPER = "half-letter"
CATEGORIES = (
    "other",
    "landscape",
    "slip",
    "table",
    "labelled",
    "date-range",
    "invoice",
    "provider-in-logo",
)

TEMPLATE = """<style>
.w { position:absolute; inset:26px 34px 22px; font:11px ${sans}; color:#444 }
.hd { display:flex; justify-content:space-between; align-items:flex-start; border-bottom:1px solid #ccc; padding-bottom:8px }
.lg { display:flex; align-items:center; gap:8px }
.lg i { width:38px; height:38px; background:${dark}; display:block; flex:none; transform:rotate(45deg) scale(.78); border:3px solid ${accent} }
.lg b { font:bold 15px/17px ${display}; color:${dark}; max-width:300px } .lg span { display:block; font:10px ${sans}; color:#777 }
.tt { text-align:right } .tt b { display:block; font:bold 20px ${sans}; color:#333; letter-spacing:1px }
.tt span { font-size:11px; color:#555; line-height:15px }
.ad { display:flex; margin-top:10px; line-height:14px } .ad > div:first-child { width:15% }
.ad .l { font:bold 12.5px ${sans}; color:#9e9f9e; display:block }
.pt { display:flex; margin-top:10px }
.side { width:15%; padding-right:8px; text-align:right; font-size:9.5px; line-height:12.5px }
.side b { color:#333 }
.main { width:85% }
table { width:100%; border-collapse:collapse; font-size:11px }
th { background:#4d4d4d; color:#fff; font-weight:bold; padding:3px 6px; text-align:right; line-height:12px }
th.p { text-align:left; width:58% } th.q { text-align:center; width:8% }
td { padding:4px 6px; text-align:right; vertical-align:top } td.p { text-align:left } td.q { text-align:center }
tr.z td { background:#ddd } td small { display:block; font-size:9.5px; color:#666 }
.tot td { padding:2px 6px } .tot td.k { font-weight:bold; width:84% } .tot tr.g td { font-size:12px; color:#111; border-top:1px solid #999 }
.nt { margin-top:8px; font-size:10px; line-height:13px; color:#555; border:1px solid #ddd; background:#fafafa; padding:5px 8px }
.ft { position:absolute; left:0; right:0; bottom:0; text-align:center; font-size:9px; color:#888 }
</style>
<div class="w">
 <div class="hd">
  <div class="lg"><i></i><div><b>${org}</b><span>${tagline}</span></div></div>
  <div class="tt"><b>${slip_word}</b><span>${slip_date}<br>${slip_no}</span></div>
 </div>
 <div class="ad"><div></div><div><span class="l">${addr_label}</span>${name}<br>${company_html}${street}<br>${town}</div></div>
 <div class="pt">
  <div class="side"><b>Order Number:</b><br>${order}<br><br><b>Order Date:</b><br>${order_date}<br><br><b>Payment Method:</b><br>${method}</div>
  <div class="main">
   <table><tr><th class="p">Product / Reference</th><th class="q">Qty</th><th>Price<br>(Tax Excl.)</th><th>Price<br>(Tax Incl.)</th></tr>
    ${rows_html}
   </table>
   <table class="tot">${totals_html}</table>
   <div class="nt">${note}</div>
  </div>
 </div>
 <div class="ft">${foot}</div>
</div>
"""

COMPANIES = [
    "Fresh Start Restoration",
    "All-Dry Water Removal",
    "Clear Choice Carpet Care",
    "Heritage Fire & Water",
    "Summit Flood Response",
]


def fill(d):
    import html
    from datetime import timedelta

    from corpus.formats import fmt_date

    e = html.escape
    r = d.rng
    street, town = d.address()
    title = d.title(d.pick(["plain", "with_code", "code_first"]))
    days = max(1, round(d.credit / 7))
    span = d.date_range(days - 1) if days > 1 else d.date(d.pick(["long", "short_month"]))
    hours = d.hours(d.pick(["cec_hours", "hrs", "iicrc_cec", "hours_title"]))
    seat = d.pick([295, 395, 495, 595, 695, 895])
    tax_rate = d.pick([0, 0, 0.06, 0.0725])
    lines = [
        (title, f"{span} \u00b7 {d.city()} \u00b7 {hours}", seat, f"SEAT-{r.randrange(100, 999)}")
    ]
    if d.chance(0.6):
        lines.append(
            ("Student manual (not shipped)", "", d.pick([45, 65, 85]), f"MAN-{r.randrange(10, 99)}")
        )
    rows = []
    excl = 0.0
    for i, (label, sub, price, ref) in enumerate(lines):
        incl = price * (1 + (tax_rate if ref.startswith("MAN") else 0))
        excl += price
        rows.append(
            f"<tr class='{'z' if i % 2 else ''}'><td class='p'>{e(label)} ({ref})"
            f"{f'<small>{e(sub)}</small>' if sub else ''}</td><td class='q'>1</td>"
            f"<td>- ${price:,.2f}</td><td>- ${incl:,.2f}</td></tr>"
        )
    tax = sum(p * tax_rate for _, _, p, ref in lines if ref.startswith("MAN"))
    by_school = d.chance(0.4)
    fee = 0 if by_school else d.pick([0, 0, 25, 50])
    note = (
        "Class cancelled by the school for low enrolment; the amount above is returned to the "
        "original payment method within 5\u201310 business days. You may re-register for a "
        "later date."
        if by_school
        else "Registration cancelled at the student's request before the class began. The seat "
        "has been released. No attendance, certificate or continuing education credit is "
        "recorded for this order."
    )
    tot = [("Product Total", f"- ${excl:,.2f}")]
    if tax:
        tot.append(("Total Tax", f"- ${tax:,.2f}"))
    if fee:
        tot.append(("Cancellation fee retained", f"${fee:,.2f}"))
    tot.append(("Total", f"- ${excl + tax - fee:,.2f}"))
    totals = "".join(
        f"<tr class='{'g' if k == 'Total' else ''}'><td class='k'>{k}</td><td>{v}</td></tr>"
        for k, v in tot
    )
    ordered = d.completed - timedelta(days=r.randint(25, 80))
    slip_day = d.completed - timedelta(days=r.randint(3, 20))
    style = d.pick(["us_numeric", "iso", "short_month", "dmy_numeric"])
    company = d.pick(COMPANIES + ["", ""])
    return {
        "org": d.provider(),
        "tagline": d.pick(
            ["Online class store", "Registration office", "Training & Certification"]
        ),
        "slip_word": d.pick(["CREDIT SLIP", "CREDIT MEMO", "REFUND SLIP"]),
        "slip_date": fmt_date(slip_day, style),
        "slip_no": f"#{r.randrange(100, 9999):06d}",
        "addr_label": d.pick(["Billing Address", "Billing & Delivery Address"]),
        "name": d.name(d.pick(["plain", "plain", "upper"])),
        "company_html": f"{e(company)}<br>" if company else "",
        "street": street,
        "town": town,
        "order": "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(9)),
        "order_date": fmt_date(ordered, style),
        "method": d.pick(["Credit card", "Bank wire", "Pay by check", "PayPal"]),
        "rows_html": "".join(rows),
        "totals_html": totals,
        "note": note,
        "foot": f"{d.provider()} \u00b7 {d.phone()} \u00b7 {d.web()}",
    }
