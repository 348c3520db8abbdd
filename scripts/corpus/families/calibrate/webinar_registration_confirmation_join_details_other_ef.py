"""Not a certificate: a webinar registration confirmation e-mail printed
from a browser mail client, before the webinar has happened. The browser's
print header, the subject and sender lines, then the message: a banner with
the school's name set as its logo, "you're registered", a greeting, a line
naming the webinar, a details box (date and start time with time zone,
length, presenter, webinar ID, passcode, join link), calendar buttons, a
paragraph saying how many CEC hours the webinar is approved for and that
credit is issued only to those who attend it in full, a registration number
and an unsubscribe footer. It names a person, a course, hours and dates;
nobody has attended or earned anything yet."""

SOURCE = (
    "vudt/sumitomo:public/wp-content/themes/sumitomo/account_welcome_email.php (webinar "
    "registration confirmation: registered to attend, date and time with time zone, add to "
    "calendar, log-in link to follow) and MikhailRoot/woo-everwebinar:includes/"
    "default-email-contents/main-customer.plain.php (webinar name, date, time zone, live room "
    "and replay links)"
)
KIND = "other"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "other",
    "labelled",
    "portrait",
    "provider-in-logo",
    "distractor-date",
    "distractor-person",
    "web-printout",
)

TEMPLATE = """<style>
.ph { position:absolute; left:30px; right:30px; top:14px; display:flex; justify-content:space-between; font: 9.5px ${sans}; color:#555 }
.mh { position:absolute; left:56px; right:56px; top:42px; font: 12px ${sans}; color:#333; line-height:18px }
.mh .sj { font: 20px ${sans}; color:#111; margin-bottom:8px }
.mh .dt { float:right; color:#666 }
.card { position:absolute; left:104px; right:104px; top:${card_top}px; font: 13.5px ${sans}; color:#2d2d2d; line-height:20px; border:1px solid #e2e2e2 }
.ban { background:${band}; color:#fff; padding:18px 26px }
.ban .lg { display:inline-block; border:2px solid #fff; padding:4px 10px; font: bold 14px ${face}; letter-spacing:.5px }
.ban h1 { margin:12px 0 0; font: bold 24px ${sans} }
.in { padding:18px 26px 10px }
.in p { margin:0 0 12px }
.box { border-left:4px solid ${band}; background:#f6f7f9; padding:10px 14px; margin:0 0 14px }
.box div { display:flex; gap:10px; padding:2px 0; font-size:13px } .box span { width:120px; flex:none; color:#666 }
.btns { margin:0 0 14px } .btns i { display:inline-block; font-style:normal; border:1px solid ${band}; color:${band}; padding:5px 12px; border-radius:4px; margin-right:8px; font-size:12px; font-weight:bold }
.join { display:inline-block; background:${band}; color:#fff; padding:9px 22px; border-radius:4px; font-weight:bold; margin:0 0 14px }
.cr { font-size:12.5px; background:#fff8e6; border:1px solid #f1dfb0; padding:8px 12px; margin:0 0 12px }
.ft { border-top:1px solid #e5e5e5; padding:10px 26px; font-size:10.5px; color:#888; line-height:15px; background:#fafafa }
</style>
<div class="ph"><span>${stamp}</span><span>Mail - ${subject}</span></div>
<div class="mh"><div class="sj">${subject}</div>
 <div><b>${host}</b> &lt;${from_addr}&gt;<span class="dt">${sent}</span></div>
 <div>To: ${to_addr}</div></div>
<div class="card">
 <div class="ban"><div class="lg">${host_logo}</div><h1>${headline}</h1></div>
 <div class="in">
  <p>${greeting}</p>
  <p>${lead}</p>
  <div class="box">${rows_html}</div>
  <div class="join">${join}</div>
  <div class="btns"><i>Google Calendar</i><i>Outlook</i><i>iCal (.ics)</i></div>
  <div class="cr">${credit_note}</div>
  <p>${reg_line}</p>
  <p>${closing}<br><b>${team}</b></p>
 </div>
 <div class="ft">${footer}</div>
</div>
"""


def fill(d):
    import html
    import unicodedata
    from datetime import timedelta

    from corpus import values as V
    from corpus.formats import fmt_date

    e = html.escape
    r = d.rng
    host = d.pick([s for s, _ in V.SCHOOLS] + V.ASSOCIATIONS)
    topic = d.pick(V.CE_COURSES + [c for c, _ in V.IICRC_COURSES[:6]])
    who = d.person()
    first = who.split()[0]
    day = d.completed - timedelta(days=r.randint(5, 60))
    sent_day = day - timedelta(days=r.randint(3, 30))
    when = fmt_date(day, d.pick(["weekday", "long", "short_month"]))
    start = f"{d.pick([10, 11, 12, 1, 2, 3])}:{d.pick(['00', '30'])} {d.pick(['AM', 'PM'])} {d.pick(['Eastern', 'Central', 'ET', 'PT', 'MT'])}"
    mins = d.pick([60, 90, 120, 180])
    credit = {60: "1", 90: "1.5", 120: "2", 180: "3"}[mins]
    slug = "".join(ch for ch in host.lower() if ch.isalnum())[:16]
    meeting = f"{r.randrange(800, 999)} {r.randrange(1000, 9999)} {r.randrange(1000, 9999)}"
    rows = [
        (d.pick(["Date", "When"]), e(when)),
        (d.pick(["Starts", "Time"]), e(start)),
        (d.pick(["Length", "Duration"]), f"{mins} minutes"),
        (d.pick(["Presenter", "Speaker"]), e(d.person())),
        ("Webinar ID", meeting),
        ("Passcode", f"{r.randrange(100000, 999999)}"),
    ]
    rows_html = "".join(f"<div><span>{k}</span><b>{v}</b></div>" for k, v in rows)
    ascii_first = (
        "".join(
            ch
            for ch in unicodedata.normalize("NFKD", first.lower())
            if ch.isalnum() and ch.isascii()
        )
        or "tech"
    )
    return {
        "face": d.fonts[d.pick(["serif", "sans", "display"])],
        "band": d.pick([d.colors["dark"], "#1d4ed8", "#0f766e", "#9d174d", "#4338ca"]),
        "card_top": str(d.pick([132, 140])),
        "stamp": f"{fmt_date(sent_day + timedelta(days=r.randint(0, 2)), 'us_short')}, {r.randint(1, 12)}:{r.randrange(0, 60):02d} {d.pick(['AM', 'PM'])}",
        "subject": d.pick(
            [
                f"Registration confirmed: {topic}",
                "You're registered for our live webinar",
                f"Confirmation - {topic}",
            ]
        ),
        "host": host,
        "from_addr": d.pick([f"webinars@{slug}.org", f"no-reply@{slug}.com", f"events@{slug}.com"]),
        "sent": fmt_date(sent_day, "short_month"),
        "to_addr": f"{ascii_first}{r.randrange(1, 99)}@{d.pick(['gmail.com', 'yahoo.com', 'icloud.com'])}",
        "host_logo": host,
        "headline": d.pick(["You're registered!", "Registration confirmed", "See you online"]),
        "greeting": d.pick([f"Hi {first},", f"Dear {who},", f"Hello {first},"]),
        "lead": d.pick(
            [
                f"Thank you for registering for the live webinar \u201c{topic}\u201d. Your seat is reserved.",
                f"You are signed up for \u201c{topic}\u201d. Save the details below; the join link is personal to you.",
            ]
        ),
        "rows_html": rows_html,
        "join": d.pick(["Join webinar", "Join on the day", "Open join link"]),
        "credit_note": d.pick(
            [
                f"This webinar is approved for {credit} IICRC CEC hours. Credit is issued only to registrants "
                "who attend the full live session; recordings are not eligible.",
                f"Up to {credit} CECs will be reported after the event for attendees who stay connected for "
                "the whole session and answer the polling questions.",
            ]
        ),
        "reg_line": f"{d.pick(['Registration no.', 'Confirmation #', 'Order'])} {d.number()}",
        "closing": d.pick(["See you there,", "Thank you,", "Kind regards,"]),
        "team": d.pick([f"The {host} webinar team", "Education Department", host]),
        "footer": d.pick(
            [
                "You received this e-mail because you registered for a webinar. Need to cancel? Reply to this "
                "message at least 24 hours before the start time. Unsubscribe from event e-mails.",
                "Add our address to your safe senders list so the reminder e-mails reach you. Unsubscribe.",
            ]
        ),
    }
