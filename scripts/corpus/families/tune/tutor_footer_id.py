"""Heading, "This is to certify that", the name large, the course, then a
footer table: place and date beside the signature, "Valid Certificate ID"
beside the signer's name, the ID beside the company name."""

SOURCE = "coders-school/site:edu/certificates/templates/template_11/certificate.php"
KIND = "course"
PAPER = ["a4-landscape", "letter-landscape"]
CATEGORIES = ("sentence", "distractor-person", "landscape", "labelled", "watermark")

TEMPLATE = """<style>
.wm { position:absolute; inset:0; background: radial-gradient(circle at 85% 20%, ${light} 0 180px, transparent 181px),
  linear-gradient(160deg, #fff 60%, ${light} 60%) }
.ct { position:absolute; left:90px; right:90px; top:110px; font-family:${sans} }
h3 { font-size:22px; text-transform:uppercase; letter-spacing:3px; color:${accent}; margin:0 }
h1 { font-size:52px; margin:16px 0; font-family:${display} } h2 { font-size:26px; margin:8px 0 }
.ft { position:absolute; left:90px; right:90px; bottom:70px; font: 14px ${sans} }
.ft td { padding:3px 0 } .lc { text-align:right }
.sig { font-family:${hand}; font-size:30px }
</style>
<div class="wm"></div>
<div class="ct">
 <h3>${heading}</h3>
 <p style="font-size:17px;margin-top:26px">This is to certify that</p>
 <h1>${name}</h1>
 <p style="font-size:17px">${statement}</p>
 <h2>${title}</h2>
 <p style="font-size:15px;margin-top:10px">${hours}</p>
</div>
<table class="ft" style="width:calc(100% - 180px)">
 <tr><td>${place}, ${date}</td><td class="lc"><span class="sig">${signer}</span></td></tr>
 <tr><td><b>Valid Certificate ID</b></td><td class="lc"><b>${signer}</b></td></tr>
 <tr><td>${number}</td><td class="lc">${company}</td></tr>
</table>
"""


def fill(d):
    return {
        "heading": d.pick(["Certificate of completion", "Certificate of attendance"]),
        "name": d.name(),
        "statement": d.pick(["has successfully completed the course", "completed the training"]),
        "title": d.title(),
        "hours": d.pick(["Duration: ", "Continuing education: ", ""])
        + d.hours(d.pick(["hours_title", "cec_hours", "hrs"])),
        "place": d.city().split(",")[0],
        "date": d.date(d.pick(["ordinal_dmy", "dmy_long", "long"])),
        "signer": d.person(),
        "number": d.number(),
        "company": d.provider(),
    }
