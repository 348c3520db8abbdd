"""Not a certificate: a receipt e-mail for a technician's yearly
certification renewal fee, printed from the browser. A grey page with the
sender's name as a pale masthead, a white card with "Hi" and the first name,
two paragraphs saying this is the receipt and which card was charged, a
dashed coupon box with a discount and its expiry, the receipt number and
date over a Description / Amount table (one line per certification renewed,
the renewal period under them), a total, a sign-off, a "Download as PDF"
button, two small lines under a rule and a grey footer with the address.
The browser's print header and footer add the print time and the page's
address. It records a payment, not any course or credit."""

SOURCE = "ActiveCampaign/postmark-templates:templates-inlined/basic/receipt/content.html"
KIND = "other"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "other",
    "table",
    "portrait",
    "provider-in-logo",
    "distractor-person",
    "distractor-date",
    "tiny-footer",
)

TEMPLATE = """<style>
.pg { position:absolute; inset:0; background:#F2F4F6; font-family:${sans}; color:#51545E }
.ph { position:absolute; left:18px; right:18px; top:8px; display:flex; justify-content:space-between; font: 9px Arial, sans-serif; color:#222 }
.pf { position:absolute; left:18px; right:18px; bottom:8px; display:flex; justify-content:space-between; font: 9px Arial, sans-serif; color:#222 }
.col { position:absolute; left:0; right:0; top:36px }
.mh { text-align:center; margin-bottom:22px; font-weight:bold; font-size:15px; color:#A8AAAF; text-shadow:0 1px 0 #fff }
.bd { margin:0 auto; width:570px; background:#fff; padding:34px 40px 22px; font-size:13.5px; line-height:1.5 }
.bd h1 { margin:0 0 6px; color:#333; font-size:20px }
.bd p { margin:0 0 10px }
.bd a { color:#3869D4 }
.dc { border:2px dashed #cbcccf; background:#F4F4F7; padding:14px 18px; text-align:center; margin:12px 0 4px }
.dc h2 { margin:0 0 4px; color:#333; font-size:18px }
.dc p { font-size:13px; margin:0 0 10px }
.bt { display:inline-block; color:#fff; padding:8px 16px; border-radius:3px; font-weight:bold; font-size:13px }
.rc { display:flex; justify-content:space-between; color:#333; font-weight:bold; font-size:12.5px; margin:20px 0 0 }
table { width:100%; border-collapse:collapse; margin-top:14px }
th { font-size:11px; color:#85878E; text-align:left; padding-bottom:6px; border-bottom:1px solid #EAEAEC; font-weight:normal }
th.r, td.r { text-align:right }
td { padding:7px 0; font-size:13px; color:#51545E; vertical-align:top }
td small { display:block; color:#85878E; font-size:11px }
tr.t td { border-top:1px solid #EAEAEC; font-weight:bold; color:#333; padding-top:10px; font-size:14px }
.ac { text-align:center; margin:14px 0 6px }
.sb { border-top:1px solid #EAEAEC; margin-top:14px; padding-top:10px; font-size:11.5px }
.sb p { margin:0 0 6px }
.ft { margin-top:26px; text-align:center; font-size:11px; color:#A8AAAF; line-height:1.5 }
</style>
<div class="pg">
 <div class="ph"><span>${printed_at}</span><span>${subject}</span></div>
 <div class="col">
 <div class="mh">${sender}</div>
 <div class="bd">
  <h1>Hi ${first},</h1>
  <p>Thanks for renewing with ${sender_short}. This email is the receipt for your payment. No payment is due.</p>
  <p>This payment will appear as &ldquo;${statement}&rdquo; on your credit card statement for your ${brand} ending in ${last4}. Need to <a>update your payment information</a>?</p>
  <div class="dc"><h2>${offer_head}</h2><p>${offer_body}</p><span class="bt" style="background:#22BC66">${offer_button}</span></div>
  <div class="rc"><span>${receipt_id}</span><span>${receipt_date}</span></div>
  <table>
   <tr><th>Description</th><th class="r">Amount</th></tr>
   ${rows_html}
   <tr class="t"><td class="r" style="padding-right:14px">Total</td><td class="r">${total}</td></tr>
  </table>
  <p style="margin-top:14px">If you have any questions about this receipt, simply reply to this email or reach out to our <a>support team</a> for help.</p>
  <p>Cheers,<br>The ${sender_short} Team</p>
  <div class="ac"><span class="bt" style="background:#3869D4">Download as PDF</span></div>
  <div class="sb"><p>Need a printable copy for your records? You can <a>download a PDF version</a>.</p>
   <p>Moved recently? Have a new credit card? You can easily <a>update your billing information</a>.</p></div>
 </div>
 <div class="ft">&copy; ${year} ${sender}. All rights reserved.<br>${street}<br>${town}</div>
 </div>
 <div class="pf"><span>${url}</span><span>1/1</span></div>
</div>
"""

SENDERS = [
    ("IICRC", "IICRC", "IICRC RENEWAL"),
    ("IICRC Certification Renewals", "IICRC", "IICRC CERT RENEWAL"),
    ("Clean Trust Registry", "Clean Trust", "CLEANTRUST RENEW"),
]


def fill(d):
    from datetime import timedelta

    from corpus import values as V
    from corpus.formats import fmt_date

    r = d.rng
    sender, short, statement = d.pick(SENDERS)
    who = d.person()
    first = who.split()[0]
    paid = d.completed + timedelta(days=r.randrange(20, 300))
    held = r.sample(V.IICRC_COURSES, d.pick([1, 2, 3]))
    rows, total = [], 0
    period_start = paid.replace(day=1)
    period_end = period_start.replace(year=period_start.year + 1) - timedelta(days=1)
    period = f"Renewal period {fmt_date(period_start, 'us_numeric')} – {fmt_date(period_end, 'us_numeric')}"
    for i, (course, code) in enumerate(held):
        fee = 55 if i == 0 else d.pick([20, 25])
        label = f"Annual certification renewal – {code}"
        sub = f"{course} · {period}" if i == 0 else course
        rows.append(f'<tr><td>{label}<small>{sub}</small></td><td class="r">${fee:,.2f}</td></tr>')
        total += fee
    if d.chance(0.3):
        rows.append(
            '<tr><td>Late renewal fee<small>Received after due date</small></td><td class="r">$25.00</td></tr>'
        )
        total += 25
    street, town = d.address()
    offer = d.pick(
        [
            (
                "10% off the S500 Standard!",
                f"Thanks for your support! Here's a code for 10% off a printed standard if used by "
                f"{fmt_date(paid + timedelta(days=60), 'long')}.",
                "Use this discount now...",
            ),
            (
                "Registrant ID card reprint",
                f"Order a replacement wallet card at no charge until {fmt_date(paid + timedelta(days=30), 'long')}.",
                "Order a card",
            ),
        ]
    )
    hour = r.randrange(7, 20)
    return {
        "sans": d.pick(["'Nunito Sans', Helvetica, Arial, sans-serif", d.fonts["sans"]]),
        "printed_at": f"{paid.month}/{paid.day}/{paid.year % 100:02d}, {(hour - 1) % 12 + 1}:{r.randrange(60):02d} "
        f"{'AM' if hour < 12 else 'PM'}",
        "subject": d.pick(["Your renewal receipt", f"Receipt from {short}", "Payment receipt"]),
        "sender": sender,
        "sender_short": short,
        "first": first,
        "statement": statement,
        "brand": d.pick(["Visa", "Mastercard", "American Express", "Discover"]),
        "last4": f"{r.randrange(10000):04d}",
        "offer_head": offer[0],
        "offer_body": offer[1],
        "offer_button": offer[2],
        "receipt_id": f"Receipt #{d.number('R-')}",
        "receipt_date": fmt_date(paid, d.pick(["long", "short_month", "us_numeric"])),
        "rows_html": "\n".join(rows),
        "total": f"${total:,.2f}",
        "year": str(paid.year),
        "street": street,
        "town": town,
        "url": d.pick(
            [
                "https://mail.google.com/mail/u/0/#inbox/"
                + "".join(r.choice("0123456789abcdef") for _ in range(16)),
                "https://outlook.live.com/mail/0/inbox/id/AQMk"
                + "".join(r.choice("ABCDEFGH0123") for _ in range(14)),
            ]
        ),
    }
