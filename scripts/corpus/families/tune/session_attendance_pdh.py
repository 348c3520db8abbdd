"""A half-sheet certificate of attendance for one conference session, holding
what an engineering board accepts as proof: the attendee and licence number,
the topic, the instructor, the date, the location down to the room, the
clock times, the length in minutes and the professional development hours
earned. The show's own dates sit in the header, the sponsor number and an
issue date in the footer."""

SOURCE = (
    "https://peps.ohio.gov/IndividualLicensing/ContinuingEd/AttendanceDocumentation.aspx "
    "(a certificate of attendance shows the dates, hours earned, location, topic and "
    "instructor's name) and https://noonpi.com/pdh-knowledge-base/ (contact minutes per PDH)"
)
KIND = "session"
PAPER = "slip"
CATEGORIES = (
    "labelled",
    "slip",
    "landscape",
    "distractor-person",
    "distractor-date",
)

TEMPLATE = """<style>
.w { position:absolute; inset:22px 28px; font: 12.5px ${sans}; color:#1c1c1c }
.hd { display:flex; justify-content:space-between; align-items:flex-end; border-bottom:3px double ${dark}; padding-bottom:5px }
.hd .ev { font: bold 19px ${serif}; color:${dark} } .hd .dt { font-size:11px; text-align:right; line-height:14px }
h2 { font: 17px ${display}; text-transform:uppercase; letter-spacing:2px; text-align:center; margin:9px 0 4px }
.aw { text-align:center; font-size:13px } .aw b { font-size:16px }
.g { display:grid; grid-template-columns:1.6fr 1fr 1fr; border:1px solid #777; margin-top:9px }
.g > div { border-right:1px solid #aaa; border-bottom:1px solid #aaa; padding:3px 6px 4px; min-height:34px }
.g small { display:block; font-size:8.5px; text-transform:uppercase; color:#555; letter-spacing:0.3px }
.g span { font-size:12.5px; font-weight:bold }
.g .wide { grid-column:1 / span 3 } .g .two { grid-column:2 / span 2 }
.nt { font-size:9.5px; color:#444; margin-top:6px; line-height:12px }
.ft { position:absolute; left:0; right:0; bottom:0; display:flex; justify-content:space-between; align-items:flex-end; font-size:9.5px; color:#444 }
.ft .s { width:40%; border-top:1px solid #333; text-align:center; padding-top:2px; position:relative }
.ft .s .h { position:absolute; top:-26px; left:0; right:0; font: 21px ${hand}; color:#1a2a6c }
</style>
<div class="w">
 <div class="hd"><div class="ev">${event}</div><div class="dt">${show_range}<br>${venue}</div></div>
 <h2>${heading}</h2>
 <div class="aw">${awarded} <b>${name}</b> · ${lic_label} ${license}</div>
 <div class="g">
  <div class="wide"><small>${topic_label}</small><span>${title}</span></div>
  <div><small>Instructor</small><span>${instructor}</span></div>
  <div class="two"><small>Location</small><span>${room}, ${level}</span></div>
  <div><small>Date</small><span>${date}</span></div>
  <div><small>Time</small><span>${time}</span></div>
  <div><small>Length</small><span>${minutes}</span></div>
  <div><small>Session no.</small><span>${session_no}</span></div>
  <div class="two"><small>${hours_label}</small><span>${hours}</span></div>
 </div>
 <div class="nt">${note}</div>
 <div class="ft"><div>${sponsor_label} ${sponsor}<br>Issued ${issued}</div>
  <div class="s"><div class="h">${signer}</div>${signer}, ${role}</div></div>
</div>
"""


def _clock(minutes: int, h24: bool) -> str:
    h, m = divmod(minutes, 60)
    if h24:
        return f"{h:02d}:{m:02d}"
    return f"{(h - 1) % 12 + 1}:{m:02d} {'AM' if h < 12 else 'PM'}"


def fill(d):
    from datetime import timedelta

    from corpus.formats import fmt_range

    r = d.rng
    before, after = d.pick([(0, 2), (1, 1), (2, 0), (1, 2)])
    show = fmt_range(d.completed - timedelta(days=before), d.completed + timedelta(days=after), r)
    length = round(d.credit * 60)
    start = d.pick([8 * 60, 8 * 60 + 30, 9 * 60 + 15, 10 * 60 + 30, 13 * 60, 14 * 60 + 45])
    h24 = d.chance(0.3)
    dash = d.pick(["–", " - ", " to "])
    return {
        "event": d.provider(),
        "show_range": show,
        "heading": d.pick(["Certificate of Attendance", "Session Attendance Certificate"]),
        "awarded": d.pick(["Awarded to", "Presented to", "Attendee:"]),
        "name": d.name(d.pick(["plain", "plain", "upper"])),
        "lic_label": d.pick(["License No.", "PE/PS No.", "Lic. #"]),
        "license": d.pick([f"PE.{r.randrange(10000, 89999)}", f"E-{r.randrange(10000, 89999)}"]),
        "topic_label": d.pick(["Topic", "Session title", "Program topic"]),
        "title": d.title("plain"),
        "instructor": d.person(),
        "venue": d.venue(),
        "level": d.pick(["Level 1", "Level 2", "Level 3", "Lower Level", "Mezzanine"]),
        "room": d.pick(
            [f"Room {r.randrange(101, 420)}{d.pick(['', 'A', 'B'])}", f"Hall {d.pick('ABCDE')}"]
        ),
        "date": d.date(d.pick(["us_numeric", "long", "short_month", "weekday"])),
        "time": f"{_clock(start, h24)}{dash}{_clock(start + length, h24)}",
        "minutes": f"{length} minutes",
        "session_no": d.pick(
            [
                f"{r.randrange(100, 499)}",
                f"S-{r.randrange(10, 99)}",
                f"T{r.randrange(1, 9)}-{r.randrange(10, 40)}",
            ]
        ),
        "hours_label": d.pick(["PDH earned", "CPD hours earned", "Professional development hours"]),
        "hours": d.hours_number(),
        "note": d.pick(
            [
                "Credit is for attendance at the full session; one PDH is 60 minutes of instruction.",
                "Attendance was verified by badge scan at entry and exit. Keep for your records.",
            ]
        ),
        "sponsor_label": d.pick(["Sponsor No.", "Approved sponsor #"]),
        "sponsor": f"{r.randrange(1000, 9999)}",
        "issued": d.other_date("issue", "us_numeric"),
        "signer": d.person(),
        "role": d.pick(["Education Chair", "CE Coordinator", "Program Director"]),
    }
