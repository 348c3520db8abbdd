"""Not a certificate: a school's invoice to a restoration company for a class
taught at the company's shop, portrait. A large "Invoice" heading on the
left with the school's name, address, phone and e-mail stacked on the
right; invoice details (number, date of issue, due date, PO) beside a
bill-to block; a line-item table whose quantity column counts hours
(instruction, instructor travel, lab setup, exam proctoring) and units
(manuals, registration fees per seat, mileage); subtotal, tax, deposit and
balance due; the technicians enrolled; and terms saying certificates go
out once the balance is paid. Every hour figure is a billing quantity."""

SOURCE = (
    "Deepak911741/invoice:resources/views/admin/pdf/invoice-pdf.blade.php (invoice heading, "
    "business info block, invoice details and bill-to, item/description/qty-hrs/rate/amount "
    "table, terms)"
)
KIND = "other"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "other",
    "invoice",
    "table",
    "portrait",
    "address",
    "labelled",
    "distractor-person",
    "distractor-date",
)

TEMPLATE = """<style>
.w { position:absolute; inset:48px 54px 36px; font: 12.5px ${face}; color:#222 }
.top { display:flex; justify-content:space-between; align-items:flex-start; border-bottom:${rule}; padding-bottom:14px }
.top h1 { margin:0; font: ${h1w} 40px ${head}; color:${dark}; letter-spacing:${h1ls}; text-transform:${h1case} }
.top h1 small { display:block; font: 12px ${face}; letter-spacing:0; text-transform:none; color:#666; margin-top:4px }
.biz { text-align:right; line-height:17px; font-size:12px } .biz b { font-size:15px; display:block; color:${dark}; margin-bottom:2px }
.two { display:flex; gap:30px; margin-top:18px }
.two > div { flex:1 } .two h3 { margin:0 0 5px; font: bold 11px ${face}; letter-spacing:1px; color:${dark}; text-transform:uppercase }
.two p { margin:0; line-height:18px }
.two p b { display:inline-block; width:104px; font-weight:600 }
table { width:100%; border-collapse:collapse; margin-top:22px }
th { background:${thbg}; color:${thfg}; font-size:10.5px; text-transform:uppercase; letter-spacing:.5px; padding:7px 8px; text-align:left }
td { padding:8px 8px; border-bottom:1px solid #ddd; vertical-align:top }
td.n, th.n { text-align:right; white-space:nowrap } td small { display:block; color:#666; font-size:11px; margin-top:2px }
.tot { margin-left:auto; width:290px; margin-top:10px }
.tot div { display:flex; justify-content:space-between; padding:4px 8px }
.tot div.g { border-top:2px solid #333; font-weight:bold; font-size:14.5px; margin-top:3px; padding-top:6px }
.tot div.due { background:${light}; font-weight:bold; font-size:15px }
.low { display:flex; gap:28px; margin-top:18px }
.low > div { flex:1; font-size:11.5px; line-height:16px }
.low h3 { margin:0 0 4px; font: bold 11px ${face}; letter-spacing:1px; color:${dark}; text-transform:uppercase }
.ft { position:absolute; left:0; right:0; bottom:0; text-align:center; font-size:10px; color:#777; border-top:1px solid #ddd; padding-top:5px }
</style>
<div class="w">
 <div class="top"><h1>${inv_word}<small>${inv_sub}</small></h1>
  <div class="biz"><b>${org}</b>${street}<br>${town}<br>${phone}<br>${email}</div></div>
 <div class="two">
  <div><h3>Invoice details</h3><p><b>Invoice #</b>${inv_no}</p><p><b>Date of issue</b>${issued}</p><p><b>Due date</b>${due}</p><p><b>PO number</b>${po}</p></div>
  <div><h3>Bill to</h3><p>${company}<br>Attn: ${attn}<br>${b_street}<br>${b_town}</p></div>
 </div>
 <table>
  <tr><th>Item / service</th><th>Description</th><th class="n">${qty_head}</th><th class="n">Rate</th><th class="n">Amount</th></tr>
  ${items_html}
 </table>
 <div class="tot">${tot_html}</div>
 <div class="low">
  <div><h3>${roster_cap}</h3>${roster}</div>
  <div><h3>Terms</h3>${terms}</div>
 </div>
 <div class="ft">${thanks}</div>
</div>
"""

COMPANIES = [
    "Redline Restoration Services LLC",
    "Twin Pines Water & Fire Cleanup",
    "Crescent Bay Property Restoration",
    "Foothill Mitigation Group, Inc.",
    "Blackstone Cleaning & Restoration",
]


def fill(d):
    import html
    from datetime import timedelta

    from corpus import formats as F

    e = html.escape
    r = d.rng
    org = d.org
    street, town = d.address()
    b_street, b_town = d.address()
    seats = d.pick([4, 5, 6, 8, 10, 12])
    days = d.pick([1, 2, 2, 3])
    per_day = float(d.pick([6, 7, 7.5, 8]))
    instr = days * per_day
    rate = d.pick([95, 110, 125, 135, 150])
    travel = float(d.pick([3, 4, 5, 6, 8]))
    setup = float(d.pick([1.5, 2, 2.5, 3]))
    proctor = float(d.pick([1, 1, 1.5]))
    code = f" ({d.code})" if d.code else ""
    items = [
        (
            "On-site instruction",
            f"{d.course}{code}",
            f"{days} day{'s' if days > 1 else ''} × {per_day:g} hrs · up to {seats} technicians",
            instr,
            rate,
        ),
        ("Instructor travel time", "Round trip, billed at half rate", "", travel, rate / 2),
        ("Lab / equipment setup", "Drying equipment, meters, containment demo", "", setup, rate),
    ]
    if d.chance(0.7):
        items.append(("Exam proctoring", "Written exam session", "", proctor, rate / 2))
    items.append(("Student manuals", "Printed course manual", "", seats, d.pick([35, 45, 60])))
    if d.chance(0.6):
        items.append(
            ("Registration fee", "Per-student class registration", "", seats, d.pick([25, 30]))
        )
    miles = r.randrange(80, 420)
    items.append(("Mileage", f"{miles} mi at IRS rate", "", miles, 0.67))
    rows, sub = [], 0.0
    for name, desc, small, qty, unit in items:
        amt = qty * unit
        sub += amt
        rows.append(
            f"<tr><td>{e(name)}</td><td>{e(desc)}{f'<small>{e(small)}</small>' if small else ''}</td>"
            f"<td class='n'>{qty:g}</td><td class='n'>${unit:,.2f}</td><td class='n'>${amt:,.2f}</td></tr>"
        )
    manuals = next(q * u for n, _, _, q, u in items if n == "Student manuals")
    tax = round(manuals * d.pick([0.06, 0.07, 0.0825]), 2)
    total = sub + tax
    deposit = round(total * d.pick([0, 0.25, 0.5]), -1)
    tot = [("Subtotal", sub), ("Sales tax (manuals)", tax), ("Total", total)]
    tot_html = "".join(
        f"<div{' class=g' if k == 'Total' else ''}><span>{k}</span><span>${v:,.2f}</span></div>"
        for k, v in tot
    )
    if deposit:
        tot_html += f"<div><span>Deposit received</span><span>−${deposit:,.2f}</span></div>"
    tot_html += (
        f"<div class='due'><span>Balance due</span><span>${total - deposit:,.2f}</span></div>"
    )
    issued = d.completed + timedelta(days=r.randint(1, 6))
    due = issued + timedelta(days=d.pick([15, 30, 30]))
    people = [d.person() for _ in range(min(seats, d.pick([3, 4, 5])))]
    more = seats - len(people)
    roster = ", ".join(people) + (f" and {more} more" if more else "") + "."
    roster += (
        f" Class held {F.fmt_date(d.completed, d.pick(['long', 'us_numeric']))} at your facility."
    )
    return {
        "face": d.fonts[d.pick(["sans", "sans", "serif"])],
        "head": d.fonts[d.pick(["sans", "display", "serif"])],
        "rule": d.pick(["3px solid " + d.colors["dark"], "1px solid #999", "2px solid #222"]),
        "h1w": d.pick(["bold", "300", "bold"]),
        "h1ls": d.pick(["0", "3px", "1px"]),
        "h1case": d.pick(["uppercase", "none"]),
        **dict(
            zip(
                ("thbg", "thfg"),
                d.pick([("#484848", "#fff"), (d.colors["dark"], "#fff"), ("#eee", "#222")]),
                strict=True,
            )
        ),
        "inv_word": d.pick(["Invoice", "Invoice", "Tax invoice"]),
        "inv_sub": d.pick(["On-site training services", "Crew training", ""]),
        "org": org,
        "street": street,
        "town": town,
        "phone": d.phone(),
        "email": "billing@" + d.web().removeprefix("www."),
        "inv_no": f"{d.pick(['INV', 'T', ''])}{r.randrange(1000, 9999)}",
        "issued": F.fmt_date(issued, d.pick(["us_numeric", "short_month"])),
        "due": F.fmt_date(due, d.pick(["us_numeric", "short_month"])),
        "po": d.pick([f"{r.randrange(10000, 99999)}", "—", f"PO-{r.randrange(100, 999)}"]),
        "company": d.pick(COMPANIES),
        "attn": d.person(),
        "b_street": b_street,
        "b_town": b_town,
        "qty_head": d.pick(["Qty / hrs", "Qty", "Hrs / qty"]),
        "items_html": "".join(rows),
        "tot_html": tot_html,
        "roster_cap": d.pick(["Technicians enrolled", "Attendees"]),
        "roster": roster,
        "terms": d.pick(
            [
                "Payment due within 30 days. Certificates of completion are issued to each "
                "technician once the balance is paid and exams are graded.",
                "Net 15. A 1.5% monthly charge applies to late balances. Student certificates "
                "and CE reporting are released after payment in full.",
            ]
        ),
        "thanks": d.pick(
            [
                "Thank you for your business!",
                f"Questions about this invoice? Call {d.phone()}.",
                "Please include the invoice number with your payment.",
            ]
        ),
    }
