"""A WordPress LMS course certificate in landscape: a guilloche strip down the
left edge, the certify sentence, the name, the duration and course and the
completion date set flush left in the wide first column, and a narrow right
column holding the certificate ID, the signature, the signer's name and the
issuing company, which is the only place the provider appears."""

SOURCE = "shewa12/mediusware:addons/tutor-certificate/templates/template_3/certificate.php"
KIND = "course"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "landscape",
    "sentence",
    "ornate",
    "script-name",
    "provider-in-logo",
    "distractor-person",
    "guilloche",
    "lms",
)

TEMPLATE = """<style>
.bg { position:absolute; inset:0; background:${light} }
.strip { position:absolute; left:0; top:0; bottom:0; width:86px; background:
  repeating-radial-gradient(circle at 0 50%, transparent 0 7px, ${accent} 7px 8px),
  repeating-radial-gradient(circle at 86px 30%, transparent 0 9px, ${dark} 9px 10px);
  opacity:0.55; border-right:3px solid ${dark} }
.fr { position:absolute; left:104px; top:22px; right:22px; bottom:22px; border:1.5px solid ${accent} }
.wrap { position:absolute; left:104px; top:22px; right:22px; bottom:22px; display:flex }
.first { flex:1; position:relative; padding:128px 40px 40px 56px; color:#222; font-family:${body} }
.kick { font: 600 15px ${sans}; letter-spacing:6px; color:${accent}; text-transform:uppercase }
.big { font: bold 46px ${display}; color:${dark}; margin:2px 0 34px; letter-spacing:1px }
.first p { font-size:19px; line-height:26px }
h1 { font: ${name_weight} ${name_size}px ${name_face}; color:${dark}; margin:6px 0 12px; line-height:1.15 }
h2 { font: bold 27px ${title_face}; color:#111; margin:10px 0 14px; line-height:1.2; max-width:560px }
.ap { margin-top:26px; font: 12.5px ${sans}; color:#555 }
.second { width:250px; border-left:1px solid #bbb; padding:110px 24px 30px 26px; position:relative; font-family:${sans}; color:#333 }
.second p { font-size:13px; line-height:18px }
.sig { font: 30px ${script}; color:#1d2b5a; margin-top:250px; height:44px; white-space:nowrap; overflow:hidden }
.line { border-top:1px solid #444; margin-top:4px; padding-top:6px }
.co { font-size:12.5px; color:#555 }
.seal { position:absolute; left:56px; bottom:48px; width:104px; height:104px; border-radius:50%;
  background: repeating-conic-gradient(${accent} 0 6deg, ${dark} 6deg 12deg); }
.seal::after { content:''; position:absolute; inset:14px; border-radius:50%; background:${light}; border:2px solid ${accent} }
.vf { position:absolute; left:180px; bottom:62px; font: 12px ${sans}; color:#666; line-height:17px }
</style>
<div class="bg"></div><div class="strip"></div><div class="fr"></div>
<div class="wrap">
 <div class="first">
  <div class="kick">${kick}</div>
  <div class="big">${big}</div>
  <p>${certify}</p>
  <h1>${name}</h1>
  <p>${did} ${duration} ${kind_text}</p>
  <h2>${title}</h2>
  <p>${on} ${date}</p>
  <div class="ap">${approval_line}</div>
  <div class="seal"></div><div class="vf">${verify_note}</div>
 </div>
 <div class="second">
  <p><strong>${id_label}</strong></p>
  <p>${cert_id}</p>
  <div class="sig">${sig}</div>
  <div class="line"><p><strong>${signer}</strong></p><p class="co">${signer_role}</p><p class="co">${company}</p></div>
 </div>
</div>
"""


def fill(d):
    r = d.rng
    credit = d.credit
    whole = int(credit)
    if credit != whole and d.chance(0.5):
        # the plugin prints the course duration as hours and minutes
        minutes = round((credit - whole) * 60)
        text = f"{whole} {'hour' if whole == 1 else 'hours'} {minutes} minutes"
        if whole == 0:
            text = f"{minutes} minutes"
        d.put("hours", float(credit), text)
        duration = text
    else:
        n = d.hours_number()
        duration = f"{n} {'hour' if n == '1' else 'hours'}"
    script = d.chance(0.6)
    signer = d.person()
    approval = ""
    if d.chance(0.5):
        approval = f"{d.pick(['IICRC CEC approval', 'Course approval no.', 'CEC course #'])} {d.approval()}"
    cert_id = "".join(r.choice("0123456789abcdef") for _ in range(d.pick([10, 12, 16])))
    return {
        "body": d.fonts[d.pick(["serif", "sans"])],
        "kick": d.pick(["Certificate", "Online Course", "Certificate of"]),
        "big": d.pick(["OF COMPLETION", "COMPLETION", "ACHIEVEMENT"]),
        "certify": d.pick(["This is to certify that", "This certifies that"]),
        "name": d.name(d.pick(["plain", "plain", "upper"]) if not script else "plain"),
        "name_face": d.fonts["script"] if script else d.fonts["display"],
        "name_size": 52 if script else 42,
        "name_weight": "normal" if script else "bold",
        "did": d.pick(["has successfully completed", "has completed"]),
        "duration": duration,
        "kind_text": d.pick(["online course of", "of the online course", "self-paced course of"]),
        "title": d.title(d.pick(["plain", "plain", "with_code"])),
        "title_face": d.fonts[d.pick(["serif", "sans", "display"])],
        "on": "on",
        "date": d.date(d.pick(["long", "short_month", "ordinal", "dmy_long", "long"])),
        "approval_line": approval,
        "id_label": d.pick(["Valid Certificate ID", "Certificate ID", "Verification code"]),
        "cert_id": cert_id,
        "verify_note": d.pick(["Verify this certificate at", "Check authenticity at"])
        + f" {d.web()}/verify",
        "sig": signer,
        "signer": signer,
        "signer_role": d.role(),
        "company": d.provider(),
    }
