"""The barest certificate: "This certificate certifies that", the name, "has
completed", the title, and a date line; the provider is a small line at the
top. No hours are printed, so hours stay null in truth."""

SOURCE = "gregoru2/plantright:sites/all/modules/custom/quiz_certificate/quiz-certificate.tpl.php"
KIND = "course"
PAPER = ["letter-portrait", "a4-portrait", "letter-landscape"]
CATEGORIES = ("sentence", "portrait", "plain", "provider-in-logo")

TEMPLATE = """<style>
.w { position:absolute; left:0; right:0; top:22%; text-align:center; font-family:${face} }
.o { position:absolute; top:48px; left:60px; font: 12px ${sans}; color:#555 }
.t { font-size:20px; margin:14px } .n { font-size:40px; font-weight:bold; margin:10px } .q { font-size:30px; margin:14px 80px }
</style>
<div class="o">${org}</div>
<div class="w">
 <div class="t">${certifies}</div>
 <div class="n">${name}</div>
 <div class="t">${completed}</div>
 <div class="q">${title}</div>
 <div class="t" style="font-size:16px">${date}</div>
</div>
"""


def fill(d):
    return {
        "face": d.fonts[d.pick(["serif", "sans", "display"])],
        "org": d.provider(),
        "certifies": "This certificate certifies that",
        "name": d.name(d.pick(["plain", "upper"])),
        "completed": d.pick(["has completed", "has passed the final quiz of"]),
        "title": d.title(d.pick(["plain", "with_code"])),
        "date": d.date(),
    }
