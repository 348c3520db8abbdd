"""A webinar attendance certificate generated from the meeting platform's
attendee report: a coloured header strip with the event's logo text, a
"Certificate of Attendance" title, a short certify sentence with the
attendee and the webinar, then a table of the attendee's join and leave
times (reconnections as separate rows) with minutes, the scheduled time
span, the presenter, and the CEC hours granted for time attended."""

SOURCE = (
    "realcme/newmigration:certifications/blades/certificate-rmeicinci-amapracat1.tpl.php "
    "(certificate of attendance with participation table)"
)
KIND = "session"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "table",
    "time-attended",
    "landscape",
    "distractor-person",
    "sentence",
    "webinar",
)

TEMPLATE = """<style>
.hd { position:absolute; left:0; right:0; top:0; height:16px; background:${accent} }
.w { position:absolute; left:70px; right:70px; top:64px; font: 14px ${sans}; color:#222 }
.top { display:flex; justify-content:space-between; align-items:center }
.ev { font: bold 18px ${cond}; color:${dark}; letter-spacing:1px; text-transform:uppercase }
.no { font: 12px ${mono}; color:#555 }
h1 { font: 46px ${serif}; color:${dark}; margin:40px 0 22px; font-weight:normal }
.s { font-size:16px; line-height:26px; max-width:860px }
.s b { font-size:19px }
.ti { font: bold 27px ${serif}; margin:12px 0 34px; color:#111 }
.cols { display:flex; gap:40px; align-items:flex-start }
table { border-collapse:collapse; font-size:13px; min-width:470px }
th { background:${light}; text-align:left; padding:6px 10px; border-bottom:2px solid ${dark}; font-size:12px; text-transform:uppercase; letter-spacing:0.5px }
td { padding:7px 10px; border-bottom:1px solid #ddd; font-family:${mono}; font-size:12.5px }
tr.t td { font-family:${sans}; font-weight:bold; border-bottom:none; font-size:13.5px }
.side { font-size:15px; line-height:25px }
.side span { color:#666 }
.cr { margin-top:18px; border:2px solid ${dark}; padding:8px 14px; display:table; font-size:15px }
.cr b { font-size:20px; color:${dark} }
.sg { position:absolute; right:70px; bottom:74px; width:260px; border-top:1px solid #555; padding-top:4px; font: 13px ${sans}; color:#333 }
.sg .h { position:absolute; bottom:100%; left:0; font: 28px ${hand}; color:#1b2c66; white-space:nowrap }
.ft { position:absolute; left:70px; right:70px; bottom:34px; font-size:11px; color:#666; display:flex; justify-content:space-between }
</style>
<div class="hd"></div>
<div class="w">
 <div class="top"><div class="ev">${org}</div><div class="no">${cert_label} ${cert_no}</div></div>
 <h1>${heading}</h1>
 <div class="s">${certify} <b>${name}</b> ${attended}</div>
 <div class="ti">${title}</div>
 <div class="cols">
  <table><tr><th>${join_head}</th><th>${leave_head}</th><th>Minutes</th></tr>${rows_html}
  <tr class="t"><td colspan="2" style="font-family:inherit">${total_label}</td><td>${total_min}</td></tr></table>
  <div class="side">
   <span>${date_label}</span> ${date}<br>
   <span>Scheduled:</span> ${sched}<br>
   <span>${presenter_label}</span> ${presenter}<br>
   <span>Format:</span> ${fmt}
   <div class="cr">${credit_label} <b>${hours}</b></div>
  </div>
 </div>
</div>
<div class="sg"><div class="h">${moderator}</div>${moderator}<br>${moderator_role}</div>
<div class="ft"><span>${fine}</span><span>${web}</span></div>
"""


def _clock(minutes, ampm):
    h, m = divmod(minutes, 60)
    if ampm:
        return f"{(h - 1) % 12 + 1}:{m:02d} {'AM' if h < 12 else 'PM'}"
    return f"{h:02d}:{m:02d}"


def fill(d):
    r = d.rng
    ampm = d.chance(0.6)
    start = d.pick([9 * 60, 10 * 60, 11 * 60, 13 * 60, 14 * 60])
    length = int(d.credit * 60)
    end = start + length
    rows, total = [], 0
    t = start - r.randrange(1, 9)
    pieces = d.pick([1, 1, 2, 3])
    cuts = sorted(r.sample(range(start + 10, end - 5), pieces - 1)) if pieces > 1 else []
    bounds = [*cuts, end + r.randrange(0, 4)]
    for b in bounds:
        leave = b
        rows.append(
            f"<tr><td>{_clock(t, ampm)}</td><td>{_clock(leave, ampm)}</td><td>{leave - t}</td></tr>"
        )
        total += leave - t
        t = leave + r.randrange(1, 3)
    return {
        "org": d.provider(),
        "cert_label": d.pick(["Certificate no.", "Ref."]),
        "cert_no": d.number(),
        "heading": d.pick(["Certificate of Attendance", "Webinar Attendance Certificate"]),
        "certify": d.pick(["This certifies that", "This is to confirm that"]),
        "name": d.name(d.pick(["plain", "plain", "upper"])),
        "attended": d.pick(
            [
                "attended the live webinar",
                "participated in the live online session",
                "was present for the live-streamed education session",
            ]
        ),
        "title": d.title(),
        "join_head": d.pick(["Join time", "Joined"]),
        "leave_head": d.pick(["Leave time", "Left"]),
        "rows_html": "".join(rows),
        "total_label": d.pick(["Total time in session", "Time attended"]),
        "total_min": f"{total}",
        "date_label": d.pick(["Date:", "Session date:", "Aired:"]),
        "date": d.date(d.pick(["long", "weekday", "short_month", "us_numeric"])),
        "sched": f"{_clock(start, ampm)} – {_clock(end, ampm)} {d.pick(['ET', 'CT', 'MT', 'PT'])}",
        "presenter_label": d.pick(["Presenter:", "Speaker:", "Instructor:"]),
        "presenter": d.person(),
        "fmt": d.pick(["Live webinar", "Live online, interactive", "Virtual session"]),
        "credit_label": d.pick(["CEC hours awarded:", "Credit granted:", "IICRC CEC:"]),
        "hours": d.hours_number(),
        "fine": d.pick(
            [
                "Credit is granted for time attended as recorded by the webinar platform.",
                "Attendance verified from the attendee report; partial attendance earns partial credit.",
            ]
        ),
        "moderator": d.person(),
        "web": d.web(),
        "moderator_role": d.pick(["Webinar Moderator", "Education Manager", d.role()]),
    }
