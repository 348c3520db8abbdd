"""A narrow register receipt from a training school's front desk that also
states the CE credit: the school's name set inside a stamped logo block at
the top, its address and phone, a receipt number, the payment date and
time and the cashier, a dashed-rule line-item table (the course, a manual,
an exam fee) with subtotal, tax and total and the card used, then a boxed
block for continuing education (student, course finished, credit, and
sometimes the provider approval number), and a small footer."""

SOURCE = "Hongly21/Cafe_System:view/Sales/recive.php (80 mm receipt: centred head, dashed rules, item table, total)"
KIND = "course"
PAPER = "receipt"
CATEGORIES = (
    "receipt",
    "portrait",
    "table",
    "labelled",
    "mono",
    "provider-in-logo",
    "distractor-date",
    "distractor-person",
    "tiny-footer",
)

TEMPLATE = """<style>
.rc { position:absolute; inset:0; padding:16px 16px 10px; font: 11px ${mono}; color:#161616; background:${paper} }
.logo { margin:0 auto; width:88%; border:2px solid #111; padding:6px 6px 5px; text-align:center }
.logo .m { display:inline-block; background:#111; color:#fff; font: bold 15px ${display}; padding:2px 7px; margin-bottom:3px; letter-spacing:1px }
.logo .n { font: bold 12px ${sans}; text-transform:uppercase; line-height:14px; letter-spacing:0.5px }
.c { text-align:center; line-height:14px }
.hr { border-top:1px dashed #000; margin:7px 0 }
.kv { display:flex; justify-content:space-between; line-height:15px }
table { width:100%; border-collapse:collapse; font-size:10.5px }
td { padding:2px 0; vertical-align:top; line-height:13px } td.a { text-align:right; white-space:nowrap; padding-left:6px }
.tot td { font-weight:bold; font-size:12px }
.ce { border:1.5px solid #000; padding:6px 7px; margin-top:6px }
.ce .h { text-align:center; font-weight:bold; letter-spacing:2px; margin-bottom:4px; font-size:10.5px }
.ce .l { font-size:9px; color:#444; text-transform:uppercase; margin-top:3px }
.ce .v { font-weight:bold; font-size:11.5px; line-height:14px }
.ft { text-align:center; font-size:9px; line-height:11px; margin-top:8px; color:#333 }
</style>
<div class="rc">
 <div class="logo"><div class="m">${mono_mark}</div><div class="n">${org}</div></div>
 <div class="c" style="margin-top:5px">${street}<br>${city}<br>${phone}</div>
 <div class="hr"></div>
 <div class="kv"><span>${rcpt_label}</span><span>${rcpt}</span></div>
 <div class="kv"><span>${paid_label}</span><span>${paid} ${time}</span></div>
 <div class="kv"><span>Cashier</span><span>${cashier}</span></div>
 <div class="hr"></div>
 <table>
  <tr><td>${title_item}</td><td class="a">${price1}</td></tr>
  <tr><td>${item2}</td><td class="a">${price2}</td></tr>
  <tr><td>${item3}</td><td class="a">${price3}</td></tr>
 </table>
 <div class="hr"></div>
 <table>
  <tr><td>Subtotal</td><td class="a">${sub}</td></tr>
  <tr><td>Tax</td><td class="a">${tax}</td></tr>
  <tr class="tot"><td>TOTAL</td><td class="a">${total}</td></tr>
  <tr><td>${card}</td><td class="a">${total}</td></tr>
 </table>
 <div class="ce">
  <div class="h">${ce_head}</div>
  <div class="l">${who_label}</div><div class="v">${name}</div>
  <div class="l">${done_label}</div><div class="v">${date}</div>
  <div class="l">${credit_label}</div><div class="v">${hours}</div>
  ${approval_html}
 </div>
 <div class="ft">${foot}</div>
</div>
"""


def fill(d):
    r = d.rng
    org = d.provider()
    words = [w for w in (d.org_alt or d.org).replace("&", "").split() if w[0].isalpha()]
    street, city = d.address()
    title = d.title(d.pick(["plain", "code_first"]))
    p1 = d.pick([295, 345, 395, 449, 525, 175, 89])
    p2 = d.pick([35, 45, 60])
    p3 = d.pick([0, 50, 65, 75])
    sub = p1 + p2 + p3
    tax = round(sub * d.pick([0, 0.06, 0.0825]), 2)
    approval = ""
    if d.chance(0.5):
        approval = (
            f'<div class="l">{d.pick(["Approval #", "Course approval no."])}</div>'
            f'<div class="v">{d.approval()}</div>'
        )
    return {
        "paper": d.pick(["#ffffff", "#fbfbf7", "#f9f9f9"]),
        "mono_mark": "".join(w[0] for w in words)[:4].upper(),
        "org": org,
        "street": street,
        "city": city,
        "phone": d.phone(),
        "rcpt_label": d.pick(["Receipt #", "Rcpt No.", "Trans #"]),
        "rcpt": f"{r.randrange(10000, 99999)}",
        "paid_label": d.pick(["Paid", "Date", "Sale"]),
        "paid": d.other_date("registered", d.pick(["us_numeric", "us_short", "iso"])),
        "time": f"{r.randrange(7, 17)}:{r.randrange(0, 60):02d}",
        "cashier": d.person(),
        "title_item": f"1 x {title}",
        "price1": f"{p1:.2f}",
        "item2": d.pick(["Course manual", "Student workbook", "Printed S500 excerpt"]),
        "price2": f"{p2:.2f}",
        "item3": d.pick(["Exam fee", "Exam proctoring", "Materials kit"]),
        "price3": f"{p3:.2f}",
        "sub": f"{sub:.2f}",
        "tax": f"{tax:.2f}",
        "total": f"{sub + tax:.2f}",
        "card": d.pick(["VISA ****", "MC ****", "AMEX ****"]) + f"{r.randrange(1000, 9999)}",
        "ce_head": d.pick(["CE CREDIT", "CONTINUING EDUCATION", "CEC RECORD"]),
        "who_label": d.pick(["Student", "Technician", "Attendee"]),
        "name": d.name(d.pick(["plain", "upper"])),
        "done_label": d.pick(["Course completed", "Completed on", "Finished"]),
        "date": d.date(d.pick(["us_numeric", "short_month", "iso", "long"])),
        "credit_label": d.pick(["Credit", "CE hours", "Credit earned"]),
        "hours": d.hours(d.pick(["cec_hours", "cecs", "credit_hours", "iicrc_cec"])),
        "approval_html": approval,
        "foot": d.pick(
            [
                "Keep this receipt: it is your proof of CE credit. No refunds after the class starts.",
                "Thank you! Retain for your records and for your certification renewal.",
                "Tuition is non-refundable within 7 days of class. Credit reported within 10 days.",
            ]
        ),
    }
