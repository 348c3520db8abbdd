"""A packing slip that a training school ships with the books for an
upcoming class: the school's mark and address on the left and "PACKING
SLIP" with its number, order, PO and ship date on the right, a barcode box,
"Ship to" a technician at his company beside "Bill to" the company, the
carrier and tracking block, an item table (SKU, description, ordered,
shipped, back-ordered) listing a student manual for a class with its
dates, the standard, an exam voucher and field tools, with checkboxes and a
totals row, then notes and returns. It names people, courses and dates and
records no one's completion."""

SOURCE = (
    "eddiesanjuan/glyph:examples/packing-slip/sample-output.md (header with slip number, order, "
    "PO and date, barcode, ship-to and bill-to, shipping details, SKU / ordered / shipped / "
    "back-ordered table with totals, notes and returns)"
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
    "date-range",
    "barcode",
    "checkboxes",
    "distractor-date",
)

TEMPLATE = """<style>
.w { position:absolute; inset:42px 50px; font: 12px ${sans}; color:#222 }
.hd { display:flex; justify-content:space-between }
.lg { flex:1 } .mk { width:54px; height:54px; background:${dark}; color:#fff; font: bold 18px ${display};
  display:flex; align-items:center; justify-content:center; margin-bottom:8px }
.on { font: bold 16px ${sans} } .oa { font-size:11px; line-height:15px; color:#444 }
.ti { text-align:right; flex:none; margin-left:20px } .ti h1 { margin:0 0 4px; font: bold 26px ${sans}; letter-spacing:2px }
.ti .no { font: bold 14px ${mono}; border-bottom:1px solid #999; padding-bottom:3px; margin-bottom:3px }
.ti div { font-size:11.5px; line-height:16px }
.bc { margin:12px 0 14px; border:1px solid #999; padding:6px 0 3px; text-align:center; font: 10px ${mono}; letter-spacing:2px }
.bc .bars { height:34px; margin:0 auto 3px; width:360px;
  background: repeating-linear-gradient(90deg, #111 0 2px, #fff 2px 3px, #111 3px 4px, #fff 4px 7px, #111 7px 10px, #fff 10px 11px, #111 11px 12px, #fff 12px 15px) }
.two { display:flex; gap:30px; margin-bottom:12px } .two > div { flex:1; line-height:16px }
h4 { margin:0 0 3px; font: bold 10.5px ${sans}; letter-spacing:1px; color:#555; border-bottom:1px solid #bbb; padding-bottom:2px }
.ship { display:grid; grid-template-columns:130px 1fr; row-gap:2px; margin-bottom:12px; font-size:11.5px } .ship .l { color:#555 }
table { width:100%; border-collapse:collapse; font-size:11.5px }
th { text-align:left; border-top:2px solid #222; border-bottom:1px solid #222; padding:5px 4px; font-size:10.5px; text-transform:uppercase }
td { border-bottom:1px solid #ddd; padding:6px 4px; vertical-align:top } .n { text-align:center; width:42px }
.cb { display:inline-block; width:10px; height:10px; border:1px solid #333; margin-right:6px; vertical-align:-1px }
tr.t td { border-top:2px solid #222; border-bottom:none; font-weight:bold }
.nt { margin-top:14px; font-size:11px; line-height:15px }
.pk { margin-top:14px; display:flex; gap:40px; font-size:11px } .pk div { flex:1; border-top:1px solid #333; padding-top:3px }
.ft { position:absolute; left:0; right:0; bottom:0; text-align:center; font-size:10.5px; color:#666; border-top:1px solid #ccc; padding-top:5px }
</style>
<div class="w">
 <div class="hd">
  <div class="lg"><div class="mk">${mark}</div><div><div class="on">${school}</div><div class="oa">${street}<br>${town}<br>${phone}</div></div></div>
  <div class="ti"><h1>PACKING SLIP</h1><div class="no">${slip}</div><div>Order: ${order}</div><div>PO: ${po}</div><div>Date: ${ship_date}</div></div>
 </div>
 <div class="bc"><div class="bars"></div>${slip}</div>
 <div class="two">
  <div><h4>SHIP TO</h4>${attn}<br>${company}<br>${c_street}<br>${c_town}<br>${c_phone}</div>
  <div><h4>BILL TO</h4>${company}<br>Accounts Payable<br>${c_street}<br>${c_town}</div>
 </div>
 <h4>SHIPPING DETAILS</h4>
 <div class="ship"><div class="l">Carrier:</div><div>${carrier}</div><div class="l">Tracking:</div><div>${tracking}</div>
  <div class="l">Package count:</div><div>${packages}</div><div class="l">Total weight:</div><div>${weight} lbs</div></div>
 <table>
  <tr><th>SKU</th><th>Description</th><th class="n">Ord</th><th class="n">Ship</th><th class="n">B/O</th></tr>
  ${rows_html}
  <tr class="t"><td></td><td>TOTALS</td><td class="n">${t_ord}</td><td class="n">${t_ship}</td><td class="n">${t_bo}</td></tr>
 </table>
 <div class="nt"><h4>NOTES</h4>${notes}</div>
 <div class="nt"><h4>RETURNS</h4>${returns}</div>
 <div class="pk"><div>Packed by: ${packer}</div><div>Checked by: ${checker}</div></div>
 <div class="ft">Questions? ${phone} · ${web} — Thank you for your order!</div>
</div>
"""

COMPANIES = [
    "Rapid Dry Restoration, LLC",
    "Prime Mitigation Group",
    "Hometown Carpet Care Inc.",
    "Cornerstone Disaster Recovery",
    "Blue Line Cleaning Co.",
    "Valley Restoration Partners",
]


def fill(d):
    import html
    from datetime import timedelta

    from corpus import values as V
    from corpus.formats import fmt_date, fmt_range

    r = d.rng
    school, short = d.pick(V.SCHOOLS)
    short = short or school
    mark = "".join(w[0] for w in short.replace("&", "").split() if w[0].isupper())[:3]
    course, code = d.pick(V.IICRC_COURSES)
    code = code or "CE"
    start = d.completed + timedelta(days=r.randrange(10, 40))
    days = d.pick([2, 3, 3, 4])
    class_dates = fmt_range(start, start + timedelta(days=days - 1), r)
    ship = start - timedelta(days=r.randrange(7, 14))
    items = [
        (
            f"{code}-SM-{start.year % 100}",
            f"{course} – Student Manual (class {class_dates})",
            r.randrange(1, 4),
        ),
        ("S500-STD", "ANSI/IICRC S500 Standard for Professional Water Damage Restoration", 1),
        (f"EXV-{code}", f"{code} Exam Voucher (online proctored)", r.randrange(1, 4)),
        ("TOOL-PMP", "Pin-type moisture meter with hammer probe", 1),
        ("TOOL-THG", "Thermo-hygrometer, digital, with case", r.randrange(1, 3)),
        ("PPE-N95", "N95 respirators, box of 20", r.randrange(1, 6)),
    ]
    chosen = items[:2] + r.sample(items[2:], d.pick([2, 3, 4]))
    rows, t_ord, t_ship, t_bo = [], 0, 0, 0
    for sku, desc, qty in chosen:
        bo = 1 if qty > 1 and r.random() < 0.25 else 0
        rows.append(
            f'<tr><td><span class="cb"></span>{sku}</td><td>{html.escape(desc)}</td>'
            f'<td class="n">{qty}</td><td class="n">{qty - bo}</td>'
            f'<td class="n">{bo or "–"}</td></tr>'
        )
        t_ord, t_ship, t_bo = t_ord + qty, t_ship + qty - bo, t_bo + bo
    street, town = d.address()
    c_street, c_town = d.address()
    slip = f"PKS-{ship.year}-{r.randrange(10000, 99999)}"
    return {
        "mark": mark,
        "school": school,
        "street": street,
        "town": town,
        "phone": d.phone(),
        "slip": slip,
        "order": f"ORD-{ship.year}-{r.randrange(10000, 99999)}",
        "po": str(r.randrange(1000, 99999)),
        "ship_date": fmt_date(ship, d.pick(["long", "us_numeric"])),
        "attn": d.person(),
        "company": d.pick(COMPANIES),
        "c_street": c_street,
        "c_town": c_town,
        "c_phone": d.phone(),
        "carrier": d.pick(["UPS Ground", "FedEx Home Delivery", "USPS Priority Mail"]),
        "tracking": "1Z" + "".join(r.choice("0123456789ABCDEFGHJKLMNPRSTUVWXY") for _ in range(16)),
        "packages": str(d.pick([1, 1, 2])),
        "weight": f"{r.uniform(4, 26):.1f}",
        "rows_html": "\n".join(rows),
        "t_ord": str(t_ord),
        "t_ship": str(t_ship),
        "t_bo": str(t_bo),
        "notes": d.pick(
            [
                f"Manuals ship ahead of class. Bring them on the first day ({class_dates}). "
                "Back-ordered items ship when stock arrives; you will receive a tracking e-mail.",
                "Exam vouchers are e-mailed to each student after the last day of class. Items "
                "marked B/O are back-ordered and will ship separately.",
            ]
        ),
        "returns": "Unopened manuals and tools may be returned within 30 days in their original "
        "packaging. Standards and exam vouchers are not returnable. Call for an RMA number first.",
        "packer": d.person(),
        "checker": d.pick(["", d.person()]),
        "web": "www." + "".join(ch for ch in short.lower() if ch.isalnum())[:18] + ".com",
    }
