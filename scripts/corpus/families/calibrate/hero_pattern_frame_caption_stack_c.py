"""An ornate landscape certificate inside a wide patterned border (a small
repeating tile, like a guilloche band) around a white panel with a second
inner rule. A huge upper-case heading, then a stack of larger sub-headings
each followed by its smaller value (the holder in script, the course, the
date, the credit), a seal with the issuer's name bottom left and a small
boxed certificate number bottom right."""

SOURCE = "makasso/didacticiel:resources/views/certficate/index.blade.php"
KIND = "course"
PAPER = ["a4-landscape", "letter-landscape"]
CATEGORIES = (
    "landscape",
    "ornate",
    "guilloche",
    "script-name",
    "labelled",
    "seal",
    "provider-in-logo",
    "hours-words",
)

TEMPLATE = """<style>
.pat { position:absolute; inset:14px; border:4px solid ${dark};
  background-color:${light};
  background-image:
    radial-gradient(circle at 50% 50%, transparent 5px, ${accent} 5.5px, ${accent} 6.5px, transparent 7px),
    repeating-linear-gradient(45deg, transparent 0 6px, rgba(0,0,0,0.13) 6px 7px),
    repeating-linear-gradient(-45deg, transparent 0 6px, rgba(0,0,0,0.13) 6px 7px);
  background-size:16px 16px, auto, auto }
.cn { position:absolute; inset:50px; border:4px solid ${dark}; background:#fff }
.in { position:absolute; inset:14px; border:2px solid ${dark}; text-align:center; padding:30px 60px 0; font-family:${serif}; color:#1d1d1d }
h1 { font: 52px ${display}; text-transform:uppercase; margin:0 0 4px; letter-spacing:1px; color:${dark}; line-height:60px }
h3 { font-size:25px; font-weight:bold; margin:18px 0 2px }
.v { font-size:21px; line-height:26px }
.nm { font-family:${script}; font-size:40px; line-height:50px; color:${dark} }
.seal { position:absolute; left:34px; bottom:26px; width:150px; height:150px; border-radius:50%;
  background:repeating-conic-gradient(${accent} 0 5deg, #d9b65c 5deg 10deg); display:flex; align-items:center; justify-content:center }
.seal div { width:124px; height:124px; border-radius:50%; background:#f4e2a8; border:2px solid ${accent}; display:flex; align-items:center;
  justify-content:center; text-align:center; font: bold 11px ${sans}; line-height:13px; text-transform:uppercase; padding:10px; color:#3b2a05 }
.id { position:absolute; right:34px; bottom:30px; width:170px; border:1.5px solid ${dark}; padding:8px 6px; text-align:center; font-family:${serif} }
.id h4 { font-size:17px; margin:0 0 6px } .id small { font-size:14px; letter-spacing:0.5px }
</style>
<div class="pat"></div>
<div class="cn"><div class="in">
 <h1>${heading}</h1>
 <h3>${to_label}</h3>
 <div class="v nm">${name}</div>
 <h3>${course_label}</h3>
 <div class="v">${title}</div>
 <h3>${date_label}</h3>
 <div class="v">${date}</div>
 <h3>${credit_label}</h3>
 <div class="v">${hours}</div>
 <div class="seal"><div>${org}</div></div>
 <div class="id"><h4>${id_label}</h4><small>${cert_id}</small></div>
</div></div>
"""


def fill(d):
    return {
        "heading": d.pick(
            ["Certificate of Completion", "Certificate of Achievement", "Certificate of Success"]
        ),
        "to_label": d.pick(
            [
                "This certificate is proudly presented to",
                "This certificate is awarded to",
                "Presented to",
            ]
        ),
        "name": d.name(d.pick(["plain", "plain", "honorific"])),
        "course_label": d.pick(
            ["After completing the course:", "For completing the course:", "Upon completion of:"]
        ),
        "title": d.title(d.pick(["plain", "with_code"])),
        "date_label": d.pick(["On", "Date", "Completed on"]),
        "date": d.date(d.pick(["us_dash", "dmy_long", "long", "ordinal", "weekday"])),
        "credit_label": d.pick(
            [
                "Continuing education credit:",
                "Credit awarded:",
                "IICRC continuing education credits:",
            ]
        ),
        "hours": d.hours(
            d.pick(["words", "words_cec", "words", "cec_hours"]) if d.credit >= 1 else "cec_hours"
        ),
        "org": d.provider(),
        "id_label": d.pick(["Certificate No.", "Registration No.", "Matricule"]),
        "cert_id": d.number(),
    }
