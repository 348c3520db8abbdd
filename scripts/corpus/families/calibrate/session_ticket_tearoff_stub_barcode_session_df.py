"""An education-session ticket on slip stock: a dark band with the show's
name, the session title large, labelled room, date and time span, and a
perforated stub at the right edge that the attendee keeps, repeating the
name, the credit and a barcode scanned at the door."""

SOURCE = (
    "dreamdev21/Laravel-Event-management-system:resources/views/ManageEvent/Partials/"
    "TicketDesignPreview.blade.php (ticket body with event and attendee details beside a "
    "barcode stub)"
)
KIND = "session"
PAPER = "slip"
CATEGORIES = ("slip", "landscape", "dark-band", "labelled", "time-attended", "barcode")

TEMPLATE = """<style>
.t { position:absolute; inset:20px; border:2px solid ${dark}; border-radius:10px; display:flex; font-family:${sans}; background:#fff }
.m { flex:1; position:relative }
.band { background:${dark}; color:#fff; padding:12px 18px 10px; border-radius:7px 0 0 0 }
.band .ev { font: bold 21px ${display}; letter-spacing:.5px } .band .sub { font-size:11px; letter-spacing:2px; text-transform:uppercase; opacity:.9; margin-top:2px }
.kind { margin:14px 18px 0; font: bold 10.5px ${sans}; letter-spacing:2px; color:${accent}; text-transform:uppercase }
.ti { margin:4px 18px 0; font: bold 21px ${sans}; line-height:25px; color:#111 }
.g { display:grid; grid-template-columns:1.1fr 1fr 1.1fr; gap:6px 14px; margin:14px 18px 0 }
.g i { display:block; font-style:normal; font-size:9px; letter-spacing:1px; color:#666; text-transform:uppercase }
.g b { font-size:13.5px; white-space:nowrap }
.ds { margin:16px 18px 0; font-size:12.5px; line-height:18px; color:#333; border-top:1px solid #ddd; padding-top:10px }
.sp { position:absolute; left:18px; bottom:12px; font-size:11px; color:#333 }
.stub { width:178px; flex:none; border-left:2px dashed #888; padding:14px 12px 10px; position:relative; background:${light}; border-radius:0 8px 8px 0 }
.stub .k { font: bold 10px ${sans}; letter-spacing:1.5px; color:${dark}; text-transform:uppercase }
.stub .nm { font: bold 13px ${sans}; margin-top:8px; line-height:16px }
.stub .cr { margin-top:8px; font: bold 16px ${sans}; color:${dark} }
.stub .sm { font-size:9.5px; color:#444; margin-top:4px; line-height:12px }
.bars { position:absolute; left:12px; right:12px; bottom:26px; height:44px; background:${bars} }
.bn { position:absolute; left:12px; right:12px; bottom:10px; text-align:center; font: 10px ${mono} }
</style>
<div class="t">
 <div class="m">
  <div class="band"><div class="ev">${event}</div><div class="sub">${sub}</div></div>
  <div class="kind">${kind_label}</div>
  <div class="ti">${title}</div>
  <div class="g"><div><i>Room</i><b>${room}</b></div><div><i>Date</i><b>${date}</b></div><div><i>Time</i><b>${span}</b></div>
   <div><i>Track</i><b>${track}</b></div><div><i>Seat</i><b>${seat}</b></div><div><i>Speaker</i><b>${speaker}</b></div></div>
  <div class="ds">${desc}</div>
  <div class="sp">${note}</div>
 </div>
 <div class="stub">
  <div class="k">${stub_head}</div>
  <div class="nm">${name}</div>
  <div class="cr">${hours}</div>
  <div class="sm">${stub_note}</div>
  <div class="bars"></div><div class="bn">${ticket}</div>
 </div>
</div>
"""


def _bars(rng):
    stops, x = [], 0.0
    while x < 98:
        w = rng.choice([1.0, 1.5, 2.0, 3.0])
        gap = rng.choice([1.0, 1.5, 2.5])
        stops.append(f"#000 {x:.1f}% {x + w:.1f}%, transparent {x + w:.1f}% {x + w + gap:.1f}%")
        x += w + gap
    return "linear-gradient(90deg, " + ", ".join(stops) + ")"


def _clock(minutes):
    h, m = divmod(minutes, 60)
    return f"{(h - 1) % 12 + 1}:{m:02d}", "AM" if h < 12 else "PM"


def fill(d):
    start = d.pick([8 * 60, 9 * 60, 10 * 60 + 30, 13 * 60, 14 * 60 + 30, 15 * 60 + 15])
    (a, am), (b, bm) = _clock(start), _clock(start + round(d.credit * 60))
    dash = d.pick(["–", " – ", " - "])
    span = f"{a}{dash}{b} {bm}" if am == bm else f"{a} {am}{dash}{b} {bm}"
    return {
        "event": d.provider(),
        "sub": d.venue(),
        "kind_label": d.pick(["Education Session", "Conference Session", "CEC Class"]),
        "title": d.title(),
        "room": d.pick(["Room W204", "Hall B · 112", "Ballroom C", "Room 3A", "S320"]),
        "date": d.date(d.pick(["short_month", "weekday", "us_numeric", "long"])),
        "span": span,
        "track": d.pick(["Water", "Fire & Smoke", "Mold", "Business", "Cleaning"]),
        "seat": d.pick(["Open", "GA", "Row F"]),
        "speaker": d.person(),
        "desc": d.pick(
            [
                "Approved for IICRC continuing education credit. Doors close ten minutes after the "
                "start; no credit is given for partial attendance.",
                "Bring this ticket. Seating is first come, first served; overflow seating is in the "
                "foyer with audio only and earns no credit.",
                "Hand-outs are available from the show app. Please silence phones during the session.",
            ]
        ),
        "note": d.pick(
            [
                "Scan in at the door and scan out when you leave. Credit follows time in the room.",
                "Keep the stub. Late arrivals are credited for the time attended only.",
            ]
        ),
        "stub_head": d.pick(["Attendee Stub", "CEC Stub", "Keep for your records"]),
        "name": d.name(d.pick(["plain", "upper"])),
        "hours": d.hours(d.pick(["cecs_colon", "cec_hours", "iicrc_cec"])),
        "stub_note": d.pick(
            [
                "Credit reported to the certifying body after the show.",
                "Credit earned for the time attended.",
            ]
        ),
        "ticket": d.number(),
        "bars": _bars(d.rng),
    }
