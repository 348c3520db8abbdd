"""A WordPress LMS course certificate split into two columns over a pale
guilloche watermark: a wide left column with the running sentence (certify
that, the learner's name in script, "has successfully completed" the course
duration in hours and minutes, the course, "on" a month-name date with a
zero-padded day) and a narrow right column with the certificate ID over a
signature, the authorised signer and the company under it."""

SOURCE = (
    "shewa12/mediusware:addons/tutor-certificate/templates/template_3/certificate.php (Tutor LMS)"
)
KIND = "course"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "sentence",
    "hours-in-sentence",
    "landscape",
    "script-name",
    "distractor-person",
    "watermark",
    "pattern",
    "provider-under-signature",
)

TEMPLATE = """<style>
.bg { position:absolute; inset:0; background:
  repeating-radial-gradient(circle at 18% 30%, transparent 0 9px, ${light} 9px 10px),
  repeating-radial-gradient(circle at 82% 75%, transparent 0 11px, ${light} 11px 12px), #fff; opacity:0.9 }
.fr { position:absolute; inset:26px; border:3px solid ${dark}; }
.fr2 { position:absolute; inset:34px; border:1px solid ${accent}; }
.corner { position:absolute; width:120px; height:120px; background:${dark}; transform:rotate(45deg) }
.c1 { left:-60px; top:-60px } .c2 { right:-60px; bottom:-60px }
.mark { position:absolute; top:58px; left:72px; display:flex; align-items:center; gap:10px; font: bold 13px ${sans}; color:${dark}; letter-spacing:1px }
.mark .m { width:42px; height:42px; border-radius:50%; border:3px solid ${accent}; display:flex; align-items:center; justify-content:center; font: bold 15px ${display}; color:${accent} }
.hd { position:absolute; top:110px; left:72px; font: 44px ${display}; color:${dark}; letter-spacing:4px; text-transform:uppercase }
.hd small { display:block; font: italic 20px ${serif}; letter-spacing:1px; text-transform:none; color:${accent} }
div.area { position:absolute; left:72px; right:72px; top:215px; bottom:150px; display:flex; align-items:center }
table.t { width:100%; border-collapse:collapse; table-layout:fixed }
td { vertical-align:middle }
td.first { width:64%; padding-right:36px }
.ct p { font: 19px ${serif}; color:#333; margin:0 }
.ct h1 { font: 54px ${script}; color:${dark}; margin:8px 0 14px; font-weight:normal }
.ct h2 { font: bold 28px ${sans}; color:#222; margin:10px 0 14px; line-height:34px }
td.second { border-left:1px solid #bbb; padding-left:30px; font: 13px ${sans}; color:#333 }
.ver { margin-top:6px } .ver p { margin:0 0 4px } .ver .h { font-weight:bold; font-size:13px }
.ver .code { font: 13px ${mono}; letter-spacing:1px; word-break:break-all }
.sigw { margin-top:80px }
.sigw .sig { font: 30px ${hand}; color:#1b2a5a; border-bottom:1px solid #555; padding-bottom:2px; margin-bottom:6px }
.sigw .who { font-weight:bold; font-size:14px }
.sigw .co { font-size:13px; margin-top:2px; line-height:17px }
</style>
<div class="bg"></div><div class="fr"></div><div class="fr2"></div>
<div class="corner c1"></div><div class="corner c2"></div>
<div class="mark"><div class="m">${initials}</div>${site}</div>
<div class="hd">${heading}<small>${subheading}</small></div>
<div class="area"><table class="t"><tr>
 <td class="first"><div class="ct">
  <p>${certify}</p>
  <h1>${name}</h1>
  <p>has successfully completed ${duration} ${online}</p>
  <h2>${title}</h2>
  <p>on ${date}</p>
 </div></td>
 <td class="second">
  <div class="ver"><p class="h">${id_label}</p><p class="code">${cert_id}</p></div>
  <div class="sigw"><div class="sig">${signer}</div>
   <div class="who">${signer}</div><div class="co">${org}</div></div>
 </td>
</tr></table></div>
"""


def _duration(credit: float) -> str:
    hours, minutes = int(credit), round((credit - int(credit)) * 60)
    parts = []
    if hours:
        parts.append(f"{hours} {'hours' if hours > 1 else 'hour'}")
    if minutes:
        parts.append(f"{minutes} minutes")
    return " ".join(parts)


def fill(d):
    from corpus.formats import MONTHS

    r = d.rng
    c = d.completed
    duration = _duration(d.credit)
    d.put("hours", float(d.credit), duration)
    if d.chance(0.7):
        date = f"{MONTHS[c.month - 1]} {c.day:02d}, {c.year}"
        d.put("completion_date", c.isoformat(), date)
    else:
        date = d.date(d.pick(["long", "dmy_long", "short_month"]))
    org = d.provider()
    words = [w for w in (d.org_alt or d.org).replace("&", "").split() if w[:1].isupper()]
    return {
        "initials": "".join(w[0] for w in words)[:3],
        "site": d.pick(["ONLINE ACADEMY", "LEARNING PORTAL", "E-LEARNING", "TRAINING ONLINE"]),
        "heading": d.pick(["Certificate", "Certificate", "Award"]),
        "subheading": d.pick(["of Completion", "of Course Completion", "of Achievement"]),
        "certify": d.pick(["This is to certify that", "This is to certify that"]),
        "name": d.name(d.pick(["plain", "plain", "plain", "honorific"])),
        "duration": duration,
        "online": d.pick(["online course of", "online course of", "of the online course"]),
        "title": d.title(d.pick(["plain", "plain", "with_code"])),
        "date": date,
        "id_label": d.pick(["Valid Certificate ID", "Valid Certificate ID", "Certificate ID"]),
        "cert_id": "".join(r.choice("0123456789abcdef") for _ in range(d.pick([10, 12, 16]))),
        "signer": d.person(),
        "org": org,
    }
