"""Not a certificate: an equipment distributor's sales order acknowledgment
(portrait) for a class seat sold alongside supplies. Bill-to and ship-to
blocks, order facts in a labelled strip, then line items: the class seat
with the student's name, class dates and the credit it will carry, course
manual, meters and chemicals; totals, terms and a salesperson."""

SOURCE = (
    "Deepak911741/invoice:resources/views/admin/pdf/invoice-pdf.blade.php (header with business "
    "info, invoice details, bill-to, item/description/qty/rate/amount table, terms)"
)
KIND = "other"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "other",
    "table",
    "labelled",
    "portrait",
    "distractor-person",
    "address",
    "tiny-footer",
)

TEMPLATE = """<style>
.w { position:absolute; inset:40px 46px 30px; font: 12px ${sans}; color:#1c1c1c }
.hd { display:flex; justify-content:space-between; align-items:flex-start }
.co { font: bold 20px ${sans}; color:${dark} } .co small { display:block; font: 11px ${sans}; color:#555; line-height:15px; margin-top:3px; font-weight:normal }
.dt { text-align:right } .dt h1 { font: bold 22px ${cond}; letter-spacing:1px; margin:0; color:#333 } .dt div { font-size:11px; color:#555 }
.strip { margin-top:16px; display:grid; grid-template-columns: repeat(5, 1fr); border:1px solid #999 }
.strip div { padding:5px 7px; border-right:1px solid #999; font-size:11.5px } .strip div:last-child { border-right:none }
.strip span { display:block; font-size:9px; color:#666; text-transform:uppercase; letter-spacing:.4px }
.ad { margin-top:14px; display:flex; gap:18px } .ad div { flex:1; border:1px solid #ccc; padding:7px 9px; line-height:16px }
.ad b { display:block; font-size:10px; color:#666; letter-spacing:.5px; margin-bottom:2px }
table { width:100%; border-collapse:collapse; margin-top:16px }
th { background:${dark}; color:#fff; font-size:10.5px; text-align:left; padding:6px; text-transform:uppercase; letter-spacing:.4px }
td { padding:7px 6px; border-bottom:1px solid #ddd; vertical-align:top; line-height:16px } td.r, th.r { text-align:right; white-space:nowrap }
td .sub { font-size:10.5px; color:#555 }
.tot { margin-top:10px; margin-left:auto; width:250px } .tot div { display:flex; justify-content:space-between; padding:3px 0 }
.tot .g { border-top:2px solid #333; font-weight:bold; font-size:14px; padding-top:5px }
.terms { margin-top:18px; font-size:10.5px; color:#444; line-height:14px; border-top:1px solid #ccc; padding-top:8px }
.ft { position:absolute; left:0; right:0; bottom:0; font-size:9px; color:#777; text-align:center }
</style>
<div class="w">
 <div class="hd"><div class="co">${dist}<small>${d_street}<br>${d_town} &middot; ${d_phone}</small></div>
  <div class="dt"><h1>${doc_title}</h1><div>Page 1 of 1</div></div></div>
 <div class="strip"><div><span>Order #</span>${order}</div><div><span>Order date</span>${order_date}</div><div><span>Customer #</span>${cust}</div><div><span>PO #</span>${po}</div><div><span>Salesperson</span>${sales}</div></div>
 <div class="ad"><div><b>BILL TO</b>${company}<br>${b_street}<br>${b_town}</div><div><b>SHIP TO</b>${company}<br>Attn: ${attn}<br>${s_street}<br>${s_town}</div></div>
 <table><tr><th>Item</th><th>Description</th><th class="r">Qty</th><th class="r">Unit</th><th class="r">Amount</th></tr>${rows_html}</table>
 <div class="tot"><div><span>Subtotal</span><span>${sub}</span></div><div><span>Sales tax</span><span>${tax}</span></div><div><span>Freight</span><span>${freight}</span></div><div class="g"><span>Total</span><span>${total}</span></div></div>
 <div class="terms">${terms}</div>
 <div class="ft">${foot}</div>
</div>
"""

DISTRIBUTORS = [
    ("Restoration Supply Depot", "RSD"),
    ("Cascade Janitorial & Restoration Supply", "CJR"),
    ("Tri-State Cleaning Distributors", "TSC"),
    ("Midland Jan-San & Restoration", "MJR"),
]
COMPANIES = [
    "Reliable Restoration Inc.",
    "DryRight Services",
    "Northgate Flood & Fire",
    "ServiceMax Cleaning",
]
GOODS = [
    ("DH-1200", "LGR dehumidifier, 120 pt", 1, 2149.00),
    ("AM-3S", "Low-profile air mover, 3-speed", 4, 289.00),
    ("MM-PIN", "Pin/pinless moisture meter kit", 1, 389.00),
    ("AB-1G", "Botanical antimicrobial, 1 gal", 4, 32.50),
    ("HEPA-500", "HEPA air scrubber, 500 CFM", 1, 1195.00),
    ("CT-RL", "Containment sheeting 6 mil, 20x100 roll", 2, 94.00),
]


def fill(d):
    import html
    from datetime import timedelta

    from corpus.formats import fmt_date

    r = d.rng
    e = html.escape
    dist, code = d.pick(DISTRIBUTORS)
    d_street, d_town = d.address()
    b_street, b_town = d.address()
    s_street, s_town = d.address()
    start = d.completed - timedelta(days=d.pick([1, 2]))
    span = f"{fmt_date(start, 'us_numeric')}–{fmt_date(d.completed, 'us_numeric')}"
    seat_price = d.pick([395.0, 495.0, 650.0, 795.0, 275.0])
    seat = (
        f"{code}-CLS",
        f"Class seat: {e(d.title('plain'))}<div class='sub'>Student: {e(d.name('plain'))} &middot; "
        f"Class dates {span} &middot; {e(d.hours('cec_hours'))} upon completion</div>",
        1,
        seat_price,
    )
    manual = (f"{code}-MAN", "Student manual and exam fee", 1, d.pick([85.0, 120.0, 150.0]))
    goods = [(c, e(t), q, p) for c, t, q, p in r.sample(GOODS, d.pick([2, 3, 4]))]
    rows = [seat, manual] + goods
    sub = sum(q * p for *_x, q, p in rows)
    tax = round(sub * d.pick([0.0625, 0.07, 0.0825]), 2)
    freight = d.pick([0.0, 45.0, 85.0])

    def m(v):
        return f"${v:,.2f}"

    rows_html = "".join(
        f'<tr><td>{c}</td><td>{t}</td><td class="r">{q}</td><td class="r">{m(p)}</td>'
        f'<td class="r">{m(q * p)}</td></tr>'
        for c, t, q, p in rows
    )
    return {
        "dist": dist,
        "d_street": d_street,
        "d_town": d_town,
        "d_phone": d.phone(),
        "doc_title": d.pick(["SALES ORDER", "ORDER ACKNOWLEDGMENT", "INVOICE"]),
        "order": d.number("SO-"),
        "order_date": d.other_date("registered", "us_numeric"),
        "cust": str(r.randrange(10000, 99999)),
        "po": d.pick(["verbal", "TRAINING", str(r.randrange(1000, 9999))]),
        "sales": d.person(),
        "company": d.pick(COMPANIES),
        "b_street": b_street,
        "b_town": b_town,
        "attn": d.person(),
        "s_street": s_street,
        "s_town": s_town,
        "rows_html": rows_html,
        "sub": m(sub),
        "tax": m(tax),
        "freight": m(freight),
        "total": m(sub + tax + freight),
        "terms": d.pick(
            [
                "Terms: Net 30. Class seats are non-refundable within 10 days of the class start "
                "date but may be transferred to another technician. Certificates are issued by the "
                "training provider after the class, not with this order.",
                "Payment due on receipt. Seat reserved on payment. Class cancellations by the "
                "customer less than 7 days before the start are billed in full.",
            ]
        ),
        "foot": "Thank you for your business.",
    }
