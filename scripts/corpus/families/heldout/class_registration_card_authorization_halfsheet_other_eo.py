"""Not a certificate: a school's credit card authorisation form for class
registration, on half a letter sheet, filled in by hand. The school's name
and form title across the top; handwritten labelled lines for the
cardholder, company, billing address, card type ticked, a masked card
number, expiry and amount; a small table of the students to be registered
with course and class start date; an authorisation sentence, signature and
date; a fine-print line about refunds. It names people, a course, dates
and an amount; it records no attendance and no credit."""

SOURCE = (
    "joglomedia/masedi.net:wp-content/themes/JobBoard/library/payment/authorizenet/"
    "authorizenet.php (card holder name, card type, card number, expiry rows) and wording of "
    "training schools' card authorisation forms for class registration"
)
KIND = "other"
PAPER = "half-letter"
CATEGORIES = (
    "other",
    "labelled",
    "handwriting",
    "checkboxes",
    "table",
    "landscape",
    "distractor-person",
    "distractor-date",
)

TEMPLATE = """<style>
.w { position:absolute; inset:22px 30px 18px; font: 11.5px ${sans}; color:#151515 }
.hd { display:flex; justify-content:space-between; align-items:baseline; border-bottom:2px solid ${dark}; padding-bottom:4px }
.sc { font: bold 15px ${serif}; color:${dark} } h1 { margin:0; font: bold 15px ${sans}; text-transform:uppercase; letter-spacing:1px }
.g { display:grid; grid-template-columns: 1fr 1fr; gap:10px 22px; margin-top:12px }
.f { display:flex; align-items:flex-end; gap:6px; white-space:nowrap }
.f span { font-size:10px; color:#444; text-transform:uppercase }
.f i { flex:1; border-bottom:1px solid #444; font: normal 16px ${hand}; color:#1d2f6b; line-height:19px; padding-left:4px; overflow:hidden }
.ct { margin-top:10px; font-size:11px } .bx { display:inline-block; width:11px; height:11px; border:1px solid #222; margin:0 4px 0 12px; vertical-align:-1px; position:relative }
.bx i { position:absolute; left:0; top:-8px; font: bold 16px ${hand}; color:#1d2f6b; font-style:normal }
table { width:100%; border-collapse:collapse; margin-top:8px } th { font-size:9.5px; text-transform:uppercase; text-align:left; border-bottom:1px solid #444; padding:2px 4px; color:#444 }
td { border-bottom:1px solid #aaa; height:30px; padding:0 4px; font: 15px ${hand}; color:#1d2f6b }
.au { margin-top:14px; font-size:10.5px; line-height:14px }
.sg { display:flex; gap:22px; margin-top:24px }
.sg div { border-bottom:1px solid #222; height:24px; font: 20px ${hand}; color:#1d2f6b; white-space:nowrap; overflow:hidden }
.sg p { font-size:9.5px; color:#555; text-transform:uppercase }
.fp { position:absolute; left:0; right:0; bottom:0; font-size:8.5px; color:#555; line-height:11px; border-top:1px solid #ccc; padding-top:3px }
</style>
<div class="w">
 <div class="hd"><div class="sc">${school}</div><h1>${heading}</h1></div>
 <div class="g">
  <div class="f"><span>Cardholder</span><i>${holder}</i></div>
  <div class="f"><span>Company</span><i>${company}</i></div>
  <div class="f"><span>Billing address</span><i>${b_street}</i></div>
  <div class="f"><span>City / zip</span><i>${b_town}</i></div>
  <div class="f"><span>Card no.</span><i>${card_no}</i></div>
  <div class="f"><span>Exp.</span><i>${exp}</i><span>Amount</span><i>${amount}</i></div>
 </div>
 <div class="ct">Card type:${types_html}</div>
 <table><tr><th>Student name</th><th>Course</th><th>Class starts</th><th>Fee</th></tr>${rows_html}</table>
 <div class="au">${auth}</div>
 <div class="sg"><div style="flex:2">${holder_sig}</div><div style="flex:1">${signed}</div></div>
 <div class="sg" style="margin-top:0"><p style="flex:2">Cardholder signature</p><p style="flex:1">Date</p></div>
 <div class="fp">${fine}</div>
</div>
"""

COMPANIES = ["Rapid Dry Restoration", "Apex Water & Fire", "Prime Mitigation", "Self"]


def fill(d):
    from datetime import timedelta

    from corpus import values as V
    from corpus.formats import fmt_date

    r = d.rng
    school, _ = d.pick(V.SCHOOLS)
    holder = d.person()
    kind = d.pick(["Visa", "MasterCard", "AmEx", "Discover"])
    types = "".join(
        f'<span class="bx">{"<i>✓</i>" if t == kind else ""}</span>{t}'
        for t in ["Visa", "MasterCard", "AmEx", "Discover"]
    )
    style = d.pick(["us_numeric", "us_short"])
    n = r.randrange(1, 4)
    rows, total = [], 0
    for i in range(n):
        course, code = d.pick(V.IICRC_COURSES)
        start = d.completed + timedelta(days=r.randrange(7, 60))
        fee = d.pick([395, 495, 595, 695])
        total += fee
        who = holder if i == 0 and d.chance(0.4) else d.person()
        rows.append(
            f"<tr><td>{who}</td><td>{code if d.chance(0.5) else course}</td>"
            f"<td>{fmt_date(start, style)}</td><td>${fee}</td></tr>"
        )
    rows.append("<tr><td></td><td></td><td></td><td></td></tr>")
    b_street, b_town = d.address()
    last4 = r.randrange(1000, 9999)
    return {
        "school": school,
        "heading": d.pick(["Credit card authorization", "Card payment authorization"]),
        "holder": holder,
        "company": d.pick(COMPANIES),
        "b_street": b_street,
        "b_town": b_town,
        "card_no": f"XXXX XXXX XXXX {last4}",
        "exp": f"{r.randrange(1, 13):02d}/{r.randrange(25, 30)}",
        "amount": f"${total:,}.00",
        "types_html": types,
        "rows_html": "".join(rows),
        "auth": d.pick(
            [
                f"I authorize {school} to charge the card above for the class registration(s) "
                "listed. I understand that tuition is non-refundable within seven days of the "
                "class start date.",
                "I, the cardholder, authorize a one-time charge in the amount shown for the "
                "registrations above and agree to the school's cancellation policy.",
            ]
        ),
        "holder_sig": holder,
        "signed": d.other_date("registered", style),
        "fine": d.pick(
            [
                "Card details are destroyed after processing. Fax or hand to the front desk; do not "
                "e-mail. Registration is confirmed by separate notice.",
                "This form authorizes payment only. A confirmation of enrollment will be sent "
                "to each student listed.",
            ]
        ),
    }
