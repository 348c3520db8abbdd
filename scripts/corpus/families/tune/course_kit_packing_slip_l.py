"""A packing slip that came in the box of course materials a school mails
to a student before class, not a certificate: the school's mark, name and
address at the top left and "Packing Slip" with order details (labels
right-aligned against a rule) at the right; Ship To and Bill To blocks;
a barcode line; a table of items (student manual for the course, the
standard, an exam voucher, supplies) with quantities ordered, shipped and
back-ordered; an italic note naming the class and the day it starts; and
packed-by and checked-by initials. It names a person, a course and dates,
and records no one's completion."""

SOURCE = (
    "kveldhuis/statamic-butik:resources/views/cp/orders/pdf/packing-slip.blade.php (store info, "
    "order info with right-aligned bold labels, line items under a grey header, italic notes, "
    "barcode)"
)
KIND = "other"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "other",
    "table",
    "labelled",
    "portrait",
    "provider-in-logo",
    "distractor-person",
    "barcode",
    "address",
)

TEMPLATE = """<style>
.w { position:absolute; left:54px; right:54px; top:48px; bottom:48px; font: 12.5px ${sans}; color:#1e1e1e }
.hd { display:flex; justify-content:space-between; align-items:flex-start }
.st { display:flex; gap:12px } .mk { width:54px; height:54px; background:${dark}; color:#fff; font: bold 18px ${display};
  display:flex; align-items:flex-start; padding-top:3px; justify-content:center; border-radius:8px 8px 50% 50%; flex:none }
.sn { font: bold 17px ${sans}; line-height:21px; max-width:300px } .sa { font-size:11px; color:#555; line-height:15px }
.ps { text-align:right } .ps h1 { margin:0 0 8px; font: bold 21px ${cond}; line-height:22px; letter-spacing:2px; text-transform:uppercase; color:${dark} }
.oi { border-collapse:collapse; margin-left:auto } .oi td { padding:2px 6px; font-size:11.5px }
.oi td.l { font-weight:bold; text-align:right; border-right:1px solid #c0c0c0 }
.ad { display:flex; gap:30px; margin:22px 0 12px } .ad div { flex:1; border:1px solid #bbb; padding:8px 10px; line-height:17px }
.ad h4 { margin:0 0 3px; font-size:10.5px; letter-spacing:1px; color:#666 }
.bc { display:flex; height:44px; margin:4px 0 3px } .bc i { background:#111; height:44px; margin-right:2px }
.bcn { font: 11px ${mono}; margin-bottom:14px }
table.li { width:100%; border-collapse:collapse } .li th { background:gray; color:#fff; font-size:11px; padding:5px 6px; text-align:left }
.li td { padding:6px 6px; border-bottom:1px solid #ddd; vertical-align:top } .li .q { text-align:center; width:70px }
.notes { margin-top:18px; font-style:italic; padding:10px; background:#f6f6f6; line-height:18px }
.ck { margin-top:24px; display:flex; gap:40px; font-size:11.5px; align-items:flex-end }
.ck .i { font: 20px ${hand}; color:#1b2f6b; border-bottom:1px solid #333; width:70px; text-align:center; display:inline-block; line-height:22px }
.ft { position:absolute; left:0; right:0; bottom:0; border-top:1px solid #707070; padding-top:5px; font-size:10.5px; color:#555;
  display:flex; justify-content:space-between }
</style>
<div class="w">
 <div class="hd">
  <div class="st"><div class="mk">${mark}</div><div><div class="sn">${school}</div><div class="sa">${street}<br>${town}<br>${phone}</div></div></div>
  <div class="ps"><h1>Packing Slip</h1><table class="oi">
   <tr><td class="l">Order #</td><td>${order}</td></tr><tr><td class="l">Order date</td><td>${order_date}</td></tr>
   <tr><td class="l">Ship date</td><td>${ship_date}</td></tr><tr><td class="l">Ship via</td><td>${via}</td></tr>
   <tr><td class="l">Customer #</td><td>${cust}</td></tr></table></div>
 </div>
 <div class="ad"><div><h4>SHIP TO</h4><b>${student}</b><br>${company}<br>${s_street}<br>${s_town}</div>
  <div><h4>BILL TO</h4><b>${company}</b><br>Attn: ${attn}<br>${b_street}<br>${b_town}</div></div>
 <div class="bc">${bars_html}</div><div class="bcn">${order}</div>
 <table class="li"><tr><th>Item #</th><th>Description</th><th class="q">Ordered</th><th class="q">Shipped</th><th class="q">B/O</th></tr>
  ${rows_html}</table>
 <div class="notes">${note}</div>
 <div class="ck"><div>Packed by <span class="i">${packed}</span></div><div>Checked by <span class="i">${checked}</span></div>
  <div>Boxes: ${boxes}</div></div>
 <div class="ft"><span>${returns}</span><span>${web}</span></div>
</div>
"""

COMPANIES = [
    "Rapid Dry Restoration, LLC",
    "Apex Water & Fire Services",
    "Hometown Carpet Care Inc.",
    "Prime Mitigation Group",
    "Allied Property Restoration",
]


def fill(d):
    from datetime import timedelta
    from html import escape

    from corpus import values as V
    from corpus.formats import fmt_date, fmt_range

    r = d.rng
    school, short = d.pick(V.SCHOOLS)
    short = short or school
    mark = "".join(w[0] for w in short.replace("&", " ").split() if w[0].isupper())[:3]
    course, code = d.pick(V.IICRC_COURSES)
    style = d.pick(["us_numeric", "short_month", "long"])
    order_day = d.completed - timedelta(days=r.randrange(20, 50))
    ship_day = order_day + timedelta(days=r.randrange(1, 6))
    start = ship_day + timedelta(days=r.randrange(7, 25))
    days = d.pick([2, 3])
    class_dates = fmt_range(start, start + timedelta(days=days - 1), r)
    items = [
        (f"SM-{code}", f"Student Manual – {course} ({code})", 1, 1),
        ("S500-R", "ANSI/IICRC Standard, reference copy", 1, d.pick([1, 1, 0])),
    ]
    if d.chance(0.6):
        items.append((f"EXV-{code}", f"Exam voucher – {code}", 1, 1))
    items.append(
        d.pick(
            [
                ("MM-PIN", "Moisture meter pin set", 1, 1),
                ("PPE-KIT", "PPE starter kit (N95, nitrile gloves, goggles)", 1, 1),
                ("BAG-01", "Course tote and notebook", 1, 1),
            ]
        )
    )
    rows = []
    for sku, desc, ordered, shipped in items:
        back = ordered - shipped
        rows.append(
            f'<tr><td>{sku}</td><td>{escape(desc)}</td><td class="q">{ordered}</td>'
            f'<td class="q">{shipped}</td><td class="q">{back}</td></tr>'
        )
    street, town = d.address()
    s_street, s_town = d.address()
    b_street, b_town = d.address()
    order = d.number("SO-")
    student = d.person()
    where = d.pick(
        [f"our {d.city()} classroom", "the host company's shop", "the live online classroom"]
    )
    return {
        "mark": mark,
        "school": school,
        "street": street,
        "town": town,
        "phone": d.phone(),
        "order": order,
        "order_date": fmt_date(order_day, style),
        "ship_date": fmt_date(ship_day, style),
        "via": d.pick(["UPS Ground", "FedEx Home", "USPS Priority"]),
        "cust": str(r.randrange(10000, 99999)),
        "student": student if d.chance(0.7) else student.upper(),
        "company": d.pick(COMPANIES),
        "s_street": s_street,
        "s_town": s_town,
        "attn": d.person(),
        "b_street": b_street,
        "b_town": b_town,
        "bars_html": "".join(
            f'<i style="width:{r.choice([1, 1, 2, 3, 4])}px"></i>' for _ in range(64)
        ),
        "rows_html": "\n".join(rows),
        "note": d.pick(
            [
                f"Your class, {course}, meets {class_dates} at {where}. Please read chapters 1–3 "
                "of the manual before the first day and bring it with you.",
                f"Materials for {code} – {course}, {class_dates}. The reference copy of the "
                "Standard ships separately if it is back-ordered.",
            ]
        ),
        "packed": d.pick(["JM", "RT", "KL", "DS"]),
        "checked": d.pick(["AB", "LW", "PC"]),
        "boxes": d.pick(["1 of 1", "1 of 2"]),
        "returns": "Questions about this shipment? Call the number above within 10 days of delivery.",
        "web": "www." + "".join(ch for ch in short.lower() if ch.isalnum())[:18] + ".com",
    }
