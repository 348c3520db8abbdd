"""Not a certificate: a training school's invoice to a restoration company
for a class taught at the company's shop, portrait. "INVOICE" large at the
top right with the invoice number, date and due date; the school's name,
address and phone at the left; bill-to and training-site blocks side by
side. The line items are billed by the hour or by the piece (date,
description, qty/hrs, rate, amount): instructor-led hours on site for the
course, the instructor's travel hours, exam proctoring, manuals and
registration fees per student. A list of the employees enrolled, subtotal,
tax and total, payment terms, and a note that certificates go to each
student after grading and that the invoice is not proof of attendance. It
prints a course, people and many hour figures, and certifies nothing."""

SOURCE = (
    "Deepak911741/invoice:resources/views/admin/pdf/invoice-pdf.blade.php (invoice: business "
    "block, invoice details with number, date of issue and due date, bill-to, item table with "
    "ITEM/SERVICE, DESCRIPTION, QTY/HRS, RATE, AMOUNT, terms) and "
    "NaszvadiG/kiss-manage:application/views/business/invoice_pdf.php (striped item rows with "
    "date, quantity, unit price and bold amount; summary block with total)"
)
KIND = "other"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "other",
    "table",
    "portrait",
    "labelled",
    "address",
    "distractor-person",
    "tiny-footer",
)

TEMPLATE = """<style>
.w { position:absolute; inset:46px 50px 38px; font: 12px ${face}; color:#222 }
.top { display:flex; justify-content:space-between; align-items:flex-start }
.from b { display:block; font: bold 18px ${head}; color:${dark} } .from { font-size:11px; line-height:15px; color:#444 }
.inv { text-align:right } .inv h1 { margin:0; font: ${inv_w} 34px ${head}; letter-spacing:${ls}; color:${inv_ink} }
.inv table { margin-left:auto; font-size:11.5px } .inv td { padding:1px 0 1px 14px } .inv td:first-child { color:#666 }
.parties { display:flex; gap:30px; margin:24px 0 16px }
.parties div { flex:1; font-size:12px; line-height:16px }
.parties small { display:block; font-size:9px; text-transform:uppercase; letter-spacing:.7px; color:${accent}; font-weight:bold; margin-bottom:3px; border-bottom:1px solid #ddd }
table.items { width:100%; border-collapse:collapse; font-size:11.5px }
.items th { background:${band}; color:${band_ink}; text-align:left; font-size:9.5px; text-transform:uppercase; letter-spacing:.5px; padding:6px }
.items th.n, .items td.n { text-align:right; white-space:nowrap }
.items td { padding:7px 6px; border-bottom:1px solid #e2e2e2; vertical-align:top }
.items td small { display:block; color:#666; font-size:10px }
.items tr:nth-child(even) td { background:${zebra} }
.low { display:flex; gap:30px; margin-top:16px }
.att { flex:1.2; font-size:11px; line-height:15px }
.att small { display:block; font-size:9px; text-transform:uppercase; letter-spacing:.7px; color:${accent}; font-weight:bold; border-bottom:1px solid #ddd; margin-bottom:3px }
.tot { flex:1 } .tot div { display:flex; justify-content:space-between; padding:3px 0; font-size:12px }
.tot div.g { border-top:2px solid #333; font-weight:bold; font-size:14px; margin-top:3px; padding-top:5px }
.note { margin-top:22px; font-size:10.5px; line-height:15px; color:#444; border-left:3px solid ${accent}; padding-left:9px }
.rem { position:absolute; left:0; right:0; bottom:26px; border-top:1.5px dashed #888; padding-top:8px }
.rl { font-size:10px; color:#555; margin-bottom:6px }
.rg { display:flex; border:1px solid #999 } .rg div { flex:1; padding:4px 8px; border-right:1px solid #ccc; font-size:12px; min-height:40px } .rg div:last-child { border-right:0 }
.rg small { display:block; font-size:8.5px; color:#666; text-transform:uppercase; letter-spacing:.5px }
.ft { position:absolute; left:0; right:0; bottom:0; font-size:8px; color:#777; text-align:center; border-top:1px solid #ddd; padding-top:4px }
</style>
<div class="w">
 <div class="top">
  <div class="from"><b>${school}</b>${street}<br>${town}<br>${phone}</div>
  <div class="inv"><h1>INVOICE</h1><table>
   <tr><td>Invoice no.</td><td>${inv_no}</td></tr>
   <tr><td>Date</td><td>${inv_date}</td></tr>
   <tr><td>Due</td><td>${due}</td></tr>
   <tr><td>Terms</td><td>${terms}</td></tr></table></div>
 </div>
 <div class="parties">
  <div><small>Bill to</small>${bill_html}</div>
  <div><small>Training site</small>${site_html}</div>
 </div>
 <table class="items">
  <tr><th>Date</th><th>Description</th><th class="n">Qty / hrs</th><th class="n">Rate</th><th class="n">Amount</th></tr>
  ${items_html}
 </table>
 <div class="low">
  <div class="att"><small>${att_label}</small>${attendees_html}</div>
  <div class="tot">${totals_html}</div>
 </div>
 <div class="note">${note}</div>
 <div class="rem"><div class="rl">${rem_title}</div>
  <div class="rg"><div><small>Invoice no.</small>${inv_no}</div><div><small>Customer</small>${client}</div><div><small>Amount due</small>${due_amt}</div><div><small>Amount enclosed</small>&nbsp;</div></div></div>
 <div class="ft">${footer}</div>
</div>
"""

CLIENTS = [
    ("Allied Flood Response LLC", "Accounts Payable"),
    ("Northstar Drying Services", "Attn: Office Manager"),
    ("Greenway Property Recovery", "Attn: Training"),
    ("Summit Peak Disaster Services", "Accounts Payable"),
    ("Bluewater Restoration Group", "Attn: Operations"),
]


def fill(d):
    import html
    from datetime import timedelta

    from corpus import values as V
    from corpus.formats import fmt_date

    e = html.escape
    r = d.rng
    style = d.pick(["us_numeric", "short_month", "long", "iso"])
    course, code = d.pick(V.IICRC_COURSES)
    class_hours = d.pick([14, 16, 19, 21, 24])
    days = 2 if class_hours <= 16 else 3
    end = d.completed
    start = end - timedelta(days=days - 1)
    students = d.pick([5, 6, 7, 8, 9])
    rate = d.pick([125, 150, 165, 185])
    travel = d.pick([3, 4, 5.5, 6, 8])
    items = [
        (
            fmt_date(start, "us_short") + "–" + fmt_date(end, "us_short"),
            f"On-site instructor-led training: {course}"
            + (f" ({code})" if code and d.chance(0.5) else ""),
            d.pick(
                [f"{days} class days at your shop", f"{students} students · classroom + hands-on"]
            ),
            f"{class_hours} hrs",
            rate,
            class_hours * rate,
        ),
        (
            fmt_date(start, "us_short"),
            "Instructor travel time",
            d.pick(["round trip", "billed at half rate"]),
            f"{travel:g} hrs",
            rate / 2,
            travel * rate / 2,
        ),
        (
            fmt_date(end, "us_short"),
            "Exam proctoring",
            "",
            f"{d.pick([1, 1.5, 2]):g} hrs",
            60,
            None,
        ),
        ("", "Student manuals", "", f"{students} ea", d.pick([45, 65, 85]), None),
        (
            "",
            "Certification exam / registration fee",
            "per student",
            f"{students} ea",
            d.pick([65, 75, 95]),
            None,
        ),
    ]
    rows, subtotal = [], 0.0
    for day, desc, sub, qty, rt, amt in items:
        if amt is None:
            amt = float(qty.split()[0]) * rt
        subtotal += amt
        rows.append(
            f"<tr><td>{e(day)}</td><td>{e(desc)}{f'<small>{e(sub)}</small>' if sub else ''}</td>"
            f"<td class='n'>{e(qty)}</td><td class='n'>${rt:,.2f}</td><td class='n'>${amt:,.2f}</td></tr>"
        )
    tax = round(subtotal * d.pick([0, 0, 0.0625, 0.07]), 2)
    paid = d.pick([0, 0, 500, 1000])
    totals = [("Subtotal", subtotal), ("Tax", tax)]
    if paid:
        totals.append(("Deposit received", -paid))
    totals_html = "".join(
        f"<div><span>{k}</span><span>{'-' if v < 0 else ''}${abs(v):,.2f}</span></div>"
        for k, v in totals
    )
    totals_html += (
        f"<div class='g'><span>Balance due</span><span>${subtotal + tax - paid:,.2f}</span></div>"
    )
    client, attn = d.pick(CLIENTS)
    street, town = d.address()
    c_street, c_town = d.address()
    people = [d.person() for _ in range(students)]
    attendees_html = "<br>".join(e(p) for p in people)
    inv_day = end + timedelta(days=r.randint(0, 6))
    band = d.pick([d.colors["dark"], "#eeeeee"])
    net = d.pick([30, 30, 15, 0])
    return {
        "face": d.fonts[d.pick(["sans", "sans", "serif"])],
        "head": d.fonts[d.pick(["sans", "display", "serif"])],
        "inv_w": d.pick(["bold", "300", "normal"]),
        "ls": d.pick(["2px", "4px", "0"]),
        "inv_ink": d.pick(["#222", d.colors["dark"], "#999"]),
        "band": band,
        "band_ink": "#fff" if band != "#eeeeee" else "#222",
        "zebra": d.pick(["#fafafa", "#ffffff", "#f6f8fb"]),
        "school": d.org,
        "street": street,
        "town": town,
        "phone": d.phone(),
        "inv_no": f"{d.pick(['INV-', '', 'T'])}{r.randrange(1000, 99999)}",
        "inv_date": fmt_date(inv_day, style),
        "due": fmt_date(inv_day + timedelta(days=net), style),
        "terms": f"Net {net}" if net else "Due on receipt",
        "bill_html": f"{e(client)}<br>{e(attn)}<br>{e(c_street)}<br>{e(c_town)}",
        "site_html": f"{e(client)} shop<br>{e(c_street)}<br>{e(c_town)}",
        "items_html": "".join(rows),
        "att_label": d.pick(
            [f"Students enrolled ({students})", "Attendees", "Employees registered"]
        ),
        "attendees_html": attendees_html,
        "totals_html": totals_html,
        "note": d.pick(
            [
                "Certificates of completion are issued to each student by e-mail after the exam is "
                "graded. This invoice is a bill for services and is not proof of attendance or of "
                "continuing education credit.",
                "Hours above are instructor hours billed to your company. Each student's credit is "
                "shown on his or her own certificate, sent after the class closes.",
            ]
        ),
        "rem_title": d.pick(
            ["Please return this portion with your payment", "Remittance — detach and return"]
        ),
        "client": client,
        "due_amt": f"${subtotal + tax - paid:,.2f}",
        "footer": d.pick(
            [
                "Thank you for your business",
                "Make checks payable to the school named above",
                d.web(),
            ]
        ),
    }
