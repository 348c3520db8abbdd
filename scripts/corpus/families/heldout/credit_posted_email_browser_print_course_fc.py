"""A provider's e-mail, printed from a web mail client, telling a student
that the credit for the course they finished has been posted. The print
header (client name, account address, page count), the subject line, the
From / To / Date block, a short body with a small boxed summary (course,
completed, credit) and a signature; the mail client's footer URL and page
number at the bottom. The sent date and the sender's name are not the
answer."""

SOURCE = (
    "arnabclir/clirnet:template_issue/context.md (certificate e-mail wording: thank you for "
    "your participation, your certificate for the session has been uploaded to the portal), "
    "laid out as a browser print of a web mail message"
)
KIND = "course"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "web-printout",
    "portrait",
    "letter",
    "labelled",
    "distractor-person",
    "distractor-date",
    "tiny-footer",
)

TEMPLATE = """<style>
.pr { position:absolute; left:0; right:0; top:0; height:26px; display:flex; justify-content:space-between; padding:8px 28px 0; font: 9.5px ${ui}; color:#555 }
.mc { position:absolute; left:48px; right:48px; top:44px; font: 13px ${ui}; color:#202124 }
.mc .logo { display:flex; justify-content:space-between; align-items:flex-end; border-bottom:1.5px solid #888; padding-bottom:6px }
.mc .logo b { font: bold 20px ${ui}; color:#666 } .mc .logo span { font-size:12px; font-weight:bold }
.mc h1 { font: bold 17px ${ui}; margin:14px 0 4px; padding-bottom:8px; border-bottom:1px solid #ccc }
.mc .ct { font-size:11px; color:#555; margin-bottom:10px }
.hdr { display:flex; justify-content:space-between; font-size:12.5px; margin-top:10px }
.hdr .f b { font-weight:bold } .hdr .f span { color:#555 } .hdr .dt { color:#444; white-space:nowrap }
.to { font-size:12px; color:#444; margin:2px 0 14px }
.body { font: ${body_size}px ${bodyfont}; line-height:1.5; color:#222 }
.body p { margin:0 0 11px }
.box { border:1px solid ${accent}; border-left:5px solid ${accent}; background:${light}; padding:9px 14px; margin:4px 0 14px; display:grid; grid-template-columns:auto 1fr; column-gap:14px; row-gap:3px; max-width:520px }
.box span { color:#555 } .box b { color:#111 }
.sig { margin-top:6px; line-height:1.4 } .sig .o { color:${dark}; font-weight:bold }
.sm { font-size:10px; color:#888; margin-top:14px; line-height:1.35 }
.ft { position:absolute; left:28px; right:28px; bottom:10px; display:flex; justify-content:space-between; font: 9px ${ui}; color:#555 }
</style>
<div class="pr"><span>${print_stamp}</span><span>${client} - ${subject}</span></div>
<div class="mc">
 <div class="logo"><b>${client}</b><span>${account}</span></div>
 <h1>${subject}</h1>
 <div class="ct">${count}</div>
 <div class="hdr"><div class="f"><b>${sender}</b> <span>&lt;${sender_addr}&gt;</span></div><div class="dt">${sent}</div></div>
 <div class="to">To: ${to_addr}</div>
 <div class="body">
  <p>${greet}</p>
  <p>${p1}</p>
  <div class="box">${box_html}</div>
  <p>${p2}</p>
  <div class="sig">${closing}<br>${signer}<br><span class="o">${org}</span><br>${phone}</div>
  <div class="sm">${small}</div>
 </div>
</div>
<div class="ft"><span>${url}</span><span>1/1</span></div>
"""


def fill(d):
    import html

    e = html.escape
    r = d.rng
    name = d.name(d.pick(["plain", "plain", "plain", "honorific"]))
    org = d.provider()
    title = d.title()
    date = d.date()
    hours = d.hours(d.pick(["cec_hours", "cecs", "hours_title", "hrs", "ceu_and_cec"]))
    slug = "".join(ch for ch in org.lower() if ch.isalnum())[:14]
    user = f"{d.first[0].lower()}{''.join(ch for ch in d.last.lower() if ch.isalpha())}"
    mail = d.pick(["gmail.com", "outlook.com", "yahoo.com", "comcast.net"])
    subject = d.pick(
        [
            "Your CE credit has been posted",
            f"Credit posted: {title}",
            "Course completion \u2013 credit recorded",
            "Re: when will my hours show up?",
        ]
    )
    sh = r.randrange(7, 19)
    sent = f"{d.other_date('issue', 'weekday')}, {sh % 12 or 12}:{r.randrange(0, 60):02d} {'AM' if sh < 12 else 'PM'}"
    rows = [
        ("Student", name),
        ("Course", title),
        ("Completed", date),
        ("Credit", hours),
    ]
    if d.chance(0.35):
        rows.append(("Approval no.", d.approval()))
    if d.chance(0.5):
        rows.append(("Record ID", d.number()))
    box = "".join(f"<span>{e(k)}</span><b>{e(v)}</b>" for k, v in rows)
    ph = d.pick([12, 13])
    return {
        "ui": d.fonts["sans"],
        "bodyfont": d.fonts[d.pick(["sans", "serif"])],
        "body_size": str(ph),
        "print_stamp": f"{d.other_date('print', 'us_short')}, {r.randrange(1, 12)}:{r.randrange(0, 60):02d} PM",
        "client": d.pick(["Gmail", "Outlook", "Yahoo Mail", "Mail"]),
        "account": f"{user}@{mail}",
        "subject": subject,
        "count": d.pick(["1 message", "2 messages", "1 message"]),
        "sender": d.pick([d.person(), f"{org} Student Services", "Registrar"]),
        "sender_addr": d.pick([f"records@{slug}.com", f"ce@{slug}.org", f"no-reply@{slug}.com"]),
        "sent": sent,
        "to_addr": f"{user}@{mail}",
        "greet": d.pick([f"Hello {d.first},", f"Dear {d.first},", f"Hi {d.first} \u2013"]),
        "p1": d.pick(
            [
                "Thank you for completing your course with us. The credit for it has now been "
                "posted to your student record, as shown below.",
                "Good news: your attendance has been verified and your continuing-education "
                "credit is posted. Details:",
                "We have finished processing your final assessment. The credit below is now on "
                "file under your name.",
            ]
        ),
        "box_html": box,
        "p2": d.pick(
            [
                "Keep this e-mail with your renewal paperwork. A PDF copy is available in your "
                "student account at any time.",
                "If any detail above is wrong, reply to this message within 30 days so we can "
                "correct your record.",
                "Please allow up to two weeks for the credit to appear with the certifying body.",
            ]
        ),
        "closing": d.pick(["Best regards,", "Thank you,", "Sincerely,"]),
        "signer": d.person(),
        "org": org,
        "phone": d.phone(),
        "small": d.pick(
            [
                "This mailbox is not monitored. Please do not reply directly to this message.",
                "You are receiving this e-mail because you enrolled in a course with us.",
            ]
        ),
        "url": f"https://mail.{d.pick(['google.com/mail/u/0/', 'live.com/mail/0/inbox/id/'])}{r.randrange(10**9, 10**10):x}",
    }
