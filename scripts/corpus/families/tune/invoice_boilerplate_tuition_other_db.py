"""A school's invoice typeset from a LaTeX invoice boilerplate: the sender's
name large with the address block to the right, the billed technician's
address, the invoice number and date, a ruled list of services (tuition
for the course with its CEC hours, exam fee, manual) with prices, the tax
and the total, and payment terms. It records a purchase, not credit."""

SOURCE = "mrzool/invoice-boilerplate:README.md"
KIND = "other"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = ("other", "table", "portrait", "letter", "distractor-date")

TEMPLATE = """<style>
.w { position:absolute; inset:70px 80px 60px; font:14px ${serif}; color:#111; line-height:20px }
.top { display:flex; justify-content:space-between; align-items:flex-start }
.top .n { font:26px ${display}; letter-spacing:1px } .top .a { text-align:right; font-size:12.5px; line-height:17px; color:#333 }
.to { margin-top:48px; font-size:14px }
.meta { margin-top:40px; display:flex; justify-content:space-between; align-items:baseline }
.meta h1 { font:bold 22px ${serif}; margin:0; letter-spacing:2px; text-transform:uppercase } .meta div { font-size:13px; text-align:right }
table { width:100%; border-collapse:collapse; margin-top:22px }
th { text-align:left; font-weight:bold; border-bottom:1.2px solid #000; padding:6px 4px; font-size:13px }
td { padding:8px 4px; border-bottom:0.5px dashed #999; vertical-align:top } td.p, th.p { text-align:right; width:120px }
td small { display:block; color:#555; font-size:12px }
tr.s td { border-bottom:none; padding:4px } tr.t td { border-top:1.2px solid #000; border-bottom:1.2px solid #000; font-weight:bold }
.pay { margin-top:34px; font-size:13px; line-height:19px }
.ft { position:absolute; left:0; right:0; bottom:0; font-size:11px; color:#555; text-align:center; border-top:0.5px solid #aaa; padding-top:6px }
</style>
<div class="w">
 <div class="top"><div class="n">${org}</div><div class="a">${street}<br>${town}<br>${phone}<br>${web}</div></div>
 <div class="to">${name}<br>${company}<br>${m_street}<br>${m_town}</div>
 <div class="meta"><h1>Invoice</h1><div>Invoice no. ${inv}<br>${city}, ${inv_date}</div></div>
 <table><tr><th>Description</th><th class="p">Amount</th></tr>
  <tr><td>Tuition &mdash; ${title}<small>${class_dates} &middot; ${hours}</small></td><td class="p">$$${tuition}</td></tr>
  <tr><td>IICRC examination fee<small>Payable to the school, remitted on your behalf</small></td><td class="p">$$${exam}</td></tr>
  <tr><td>Course manual and materials</td><td class="p">$$${manual}</td></tr>
  <tr class="s"><td style="text-align:right">Subtotal</td><td class="p">$$${subtotal}</td></tr>
  <tr class="s"><td style="text-align:right">Sales tax ${rate}%</td><td class="p">$$${tax}</td></tr>
  <tr class="t"><td style="text-align:right">Total due</td><td class="p">$$${total}</td></tr></table>
 <div class="pay">${terms}<br>Payment due by ${due}. Please quote the invoice number with your payment.</div>
 <div class="ft">${org} &middot; ${street}, ${town} &middot; Tax ID ${tax_id}</div>
</div>
"""


def fill(d):
    from datetime import timedelta

    from corpus.formats import fmt_date, fmt_range

    street, town = d.address()
    m_street, m_town = d.address()
    r = d.rng
    start = d.completed + timedelta(days=r.randrange(10, 40))
    days = max(1, round(d.credit / 7))
    tuition = r.choice([295, 395, 450, 595, 695, 795, 895])
    exam, manual = r.choice([0, 60, 85]), r.choice([45, 65, 95])
    rate = r.choice([0, 6, 7.25, 8.5])
    sub = tuition + exam + manual
    tax = round(manual * rate / 100, 2)
    return {
        "org": d.provider(),
        "street": street,
        "town": town,
        "phone": d.phone(),
        "web": d.web(),
        "name": d.name("plain"),
        "company": d.pick(
            ["Dry Right Restoration", "Premier Cleaning Co.", "Tri-City Water Cleanup"]
        ),
        "m_street": m_street,
        "m_town": m_town,
        "inv": f"{d.completed.year}-{r.randrange(100, 999)}",
        "city": d.city(),
        "inv_date": fmt_date(d.completed, d.pick(["long", "us_numeric"])),
        "title": d.title(),
        "class_dates": "Class: " + fmt_range(start, start + timedelta(days=days - 1), r)
        if days > 1
        else "Class: " + fmt_date(start, "long"),
        "hours": d.hours(d.pick(["cec_hours", "hours_title", "credit_hours"])),
        "tuition": f"{tuition:,.2f}",
        "exam": f"{exam:,.2f}",
        "manual": f"{manual:,.2f}",
        "subtotal": f"{sub:,.2f}",
        "rate": f"{rate:g}",
        "tax": f"{tax:,.2f}",
        "total": f"{sub + tax:,.2f}",
        "terms": d.pick(
            [
                "Seats are confirmed on receipt of payment. Certificates are issued after the final "
                "day of class.",
                "Cancellations more than 14 days before class are refunded less a $50 fee.",
            ]
        ),
        "due": fmt_date(start - timedelta(days=7), "long"),
        "tax_id": f"{r.randrange(10, 99)}-{r.randrange(1000000, 9999999)}",
    }
