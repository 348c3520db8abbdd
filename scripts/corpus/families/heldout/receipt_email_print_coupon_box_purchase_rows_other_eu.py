"""A purchase receipt e-mail for an online course, printed from a mail
client: a thin print header (mailbox, message count, from / to / date /
subject lines), then the e-mail itself on a grey ground: the school's name
as a faint masthead, a white card with "Hi <first name>," and the
no-payment-due sentence, the card statement sentence, a dashed coupon box
for the next class with its expiry date, the receipt number and date over a
description / amount table (the course with its CEC hours, a manual, a
processing fee) and a bold total, a blue "Download as PDF" button and the
small print. The page footer carries the print time and page count. It
confirms a purchase; the course is not begun, let alone credited."""

SOURCE = (
    "ActiveCampaign/postmark-templates:templates/basic/receipt/content.html (masthead name, "
    "greeting and no-payment-due sentence, statement-name sentence, dashed discount box, "
    "receipt id and date over description/amount rows, total, button, sub copy)"
)
KIND = "other"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "other",
    "portrait",
    "table",
    "sentence",
    "email-printout",
    "distractor-date",
)

TEMPLATE = """<style>
.pg { position:absolute; inset:0; font:13px ${sans}; color:#222 }
.ph { position:absolute; left:40px; right:40px; top:26px; display:flex; justify-content:space-between; align-items:flex-end;
  border-bottom:1px solid #bbb; padding-bottom:6px }
.ph b { font:bold 18px ${sans}; color:#555 } .ph span { font-size:11.5px; color:#333 }
.sub { position:absolute; left:40px; right:40px; top:66px; font:bold 16px ${sans}; color:#111 }
.hd { position:absolute; left:40px; right:40px; top:96px; font-size:11.5px; line-height:16px; color:#333; border-bottom:1px solid #ddd; padding-bottom:8px }
.hd i { font-style:normal; color:#777; display:inline-block; width:46px }
.ground { position:absolute; left:40px; right:40px; top:178px; bottom:64px; background:#f2f4f6; overflow:hidden }
.mast { text-align:center; padding:16px 0 12px; font:bold 15px ${sans}; color:#a8aaaf }
.card { margin:0 auto; width:560px; background:#fff; padding:24px 34px 18px; color:#51545e; font-size:13.5px; line-height:20px }
.card h1 { font:bold 19px ${sans}; color:#333; margin:0 0 6px }
.card p { margin:0 0 10px }
.cpn { border:2px dashed #cbccd0; background:#f4f4f7; text-align:center; padding:10px 16px; margin:12px 0 }
.cpn b { display:block; font:bold 16px ${sans}; color:#333 } .cpn span { font-size:12.5px }
.cpn em { display:inline-block; margin-top:6px; background:#22bc66; color:#fff; font-style:normal; font-weight:bold; padding:5px 14px; border-radius:3px; font-size:12px }
table { width:100%; border-collapse:collapse; margin-top:10px }
.rid td { font:bold 13px ${sans}; color:#333; padding-bottom:4px }
.ph2 td { border-bottom:1px solid #eaeaec; font-size:11px; color:#85878e; padding:10px 0 6px }
.it td { padding:8px 0; font-size:13px; color:#51545e; vertical-align:top } .it small { display:block; font-size:11px; color:#888 }
td.r { text-align:right; white-space:nowrap; padding-left:10px }
.tot td { border-top:1px solid #eaeaec; padding-top:10px; font-weight:bold; color:#333 }
.btn { text-align:center; margin:14px 0 6px } .btn span { display:inline-block; background:#3869d4; color:#fff; font-weight:bold; padding:8px 20px; border-radius:3px; font-size:13px }
.sc { border-top:1px solid #eaeaec; margin-top:12px; padding-top:10px; font-size:11px; line-height:15px }
.ef { text-align:center; font-size:10.5px; color:#a8aaaf; padding:12px 0; line-height:15px }
.pf { position:absolute; left:40px; right:40px; bottom:24px; display:flex; justify-content:space-between; font-size:10px; color:#555 }
</style>
<div class="pg">
 <div class="ph"><b>${client}</b><span>${mailbox}</span></div>
 <div class="sub">${subject}</div>
 <div class="hd"><i>From</i>${org} &lt;${from_addr}&gt;<br><i>To</i>${name} &lt;${to_addr}&gt;<br><i>Date</i>${sent}</div>
 <div class="ground">
  <div class="mast">${org}</div>
  <div class="card">
   <h1>Hi ${first},</h1>
   <p>${thanks}</p>
   <p>${statement}</p>
   <div class="cpn"><b>${coupon_head}</b><span>${coupon_body}</span><br><em>${code}</em></div>
   <table>
    <tr class="rid"><td>${receipt_label} ${receipt}</td><td class="r">${paid_on}</td></tr>
   </table>
   <table>
    <tr class="ph2"><td>Description</td><td class="r">Amount</td></tr>
    ${rows_html}
    <tr class="tot"><td style="text-align:right">Total</td><td class="r">${total}</td></tr>
   </table>
   <div class="btn"><span>Download as PDF</span></div>
   <p>${questions}</p>
   <p>${signoff}<br>The ${short} Team</p>
   <div class="sc"><b>Need a printable copy for your records?</b> You can download a PDF version from your account.
    ${access}</div>
  </div>
  <div class="ef">&copy; ${year} ${org}. All rights reserved.<br>${street}, ${town}</div>
 </div>
 <div class="pf"><span>${print_url}</span><span>${printed} &nbsp; 1/1</span></div>
</div>
"""


def fill(d):
    import html
    from datetime import timedelta

    from corpus.formats import fmt_date

    e = html.escape
    r = d.rng
    street, town = d.address()
    org = d.provider()
    short = (d.org_alt or org).replace(", LLC", "").replace(", Inc.", "")
    name = d.name("plain")
    title = d.title(d.pick(["plain", "with_code"]))
    hours = d.hours(d.pick(["cec_hours", "hours_title", "cecs", "contact_and_cec"]))
    handle = (d.first.split()[0] + "." + d.last.split()[-1]).lower().replace("'", "")
    slug = d.web().removeprefix("www.")
    price = d.pick([89, 129, 149, 199, 249, 299, 349])
    rows = [
        (
            title,
            f"{d.pick(['Online, self-paced', 'Live webinar series', 'On-demand video course'])} \u00b7 {hours}",
            price,
        )
    ]
    if d.chance(0.6):
        rows.append(("Digital course manual", "", d.pick([0, 19, 29])))
    if d.chance(0.5):
        rows.append(("Processing fee", "", d.pick([3.5, 4.95, 6])))
    total = sum(p for _, _, p in rows)
    rows_html = "".join(
        f"<tr class='it'><td>{e(t)}{f'<small>{e(s)}</small>' if s else ''}</td>"
        f"<td class='r'>${p:,.2f}</td></tr>"
        for t, s, p in rows
    )
    sent = d.completed - timedelta(days=r.randint(2, 45))
    expires = sent + timedelta(days=d.pick([30, 60, 90]))
    coupon_head, code = d.pick(
        [
            ("10% off your next class!", "NEXTCLASS10"),
            ("Save $25 on your next course", "SAVE25"),
            ("Bring a co-worker for 15% off", "CREW15"),
        ]
    )
    domain = d.pick(["gmail.com", "yahoo.com", "outlook.com", "icloud.com"])
    brand = d.pick(["Visa", "Mastercard", "American Express", "Discover"])
    return {
        "client": d.pick(["Mail", "Webmail", "Inbox"]),
        "mailbox": f"{handle}@{domain}",
        "subject": d.pick(
            [
                f"Your receipt from {short} #{r.randrange(1000, 9999)}-{r.randrange(1000, 9999)}",
                f"Receipt for your order \u2013 {short}",
                f"[{short}] Payment received \u2013 thank you",
            ]
        ),
        "org": org,
        "short": short,
        "from_addr": f"receipts@{slug}",
        "name": name,
        "to_addr": f"{handle}@{domain}",
        "sent": fmt_date(sent, d.pick(["weekday", "long", "short_month"]))
        + f" at {r.randint(6, 11)}:{r.randrange(0, 60):02d} {d.pick(['AM', 'PM'])}",
        "first": d.first,
        "thanks": d.pick(
            [
                f"Thanks for choosing {short}. This email is the receipt for your purchase. "
                "No payment is due.",
                f"Thank you for enrolling with {short}. This is a receipt for your recent "
                "purchase. No payment is due with this receipt.",
            ]
        ),
        "statement": f"This purchase will appear as \u201c{short.upper()[:22]}\u201d on your "
        f"credit card statement for your {brand} ending in {r.randrange(1000, 9999)}.",
        "coupon_head": coupon_head,
        "coupon_body": f"Use this code at checkout before "
        f"{fmt_date(expires, d.pick(['long', 'us_numeric']))}.",
        "code": code,
        "receipt_label": d.pick(["Receipt", "Order", "Receipt #"]),
        "receipt": f"{r.randrange(100000, 999999)}",
        "paid_on": fmt_date(sent, d.pick(["long", "short_month", "us_numeric"])),
        "rows_html": rows_html,
        "total": f"${total:,.2f}",
        "questions": "If you have any questions about this receipt, simply reply to this email "
        "or call us at " + d.phone() + ".",
        "signoff": d.pick(["Cheers,", "Thanks,", "See you in class,"]),
        "access": d.pick(
            [
                "Your course opens in your dashboard within one business day. A certificate is "
                "issued only after you finish every lesson and pass the final quiz.",
                "Course access lasts 90 days from purchase. Continuing education credit is reported "
                "after completion, not at purchase.",
            ]
        ),
        "year": str(sent.year),
        "street": street,
        "town": town,
        "print_url": d.pick(
            [
                f"https://mail.google.com/mail/u/0/?ik={r.randrange(16**9, 16**10):x}&view=pt",
                f"https://outlook.live.com/mail/0/inbox/id/AQMk{r.randrange(16**11, 16**12):X}",
                f"https://mail.yahoo.com/d/folders/1/messages/{r.randrange(10**5, 10**6)}",
            ]
        ),
        "printed": fmt_date(d.completed + timedelta(days=r.randint(1, 20)), "us_short")
        + f", {r.randint(1, 12)}:{r.randrange(0, 60):02d} {d.pick(['AM', 'PM'])}",
    }
