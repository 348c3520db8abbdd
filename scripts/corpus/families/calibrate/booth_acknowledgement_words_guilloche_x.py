"""A half sheet handed out at the certification body's booth on a trade-show
floor: a wide woven border of interlaced rings, a script heading, then one
centred running sentence that the holder registered at the booth at the show
on a date written out in words, and the credit it carries; a round mark in
the middle of the foot between the booth attendant's signature and the
show's name."""

SOURCE = (
    "NikkoOrbasido/certificates:11/pdf.blade.php (script heading, mark between signature and "
    "date) and trade-show wording for IICRC booth registration (two CECs for registering at "
    "the booth)"
)
KIND = "booth"
PAPER = ["half-letter"]
CATEGORIES = (
    "ornate",
    "date-words",
    "sentence",
    "landscape",
    "distractor-person",
    "hours-in-sentence",
)

TEMPLATE = """<style>
.gb { position:absolute; inset:0;
  background: repeating-radial-gradient(circle at 0 0, transparent 0 9px, ${accent} 9px 10px),
              repeating-radial-gradient(circle at 100% 100%, transparent 0 9px, ${dark} 9px 10px), ${light} }
.in { position:absolute; inset:30px; background:#fff; border:2px solid ${dark}; outline:1px solid ${accent}; outline-offset:-7px }
.c { position:absolute; left:50px; right:50px; top:34px; text-align:center; font-family:${serif}; color:#222 }
.h { font:64px ${flow}; color:${dark}; line-height:76px }
.s { font:14px ${sans}; letter-spacing:3px; text-transform:uppercase; color:${accent}; margin-bottom:22px }
.t { font-size:19px; line-height:33px } .t b { font-size:23px }
.ft { position:absolute; left:60px; right:60px; bottom:22px; display:flex; justify-content:space-between; align-items:flex-end; font:12px ${sans} }
.ft .b { width:220px; text-align:center } .ft .ln { border-bottom:1px solid #000; padding-bottom:2px }
.sig { font:24px ${flow}; line-height:28px }
.mk { width:70px; height:70px; border-radius:50%; border:3px double ${accent}; color:${accent}; font:bold 10px ${sans}; display:flex; align-items:center; justify-content:center; text-align:center; line-height:12px }
</style>
<div class="gb"></div>
<div class="in">
 <div class="c">
  <div class="h">${heading}</div>
  <div class="s">${sub}</div>
  <div class="t">${lead} <b>${name}</b> ${verb} ${title_phrase} ${at} ${venue} ${on} ${date}, ${credit_phrase}</div>
 </div>
 <div class="ft">
  <div class="b"><div class="ln sig">${staff}</div>${staff_role}</div>
  <div class="mk">${mark_html}</div>
  <div class="b"><div class="ln">${event}</div>Show</div>
 </div>
</div>
"""


def fill(d):
    event = d.provider()
    verb, phrase = d.pick(
        [
            ("registered at", "the IICRC booth"),
            ("completed", "IICRC Booth Registration"),
            ("visited", "the IICRC Booth"),
        ]
    )
    booth = d.set_title(phrase, ["IICRC Booth Registration"])
    hours = d.hours(d.pick(["words_cec", "cec_hours", "cecs"]))
    return {
        "flow": d.pick(["'Z003', cursive", "'Dancing Script', cursive"]),
        "heading": d.pick(["Acknowledgement", "Certificate of Attendance", "Booth Credit"]),
        "sub": d.pick(["Continuing Education Credit", "Trade Show Booth Visit"]),
        "lead": d.pick(["This acknowledges that", "Be it known that"]),
        "name": d.name(d.pick(["plain", "plain", "upper"])),
        "verb": verb,
        "title_phrase": booth,
        "at": "at " + event + ",",
        "venue": d.venue() + ",",
        "on": "on",
        "date": d.date("words"),
        "credit_phrase": d.pick(["and is credited with", "earning"]) + f" {hours}.",
        "staff": d.person(),
        "staff_role": d.pick(["Booth Attendant", "IICRC Representative", "Booth Staff"]),
        "mark_html": d.pick(["BOOTH<br>VERIFIED", "CEC<br>CREDIT", "ON SITE"]),
        "event": event,
    }
