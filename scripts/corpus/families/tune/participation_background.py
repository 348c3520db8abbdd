"""A full-page printed background (colour shapes round the edges) with only
three things typeset in the middle: the participant's name, the event, the
date. The issuer and the credit are part of the pre-printed artwork."""

SOURCE = "crg-kalahi/kc-training-app:resources/views/emails/cert_participation.blade.php"
KIND = "session"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = ("script-name", "landscape", "provider-in-logo", "sentence", "ornate")

TEMPLATE = """<style>
.bg { position:absolute; inset:0; background:
  radial-gradient(circle at 0 0, ${dark} 0 170px, transparent 171px),
  radial-gradient(circle at 100% 100%, ${accent} 0 200px, transparent 201px),
  radial-gradient(circle at 100% 0, ${light} 0 240px, transparent 241px), #fff }
.pre { position:absolute; top:70px; width:100%; text-align:center; font: bold 18px ${sans}; letter-spacing:3px; color:${dark} }
.big { position:absolute; top:110px; width:100%; text-align:center; font: 50px ${display}; color:#333 }
.c { position:absolute; top:270px; width:100%; text-align:center; color:#333; font-family:${sans} }
.pn { font: ${name_px}px ${script}; margin-top:6px } .en { font-size:22px; margin-top:14px; padding:0 120px } .da { font-size:18px; margin-top:10px }
.foot { position:absolute; bottom:50px; width:100%; text-align:center; font: 12px ${sans}; color:#555 }
</style>
<div class="bg"></div>
<div class="pre">${event}</div>
<div class="big">${heading}</div>
<div class="c"><div style="font-size:17px">${awarded}</div>
 <div class="pn">${name}</div><div class="en">${session_line}</div><div class="da">${date}</div></div>
<div class="foot">${foot}</div>
"""


def fill(d):
    event = d.provider()
    return {
        "event": event.upper(),
        "heading": d.pick(["Certificate of Participation", "Certificate of Attendance"]),
        "awarded": d.pick(["This certificate is awarded to", "Presented to"]),
        "name_px": d.pick([50, 58, 66]),
        "name": d.name("plain"),
        "session_line": f"for attending “{d.title('plain')}”",
        "date": d.date(d.pick(["weekday", "long", "dmy_long"])),
        "foot": f"This educational session qualifies for {d.hours(d.pick(['cec_hours', 'cecs']))} toward IICRC renewal. {d.venue()}.",
    }
