"""A half-sheet handed out at the door of one education session at a trade
show: a dark band across the top with the show's name in white and its dates
and venue on a smaller line under it, a heading under it, then a two-column
body. On the left, label-and-value rows: attendee, session, speaker, date,
start and end times, and the credit with the minutes it stands for. On the
right, a bordered box for the room monitor: a round "verified" stamp, the
session code and the monitor's printed name. A blank line for the attendee's
signature sits under the rows, and a note on how time in the room is
credited runs along the foot."""

SOURCE = (
    "https://peps.ohio.gov/IndividualLicensing/ContinuingEd/AttendanceDocumentation.aspx "
    "(a certificate of attendance shows the date, the hours earned, the location, the topic "
    "and the instructor's name) and "
    "https://csweorg-dev.azurewebsites.net/Events-Meetings/APM-Archives/2014-APM/CEs/"
    "Attendance-Tracking (credit by minutes of instruction in the room)"
)
KIND = "session"
PAPER = "half-letter"
CATEGORIES = (
    "slip",
    "dark-band",
    "labelled",
    "landscape",
    "date-range",
    "distractor-person",
    "time-attended",
    "stamp",
    "distractor-date",
)

TEMPLATE = """<style>
.band { position:absolute; left:0; right:0; top:0; height:70px; background:${dark}; color:#fff; padding:12px 34px 0; font-family:${sans} }
.band .ev { font: bold 21px ${sans}; line-height:26px; white-space:nowrap }
.band .dt { font-size:12px; line-height:17px; opacity:0.95; margin-top:2px }
h2 { position:absolute; left:34px; right:34px; top:84px; margin:0; font: bold 16px ${sans}; letter-spacing:2px; text-transform:uppercase; color:${dark} }
.l { position:absolute; left:34px; top:118px; width:500px; font: 13px ${sans}; color:#222 }
.l table { border-collapse:collapse; width:100% }
.l td { padding:5px 6px 5px 0; border-bottom:1px solid #ddd; vertical-align:top }
.l td.k { width:118px; color:#666; font-size:11px; text-transform:uppercase; letter-spacing:0.5px; padding-top:7px }
.l .nm { font-weight:bold; font-size:15px }
.box { position:absolute; right:34px; top:118px; width:200px; height:236px; border:1.5px solid ${dark}; padding:10px 12px; font: 11px ${sans}; color:#333; text-align:center }
.box .bh { font-weight:bold; text-transform:uppercase; letter-spacing:1px; font-size:10px; color:${dark} }
.st { width:96px; height:96px; margin:12px auto 10px; border:3px double ${accent}; border-radius:50%; color:${accent};
  font: bold 13px ${sans}; letter-spacing:1px; display:flex; align-items:center; justify-content:center }
.box .cd { font: bold 15px ${mono}; margin:2px 0 8px }
.box .mn { border-top:1px solid #777; margin-top:14px; padding-top:3px }
.asg { position:absolute; left:34px; top:408px; width:280px; border-top:1px solid #555; padding-top:3px; font: 10px ${sans}; color:#555 }
.ft { position:absolute; left:34px; right:34px; bottom:16px; font: 10px ${sans}; color:#555; line-height:14px; border-top:1px solid #ccc; padding-top:6px }
</style>
<div class="band"><div class="ev">${event}</div><div class="dt">${show_dates} · ${venue}</div></div>
<h2>${heading}</h2>
<div class="l"><table>
 <tr><td class="k">${name_label}</td><td class="nm">${name}</td></tr>
 <tr><td class="k">Session</td><td><b>${title}</b></td></tr>
 <tr><td class="k">${speaker_label}</td><td>${speaker}</td></tr>
 <tr><td class="k">Date</td><td>${date}</td></tr>
 <tr><td class="k">Time</td><td>${times} · ${room}</td></tr>
 <tr><td class="k">Credit</td><td>${hours} (${minutes} minutes)</td></tr>
</table></div>
<div class="box"><div class="bh">${box_head}</div><div class="st">${stamp}</div>
 Session code<div class="cd">${code}</div><div class="mn">${monitor}<br>${monitor_role}</div></div>
<div class="asg">${sign_label}</div>
<div class="ft">${note}</div>
"""


def fill(d):
    from datetime import timedelta

    from corpus.formats import fmt_range

    before, after = d.pick([(0, 2), (1, 1), (2, 0), (1, 2), (2, 1)])
    show = fmt_range(
        d.completed - timedelta(days=before), d.completed + timedelta(days=after), d.rng
    )
    minutes = int(round(d.credit * 60))
    start = d.pick([8 * 60, 9 * 60, 10 * 60 + 30, 13 * 60, 14 * 60 + 30, 15 * 60 + 45])

    def clock(m):
        h, mm = divmod(m, 60)
        return f"{(h - 1) % 12 + 1}:{mm:02d} {'a.m.' if h < 12 else 'p.m.'}"

    return {
        "event": d.provider(),
        "show_dates": show,
        "venue": d.venue(),
        "heading": d.pick(
            ["Session attendance certificate", "Education session – proof of attendance"]
        ),
        "name_label": d.pick(["Attendee", "Name", "Participant"]),
        "name": d.name(d.pick(["plain", "plain", "upper"])),
        "title": d.title("plain"),
        "speaker_label": d.pick(["Speaker", "Presenter", "Instructor"]),
        "speaker": d.person() + d.pick(["", ", CR", ", WLS", ", CIEC"]),
        "date": d.date(d.pick(["weekday", "long", "us_numeric", "short_month"])),
        "times": f"{clock(start)} – {clock(start + minutes)}",
        "room": d.pick(["Room 104", "Ballroom B", "Hall C, Stage 2", "Room 2/3"]),
        "hours": d.hours(d.pick(["cec_hours", "cecs", "hrs"])),
        "minutes": minutes,
        "box_head": d.pick(["Room monitor", "Validated by"]),
        "stamp": d.pick(["VERIFIED", "ATTENDED", "VALIDATED"]),
        "code": f"{d.pick(['ED', 'S', 'T'])}-{d.rng.randrange(100, 999)}",
        "monitor": d.person(),
        "monitor_role": d.pick(["Room monitor", "Show education staff"]),
        "sign_label": d.pick(["Attendee signature", "Signature of attendee"]),
        "note": d.pick(
            [
                "Credit is given for time in the room: one CEC hour for each 60 minutes of "
                "instruction. Leaving early voids this slip. Keep it with your records; the "
                "show does not report attendance for you.",
                "Submit this slip with your CEC report. Slips without the monitor's stamp and "
                "session code cannot be credited.",
            ]
        ),
    }
