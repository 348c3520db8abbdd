"""Not a record of credit: an invoice a training company sends a
restoration contractor after teaching a class to its crew at the
contractor's shop. A header with the trainer's name, an invoice details
block and a bill-to block, then an item table with a "Qty/Hrs" column:
on-site instruction billed by the hour, instructor travel time, course
preparation, per-student fees for the roster size, the class credit the
course carries appearing only in the item's description. Totals, terms and
a note that each technician's certificate is sent separately. Nobody's
credit is recorded by this paper."""

SOURCE = (
    "Deepak911741/invoice:resources/views/admin/pdf/invoice-pdf.blade.php (invoice header, "
    "invoice details and bill-to blocks, ITEM/SERVICE, DESCRIPTION, QTY/HRS, RATE, AMOUNT table, "
    "terms)"
)
KIND = "other"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "other",
    "invoice",
    "table",
    "labelled",
    "portrait",
    "dark-band",
    "distractor-person",
    "distractor-date",
    "address",
)

TEMPLATE = """<style>
.top { position:absolute; left:0; right:0; top:0; height:${band_h}px; background:${band}; color:${band_fg}; display:flex; justify-content:space-between; align-items:center; padding:0 54px }
.top h1 { margin:0; font: ${h_weight} 34px ${head}; letter-spacing:${h_ls} }
.top .biz { text-align:right; font: 11.5px ${body}; line-height:16px }
.top .biz b { display:block; font: bold 15px ${head} }
.w { position:absolute; top:${w_top}px; left:54px; right:54px; font: 12px ${body}; color:#222 }
.two { display:flex; gap:40px }
.two > div { flex:1 }
.two h3 { font: bold 11px ${body}; letter-spacing:1px; text-transform:uppercase; margin:0 0 6px; color:${dark}; border-bottom:1px solid #bbb; padding-bottom:3px }
.two p { margin:0; line-height:18px }
table { width:100%; border-collapse:collapse; margin-top:24px; font-size:12px }
th { background:${th_bg}; color:${th_fg}; font: bold 10.5px ${body}; letter-spacing:.6px; text-transform:uppercase; padding:7px 7px; text-align:left }
td { padding:8px 7px; border-bottom:1px solid #ddd; vertical-align:top; line-height:16px } td.n, th.n { text-align:right; white-space:nowrap }
tr:nth-child(odd) td { background:${zebra} }
.sum { margin-left:auto; width:270px; margin-top:10px; font-size:12.5px }
.sum div { display:flex; justify-content:space-between; padding:3px 7px } .sum .g { font-weight:bold; font-size:14px; border-top:2px solid #333; margin-top:3px; padding-top:6px }
.terms { margin-top:22px; display:flex; gap:30px; font-size:11.5px; line-height:17px }
.terms h3 { font: bold 11px ${body}; letter-spacing:1px; text-transform:uppercase; margin:0 0 4px; color:${dark} }
.ft { position:absolute; left:54px; right:54px; bottom:24px; text-align:center; font: 10px ${body}; color:#777 }
</style>
<div class="top"><h1>${heading}</h1><div class="biz"><b>${trainer}</b>${t_street}<br>${t_town}<br>${t_phone}</div></div>
<div class="w">
 <div class="two">
  <div><h3>Invoice details</h3><p>Invoice # ${inv_no}<br>Date of issue ${inv_date}<br>Due date ${due}<br>${po_line}</p></div>
  <div><h3>Bill to</h3><p>${company}<br>Attn: ${attn}<br>${c_street}<br>${c_town}</p></div>
 </div>
 <table>
  <tr><th>Item/Service</th><th>Description</th><th class="n">${qty_head}</th><th class="n">Rate</th><th class="n">Amount</th></tr>
  ${rows_html}
 </table>
 <div class="sum"><div><span>Subtotal</span><span>${sub}</span></div><div><span>${tax_label}</span><span>${tax}</span></div><div class="g"><span>${due_label}</span><span>${total}</span></div></div>
 <div class="terms"><div><h3>Terms</h3>${terms}</div><div><h3>Notes</h3>${notes}</div></div>
</div>
<div class="ft">${foot}</div>
"""

COMPANIES = [
    "Granite State Restoration",
    "FirstCall Water Removal, Inc.",
    "Sunbelt Fire & Flood Services",
    "Iron Range Cleaning & Restoration",
    "Bayview Disaster Specialists",
]


def fill(d):
    from datetime import timedelta
    from html import escape

    from corpus import values as V
    from corpus.formats import fmt_date, fmt_number

    r = d.rng
    n = lambda v: fmt_number(v, r, False)  # noqa: E731
    title = d.title(d.pick(["plain", "with_code"]))
    credit_txt = d.hours(d.pick(["cec_hours", "cecs", "hours_title"]))
    class_h = d.credit + d.pick([1, 1.5, 2, 3]) if d.credit >= 3 else d.pick([3, 4])
    travel_h = d.pick([2, 3, 4.5, 6, 8])
    prep_h = d.pick([1, 1.5, 2, 3])
    seats = d.pick([4, 5, 6, 8, 10, 12])
    rate = d.pick([95, 110, 125, 150])
    items = [
        (
            "On-site instruction",
            f"{title} at client's shop, {d.date(d.pick(['us_numeric', 'short_month']))}. "
            f"Course carries {credit_txt} per student.",
            n(class_h),
            rate,
            class_h * rate,
        ),
        ("Travel time", "Instructor travel, round trip", n(travel_h), 55, travel_h * 55),
        ("Preparation", "Course set-up and materials prep", n(prep_h), 65, prep_h * 65),
        ("Student fees", "Manual, exam and certificate processing", str(seats), 45, seats * 45),
    ]
    if d.chance(0.5):
        equip_h = d.pick([2, 4, 5])
        items.insert(
            3, ("Equipment", "Demo drying equipment, hourly rental", n(equip_h), 20, equip_h * 20)
        )
    rows = "".join(
        f'<tr><td>{escape(a)}</td><td>{escape(b)}</td><td class="n">{q}</td>'
        f'<td class="n">${rt:,.2f}</td><td class="n">${amt:,.2f}</td></tr>'
        for a, b, q, rt, amt in items
    )
    sub = sum(i[4] for i in items)
    tax = round(sub * d.pick([0, 0, 0.05]), 2)
    band = d.pick([d.colors["dark"], "#ffffff", d.colors["light"]])
    dark_band = band == d.colors["dark"]
    t_street, t_town = d.address()
    c_street, c_town = d.pick([a for a in V.CITIES if a[0] != t_street])
    style = d.pick(["us_numeric", "long", "short_month"])
    issued = d.completed + timedelta(days=r.randint(1, 12))
    return {
        "band": band,
        "band_fg": "#fff" if dark_band else d.colors["dark"],
        "band_h": d.pick(["110", "124"]),
        "w_top": d.pick(["150", "164"]),
        "head": d.fonts[d.pick(["sans", "display", "serif"])],
        "body": d.fonts[d.pick(["sans", "sans", "serif"])],
        "h_weight": d.pick(["bold", "300"]),
        "h_ls": d.pick(["0", "3px", "6px"]),
        "th_bg": d.colors["dark"] if not dark_band else "#333",
        "th_fg": "#fff",
        "zebra": d.pick(["#ffffff", "#f7f7f7", d.colors["light"]]),
        "heading": d.pick(["INVOICE", "Invoice"]),
        "trainer": d.provider(),
        "t_street": t_street,
        "t_town": t_town,
        "t_phone": d.phone(),
        "inv_no": f"{r.randrange(1000, 9999)}",
        "inv_date": fmt_date(issued, style),
        "due": fmt_date(issued + timedelta(days=d.pick([15, 30])), style),
        "po_line": d.pick(["", f"PO {r.randrange(10000, 99999)}", "Terms: Net 30"]),
        "company": d.pick(COMPANIES),
        "attn": d.person(),
        "c_street": c_street,
        "c_town": c_town,
        "qty_head": d.pick(["Qty/Hrs", "Hrs/Qty", "Qty"]),
        "rows_html": rows,
        "sub": f"${sub:,.2f}",
        "tax_label": d.pick(["Tax", "Sales tax (5%)" if tax else "Tax (exempt)"]),
        "tax": f"${tax:,.2f}",
        "due_label": d.pick(["Total due", "Balance due", "Amount due"]),
        "total": f"${sub + tax:,.2f}",
        "terms": d.pick(
            [
                "Payment due within 30 days. Late payments subject to 1.5% monthly charge.",
                "Please remit by check or ACH. Include the invoice number with payment.",
            ]
        ),
        "notes": d.pick(
            [
                f"{seats} technicians on the roster. Certificates are mailed to each student after "
                "the exams are graded; credit is reported per student.",
                "Individual completion certificates are issued separately and are not part of this "
                "invoice.",
            ]
        ),
        "foot": d.pick(["Thank you for your business!", f"{d.web()} · {d.phone()}"]),
    }
