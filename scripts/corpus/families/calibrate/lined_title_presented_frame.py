"""A landscape certificate from a WordPress course plugin's classic set: a
printed frame of coloured corner wedges and a double rule, a very large
letter-spaced one-word title with short rules either side and a second word
under it, a small upper-case "presented to" line, the name in script, a
centred paragraph naming the course, the provider and the hours, and two
footer blocks where a value sits on a rule over an upper-case caption: the
date on the left, a signature on the right."""

SOURCE = "mahbub500/run-manager:certificate/views/certificate/Templates/classic/template-3.php"
KIND = "course"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "landscape",
    "ornate",
    "script-name",
    "sentence",
    "distractor-person",
    "handwriting",
    "hours-in-sentence",
)

TEMPLATE = """<style>
.bg { position:absolute; inset:0; background:${light} }
.wd { position:absolute; width:0; height:0; border-style:solid }
.tl { left:0; top:0; border-width:150px 150px 0 0; border-color:${dark} transparent transparent transparent }
.tl2 { left:0; top:0; border-width:190px 60px 0 0; border-color:${accent} transparent transparent transparent; opacity:0.85 }
.br { right:0; bottom:0; border-width:0 0 150px 150px; border-color:transparent transparent ${dark} transparent }
.br2 { right:0; bottom:0; border-width:0 0 190px 60px; border-color:transparent transparent ${accent} transparent; opacity:0.85 }
.f1 { position:absolute; inset:26px; border:2px solid ${accent} } .f2 { position:absolute; inset:33px; border:1px solid ${accent} }
.c { position:absolute; left:120px; right:120px; top:96px; bottom:120px; text-align:center; color:#2b2b2b; font-family:${sans} }
.t { font: bold 74px ${display}; letter-spacing:12px; color:${dark}; line-height:80px }
.sub { display:flex; align-items:center; justify-content:center; gap:18px; font: 20px ${sans}; letter-spacing:7px; color:${accent}; margin-top:4px }
.sub i { width:110px; height:2px; background:${accent} }
.pr { font-size:15px; letter-spacing:3px; margin-top:44px; text-transform:uppercase }
.nm { font: 62px ${script}; color:${dark}; margin-top:12px; line-height:80px }
.p { font-size:18px; line-height:28px; margin:20px auto 0; max-width:700px }
.ft { position:absolute; left:60px; right:60px; bottom:20px; display:flex; justify-content:space-between }
.ft div { width:230px; text-align:center } .ft .v { height:36px; display:flex; align-items:flex-end; justify-content:center; border-bottom:1.5px solid #333; font-size:15px }
.ft .sg { font: 27px ${hand}; color:#20305f } .ft p { font-size:12px; letter-spacing:2px; margin-top:5px; text-transform:uppercase }
.ft small { display:block; font-size:11px; color:#555; letter-spacing:0; text-transform:none }
</style>
<div class="bg"></div><div class="wd tl2"></div><div class="wd tl"></div><div class="wd br2"></div><div class="wd br"></div>
<div class="f1"></div><div class="f2"></div>
<div class="c">
 <div class="t">CERTIFICATE</div>
 <div class="sub"><i></i>${sub}<i></i></div>
 <div class="pr">${presented}</div>
 <div class="nm">${name}</div>
 <div class="p">${lead} <b>${title}</b>, ${offered} ${org}, ${earning} ${hours}.</div>
 <div class="ft">
  <div><div class="v">${date}</div><p>${date_cap}</p></div>
  <div><div class="v sg">${signer}</div><p>${sign_cap}<small>${signer}, ${role}</small></p></div>
 </div>
</div>
"""


def fill(d):
    return {
        "sub": d.pick(["OF COMPLETION", "OF ACHIEVEMENT", "OF TRAINING"]),
        "presented": d.pick(["This certificate is proudly presented to", "Proudly presented to"]),
        "name": d.name("plain"),
        "lead": d.pick(["for successfully completing", "in recognition of completing the course"]),
        "title": d.title(d.pick(["plain", "with_code"])),
        "offered": d.pick(["offered by", "presented by", "a program of"]),
        "org": d.provider(),
        "earning": d.pick(["earning", "for a total of", "and is awarded"]),
        "hours": d.hours(d.pick(["cec_hours", "words_cec", "hours_title", "contact_and_cec"])),
        "date": d.date(d.pick(["long", "us_numeric", "dmy_long", "short_month"])),
        "date_cap": "DATE",
        "signer": d.person(),
        "sign_cap": "SIGNATURE",
        "role": d.role(),
    }
