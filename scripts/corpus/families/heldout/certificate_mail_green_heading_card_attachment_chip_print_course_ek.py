"""A university certificate-system e-mail as printed from a web mail client on
an upright sheet: the client's print header (subject, sender, recipient,
sent time), then the message itself: a pale grey ground with a white
rounded card, a green heading, "Dear" and the name, a few short paragraphs
saying the course is complete and the certificate attached (course, date and
credit inside the sentences, no labels), a green download button, an italic
sign-off with the school's name, and the attachment chip at the foot."""

SOURCE = "ZeadShalaby/Certificate-System:resources/views/mail/certificate.blade.php"
KIND = "course"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "portrait",
    "letter",
    "sentence",
    "web-printout",
    "hours-in-sentence",
    "distractor-date",
    "tiny-footer",
)

TEMPLATE = """<style>
.pr { position:absolute; left:40px; right:40px; top:26px; font: 11px ${sans}; color:#444; display:flex; justify-content:space-between }
.mh { position:absolute; left:40px; right:40px; top:50px; font-family:${sans}; border-bottom:1px solid #ccc; padding-bottom:10px }
.mh .s { font-size:20px; color:#202124; margin-bottom:10px; line-height:26px }
.mh .r { font-size:12.5px; color:#333; line-height:19px } .mh .r b { color:#111 } .mh .r span { color:#666 }
.mh .t { position:absolute; right:0; top:40px; font-size:12px; color:#555 }
.bg { position:absolute; left:40px; right:40px; top:${bg_top}px; background:#f4f4f9; padding:22px; font-family:${mail_face} }
.card { background:#fff; border-radius:8px; padding:22px 26px; max-width:600px; margin:0 auto; color:#333; line-height:1.6;
  box-shadow: 0 4px 8px rgba(0,0,0,0.1) }
.card h1 { font-size:24px; color:${green}; margin:0 0 16px; font-weight:bold }
.card p { font-size:15px; margin:0 0 14px }
.btn { display:inline-block; padding:10px 20px; background:${green}; color:#fff; border-radius:4px; font-size:15px; margin:4px 0 18px }
.sig { font-style:italic; color:#555 }
.ft { font-size:11px; color:#888; margin-top:6px; line-height:15px }
.at { position:absolute; left:40px; bottom:60px; display:flex; gap:10px; align-items:center; border:1px solid #ddd; border-radius:6px;
  padding:8px 12px; font: 12px ${sans}; color:#333 }
.at .ic { width:26px; height:32px; background:#d93025; color:#fff; font: bold 9px ${sans}; display:flex; align-items:flex-end; justify-content:center; padding-bottom:4px; border-radius:2px }
.pf { position:absolute; left:40px; right:40px; bottom:22px; font: 10px ${sans}; color:#666; display:flex; justify-content:space-between }
</style>
<div class="pr"><span>${client}</span><span>${printed}</span></div>
<div class="mh">
 <div class="s">${subject}</div>
 <div class="r"><b>${sender}</b> <span>&lt;${sender_mail}&gt;</span><br>To: ${to_mail}</div>
 <div class="t">${sent}</div>
</div>
<div class="bg"><div class="card">
 <h1>${heading}</h1>
 <p>Dear ${name},</p>
 <p>${para1}</p>
 <p>${para2}</p>
 <span class="btn">${button}</span>
 <p class="sig">${regards}<br>${org}</p>
 <div class="ft">${foot}</div>
</div></div>
<div class="at"><div class="ic">PDF</div><div>${file}<br><span style="color:#777">${size}</span></div></div>
<div class="pf"><span>${url}</span><span>1/1</span></div>
"""


def fill(d):
    name = d.name(d.pick(["plain", "plain", "plain", "honorific"]))
    title = d.title(d.pick(["plain", "plain", "with_code"]))
    date = d.date(d.pick(["long", "short_month", "weekday", "ordinal", "dmy_long"]))
    hours = d.hours(d.pick(["cec_hours", "cecs", "words", "ceu_and_cec", "contact_and_cec"]))
    org = d.provider()
    slug = d.web().replace("www.", "")
    sent = d.other_date("issue", d.pick(["short_month", "long", "weekday"]))
    printed = d.other_date("print", d.pick(["us_numeric", "us_short"]))
    first = d.first.lower().replace(" ", "")[:10]
    para1 = d.pick(
        [
            f"Congratulations on completing {title} on {date}. Your course has been recorded with {hours}.",
            f"We are pleased to confirm that you completed {title} on {date}, earning {hours}.",
            f"Your certificate request for {title} has been processed. The course was completed on {date} and carries {hours}.",
        ]
    )
    para2 = d.pick(
        [
            "Please find attached your certificate. Keep it with your records for renewal.",
            "Your certificate is attached to this e-mail as a PDF. You can also download it below.",
            "Attached you will find your certificate in digital format for your convenience.",
        ]
    )
    return {
        "mail_face": d.pick(["Arial, 'Liberation Sans', sans-serif", d.fonts["sans"]]),
        "green": d.pick(["#4CAF50", "#2e7d32", "#1e6091", "#2d6a4f"]),
        "bg_top": d.pick([150, 160]),
        "client": d.pick(["Gmail", "Outlook", "Roundcube Webmail", "Yahoo Mail"])
        + f" - {d.pick(['Your Certificate', 'Certificate attached'])}",
        "printed": printed + d.pick([", 9:14 AM", ", 4:02 PM", " 11:37"]),
        "subject": d.pick(
            [
                "Your Certificate",
                f"Your certificate for {title}",
                "Certificate of completion attached",
            ]
        ),
        "sender": org,
        "sender_mail": f"certificates@{slug}",
        "to_mail": f"{first}@{d.pick(['gmail.com', 'outlook.com', 'yahoo.com', 'icloud.com'])}",
        "sent": sent + d.pick([", 10:42 AM", ", 2:17 PM", ", 8:05 AM"]),
        "heading": d.pick(["Your Certificate", "Certificate Ready", "Course Complete!"]),
        "name": name,
        "para1": para1,
        "para2": para2,
        "button": d.pick(["Download Certificate", "View Certificate", "Download PDF"]),
        "regards": d.pick(["Best regards,", "Kind regards,", "Sincerely,"]),
        "org": org,
        "foot": d.pick(
            [
                "This link will expire in 90 days. Please download your certificate promptly.",
                "This is an automated message; please do not reply.",
                f"Questions? Contact the registrar at {d.phone()}.",
            ]
        ),
        "file": f"Certificate_{d.last.replace(' ', '_').replace(chr(39), '')}_{d.rng.randrange(1000, 9999)}.pdf",
        "size": f"{d.rng.randrange(90, 900)} KB",
        "url": f"https://mail.{d.pick(['google.com', 'outlook.live.com', 'yahoo.com'])}/mail/u/0/#inbox/{d.rng.randrange(16**11, 16**12):x}",
    }
