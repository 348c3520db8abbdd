"""A bordered page with a coloured band across the middle-top holding the
certificate heading and the course name in white, then italic lines below:
"hereby is granted to", the name in bold italics, "for successful completion
of", the programme, and the date."""

SOURCE = "PriyaDadhaniya/DRUPAL-6:ImgtoHtml/index.php"
KIND = "course"
PAPER = ["a4-landscape", "letter-landscape"]
CATEGORIES = ("dark-band", "sentence", "landscape", "ornate")

TEMPLATE = """<style>
.border { position:absolute; inset:14px; border:12px ridge ${accent} }
.band { position:absolute; left:0; right:0; top:150px; height:130px; background:${dark}; color:#fff; text-align:center; padding-top:18px }
.band h2 { margin:4px 0; font: bold 30px ${sans}; letter-spacing:1px }
.ic { position:absolute; left:0; right:0; top:310px; text-align:center; font-family:${serif} }
h3 { font-style:italic; color:darkblue; font-weight:normal; font-size:21px; margin:10px 0 }
h1 { font-style:italic; color:midnightblue; font-size:40px; margin:12px 0 }
.org { position:absolute; top:60px; left:0; right:0; text-align:center; font: 22px ${display}; color:${dark} }
.foot { position:absolute; bottom:50px; left:80px; right:80px; display:flex; justify-content:space-between; font: 13px ${sans} }
</style>
<div class="border"></div>
<div class="org">${org}</div>
<div class="band"><h2>${heading}</h2><h2 style="font-weight:normal;font-size:26px">${title}</h2></div>
<div class="ic"><h3>${granted}</h3><h1>${name}</h1><h3>for successful completion of ${hours}</h3><h3>on ${date}</h3></div>
<div class="foot"><span>${signer}<br>${role}</span><span>Serial: ${number}</span></div>
"""


def fill(d):
    return {
        "org": d.provider(),
        "heading": d.pick(["CERTIFICATE OF COMPLETION", "TRAINING CERTIFICATE"]),
        "title": d.title(d.pick(["plain", "upper", "with_code"])),
        "granted": d.pick(
            [
                "This Certificate of completion hereby is granted to",
                "This certificate is granted to",
            ]
        ),
        "name": d.name(),
        "hours": d.hours(d.pick(["words", "cec_hours", "hours_title"])) + " of training",
        "date": d.date(d.pick(["long", "dmy_long", "ordinal"])),
        "signer": d.person(),
        "role": d.role(),
        "number": d.number(),
    }
