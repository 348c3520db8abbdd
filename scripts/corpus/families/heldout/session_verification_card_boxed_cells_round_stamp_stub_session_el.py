"""An attendance verification card handed out at the door of an education
session at a show, printed on half-letter card. The main part is a grid of
boxed cells, each with a tiny capitalised caption in its top-left corner
(as on government forms): the attendee typed in by the registration
printer, the session title and code, the day, the room, times in and out
written by the room monitor, the monitor's printed name and initials and
the credit. A round rubber stamp in violet ink is pressed over the corner
of the grid. A narrow stub on the right, behind a perforation, repeats the
registration number and a serial and is torn off at the exit; its heading
runs sideways."""

SOURCE = (
    "laem/cartes:source/components/Stamp.tsx (rotated bordered stamp text, multiply blend); "
    "wording of convention session door-monitor verification cards"
)
KIND = "session"
PAPER = "half-letter"
CATEGORIES = (
    "slip",
    "labelled",
    "landscape",
    "handwriting",
    "stamp",
    "distractor-person",
)

TEMPLATE = """<style>
.c { position:absolute; inset:0; background:${paper}; font-family:${sans}; color:#1b1b1b }
.main { position:absolute; left:26px; top:22px; width:610px; bottom:22px }
.top { display:flex; justify-content:space-between; align-items:flex-end; border-bottom:3px solid ${ink}; padding-bottom:6px }
.top .ev { font: bold 19px ${cond}; color:${ink}; letter-spacing:0.5px }
.top .kd { font: bold 13px ${sans}; letter-spacing:3px; text-transform:uppercase; color:#333 }
.grid { display:grid; grid-template-columns: repeat(6, 1fr); border-left:1px solid #444; border-top:1px solid #444; margin-top:10px }
.cell { border-right:1px solid #444; border-bottom:1px solid #444; padding:3px 6px 5px; min-height:44px; position:relative }
.cell i { display:block; font: normal 8.5px ${sans}; text-transform:uppercase; letter-spacing:0.6px; color:#555 }
.cell .v { font: 14px ${mono}; margin-top:5px }
.cell .hw { font: 24px ${hand}; color:#1d2f7a; margin-top:2px }
.s2 { grid-column: span 2 } .s3 { grid-column: span 3 } .s4 { grid-column: span 4 } .s6 { grid-column: span 6 }
.note { font-size:9.5px; color:#444; margin-top:10px; line-height:13px }
.stamp { position:absolute; left:${sx}px; top:${sy}px; width:132px; height:132px; border:3px solid ${stamp}; border-radius:50%;
  color:${stamp}; transform:rotate(${rot}deg); opacity:0.82; mix-blend-mode:multiply; text-align:center; font: bold 11px ${sans} }
.stamp:before { content:""; position:absolute; inset:7px; border:1px solid ${stamp}; border-radius:50% }
.stamp .a { margin-top:30px; letter-spacing:1.5px } .stamp .m { font-size:15px; margin-top:6px; letter-spacing:1px }
.stamp .z { font-size:9px; margin-top:6px }
.perf { position:absolute; left:660px; top:0; bottom:0; border-left:2px dashed #999 }
.stub { position:absolute; left:672px; right:14px; top:22px; bottom:22px; font-size:10px; color:#222 }
.stub .side { position:absolute; right:-4px; top:0; bottom:0; width:22px; writing-mode:vertical-rl; font: bold 11px ${sans}; letter-spacing:3px; color:${ink}; text-align:center }
.stub .k { font-size:8px; text-transform:uppercase; color:#666; margin-top:12px }
.stub .x { font: 13px ${mono} }
.stub .ser { font: bold 15px ${mono}; color:#b00020; margin-top:14px }
</style>
<div class="c">
 <div class="main">
  <div class="top"><div class="ev">${event}</div><div class="kd">${card_head}</div></div>
  <div class="grid">
   <div class="cell s4"><i>${l_name}</i><div class="v">${name}</div></div>
   <div class="cell s2"><i>${l_reg}</i><div class="v">${reg}</div></div>
   <div class="cell s4"><i>${l_title}</i><div class="v">${title}</div></div>
   <div class="cell s2"><i>${l_code}</i><div class="v">${code}</div></div>
   <div class="cell s2"><i>${l_date}</i><div class="v">${date}</div></div>
   <div class="cell"><i>${l_room}</i><div class="v">${room}</div></div>
   <div class="cell"><i>Time in</i><div class="hw">${t_in}</div></div>
   <div class="cell"><i>Time out</i><div class="hw">${t_out}</div></div>
   <div class="cell"><i>${l_cec}</i><div class="hw">${hours}</div></div>
   <div class="cell s4"><i>${l_mon}</i><div class="v">${monitor}</div></div>
   <div class="cell s2"><i>Initials</i><div class="hw">${initials}</div></div>
  </div>
  <div class="note">${note}</div>
  <div class="stamp"><div class="a">${stamp_top}</div><div class="m">${stamp_mid}</div><div class="z">${stamp_day}</div></div>
 </div>
 <div class="perf"></div>
 <div class="stub"><div class="side">${stub_head}</div>
  <div class="k">Reg no.</div><div class="x">${reg}</div>
  <div class="k">Session</div><div class="x">${code}</div>
  <div class="k">Door</div><div class="x">${door}</div>
  <div class="ser">N&ordm; ${serial}</div>
 </div>
</div>
"""


def fill(d):
    from corpus.formats import fmt_date

    r = d.rng
    t0 = d.pick([8 * 60 + 30, 10 * 60, 13 * 60 + 30, 15 * 60])
    mins = int(round(d.credit * 60)) + d.pick([0, 2, 5])

    def clock(m):
        h, mm = divmod(m, 60)
        return f"{(h - 1) % 12 + 1}:{mm:02d}"

    monitor = d.person()
    initials = "".join(p[0] for p in monitor.replace(".", "").split() if p[0].isupper())[:3]
    code = f"{d.pick(['ED', 'S', 'W', 'TR'])}-{r.randrange(10, 99)}"
    return {
        "paper": d.pick(["#ffffff", "#fbf8ee", "#f4f7fb"]),
        "ink": d.pick(["#0b3c5d", "#6b2737", "#1f4e3d", "#333333"]),
        "stamp": d.pick(["#5b2a86", "#6a1b9a", "#283593"]),
        "rot": d.pick([-14, -9, 8, 12]),
        "sx": d.pick([420, 450, 470]),
        "sy": d.pick([262, 275, 290]),
        "event": d.provider(),
        "card_head": d.pick(
            ["Attendance verification", "Session verification card", "CE attendance card"]
        ),
        "l_name": d.pick(["Attendee", "Participant name", "Name"]),
        "name": d.name(d.pick(["plain", "upper", "last_first"])),
        "l_reg": d.pick(["Registration no.", "Badge ID"]),
        "reg": f"{r.randrange(100000, 999999)}",
        "l_title": d.pick(["Session title", "Education session"]),
        "title": d.title("plain"),
        "l_code": "Session code",
        "code": code,
        "l_date": d.pick(["Date", "Session date"]),
        "date": d.date(d.pick(["us_numeric", "short_month", "iso"])),
        "l_room": "Room",
        "room": f"{r.randrange(101, 299)}{d.pick(['', 'A', 'B', 'C'])}",
        "t_in": clock(t0 - r.randrange(0, 6)),
        "t_out": clock(t0 + mins),
        "l_cec": d.pick(["CECs", "Credit hrs"]),
        "hours": d.hours_number(),
        "l_mon": d.pick(["Room monitor (print)", "Verified by"]),
        "monitor": monitor,
        "initials": initials or "JK",
        "note": d.pick(
            [
                "Keep this card. The monitor keeps the stub at the exit. Credit is reported after the "
                "show only for cards with a time in, a time out and the monitor's initials.",
                "Arrivals more than 10 minutes late or departures before the end forfeit credit. "
                "Retain this card for five years as proof of attendance.",
            ]
        ),
        "stamp_top": d.pick(["ROOM MONITOR", "EDUCATION DESK"]),
        "stamp_mid": d.pick(["VERIFIED", "ATTENDED"]),
        "stamp_day": fmt_date(d.completed, "dd_mon_yyyy").upper(),
        "stub_head": d.pick(["MONITOR COPY", "EXIT STUB"]),
        "door": d.pick(["North", "East", "B2", "Hall C"]),
        "serial": f"{r.randrange(10000, 99999)}",
    }
