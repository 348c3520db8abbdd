"""Not a certificate: a training school's invoice to a restoration company
for seats in a class and related services, portrait. "Invoice" set large at
the top left with the school's name and address at the right; invoice
number, dates, terms and purchase order in a small grid; a bill-to block and
a list of the students the seats were for. The line items carry quantities
that are hours: tuition seats with the class's hours per seat in the
description, private lab hours, exam proctoring hours, instructor travel
hours, a make-up session, manuals; then subtotal, discount, tax and balance
due, a payment note and a line saying certificates go out once the invoice
is paid. It bills hours; it awards none."""

SOURCE = (
    "Deepak911741/invoice:resources/views/admin/pdf/invoice-pdf.blade.php (invoice header with "
    "business details, invoice number, date of issue and due date, bill-to block, item/service, "
    "description, QTY/HRS, rate and amount columns, terms)"
)
KIND = "other"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "other",
    "table",
    "portrait",
    "address",
    "labelled",
    "distractor-person",
    "date-range",
    "invoice",
)

TEMPLATE = """<style>
.w { position:absolute; inset:50px 58px 38px; font: 12.5px ${sans}; color:#222 }
.top { display:flex; justify-content:space-between; align-items:flex-start }
.top h1 { margin:0; font: ${h_weight} 40px ${head}; letter-spacing:${track}px; color:${dark}; text-transform:uppercase }
.biz { text-align:right; font-size:11.5px; line-height:16px; color:#444 } .biz b { font-size:14px; color:#111 }
.meta { display:grid; grid-template-columns:repeat(4, 1fr); margin-top:18px; border-top:2px solid ${dark}; border-bottom:1px solid #bbb }
.meta div { padding:6px 8px; font-size:12.5px } .meta i { display:block; font-style:normal; font-size:9.5px; color:#666; text-transform:uppercase; letter-spacing:.6px }
.cols { display:flex; gap:30px; margin-top:16px; font-size:12.5px; line-height:18px }
.cols > div { flex:1 } .cols .l { font-size:9.5px; color:#666; text-transform:uppercase; letter-spacing:.6px; margin-bottom:2px }
table.it { width:100%; border-collapse:collapse; margin-top:20px }
.it th { background:${th_bg}; color:${th_fg}; font-size:10px; text-transform:uppercase; letter-spacing:.5px; padding:6px; text-align:left }
.it td { padding:7px 6px; border-bottom:1px solid #ddd; vertical-align:top }
.it th.n, .it td.n { text-align:right; white-space:nowrap }
.it td small { display:block; color:#666; font-size:11px; margin-top:1px }
.tot { margin-left:auto; width:290px; margin-top:10px }
.tot div { display:flex; justify-content:space-between; padding:3px 6px }
.tot .g { border-top:2px solid #222; font-weight:bold; font-size:14.5px; margin-top:3px; padding-top:5px }
.pay { margin-top:18px; font-size:11.5px; line-height:17px; color:#333 }
.pay b { color:#111 }
.stamp { position:absolute; right:30px; top:300px; border:3px solid ${stamp}; color:${stamp}; font: bold 26px ${sans}; padding:4px 16px; transform:rotate(-12deg); opacity:.55; letter-spacing:3px; display:${stamp_show} }
.rm { position:absolute; left:0; right:0; bottom:34px; border-top:1.5px dashed #888; padding-top:14px; display:flex; gap:20px; font-size:11.5px; line-height:16px }
.rm .sc { position:absolute; top:-9px; left:50%; transform:translateX(-50%); background:#fff; padding:0 8px; color:#888; font-size:10px; text-transform:uppercase; letter-spacing:1px }
.rm .rl { flex:1 } .rm .rg { flex:1.3; display:grid; grid-template-columns:1fr 1fr; border:1px solid #999 }
.rm .rg div { padding:4px 7px; border-bottom:1px solid #ccc; border-right:1px solid #ccc; min-height:34px }
.rm .rg i { display:block; font-style:normal; font-size:9px; color:#666; text-transform:uppercase }
.ft { position:absolute; left:0; right:0; bottom:0; font-size:9.5px; color:#777; border-top:1px solid #ccc; padding-top:5px; text-align:center }
</style>
<div class="w">
 <div class="top"><h1>${heading}</h1><div class="biz"><b>${school}</b><br>${street}<br>${town}<br>${phone} \u00b7 ${web}</div></div>
 <div class="meta">
  <div><i>Invoice no.</i>${inv_no}</div><div><i>Issued</i>${issued}</div><div><i>Due</i>${due}</div><div><i>${po_label}</i>${po}</div>
 </div>
 <div class="cols">
  <div><div class="l">Bill to</div><b>${company}</b><br>Attn: ${attn}<br>${c_street}<br>${c_town}</div>
  <div><div class="l">${students_label}</div>${students_html}</div>
 </div>
 <table class="it">
  <tr><th>Item</th><th>Description</th><th class="n">${qty_h}</th><th class="n">Rate</th><th class="n">Amount</th></tr>
  ${rows_html}
 </table>
 <div class="tot">${tot_html}</div>
 <div class="pay">${pay_html}</div>
 <div class="rm"><span class="sc">${cut}</span>
  <div class="rl"><b>${school}</b><br>${rm_text}</div>
  <div class="rg"><div><i>Invoice no.</i>${inv_no}</div><div><i>Customer</i>${company}</div><div><i>Amount due</i>${due_amt}</div><div><i>Amount enclosed</i>&nbsp;</div></div>
 </div>
 <div class="stamp">${stamp_word}</div>
 <div class="ft">${foot}</div>
</div>
"""

COMPANIES = [
    ("Northgate Restoration LLC", "2210 Fremont Ave", "Boise, ID 83702"),
    ("Sandhill Water & Fire", "57 Depot St", "Salina, KS 67401"),
    ("Harborline Cleaning & Restoration", "940 Pier Rd, Unit 4", "Norfolk, VA 23510"),
    ("Mesa Verde Disaster Recovery", "3301 E Main St", "Mesa, AZ 85213"),
    ("Kingfisher Carpet & Flood", "18 Orchard Way", "Albany, NY 12205"),
]


def fill(d):
    from datetime import timedelta

    from corpus import formats as F

    r = d.rng
    credit = float(d.credit)
    style = d.pick(["us_numeric", "short_month", "long", "dd_mon_yyyy"])
    seats = d.pick([1, 2, 2, 3, 4])
    students = [d.name("plain")] + [d.person() for _ in range(seats - 1)]
    r.shuffle(students)
    title = d.title(d.pick(["plain", "with_code", "code_first"]))
    days = max(0, int(credit // 8))
    dates = d.date_range(days) if days else d.date(style)
    school = d.provider()
    tuition = d.pick([295, 395, 495, 650, 795, 925]) if credit > 4 else d.pick([49, 79, 99, 129])
    items = [
        (
            "Tuition",
            f"{title}<small>Class {dates} \u00b7 {credit:g} {d.pick(['hrs', 'hours', 'contact hrs'])} per seat</small>",
            seats,
            tuition,
            "seat" if d.chance(0.5) else "",
        )
    ]
    lab = d.pick([2, 3, 4, 6])
    if lab == credit:
        lab += 1
    extra = [
        (
            "Lab time",
            "Private hands-on lab on the drying floor",
            lab,
            d.pick([85, 95, 110]),
            "hrs",
        ),
        (
            "Proctoring",
            "Exam proctoring, written exam",
            d.pick([1, 1.5, 2]),
            d.pick([45, 60, 75]),
            "hrs",
        ),
        (
            "Travel",
            "Instructor travel time to your site",
            d.pick([3, 4.5, 6, 8]),
            d.pick([40, 55, 65]),
            "hrs",
        ),
        (
            "Make-up",
            f"Make-up session for {d.person()}",
            d.pick([1.5, 2, 2.5]),
            d.pick([75, 90]),
            "hrs",
        ),
        ("Materials", "Student manual and field guide", seats, d.pick([35, 45, 60]), ""),
        ("Exam fee", "Certification exam fee, passed through", seats, d.pick([75, 95, 105]), ""),
    ]
    items += r.sample(extra[:4], d.pick([2, 2, 3])) + r.sample(extra[4:], d.pick([0, 1, 2]))
    rows, sub = [], 0.0
    for item, desc, qty, rate, unit in items:
        amt = qty * rate
        sub += amt
        unit = unit + "s" if unit == "seat" and qty > 1 else unit
        q = f"{qty:g} {unit}".strip() if d.chance(0.5) or unit.startswith("seat") else f"{qty:g}"
        rows.append(
            f"<tr><td>{item}</td><td>{desc}</td><td class='n'>{q}</td>"
            f"<td class='n'>${rate:,.2f}</td><td class='n'>${amt:,.2f}</td></tr>"
        )
    disc = round(sub * d.pick([0, 0, 0.05, 0.1]), 2)
    tax = round((sub - disc) * d.pick([0, 0, 0.06, 0.0725]), 2)
    total = sub - disc + tax
    paid = d.chance(0.4)
    tot = [("Subtotal", f"${sub:,.2f}")]
    if disc:
        tot.append((d.pick(["Multi-seat discount", "Member discount"]), f"-${disc:,.2f}"))
    tot.append(("Tax", f"${tax:,.2f}"))
    if paid:
        tot.append(("Paid", f"-${total:,.2f}"))
    tot_html = "".join(f"<div><span>{a}</span><span>{b}</span></div>" for a, b in tot)
    tot_html += (
        f"<div class='g'><span>Balance due</span><span>${0 if paid else total:,.2f}</span></div>"
    )
    issued = d.completed + timedelta(days=r.randint(-20, 3))
    due = issued + timedelta(days=d.pick([15, 30, 30, 45]))
    street, town = d.address()
    company, c_street, c_town = d.pick(COMPANIES)
    th_bg, th_fg = d.pick([(d.colors["dark"], "#fff"), ("#e9e9e9", "#222")])
    return {
        "head": d.fonts[d.pick(["sans", "display", "serif", "cond"])],
        "h_weight": d.pick(["bold", "300", "bold"]),
        "track": d.pick(["0", "2", "6"]),
        "th_bg": th_bg,
        "th_fg": th_fg,
        "stamp": d.pick(["#2d6a4f", "#8b0000"]),
        "stamp_show": "block" if paid else "none",
        "stamp_word": "PAID",
        "heading": d.pick(["Invoice", "Invoice", "Tax invoice"]),
        "school": school,
        "street": street,
        "town": town,
        "phone": d.phone(),
        "web": d.web(),
        "inv_no": f"INV-{r.randrange(1000, 99999)}",
        "issued": F.fmt_date(issued, style),
        "due": F.fmt_date(due, style),
        "po_label": d.pick(["PO no.", "Your ref."]),
        "po": d.pick([f"PO {r.randrange(1000, 9999)}", "—", f"{r.randrange(100, 999)}-TRN"]),
        "company": company,
        "attn": d.person(),
        "c_street": c_street,
        "c_town": c_town,
        "students_label": d.pick(["Students", "Seats for", "Attendees"]),
        "students_html": "<br>".join(students),
        "qty_h": d.pick(["Qty / hrs", "Qty", "Hrs / qty"]),
        "rows_html": "".join(rows),
        "tot_html": tot_html,
        "pay_html": d.pick(
            [
                f"<b>Terms:</b> net {(due - issued).days} days. Pay by check to {school} or by card at "
                f"{d.web()}/pay. Certificates of completion are released once the invoice is paid.",
                "<b>Payment:</b> ACH or card. Please quote the invoice number. Students receive their "
                "certificates after payment is received and the class is completed.",
            ]
        ),
        "cut": d.pick(["Detach and return with payment", "Remittance"]),
        "rm_text": d.pick(
            [
                f"Make checks payable to {school}. Mail to the address above.",
                "Return this part with your check so we can match the payment.",
            ]
        ),
        "due_amt": f"${0 if paid else total:,.2f}",
        "foot": d.pick(
            [
                "This invoice is not a certificate of completion and does not show credit earned.",
                f"Questions about this invoice: {d.phone()}. Thank you for training with us.",
            ]
        ),
    }
