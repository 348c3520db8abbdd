"""A half-sheet attendance slip a show's education office prints for each
session and hands out at the door, filled in by pen. A dark band across the
top carries the show's name and year in light type at the left and the
form's name at the right; under it one italic line of instructions. The
body is a grid of ruled boxes, each with a small caps label in its corner:
the session title, code, day and room and the CECs are printed, the
attendee's name and IICRC registrant number are written in by hand. A
small ruled table gives the time in and time out in handwriting with the
room monitor's initials, and below it the speaker is named and the monitor
signs beside a rubber-stamp mark. A dashed line at the right cuts off an
attendee's copy repeating the session code, the day's credit and a
reminder to keep it for renewal."""

SOURCE = (
    "Wording after NASBA's National Registry page 'What are some best practices for the use "
    "of sign-in sheets for a group live program?' (sign-in and sign-out times, a room monitor "
    "who verifies arrival and departure and signs an attestation) and Surgent's group proctor "
    "page (attendees print their names and arrival and departure times; the proctor signs the "
    "attendance verification form); credit for convention seminars after R&R magazine's "
    "'IICRC Continuing Education' (sign in at a session, approved CEC events)"
)
KIND = "session"
PAPER = "half-letter"
CATEGORIES = (
    "slip",
    "landscape",
    "dark-band",
    "labelled",
    "table",
    "handwriting",
    "distractor-person",
    "time-attended",
)

TEMPLATE = """<style>
.band { position:absolute; left:0; right:0; top:0; height:56px; background:${dark}; color:#fff;
  display:flex; align-items:flex-start; justify-content:space-between; padding:11px 24px 0 22px; font-family:${sans} }
.ev { display:flex; align-items:center; gap:10px; min-width:0 }
.ev .mk { width:30px; height:30px; border:2px solid #fff; flex:none; display:flex; align-items:center; justify-content:center;
  font: bold 11px ${sans}; letter-spacing:0 }
.ev b { font: bold ${ev_size}px ${head}; white-space:nowrap }
.fm { text-align:right; white-space:nowrap; font: bold 12px ${sans}; letter-spacing:2px; text-transform:uppercase; line-height:14px }
.fm small { display:block; margin-top:7px; font-weight:normal; font-size:10px; letter-spacing:1px; opacity:0.8; line-height:12px }
.ins { position:absolute; left:22px; right:22px; top:64px; font: italic 10.5px ${serif}; color:#444; line-height:14px }
.main { position:absolute; left:22px; right:22px; top:${main_top}px; font-family:${sans} }
.g { display:grid; grid-template-columns: ${cols}; border-top:1px solid #333; border-left:1px solid #333 }
.b { border-right:1px solid #333; border-bottom:1px solid #333; padding:3px 8px 5px; min-height:46px }
.b small { display:block; font: bold 8.5px ${sans}; letter-spacing:1px; text-transform:uppercase; color:#555; line-height:10px }
.b .v { font: 14px ${sans}; color:#111; line-height:19px; margin-top:5px }
.b .t { font: bold 14.5px ${sans}; line-height:18px }
.b .h { font: 21px ${handf}; color:#1a2f80; line-height:24px; margin-top:7px; white-space:nowrap }
.nw { white-space:nowrap }
.w2 { grid-column: span 2 } .w3 { grid-column: span 3 } .w4 { grid-column: span 4 }
.lo { display:flex; gap:28px; margin-top:10px; align-items:flex-start }
table { border-collapse:collapse; font: 10px ${sans}; width:270px }
th { background:${light}; border:1px solid #333; padding:2px 4px; font-size:8.5px; letter-spacing:1px; text-transform:uppercase; color:#444; font-weight:bold }
td { border:1px solid #333; height:30px; text-align:center; font: 19px ${handf}; color:#1a2f80 }
.sp { flex:1; font: 11px ${sans}; color:#333; line-height:15px }
.sp .sg { margin-top:8px; border-bottom:1px solid #333; height:30px; position:relative }
.sp .sg i { font: 21px ${handf}; font-style:normal; color:#1a2f80; position:absolute; left:6px; bottom:0 }
.sp .sg em { position:absolute; right:20px; bottom:4px; border:2px solid ${stamp}; color:${stamp}; font: bold 9.5px ${sans};
  font-style:normal; letter-spacing:1.5px; padding:2px 5px; transform:rotate(-7deg); opacity:0.85 }
.cap { font-size:9.5px; color:#666; margin-top:3px }
.stub { position:absolute; left:0; right:0; bottom:0; height:${stub_h}px; border-top:2px dashed #888; padding:14px 24px 0 22px;
  font-family:${sans}; color:#222; background:${stub_bg} }
.stub .row { display:flex; gap:64px; align-items:baseline; white-space:nowrap }
.stub .k { font: bold 10px ${sans}; letter-spacing:2px; text-transform:uppercase; color:${dark}; line-height:13px }
.stub .c { font: bold 18px ${mono}; letter-spacing:1px }
.stub .r { font-size:11px; color:#555 }
.stub .n { font: bold 26px ${sans}; color:${dark}; line-height:1 }
.stub .n small { font-size:11px; font-weight:normal; color:#555; margin-left:4px }
.stub .f { margin-top:18px; font-size:9.5px; color:#666; line-height:13px }
.scissor { position:absolute; left:${scissor_left}px; bottom:${scissor_bottom}px; font-size:14px; color:#888; background:#fff; line-height:14px }
</style>
<div class="band">
 <div class="ev"><div class="mk">${initials}</div><b>${event}</b></div>
 <div class="fm">${form_name}<small>${form_sub}</small></div>
</div>
<div class="ins">${instructions}</div>
<div class="main">
 <div class="g">
  <div class="b w3"><small>${name_label}</small><div class="h">${name}</div></div>
  <div class="b"><small>${reg_label}</small><div class="h">${reg_no}</div></div>
  <div class="b w4"><small>${title_label}</small><div class="v t">${title}</div></div>
  <div class="b"><small>${code_label}</small><div class="v">${code}</div></div>
  <div class="b"><small>${date_label}</small><div class="v nw">${date}</div></div>
  <div class="b"><small>${room_label}</small><div class="v">${room}</div></div>
  <div class="b"><small>${cec_label}</small><div class="v t nw">${hours}</div></div>
 </div>
 <div class="lo">
  <div><table><tr><th>${in_label}</th><th>${out_label}</th><th>${ini_label}</th></tr>
   <tr><td>${time_in}</td><td>${time_out}</td><td>${initials_hand}</td></tr></table>
   <div class="cap">${table_note}</div></div>
  <div class="sp">${speaker_label} <b>${speaker}</b>${speaker_firm}
   <div class="sg"><i>${monitor}</i><em>${stamp_text}</em></div>
   <div class="cap">${monitor_label}</div></div>
 </div>
</div>
<span class="scissor">&#9986;</span>
<div class="stub">
 <div class="row"><div class="k">${stub_head}</div><div class="c">${code}</div>
  <div class="r">${stub_room} &middot; ${stub_speaker}</div><div class="n">${stub_credit}<small>${stub_unit}</small></div></div>
 <div class="f">${stub_foot}</div>
</div>
"""

FIRMS = [
    "Moisture Mapping Consultants",
    "Dry Logic Training",
    "Indoor Air Forensics Group",
    "Fieldline Drying Technologies",
    "Carlisle Textile Care Advisors",
    "Northwind Environmental Services",
]


def _clock(minutes: int, marked: bool) -> str:
    h, m = divmod(minutes, 60)
    h12 = (h - 1) % 12 + 1
    return f"{h12}:{m:02d}{'a' if h < 12 else 'p'}" if marked else f"{h12}:{m:02d}"


def fill(d):
    r = d.rng
    event = d.provider(d.pick([None, None, "upper"]))
    words = [w for w in event.split() if w[0].isupper() and not w.isdigit()]
    name = d.name(d.pick(["plain", "plain", "upper"]))
    title = d.title("plain")
    date = d.date(d.pick(["weekday", "short_month", "us_numeric", "long", "us_short"]))
    hours = d.pick([d.hours_number, lambda: d.hours(d.pick(["cecs", "hrs", "cec_hours"]))])()
    start = d.pick([8 * 60, 9 * 60 + 30, 10 * 60 + 45, 13 * 60, 14 * 60 + 15, 15 * 60 + 30])
    minutes = int(d.credit * 60)
    t_in = start - r.choice([0, 2, 4, 6])
    t_out = start + minutes + r.choice([0, 1, 3])
    code = f"{d.pick(['ED', 'S', 'T', 'CE', 'W'])}-{r.randrange(101, 499)}"
    room = d.pick(
        [
            f"{r.randrange(101, 340)}{d.pick(['A', 'B', 'C', ''])}",
            f"Salon {d.pick(['A', 'B', 'C', 'D'])}",
            f"Hall {d.pick(['B', 'C', 'E'])}, Room {r.randrange(1, 12)}",
        ]
    )
    monitor = d.person()
    speaker = d.person()
    parts = monitor.replace(".", "").split()
    ini = parts[0][0] + parts[-1][0]
    marked = d.chance(0.5)
    credit_figure = f"{d.credit:g}"
    return {
        "head": d.fonts[d.pick(["sans", "cond", "display"])],
        "handf": d.fonts["hand"].replace(", cursive", ", 'Dancing Script', cursive"),
        "stamp": d.pick(["#b22222", "#6a1b9a", "#1e5aa8"]),
        "stub_bg": d.pick(["#ffffff", "#fafafa", d.colors["light"]]),
        "ev_size": 15 if len(event) > 32 else 17,
        "cols": d.pick(["0.7fr 1.4fr 1fr 0.9fr", "0.75fr 1.45fr 0.9fr 0.9fr"]),
        "main_top": 88,
        "stub_h": 96,
        "scissor_left": d.pick([40, 360, 700]),
        "scissor_bottom": 89,
        "initials": "".join(w[0] for w in words)[:3],
        "event": event,
        "form_name": d.pick(["CE Attendance Slip", "Attendance Verification", "Session CE Slip"]),
        "form_sub": d.pick(["Education Program", "One slip per session", "Continuing education"]),
        "instructions": d.pick(
            [
                "Print your name as it appears on your IICRC record. Hand this slip to the room "
                "monitor as you leave; late arrivals and early departures receive no credit.",
                "Complete in ink. The room monitor records your time in and time out and initials "
                "the slip. Keep the stub below for your records.",
                "One slip per attendee per session. Slips without the monitor's initials cannot "
                "be credited.",
            ]
        ),
        "name_label": d.pick(["Attendee name (please print)", "Name of attendee", "Print name"]),
        "name": name,
        "reg_label": d.pick(["IICRC registrant #", "IICRC ID no.", "Registrant no."]),
        "reg_no": f"{r.randrange(10000, 999999)}",
        "title_label": d.pick(["Session title", "Session", "Education session"]),
        "title": title,
        "code_label": d.pick(["Session code", "Session no.", "Code"]),
        "code": code,
        "date_label": d.pick(["Date", "Session date", "Day"]),
        "date": date,
        "room_label": d.pick(["Room", "Location"]),
        "room": room,
        "cec_label": d.pick(["CECs", "IICRC CECs", "Credit"]),
        "hours": hours,
        "in_label": d.pick(["Time in", "Arrived"]),
        "out_label": d.pick(["Time out", "Departed"]),
        "ini_label": d.pick(["Monitor", "Initials"]),
        "time_in": _clock(t_in, marked),
        "time_out": _clock(t_out, marked),
        "initials_hand": ini,
        "table_note": d.pick(
            ["Completed by the room monitor", "For office use", "Monitor use only"]
        ),
        "speaker_label": d.pick(["Speaker:", "Presenter:", "Presented by"]),
        "speaker": speaker,
        "speaker_firm": d.pick(["", f", {d.pick(FIRMS)}"]),
        "monitor": monitor,
        "stamp_text": d.pick(["VERIFIED", "RECEIVED", "CE DESK"]),
        "monitor_label": d.pick(
            [
                "Room monitor signature",
                "Monitor attests to the times recorded above",
                "Signature of room monitor",
            ]
        ),
        "stub_head": d.pick(["Attendee copy", "Keep this stub", "Your record"]),
        "stub_room": f"{d.pick(['Room', 'Rm.'])} {room}",
        "stub_speaker": f"{d.pick(['Speaker', 'Presenter'])}: {speaker.split()[-1]}",
        "stub_credit": credit_figure,
        "stub_unit": d.pick(["CEC", "CECs", "IICRC CEC"]) if d.credit != 1 else "CEC",
        "stub_foot": d.pick(
            [
                "Retain with your certificate records for IICRC renewal.",
                "Keep for your renewal file. Credit is reported after the show.",
                "Not valid without the monitor's initials on the slip.",
            ]
        ),
    }
