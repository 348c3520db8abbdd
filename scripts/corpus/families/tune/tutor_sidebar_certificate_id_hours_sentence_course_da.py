"""Landscape online-course certificate in the style of a WordPress LMS PDF
template: a wide left column with "This is to certify that", the name, a
sentence giving the course length in hours and the course, "on" the date;
a narrow tinted right column holds the valid certificate ID, the
signature and the authorised signer, and the site name as a wordmark."""

SOURCE = "shewa12/mediusware:addons/tutor-certificate/templates/template_3/certificate.php"
KIND = "course"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "landscape",
    "sentence",
    "hours-in-sentence",
    "provider-in-logo",
    "distractor-person",
    "two-column",
)

TEMPLATE = """<style>
.l { position:absolute; left:0; top:0; bottom:0; right:300px; padding:150px 60px 0 80px; font-family:${sans}; color:#2b2b2b }
.r { position:absolute; right:0; top:0; bottom:0; width:300px; background:${light}; border-left:8px solid ${accent}; padding:110px 34px 0; font-family:${sans}; color:#333 }
.mark { display:flex; align-items:center; gap:10px; margin-bottom:70px }
.mark i { display:block; width:34px; height:34px; border-radius:50%; border:6px solid ${accent}; flex:none }
.mark b { font: bold 17px ${cond}; line-height:19px; color:${dark}; text-transform:uppercase; letter-spacing:1px }
.kick { font-size:15px; font-weight:bold; letter-spacing:2px; text-transform:uppercase; color:${accent} }
h1 { font: bold 48px ${display}; color:${dark}; margin:20px 0 22px; line-height:1.15 }
.s { font-size:18px; line-height:28px; color:#444 }
h2 { font: 600 30px ${serif}; color:#222; margin:18px 0 18px; line-height:1.25 }
.v { font-size:13px; text-transform:uppercase; letter-spacing:1px; color:#666; margin-top:4px }
.id { font: 15px ${mono}; color:#222; margin:6px 0 80px; word-break:break-all }
.sg { font: 34px ${hand}; color:#1c2f6b; border-bottom:1px solid #666; padding-bottom:2px }
.sn { font-size:15px; font-weight:bold; margin-top:6px } .sr { font-size:13px; color:#555 }
.fine { position:absolute; left:80px; bottom:40px; font-size:11px; color:#777 }
</style>
<div class="l">
 <div class="kick">${kick}</div>
 <div class="s" style="margin-top:30px">${certify}</div>
 <h1>${name}</h1>
 <div class="s">${lead} ${hours_text} ${online}</div>
 <h2>${title}</h2>
 <div class="s">on ${date}</div>
</div>
<div class="r">
 <div class="mark"><i></i><b>${org}</b></div>
 <div class="v">${id_label}</div>
 <div class="id">${cert_id}</div>
 <div class="sg">${signer}</div>
 <div class="sn">${signer}</div>
 <div class="sr">${signer_role}</div>
</div>
<div class="fine">${fine}</div>
"""


def fill(d):
    r = d.rng
    n = d.hours_number()
    unit = "hour" if n in ("1", "1.0") else "hours"
    style = d.pick(["plain", "minutes", "cec"])
    if style == "minutes":
        hours_text = f"{n} {unit} 0 minutes"
    elif style == "cec":
        hours_text = f"{n} CEC {unit} of the"
    else:
        hours_text = f"{n} {unit}"
    return {
        "kick": d.pick(["Certificate of Completion", "Course Certificate", "Certificate"]),
        "certify": d.pick(["This is to certify that", "This certifies that"]),
        "name": d.name(d.pick(["plain", "plain", "upper"])),
        "lead": d.pick(["has successfully completed", "has completed"]),
        "hours_text": hours_text,
        "online": d.pick(["online course of", "online course", "self-paced course"]),
        "title": d.title(d.pick(["plain", "with_code"])),
        "date": d.date(d.pick(["long", "short_month", "dmy_long", "ordinal"])),
        "org": d.provider(),
        "id_label": d.pick(["Valid Certificate ID", "Certificate ID", "Credential ID"]),
        "cert_id": f"{r.randrange(16**11, 16**12):012x}",
        "signer": d.person(),
        "signer_role": d.pick(["Authorised signature", d.role(), "Course Author"]),
        "fine": d.pick(
            [
                "Verify this certificate by entering its ID on our website.",
                "This certificate was generated automatically on completion of all lessons and quizzes.",
            ]
        ),
    }
