"""A half-sheet certificate of attendance for a manufacturer-sponsored
education session at a show: a dark left column carrying the sponsor's
mark and "Certificate of Attendance", and on the right labelled rows for
attendee, session, room, the time span attended, date and credit, with the
presenter's name and a moderator's initials box."""

SOURCE = (
    "0xWormh0le/ian-bland-lms:resources/views/certificate-templates/starter-template.php "
    "(title, 'This is presented to', recipient, course line, date and signature table)"
)
KIND = "session"
PAPER = ["half-letter", "slip"]
CATEGORIES = (
    "dark-band",
    "labelled",
    "landscape",
    "time-attended",
    "distractor-person",
    "slip",
)

TEMPLATE = """<style>
.l { position:absolute; left:0; top:0; bottom:0; width:31%; background:${dark}; color:#fff; padding:26px 18px; font-family:${sans} }
.l .sp { font: 10px ${sans}; letter-spacing:2px; color:${light}; opacity:.85 }
.l .mk { font: bold 17px ${sans}; margin-top:4px; line-height:21px }
.l h1 { font: 25px ${display}; line-height:30px; margin:34px 0 0; font-weight:normal }
.l .ev { position:absolute; left:18px; right:14px; bottom:20px; font-size:11px; line-height:15px; color:${light} }
.r { position:absolute; left:31%; right:0; top:0; bottom:0; padding:24px 30px 18px; font: 13px ${sans}; color:#222 }
.r .pre { font: italic 13px ${serif}; color:#555 }
.r .nm { font: bold 24px ${serif}; border-bottom:1px solid #aaa; padding-bottom:3px; margin:2px 0 12px }
.g { display:grid; grid-template-columns: 108px 1fr; row-gap:7px }
.g .k { color:#777; font-size:11px; text-transform:uppercase; letter-spacing:.5px; padding-top:2px }
.g .v { font-weight:bold; line-height:17px }
.bt { position:absolute; left:30px; right:30px; bottom:16px; display:flex; justify-content:space-between; align-items:flex-end; font-size:10.5px; color:#555 }
.stm { margin-top:14px; font: italic 12px ${serif}; color:#444; line-height:16px }
.ps { font: 22px ${hand}; color:#1d2f6f; line-height:26px }
.ini { width:86px; height:38px; border:1px solid #888; font-size:8.5px; padding:2px 4px; color:#777 }
</style>
<div class="l">
 <div class="sp">${sponsor_label}</div><div class="mk">${sponsor}</div>
 <h1>${heading_html}</h1>
 <div class="ev">${event_label}<br><b>${event}</b><br>${venue}</div>
</div>
<div class="r">
 <div class="pre">${pre}</div>
 <div class="nm">${name}</div>
 <div class="g">
  <div class="k">Session</div><div class="v">${title}</div>
  <div class="k">Presenter</div><div class="v">${presenter}</div>
  <div class="k">Room</div><div class="v">${room}</div>
  <div class="k">Date</div><div class="v">${date}</div>
  <div class="k">Time</div><div class="v">${span}</div>
  <div class="k">${credit_label}</div><div class="v">${hours}</div>
 </div>
 <div class="stm">${statement}</div>
 <div class="bt"><div><div class="ps">${presenter}</div>${note}</div><div class="ini">Moderator initials</div></div>
</div>
"""

SPONSORS = [
    "Drytek Air Movers",
    "BlueLine Extraction Tools",
    "Sentinel Moisture Meters",
    "Harbor Chemical Supply",
    "Apex Dehumidification",
]


def fill(d):
    start_h = d.pick([8, 9, 10, 13, 14, 15])
    start_m = d.pick([0, 0, 30, 15])
    minutes = int(d.credit * 60)
    end_total = start_h * 60 + start_m + minutes
    end_h, end_m = divmod(end_total, 60)

    def clock(h, m):
        suffix = "AM" if h < 12 else "PM"
        return f"{(h - 1) % 12 + 1}:{m:02d} {suffix}"

    dash = d.pick(["–", " – ", " to "])
    return {
        "sponsor_label": d.pick(["SPONSORED BY", "EDUCATION PARTNER", "PRESENTED WITH"]),
        "sponsor": d.pick(SPONSORS),
        "heading_html": d.pick(
            ["Certificate<br>of Attendance", "Session<br>Attendance<br>Certificate"]
        ),
        "event_label": d.pick(["Presented at", "Education program of"]),
        "event": d.provider(),
        "venue": d.venue(),
        "pre": d.pick(["This certifies that", "Attendee", "Awarded to"]),
        "name": d.name(d.pick(["plain", "plain", "upper"])),
        "title": d.title(),
        "presenter": d.person(),
        "room": d.pick(["Room 204B", "Ballroom C", "Hall E, Theater 2", "Room W311", "Salon 5"]),
        "date": d.date(d.pick(["weekday", "long", "short_month", "us_numeric"])),
        "span": f"{clock(start_h, start_m)}{dash}{clock(end_h, end_m)}",
        "credit_label": d.pick(["Credit", "CEC Hours", "Awarded"]),
        "hours": d.hours(d.pick(["cec_hours", "cecs", "iicrc_cec", "cec_hours"])),
        "statement": d.pick(
            [
                "Attendance was verified by badge scan at the session door on entry and exit.",
                "The attendee was present for the full session as recorded on the room roster.",
            ]
        ),
        "note": d.pick(
            [
                "Full attendance required; partial attendance earns no credit.",
                "Keep this certificate for your records.",
            ]
        ),
    }
