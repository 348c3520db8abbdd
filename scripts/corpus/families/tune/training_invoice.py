"""An invoice (or quote) from a training school to a company, not a
certificate: the school's logo block and "INVOICE" with its number, dates
and terms, a Bill To block, then a dense table with one line per student
(name, course, class dates, CEC hours, price), subtotal, tax and total, and
payment terms. It names people, a course, hours and dates; it records no
one's completion."""

SOURCE = (
    "Deepak911741/invoice:resources/views/admin/pdf/invoice-pdf.blade.php (business info, "
    "invoice details, bill to, item table, terms) and "
    "dzflack/ctf-challenges:challenges/ggrf/docker-files/template/pdf.html.tpl (tax and grand "
    "total rows, notice)"
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
)

TEMPLATE = """<style>
.w { position:absolute; inset:44px 52px; font: 12px ${sans}; color:#222 }
.hd { display:flex; justify-content:space-between; align-items:flex-start; padding-bottom:12px; border-bottom:2px solid ${accent} }
.lg .mk { margin-bottom:8px }
.mk { width:50px; height:50px; border-radius:8px; background:${accent}; color:#fff; font: bold 19px ${display}; display:flex; align-items:center; justify-content:center }
.on { font: bold 17px ${display}; color:#111 } .oa { font-size:11px; color:#555; line-height:15px }
.ti { text-align:right } .ti h1 { font: bold 30px ${sans}; letter-spacing:3px; margin:0; color:${accent} }
.ti table td { padding:1px 0 1px 12px; font-size:11.5px } .ti table td:first-child { color:#666 }
.blk { display:flex; gap:40px; margin:16px 0 14px } .blk div { flex:1; line-height:16px }
.blk h4 { font: bold 10.5px ${sans}; color:#666; letter-spacing:1px; margin:0 0 3px }
table.it { width:100%; border-collapse:collapse; font-size:11px }
.it th { background:#333; color:#fff; text-align:left; padding:5px 5px; font-size:10px; text-transform:uppercase }
.it td { border-bottom:1px solid #ddd; padding:4px 5px; vertical-align:top } .it tr:nth-child(odd) td { background:#f7f7f7 }
.it .r { text-align:right; white-space:nowrap }
.tot { margin-left:auto; width:270px; margin-top:8px; font-size:12px; border-collapse:collapse }
.tot td { padding:3px 6px } .tot td:last-child { text-align:right } .tot tr.g td { border-top:2px solid #333; font-weight:bold; font-size:14px }
.terms { margin-top:18px; font-size:11px; line-height:15px; color:#333 } .terms h4 { margin:0 0 3px; font-size:11px; letter-spacing:1px }
.ft { position:absolute; left:0; right:0; bottom:0; text-align:center; font-size:10.5px; color:#777; border-top:1px solid #ccc; padding-top:5px }
</style>
<div class="w">
 <div class="hd">
  <div class="lg"><div class="mk">${mark}</div><div><div class="on">${school}</div><div class="oa">${street}<br>${town} · ${phone}<br>${web}</div></div></div>
  <div class="ti"><h1>${doc}</h1><table>
   <tr><td>${doc_no_label}</td><td><b>${inv_no}</b></td></tr><tr><td>Date</td><td>${inv_date}</td></tr>
   <tr><td>${due_label}</td><td>${due}</td></tr><tr><td>PO #</td><td>${po}</td></tr></table></div>
 </div>
 <div class="blk">
  <div><h4>BILL TO</h4><b>${company}</b><br>Attn: ${attn}<br>${c_street}<br>${c_town}</div>
  <div><h4>${class_head}</h4>${course}<br>${range}<br>${location}</div>
 </div>
 <table class="it">
  <tr><th>#</th><th>Student</th><th>Course</th><th>Class dates</th><th class="r">CECs</th><th class="r">Unit price</th><th class="r">Amount</th></tr>
  ${rows_html}
 </table>
 <table class="tot"><tr><td>Subtotal</td><td>${subtotal}</td></tr>
  <tr><td>${tax_label}</td><td>${tax}</td></tr>${deposit_html}
  <tr class="g"><td>${total_label}</td><td>${total}</td></tr></table>
 <div class="terms"><h4>PAYMENT TERMS</h4>${terms}</div>
 <div class="terms"><h4>NOTES</h4>${notes}</div>
 <div class="terms"><h4>REMIT TO</h4>${school} · ${street} · ${town}<br>Questions about this ${doc_lower}: ${contact}, ${phone}</div>
 <div class="ft">${footer}</div>
</div>
"""

COMPANIES = [
    "Rapid Dry Restoration, LLC",
    "Apex Water & Fire Services",
    "Hometown Carpet Care Inc.",
    "Prime Mitigation Group",
    "Allied Property Restoration",
    "Blue Line Cleaning Co.",
    "Cornerstone Disaster Recovery",
]


def fill(d):
    from datetime import timedelta

    from corpus import values as V
    from corpus.formats import fmt_date, fmt_range

    r = d.rng
    school, short = d.pick(V.SCHOOLS)
    short = short or school
    mark = "".join(w[0] for w in short.replace("&", "").split() if w[0].isupper())[:3]
    classes = []
    first = d.completed + timedelta(days=r.randrange(10, 60))
    picks = [d.pick(V.IICRC_COURSES) if d.chance(0.6) else (d.pick(V.CE_COURSES), None)]
    if d.chance(0.5):
        picks.append(d.pick(V.IICRC_COURSES) if d.chance(0.5) else (d.pick(V.CE_COURSES), None))
    for j, (course, code) in enumerate(picks):
        start = first + timedelta(days=j * r.randrange(7, 28))
        days = d.pick([1, 2, 3])
        end = start + timedelta(days=days - 1)
        dates = fmt_range(start, end, r) if days > 1 else fmt_date(start, "short_month")
        cecs = d.pick([7, 14, 14, 21, 19]) if code else d.pick([3, 4, 6, 7, 8])
        price = d.pick([295, 395, 495, 595, 695, 895, 1195]) if code else d.pick([129, 179, 249])
        label = f"{code} – {course}" if code and d.chance(0.5) else course
        classes.append((label, dates, cecs, price))
    n = d.pick([4, 5, 6, 7, 8])
    people = [d.person() for _ in range(n)]
    lines = [(p, classes[0]) for p in people]
    if len(classes) > 1:
        lines += [(p, classes[1]) for p in r.sample(people, r.randrange(2, min(n, 5) + 1))]
        lines.sort(key=lambda x: people.index(x[0]))
    rows, sub = [], 0
    for i, (who, (label, dates, cecs, price)) in enumerate(lines):
        rows.append(
            f"<tr><td>{i + 1}</td><td>{who}</td><td>{label}</td><td>{dates}</td>"
            f'<td class="r">{cecs}</td><td class="r">${price:,.2f}</td>'
            f'<td class="r">${price:,.2f}</td></tr>'
        )
        sub += price
    if d.chance(0.5):
        fee, k = d.pick([50, 65, 75]), len(lines)
        rows.append(
            f"<tr><td>{k + 1}</td><td>Exam and registration fee (x{k})</td><td>All classes</td>"
            f'<td></td><td class="r">–</td><td class="r">${fee:,.2f}</td>'
            f'<td class="r">${fee * k:,.2f}</td></tr>'
        )
        sub += fee * k
    label, dates = classes[0][0], classes[0][1]
    if len(classes) > 1:
        label += f" · {classes[1][0]}"
        dates += f" · {classes[1][1]}"
    rate = d.pick([0, 0, 6.25, 7.0, 8.25])
    tax = round(sub * rate / 100, 2)
    total = sub + tax
    deposit = ""
    quote = d.chance(0.25)
    if not quote and d.chance(0.4):
        paid = round(total * 0.25, 2)
        deposit = f"<tr><td>Deposit received</td><td>-${paid:,.2f}</td></tr>"
        total -= paid
    street, town = d.address()
    c_street, c_town = d.address()
    return {
        "mark": mark,
        "school": school,
        "street": street,
        "town": town,
        "phone": d.phone(),
        "web": "www." + "".join(ch for ch in short.lower() if ch.isalnum())[:18] + ".com",
        "doc": "QUOTE" if quote else "INVOICE",
        "doc_lower": "quote" if quote else "invoice",
        "contact": d.person(),
        "doc_no_label": "Quote #" if quote else "Invoice #",
        "inv_no": d.number("INV-" if not quote else "Q-"),
        "inv_date": d.other_date("registered", "us_numeric"),
        "due_label": "Valid until" if quote else "Due date",
        "due": d.other_date("issue", "us_numeric"),
        "po": str(r.randrange(1000, 99999)),
        "company": d.pick(COMPANIES),
        "attn": d.person(),
        "c_street": c_street,
        "c_town": c_town,
        "class_head": "CLASSES" if len(classes) > 1 else "CLASS",
        "course": label,
        "range": dates,
        "location": d.pick(["On-site at your facility", f"Classroom, {d.city()}", "Live online"]),
        "rows_html": "\n".join(rows),
        "subtotal": f"${sub:,.2f}",
        "tax_label": f"Sales tax ({rate:g}%)" if rate else "Tax (training exempt)",
        "tax": f"${tax:,.2f}",
        "deposit_html": deposit,
        "total_label": "Quote total" if quote else "Balance due",
        "total": f"${total:,.2f}",
        "terms": d.pick(
            [
                "Net 30. Checks payable to the school named above; cards accepted by phone. "
                "A 1.5% monthly finance charge applies to balances past due.",
                "Payment is due before the first day of class. Seats are held for 14 days "
                "from the invoice date.",
                "Net 15. ACH and major cards accepted. Please include the invoice number.",
            ]
        ),
        "notes": d.pick(
            [
                "Substitutions are welcome up to two business days before class. Cancellations "
                "inside seven days are charged in full.",
                "Certificates and CEC records are issued to each student after the class, "
                "once attendance and the exam are complete.",
            ]
        ),
        "footer": "Thank you for your business.",
    }
