"""A half-sheet credit voucher printed at the room door after a trade-show
education session: a dark band with the show's name, its dates and venue and
the voucher's kind at the right; the attendee's details as two columns of
labels and values; one table row for the session (code, title, date, scan in
and out, credit); the speaker and the room; the room monitor's printed name
and initials; and below a dashed tear line the show's copy: the session code,
badge number, the attendee's name surname first, a packed date and the
credit, with a blank for the monitor."""

SOURCE = (
    "https://www.nasbaregistry.org/what-sponsors-need-to-know/what-are-some-best-practices-for-"
    "the-use-of-sign-in-sheets-for-a-group-live-program (sign-in and sign-out times, a room "
    "monitor who attests) and https://csweorg-dev.azurewebsites.net/Events-Meetings/APM-Archives/"
    "2014-APM/CEs/Attendance-Tracking (badge scanned entering and leaving each session)"
)
KIND = "session"
PAPER = "half-letter"
CATEGORIES = (
    "slip",
    "table",
    "dark-band",
    "landscape",
    "record",
    "labelled",
    "date-range",
    "distractor-person",
    "times",
)

TEMPLATE = """<style>
.w { position:absolute; inset:0; font: 13px ${sans}; color:#1a1a1a }
.band { background:${dark}; color:#fff; padding:12px 26px; display:flex; justify-content:space-between; align-items:center; height:74px }
.ev { font: bold 22px ${display} } .evs { font-size:12px; opacity:0.9; margin-top:3px }
.kd { text-align:right; font: bold 13px ${cond}; letter-spacing:2px; line-height:17px }
.kd span { display:block; font-size:19px; letter-spacing:1px }
.who { display:grid; grid-template-columns:110px 1fr 110px 1fr; gap:9px 10px; padding:20px 26px 8px }
.who .l { font-size:11px; color:#555; text-transform:uppercase; letter-spacing:0.5px; padding-top:2px }
.who .v { font-weight:bold; border-bottom:1px solid #ccc }
table { margin:16px 26px 0; width:calc(100% - 52px); border-collapse:collapse }
th { background:#e9e9e9; font-size:10.5px; text-transform:uppercase; letter-spacing:0.5px; text-align:left; padding:5px 6px; border:1px solid #999 }
td { padding:7px 6px; border:1px solid #999; font-size:13px; vertical-align:top }
.meta { padding:14px 26px 0; font-size:12px; display:flex; gap:34px }
.ver { padding:16px 26px 0; font-size:12px; display:flex; align-items:flex-end; gap:10px }
.ver .i { font: 22px ${hand}; color:#1b2f6b; border-bottom:1px solid #333; width:90px; text-align:center; line-height:26px }
.note { padding:14px 26px 0; font-size:10px; color:#444; line-height:13px }
.tear { position:absolute; left:0; right:0; bottom:78px; border-top:2px dashed #777; text-align:center; font-size:9px; color:#777 }
.tear span { background:#fff; padding:0 8px; position:relative; top:-7px }
.stub { position:absolute; left:26px; right:26px; bottom:16px; font: 11px ${mono}; color:#333; line-height:18px }
.stub div { display:flex; justify-content:space-between }
</style>
<div class="w">
 <div class="band"><div><div class="ev">${event}</div><div class="evs">${show_dates} · ${venue}</div></div>
  <div class="kd">${kind_top}<span>${kind_main}</span></div></div>
 <div class="who">
  <div class="l">${who_label}</div><div class="v">${name}</div>
  <div class="l">Badge ID</div><div class="v">${badge}</div>
  <div class="l">Company</div><div class="v">${company}</div>
  <div class="l">IICRC No.</div><div class="v">${iicrc_no}</div>
 </div>
 <table><tr><th>Session</th><th>Title</th><th>Date</th><th>${in_head}</th><th>${out_head}</th><th>${credit_head}</th></tr>
  <tr><td>${code}</td><td>${title}</td><td style="white-space:nowrap">${date}</td><td>${t_in}</td><td>${t_out}</td><td style="white-space:nowrap"><b>${hours}</b></td></tr></table>
 <div class="meta"><div>Speaker: ${speaker}</div><div>Room: ${room}</div></div>
 <div class="ver"><div>${verified_label}: ${monitor}</div><div class="i">${initials}</div></div>
 <div class="note">${note}</div>
 <div class="tear"><span>${tear}</span></div>
 <div class="stub"><div><span>SHOW COPY</span><span>${code}</span><span>Badge ${badge}</span><span>${stub_note}</span></div>
  <div><span>${stub_name}</span><span>${stub_date}</span><span>${stub_credit}</span><span>Monitor ____</span></div></div>
</div>
"""

COMPANIES = [
    "Rapid Dry Restoration, LLC",
    "Apex Water & Fire Services",
    "Hometown Carpet Care Inc.",
    "Prime Mitigation Group",
    "Allied Property Restoration",
    "Northside Cleaning Co.",
    "Summit Disaster Services",
]


def _clock(minutes: int) -> str:
    h, m = divmod(minutes, 60)
    return f"{(h - 1) % 12 + 1}:{m:02d} {'AM' if h < 12 else 'PM'}"


def fill(d):
    from datetime import timedelta

    from corpus.formats import fmt_range

    event = d.provider()
    before, after = d.pick([(0, 2), (1, 1), (2, 0), (1, 2), (2, 1)])
    show = fmt_range(
        d.completed - timedelta(days=before), d.completed + timedelta(days=after), d.rng
    )
    start = d.pick([8 * 60, 9 * 60 + 30, 10 * 60 + 15, 13 * 60, 14 * 60 + 30, 15 * 60 + 45])
    t_in = start - d.rng.randrange(0, 7)
    t_out = start + int(d.credit * 60) + d.rng.randrange(0, 5)
    monitor = d.person()
    stub_date = f"{d.completed.month:02d}{d.completed.day:02d}{d.completed.year % 100:02d}"
    heads = d.pick([("Scanned in", "Scanned out"), ("Time in", "Time out"), ("In", "Out")])
    credit_head, style = d.pick([("CEC", None), ("CECs", None), ("Credit", "cec_hours")])
    return {
        "event": event,
        "show_dates": show,
        "venue": d.venue(),
        "kind_top": d.pick(["EDUCATION SESSION", "CONTINUING EDUCATION"]),
        "kind_main": d.pick(["CE CREDIT VOUCHER", "ATTENDANCE RECORD", "SESSION VOUCHER"]),
        "who_label": d.pick(["Attendee", "Name", "Participant"]),
        "name": d.name(d.pick(["plain", "upper", "last_first"])),
        "badge": str(d.rng.randrange(100000, 999999)),
        "company": d.pick(COMPANIES),
        "iicrc_no": str(d.rng.randrange(10000, 999999)),
        "in_head": heads[0],
        "out_head": heads[1],
        "credit_head": credit_head,
        "code": f"{d.pick(['ED', 'S', 'T'])}-{d.rng.randrange(100, 399)}",
        "title": d.title("plain"),
        "date": d.date(d.pick(["us_numeric", "short_month", "iso", "us_short"])),
        "t_in": _clock(t_in),
        "t_out": _clock(t_out),
        "hours": d.hours(style) if style else d.hours_number(),
        "speaker": d.person(),
        "room": d.pick(["Hall B, Room 204", "Ballroom C", "Room 113", "Meeting Room 6A", "N231"]),
        "verified_label": d.pick(["Verified by room monitor", "Room monitor"]),
        "monitor": monitor,
        "initials": "".join(p[0] for p in monitor.split() if p[0].isupper())[:3],
        "note": d.pick(
            [
                "Keep this voucher as your proof of attendance. Credit is given only for the "
                "whole session; leaving early voids the credit.",
                "Credit is reported to the IICRC after the show from the door scans. Keep your "
                "copy with your continuing education records.",
            ]
        ),
        "tear": d.pick(["detach here", "tear along the line"]),
        "stub_note": d.pick(["Drop at registration", "Monitor keeps this part"]),
        "stub_name": f"{d.last.upper()}, {d.first.upper()}",
        "stub_date": stub_date,
        "stub_credit": f"CR {d.credit:g}",
    }
