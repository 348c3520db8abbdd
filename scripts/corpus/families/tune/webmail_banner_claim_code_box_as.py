"""A session-credit confirmation e-mail as a browser prints it from a web mail
client: the browser's own header line (print time, page title) and footer
line (message address, page count) in tiny type; the client's subject line
large, a round avatar with the sender's initials, the sender's display name
and address, the sent time and the "To" line with the attendee's name and
address; then the show's HTML message: a dark banner carrying the show's
name in light type (the provider appears nowhere else), a greeting by first
name, running sentences with no labels that give the session title, its
presenter, the day it was held and the CEC hours credited, a bordered box
holding the claim code in large monospaced type with the date the code
expires, a sign-off from the education manager and a grey legal footer."""

SOURCE = (
    "b1gMail-OSS/b1gMail:src/templates/modern/li/email.read.inline.tpl (printable message view: "
    "From / Subject / Date / To rows above the body); the claim-by-code step of conference CE "
    "platforms (HighMarks 'CEU Authorization' codes sent to attendees, Slayte claim programs) "
    "for the wording of the credit confirmation"
)
KIND = "session"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "portrait",
    "letter",
    "sentence",
    "dark-band",
    "provider-in-logo",
    "distractor-person",
    "distractor-date",
    "hours-in-sentence",
    "web-printout",
    "tiny-footer",
)

TEMPLATE = """<style>
.br { position:absolute; left:28px; right:28px; top:14px; display:flex; justify-content:space-between;
  font: 9.5px ${sans}; color:#333 }
.bf { position:absolute; left:28px; right:28px; bottom:14px; display:flex; justify-content:space-between;
  font: 9.5px ${sans}; color:#333 }
.w { position:absolute; left:56px; right:56px; top:46px; bottom:40px; font: 13px ${sans}; color:#202124 }
.subj { font: 21px ${sans}; margin:0 0 16px; line-height:28px }
.subj em { font-style:normal; font-size:11px; background:#e8eaed; padding:1px 6px; margin-left:8px; vertical-align:3px }
.hd { display:flex; gap:12px; border-bottom:1px solid #dadce0; padding-bottom:12px }
.av { width:40px; height:40px; border-radius:50%; background:${accent}; color:#fff; flex:none;
  font: bold 15px ${sans}; display:flex; align-items:center; justify-content:center }
.hd .m { flex:1; line-height:19px } .hd .m b { font-size:13.5px } .hd .m span { color:#5f6368; font-size:12px }
.hd .t { font-size:12px; color:#5f6368; white-space:nowrap }
.mail { width:560px; margin:22px auto 0; border:1px solid #e2e2e2; font: 14.5px ${face}; color:#222 }
.bn { background:${dark}; color:#f6f6f2; padding:20px 28px; display:flex; align-items:center; gap:14px }
.bn .lg { width:44px; height:44px; border:2px solid #f6f6f2; border-radius:${lg_radius}; flex:none;
  display:flex; align-items:center; justify-content:center; font: bold 15px ${display} }
.bn b { font: bold ${ev_size}px ${sans}; letter-spacing:${ev_ls}px; line-height:22px }
.bn small { display:block; font: 11px ${sans}; letter-spacing:2px; text-transform:uppercase; opacity:.8; margin-top:3px }
.bd { padding:22px 28px 20px; line-height:22px } .bd p { margin:0 0 13px }
.code { border:2px solid ${dark}; text-align:center; margin:16px 30px 16px; padding:10px 8px 9px }
.code small { display:block; font: bold 10.5px ${sans}; letter-spacing:2px; text-transform:uppercase; color:#555 }
.code .c { font: bold 27px ${mono}; letter-spacing:4px; color:${dark}; margin:4px 0 2px }
.code .x { font: 11.5px ${sans}; color:#555 }
.so { margin-top:6px; line-height:19px }
.lgl { background:#f1f1f1; color:#777; font: 10px ${sans}; line-height:14px; padding:12px 28px }
</style>
<div class="br"><span>${printed_at}</span><span>${page_title}</span></div>
<div class="w">
 <div class="subj">${subject}<em>Inbox</em></div>
 <div class="hd">
  <div class="av">${sender_initials}</div>
  <div class="m"><b>${sender_name}</b> <span>&lt;${sender_addr}&gt;</span><br>
   <span>${to_label}</span> ${name} <span>&lt;${to_addr}&gt;</span></div>
  <div class="t">${sent}</div>
 </div>
 <div class="mail">
  <div class="bn"><div class="lg">${initials}</div><div><b>${event}</b><small>${banner_sub}</small></div></div>
  <div class="bd">
   <p>${greeting}</p>
   <p>${p1_pre} <b>${title}</b>${p1_mid} ${date}. ${p2_pre} <b>${hours}</b> ${p2_post}</p>
   <p>${p3}</p>
   <div class="code"><small>${code_label}</small><div class="c">${claim}</div><div class="x">${expires}</div></div>
   <p>${p4}</p>
   <div class="so">${closing}<br><b>${signer}</b><br>${signer_role}</div>
  </div>
  <div class="lgl">${legal}</div>
 </div>
</div>
<div class="bf"><span>${url}</span><span>1/1</span></div>
"""
CLIENTS = ["Mail", "Outlook", "Webmail", "Roundcube Webmail"]
DOMAINS = ["gmail.com", "outlook.com", "yahoo.com", "icloud.com", "comcast.net"]


def _clock(r) -> str:
    return f"{r.randint(7, 11) if r.random() < 0.5 else r.randint(1, 6)}:{r.randrange(60):02d} " + (
        r.choice(["AM", "PM"])
    )


def fill(d):
    from datetime import timedelta

    from corpus.formats import MONTHS, WEEKDAYS

    r = d.rng
    show = d.org_alt
    words = [w for w in show.split() if w[0].isupper()]
    initials = "".join(w[0] for w in words)[:3]
    slug = "".join(ch for ch in show.lower() if ch.isalnum())[:24]
    sent_day = d.completed + timedelta(days=r.randint(1, 9))
    sent_style = d.pick(["outlook", "gmail", "plain"])
    if sent_style == "outlook":
        sent = f"{WEEKDAYS[sent_day.weekday()][:3]} {sent_day.month}/{sent_day.day}/{sent_day.year} {_clock(r)}"
    elif sent_style == "gmail":
        sent = f"{MONTHS[sent_day.month - 1][:3]} {sent_day.day}, {sent_day.year}, {_clock(r)}"
    else:
        sent = f"{WEEKDAYS[sent_day.weekday()]}, {MONTHS[sent_day.month - 1]} {sent_day.day}, {sent_day.year}"
    print_day = sent_day + timedelta(days=r.randint(0, 200))
    client = d.pick(CLIENTS)
    local = "".join(ch for ch in d.first[:1] + d.last if ch.isascii() and ch.isalnum()).lower()
    to_addr = f"{local or 'tech'}{d.pick(['', '', str(r.randrange(1, 99))])}@{d.pick(DOMAINS)}"
    signer = d.person()
    claim = (
        f"{r.choice('ABCDEFGHJKLMNPQRSTUVWXYZ')}{r.randrange(10, 99)}-{r.randrange(1000, 9999)}-"
        + ("".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(4)))
    )
    return {
        "face": d.fonts[d.pick(["sans", "serif"])],
        "lg_radius": d.pick(["50%", "6px", "0"]),
        "ev_size": 16 if len(d.org) > 30 else 19,
        "ev_ls": d.pick([0.5, 1, 2]),
        "printed_at": f"{print_day.month}/{print_day.day}/{print_day.year % 100:02d}, {_clock(r)}",
        "page_title": d.pick(
            [
                f"{client} - {to_addr}",
                f"Inbox \u2013 {to_addr} \u2013 {client}",
                f"{client} \u2013 Message",
            ]
        ),
        "subject": d.pick(
            [
                "Your session credit is confirmed",
                f"{show}: education credit confirmation",
                "Session attendance verified \u2013 your CEC claim code",
            ]
        ),
        "sender_initials": initials[:2],
        "sender_name": d.pick([f"{show} Education", "Education Desk", "CE Credit Team"]),
        "sender_addr": d.pick([f"education@{slug}.org", f"ce@{slug}.com", f"noreply@{slug}.org"]),
        "to_label": "to",
        "name": d.name("plain"),
        "to_addr": to_addr,
        "sent": sent,
        "initials": initials,
        "event": d.provider("upper"),
        "banner_sub": d.pick(
            ["Education program", "Continuing education", "Conference & trade show"]
        ),
        "greeting": d.pick([f"Hi {d.first},", f"Dear {d.first},", f"Hello {d.first},"]),
        "p1_pre": d.pick(
            [
                "Thank you for attending",
                "This message confirms your attendance at",
                "Your badge scans show that you attended",
            ]
        ),
        "title": d.title("plain"),
        "p1_mid": d.pick([", presented by ", " with ", ", led by "])
        + d.person()
        + d.pick([",", ""])
        + " on",
        "date": d.date(d.pick(["weekday", "weekday", "long", "ordinal", "dmy_long"])),
        "p2_pre": d.pick(
            [
                "Your time in the room met the session's attendance requirement, and",
                "Your entry and exit scans were verified and",
                "Based on the time you were present,",
            ]
        ),
        "hours": d.hours(d.pick(["cec_hours", "words_cec"] + (["cecs"] if d.credit != 1 else []))),
        "p2_post": d.pick(
            [
                "have been credited to your education record for this show.",
                "have been added to your record and will be reported to the IICRC.",
                "have been credited for this session.",
            ]
        ),
        "p3": d.pick(
            [
                "To download your certificate, sign in to the attendee portal, choose "
                "\u201cClaim credit\u201d and enter the code below.",
                "Enter the code below in the show app under My Credits to print your "
                "certificate of attendance.",
            ]
        ),
        "code_label": d.pick(["Your claim code", "Session claim code", "Credit code"]),
        "claim": claim,
        "expires": "Use by " + d.other_date("expiry", d.pick(["long", "short_month"])),
        "p4": d.pick(
            [
                "Keep this e-mail with your CE records. If a session you attended is missing, "
                "reply within 30 days with your badge number.",
                "Credit is granted only for sessions attended in full. Questions? Reply to this "
                "message and our team will help.",
            ]
        ),
        "closing": d.pick(["Thank you,", "Best regards,", "See you next year,"]),
        "signer": signer,
        "signer_role": d.pick(
            ["Education Manager", "Director of Education", "CE Program Coordinator"]
        ),
        "legal": d.pick(
            [
                "You are receiving this message because you registered for the education program. "
                "This is an automated message; the claim code is personal to the attendee named "
                "above and may not be transferred.",
                "This e-mail was sent to the address on your registration. Education sessions are "
                "approved for IICRC continuing education credit. Replies go to the education office.",
            ]
        ),
        "url": f"https://mail.{d.pick(['google', 'yahoo', 'office'])}.com/mail/u/0/#inbox/"
        + "".join(r.choice("0123456789abcdef") for _ in range(16)),
    }
