"""A show's continuing education verification form, portrait: the show
name and its dates in a ruled header, typed attendee fields, instructions,
then a session log table where one row has been filled in by hand (day,
session code, title, start and end time, hours, monitor initials) and the
remaining rows are blank, a total line and the attendee's signature."""

SOURCE = (
    "PactoSigna/Sample.QMS.ISO13485:docs/templates/TMPL-002-training-log.md (training log "
    "table with trainer and trainee signature columns); wording: CE verification forms "
    "handed out at restoration conventions"
)
KIND = "session"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "table",
    "date-range",
    "portrait",
    "handwriting",
    "labelled",
    "distractor-person",
    "time-attended",
)

TEMPLATE = """<style>
.w { position:absolute; inset:40px 46px; font: 12px ${sans}; color:#111 }
.hd { text-align:center; border-top:4px solid ${dark}; border-bottom:1px solid ${dark}; padding:10px 0 8px }
.hd .ev { font: bold 24px ${head}; color:${dark} } .hd .dt { font-size:13px; margin-top:3px } .hd .vn { font-size:11.5px; color:#444 }
h1 { font: bold 16px ${sans}; text-align:center; letter-spacing:1.5px; text-transform:uppercase; margin:14px 0 10px }
.att { display:grid; grid-template-columns: 1fr 1fr; column-gap:26px; row-gap:8px; margin-bottom:12px }
.att div { border-bottom:1px solid #555; padding-bottom:2px; display:flex; gap:8px; align-items:flex-end; min-height:26px }
.att label { font-size:9.5px; text-transform:uppercase; color:#444; flex:none; padding-bottom:2px }
.att span { font-size:13px }
.att .h { font: 20px ${hand}; color:${ink} }
.ins { font-size:10.5px; line-height:15px; color:#333; background:${light}; padding:7px 10px; margin-bottom:10px }
table { width:100%; border-collapse:collapse; font-size:11px }
th { border:1px solid #333; background:#e8e8e8; padding:5px 4px; font-size:9.5px; text-transform:uppercase }
td { border:1px solid #333; height:34px; padding:2px 5px; font: ${hs}px ${hand}; color:${ink}; vertical-align:middle }
td.c { text-align:center }
.tot { display:flex; justify-content:flex-end; gap:10px; align-items:flex-end; margin-top:8px; font-size:11px }
.tot span { border-bottom:1px solid #333; min-width:70px; text-align:center; font: 20px ${hand}; color:${ink} }
.sg { display:flex; gap:30px; margin-top:22px; font-size:9.5px; text-transform:uppercase; color:#444 }
.sg div { flex:1; border-top:1px solid #333; padding-top:3px; position:relative }
.sg .h { position:absolute; bottom:16px; left:6px; font: 22px ${hand}; color:${ink}; text-transform:none; white-space:nowrap }
.fn { position:absolute; left:0; right:0; bottom:0; font-size:9px; color:#666; text-align:center }
</style>
<div class="w">
 <div class="hd"><div class="ev">${event}</div><div class="dt">${range}</div><div class="vn">${venue}</div></div>
 <h1>${heading}</h1>
 <div class="att">
  <div><label>Name</label><span class="h">${name}</span></div>
  <div><label>Badge no.</label><span>${badge}</span></div>
  <div><label>Company</label><span class="h">${company}</span></div>
  <div><label>IICRC cert. no.</label><span class="h">${cert}</span></div>
 </div>
 <div class="ins">${instructions}</div>
 <table>
  <tr><th style="width:8%">Day</th><th style="width:10%">Session</th><th>Session title</th><th style="width:9%">Start</th>
   <th style="width:9%">End</th><th style="width:8%">Hours</th><th style="width:10%">Monitor</th></tr>
  <tr><td class="c">${day}</td><td class="c">${code}</td><td>${title}</td><td class="c">${start}</td><td class="c">${end}</td>
   <td class="c">${hours}</td><td class="c">${monitor}</td></tr>
  ${blank_html}
 </table>
 <div class="tot">Total hours claimed <span>${total}</span></div>
 <div class="sg"><div><span class="h">${sig}</span>Attendee signature</div><div>Date</div></div>
 <div class="fn">${fine}</div>
</div>
"""
WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def fill(d):
    r = d.rng
    start = d.pick([8 * 60, 9 * 60 + 30, 11 * 60, 13 * 60 + 30, 15 * 60])
    length = round(d.credit * 60)

    def clock(m):
        h, mm = divmod(m, 60)
        return f"{(h - 1) % 12 + 1}:{mm:02d}"

    hours = d.hours_number()
    company = d.pick(
        ["Dry-Rite Restoration", "Bluewater Carpet Care", "Self", "Apex Cleaning", "ProDry LLC"]
    )
    title = d.title()
    return {
        "head": d.fonts[d.pick(["display", "sans", "serif"])],
        "ink": d.pick(["#1a2a80", "#222", "#0d3b66"]),
        "hs": 17 if len(title) > 34 else 18,
        "event": d.provider(),
        "range": d.date_range(d.pick([1, 2, 2])),
        "venue": d.venue(),
        "heading": d.pick(
            [
                "Continuing Education Verification Form",
                "CE Credit Verification",
                "Session Attendance Log",
            ]
        ),
        "name": d.name("plain"),
        "badge": f"{r.randrange(100000, 999999)}",
        "company": company,
        "cert": f"{r.randrange(10000, 999999)}",
        "instructions": d.pick(
            [
                "Record each session you attend. Have the room monitor initial the row as you leave. "
                "Keep this form; the show does not submit credit on your behalf.",
                "One row per session. Hours are credited only for the time between start and end "
                "shown by the monitor. Retain this form for audit.",
            ]
        ),
        "day": WEEKDAYS[d.completed.weekday()],
        "code": f"{d.pick(['E', 'S', 'T'])}{r.randrange(10, 99)}",
        "title": title,
        "start": clock(start),
        "end": clock(start + length),
        "hours": hours,
        "monitor": "".join(p[0] for p in d.person().replace(".", "").split()[:2]),
        "blank_html": "<tr><td></td><td></td><td></td><td></td><td></td><td></td><td></td></tr>"
        * d.pick([10, 11, 12]),
        "total": hours,
        "sig": f"{d.first.split()[0]} {d.last}",
        "fine": d.pick(
            [
                "Form 3 — Education Department. Duplicate forms are not issued after the show.",
                "Lost forms cannot be replaced. Photocopies are accepted by most certifying bodies.",
            ]
        ),
    }
