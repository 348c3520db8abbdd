"""A landscape award certificate built from text placed at fixed spots over
an ornamental background: a large centred heading, the name underlined
inside a sentence, the course underlined on the next line, a short
commendation, the issuing school's name at the lower right with a round
seal to the left, and a small "summary" line of a verification hash at the
bottom. The dates run from the first to the last day of class."""

SOURCE = "thudep/award-cert-printer:template.typ"
KIND = "course"
PAPER = ["a4-landscape", "letter-landscape"]
CATEGORIES = (
    "landscape",
    "ornate",
    "sentence",
    "script-name",
    "seal",
    "date-range",
    "tiny-footer",
)

TEMPLATE = """<style>
.bg { position:absolute; inset:0; background:
  radial-gradient(circle at 0 0, ${accent} 0 46px, transparent 47px),
  radial-gradient(circle at 100% 0, ${accent} 0 46px, transparent 47px),
  radial-gradient(circle at 0 100%, ${accent} 0 46px, transparent 47px),
  radial-gradient(circle at 100% 100%, ${accent} 0 46px, transparent 47px), ${light} }
.f1 { position:absolute; inset:26px; border:3px double ${dark} }
.f2 { position:absolute; inset:38px; border:1px dashed ${accent} }
.f3 { position:absolute; inset:46px; border:1px solid ${dark}; opacity:0.6 }
.h { position:absolute; left:0; right:0; top:13%; text-align:center; font: bold 46px ${display}; letter-spacing:4px; color:${dark} }
.l { position:absolute; left:14%; right:14%; font: 22px ${face}; color:${dark} }
.u { border-bottom:1.5px solid #333; padding:0 12px; color:#111 }
.nm { font-family:${pen}; font-size:40px; line-height:56px }
.crs { font-weight:bold }
.org { position:absolute; right:12%; top:74%; font: bold 20px ${face}; color:${dark}; text-align:right }
.seal { position:absolute; left:20%; top:65%; width:118px; height:118px; border-radius:50%; border:4px double ${accent};
  display:flex; align-items:center; justify-content:center; text-align:center; font: bold 11px ${sans}; color:${accent}; letter-spacing:1px }
.sum { position:absolute; left:14%; right:14%; bottom:64px; font: 9px ${mono}; color:#555 }
.sum b { font: bold 11px ${sans}; color:${dark}; margin-right:8px }
</style>
<div class="bg"></div><div class="f1"></div><div class="f2"></div><div class="f3"></div>
<div class="h">${heading}</div>
<div class="l" style="top:28%;text-align:center"><span class="u nm">${name}</span><br>${after_name}</div>
<div class="l" style="top:45%;text-align:center;line-height:34px">${for_text} <span class="u crs">${title}</span></div>
<div class="l" style="top:58%;text-align:center;font-size:17px">${held} ${range} &middot; ${hours}</div>
<div class="seal">${seal_html}</div>
<div class="org">${org}</div>
<div class="sum"><b>Summary</b>${hash}</div>
"""


def fill(d):
    import hashlib

    name = d.name(d.pick(["plain", "plain", "upper"]))
    digest = hashlib.sha256(f"{name}{d.completed}".encode()).hexdigest()
    return {
        "pen": d.pick(["'Dancing Script', cursive", "'Z003', cursive"]),
        "heading": d.pick(["CERTIFICATE OF AWARD", "AWARD CERTIFICATE", "CERTIFICATE"]),
        "name": name,
        "after_name": d.pick(
            [
                "has met every requirement of the course of study",
                "is recognised for successfully completing",
            ]
        ),
        "for_text": d.pick(["in", "for", "in the course"]),
        "title": d.title(d.pick(["plain", "code_first"])),
        "held": d.pick(["held", "from", "class dates"]),
        "range": d.date_range(d.pick([1, 2, 2, 3])),
        "hours": d.hours(d.pick(["hours_title", "cec_hours", "cecs", "hrs"])),
        "seal_html": d.pick(["OFFICIAL<br>SEAL", "SEAL OF<br>THE SCHOOL", "★<br>AWARDED"]),
        "org": d.provider(),
        "hash": digest[:48],
        "face": d.fonts[d.pick(["serif", "display"])],
    }
