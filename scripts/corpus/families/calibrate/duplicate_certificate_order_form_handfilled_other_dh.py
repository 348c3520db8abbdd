"""A school's order form for a duplicate or framed certificate, filled in by
hand: a letterhead with a small crest, the form title and number, boxed
label/value fields for the student, the course taken, the class dates and
the credit on the original certificate (all hand-written), a table of
products with prices and quantities ticked, payment lines and an
office-use strip. It is a request, not a record of credit."""

SOURCE = (
    "wording: 'Request for Duplicate Certificate' and framed-diploma order forms that "
    "training schools and associations post for past students (fee table, office use only)"
)
KIND = "other"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "other",
    "portrait",
    "labelled",
    "table",
    "handwriting",
    "distractor-date",
)

TEMPLATE = """<style>
.hd { position:absolute; left:56px; right:56px; top:44px; display:flex; align-items:center; gap:16px;
  border-bottom:3px double ${ink}; padding-bottom:12px }
.cr { width:54px; height:62px; background:${ink}; clip-path: polygon(0 0,100% 0,100% 62%,50% 100%,0 62%);
  color:#fff; font: bold 22px ${display}; display:flex; align-items:center; justify-content:center; padding-bottom:10px }
.hd .o { font: bold 19px ${serif}; color:${ink} }
.hd .a { font: 11px ${sans}; color:#555; margin-top:3px }
.hd .fn { margin-left:auto; text-align:right; font: 10px ${mono}; color:#444 }
h1 { position:absolute; left:56px; right:56px; top:140px; margin:0; font: bold 22px ${sans}; color:#111; letter-spacing:1px; text-transform:uppercase }
.in { position:absolute; left:56px; right:56px; top:174px; font: 11.5px ${serif}; color:#333; line-height:16px }
.fs { position:absolute; left:56px; right:56px; top:222px; display:grid; grid-template-columns: 1fr 1fr; border-top:1px solid #555; border-left:1px solid #555 }
.fs div { border-right:1px solid #555; border-bottom:1px solid #555; padding:4px 8px 2px; min-height:52px }
.fs div.w { grid-column: 1 / span 2 }
.fs span { display:block; font: 9.5px ${sans}; text-transform:uppercase; letter-spacing:1px; color:#555 }
.fs i { font: normal 23px ${hand}; color:${pen}; line-height:30px; white-space:nowrap }
.tb { position:absolute; left:56px; right:56px; top:${tb_top}; font: 12px ${sans}; color:#222 }
.tb table { width:100%; border-collapse:collapse }
.tb th, .tb td { border:1px solid #555; padding:6px 8px; text-align:left }
.tb th { background:#eee; font-size:10.5px; text-transform:uppercase; letter-spacing:1px }
.tb td.q { width:60px; text-align:center; font: 20px ${hand}; color:${pen} }
.tb td.p { width:90px; text-align:right }
.py { position:absolute; left:56px; right:56px; top:${py_top}; font: 12px ${sans}; color:#222; line-height:30px }
.py i { font: normal 21px ${hand}; color:${pen}; margin-left:6px }
.of { position:absolute; left:56px; right:56px; bottom:50px; border:1px dashed #777; padding:8px 10px; font: 10.5px ${sans}; color:#555; line-height:16px }
</style>
<div class="hd"><div class="cr">${initial}</div><div><div class="o">${school}</div><div class="a">${street} · ${town} · ${phone}</div></div>
 <div class="fn">${form_no}<br>${rev}</div></div>
<h1>${heading}</h1>
<div class="in">${instructions}</div>
<div class="fs">
 <div class="w"><span>${l_name}</span><i>${name}</i></div>
 <div class="w"><span>${l_course}</span><i>${course}</i></div>
 <div><span>${l_dates}</span><i>${dates}</i></div>
 <div><span>${l_hours}</span><i>${hours}</i></div>
 <div><span>${l_cert}</span><i>${cert}</i></div>
 <div><span>${l_instr}</span><i>${instructor}</i></div>
 <div class="w"><span>${l_ship}</span><i>${ship}</i></div>
</div>
<div class="tb"><table>
 <tr><th>${th_item}</th><th>${th_price}</th><th>${th_qty}</th></tr>
 <tr><td>${item1}</td><td class="p">$$${price1}</td><td class="q">${q1}</td></tr>
 <tr><td>${item2}</td><td class="p">$$${price2}</td><td class="q">${q2}</td></tr>
 <tr><td>${item3}</td><td class="p">$$${price3}</td><td class="q">${q3}</td></tr>
 <tr><td>${item4}</td><td class="p">$$${price4}</td><td class="q"></td></tr>
</table></div>
<div class="py">${l_pay} <i>${pay}</i><br>${l_sig} <i>${sig}</i> &nbsp;&nbsp; ${l_date} <i>${signed}</i></div>
<div class="of">${office}</div>
"""


def fill(d):
    from datetime import timedelta

    from corpus import formats as F

    street, town = d.address()
    ship_street, ship_town = d.address()
    days = d.pick([0, 1, 2])
    start = d.completed - timedelta(days=days)
    dates = (
        F.fmt_date(d.completed, "us_short")
        if days == 0
        else (
            f"{start.month}/{start.day} - {d.completed.month}/{d.completed.day}/{d.completed.year % 100:02d}"
        )
    )
    org = d.org
    return {
        "ink": d.pick(["#1f3a5f", "#5b2333", "#0b3d2e", "#2f2f2f"]),
        "pen": d.pick(["#1b2a80", "#10206b", "#222222", "#2a3f8f"]),
        "initial": org[0],
        "school": org,
        "street": street,
        "town": town,
        "phone": d.phone(),
        "form_no": d.pick(["Form CR-2", "Form 14", "Form DC-1"]),
        "rev": "Rev. " + d.other_date("print", "us_short"),
        "heading": d.pick(
            [
                "Request for Duplicate Certificate",
                "Certificate Reprint & Frame Order",
                "Replacement Certificate Request",
            ]
        ),
        "instructions": d.pick(
            [
                "Please print clearly. Allow two to three weeks for processing. Duplicate "
                "certificates show the original class date and are marked DUPLICATE.",
                "Complete all fields so we can locate your class record. Requests without "
                "payment will not be processed.",
            ]
        ),
        "l_name": d.pick(["Student name (as it should appear)", "Name"]),
        "name": d.plain_name,
        "l_course": d.pick(["Course taken", "Class / course title"]),
        "course": d.course,
        "l_dates": d.pick(["Class date(s)", "Dates attended"]),
        "dates": dates,
        "l_hours": d.pick(["CEC hours on original", "Credit hours"]),
        "hours": F.fmt_number(d.credit, d.rng),
        "l_cert": d.pick(["IICRC cert. no. (if known)", "Certification #"]),
        "cert": str(d.rng.randrange(100000, 999999)),
        "l_instr": d.pick(["Instructor (if known)", "Instructor"]),
        "instructor": d.person(),
        "l_ship": d.pick(["Mail to", "Shipping address"]),
        "ship": f"{ship_street}, {ship_town}",
        "tb_top": "540px",
        "th_item": "Item",
        "th_price": "Price",
        "th_qty": "Qty",
        "item1": "Duplicate certificate (paper, mailed)",
        "price1": d.pick(["15.00", "20.00", "25.00"]),
        "q1": d.pick(["1", "✓", "1"]),
        "item2": "Wallet card",
        "price2": d.pick(["5.00", "7.50"]),
        "q2": d.pick(["1", "", "2"]),
        "item3": d.pick(["Black frame with gold trim", "Walnut frame with mat"]),
        "price3": d.pick(["39.00", "45.00", "49.95"]),
        "q3": d.pick(["", "1"]),
        "item4": "Rush processing (3 business days)",
        "price4": "25.00",
        "py_top": "740px",
        "l_pay": d.pick(["Payment (card / check no.):", "Payment method:"]),
        "pay": d.pick(["Visa ending 4417", "Check #2291", "MC x8830", "company check"]),
        "l_sig": "Signature:",
        "sig": d.first + " " + d.last,
        "l_date": "Date:",
        "signed": d.other_date("print", "us_short"),
        "office": d.pick(
            [
                "OFFICE USE ONLY — Record located: Y / N · Processed by: ______ · Date mailed: ______",
                "FOR OFFICE USE — Class roster checked ☐ · Payment received ☐ · Reprint no. ______",
            ]
        ),
    }
