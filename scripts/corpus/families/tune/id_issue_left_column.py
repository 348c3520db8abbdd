"""A printed background with fields set over it: on the left "ID No:" and
"Date of Issue:" stacked with bold values, in the middle "Presented to" and
the name, then one sentence: has completed the X course held on START to
END at the provider; a square code bottom-left."""

SOURCE = "mehedihassan1603/creative-it:certificate_display.php"
KIND = "course"
PAPER = ["a4-landscape", "letter-landscape"]
CATEGORIES = ("labelled", "sentence", "date-range", "landscape", "distractor-date", "qr")

TEMPLATE = """<style>
.bg { position:absolute; inset:0; border-left:120px solid ${dark}; background:linear-gradient(180deg, #fff 0 70%, ${light} 70%) }
.hd { position:absolute; left:170px; top:60px; font: bold 46px ${display}; color:${dark}; letter-spacing:2px }
.id { position:absolute; left:170px; top:230px; font: 16px ${sans}; line-height:24px }
.id b { font-size:17px }
.pr { position:absolute; left:430px; top:210px; right:60px; font: 22px ${sans} } .pr span { font-size:30px; font-weight:bold }
.tx { position:absolute; left:430px; right:70px; top:320px; font: 17px ${sans}; line-height:27px }
.qr { position:absolute; left:170px; bottom:70px; width:90px; height:90px; border:5px solid #000;
  background:repeating-conic-gradient(#000 0 25%, #fff 0 50%) 0 0/18px 18px }
</style>
<div class="bg"></div>
<div class="hd">${heading}</div>
<div class="id">ID No:<br><b>${number}</b><br><br>Date of Issue:<br><b>${issued}</b></div>
<div class="pr">Presented to<br><span>${name}</span></div>
<div class="tx">${sentence}</div>
<div class="qr"></div>
"""


def fill(d):
    title = d.title(d.pick(["plain", "with_code"]))
    hours = d.hours(d.pick(["cec_hours", "hours_title", "contact_and_cec"]))
    rng_text = d.date_range(d.pick([1, 2, 3]))
    org = d.provider()
    start, _, end = rng_text.partition(" to ")
    held = f"held on {rng_text}" if not end else f"held on {start} to {end}"
    return {
        "heading": d.pick(["CERTIFICATE", "CERTIFICATE OF TRAINING"]),
        "number": d.number(),
        "issued": d.other_date("issue", d.pick(["dmy_long", "long", "us_numeric"])),
        "name": d.name("plain"),
        "sentence": f"has successfully completed the {title} course ({hours}) {held} at {org}.",
    }
