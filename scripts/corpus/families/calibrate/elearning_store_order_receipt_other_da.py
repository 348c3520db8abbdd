"""An order receipt from an online-course storefront, printed for
expenses: the school's logo and address, "Receipt" with order number and
order date, bill-to block with the technician's name, a line-item table
of course enrolments (course, CEC hours as described in the catalogue,
access period, price), totals and a payment line. It records a purchase,
not any credit earned."""

SOURCE = (
    "wording: e-learning storefront order receipts (course enrolment purchases with access "
    "period and catalogue credit hours)"
)
KIND = "other"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = ("other", "table", "portrait", "receipt", "provider-in-logo", "labelled")

TEMPLATE = """<style>
.w { position:absolute; left:64px; right:64px; top:56px; font: 13px ${sans}; color:#222 }
.top { display:flex; justify-content:space-between; align-items:flex-start }
.logo { display:flex; gap:10px; align-items:center }
.logo i { flex:none; width:42px; height:42px; border-radius:50%; background:${accent}; box-shadow: inset 0 0 0 8px ${dark} }
.logo b { font: bold 18px ${display}; color:${dark}; display:block }
.logo span { font-size:11.5px; color:#666; line-height:15px }
.rc { text-align:right }
.rc h1 { font: 300 36px ${sans}; margin:0; color:#111; letter-spacing:1px }
.rc div { font-size:12.5px; line-height:19px }
.bill { display:flex; gap:80px; margin-top:40px; line-height:19px }
.bill .k { font-size:11px; text-transform:uppercase; letter-spacing:1px; color:#777; margin-bottom:4px }
table { width:100%; border-collapse:collapse; margin-top:34px }
th { text-align:left; font-size:11px; text-transform:uppercase; letter-spacing:0.6px; color:#555; border-bottom:2px solid #222; padding:6px 6px }
td { padding:9px 6px; border-bottom:1px solid #ddd; vertical-align:top; line-height:18px }
td.r, th.r { text-align:right; white-space:nowrap }
td small { color:#666; font-size:11.5px }
.tot { margin-left:auto; width:280px; margin-top:14px; line-height:24px }
.tot div { display:flex; justify-content:space-between }
.tot .g { border-top:2px solid #222; font-weight:bold; font-size:15px; margin-top:4px; padding-top:4px }
.pay { margin-top:30px; font-size:12.5px; color:#444; line-height:19px }
.ft { position:absolute; left:64px; right:64px; bottom:40px; font-size:11px; color:#777; text-align:center; border-top:1px solid #ddd; padding-top:8px }
</style>
<div class="w">
 <div class="top">
  <div class="logo"><i></i><div><b>${org}</b><span>${street}<br>${town}</span></div></div>
  <div class="rc"><h1>${heading}</h1><div>${order_label} <b>${order_no}</b><br>${order_date_label} ${order_date}</div></div>
 </div>
 <div class="bill">
  <div><div class="k">Billed to</div>${name}<br>${company}<br>${email}</div>
  <div><div class="k">Payment</div>${card}<br>${status}</div>
 </div>
 <table><tr><th>Item</th><th>${hours_head}</th><th>Access</th><th class="r">Qty</th><th class="r">Amount</th></tr>
 ${rows_html}</table>
 <div class="tot">
  <div><span>Subtotal</span><span>${subtotal}</span></div>
  <div><span>${disc_label}</span><span>${discount}</span></div>
  <div><span>Tax</span><span>${tax}</span></div>
  <div class="g"><span>Total paid</span><span>${total}</span></div>
 </div>
 <div class="pay">${pay_note}</div>
</div>
<div class="ft">${foot}</div>
"""


def fill(d):
    import html

    from corpus import values as V
    from corpus.formats import fmt_number

    r = d.rng
    street, town = d.address()
    title = d.title(d.pick(["plain", "with_code"]))
    items = [(title, d.credit)]
    for _ in range(d.pick([0, 1, 2])):
        other = d.pick(V.CE_COURSES)
        if other != d.course:
            items.append((other, d.pick([1, 2, 3, 4, 7])))
    rows, sub = [], 0
    access = d.pick(["12 months", "180 days", "90 days", "Lifetime"])
    for course, credit in items:
        price = d.pick([49, 79, 99, 149, 199, 249, 325, 399, 449])
        sub += price
        rows.append(
            f"<tr><td>{html.escape(course)}<br><small>{d.pick(['On-demand course', 'Self-paced online', 'Online + live Q&amp;A'])}</small></td>"
            f"<td>{fmt_number(credit, r)} {d.pick(['CEC hrs', 'CECs', 'hours'])}</td><td>{access}</td>"
            f'<td class="r">1</td><td class="r">${price:,.2f}</td></tr>'
        )
    disc = round(sub * d.pick([0, 0, 0.1, 0.15]), 2)
    tax = 0.0
    total = sub - disc + tax
    first_last = d.name(d.pick(["plain", "plain", "upper"]))
    email_user = "".join(
        ch for ch in (d.first[0] + d.last).lower() if ch.isascii() and ch.isalnum()
    )
    return {
        "org": d.provider(),
        "street": street,
        "town": town,
        "heading": d.pick(["Receipt", "Order Receipt", "Invoice / Receipt"]),
        "order_label": d.pick(["Order #", "Receipt no."]),
        "order_no": d.number(),
        "order_date_label": d.pick(["Order date:", "Paid on:", "Date:"]),
        "order_date": d.other_date("registered", d.pick(["long", "us_numeric", "short_month"])),
        "name": first_last,
        "company": d.pick(
            [
                "Dry Right Restoration LLC",
                "Apex Water & Fire",
                "Clearwater Cleaning Co.",
                "Pro Restore Services",
            ]
        ),
        "email": f"{email_user}@{d.pick(['gmail.com', 'outlook.com', 'company.com'])}",
        "card": f"{d.pick(['Visa', 'Mastercard', 'Amex'])} ending {r.randrange(1000, 9999)}",
        "status": d.pick(["Paid in full", "Approved", "Captured"]),
        "hours_head": d.pick(["Credit", "CE hours", "Hours"]),
        "rows_html": "".join(rows),
        "subtotal": f"${sub:,.2f}",
        "disc_label": d.pick(["Discount", "Coupon", "Member discount"]),
        "discount": f"-${disc:,.2f}" if disc else "$0.00",
        "tax": f"${tax:,.2f}",
        "total": f"${total:,.2f}",
        "pay_note": d.pick(
            [
                "Your courses are available in your learner dashboard. Certificates are issued only after all lessons and the final exam are completed.",
                "Enrollment begins immediately. Credit hours shown are those listed in the course catalogue and are awarded on completion.",
            ]
        ),
        "foot": f"Questions about this order? {d.phone()} · {d.web()} · Refunds within 14 days if less than 10% of the course has been viewed.",
    }
