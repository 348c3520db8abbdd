"""Not a certificate: a page from an exhibitor service kit, the standard
booth furnishings and accessories order form of the show's decorating
contractor. A contractor letterhead with the show's name, dates and hall,
the advance-price deadline, labelled exhibitor fields filled in, a priced
table of rental items with quantities and line totals, a totals box, and a
payment and signature block. It names a trade show, a booth, people and
dates; nobody completes anything and no credit is recorded."""

SOURCE = (
    "jonable/ServiceKits:README.md (exhibitor service kit order forms) and "
    "http://businessdocbox.com/Logistics/100983078-Complete-exhibitor-kit.html "
    "(Standard Booth Furnishings & Accessories Order Form)"
)
KIND = "other"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "other",
    "portrait",
    "table",
    "labelled",
    "invoice",
    "dark-band",
    "distractor-date",
    "distractor-person",
)

TEMPLATE = """<style>
.w { position:absolute; left:46px; right:46px; top:36px; font: 11.5px ${face}; color:#111 }
.lh { display:flex; justify-content:space-between; align-items:center }
.lh .co { font: bold 22px ${display}; color:${dark}; letter-spacing:0.5px }
.lh .co small { display:block; font: 10px ${face}; letter-spacing:1.5px; text-transform:uppercase; color:#555 }
.lh .ad { text-align:right; font-size:10px; line-height:13px; color:#333 }
.band { margin-top:8px; background:${dark}; color:#fff; padding:7px 12px; display:flex; justify-content:space-between; align-items:baseline }
.band b { font-size:16px; letter-spacing:0.5px }
.band span { font-size:11px }
.show { margin-top:6px; display:flex; justify-content:space-between; font-size:11px }
.dl { margin-top:6px; border:2px solid ${accent}; color:${accent}; font-weight:bold; text-align:center; padding:4px; font-size:11.5px }
.ex { margin-top:8px; display:grid; grid-template-columns: 1fr 1fr; gap:5px 20px }
.ex div { border-bottom:1px solid #777; padding-bottom:1px; white-space:nowrap; overflow:hidden }
.ex b { font-size:9.5px; text-transform:uppercase; color:#444; margin-right:6px }
table { width:100%; border-collapse:collapse; margin-top:10px }
th { background:#e6e6e6; border:1px solid #777; font-size:9.5px; text-transform:uppercase; padding:4px 5px; text-align:left }
td { border:1px solid #999; padding:3px 5px; font-size:11px; height:21px }
td.r { text-align:right; font-family:${mono}; font-size:10.5px }
td.q { text-align:center; font: 16px ${hand}; color:#1d2f6b }
.tot { display:flex; justify-content:flex-end; margin-top:6px }
.tot table { width:280px; margin:0 }
.tot td { font-size:11px }
.pay { margin-top:10px; display:grid; grid-template-columns: 1.2fr 1fr; gap:14px; font-size:10.5px; line-height:15px }
.pay .bx { border:1px solid #777; padding:6px 8px }
.sg { border-bottom:1px solid #333; height:28px; font: 22px ${hand}; color:#1d2f6b; line-height:32px; margin-top:4px }
.sch { width:60%; margin-top:12px } .sch td { font-size:10.5px; height:19px }
.fine { margin-top:8px; font-size:8.5px; line-height:11px; color:#555 }
</style>
<div class="w">
 <div class="lh">
  <div class="co">${contractor}<small>Official Service Contractor</small></div>
  <div class="ad">${street}<br>${city}<br>${phone}</div>
 </div>
 <div class="band"><b>${form_title}</b><span>Form ${form_no}</span></div>
 <div class="show"><span><b>${show}</b></span><span>${show_dates}</span><span>${venue}</span></div>
 <div class="dl">${deadline_html}</div>
 <div class="ex">
  <div><b>Company</b>${company}</div><div><b>Booth #</b>${booth}</div>
  <div><b>Contact</b>${contact}</div><div><b>Phone</b>${cphone}</div>
  <div><b>Address</b>${caddr}</div><div><b>Booth size</b>${size}</div>
 </div>
 <table>
  <tr><th style="width:10%">Item #</th><th>Description</th><th style="width:9%">Qty</th><th style="width:13%">Advance</th><th style="width:13%">Floor</th><th style="width:14%">Total</th></tr>
  ${rows_html}
 </table>
 <div class="tot"><table>
  <tr><td>Subtotal</td><td class="r">${subtotal}</td></tr>
  <tr><td>Sales tax (${tax_rate}%)</td><td class="r">${tax}</td></tr>
  <tr><td><b>Total due</b></td><td class="r"><b>${total}</b></td></tr>
 </table></div>
 <div class="pay">
  <div class="bx"><b>Payment</b><br>&#9746; Credit card on file &nbsp; &#9744; Check enclosed &nbsp; &#9744; Wire<br>Card ending ${card} &nbsp; Exp. ${card_exp}<br>Orders without payment will not be processed.</div>
  <div class="bx"><b>Authorized signature</b><div class="sg">${contact}</div>Date: ${signed}</div>
 </div>
 <div class="fine">${fine}</div>
 <table class="sch"><tr><th colspan="3">Show schedule</th></tr>${sched_html}</table>
 <div class="fine">Questions about this order: Exhibitor Services, ${phone} &middot; Account rep: ${rep}</div>
</div>
"""

ITEMS = [
    ("F-101", "6' draped table, 30 in. high", 128.00),
    ("F-102", "8' draped table, 30 in. high", 142.00),
    ("F-110", "6' draped counter table, 42 in. high", 196.00),
    ("F-205", "Padded side chair", 46.50),
    ("F-212", "Bar stool, chrome", 78.00),
    ("F-301", "Wastebasket", 14.75),
    ("C-410", "Carpet, 10' x 10', standard grey", 289.00),
    ("C-415", "Carpet padding, 10' x 10'", 118.00),
    ("A-520", "Literature rack, 10 pocket", 112.00),
    ("A-530", "Easel, tripod", 38.00),
    ("E-610", "Electrical outlet, 500 W", 164.00),
    ("S-710", "Booth cleaning, vacuum nightly", 72.00),
    ("L-810", "Lead retrieval app license", 385.00),
]


def fill(d):
    from datetime import timedelta

    from corpus import values as V
    from corpus.formats import fmt_date

    r = d.rng
    street, city = d.address()
    close = d.completed
    open_ = close - timedelta(days=d.pick([1, 2]))
    deadline = open_ - timedelta(days=r.randrange(18, 35))
    chosen = sorted(r.sample(ITEMS, r.randrange(5, 9)))
    rows, subtotal = [], 0.0
    for code, desc, price in chosen:
        qty = r.choice([1, 1, 1, 2, 2, 4])
        line = qty * price
        subtotal += line
        rows.append(
            f'<tr><td>{code}</td><td>{desc}</td><td class="q">{qty}</td>'
            f'<td class="r">${price:,.2f}</td><td class="r">${price * 1.3:,.2f}</td>'
            f'<td class="r">${line:,.2f}</td></tr>'
        )
    rate = d.pick([6.25, 7.0, 8.25, 8.375])
    tax = round(subtotal * rate / 100, 2)
    style = d.pick(["long", "short_month"])
    return {
        "face": d.fonts[d.pick(["sans", "cond"])],
        "contractor": d.pick(
            [
                "Vista Convention Services",
                "Freeman-Hale Expositions",
                "Summit Exposition Services",
                "GES-West Decorating",
            ]
        ),
        "street": street,
        "city": city,
        "phone": d.phone(),
        "form_title": d.pick(
            [
                "Standard Booth Furnishings & Accessories",
                "Furniture & Carpet Rental Order Form",
                "Booth Furnishings Order Form",
            ]
        ),
        "form_no": f"{r.randrange(10, 40)}",
        "show": f"{d.pick(V.EVENTS)} {close.year}",
        "show_dates": f"{fmt_date(open_, style)} – {fmt_date(close, style)}",
        "venue": d.venue(),
        "deadline_html": (
            f"Advance price deadline: {fmt_date(deadline, 'long')} &mdash; orders received "
            "after this date are charged the floor price"
        ),
        "company": d.pick(
            [
                "AeroDry Equipment Co.",
                "Pureflo Chemical Company",
                "Clearview Odor Solutions LLC",
                "Hydrotherm Drying Products",
                "Vortex Extraction Systems, Inc.",
            ]
        ),
        "booth": f"{r.randrange(100, 1999)}",
        "contact": d.person(),
        "cphone": d.phone(),
        "caddr": f"{d.pick(['4410 Commerce Way', '17 Kiln Rd', '900 Market St'])}, {d.city()}",
        "size": d.pick(["10' x 10'", "10' x 20'", "20' x 20'"]),
        "rows_html": "".join(rows),
        "subtotal": f"${subtotal:,.2f}",
        "tax_rate": f"{rate:g}",
        "tax": f"${tax:,.2f}",
        "total": f"${subtotal + tax:,.2f}",
        "card": f"{r.randrange(1000, 9999)}",
        "card_exp": f"{r.randrange(1, 13):02d}/{(close.year + r.randrange(1, 4)) % 100:02d}",
        "sched_html": "".join(
            f"<tr><td>{what}</td><td>{fmt_date(day, 'weekday')}</td><td>{hrs}</td></tr>"
            for what, day, hrs in [
                ("Exhibitor move-in", open_ - timedelta(days=1), "8:00 AM – 5:00 PM"),
                ("Exhibit hall open", open_, "10:00 AM – 5:00 PM"),
                ("Exhibit hall open", close, "9:30 AM – 2:30 PM"),
                ("Exhibitor move-out", close, "2:30 PM – 9:00 PM"),
            ]
        ),
        "rep": d.person(),
        "signed": d.other_date("registered", "us_numeric"),
        "fine": (
            "Rental items remain the property of the contractor. Prices include delivery to the "
            "booth, installation and removal. Cancellations received less than 7 days before "
            "move-in are charged 50%. No refunds for items cancelled on site. The exhibitor is "
            "responsible for rented items until they are picked up after the show."
        ),
    }
