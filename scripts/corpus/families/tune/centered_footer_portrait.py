"""Portrait page, everything centred: a bold "This is to certify that", the
name, "has successfully completed N hours online course of", the course,
"on DATE", then a footer table with the verification ID on the left and the
authorised signatory's name on the right."""

SOURCE = "halay08/elite-wp:wp-content/mu-plugins/tutor-pro/addons/tutor-certificate/templates/template_4/certificate.php"
KIND = "course"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = ("portrait", "sentence", "distractor-person", "hours-in-sentence", "watermark")

TEMPLATE = """<style>
.wm { position:absolute; inset:0; background:
  radial-gradient(circle at 50% 40%, transparent 0 230px, ${light} 231px 250px, transparent 251px),
  linear-gradient(${dark}, ${dark}) top/100% 14px no-repeat, linear-gradient(${dark}, ${dark}) bottom/100% 14px no-repeat }
.c { position:absolute; left:70px; right:70px; top:240px; text-align:center; font-family:${sans} }
h1 { font: 44px ${display}; margin:18px 0 } h2 { font-size:26px; color:${accent}; margin:16px 0 } p { font-size:17px }
.ft { position:absolute; left:70px; right:70px; bottom:90px; font: 13px ${sans} } .ft td { padding:2px 0 }
.sig { font: 28px ${hand} }
</style>
<div class="wm"></div>
<div class="c">
 <p><strong>This is to certify that</strong></p>
 <h1>${name}</h1>
 <p>has successfully completed ${duration} online course of</p>
 <h2>${title}</h2>
 <p>on ${date}</p>
</div>
<table class="ft" style="width:calc(100% - 140px)">
 <tr><td></td><td style="text-align:right"><span class="sig">${signer}</span></td></tr>
 <tr><td><strong>Valid Certificate ID</strong></td><td style="text-align:right"><strong>${signer}</strong></td></tr>
 <tr><td>${hash}</td><td style="text-align:right">${company}</td></tr>
</table>
"""


def fill(d):
    h = d.credit
    text = f"{h:g} hour" + ("s" if h != 1 else "")
    d.put("hours", float(h), text)
    return {
        "name": d.name(d.pick(["plain", "upper"])),
        "duration": text,
        "title": d.title(),
        "date": d.date(d.pick(["long", "short_month", "iso"])),
        "signer": d.person(),
        "hash": "".join(d.pick("0123456789ABCDEF") for _ in range(10)),
        "company": d.provider(),
    }
