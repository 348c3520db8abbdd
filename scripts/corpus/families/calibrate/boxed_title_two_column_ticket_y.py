"""A printed ticket for one education session of a trade show: the show's
name in a heavy ruled box with an italic line beneath, then two even
columns, the session (title, day, time, room, speaker) on the left and the
attendee (name, registration number, credit offered) on the right, and a
line of instructions under both."""

SOURCE = (
    "castlamp/zenbership:pp-templates/html/zoid/en/event_ticket.php (title in a 3px ruled box "
    "with an italic line, two 50% columns with h3 headings)"
)
KIND = "session"
PAPER = ["half-letter", "slip"]
CATEGORIES = ("slip", "landscape", "labelled", "distractor-person", "distractor-date")

TEMPLATE = """<style>
.w { position:absolute; inset:20px 28px; font: 14.5px ${sans}; color:#000; display:flex; flex-direction:column }
.tb { text-align:center; border:3px solid #222; padding:8px 10px 9px }
.tb h1 { font: bold 24px ${sans}; margin:0 0 4px } .tb p { font-style:italic; font-size:13px }
.cols { display:flex; margin:auto 0; padding-top:12px; align-items:flex-start }
.cols > div { width:50%; line-height:22px }
.cols .l { padding-right:18px; border-right:1px solid #bbb } .cols .r { padding-left:18px }
h3 { font-size:15px; margin:0 0 6px; text-transform:uppercase; letter-spacing:1px; color:${dark} }
.t { font-weight:bold; font-size:16px; line-height:20px; margin-bottom:5px }
.k { color:#555; display:inline-block; width:96px }
.nm { font: bold 19px ${sans}; margin-bottom:4px; line-height:22px }
.cr { margin-top:8px; border:1.5px dashed #444; padding:3px 8px; display:inline-block; font-weight:bold; font-size:15.5px }
.bc { margin-top:10px; height:34px; width:190px; background:repeating-linear-gradient(90deg,#000 0 2px,#fff 2px 4px,#000 4px 5px,#fff 5px 8px,#000 8px 11px,#fff 11px 12px) }
.bn { font: 11px ${mono}; letter-spacing:2px }
.ft { font-size:10.5px; color:#333; border-top:1px solid #999; padding-top:4px; line-height:13px; margin-top:8px }
</style>
<div class="w">
 <div class="tb"><h1>${event}</h1><p>${tagline}</p></div>
 <div class="cols">
  <div class="l">
   <h3>${sess_head}</h3>
   <div class="t">${title}</div>
   <div><span class="k">Date</span>${date}</div>
   <div><span class="k">Time</span>${time}</div>
   <div><span class="k">Room</span>${room}</div>
   <div><span class="k">${spk_label}</span>${speaker}</div>
  </div>
  <div class="r">
   <h3>${att_head}</h3>
   <div class="nm">${name}</div>
   <div><span class="k">${reg_label}</span>${reg}</div>
   <div><span class="k">Printed</span>${printed}</div>
   <div class="cr">${credit_label} ${hours}</div>
   <div class="bc"></div><div class="bn">${ticket}</div>
  </div>
 </div>
 <div class="ft">${foot}</div>
</div>
"""


def fill(d):
    return {
        "event": d.provider(d.pick([None, "upper"])),
        "tagline": d.pick(
            [
                "Education session ticket – one admission",
                "Session ticket. Present at the door for credit.",
                "Your ticket for the session below",
            ]
        ),
        "sess_head": d.pick(["Session", "Class"]),
        "title": d.title("plain"),
        "date": d.date(d.pick(["weekday", "long", "short_month", "us_numeric"])),
        "time": d.pick(["9:00 – 10:30 AM", "1:30 PM – 3:00 PM", "10:45 AM", "3:15 – 4:45 PM"]),
        "room": d.pick(["N-231", "Ballroom A", "Room 104", "South Hall 3"]),
        "spk_label": d.pick(["Speaker", "Presenter", "Instructor"]),
        "speaker": d.person(),
        "att_head": d.pick(["Attendee", "Ticket holder"]),
        "name": d.name(d.pick(["plain", "upper", "last_first"])),
        "reg_label": d.pick(["Reg. no.", "Order #", "Badge ID"]),
        "reg": d.number(),
        "printed": d.other_date("registered", "us_numeric"),
        "ticket": f"T{d.rng.randrange(10000000, 99999999)}",
        "credit_label": d.pick(["CE credit:", "Credit offered:", "Credit:"]),
        "hours": d.hours(d.pick(["cec_hours", "hrs", "cecs"])),
        "foot": d.pick(
            [
                "Scan your badge as you enter and again as you leave. Credit is reported only for "
                "full attendance. Keep this ticket with your show receipt.",
                "This ticket admits one. Seats are first come, first served; the doors close ten "
                "minutes after the start.",
            ]
        ),
    }
