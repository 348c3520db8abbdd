"""A plain landscape certificate from a small online-course site: a thin black
frame, an underlined title at the top, then one very large sentence that
carries everything (the name, the hours, the course and the date run on in
the same line of type), and the provider's word mark at the foot. A small
certificate number and a check address sit in the bottom corners."""

SOURCE = "HashimAbbasJaffery/leartunity:leartunity/resources/views/certification.blade.php"
KIND = "course"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "landscape",
    "sentence",
    "hours-in-sentence",
    "provider-in-logo",
    "plain",
    "tiny-footer",
)

TEMPLATE = """<style>
.fr { position:absolute; inset:18px; border:1px solid #000 }
.c { position:absolute; left:60px; right:60px; top:50%; transform:translateY(-54%); text-align:center; font-family:${face}; color:#111 }
h1 { font-size:40px; font-weight:bold; border-bottom:1px solid #000; padding-bottom:10px; margin:0 0 18px }
.s { font-size:${big}px; line-height:1.25 }
.lg { margin-top:26px; font: bold 32px ${logo_face}; color:${dark} } .lg span { color:${accent} }
.ft { position:absolute; left:34px; right:34px; bottom:28px; display:flex; justify-content:space-between; font: 10px ${face}; color:#444 }
</style>
<div class="fr"></div>
<div class="c">
 <h1>${heading}</h1>
 <p class="s">This is to certify that <strong>${name}</strong> ${verb} ${hours} hours of <strong>${title}</strong> ${mode} on ${date}</p>
 <div class="lg">${org}<span>.</span></div>
</div>
<div class="ft"><span>${id_label} ${cert_no}</span><span>${check}</span></div>
"""


def fill(d):
    return {
        "face": d.fonts["sans"],
        "logo_face": d.fonts[d.pick(["display", "sans"])],
        "big": d.pick(["34", "38", "42"]),
        "heading": d.pick(["Certificate Of Completion", "Certificate of Completion"]),
        "name": d.name(d.pick(["plain", "plain", "upper"])),
        "verb": d.pick(["successfully completed", "has completed"]),
        "hours": d.hours_number(),
        "title": d.title("plain"),
        "mode": d.pick(["online course", "self-paced course", "live online course"]),
        "date": d.date(d.pick(["long", "ordinal", "us_numeric", "dmy_long"])),
        "org": d.provider(),
        "id_label": d.pick(["Certificate ID:", "Cert. no."]),
        "cert_no": d.number(),
        "check": f"Verify at {d.web()}/verify",
    }
