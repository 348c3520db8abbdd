"""A registration confirmation and paid receipt for a trade show, portrait: the
show's name and dates top left, a "Paid" badge and order number top right,
bill-to and attendee blocks, a line-item table (conference pass, a
pre-show class with the CEC hours it offers, exhibit-hall badge, a
workshop add-on), subtotal, tax and total, the card used, and a note that
the receipt is not a certificate. Records no credit earned."""

SOURCE = (
    "zookeepr/zookeepr:zookeepr/templates/registration/response.myt (registration response "
    "with invoice details); wording: show registration receipts e-mailed by restoration "
    "and cleaning conventions"
)
KIND = "other"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "other",
    "table",
    "labelled",
    "portrait",
    "date-range",
    "invoice",
    "address",
)

TEMPLATE = """<style>
.w { position:absolute; inset:52px 60px; font: 13px ${sans}; color:#1e1e1e }
.top { display:flex; justify-content:space-between; align-items:flex-start }
.ev { font: bold 22px ${head}; color:${dark} } .evd { font-size:12.5px; color:#555; margin-top:3px; line-height:17px }
.paid { text-align:right } .paid .b { display:inline-block; background:${paid}; color:#fff; font: bold 13px ${sans}; letter-spacing:2px; padding:4px 14px; border-radius:3px }
.paid .o { font-size:12px; color:#444; margin-top:6px; line-height:17px }
h1 { font: 600 18px ${head}; margin:26px 0 10px; border-bottom:1px solid #bbb; padding-bottom:6px }
.cols { display:flex; gap:40px; font-size:12.5px; line-height:18px }
.cols .l { font-size:10px; letter-spacing:.8px; text-transform:uppercase; color:#777; margin-bottom:2px }
table { width:100%; border-collapse:collapse; margin-top:24px; font-size:12.5px }
th { text-align:left; background:${light}; border-bottom:2px solid ${dark}; padding:6px; font-size:10.5px; text-transform:uppercase; letter-spacing:.5px }
td { padding:7px 6px; border-bottom:1px solid #ddd; vertical-align:top } td.n, th.n { text-align:right; white-space:nowrap }
td .s { font-size:11px; color:#666 }
.tot { margin-left:auto; width:260px; margin-top:8px; font-size:13px }
.tot div { display:flex; justify-content:space-between; padding:3px 6px } .tot .g { border-top:2px solid #333; font-weight:bold; font-size:14px }
.pay { margin-top:18px; font-size:12px; color:#333 }
.nt { margin-top:26px; border:1px dashed #999; padding:10px 12px; font-size:11.5px; line-height:17px; color:#333 }
.ft { position:absolute; left:60px; right:60px; bottom:28px; font-size:10px; color:#777; text-align:center }
</style>
<div class="w">
 <div class="top"><div><div class="ev">${event}</div><div class="evd">${span}<br>${venue}</div></div>
  <div class="paid"><span class="b">${paid_word}</span><div class="o">${order_label} ${order}<br>${order_date_label} ${order_date}</div></div></div>
 <h1>${heading}</h1>
 <div class="cols">
  <div><div class="l">Bill to</div>${company}<br>${street}<br>${town}</div>
  <div><div class="l">Attendee</div>${name}<br>${email}<br>${badge_type}</div>
 </div>
 <table><tr><th>Item</th><th class="n">Qty</th><th class="n">Price</th><th class="n">Amount</th></tr>${rows_html}</table>
 <div class="tot"><div><span>Subtotal</span><span>${sub}</span></div><div><span>${tax_label}</span><span>${tax}</span></div><div class="g"><span>Total paid</span><span>${total}</span></div></div>
 <div class="pay">${pay}</div>
 <div class="nt">${note}</div>
</div>
<div class="ft">${foot}</div>
"""

COMPANIES = [
    "Summit Water & Fire Recovery",
    "Tri-County Disaster Restoration",
    "BlueLine Property Restoration",
    "Evergreen Mitigation Group",
    "Keystone Cleaning & Restoration",
]


def fill(d):
    from html import escape

    from corpus import values as V

    r = d.rng
    event = f"{d.pick(V.EVENTS)} {d.completed.year}"
    span = d.date_range(d.pick([1, 2]))
    name = d.name(d.pick(["plain", "upper"]))
    title = d.title(d.pick(["plain", "with_code"]))
    org = d.provider()
    hours = d.hours(d.pick(["cec_hours", "hours_title", "cecs"]))
    street, town = d.address()
    items = [
        (
            d.pick(["Full Conference Pass", "All-Access Registration", "Conference + Expo"]),
            "",
            d.pick([295, 349, 425]),
        ),
        (
            f"Pre-show class: {title}",
            f"Taught by {org} \u00b7 {hours} available on completion",
            d.pick([495, 650, 895, 1195]),
        ),
        ("Exhibit hall badge", "Included with pass", 0),
    ]
    if d.chance(0.6):
        items.append(
            (
                d.pick(
                    ["Awards luncheon ticket", "Hands-on drying lab add-on", "Networking reception"]
                ),
                "",
                d.pick([45, 65, 95]),
            )
        )
    rows = []
    sub = 0
    for label, note, price in items:
        qty = 1
        sub += price * qty
        small = f'<div class="s">{escape(note)}</div>' if note else ""
        rows.append(
            f'<tr><td>{escape(label)}{small}</td><td class="n">{qty}</td>'
            f'<td class="n">${price:,.2f}</td><td class="n">${price * qty:,.2f}</td></tr>'
        )
    tax = round(sub * d.pick([0, 0.06, 0.0825]), 2)
    handle = (d.first.split()[0][0] + d.last.replace(" ", "").replace("'", "")).lower()
    return {
        "head": d.fonts[d.pick(["sans", "serif", "display"])],
        "paid": d.pick(["#2d6a4f", "#1e6091", "#444"]),
        "event": event,
        "span": span,
        "venue": d.venue(),
        "paid_word": d.pick(["PAID", "CONFIRMED"]),
        "order_label": d.pick(["Order #", "Confirmation #"]),
        "order": d.number(),
        "order_date_label": d.pick(["Ordered", "Date"]),
        "order_date": d.other_date("registered"),
        "heading": d.pick(
            ["Registration Confirmation & Receipt", "Receipt for Registration", "Your Registration"]
        ),
        "company": d.pick(COMPANIES),
        "street": street,
        "town": town,
        "name": name,
        "email": f"{handle}@{d.pick(['gmail.com', 'outlook.com', 'icloud.com'])}",
        "badge_type": d.pick(["Attendee badge", "Full conference badge"]),
        "rows_html": "".join(rows),
        "sub": f"${sub:,.2f}",
        "tax_label": d.pick(["Sales tax", "Tax"]),
        "tax": f"${tax:,.2f}",
        "total": f"${sub + tax:,.2f}",
        "pay": f"{d.pick(['Visa', 'Mastercard', 'Amex'])} ending {r.randrange(1000, 9999)} \u00b7 "
        f"auth {r.randrange(100000, 999999)}",
        "note": d.pick(
            [
                "This receipt confirms registration and payment only. It is not a certificate of "
                "attendance or completion; certificates are issued by the course provider after the class.",
                "Bring this confirmation to the registration desk to pick up your badge. Continuing "
                "education credit is awarded only on completion and is not shown on this receipt.",
            ]
        ),
        "foot": f"Questions? {d.phone()} \u00b7 Cancellation policy applies after "
        f"{d.other_date('registered', 'short_month')}",
    }
