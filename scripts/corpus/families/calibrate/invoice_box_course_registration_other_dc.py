"""A course-registration invoice built on the simple HTML invoice box: the
school's logo at the top left and the invoice number, created and due dates
at the right, the school's and the student's address blocks, a payment
method row, an item table (course tuition with its dates and the CEC hours
it will carry, a manual, an exam fee) and a total. It records a purchase,
not a completion."""

SOURCE = "sparksuite/simple-html-invoice-template:invoice.html (via Ginden/presentations:pdf-generation-2017-05-18/slides/015-html-code.md)"
KIND = "other"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = ("other", "portrait", "table", "provider-in-logo", "invoice", "date-range")

TEMPLATE = """<style>
.box { position:absolute; left:56px; right:56px; top:56px; padding:30px; border:1px solid #eee; box-shadow:0 0 10px rgba(0,0,0,.15);
  font: 15px/24px ${face}; color:#555 }
table { width:100%; border-collapse:collapse; text-align:left }
td { padding:5px; vertical-align:top }
td.r { text-align:right }
.title td { padding-bottom:20px }
.lg { display:flex; align-items:center; gap:10px; font: bold 22px ${display}; color:${dark}; line-height:26px; max-width:360px }
.lg i { width:44px; height:44px; flex:none; border-radius:50%; background:${accent}; color:#fff; font: bold 15px ${sans}; font-style:normal;
  display:flex; align-items:center; justify-content:center }
.info td { padding-bottom:30px }
.heading td { background:#eee; border-bottom:1px solid #ddd; font-weight:bold }
.details td { padding-bottom:20px }
.item td { border-bottom:1px solid #eee }
.item td small { display:block; color:#888; font-size:12.5px; line-height:17px }
.total td.r { border-top:2px solid #eee; font-weight:bold }
.note { margin-top:22px; font-size:12.5px; line-height:18px; color:#777 }
.paid { display:inline-block; margin:26px 0 6px 20px; border:3px solid ${stamp}; color:${stamp}; font: bold 26px ${sans}; padding:4px 14px;
  transform:rotate(-12deg); letter-spacing:3px; opacity:.8 }
</style>
<div class="box">
 <table>
  <tr class="title"><td><div class="lg"><i>${initials}</i>${org}</div></td>
   <td class="r">Invoice #: ${inv}<br>Created: ${created}<br>Due: ${due}</td></tr>
  <tr class="info"><td>${org}<br>${street}<br>${town}</td><td class="r">${company}<br>${name}<br>${email}</td></tr>
  <tr class="heading"><td>Payment Method</td><td class="r">${pay_ref_head}</td></tr>
  <tr class="details"><td>${pay_method}</td><td class="r">${pay_ref}</td></tr>
  <tr class="heading"><td>Item</td><td class="r">Price</td></tr>
  ${items_html}
  <tr class="total"><td></td><td class="r">Total: ${total}</td></tr>
 </table>
 <div class="note">${note}</div>
 <div class="paid">${stamp_text}</div>
</div>
"""


def fill(d):
    import html
    from datetime import timedelta

    from corpus.formats import fmt_number, fmt_range

    r = d.rng
    org = d.org
    street, town = d.address()
    days = d.pick([1, 2, 3])
    start = d.completed + timedelta(days=r.randint(7, 40))
    span = fmt_range(start, start + timedelta(days=days), r)
    tuition = r.choice([295, 395, 450, 575, 695, 850, 995])
    items = [
        (
            f"Tuition \u2013 {d.course}",
            f"{span} \u00b7 {fmt_number(d.credit, r)} CEC hour{'' if d.credit == 1 else 's'} upon completion",
            tuition,
        ),
    ]
    if d.code:
        items.append(
            (
                f"IICRC {d.code} exam fee",
                "Payable to the IICRC; proctored on the last day",
                r.choice([75, 80, 100]),
            )
        )
    items.append(
        (
            d.pick(["Student manual", "Course workbook (print)", "Lunch, all days"]),
            "",
            r.choice([35, 45, 60]),
        )
    )
    rows = []
    for name, sub, price in items:
        small = f"<small>{html.escape(sub)}</small>" if sub else ""
        rows.append(
            f'<tr class="item"><td>{html.escape(name)}{small}</td><td class="r">${price:,.2f}</td></tr>'
        )
    total = sum(p for _, _, p in items)
    paid = d.chance(0.5)
    person = f"{d.first} {d.last}"
    return {
        "face": d.fonts["sans"],
        "initials": "".join(w[0] for w in org.replace("&", "").split() if w[0].isupper())[:3]
        or "CE",
        "org": org,
        "inv": str(r.randrange(1000, 99999)),
        "created": d.other_date("registered", "long"),
        "due": d.other_date("start", "long"),
        "street": street,
        "town": town,
        "company": d.pick(
            [
                "Apex Restoration Inc.",
                "Clean Slate Carpet Care",
                "Harbor Water Damage LLC",
                "Sunrise Fire & Flood",
            ]
        ),
        "name": person,
        "email": f"{d.first.lower()}@example.com",
        "pay_ref_head": "Check #" if d.chance(0.4) else "Transaction",
        "pay_method": d.pick(["Check", "Credit card (Visa)", "ACH transfer", "Purchase order"]),
        "pay_ref": str(r.randrange(1000, 9999)) if d.chance(0.4) else d.number("TX-"),
        "items_html": "".join(rows),
        "total": f"${total:,.2f}",
        "note": d.pick(
            [
                "Registration is confirmed when payment is received. Certificates are issued after the course and exam are completed.",
                "Cancellations more than 14 days before the class are refunded less a $50 fee. This invoice is not a certificate of completion.",
            ]
        ),
        "stamp": "#2d6a4f" if paid else "#8b0000",
        "stamp_text": "PAID" if paid else "DUE",
    }
