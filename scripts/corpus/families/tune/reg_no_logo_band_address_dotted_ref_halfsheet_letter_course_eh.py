"""A short completion letter on a half sheet turned sideways, printed from a
web app's letter template: a registration number in small bold type at top
left; a logo block at left with the school's name large and coloured,
centred beside it, over a tag line; a full-width dark band with the
address in white; a row with a reference number at left and the letter
date at right, ruled off; a salutation to the technician and two or three
sentences saying the course was completed on a date with its credit; and
a ruled footer with phone, e-mail and web address centred. The school's
name appears only in the logo lockup and the web address."""

SOURCE = (
    "f4r424hm3d/scholarship.gyandeep.ngo:resources/views/admin/print-letter.blade.php (Reg. No. "
    "corner, logo beside large coloured name, dark address band, Ref. No. / Date row, ruled "
    "footer with contacts)"
)
KIND = "course"
PAPER = "half-letter"
CATEGORIES = (
    "letter",
    "dark-band",
    "sentence",
    "landscape",
    "provider-in-logo",
    "distractor-date",
    "distractor-person",
    "tiny-footer",
)

TEMPLATE = """<style>
.w { position:absolute; inset:16px 30px 12px; font: 12.5px ${sans}; color:#151515 }
.rg { font: bold 10px ${sans} }
.top { display:flex; align-items:center; margin-top:4px }
.lg { width:64px; height:64px; flex:none; border-radius:${radius}; border:3px solid ${accent}; color:${accent}; font: bold 21px ${display};
  display:flex; align-items:center; justify-content:center }
.tt { flex:1; text-align:center; padding:0 10px }
.tt b { display:block; font: bold ${nm_size}px ${display}; color:${accent}; line-height:1.15 }
.tt span { display:block; font-size:11px; letter-spacing:1px; margin-top:3px }
.band { background:${dark}; color:#fff; text-align:center; font-size:12.5px; padding:5px; margin-top:8px }
.rr { display:flex; justify-content:space-between; font-size:12px; padding:8px 4px 6px; border-bottom:1px solid #000 }
.bd { padding:12px 6px 0; font: 13.5px ${serif}; line-height:20px }
.bd p { margin-bottom:8px }
.sg { margin-top:4px; display:flex; justify-content:flex-end; text-align:left }
.sg div { font-size:12px; line-height:15px } .sg .h { font: 23px ${hand}; color:#16306b; height:28px; white-space:nowrap }
.ft { position:absolute; left:0; right:0; bottom:0; border-top:1px solid #000; padding-top:4px; text-align:center; font-size:9.5px; color:#333 }
</style>
<div class="w">
 <div class="rg">${reg_no}</div>
 <div class="top"><div class="lg">${initials}</div>
  <div class="tt"><b>${org}</b><span>${tagline}</span></div></div>
 <div class="band">${street}, ${town}</div>
 <div class="rr"><span>Ref. No. ${ref}</span><span>Date: ${letter_date}</span></div>
 <div class="bd">
  <p>Dear ${dear},</p>
  <p>${body}</p>
  <p>${body2}</p>
  <div class="sg"><div><div class="h">${signer}</div>${signer}, ${role}</div></div>
 </div>
 <div class="ft">Tel. ${phone} &nbsp;|&nbsp; ${email} &nbsp;|&nbsp; ${web}</div>
</div>
"""


def fill(d):
    org = d.provider()
    short = (d.org_alt or org).replace("&", "")
    initials = "".join(w[0] for w in short.split() if w[0].isupper())[:3] or "TS"
    street, town = d.address()
    printed = d.name(d.pick(["plain", "plain", "honorific"]))
    title = d.title(d.pick(["plain", "plain", "with_code"]))
    date = d.date(d.pick(["long", "ordinal", "dmy_long", "short_month"]))
    hours = d.hours(d.pick(["cecs", "cec_hours", "hrs", "words_cec"]))
    opener = d.pick(
        [
            f"We are pleased to confirm that you successfully completed {title} on {date}.",
            f"Congratulations on completing {title}, which you finished on {date}.",
            f"Our records show that you completed {title} with us on {date}.",
        ]
    )
    credit = d.pick(
        [
            f"The course carries {hours} toward your certification renewal.",
            f"You have been credited with {hours} for this course.",
        ]
    )
    slug = "".join(ch for ch in short.lower() if ch.isalnum())[:14]
    return {
        "radius": d.pick(["50%", "8px", "0"]),
        "nm_size": 25 if len(org) < 34 else 21,
        "reg_no": d.pick(["Reg. No. ", "Registration No. ", "Lic. No. "]) + d.number(),
        "initials": initials,
        "org": org,
        "tagline": d.pick(
            [
                "CLASSROOM & HANDS-ON RESTORATION TRAINING",
                "TRAINING FOR CLEANING AND RESTORATION PROFESSIONALS",
                "CERTIFICATION COURSES · CONTINUING EDUCATION",
            ]
        ),
        "street": street,
        "town": town,
        "ref": d.number(d.pick(["", "L/", "CE/"])),
        "letter_date": d.other_date("issue", d.pick(["us_numeric", "dmy_numeric", "long"])),
        "dear": printed,
        "body": f"{opener} {credit}",
        "body2": d.pick(
            [
                "Please keep this letter with your training records. Your wall certificate will follow by mail.",
                "A copy of this letter has been placed in your student file. Thank you for training with us.",
            ]
        ),
        "signer": d.person(),
        "role": d.pick(["Director", "Training Coordinator", "Office Manager", "Lead Instructor"]),
        "phone": d.phone(),
        "email": f"office@{slug}.com",
        "web": d.web(),
    }
