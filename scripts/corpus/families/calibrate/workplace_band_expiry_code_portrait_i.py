"""Portrait A4/letter certificate built from positioned template elements: a
dark top band with the issuing organisation in white, a plain heading, the
learner's name as a user field, then a column of labelled rows (course,
completed on, expires on, credit in CEUs and contact hours, approval). A
digital-signature block with another person's name, a verification code and
a drawn QR square fill the foot."""

SOURCE = "moodleworkplace/moodle-tool_certificate:element/ (border, text, userfield, date, code, digitalsignature elements)"
KIND = "course"
PAPER = ["a4-portrait", "letter-portrait"]
CATEGORIES = (
    "portrait",
    "dark-band",
    "labelled",
    "qr",
    "distractor-person",
    "distractor-date",
    "hours-ceu",
)

TEMPLATE = """<style>
.bd { position:absolute; inset:26px; border:2px solid ${dark} }
.band { position:absolute; top:26px; left:26px; right:26px; height:112px; background:${dark}; color:#fff;
  display:flex; align-items:center; padding:0 44px; gap:18px }
.band .ic { width:58px; height:58px; border:3px solid #fff; border-radius:8px; transform:rotate(45deg); flex:none;
  background: linear-gradient(135deg, transparent 45%, ${accent} 45% 55%, transparent 55%) }
.band .o { font: bold 23px ${sans}; letter-spacing:0.5px; line-height:28px }
.band .o small { display:block; font: 12px ${sans}; letter-spacing:2px; text-transform:uppercase; opacity:0.8 }
.h { position:absolute; top:196px; left:70px; right:70px; font: 38px ${display}; color:${dark} }
.h2 { position:absolute; top:252px; left:70px; right:70px; font: 15px ${sans}; color:#555 }
.nm { position:absolute; top:300px; left:70px; right:70px; font: bold 34px ${serif}; color:#111;
  border-bottom:2px solid ${accent}; padding-bottom:10px }
.rows { position:absolute; top:406px; left:70px; right:70px; font: 16px ${sans} }
.rows .r { display:flex; border-bottom:1px solid #ddd; padding:11px 0 }
.rows .k { width:210px; flex:none; color:#666; font-size:13px; text-transform:uppercase; letter-spacing:1px; padding-top:2px }
.rows .v { font-weight:bold; color:#1a1a1a }
.st { position:absolute; top:720px; left:70px; right:70px; font: 14px ${serif}; color:#444; line-height:21px }
.foot { position:absolute; left:70px; right:70px; bottom:70px; display:flex; justify-content:space-between; align-items:flex-end }
.sig { font: 13px ${sans}; color:#333; width:300px }
.sig .h2s { font: 30px ${hand}; color:#1a2f6b; border-bottom:1px solid #444; height:44px }
.sig .ds { font-size:10px; color:#777; margin-top:3px }
.qr { width:104px; height:104px; border:6px solid #fff; outline:1px solid #999; position:relative;
  background:
    repeating-conic-gradient(#111 0 25%, transparent 0 50%) 0 0 / 12px 12px,
    repeating-conic-gradient(#111 0 25%, transparent 0 50%) 3px 5px / 20px 20px, #fff }
.qr:before, .qr:after { content:""; position:absolute; width:28px; height:28px; border:6px solid #111; background:#fff; top:4px; left:4px }
.qr:after { left:auto; right:4px }
.cd { font: 11px ${mono}; color:#333; text-align:right; margin-top:5px }
</style>
<div class="bd"></div>
<div class="band"><div class="ic"></div><div class="o"><small>${band_small}</small>${org}</div></div>
<div class="h">${heading}</div>
<div class="h2">${awarded}</div>
<div class="nm">${name}</div>
<div class="rows">
 <div class="r"><div class="k">${course_label}</div><div class="v">${title}</div></div>
 <div class="r"><div class="k">${date_label}</div><div class="v">${date}</div></div>
 <div class="r"><div class="k">${expiry_label}</div><div class="v">${expiry}</div></div>
 <div class="r"><div class="k">${credit_label}</div><div class="v">${hours}</div></div>
 <div class="r"><div class="k">${appr_label}</div><div class="v">${approval}</div></div>
</div>
<div class="st">${statement}</div>
<div class="foot">
 <div class="sig"><div class="h2s">${signer}</div>${signer}<br>${role}
  <div class="ds">Digitally signed ${signed_on}</div></div>
 <div><div class="qr"></div><div class="cd">${code_label} ${code}</div></div>
</div>
"""


def fill(d):
    r = d.rng
    code = "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(10))
    return {
        "band_small": d.pick(
            ["Learning & Certification", "Training Academy", "Certification Program"]
        ),
        "org": d.provider(),
        "heading": d.pick(["Certificate of Completion", "Certification", "Completion Certificate"]),
        "awarded": d.pick(["This certificate is awarded to", "Issued to", "Awarded to"]),
        "name": d.name(d.pick(["plain", "plain", "upper", "last_first"])),
        "course_label": d.pick(["Course", "Certification", "Program"]),
        "title": d.title(),
        "date_label": d.pick(["Completed on", "Completion date", "Date completed"]),
        "date": d.date(d.pick(["long", "dmy_long", "iso", "short_month", "us_numeric"])),
        "expiry_label": d.pick(["Expires on", "Valid until", "Expiry date"]),
        "expiry": d.other_date("expiry"),
        "credit_label": d.pick(["Credit", "Continuing education", "CE credit"]),
        "hours": d.hours(d.pick(["ceu_and_cec", "contact_and_cec", "ceu_and_cec"])),
        "appr_label": d.pick(["Approval no.", "IICRC course approval", "Approved course #"]),
        "approval": d.approval(),
        "statement": d.pick(
            [
                "The learner named above met every completion requirement of this course, "
                "including the attendance record and the final assessment.",
                "This certificate can be checked online with the code below. Keep it with "
                "your continuing education records.",
                "Renew before the expiry date to keep this certification current.",
            ]
        ),
        "signer": d.person(),
        "role": d.pick(["Head of Learning", "Certification Manager", "Training Director"]),
        "signed_on": d.other_date("issue", "iso"),
        "code_label": d.pick(["Code:", "Verify:", "Verification code"]),
        "code": code,
    }
