"""An emailed receipt from the card reader at the IICRC booth of a trade
show, printed from the browser. The mail client's print header and URL
footer frame a centred card: a round monogram, the merchant line (the
booth at the show), the amount in very large figures, the line items (a
renewal or a wall certificate, then the booth registration with its
credit under it in grey and a zero price), subtotal, tax and total, the
card used with its authorisation code, the customer and certification
number, the date and time of the sale, the receipt number and a refund
note. Money figures, card digits and times are the distractors."""

SOURCE = (
    "hsienjian/ArtMagicWeb88:ArtMagicWeb88/E-Receipt.aspx (e-receipt: heading, invoice block, "
    "item table with right-aligned total, copyright and questions footer); wording: tablet "
    "point-of-sale receipts emailed at trade-show booths, and IICRC booth registration credit "
    "as described at https://www.randrmagonline.com/articles/85420-iicrc-continuing-education"
)
KIND = "booth"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "portrait",
    "table",
    "web-printout",
    "receipt",
    "labelled",
    "distractor-date",
    "provider-in-logo",
    "tiny-footer",
)

TEMPLATE = """<style>
.pg { position:absolute; inset:0; background:#fff; font-family:${sans}; color:#1f2328 }
.ph { position:absolute; left:34px; right:34px; top:18px; display:flex; justify-content:space-between; font: 10px ${sans}; color:#444 }
.pf { position:absolute; left:34px; right:34px; bottom:18px; display:flex; justify-content:space-between; font: 10px ${sans}; color:#444 }
.mail { position:absolute; left:64px; right:64px; top:52px; border-bottom:1px solid #ddd; padding-bottom:10px; font-size:12px; color:#333; line-height:18px }
.mail b { font-size:17px; color:#111; display:block; margin-bottom:4px }
.card { position:absolute; left:50%; top:${card_top}px; width:470px; margin-left:-235px; border:1px solid #e1e4e8; border-radius:10px;
  padding:26px 34px 22px; background:#fff; box-shadow:0 1px 4px rgba(0,0,0,.08) }
.mono { width:62px; height:62px; border-radius:50%; background:${accent}; color:#fff; margin:0 auto; display:flex; align-items:center;
  justify-content:center; font: bold 19px ${sans}; letter-spacing:.5px }
.mer { text-align:center; margin-top:10px; font: bold 16px ${sans} }
.sub { text-align:center; font-size:12px; color:#57606a; margin-top:3px; line-height:16px }
.amt { text-align:center; font: 300 48px ${sans}; margin:16px 0 2px; color:#111 }
.amt small { display:block; font: 12px ${sans}; color:#57606a; margin-top:2px }
table { width:100%; border-collapse:collapse; margin-top:16px; font-size:13px }
td { padding:9px 0; border-top:1px solid #eaecef; vertical-align:top }
td.r { text-align:right; white-space:nowrap; padding-left:12px }
td .g { display:block; font-size:11.5px; color:#6a737d; margin-top:2px }
tr.t td { font-weight:bold; border-top:2px solid #d0d7de }
tr.s td { color:#57606a; padding:5px 0 }
.kv { margin-top:14px; font-size:12px; line-height:20px; color:#24292f }
.kv div { display:flex; justify-content:space-between } .kv span:first-child { color:#6a737d }
.note { margin-top:14px; font-size:10.5px; color:#6a737d; line-height:14px; text-align:center }
.pw { text-align:center; margin-top:14px; font-size:10px; color:#8c959f; letter-spacing:.5px }
</style>
<div class="pg">
 <div class="ph"><span>${print_stamp}</span><span>${tab_title}</span></div>
 <div class="mail"><b>${subject}</b>${from_line}<br>to me · ${sent}</div>
 <div class="card">
  <div class="mono">${monogram}</div>
  <div class="mer">${merchant}</div>
  <div class="sub">${event_prefix}${event}<br>${venue}</div>
  <div class="amt">${total}<small>${amount_caption}</small></div>
  <table>
   ${items_html}
   <tr class="s"><td>Subtotal</td><td class="r">${total}</td></tr>
   <tr class="s"><td>${tax_label}</td><td class="r">$$0.00</td></tr>
   <tr class="t"><td>Total</td><td class="r">${total}</td></tr>
  </table>
  <div class="kv">
   <div><span>${pay_label}</span><span>${card}</span></div>
   <div><span>Auth code</span><span>${auth}</span></div>
   <div><span>Customer</span><span>${name}</span></div>
   <div><span>${cert_label}</span><span>${cert}</span></div>
   <div><span>Date</span><span>${date}${time}</span></div>
   <div><span>Receipt #</span><span>${receipt}</span></div>
  </div>
  <div class="note">${note}</div>
  <div class="pw">${powered}</div>
 </div>
 <div class="pf"><span>${url}</span><span>1/1</span></div>
</div>
"""

PAID_ITEMS = [
    ("Annual certification renewal", [75.0, 85.0, 95.0]),
    ("Certification renewal (2 categories)", [115.0, 135.0]),
    ("Wall certificate, framed", [35.0, 45.0]),
    ("Replacement wallet card", [15.0, 20.0]),
    ("ANSI/IICRC S500 standard, print", [110.0, 125.0]),
]


def fill(d):
    r = d.rng
    event = d.provider()
    paid = d.rng.sample(PAID_ITEMS, d.pick([0, 1, 1, 2]))
    rows, total = [], 0.0
    for label, prices in paid:
        price = r.choice(prices)
        total += price
        rows.append((label, f"${price:,.2f}", ""))
    booth_label = d.set_title(
        d.pick(
            ["IICRC Booth Registration", "IICRC Booth Registration", "IICRC BOOTH REGISTRATION"]
        ),
        ["IICRC Booth Registration"],
    )
    hours = d.hours(d.pick(["cecs", "cec_hours", "hrs", "cecs_colon"]))
    booth_row = (booth_label, "$0.00", hours)
    rows.insert(d.pick([0, len(rows)]), booth_row)
    items = "".join(
        f'<tr><td>{label}{f"<span class=g>{sub}</span>" if sub else ""}</td><td class="r">{price}</td></tr>'
        for label, price, sub in rows
    )
    total_text = f"${total:,.2f}"
    hour = r.randrange(9, 17)
    clock = f"{(hour - 1) % 12 + 1}:{r.randrange(0, 60):02d} {'AM' if hour < 12 else 'PM'}"
    name = d.name(d.pick(["plain", "plain", "upper"]))
    booth = r.randrange(100, 2999)
    return {
        "print_stamp": f"{d.other_date('issue', 'us_short')}, {r.randrange(1, 12)}:{r.randrange(10, 59)} PM",
        "tab_title": d.pick(["Mail - Receipt", "Inbox", "Print message"]),
        "subject": d.pick(
            [
                f"Your receipt from IICRC Booth {booth}",
                "Receipt for your purchase",
                "Your receipt from IICRC",
            ]
        ),
        "from_line": d.pick(["IICRC <receipts@", "Receipts <no-reply@"])
        + d.pick(["tapcheckout.com>", "payreceipts.net>", "boothpay.io>"]),
        "sent": f"{clock}",
        "card_top": 150,
        "monogram": "IICRC",
        "merchant": d.pick([f"IICRC · Booth {booth}", f"IICRC Booth #{booth}", "IICRC Show Booth"]),
        "event_prefix": d.pick(["at ", "", "Exhibiting at "]),
        "event": event,
        "venue": d.venue(),
        "total": total_text,
        "amount_caption": d.pick(["Amount paid", "Total", "Paid"]) if total else "No charge",
        "items_html": items,
        "tax_label": d.pick(["Sales tax", "Tax"]),
        "pay_label": d.pick(["Paid with", "Card", "Payment"]) if total else "Payment",
        "card": (
            f"{d.pick(['Visa', 'Mastercard', 'Amex', 'Discover'])} •••• {r.randrange(1000, 9999)}"
            if total
            else "None required"
        ),
        "auth": f"{r.randrange(100000, 999999):06d}" if total else "—",
        "name": name,
        "cert_label": d.pick(["Cert. #", "Certification no.", "IICRC #"]),
        "cert": d.number(),
        "date": d.date(d.pick(["short_month", "us_numeric", "long", "weekday"])),
        "time": d.pick([f" at {clock}", f", {clock}", ""]),
        "receipt": f"#{r.choice('ABCDEFGHJKMNPQRSTUVWXYZ')}{r.randrange(1000, 9999)}-{r.randrange(100, 999)}",
        "note": d.pick(
            [
                "Booth credit is posted to your certification record within 10 business days. "
                "Renewal fees are non-refundable.",
                "Keep this receipt. Questions about your record? Visit us at the booth or "
                "contact the certification office.",
            ]
        ),
        "powered": d.pick(
            ["Powered by TapCheckout", "Sent with BoothPay", "© Receipts by PayDesk"]
        ),
        "url": d.pick(
            [
                f"https://mail.example.com/mail/u/0/#inbox/{r.randrange(10**11, 10**12):x}",
                f"https://outlook.live.com/mail/0/inbox/id/AQMk{r.randrange(10**8, 10**9)}",
            ]
        ),
    }
