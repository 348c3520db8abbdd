"""A conference's CE verification page for one session: a dark band with the
show name and its dates in white, "Continuing Education Verification", the
attendee's details as labelled lines, then a one-row table with the session
code, title, speaker, date, time and the verification code announced in the
room, the credit for that session and a note on how codes are used."""

SOURCE = (
    "https://cacc2025.eventscribe.net/aaStatic.asp?SFP=WVJVS1lVWlNAMjE3MzI (verification codes) "
    "and https://csweorg-dev.azurewebsites.net/Events-Meetings/APM-Archives/2014-APM/CEs/Attendance-Tracking"
)
KIND = "session"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "dark-band",
    "table",
    "labelled",
    "portrait",
    "distractor-person",
    "distractor-date",
    "provider-in-logo",
)

TEMPLATE = """<style>
.band { position:absolute; left:0; right:0; top:0; height:120px; background:${dark}; color:#fff; font-family:${sans}; padding:30px 60px }
.band .ev { font: bold 28px ${cond}; letter-spacing:0.5px } .band .dt { font-size:14px; margin-top:6px; opacity:0.9 }
.w { position:absolute; top:150px; left:60px; right:60px; font: 14px ${sans}; color:#222 }
h1 { font-size:21px; margin:0 0 18px; color:${dark} }
.f { display:flex; margin:7px 0 } .f span { width:170px; color:#555 } .f b { font-size:15px }
table { width:100%; border-collapse:collapse; margin-top:24px; font-size:12.5px }
th { text-align:left; border-bottom:2px solid ${dark}; padding:6px 4px; font-size:11px; text-transform:uppercase; color:#444 }
td { border-bottom:1px solid #bbb; padding:9px 4px; vertical-align:top }
.tot { margin-top:18px; font-size:15px } .tot b { font-size:17px }
.note { margin-top:30px; font-size:11px; color:#444; line-height:16px; border-left:3px solid ${accent}; padding-left:10px }
</style>
<div class="band"><div class="ev">${event}</div><div class="dt">${show_range} · ${venue}</div></div>
<div class="w">
 <h1>${heading}</h1>
 <div class="f"><span>${name_label}</span><b>${name}</b></div>
 <div class="f"><span>Badge ID</span><b>${badge}</b></div>
 <div class="f"><span>Certification No.</span><b>${cert}</b></div>
 <table>
  <tr><th>Code</th><th>Session</th><th>Speaker</th><th>Date</th><th>Time</th><th>Verification</th></tr>
  <tr><td>${code}</td><td><b>${title}</b></td><td>${speaker}</td><td>${date}</td><td>${time}</td><td>${verif}</td></tr>
 </table>
 <div class="tot">${credit_label} <b>${hours}</b></div>
 <div class="note">${note}</div>
</div>
"""


def fill(d):
    from datetime import timedelta

    from corpus.formats import fmt_range

    before, after = d.pick([(0, 2), (1, 1), (2, 0), (1, 2)])
    show = fmt_range(
        d.completed - timedelta(days=before), d.completed + timedelta(days=after), d.rng
    )
    r = d.rng
    hour = r.choice([8, 9, 10, 11, 1, 2, 3, 4])
    ampm = "AM" if hour >= 8 else "PM"
    return {
        "event": d.provider(),
        "show_range": show,
        "venue": d.venue(),
        "heading": d.pick(
            [
                "Continuing Education Verification",
                "CE Session Verification",
                "Session Attendance Record",
            ]
        ),
        "name_label": d.pick(["Attendee", "Name", "Registrant"]),
        "name": d.name("plain"),
        "badge": f"{r.randrange(100000, 999999)}",
        "cert": d.number(),
        "code": f"{r.choice('ABCDEFGT')}{r.randrange(10, 99)}",
        "title": d.title("plain"),
        "speaker": d.person(),
        "date": d.date(d.pick(["short_month", "us_numeric", "weekday"])),
        "time": f"{hour}:{r.choice(['00', '15', '30'])} {ampm}",
        "verif": "".join(r.choice("ABCDEFGHJKMNPQRSTUVWXYZ23456789") for _ in range(6)),
        "credit_label": d.pick(["CE credit for this session:", "Hours earned:", "Credit:"]),
        "hours": d.hours(d.pick(["cec_hours", "hours_title", "cecs", "hrs"])),
        "note": "Credit is awarded only for sessions attended in full. Codes are case-sensitive and "
        "are given once, at the end of the session; this page is your record of attendance.",
    }
