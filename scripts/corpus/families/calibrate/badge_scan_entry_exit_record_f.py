"""A half sheet printed at a conference's CE desk from the badge-scan
attendance system for one education session: a dark band with the
meeting's name and the record's heading in white, the attendee's name and
badge number as labelled fields, a one-row table with the session code,
title, presenter and room, and a second table of the entry scan, exit scan,
minutes in the room and the credit awarded. A footnote states the credit
rule and that no attendance can be verified after the meeting."""

SOURCE = (
    "https://csweorg-dev.azurewebsites.net/Events-Meetings/APM-Archives/2014-APM/CEs/"
    "Attendance-Tracking (scan the badge bar code on entering and leaving the session room; "
    "1.0 credit per 60-minute session)"
)
KIND = "session"
PAPER = "half-letter"
CATEGORIES = (
    "table",
    "labelled",
    "dark-band",
    "landscape",
    "slip",
    "distractor-person",
    "times",
    "hours-in-table",
)

TEMPLATE = """<style>
.band { position:absolute; left:0; right:0; top:0; height:70px; background:${dark}; color:#fff; font-family:${face}; padding:12px 34px }
.band .ev { font: bold 20px ${face}; line-height:24px }
.band .rt { font-size:12.5px; letter-spacing:1.5px; text-transform:uppercase; opacity:0.92; margin-top:3px }
.band .pg { position:absolute; right:34px; top:16px; text-align:right; font-size:11px; line-height:15px }
.w { position:absolute; left:34px; right:34px; top:86px; font: 12.5px ${face}; color:#111 }
.who { display:flex; gap:36px; border-bottom:1px solid #bbb; padding-bottom:8px }
.who .k { font-size:9.5px; text-transform:uppercase; letter-spacing:1px; color:#555 }
.who .v { font-size:15px; font-weight:bold; margin-top:1px }
table { width:100%; border-collapse:collapse; margin-top:12px }
th { background:${light}; font-size:10px; text-transform:uppercase; letter-spacing:0.5px; text-align:left; padding:5px 7px; border:1px solid #aaa; color:#333 }
td { padding:6px 7px; border:1px solid #aaa; font-size:12.5px; vertical-align:top }
td.n { text-align:center; font-family:${mono}; font-size:12px }
td.cr { text-align:center; font-weight:bold; font-size:14px }
.nt { margin-top:12px; font-size:9.5px; line-height:12.5px; color:#444 }
.vf { position:absolute; left:34px; right:34px; bottom:42px; display:flex; justify-content:space-between; align-items:flex-end; font: 11px ${face}; color:#333 }
.vf .ev2 { line-height:16px }
.vf .sg { width:240px; text-align:center }
.vf .sg .h { font: 24px ${hand}; color:#1c2b6b; border-bottom:1px solid #444; height:32px; white-space:nowrap; overflow:hidden }
.ft { position:absolute; left:34px; right:34px; bottom:16px; display:flex; justify-content:space-between; font: 9.5px ${face}; color:#666; border-top:1px solid #ccc; padding-top:4px }
</style>
<div class="band">
 <div class="ev">${event}</div>
 <div class="rt">${record_title}</div>
 <div class="pg">${venue}<br>${printed_label} ${printed}</div>
</div>
<div class="w">
 <div class="who">
  <div><div class="k">${name_label}</div><div class="v">${name}</div></div>
  <div><div class="k">Badge #</div><div class="v">${badge}</div></div>
  <div><div class="k">${date_label}</div><div class="v">${date}</div></div>
 </div>
 <table>
  <tr><th style="width:12%">Code</th><th style="width:44%">Session</th><th>${presenter_label}</th><th style="width:11%">Room</th></tr>
  <tr><td class="n">${code}</td><td>${title}</td><td>${presenter}</td><td>${room}</td></tr>
 </table>
 <table>
  <tr><th>Entry scan</th><th>Exit scan</th><th>Minutes in room</th><th>${credit_label}</th></tr>
  <tr><td class="n">${t_in}</td><td class="n">${t_out}</td><td class="n">${minutes}</td><td class="cr">${credit}</td></tr>
 </table>
 <div class="nt">${note}</div>
</div>
<div class="vf">
 <div class="ev2">Session evaluation: <b>${eval}</b><br>Total CE sessions scanned this meeting: ${total}</div>
 <div class="sg"><div class="h">${verifier}</div>${verifier}, ${verifier_role}</div>
</div>
<div class="ft"><span>${desk}</span><span>Record ${record}</span></div>
"""


def _clock(minutes: int) -> str:
    h, m = divmod(minutes, 60)
    return f"{(h - 1) % 12 + 1}:{m:02d} {'AM' if h < 12 else 'PM'}"


def fill(d):
    r = d.rng
    start = r.choice([8 * 60, 8 * 60 + 30, 9 * 60 + 15, 10 * 60 + 30, 13 * 60, 14 * 60 + 45])
    t_in = start - r.randrange(0, 9)
    length = int(d.credit * 60)
    t_out = start + length - r.randrange(0, 6)
    code = f"{d.pick(['S', 'ED', 'W', 'T'])}{r.randrange(100, 499)}"
    return {
        "face": d.fonts[d.pick(["sans", "sans", "cond"])],
        "event": d.provider(),
        "record_title": d.pick(
            [
                "Continuing Education Attendance Record",
                "CE Session Attendance Verification",
                "Proof of Attendance — Education Session",
            ]
        ),
        "venue": d.venue(),
        "printed_label": d.pick(["Printed", "Generated"]),
        "printed": d.other_date("issue", d.pick(["us_numeric", "short_month"])),
        "name_label": d.pick(["Attendee", "Participant", "Name"]),
        "name": d.name(d.pick(["plain", "plain", "last_first", "upper"])),
        "badge": d.number(),
        "date_label": d.pick(["Session date", "Date"]),
        "date": d.date(d.pick(["short_month", "weekday", "us_numeric", "long"])),
        "presenter_label": d.pick(["Presenter", "Speaker", "Faculty"]),
        "code": code,
        "title": d.title(),
        "presenter": d.person(),
        "room": d.pick(["W204", "Ballroom B", "Hall C-3", "Room 118", "Salon 4"]),
        "t_in": _clock(t_in),
        "t_out": _clock(t_out),
        "minutes": str(t_out - t_in),
        "credit_label": d.pick(["CE credit awarded", "CECs", "Credit hours"]),
        "credit": d.hours_number(),
        "note": d.pick(
            [
                "Credit is awarded at 1.0 CE credit per 60-minute session (50 minutes of "
                "uninterrupted instruction). Attendance is recorded when the badge bar code is "
                "scanned on entering and on leaving the session room. Attendance cannot be "
                "verified after the meeting closes.",
                "Participants must scan their badge as they enter and exit each CE session and "
                "complete the session evaluation to be eligible for credit. Partial credit is "
                "not given for late arrival or early departure.",
            ]
        ),
        "desk": d.pick(
            [
                "CE Desk, Registration Level",
                "Continuing Education Office",
                "Attendance Tracking Desk",
            ]
        ),
        "record": d.number(),
        "eval": d.pick(["Submitted", "Complete", "Received"]),
        "total": str(r.randrange(2, 9)),
        "verifier": d.person(),
        "verifier_role": d.pick(["CE Coordinator", "Room Monitor", "Education Manager"]),
    }
