"""A pre-printed session ticket handed out at the door of a trade-show
education session: a dark band with the show's name in white, a labelled
block with the attendee, session, day and credit, the speaker and room, and
a perforated stub on the right that the door monitor tears off and keeps."""

SOURCE = (
    "https://www.randrmagonline.com/articles/85420-iicrc-continuing-education (session credit at "
    "conventions) and https://csweorg-dev.azurewebsites.net/Events-Meetings/APM-Archives/2014-APM/"
    "CEs/Attendance-Tracking (session attendance proof)"
)
KIND = "session"
PAPER = "slip"
CATEGORIES = ("slip", "landscape", "labelled", "dark-band", "distractor-person")

TEMPLATE = """<style>
.t { position:absolute; inset:14px; border:1.5px solid #333; display:flex; font-family:${sans} }
.main { flex:1; display:flex; flex-direction:column }
.band { background:${dark}; color:#fff; padding:10px 16px }
.band .ev { font: bold 19px ${display} } .band .sb { font-size:11px; letter-spacing:2px; margin-top:2px }
.body { padding:14px 16px; font-size:14px; flex:1 }
.body table { border-collapse:collapse; width:100% } .body td { padding:6px 0; vertical-align:top }
.body td.l { width:112px; color:#555; font-size:11px; text-transform:uppercase; padding-top:6px }
.body td.v { font-weight:bold; border-bottom:1px solid #bbb }
.ft { font-size:9.5px; color:#444; padding:0 16px 10px }
.stub { width:150px; border-left:2px dashed #555; padding:12px 12px; font-size:11px; text-align:center; display:flex; flex-direction:column; justify-content:space-between }
.stub .code { font: bold 20px ${mono}; margin:6px 0 } .stub .sig { border-top:1px solid #333; padding-top:3px; font-size:9.5px }
</style>
<div class="t">
 <div class="main">
  <div class="band"><div class="ev">${event}</div><div class="sb">${band_sub}</div></div>
  <div class="body"><table>
   <tr><td class="l">${who_label}</td><td class="v">${name}</td></tr>
   <tr><td class="l">Session</td><td class="v">${title}</td></tr>
   <tr><td class="l">${when_label}</td><td class="v">${date} &nbsp; ${time}</td></tr>
   <tr><td class="l">Room</td><td class="v">${room}</td></tr>
   <tr><td class="l">Speaker</td><td class="v">${speaker}</td></tr>
   <tr><td class="l">${credit_label}</td><td class="v">${hours}</td></tr>
  </table></div>
  <div class="ft">${foot}</div>
 </div>
 <div class="stub">
  <div>${stub_head}<div class="code">${code}</div>${stub_note}</div>
  <div class="sig">${monitor}<br>${monitor_role}</div>
 </div>
</div>
"""


def fill(d):
    return {
        "event": d.provider(d.pick([None, "upper"])),
        "band_sub": d.pick(
            ["SESSION ATTENDANCE TICKET", "EDUCATION SESSION VERIFICATION", "CE SESSION PASS"]
        ),
        "who_label": d.pick(["Attendee", "Participant", "Name"]),
        "name": d.name(d.pick(["plain", "upper", "last_first"])),
        "title": d.title("plain"),
        "when_label": d.pick(["Date / Time", "Day", "Held"]),
        "date": d.date(d.pick(["weekday", "short_month", "us_numeric", "long"])),
        "time": d.pick(["8:30 AM", "10:15 AM", "1:00 PM", "3:45 PM"]),
        "room": d.pick(["Hall B, Room 204", "Ballroom C", "Room 113", "Meeting Room 6A"]),
        "speaker": d.person(),
        "credit_label": d.pick(["CE Credit", "Credit", "CECs"]),
        "hours": d.hours(d.pick(["cec_hours", "cecs", "hours_title", "hrs"])),
        "foot": d.pick(
            [
                "Stay for the full session. Hand the stub to the door monitor as you leave; keep "
                "this part for your records.",
                "Credit is only given for complete attendance. Tickets are not replaced if lost.",
            ]
        ),
        "stub_head": d.pick(["SESSION CODE", "STUB"]),
        "code": f"{d.pick(['ED', 'S', 'CE'])}{d.rng.randrange(100, 999)}",
        "stub_note": d.pick(["Retained by monitor", "Return at exit"]),
        "monitor": d.person(),
        "monitor_role": d.pick(["Door Monitor", "Room Host"]),
    }
