"""A small certificate from a PHP certificate builder's default template,
printed on a half sheet: an ornamental strip across the top edge and
another across the bottom (the template's border images), a title, "This
is to certify that", the holder's name large in a script face, a line
saying the course requirements were completed, the course name in bold
caps, the completion day written out in words on its own line, "At:" and
the place, and "Signed," over a signature in a hand face with the signer's
name and title below. A tiny certificate number sits in the lower corner."""

SOURCE = "azuya/CertificateBuilder:templates/default/default.tpl"
KIND = "course"
PAPER = "half-letter"
CATEGORIES = (
    "ornate",
    "script-name",
    "sentence",
    "landscape",
    "distractor-person",
    "tiny-footer",
)

TEMPLATE = """<style>
.bt, .bb { position:absolute; left:0; right:0; height:30px; background:
  radial-gradient(circle at 15px 15px, ${col} 0 5px, transparent 6px) 0 0/30px 30px,
  linear-gradient(${col2}, ${col2}) 0 13px/100% 4px no-repeat }
.bt { top:10px } .bb { bottom:10px }
.bt2, .bb2 { position:absolute; left:20px; right:20px; height:2px; background:${col} }
.bt2 { top:46px } .bb2 { bottom:46px }
.c { position:absolute; left:40px; right:40px; top:58px; text-align:center; font-family:${face}; color:#222 }
.t { font: bold 26px ${display}; color:${col}; letter-spacing:1px }
.p { font-size:13.5px; margin-top:4px }
.nm { font: ${name_size}px ${script}; color:#111; line-height:50px; margin-top:8px }
.cr { font: bold 16px ${face}; letter-spacing:1px; margin-top:4px; text-transform:none }
.dt { font-size:13.5px; margin-top:8px }
.sg { position:absolute; right:60px; bottom:60px; text-align:center; font: 11.5px ${face}; color:#333 }
.sg .h { font: 26px ${hand}; color:#1b2a6b; line-height:28px }
.sg .s { text-align:left; font-size:12px; margin-bottom:6px }
.no { position:absolute; left:40px; bottom:58px; font: 9px ${mono}; color:#777 }
</style>
<div class="bt"></div><div class="bt2"></div>
<div class="c">
 <div class="t">${heading}</div>
 <div class="p">This is to certify that</div>
 <div class="nm">${name}</div>
 <div class="p">${req}</div>
 <div class="cr">${title}</div>
 <div class="dt">On ${date}</div>
 <div class="dt">At: ${location}.</div>
 <div class="p">${hours_line}</div>
</div>
<div class="sg"><div class="s">Signed,</div><div class="h">${signer}</div>${signer}, ${role}</div>
<div class="no">${number}</div>
<div class="bb2"></div><div class="bb"></div>
"""


def fill(d):
    name = d.name(d.pick(["plain", "plain", "honorific"]))
    title = d.title(d.pick(["plain", "upper", "with_code"]))
    hours = d.hours(d.pick(["words", "words_cec", "hours_title"]))
    return {
        "face": d.fonts["serif"],
        "display": d.fonts["display"],
        "script": d.fonts["script"],
        "hand": d.fonts["hand"],
        "col": d.pick(["#8b6914", "#1f3a5f", "#5b2333", "#2d6a4f"]),
        "col2": d.pick(["#d8c48a", "#c9d6e3", "#e2c7cc"]),
        "name_size": 40 if len(name) <= 22 else 32,
        "heading": d.pick(["Certificate of Completion", "Certificate of Training"]),
        "name": name,
        "req": d.pick(
            [
                "has successfully completed the course requirements for",
                "has fulfilled all requirements of the course",
            ]
        ),
        "title": title,
        "date": d.date("words"),
        "location": d.pick([f"{d.provider()}, {d.city()}", d.provider()]),
        "hours_line": f"{d.pick(['Awarding', 'Carrying', 'Credit:'])} {hours}",
        "signer": d.person(),
        "role": d.pick(["Instructor", "Director of Training", "Lead Instructor"]),
        "number": d.pick([f"No. {d.number()}", f"Cert #{d.number()}"]),
    }
