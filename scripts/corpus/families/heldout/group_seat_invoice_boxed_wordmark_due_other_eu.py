"""A school's invoice to a restoration company for class seats, laid out like
the simple HTML invoice template: a light box with a faint shadow, the
school's wordmark top left and the invoice number, created and due dates
top right, the school's and the customer's address blocks side by side, a
grey heading row for the payment method (purchase order number), then a
grey heading row over the items: one tuition seat per technician (the
technician among co-workers), manuals and exam fees, and a bold total under
a rule. Class dates and the CEC hours the class carries sit under the
heading. It bills seats; it records no attendance and no credit."""

SOURCE = (
    "sparksuite/simple-html-invoice-template:invoice.html (invoice-box: logo and "
    "Invoice #/Created/Due top row, two address cells, grey heading rows for payment "
    "method and items, bold total under a rule)"
)
KIND = "other"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "other",
    "portrait",
    "table",
    "labelled",
    "provider-in-logo",
    "date-range",
    "invoice",
    "distractor-person",
)

TEMPLATE = """<style>
.box { position:absolute; left:54px; right:54px; top:56px; padding:30px; border:1px solid #eee;
  box-shadow:0 0 10px rgba(0,0,0,.15); font:15px/23px ${sans}; color:#555 }
table { width:100%; border-collapse:collapse; text-align:left }
td { padding:5px; vertical-align:top } td.r { text-align:right }
.logo { display:flex; align-items:center; gap:10px; color:${dark} }
.logo i { width:46px; height:46px; border-radius:50%; background:${accent}; display:block; flex:none; position:relative }
.logo i:after { content:''; position:absolute; left:13px; top:9px; width:20px; height:26px; background:#fff;
  border-radius:50% 50% 50% 50% / 60% 60% 40% 40% }
.logo b { font:bold 21px/24px ${display}; max-width:330px }
.top td { padding-bottom:22px } .info td { padding-bottom:30px; font-size:14px; line-height:21px }
tr.h td { background:#eee; border-bottom:1px solid #ddd; font-weight:bold; color:#444 }
tr.det td { padding-bottom:20px }
tr.it td { border-bottom:1px solid #eee } tr.it.last td { border-bottom:none }
tr.it small { display:block; color:#888; font-size:12px; line-height:16px }
tr.tot td.r { border-top:2px solid #eee; font-weight:bold; color:#333 }
.cls { margin:-6px 0 18px; font-size:13.5px; color:#444; border-left:3px solid ${accent}; padding:2px 0 2px 10px; line-height:19px }
.nt { margin-top:22px; font-size:12px; line-height:17px; color:#666 }
.ft { position:absolute; left:54px; right:54px; bottom:34px; text-align:center; font:11px ${sans}; color:#999 }
</style>
<div class="box">
 <table>
  <tr class="top"><td><div class="logo"><i></i><b>${org}</b></div></td>
   <td class="r">${inv_label} ${inv}<br>Created: ${created}<br>Due: ${due}</td></tr>
  <tr class="info"><td>${org}<br>${street}<br>${town}<br>${phone}</td>
   <td class="r">${company}<br>Attn: ${contact}<br>${c_street}<br>${c_town}</td></tr>
 </table>
 <div class="cls">${class_label}: <b>${title}</b><br>${span} &middot; ${city} &middot; ${hours}</div>
 <table>
  <tr class="h"><td>Payment Method</td><td class="r">${ref_head}</td></tr>
  <tr class="det"><td>${method}</td><td class="r">${ref}</td></tr>
  <tr class="h"><td>Item</td><td class="r">Price</td></tr>
  ${items_html}
  <tr class="tot"><td></td><td class="r">Total: $$${total}</td></tr>
 </table>
 <div class="nt">${note}</div>
</div>
<div class="ft">${foot}</div>
"""

COMPANIES = [
    "Tri-State Water & Fire Restoration",
    "Blue Ridge Mitigation Services",
    "Northgate Disaster Recovery, Inc.",
    "Cornerstone Carpet & Restoration",
    "Pinnacle Property Restoration LLC",
    "Riverbend Cleaning Systems",
]


def fill(d):
    import html
    from datetime import timedelta

    from corpus.formats import fmt_date

    e = html.escape
    r = d.rng
    street, town = d.address()
    c_street, c_town = d.address()
    name = d.name(d.pick(["plain", "plain", "upper"]))
    title = d.title(d.pick(["plain", "with_code"]))
    seat = d.pick([395, 495, 595, 695, 795, 895, 1195])
    crew = [name] + [d.person() for _ in range(r.choice([0, 1, 1, 2, 3]))]
    r.shuffle(crew)
    rows = []
    total = 0
    seat_word = d.pick(["Tuition", "Seat", "Registration"])
    for who in crew:
        rows.append(
            f"<tr class='it'><td>{seat_word} &mdash; {e(who)}<small>{e(title)}</small></td>"
            f"<td class='r'>${seat:,.2f}</td></tr>"
        )
        total += seat
    extras = []
    if d.chance(0.7):
        extras.append((f"Student manual &times; {len(crew)}", d.pick([45, 65, 85]) * len(crew)))
    if d.chance(0.6):
        extras.append(
            (f"IICRC exam fee &times; {len(crew)} (remitted on your behalf)", 85 * len(crew))
        )
    if d.chance(0.3):
        extras.append(("Early registration discount", -50 * len(crew)))
    for label, price in extras:
        sign = "-" if price < 0 else ""
        rows.append(
            f"<tr class='it'><td>{label}</td><td class='r'>{sign}${abs(price):,.2f}</td></tr>"
        )
        total += price
    rows[-1] = rows[-1].replace("class='it'", "class='it last'")
    created = d.completed - timedelta(days=r.randint(20, 60))
    due = created + timedelta(days=d.pick([14, 30]))
    style = d.pick(["long", "us_numeric", "short_month"])
    method, ref_head = d.pick(
        [
            ("Purchase order", "PO #"),
            ("Company check", "Check #"),
            ("Net 30 account", "Account #"),
            ("Credit card on file", "Auth code"),
        ]
    )
    return {
        "org": d.provider(),
        "inv_label": d.pick(["Invoice #:", "Invoice No.", "Invoice #"]),
        "inv": f"{d.completed.year % 100:02d}{r.randrange(1000, 9999)}",
        "created": fmt_date(created, style),
        "due": fmt_date(due, style),
        "street": street,
        "town": town,
        "phone": d.phone(),
        "company": d.pick(COMPANIES),
        "contact": d.person(),
        "c_street": c_street,
        "c_town": c_town,
        "class_label": d.pick(["Class", "Course", "Training"]),
        "title": title,
        "span": d.date_range(max(1, round(d.credit / 7)) - 1)
        if d.credit >= 14
        else d.date(d.pick(["long", "weekday", "short_month"])),
        "city": d.city(),
        "hours": d.hours(d.pick(["cec_hours", "hours_title", "iicrc_cec", "cecs"])),
        "ref_head": ref_head,
        "method": method,
        "ref": f"{r.randrange(1000, 99999)}",
        "items_html": "".join(rows),
        "total": f"{total:,.2f}",
        "note": d.pick(
            [
                "Seats are held for 10 days pending payment. Substitutions are welcome up to the "
                "first morning of class. Certificates are issued to each technician after the "
                "class and exam, not with this invoice.",
                "Please include the invoice number with your payment. Cancellations within 7 days "
                "of class are credited toward a future class. This invoice is not proof of "
                "attendance.",
            ]
        ),
        "foot": f"Thank you for your business! \u00b7 {d.web()}",
    }
