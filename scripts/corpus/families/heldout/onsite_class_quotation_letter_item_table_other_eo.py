"""Not a certificate: a training school's price quotation for a private
on-site class, written as a business letter. Letterhead with the school's
initials and name, the date, an inside address to a company contact, a
reference line with the quotation number, a salutation and a paragraph
offering to hold the class for a number of technicians, then an item table
(item, qty, unit, description, unit price, amount) whose class line says how
many CEC hours the class would carry, the terms, a closing with a signature
and the sender's title, and an acceptance block left blank. Every figure is
a future offer: no one has taken the class."""

SOURCE = (
    "semrussel/jPrinting:resources/views/emails/send.blade.php (price quotation letter: date, "
    "addressee, greeting, item / qty / unit / description / unit price / amount table, terms, "
    "truly yours) and wording of restoration schools' private-class quotes"
)
KIND = "other"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "other",
    "letter",
    "sentence",
    "table",
    "portrait",
    "provider-in-logo",
    "distractor-person",
    "distractor-date",
)

TEMPLATE = """<style>
.w { position:absolute; inset:46px 64px 40px; font: 14px ${serif}; color:#161616; line-height:20px }
.lh { display:flex; align-items:center; gap:14px; padding-bottom:10px; border-bottom:1px solid ${dark} }
.mk { font: bold 30px ${display}; color:${dark}; border:2px solid ${dark}; padding:2px 10px; letter-spacing:2px }
.sn { font: 18px ${display}; color:${dark}; letter-spacing:.5px } .sn span { display:block; font: 11px ${sans}; color:#555; letter-spacing:0 }
.dt { margin-top:30px } .ad { margin-top:20px }
.re { margin-top:16px; font-weight:bold }
p { margin:12px 0 0 !important; text-align:justify }
table { width:100%; border-collapse:collapse; margin-top:14px; font: 11.5px ${sans} }
th { border:1px solid #333; background:${light}; padding:5px; text-align:left; font-size:10.5px; text-transform:uppercase }
td { border:1px solid #333; padding:5px; vertical-align:top } td.r { text-align:right; white-space:nowrap }
td small { display:block; color:#444; font-size:10.5px; line-height:14px }
tr.t td { font-weight:bold }
.cl { margin-top:18px } .sg { font: 26px ${hand}; color:#1d2f6b; margin:4px 0 -2px; white-space:nowrap }
.ac { margin-top:26px; border:1px solid #777; padding:8px 10px 22px; font: 11px ${sans}; display:flex; gap:20px }
.ac div { flex:1; border-bottom:1px solid #555; height:30px; position:relative } .ac span { position:absolute; bottom:-15px; left:0; color:#555; font-size:9.5px }
</style>
<div class="w">
 <div class="lh"><div class="mk">${mark}</div><div class="sn">${school}<span>${street} · ${town} · ${phone}</span></div></div>
 <div class="dt">${letter_date}</div>
 <div class="ad">${attn}<br>${attn_role}<br>${company}<br>${c_street}<br>${c_town}</div>
 <div class="re">Re: ${re_line}</div>
 <p>${salutation}</p>
 <p>${body}</p>
 <table>
  <tr><th>Item</th><th>Qty</th><th>Unit</th><th>Description</th><th>Unit price</th><th>Amount</th></tr>
  ${rows_html}
  <tr class="t"><td colspan="5" class="r">${total_label}</td><td class="r">${total}</td></tr>
 </table>
 <p>${terms}</p>
 <div class="cl">${closing}<div class="sg">${sender}</div>${sender}<br>${sender_role}</div>
 <div class="ac"><div><span>Accepted by (name and title)</span></div><div style="flex:.5"><span>Date</span></div><div style="flex:.7"><span>PO number</span></div></div>
</div>
"""

COMPANIES = [
    "Rapid Dry Restoration, LLC",
    "Apex Water & Fire Services",
    "Prime Mitigation Group",
    "Allied Property Restoration",
    "Blue Line Cleaning Co.",
    "Cornerstone Disaster Recovery",
]


def fill(d):
    from corpus import values as V

    school, short = d.pick(V.SCHOOLS)
    short = short or school
    mark = "".join(w[0] for w in short.replace("&", "").split() if w[0].isupper())[:3]
    course, code = d.pick(V.IICRC_COURSES)
    cecs = d.pick([14, 21, 19, 7])
    days = 3 if cecs >= 19 else (2 if cecs == 14 else 1)
    seats = d.pick([8, 10, 12, 15])
    attn = d.person()
    inst_day = d.pick([1800, 2200, 2500, 2950])
    manual = d.pick([65, 85, 95])
    exam = d.pick([60, 75])
    travel = d.pick([450, 680, 900])
    rows = [
        (
            1,
            days,
            "day",
            f"Private {code} class: {course}<small>Up to {seats} students · "
            f"{cecs} IICRC CECs on completion · IICRC-approved instructor</small>",
            inst_day,
        ),
        (2, seats, "ea", "Student manual and course materials", manual),
        (3, seats, "ea", "IICRC exam fee (payable to IICRC at testing)", exam),
        (4, 1, "lot", "Instructor travel, lodging and equipment freight", travel),
    ]
    body_rows, total = [], 0
    for item, qty, unit, desc, price in rows:
        amt = qty * price
        total += amt
        body_rows.append(
            f'<tr><td>{item}</td><td class="r">{qty}</td><td>{unit}</td><td>{desc}</td>'
            f'<td class="r">${price:,.2f}</td><td class="r">${amt:,.2f}</td></tr>'
        )
    street, town = d.address()
    c_street, c_town = d.address()
    last = attn.split()[-1]
    valid = d.pick([30, 45, 60])
    return {
        "mark": mark,
        "school": school,
        "street": street,
        "town": town,
        "phone": d.phone(),
        "letter_date": d.other_date("registered", d.pick(["long", "dmy_long"])),
        "attn": attn,
        "attn_role": d.pick(["Operations Manager", "Owner", "Training Coordinator"]),
        "company": d.pick(COMPANIES),
        "c_street": c_street,
        "c_town": c_town,
        "re_line": f"Quotation No. {d.number('Q-')} — on-site {code} training",
        "salutation": f"Dear {d.pick(['Mr.', 'Ms.', 'Mx.'])} {last}:",
        "body": d.pick(
            [
                f"Thank you for your inquiry. We are pleased to quote a private {days}-day "
                f"class held at your facility for up to {seats} of your technicians, on dates "
                "to be agreed once this quotation is accepted. The particulars are as follows:",
                f"Further to our conversation, please find below our best price for bringing "
                f"the {course} course to your shop. The class would be taught over {days} "
                f"day(s) for a group of no more than {seats} students.",
            ]
        ),
        "rows_html": "".join(body_rows),
        "total_label": d.pick(["Total quoted", "Quotation total", "Total (tax exempt)"]),
        "total": f"${total:,.2f}",
        "terms": d.pick(
            [
                f"Terms: 50% deposit on acceptance, balance due on the first day of class. This "
                f"quotation is valid for {valid} days from the date above. Students who miss "
                "any part of the class cannot be issued a certificate.",
                f"Prices are valid for {valid} days. A signed acceptance and purchase order "
                "reserve the instructor's calendar; dates are not held until then.",
            ]
        ),
        "closing": d.pick(["Very truly yours,", "Sincerely,", "Respectfully,"]),
        "sender": d.person(),
        "sender_role": d.pick(["Director of Training", "Sales & Scheduling", "Program Manager"]),
    }
