"""An upright pocket card printed in advance for the certification body's
booth: "CEC Booth Visit" heading, blanks for the name, certification number
and date that the booth staff filled in by hand, a pre-printed credit line
with a ticked box, and the show's round rubber stamp at the foot."""

SOURCE = (
    "wording: pre-printed booth-visit cards that trade-show booth staff fill in by hand and "
    "stamp with the show's stamp (name, cert number, date, credit box)"
)
KIND = "booth"
PAPER = "card-portrait"
CATEGORIES = (
    "wallet",
    "portrait",
    "script-name",
    "handwriting",
    "labelled",
    "provider-in-logo",
    "seal",
)

TEMPLATE = """<style>
.c { position:absolute; inset:0; border:1px solid #888; border-radius:8px; background:${light}; font-family:${sans}; padding:10px 10px 0 }
.top { font: bold 8px ${sans}; letter-spacing:1.5px; color:${accent}; text-transform:uppercase; text-align:center }
h2 { margin:2px 0 0; text-align:center; font: bold 15px ${display}; color:${dark}; line-height:17px }
.f { margin-top:9px; font-size:7px; color:#555; text-transform:uppercase; letter-spacing:.5px }
.f .h { display:block; border-bottom:1px solid #777; font: ${name_px}px ${script}; color:#1d2b6b; text-transform:none; letter-spacing:0; line-height:20px; white-space:nowrap }
.f .s { font-size:15px; font-family:${hand} }
.cr { margin-top:9px; font-size:9px; color:#111; line-height:12px } .cr b { font-size:10px }
.stamp { position:absolute; left:50%; bottom:14px; width:104px; height:104px; margin-left:-52px; border:3px double ${stamp}; border-radius:50%;
  color:${stamp}; display:flex; flex-direction:column; align-items:center; justify-content:center; text-align:center }
.stamp b { font: bold 8.5px ${cond}; line-height:10px; padding:0 12px } .stamp small { font: 7px ${sans}; letter-spacing:1px; margin-top:3px }
</style>
<div class="c">
 <div class="top">${top}</div>
 <h2>${title}</h2>
 <div class="f">Name<span class="h">${name}</span></div>
 <div class="f">Certification no.<span class="h s">${cert}</span></div>
 <div class="f">Date<span class="h s">${date}</span></div>
 <div class="cr">&#9745; <b>${hours}</b> ${cr_tail}</div>
 <div class="stamp"><b>${event}</b><small>${stamp_word}</small></div>
</div>
"""


def fill(d):
    name = d.name("plain")
    return {
        "stamp": d.pick(["#7a1f3d", "#1e3f8a", "#8b1a1a"]),
        "top": d.pick(["Continuing education", "Booth credit card", "CEC credit"]),
        "title": d.title(),
        "name_px": 20 if len(name) <= 18 else 15,
        "name": name,
        "cert": d.number(),
        "date": d.date(d.pick(["us_short", "us_numeric"])),
        "hours": d.hours(d.pick(["cec_hours", "hours_title", "cecs_colon"])),
        "cr_tail": d.pick(["for visiting the booth", "booth registration credit"]),
        "event": d.provider("upper"),
        "stamp_word": d.pick(["OFFICIAL", "EXHIBIT HALL", "VERIFIED"]),
    }
