"""An attendance record printed from a conference's CE portal for one
session: a dark header band with the conference's name and "CE attendance
record" in white, the attendee block, then a small table of badge scans
(entry and exit times and the minutes between), the session it was for and
the credit it earned, and a note on how credit is awarded."""

SOURCE = "https://csweorg-dev.azurewebsites.net/Events-Meetings/APM-Archives/2014-APM/CEs/Attendance-Tracking (badge scans on entering and leaving CE sessions)"
KIND = "session"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = ("record", "dark-band", "table", "labelled", "portrait", "distractor-person")

TEMPLATE = """<style>
.band { position:absolute; left:0; right:0; top:0; background:${dark}; color:#fff; padding:26px 56px 20px; font-family:${sans} }
.band .e { font: bold 24px ${sans} } .band .s { font-size:13px; letter-spacing:2.5px; margin-top:4px; text-transform:uppercase; opacity:0.9 }
.w { position:absolute; left:56px; right:56px; top:140px; font: 14px ${sans}; color:#222 }
.who { display:grid; grid-template-columns:150px 1fr; gap:6px 10px; margin-bottom:26px }
.who span { color:#666 }
h3 { font-size:14px; margin:0 0 8px; text-transform:uppercase; letter-spacing:1px; color:${dark} }
table { width:100%; border-collapse:collapse; margin-bottom:24px } th { text-align:left; font-size:12px; color:#555; border-bottom:2px solid ${dark}; padding:6px }
td { padding:8px 6px; border-bottom:1px solid #ddd; vertical-align:top }
.note { font-size:12px; color:#555; line-height:18px }
</style>
<div class="band"><div class="e">${event}</div><div class="s">${band_sub}</div></div>
<div class="w">
 <div class="who"><span>Attendee</span><b>${name}</b><span>Badge ID</span><div>${badge}</div><span>Organization</span><div>${company}</div></div>
 <h3>Session</h3>
 <table><tr><th>Code</th><th>Title</th><th>Presenter</th><th>Date</th><th>Credit</th></tr>
  <tr><td>${code}</td><td><b>${title}</b></td><td>${presenter}</td><td>${date}</td><td>${hours}</td></tr></table>
 <h3>Badge scans</h3>
 <table><tr><th>Scan</th><th>Door</th><th>Time</th><th>Minutes</th></tr>
  <tr><td>Entry</td><td>${door}</td><td>${t_in}</td><td></td></tr>
  <tr><td>Exit</td><td>${door}</td><td>${t_out}</td><td>${minutes}</td></tr></table>
 <div class="note">${note}</div>
</div>
"""


def fill(d):
    start_h = d.pick([8, 9, 10, 13, 14, 15])
    minutes = int(d.credit * 60) + d.pick([2, 4, 7, 9])
    begin = start_h * 60 + d.pick([-2, 0, 1, 3])

    def clock(m):
        h, mm = divmod(m, 60)
        return f"{(h - 1) % 12 + 1}:{mm:02d} {'AM' if h < 12 else 'PM'}"

    return {
        "event": d.provider(),
        "band_sub": d.pick(["CE attendance record", "Continuing education record"]),
        "name": d.name(d.pick(["plain", "last_first", "upper"])),
        "badge": d.number(),
        "company": d.pick(["Rapid Dry Restoration", "Blue Line Cleaning", "Self-employed"]),
        "code": f"{d.pick(['W', 'T', 'F'])}{d.rng.randrange(10, 99)}",
        "title": d.title("plain"),
        "presenter": d.person(),
        "date": d.date(d.pick(["us_numeric", "short_month", "iso"])),
        "hours": d.hours(d.pick(["cecs", "cec_hours", "hrs"])),
        "door": d.pick(["Room 201 A", "Hall C North", "Ballroom 3"]),
        "t_in": clock(begin),
        "t_out": clock(begin + minutes),
        "minutes": minutes,
        "note": d.pick(
            [
                "Credit is awarded only when both an entry and an exit scan are recorded and the "
                "session evaluation is submitted. Print this record for your files.",
                "One credit is awarded per 60 minutes of instruction. Records cannot be changed "
                "after the conference closes.",
            ]
        ),
    }
