"""Not a certificate: a class registration confirmation e-mail printed from a
web mail client, portrait. The mail client's print header (account line,
subject, sender, recipient, sent time), then the school's HTML e-mail: a
coloured header with the school's name, a greeting, the order number, a
class block (title, location, instructor), a schedule table with each day's
times and hours, the total seat time, the credit the class is approved for
once it is finished, check-in and cancellation rules in hours, the amount
paid and a footer. Nothing has been completed yet: every hour figure is a
plan or a rule."""

SOURCE = (
    "PhantomWatson/elemental:app/View/Emails/html/registered.ctp (registration e-mail: greeting, "
    "'you have been registered', list of class dates with start times, location block, how to "
    "cancel) and the wording of restoration schools' enrollment confirmations (seat time, CECs "
    "on completion, check-in window, cancellation notice)"
)
KIND = "other"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "other",
    "web-printout",
    "portrait",
    "table",
    "labelled",
    "distractor-date",
    "distractor-person",
    "tiny-footer",
)

TEMPLATE = """<style>
.w { position:absolute; inset:30px 44px 24px; font: 13px ${face}; color:#222 }
.mc { display:flex; justify-content:space-between; font: 11px ${ui}; color:#555; border-bottom:1px solid #ccc; padding-bottom:5px }
.mc b { font-size:13px; color:#222 }
.subj { font: bold 19px ${ui}; margin:14px 0 8px; color:#111 }
.meta { font: 11.5px ${ui}; color:#444; line-height:17px; border-bottom:1px solid #ddd; padding-bottom:10px }
.meta .t { float:right; color:#666 }
.card { margin:18px auto 0; width:560px; border:1px solid #e2e2e2 }
.ch { background:${band}; color:#fff; padding:16px 22px; font: bold 18px ${head} }
.ch small { display:block; font: 11.5px ${face}; opacity:.9; margin-top:2px }
.cb { padding:16px 22px 10px; line-height:19px }
.cb p { margin:0 0 10px }
.ord { font: 11.5px ${mono}; color:#555 }
.cls { border-left:4px solid ${band}; background:#f7f7f7; padding:8px 12px; margin:6px 0 12px }
.cls b { font-size:14.5px; display:block }
table { width:100%; border-collapse:collapse; margin:4px 0 8px; font-size:12.5px }
th { text-align:left; font-size:10.5px; text-transform:uppercase; letter-spacing:.4px; color:#666; border-bottom:1.5px solid #999; padding:4px 6px }
td { padding:5px 6px; border-bottom:1px solid #e5e5e5 } td.n, th.n { text-align:right; white-space:nowrap }
tr.tt td { font-weight:bold; border-bottom:none }
ul { margin:4px 0 10px 18px; padding:0 } li { margin:2px 0 }
.pay { display:flex; justify-content:space-between; border-top:1px solid #ddd; padding-top:8px; font-size:12.5px }
.cf { background:#f2f2f2; padding:10px 22px; font-size:10px; color:#777; line-height:14px }
.pf { position:absolute; left:0; right:0; bottom:0; display:flex; justify-content:space-between; font: 9px ${ui}; color:#888 }
</style>
<div class="w">
 <div class="mc"><span><b>${mail_brand}</b></span><span>${account}</span></div>
 <div class="subj">${subject}</div>
 <div class="meta"><span class="t">${sent}</span><b>${org}</b> &lt;${from_addr}&gt;<br>To: ${to_addr}</div>
 <div class="card">
  <div class="ch">${org}<small>${tagline}</small></div>
  <div class="cb">
   <p>${greeting}</p>
   <p>${lead}</p>
   <div class="ord">${order_label} ${order_no} · registered ${registered}</div>
   <div class="cls"><b>${title}</b>${location}<br>Instructor: ${instructor}</div>
   <table><tr><th>Day</th><th>Date</th><th>Time</th><th class="n">Hours</th></tr>${sched_html}</table>
   <ul>${rules_html}</ul>
   <div class="pay"><span>${pay_label}</span><b>${paid}</b></div>
  </div>
  <div class="cf">${card_foot}</div>
 </div>
 <div class="pf"><span>${print_url}</span><span>1/1</span></div>
</div>
"""


def _hm(x: float) -> str:
    h, m = int(x), int(round((x - int(x)) * 60))
    return f"{(h - 1) % 12 + 1}:{m:02d} {'am' if h < 12 else 'pm'}"


def fill(d):
    import html
    from datetime import timedelta

    from corpus import formats as F

    e = html.escape
    r = d.rng
    credit = float(d.credit)
    org = d.org
    first = d.completed
    ndays = 1 if credit <= 8 else 2 if credit <= 16 else 3
    sched, seat = [], 0.0
    for i in range(ndays):
        start = d.pick([8, 8, 8.5, 9])
        length = (
            float(d.pick([8, 8.5, 9])) if ndays > 1 or credit > 5 else credit + d.pick([1, 1.5])
        )
        if i == ndays - 1 and ndays > 1:
            length = float(d.pick([4, 5, 6]))
        end = start + length
        seat += length

        day = first + timedelta(days=i)
        sched.append(
            f"<tr><td>{F.WEEKDAYS[day.weekday()][:3]}</td><td>{F.fmt_date(day, 'short_month')}</td>"
            f"<td>{_hm(start)} – {_hm(end)}</td><td class='n'>{length:g}</td></tr>"
        )
    if seat == credit:
        seat += 1
    sched.append(
        f"<tr class='tt'><td colspan='3'>{d.pick(['Total seat time', 'Total scheduled', 'Seat time'])}"
        f"</td><td class='n'>{seat:g}</td></tr>"
    )
    checkin = d.pick([15, 30, 30, 45])
    cancel = d.pick([48, 72, 72, 96])
    unit = d.pick(["IICRC CECs", "CE hours", "CEC hours"])
    rules = [
        f"Check-in opens {checkin} minutes before class. Bring a photo ID.",
        f"This class is approved for {F.fmt_number(credit, r, False)} {unit}. Credit is reported "
        f"after you attend every session and pass the exam.",
        f"Cancel at least {cancel} hours before the start for a full refund; later "
        f"cancellations may transfer to another class date.",
    ]
    if d.chance(0.5):
        rules.append(
            f"Parking is validated for up to {d.pick([4, 6, 10])} hours per day at the front desk."
        )
    if d.chance(0.5):
        rules.insert(
            0, d.pick(["Lunch is on your own (1 hour).", "Lunch is provided; 45-minute break."])
        )
    registered = d.completed - timedelta(days=r.randint(6, 50))
    sent = registered
    holder = d.plain_name
    price = d.pick([195, 245, 349, 425, 595, 795, 995])
    slug = d.web().removeprefix("www.")
    user = "".join(ch for ch in f"{d.first[0]}{d.last}".lower() if ch.isascii() and ch.isalnum())
    return {
        "face": d.fonts[d.pick(["sans", "serif", "sans"])],
        "ui": d.fonts["sans"],
        "head": d.fonts[d.pick(["sans", "display"])],
        "mono": d.fonts["mono"],
        "band": d.pick([d.colors["dark"], d.colors["accent"], "#0b6e4f", "#b23a48"]),
        "mail_brand": d.pick(["Mail", "Webmail", "Inbox"]),
        "account": f"{user}@{d.pick(['gmail.com', 'outlook.com', 'yahoo.com'])}",
        "subject": d.pick(
            [
                "Registration confirmed: " + d.course,
                "You're registered! " + d.course,
                "Enrollment confirmation #" + str(r.randrange(10000, 99999)),
            ]
        ),
        "sent": F.fmt_date(sent, "weekday") + f", {r.randrange(7, 12)}:{r.randrange(10, 59)} AM",
        "org": org,
        "from_addr": f"registrar@{slug}",
        "to_addr": holder,
        "tagline": d.pick(
            ["Registration confirmation", "Your seat is reserved", "Class enrollment"]
        ),
        "greeting": f"Hi {holder.split()[0]},",
        "lead": d.pick(
            [
                "Thank you for registering. Your seat is reserved for the class below.",
                "You are enrolled! Please keep this e-mail; it is your registration receipt.",
            ]
        ),
        "order_label": d.pick(["Order", "Confirmation", "Registration"]),
        "order_no": f"#{r.randrange(100000, 999999)}",
        "registered": F.fmt_date(registered, "us_numeric"),
        "title": d.course + (f" ({d.code})" if d.code and d.chance(0.5) else ""),
        "location": d.venue() if d.chance(0.4) else ", ".join(d.address()),
        "instructor": d.person(),
        "sched_html": "".join(sched),
        "rules_html": "".join(f"<li>{e(x)}</li>" for x in rules),
        "pay_label": d.pick(["Paid by card ending " + str(r.randrange(1000, 9999)), "Amount paid"]),
        "paid": f"${price:,.2f}",
        "card_foot": d.pick(
            [
                "Your certificate will be e-mailed after the class once your exam is graded. "
                "You received this message because you registered on our website.",
                "This is a registration receipt, not a certificate of completion. "
                "Questions? Reply to this e-mail or call " + d.phone() + ".",
            ]
        ),
        "print_url": f"https://mail.example.com/u/0/#inbox/{r.randrange(10**11, 10**12):x}",
    }
