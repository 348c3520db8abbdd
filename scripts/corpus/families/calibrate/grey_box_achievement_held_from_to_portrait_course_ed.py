"""A portrait A4 printout of a bare Blade certificate view (its landscape
page rule commented out, so it prints upright): a 1 cm white margin round a
flat light grey box with 2 cm padding, a plain centred h1 "Certificate of
Achievement", then in the content block "This is to certify that", the
name as an h2, "has successfully completed the course", the course as a
second h2, a sentence giving the two or three days it was held and where,
and the credit. Below, two signers side by side in plain type and the
school's name and address as a small centred footer; all in Arial-like
sans, no decoration."""

SOURCE = "GlassClamvis/bujangElit:resources/views/cetak/certificate.blade.php"
KIND = "course"
PAPER = "a4-portrait"
CATEGORIES = (
    "portrait",
    "plain",
    "sentence",
    "date-range",
    "address",
    "distractor-person",
)

TEMPLATE = """<style>
.bx { position:absolute; inset:38px; background:#f0f0f0; padding:76px; font-family:${face}; color:#111 }
h1 { margin:0; text-align:center; font-size:32px; font-weight:bold }
.ct { text-align:center; padding:76px 0 0 }
.ct p { font-size:16px; margin:16px 0 }
h2 { font-size:${name_px}px; margin:20px 0; font-weight:bold; line-height:1.25 }
h3 { font-size:${title_px}px; margin:14px 0; font-weight:bold; line-height:1.25 }
.sg { position:absolute; left:76px; right:76px; bottom:170px; display:flex; justify-content:space-between; font-size:14px }
.sg div { width:42%; text-align:center; border-top:1px solid #333; padding-top:6px; line-height:19px }
.ft { position:absolute; left:76px; right:76px; bottom:64px; text-align:center; font-size:12px; line-height:17px; color:#333 }
</style>
<div class="bx">
 <h1>${heading}</h1>
 <div class="ct">
  <p>This is to certify that</p>
  <h2>${name}</h2>
  <p>has successfully completed the course</p>
  <h3>${title}</h3>
  <p>${held}</p>
  <p>${hours}</p>
 </div>
 <div class="sg"><div>${signer1}<br>${role1}</div><div>${signer2}<br>${role2}</div></div>
 <div class="ft"><b>${org}</b><br>${address}</div>
</div>
"""


def fill(d):
    org = d.provider()
    name = d.name(d.pick(["plain", "plain", "upper"]))
    title = d.title(d.pick(["plain", "plain", "with_code", "code_first"]))
    span = d.date_range(d.pick([1, 2, 2]))
    where = d.pick([d.city(), d.venue(), "our training center"])
    addr, city = d.address()
    return {
        "face": d.fonts[d.pick(["sans", "sans", "serif"])],
        "heading": d.pick(
            [
                "Certificate of Achievement",
                "Certificate of Achievement",
                "Certificate of Completion",
            ]
        ),
        "name": name,
        "name_px": 28 if len(name) <= 26 else 24,
        "title": title,
        "title_px": 24 if len(title) <= 34 else 20,
        "held": d.pick(
            [f"held {span} in {where}", f"held on {span} at {where}", f"{span} \u2013 {where}"]
        ),
        "hours": d.pick(["Total CEC credit: ", "CEC hours awarded: ", "IICRC CECs awarded: "])
        + d.hours_number(),
        "signer1": d.person(),
        "role1": d.pick(["Instructor", "Lead Instructor", "IICRC Approved Instructor"]),
        "signer2": d.person(),
        "role2": d.pick(["Director", "Director of Education", "Training Manager"]),
        "org": org,
        "address": f"{addr}, {city} \u00b7 {d.phone()}",
    }
