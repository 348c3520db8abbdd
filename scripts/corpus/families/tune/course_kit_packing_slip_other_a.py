"""A packing slip that a training school sends with the materials for an
upcoming class, not a certificate: the school's logo block and address on
the left, "PACKING SLIP" with order number, order and ship dates and
carrier on the right, a Ship To block with the student's name and a block
with the class booked (course, class dates, location), a table of items
(code, description, ordered, shipped, back-ordered) with a check column, the
packer's initials and a note on what to bring to class. It names a person,
a course, hours and dates; it records no one's completion."""

SOURCE = (
    "sunnysideup/silverstripe-ecommerce:templates/PackingSlip.ss (sender, deliver-to and "
    "items-only sections, print on open) and adobebc/web-apps-sdk:tags/shipping/"
    "packing-slip-layout.md (order, shipping attention and instructions fields)"
)
KIND = "other"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "other",
    "table",
    "labelled",
    "portrait",
    "provider-in-logo",
    "date-range",
    "distractor-person",
    "address",
)

TEMPLATE = """<style>
.w { position:absolute; inset:46px 54px; font: 12px ${sans}; color:#222 }
.hd { display:flex; justify-content:space-between; align-items:flex-start }
.lg { display:flex; gap:12px; align-items:center }
.lg i { width:54px; height:54px; background:${accent}; color:#fff; font: bold 18px ${display}; display:flex; align-items:center;
  justify-content:center; font-style:normal; clip-path:polygon(50% 0,100% 25%,100% 75%,50% 100%,0 75%,0 25%) }
.lg b { display:block; font: bold 16px ${display}; color:#111; max-width:280px } .lg span { font-size:11px; color:#555; line-height:15px }
.meta { text-align:right } .meta h1 { margin:0 0 6px; font: bold 26px ${cond}; letter-spacing:3px; color:#111 }
.meta table { margin-left:auto; border-collapse:collapse } .meta td { padding:1px 0 1px 14px; font-size:11.5px } .meta td:first-child { color:#666 }
.bar { height:34px; margin:14px 0 0; background:repeating-linear-gradient(90deg,#111 0 2px,#fff 2px 4px,#111 4px 5px,#fff 5px 8px,#111 8px 11px,#fff 11px 12px);
  width:230px; margin-left:auto }
.blk { display:flex; gap:26px; margin:18px 0 16px } .blk > div { flex:1; border:1px solid #bbb; padding:8px 12px; line-height:17px }
.blk h4 { margin:0 0 4px; font: bold 10.5px ${sans}; letter-spacing:1.2px; color:#666; text-transform:uppercase }
.blk .big { font-size:14px; font-weight:bold }
table.it { width:100%; border-collapse:collapse; font-size:11.5px }
.it th { background:${dark}; color:#fff; text-align:left; padding:6px; font-size:10.5px; text-transform:uppercase; letter-spacing:0.5px }
.it td { border-bottom:1px solid #ccc; padding:6px; vertical-align:top } .it .n { text-align:center; width:60px }
.it .ck { width:28px; text-align:center } .it .ck i { display:inline-block; width:11px; height:11px; border:1px solid #555 }
.pk { margin-top:12px; display:flex; gap:40px; font-size:11.5px } .pk span { border-bottom:1px solid #555; min-width:120px; display:inline-block; font: 17px ${hand}; color:#1a2a6c }
.note { margin-top:20px; border-top:2px solid ${accent}; padding-top:8px; font-size:11.5px; line-height:16px }
.ft { position:absolute; left:0; right:0; bottom:0; text-align:center; font-size:10.5px; color:#777 }
</style>
<div class="w">
 <div class="hd">
  <div class="lg"><i>${mark}</i><div><b>${school}</b><span>${street}<br>${town} &middot; ${phone}</span></div></div>
  <div class="meta"><h1>PACKING SLIP</h1><table>
   <tr><td>Order #</td><td><b>${order}</b></td></tr><tr><td>Order date</td><td>${order_date}</td></tr>
   <tr><td>Ship date</td><td>${ship_date}</td></tr><tr><td>Ship via</td><td>${carrier}</td></tr></table></div>
 </div>
 <div class="bar"></div>
 <div class="blk">
  <div><h4>Ship to</h4><span class="big">${student}</span><br>${company}<br>${s_street}<br>${s_town}</div>
  <div><h4>${class_head}</h4><span class="big">${course}</span><br>${range}<br>${location}<br>${class_hours}</div>
 </div>
 <table class="it">
  <tr><th>Item</th><th>Description</th><th class="n">Ordered</th><th class="n">Shipped</th><th class="n">B/O</th><th class="ck">&#10003;</th></tr>
  ${rows_html}
 </table>
 <div class="pk"><div>Packed by: <span>${packer_initials}</span></div><div>Checked by: <span>${checker_initials}</span></div><div>Cartons: <b>${cartons}</b></div></div>
 <div class="note"><b>${note_head}</b> ${note}</div>
 <div class="ft">${footer}</div>
</div>
"""

ITEMS = [
    ("{code}-SM", "{code} student manual, current edition"),
    ("STD-{std}", "ANSI/IICRC {std} Standard, reference copy"),
    ("WB-{code}", "Course workbook and quiz pack"),
    ("PPE-KIT", "Class PPE kit (N95, nitrile gloves, safety glasses)"),
    ("MM-PIN", "Pin-type moisture meter, practice unit (return after class)"),
    ("LAN-01", "Lanyard and name badge holder"),
    ("EXV", "Exam voucher (issued in class)"),
]
STD = {"WRT": "S500", "ASD": "S500", "AMRT": "S520", "FSRT": "S700", "OCT": "S700", "CCT": "S100"}
COMPANIES = [
    "Dry-Tech Restoration LLC",
    "Sunrise Carpet & Upholstery",
    "Precision Fire & Water",
    "",
]


def fill(d):
    import html
    from datetime import timedelta

    from corpus import values as V
    from corpus.formats import fmt_date, fmt_range

    r = d.rng
    school, short = d.pick(V.SCHOOLS)
    short = short or school
    words = [w for w in short.replace("&", " ").split() if w[0].isupper()]
    course, code = d.pick([c for c in V.IICRC_COURSES if c[1] in STD])
    days = d.pick([2, 3, 3])
    start = d.completed + timedelta(days=r.randrange(14, 50))
    end = start + timedelta(days=days - 1)
    items = [ITEMS[0], ITEMS[1], ITEMS[2]] + r.sample(ITEMS[3:6], d.pick([1, 2])) + [ITEMS[6]]
    rows = []
    for sku, desc in items:
        sku, desc = sku.format(code=code, std=STD[code]), desc.format(code=code, std=STD[code])
        bo = sku == "EXV" or (sku.startswith("STD") and d.chance(0.3))
        shipped = "0" if bo else "1"
        rows.append(
            f'<tr><td>{html.escape(sku)}</td><td>{html.escape(desc)}</td><td class="n">1</td>'
            f'<td class="n">{shipped}</td><td class="n">{"1" if bo else "0"}</td>'
            '<td class="ck"><i></i></td></tr>'
        )
    packer, checker = d.person(), d.person()
    style = d.pick(["us_numeric", "short_month"])
    s_street, s_town = d.address()
    street, town = d.address()
    web = "www." + "".join(ch for ch in short.lower() if ch.isalnum())[:18] + ".com"
    return {
        "mark": "".join(w[0] for w in words[:3]),
        "school": school,
        "street": street,
        "town": town,
        "phone": d.phone(),
        "order": f"SO-{r.randrange(100000, 999999)}",
        "order_date": fmt_date(d.completed, style),
        "ship_date": fmt_date(d.completed + timedelta(days=r.randrange(1, 5)), style),
        "carrier": d.pick(["UPS Ground", "FedEx Home", "USPS Priority"]),
        "student": d.person(),
        "company": d.pick(COMPANIES),
        "s_street": s_street,
        "s_town": s_town,
        "class_head": d.pick(["Class booked", "Your class"]),
        "course": course if d.chance(0.5) else f"{course} ({code})",
        "range": fmt_range(start, end, r),
        "location": d.pick([f"Classroom, {d.city()}", "Training center, Bay 2", d.venue()]),
        "class_hours": f"{d.pick([14, 19, 21])} classroom hours · exam on the last day",
        "rows_html": "\n".join(rows),
        "packer_initials": "".join(p[0] for p in packer.split())[:3],
        "checker_initials": "".join(p[0] for p in checker.split())[:3],
        "cartons": d.pick(["1", "1", "2"]),
        "note_head": d.pick(["Bring to class:", "Before your class:"]),
        "note": d.pick(
            [
                "the manual and the Standard shipped here, a photo ID and closed-toe shoes. "
                "Read chapters 1–3 before day one. Back-ordered items ship separately.",
                "please check this shipment against the list above within five days. The exam "
                "voucher is handed out by your instructor on the exam day.",
            ]
        ),
        "footer": d.pick(["Thank you for training with us.", f"Questions? {d.phone()} · {web}"]),
    }
