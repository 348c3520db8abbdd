"""A trade show's education-session credit slip printed three to a portrait
sheet: three identical parts, cut apart along dashed lines with a scissors
mark, each with a dark stub at its left edge holding the part's number at the
top and which copy it is at the foot (the participant's copy, the participant's records, the
sponsor's records). A boxed line of instructions runs across the top of the
sheet. Each part has the show's roundel with its initials, the show's name
with the days it ran and its venue, and the slip's title at the right, then
labelled rows on rules: the participant's name and certification number
written in by hand, the session number, title and presenter printed, the
date and time, the credit and the room, and the participant's signature
beside the room monitor's handwritten name, with a short note on what the
copy is for. Sometimes the sponsor's part has already been torn off, leaving
a ragged edge over the desk."""

import html
from datetime import timedelta

from corpus.formats import fmt_range

SOURCE = (
    "nacor.ca/ce-accreditation/ce-certificate-template (credit slips divisible into three "
    "identical sections: participant's copy, participant's records, sponsor's records; each "
    "with the participant's name, registration number and signature, the course number and "
    "title, the provider, the date and the administrator's signature, handed out only after "
    "the activity); csweorg-dev.azurewebsites.net/Events-Meetings/APM-Archives/2014-APM/CEs/"
    "Attendance-Tracking (room monitors verifying attendance at trade-show CE sessions)"
)
KIND = "session"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "portrait",
    "slip",
    "labelled",
    "script-name",
    "provider-in-logo",
    "distractor-person",
    "date-range",
)

TEMPLATE = """<style>
.ins { position:absolute; left:44px; right:44px; top:24px; font: 11px ${sans}; color:#333; line-height:15px;
  border:1px solid #999; padding:6px 10px; background:#f7f7f4 }
.ins b { text-transform:uppercase; letter-spacing:.6px; margin-right:4px }
.sk { position:absolute; left:40px; right:40px; top:76px; bottom:24px; display:flex; flex-direction:column }
.cs { flex:1; display:flex; position:relative; border:1px solid #666; margin:9px 0 }
.cut { position:absolute; left:-40px; right:-40px; top:-10px; border-top:1.5px dashed #777 }
.cut i { position:absolute; left:12px; top:-11px; font: 15px ${sans}; color:#555; font-style:normal;
  background:#fff }
.stb { width:86px; flex:none; background:${dark}; color:#fff; display:flex; flex-direction:column;
  align-items:center; justify-content:space-between; text-align:center; padding:9px 6px 10px }
.stb b { font: bold 22px ${display}; line-height:1 }
.stb span { font: bold 8.5px ${sans}; letter-spacing:.4px; text-transform:uppercase; line-height:12px }
.bd { flex:1; padding:8px 16px 5px 34px; display:flex; flex-direction:column; font-family:${sans}; color:#111 }
.hd { display:flex; align-items:center; gap:10px; border-bottom:2px solid ${dark}; padding-bottom:6px }
.rd { width:38px; height:38px; flex:none; border-radius:50%; background:${accent}; color:#fff;
  font: bold 12px ${display}; display:flex; align-items:center; justify-content:center; border:2px solid ${dark} }
.ev { flex:1; min-width:0 } .ev b { display:block; font: bold 15px ${display}; color:${dark}; white-space:nowrap }
.ev small { display:block; font-size:10px; color:#555; margin-top:4px }
.tt { text-align:right; font: bold 10.5px ${cond}; letter-spacing:.8px; color:#222; white-space:nowrap;
  text-transform:uppercase; align-self:flex-start; margin-top:4px }
.rw { display:grid; align-items:end; column-gap:10px; margin-top:${row_gap}px }
.rw.one { grid-template-columns:${label_w}px 1fr }
.rw.two { grid-template-columns:${label_w}px 1fr 86px 1fr }
.rw label { font-size:9.5px; color:#555; text-transform:uppercase; letter-spacing:.5px; padding-bottom:3px;
  white-space:nowrap }
.rw span { border-bottom:1px solid #888; font-size:12.5px; padding:0 4px 2px; min-height:20px; white-space:nowrap }
.rw span.hw { font: ${hand_px}px ${hand}; color:${pen}; line-height:22px; padding-bottom:0 }
.rw span.hw i { display:inline-block; font-style:normal }
.rw span.t { white-space:normal; font-weight:bold; font-size:13px }
.nt { margin-top:auto; font-size:9px; color:#555; padding-top:4px }
.torn { position:absolute; left:0; right:0; bottom:0; height:calc((100% - 100px) / 3 + 24px);
  background:${desk}; clip-path:polygon(${tear}) }
</style>
<div class="ins"><b>${ins_head}</b>${ins_text}</div>
<div class="sk">${parts_html}</div>
${torn_html}
"""

COPIES = [
    ("Participant's copy", "Participant's records", "Sponsor's records"),
    ("Attendee copy", "Attendee file copy", "Show office copy"),
    ("Keep", "Your records", "Sponsor"),
]
NOTES = [
    "Keep this copy as your proof of attendance. The IICRC may ask for it when you renew.",
    "File this copy with your certification records for three years.",
    "Hand this part to the room monitor as you leave. Not valid without the monitor's name.",
]
TITLES = [
    "Continuing Education Credit Slip",
    "Education Session \u00b7 CE Credit Slip",
    "Session Attendance Credit Slip",
]
CREDS = ["", "", ", CR", ", WLS", ", CIH", ", CMR", ", CR, WLS"]
ROOMS = ["Room 104 B", "Ballroom C", "Hall E, Stage 2", "Room 211", "Salon 4", "Meeting Room 6"]


def _clock(minutes: int) -> str:
    h, m = divmod(minutes, 60)
    return f"{(h - 1) % 12 + 1}:{m:02d} {'a.m.' if h < 12 else 'p.m.'}"


def _tear(rng) -> str:
    points = ["0% 100%", "0% 1%"]
    x = 0.0
    while x < 100:
        x = min(100.0, x + rng.uniform(0.6, 1.8))
        points.append(f"{x:.1f}% {rng.uniform(0, 2.4):.1f}%")
    points.append("100% 100%")
    return ", ".join(points)


def fill(d):
    e = html.escape
    before, after = d.pick([(0, 2), (1, 1), (2, 0), (1, 2), (0, 1)])
    span = fmt_range(
        d.completed - timedelta(days=before), d.completed + timedelta(days=after), d.rng
    )
    event = d.provider()
    name = d.name(d.pick(["plain", "plain", "upper", "last_first"]))
    cert = f"{d.rng.randrange(100000, 999999)}"
    session_no = f"{d.pick(['ED', 'S', 'T', 'W'])}-{d.rng.randrange(101, 349)}"
    title = d.title("plain")
    presenter = d.person() + d.pick(CREDS)
    if d.chance(0.25):
        presenter += f" & {d.person()}"
    date = d.date(d.pick(["us_numeric", "short_month", "weekday", "long", "us_short"]))
    start = d.pick([8, 9, 10, 13, 14, 15]) * 60 + d.pick([0, 0, 30, 15])
    time = f"{_clock(start)} \u2013 {_clock(start + int(d.credit * 60))}"
    if d.chance(0.5):
        credit_label, credit = "CEC hours", d.hours_number()
    else:
        credit_label = "Credit"
        credit = d.hours(d.pick(["cecs", "cec_hours", "hrs", "hours_title"]))
    signature = f"{d.first[0]}. {d.last}" if d.chance(0.5) else f"{d.first} {d.last}"
    monitor = d.person()
    venue = d.venue()
    room = d.pick(ROOMS)
    initials = "".join(w[0] for w in (d.org_alt or event).split()[:3] if w[0].isalpha())
    copies = d.pick(COPIES)
    heading = d.pick(TITLES)
    torn = d.chance(0.4)
    parts = []
    for i in range(2 if torn else 3):
        ink = f"margin-left:{d.rng.randint(0, 14)}px;transform:rotate({d.rng.uniform(-0.8, 0.8):.2f}deg)"
        cut = '<div class="cut"><i>\u2702</i></div>' if i else ""
        parts.append(
            f'<div class="cs">{cut}<div class="stb"><b>{i + 1}</b><span>{e(copies[i])}</span></div>'
            f'<div class="bd"><div class="hd"><div class="rd">{e(initials)}</div>'
            f'<div class="ev"><b>{e(event)}</b><small>{e(span)} \u00b7 {e(venue)}</small></div>'
            f'<div class="tt">{e(heading)}</div></div>'
            f'<div class="rw one"><label>Participant name</label><span class="hw"><i style="{ink}">{e(name)}</i></span></div>'
            f'<div class="rw two"><label>IICRC cert. no.</label><span class="hw"><i style="{ink}">{cert}</i></span>'
            f"<label>Session no.</label><span>{e(session_no)}</span></div>"
            f'<div class="rw one"><label>Session title</label><span class="t">{e(title)}</span></div>'
            f'<div class="rw one"><label>Presenter(s)</label><span>{e(presenter)}</span></div>'
            f'<div class="rw two"><label>Date</label><span>{e(date)}</span><label>Time</label>'
            f"<span>{e(time)}</span></div>"
            f'<div class="rw two"><label>{e(credit_label)}</label><span>{e(credit)}</span>'
            f"<label>Room</label><span>{e(room)}</span></div>"
            f'<div class="rw two"><label>Signature</label><span class="hw"><i style="{ink}">{e(signature)}</i></span>'
            f'<label>Room monitor</label><span class="hw"><i style="{ink}">{e(monitor)}</i></span></div>'
            f'<div class="nt">{e(NOTES[i])}</div></div></div>'
        )
    if torn:
        parts.append('<div class="cs" style="visibility:hidden"></div>')
    return {
        "pen": d.pick(["#1a2a6c", "#1d1d1d", "#0d3b8c"]),
        "desk": d.pick(["#8b6b4a", "#b9b3a8", "#6e5a48"]),
        "row_gap": d.pick([5, 6]),
        "label_w": 118,
        "hand_px": 19 if len(name) < 24 else 17,
        "ins_head": d.pick(["Instructions:", "Please note:"]),
        "ins_text": d.pick(
            [
                "Complete all three parts in ink. Parts 1 and 2 are yours to keep; part 3 is "
                "collected by the room monitor at the door. Slips are handed out only after the "
                "session ends.",
                "Print clearly and fill in every part. Keep the first two copies for your records "
                "and return the last one to the session monitor before leaving the room.",
            ]
        ),
        "parts_html": "".join(parts),
        "torn_html": '<div class="torn"></div>' if torn else "",
        "tear": _tear(d.rng),
    }
