"""A webinar "your CE certificate" e-mail printed from a web mail client:
the browser's print header and footer (date/time, page URL), the mail
client's subject line and From/To/Date rows, then the provider's HTML
e-mail body with a coloured banner, a greeting, sentences naming the
session, the date it aired and the credit, a small summary table and a
sign-off; the attendee's name appears in the To row and the summary."""

SOURCE = (
    "wording: online CE webinar providers' post-event certificate e-mails, printed from the "
    "mail client by the attendee"
)
KIND = "session"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = ("portrait", "sentence", "email", "labelled", "table", "tiny-footer")

TEMPLATE = """<style>
.ph { position:absolute; left:30px; right:30px; top:14px; font: 10px ${sans}; color:#444; display:flex; justify-content:space-between }
.pf { position:absolute; left:30px; right:30px; bottom:14px; font: 10px ${sans}; color:#444; display:flex; justify-content:space-between }
.w { position:absolute; left:60px; right:60px; top:54px; font: 13px ${sans}; color:#222 }
.subj { font: 21px ${sans}; color:#111; margin-bottom:14px }
.hdr { border-bottom:1px solid #ccc; padding-bottom:10px; line-height:19px; font-size:12.5px }
.hdr span { color:#666; display:inline-block; width:46px }
.mail { margin:22px auto 0; width:560px; border:1px solid #ddd }
.ban { background:${accent}; color:#fff; padding:16px 22px; font: bold 18px ${sans} }
.ban small { display:block; font-weight:normal; font-size:12px; opacity:0.9; margin-top:3px; letter-spacing:1px; text-transform:uppercase }
.body { padding:18px 22px; font: 14px ${serif}; line-height:22px }
.body p { margin:0 0 12px }
table { border-collapse:collapse; width:100%; margin:6px 0 14px; font: 13px ${sans} }
td { border:1px solid #ddd; padding:6px 8px; vertical-align:top }
td.k { background:${light}; width:140px; color:#555 }
.btn { display:inline-block; background:${dark}; color:#fff; padding:8px 16px; border-radius:3px; font: bold 13px ${sans}; margin:4px 0 12px }
.small { font: 11px ${sans}; color:#777; border-top:1px solid #eee; padding:10px 22px }
</style>
<div class="ph"><span>${print_stamp}</span><span>${client} – ${subject_short}</span></div>
<div class="w">
 <div class="subj">${subject}</div>
 <div class="hdr"><span>From</span>${sender}<br><span>To</span>${to_name} &lt;${to_mail}&gt;<br><span>Date</span>${mail_date}</div>
 <div class="mail">
  <div class="ban">${org}<small>${ban_small}</small></div>
  <div class="body">
   <p>${greeting}</p>
   <p>${p1}</p>
   <table>
    <tr><td class="k">${name_key}</td><td>${name}</td></tr>
    <tr><td class="k">Session</td><td>${title}</td></tr>
    <tr><td class="k">${date_key}</td><td>${date}</td></tr>
    <tr><td class="k">${credit_key}</td><td>${hours}</td></tr>
   </table>
   <div class="btn">${button}</div>
   <p>${p2}</p>
   <p>${signoff}<br>${team}</p>
  </div>
  <div class="small">${small}</div>
 </div>
</div>
<div class="pf"><span>${url}</span><span>1/1</span></div>
"""


def fill(d):
    r = d.rng
    org = d.provider()
    slug = "".join(ch for ch in (d.org_alt or d.org).lower() if ch.isalnum())[:18]
    first = d.first
    mail_user = "".join(ch for ch in (first + d.last).lower() if ch.isascii() and ch.isalnum())
    name = d.name("plain")
    title = d.title()
    date = d.date(d.pick(["long", "weekday", "short_month"]))
    minutes = int(d.credit * 60) + r.randrange(0, 9)
    hours = d.hours(d.pick(["cec_hours", "hours_title", "cecs", "hrs"]))
    subject = d.pick(
        [
            "Your CE certificate is ready",
            "Thank you for attending – your certificate",
            "Webinar attendance confirmed (CE credit)",
        ]
    )
    hh, mm = r.randrange(7, 12), r.randrange(0, 60)
    return {
        "print_stamp": f"{d.other_date('issue', 'us_short')}, {hh}:{mm:02d} AM",
        "client": d.pick(["Mail", "Inbox", "Webmail"]),
        "subject_short": subject[:28],
        "subject": subject,
        "sender": f"{d.org_alt or d.org} Education <education@{slug}.org>",
        "to_name": first + " " + d.last,
        "to_mail": f"{mail_user}@{d.pick(['gmail.com', 'outlook.com', 'yahoo.com'])}",
        "mail_date": d.other_date("issue", "weekday")
        + d.pick([", 4:12 PM", ", 9:47 AM", ", 11:03 AM"]),
        "org": org,
        "ban_small": d.pick(["Online Education", "Webinar Series", "Live Learning"]),
        "greeting": f"Hi {first},",
        "p1": d.pick(
            [
                f"Thank you for joining us live for {title} on {date}. Our attendance report "
                f"shows you were connected for {minutes} minutes, which qualifies you for credit.",
                f"Thanks for attending {title}! Because you stayed for the full live session "
                f"({minutes} minutes), your continuing education credit has been recorded.",
            ]
        ),
        "name_key": d.pick(["Attendee", "Name on certificate"]),
        "name": name,
        "title": title,
        "date_key": d.pick(["Aired", "Date", "Live session"]),
        "date": date,
        "credit_key": d.pick(["Credit", "CE credit", "IICRC CECs"]),
        "hours": hours,
        "button": d.pick(["Download certificate (PDF)", "View my certificate"]),
        "p2": d.pick(
            [
                "Replays do not qualify for credit. If you watched with colleagues, each person "
                "must register and attend individually.",
                "Please keep this e-mail and the certificate for your records; we do not report "
                "credit on your behalf.",
            ]
        ),
        "signoff": d.pick(["Best regards,", "See you at the next session,", "Thanks again,"]),
        "team": d.pick(["The Education Team", f"{d.person()}, Webinar Coordinator"]),
        "small": f"You are receiving this because you registered for a webinar. {d.web()} · Unsubscribe",
        "url": f"https://mail.{d.pick(['google', 'office365', 'yahoo'])}.com/mail/u/0/#inbox/{r.randrange(16**11, 16**12):x}",
    }
