"""A half-sheet attendance slip for one education session at a trade show,
filled in by hand: a round show mark and the show's name at the top left
with a boxed session number on the right, ruled lines where the attendee
writes the name and registrant number, the session title, presenter, room
and day typed in, and on the right a box "for room monitor use" with the
entry and exit times stamped by a time clock in violet ink at a slant, the
session's credit and the monitor's initials. Fine print on when credit is
lost runs along the bottom."""

SOURCE = (
    "https://csweorg-dev.azurewebsites.net/Events-Meetings/APM-Archives/2014-APM/CEs/"
    "Attendance-Tracking (entry and exit of each session recorded) and "
    "https://conference.wacubo.org/2024-cpe-information (check in and out, minimum minutes) and "
    "https://www.spiritrock.org/programs/continuing-education-credits (check in at the CE table)"
)
KIND = "session"
PAPER = "half-letter"
CATEGORIES = (
    "slip",
    "labelled",
    "script-name",
    "distractor-person",
    "landscape",
    "provider-in-logo",
    "time-attended",
    "handwriting",
    "stamp",
)

TEMPLATE = """<style>
.w { position:absolute; inset:22px 28px; font-family:${sans}; color:#222 }
.hd { display:flex; align-items:center; border-bottom:2px solid #222; padding-bottom:8px }
.mk { width:52px; height:52px; border-radius:50%; background:${accent}; color:#fff; font: bold 15px ${display}; display:flex;
  align-items:center; justify-content:center; margin-right:12px; flex:none }
.ev { flex:1 } .ev .n { font: bold 19px ${display}; color:#111 } .ev .s { font-size:11px; letter-spacing:1.5px; text-transform:uppercase; color:#555; margin-top:8px }
.no { border:1.5px solid #222; padding:4px 10px; text-align:center; font-size:9px; text-transform:uppercase; letter-spacing:1px }
.no b { display:block; font: bold 18px ${mono}; letter-spacing:0 }
.cols { display:flex; gap:22px; margin-top:20px }
.left { flex:1 }
.ln { display:flex; align-items:flex-end; margin-bottom:17px; font-size:10.5px }
.ln .l { width:118px; color:#444; text-transform:uppercase; letter-spacing:0.5px; padding-bottom:3px; flex:none }
.ln .v { flex:1; border-bottom:1px solid #777; padding:0 4px 1px; font-size:14px; min-height:20px }
.ln .h { font: 21px ${hand}; color:#1b2f80; line-height:24px }
.mon { width:212px; border:1.5px dashed #555; padding:8px 10px; font-size:10px; flex:none; position:relative }
.mon .t { font-weight:bold; text-transform:uppercase; letter-spacing:1px; font-size:9.5px; text-align:center; margin-bottom:8px }
.st { font: bold 15px ${mono}; color:#5b2a86; transform:rotate(${tilt}deg); margin:10px 0 18px 4px; opacity:0.85 }
.st span { font-size:10px; margin-right:6px }
.mon .c { border-top:1px solid #aaa; padding-top:10px; margin-top:4px; line-height:30px }
.mon .ini { font: 22px ${hand}; color:#1b2f80 } .mon .c b { white-space:nowrap }
.fine { position:absolute; left:0; right:0; bottom:0; font-size:8.5px; line-height:11.5px; color:#444; border-top:1px solid #bbb; padding-top:5px }
</style>
<div class="w">
 <div class="hd"><div class="mk">${mark}</div>
  <div class="ev"><div class="n">${event}</div><div class="s">${sub}</div></div>
  <div class="no">Session<b>${session_no}</b></div></div>
 <div class="cols">
  <div class="left">
   <div class="ln"><div class="l">${name_label}</div><div class="v h">${name}</div></div>
   <div class="ln"><div class="l">${reg_label}</div><div class="v h">${reg}</div></div>
   <div class="ln"><div class="l">Session title</div><div class="v">${title}</div></div>
   <div class="ln"><div class="l">${presenter_label}</div><div class="v">${presenter}</div></div>
   <div class="ln"><div class="l">Room</div><div class="v">${room}</div></div>
   <div class="ln"><div class="l">Date</div><div class="v">${date}</div></div>
  </div>
  <div class="mon"><div class="t">For room monitor use</div>
   <div class="st"><span>IN</span>${t_in}</div>
   <div class="st"><span>OUT</span>${t_out}</div>
   <div class="c">${credit_label} <b>${hours}</b><br>Monitor initials: <span class="ini">${initials}</span></div>
  </div>
 </div>
 <div class="fine">${fine}</div>
</div>
"""


def fill(d):
    r = d.rng
    event = d.provider()
    words = [w for w in (d.org_alt or event).split() if w[0].isupper()]
    start_h, start_m = d.pick([(8, 30), (9, 0), (10, 15), (13, 0), (14, 30), (15, 45)])
    in_m = start_h * 60 + start_m - r.randrange(0, 8)
    out_m = start_h * 60 + start_m + int(d.credit * 60) + r.randrange(0, 6)

    def clock(m):
        h, mm = divmod(m, 60)
        return f"{(h - 1) % 12 + 1}:{mm:02d} {'AM' if h < 12 else 'PM'}"

    monitor = d.person()
    return {
        "mark": "".join(w[0] for w in words)[:3],
        "event": event,
        "sub": d.pick(
            [
                "Continuing Education · Session Attendance",
                "CE Session Verification Slip",
                "Education Program · Proof of Attendance",
            ]
        ),
        "session_no": f"{d.pick(['A', 'B', 'C', 'T', 'W'])}-{r.randrange(1, 40):02d}",
        "name_label": d.pick(["Attendee name", "Your name", "Print name"]),
        "name": d.name("plain"),
        "reg_label": d.pick(["IICRC Reg. #", "Registrant no.", "Badge ID"]),
        "reg": str(r.randrange(10000, 999999)),
        "title": d.title("plain"),
        "presenter_label": d.pick(["Presenter", "Speaker", "Instructor"]),
        "presenter": d.person(),
        "room": d.pick(["Room 204 B", "Ballroom C", "Hall E, Theater 2", "Salon 6", "Room N-117"]),
        "date": d.date(d.pick(["weekday", "long", "us_numeric", "short_month"])),
        "tilt": d.pick(["-4", "-2", "3", "-6"]),
        "t_in": clock(in_m),
        "t_out": clock(out_m),
        "credit_label": d.pick(["CE credit for this session:", "Credit awarded:", "CEC value:"]),
        "hours": d.hours(d.pick(["cec_hours", "hrs", "hours_title", "cecs"])),
        "initials": "".join(p[0] for p in monitor.split() if p[0].isalpha())[:3].upper(),
        "fine": d.pick(
            [
                "Scan your badge or have this slip stamped as you enter and as you leave. Credit "
                "is awarded only for the full session: arriving more than ten minutes late or "
                "leaving early forfeits it. Hand the white copy to the room monitor and keep the "
                "yellow copy for your records.",
                "Sessions are credited at one hour for each sixty minutes of instruction. The "
                "show cannot verify attendance after the event; keep this slip with your CE "
                "records and submit it with your renewal if asked.",
            ]
        ),
    }
