"""An LMS course certificate on a cream sheet inside a double frame with
flourished corners: the school's emblem over its wordmark at the top, a tall
condensed "Certificate of Completion", "This is presented to:" over the
learner's name in a large script, the course in bold after a short lead-in
and the credit under it. Beneath, a borderless two-cell row: on the left the
period the certificate is valid for ("from ... to ...", the first date the
day it was earned) over a small caption, on the right a signature over the
signer's name and office. A QR block and a certificate ID sit in the lower
right corner."""

SOURCE = "0xWormh0le/ian-bland-lms:resources/views/certificate-templates/starter-template.php"
KIND = "course"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "ornate",
    "script-name",
    "landscape",
    "date-range",
    "provider-in-logo",
    "distractor-person",
    "qr",
    "distractor-date",
)

TEMPLATE = """<style>
.pg { position:absolute; inset:0; background:${light} }
.f1 { position:absolute; inset:22px; border:3px double ${accent} }
.f2 { position:absolute; inset:34px; border:1px solid ${accent};
  background:
   radial-gradient(circle at 0 0, transparent 46px, ${accent} 47px 49px, transparent 50px 58px, ${accent} 59px 60px, transparent 61px) top left / 90px 90px no-repeat,
   radial-gradient(circle at 100% 0, transparent 46px, ${accent} 47px 49px, transparent 50px 58px, ${accent} 59px 60px, transparent 61px) top right / 90px 90px no-repeat,
   radial-gradient(circle at 0 100%, transparent 46px, ${accent} 47px 49px, transparent 50px 58px, ${accent} 59px 60px, transparent 61px) bottom left / 90px 90px no-repeat,
   radial-gradient(circle at 100% 100%, transparent 46px, ${accent} 47px 49px, transparent 50px 58px, ${accent} 59px 60px, transparent 61px) bottom right / 90px 90px no-repeat }
.dia { position:absolute; width:12px; height:12px; background:${accent}; transform:rotate(45deg) }
.w { position:absolute; left:70px; right:70px; top:70px; bottom:0; text-align:center; color:#414042; font-family:${sans} }
.brand { display:flex; flex-direction:column; align-items:center; gap:6px; margin-bottom:6px }
.em { width:52px; height:52px; border-radius:50%; border:3px solid ${dark}; color:${dark};
  font: bold 15px ${serif}; display:flex; align-items:center; justify-content:center }
.wm { font: bold 13px ${sans}; letter-spacing:2.5px; color:${dark}; text-align:center; line-height:16px }
.wm small { display:block; text-transform:uppercase; font-weight:normal; letter-spacing:1px; font-size:10px; color:#666 }
.title { font: 50px ${cond}; letter-spacing:3px; text-transform:uppercase; color:#414042; margin-top:14px }
.act { font: 18px ${cond}; letter-spacing:1px; color:#594741; margin-top:34px }
.name { font: 54px ${script}; color:#594741; margin-top:8px; line-height:82px }
.reason { font-size:15px; margin-top:14px }
.course { font-size:24px; font-weight:bold; margin-top:10px; color:#222 }
.cr { font-size:14px; margin-top:8px; color:#555 }
table.info { position:absolute; left:0; right:0; bottom:150px; margin:0 auto; border-collapse:collapse }
table.info td { width:320px; text-align:center; vertical-align:bottom; padding:0 }
table.info td.gap { width:90px }
.cd { font-size:13px; letter-spacing:1.5px; border-bottom:1px solid #777; padding-bottom:4px }
.sig { font: 26px ${hand}; border-bottom:1px solid #777; line-height:36px; white-space:nowrap }
.cap { font-size:11px; letter-spacing:1.5px; text-transform:uppercase; padding-top:4px; color:#414042 }
.sm { font-size:10px; color:#666; letter-spacing:1px }
.qr { position:absolute; right:118px; bottom:86px; width:64px; height:64px; padding:3px; background:#fff;
  background-image:repeating-conic-gradient(#222 0 25%, #fff 0 50%); background-size:8px 8px; background-origin:content-box }
.qr i { position:absolute; width:20px; height:20px; border:4px solid #222; background:#fff; box-shadow:inset 0 0 0 3px #fff, inset 0 0 0 8px #222 }
.cid { position:absolute; right:90px; bottom:66px; width:120px; text-align:center; font: 9px ${mono}; color:#555 }
</style>
<div class="pg"></div><div class="f1"></div><div class="f2"></div>
<div class="dia" style="left:50%;top:28px;margin-left:-6px"></div>
<div class="dia" style="left:50%;bottom:28px;margin-left:-6px"></div>
<div class="w">
 <div class="brand"><div class="em">${mark}</div><div class="wm">${org}<small>${tagline}</small></div></div>
 <div class="title">${heading}</div>
 <div class="act">${presented}</div>
 <div class="name">${name}</div>
 <div class="reason">${lead}</div>
 <div class="course">${title}</div>
 <div class="cr">${credit_label} ${hours}</div>
 <table class="info">
  <tr><td><div class="cd">${start}${joiner}${until}</div></td><td class="gap"></td><td><div class="sig">${signer}</div></td></tr>
  <tr><td class="cap">${valid_label}</td><td class="gap"></td><td class="cap">${signer}</td></tr>
  <tr><td class="sm">${valid_note}</td><td class="gap"></td><td class="sm">${office}</td></tr>
 </table>
</div>
<div class="qr"><i style="left:2px;top:2px"></i><i style="right:2px;top:2px"></i><i style="left:2px;bottom:2px"></i></div>
<div class="cid">${cert_id}</div>
"""


def fill(d):
    r = d.rng
    org = d.provider("upper")
    words = [w for w in d.org.replace("&", " ").replace(",", " ").split() if w[0].isupper()]
    mark = "".join(w[0] for w in words if w not in ("LLC", "Inc."))[:3]
    style = d.pick(["dmy_numeric", "dmy_numeric", "dd_mon_yyyy", "long", "us_numeric"])
    signer = d.person()
    return {
        "mark": mark,
        "org": org,
        "tagline": d.pick(
            ["Online Learning Campus", "Learning Management System", "E-Learning Portal"]
        ),
        "heading": d.pick(
            ["Certificate of Completion", "Certificate of Training", "Course Certificate"]
        ),
        "presented": d.pick(["This is presented to :", "This is Presented to:", "Awarded to"]),
        "name": d.name(d.pick(["plain", "plain", "plain", "honorific"])),
        "lead": d.pick(
            [
                "For completing learning course :",
                "For successfully completing the online course",
                "For completing all modules and the final assessment of",
            ]
        ),
        "title": d.title(d.pick(["plain", "plain", "with_code", "code_first"])),
        "credit_label": d.pick(["Credit awarded:", "Approved for", "Continuing education:"]),
        "hours": d.hours(d.pick(["cec_hours", "hours_title", "cecs"])),
        "start": d.date(style),
        "joiner": d.pick([" to ", " – ", " - "]),
        "until": d.other_date("expiry", style),
        "valid_label": d.pick(["Valid date", "Validity", "Valid from – to"]),
        "valid_note": d.pick(["", "Renew before the second date", "Issued on completion"]),
        "signer": signer,
        "office": d.pick(["Director", "Head of Training", d.role()]),
        "cert_id": "ID "
        + "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(4))
        + "-"
        + "".join(r.choice("0123456789") for _ in range(6)),
    }
