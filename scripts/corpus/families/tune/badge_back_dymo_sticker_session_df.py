"""The back of a show badge with a printed label stuck on it after a
session: the badge back carries the show's logo and a ruled "Sessions
attended" box; the thermal label, in a monospaced face, names the attendee,
the session, the date, the minutes scanned and the credit."""

SOURCE = (
    "thewoozle/gamestorm:gs_client/src/components/includes/badge_template.php (DYMO 30252 "
    "address-label layout used to print attendee badge labels)"
)
KIND = "session"
PAPER = "badge"
CATEGORIES = ("landscape", "labelled", "mono", "provider-in-logo", "sticker", "time-attended")

TEMPLATE = """<style>
.b { position:absolute; inset:0; background:${light}; font-family:${sans} }
.top { display:flex; align-items:center; gap:8px; padding:10px 14px 6px }
.lg { width:34px; height:34px; border-radius:50%; background:${dark}; position:relative; flex:none }
.lg::after { content:""; position:absolute; inset:8px; border-radius:50%; border:3px solid ${accent} }
.ev { font: bold 13px ${display}; color:${dark}; line-height:15px }
.ev small { display:block; font: 9px ${sans}; color:#555; letter-spacing:1px; text-transform:uppercase }
.box { position:absolute; left:14px; right:14px; top:58px; bottom:26px; border:1px solid #999; background:
  repeating-linear-gradient(0deg, transparent 0 23px, #c8c8c8 23px 24px) }
.box .h { position:absolute; left:6px; top:3px; font: bold 9px ${sans}; letter-spacing:1px; color:#555; text-transform:uppercase; background:${light}; padding:0 3px }
.lab { position:absolute; left:34px; top:82px; width:300px; background:#fff; border-radius:6px; box-shadow:0 1px 3px rgba(0,0,0,.35);
  padding:8px 10px; font: 11px ${mono}; line-height:14px; color:#000; transform:rotate(${tilt}deg) }
.lab .nm { font-weight:bold; font-size:12px } .lab .ln { border-top:1px dashed #000; margin:4px 0 }
.lab table { border-collapse:collapse; width:100% } .lab td { padding:0; vertical-align:top } .lab td:first-child { width:64px }
.ft { position:absolute; left:14px; right:14px; bottom:8px; font-size:8px; color:#555 }
</style>
<div class="b">
 <div class="top"><div class="lg"></div><div class="ev">${event}<small>${venue}</small></div></div>
 <div class="box"><span class="h">Sessions attended</span></div>
 <div class="lab">
  <div class="nm">${name}</div>
  <div class="ln"></div>
  <table><tr><td>SESSION</td><td>${title}</td></tr>
   <tr><td>DATE</td><td>${date}</td></tr>
   <tr><td>IN/OUT</td><td>${inout} (${minutes} min)</td></tr>
   <tr><td>CREDIT</td><td>${hours}</td></tr></table>
 </div>
 <div class="ft">${fine}</div>
</div>
"""


def _clock(minutes):
    h, m = divmod(minutes, 60)
    return f"{h:02d}:{m:02d}"


def fill(d):
    start = d.pick([8 * 60 + 30, 10 * 60, 13 * 60 + 15, 14 * 60 + 45])
    minutes = round(d.credit * 60) + d.pick([0, 3, 6])
    return {
        "tilt": d.pick(["-1.5", "-0.8", "0.6", "1.2"]),
        "event": d.provider(),
        "venue": d.venue(),
        "name": d.name(d.pick(["upper", "last_first", "plain"])),
        "title": d.title("upper" if d.chance(0.5) else "plain"),
        "date": d.date(d.pick(["us_numeric", "iso", "us_short", "dd_mon_yyyy"])),
        "inout": f"{_clock(start - 2)}-{_clock(start + minutes - 2)}",
        "minutes": str(minutes),
        "hours": d.hours(d.pick(["cecs", "cec_hours", "hrs"])).upper(),
        "fine": d.pick(
            [
                "Labels are printed at the room exit scanner. Keep your badge until credit is posted.",
                "Stick each session label here. Lost badges cannot be reprinted with labels.",
            ]
        ),
    }
