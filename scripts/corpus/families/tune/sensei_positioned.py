"""A certificate whose text sits at fixed points on a printed background, as a
PDF plugin places each field: a heading, "This is to certify that", the
learner's name in a script face, "has completed the course", the course, then
"on" the date and "at" the place on their own lines. The background carries
a wide guilloche-like border and a corner badge; no credit is printed."""

SOURCE = (
    "woocommerce/sensei-certificates:"
    "classes/tools/class-sensei-certificates-tool-create-default-example-template.php"
)
KIND = "course"
PAPER = ["a4-landscape", "letter-landscape"]
CATEGORIES = ("sentence", "script-name", "ornate", "landscape", "no-hours")

TEMPLATE = """<style>
.bg { position:absolute; inset:0; background:
  repeating-linear-gradient(45deg, ${light} 0 6px, #fff 6px 12px) }
.inner { position:absolute; inset:44px; background:#fff; border:3px solid ${accent}; box-shadow: inset 0 0 0 6px #fff, inset 0 0 0 7px ${accent} }
.badge { position:absolute; right:78px; top:74px; width:96px; height:96px; border-radius:50%;
  background:radial-gradient(circle, ${accent} 55%, ${dark} 56%, ${dark} 62%, ${accent} 63%); }
.f { position:absolute; left:0; right:0; text-align:center; color:#222 }
.h { top:110px; font: 44px ${display}; letter-spacing:3px; text-transform:uppercase; color:${dark} }
.m1 { top:210px; font: italic 20px ${serif} }
.nm { top:246px; font: 58px ${script}; color:${dark}; line-height:80px }
.m2 { top:344px; font: italic 20px ${serif} }
.cs { top:380px; font: bold 28px ${serif}; padding:0 120px }
.on { top:468px; font: 18px ${serif} }
.at { top:500px; font: 18px ${serif} }
.sitename { position:absolute; left:100px; bottom:84px; font: 12px ${sans}; color:#555 }
</style>
<div class="bg"></div><div class="inner"></div><div class="badge"></div>
<div class="f h">${heading}</div>
<div class="f m1">This is to certify that</div>
<div class="f nm">${name}</div>
<div class="f m2">has completed the course</div>
<div class="f cs">${title}</div>
<div class="f on">on ${date}</div>
<div class="f at">at ${place}</div>
<div class="sitename">${org} · ${web}</div>
"""


def fill(d):
    return {
        "heading": d.pick(["Certificate of Completion", "Certificate"]),
        "name": d.name("plain"),
        "title": d.title(d.pick(["plain", "plain", "with_code"])),
        "date": d.date(d.pick(["ordinal", "long", "dmy_long", "weekday"])),
        "place": d.pick([d.venue(), d.city(), "the online campus"]),
        "org": d.provider(),
        "web": d.web(),
    }
