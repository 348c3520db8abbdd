"""A session attendance slip reprinted from a show's CE portal after the
event, half a letter sheet on its side: the show appears only as a round
monogram and wordmark in the top corner, with the slip's heading and the
reprint date opposite; a two-column block of labelled fields (attendee,
badge, session, code, day, room, presenters); a horizontal bar that shades
the part of the scheduled time the attendee was in the room between the
door scans; then side by side a table of the door scans and the show's
credit rule (minutes in the room against credit, the row that applied
marked) and a boxed line with the credit given."""

SOURCE = (
    "credit thresholds by time attended as described at https://help.conferences.io/support/"
    "solutions/articles/5000876680-adjust-credits-in-bulk-using-credit-rules and enter/exit "
    "badge scans at https://csweorg-dev.azurewebsites.net/Events-Meetings/APM-Archives/2014-APM/"
    "CEs/Attendance-Tracking; labelled field grid after Dh2002Sh08/Resume:pdf.php"
)
KIND = "session"
PAPER = "half-letter"
CATEGORIES = (
    "slip",
    "table",
    "labelled",
    "landscape",
    "provider-in-logo",
    "distractor-person",
)

TEMPLATE = """<style>
.s { position:absolute; inset:26px 34px; font: 12.5px ${sans}; color:#1b1b1b }
.hd { display:flex; justify-content:space-between; align-items:center; border-bottom:2px solid ${accent}; padding-bottom:6px }
.lg { display:flex; align-items:center; gap:9px }
.lg .m { width:40px; height:40px; border-radius:50%; background:${accent}; color:#fff; display:flex; align-items:center; justify-content:center; font: bold 14px ${display}; letter-spacing:0.5px }
.lg .w { font: bold 16px ${display}; color:${dark}; line-height:18px; max-width:330px } .lg .w small { display:block; font: 10px ${sans}; color:#555; font-weight:normal }
.hd .t { text-align:right; font: bold 14px ${sans}; color:${dark}; letter-spacing:0.5px } .hd .t small { display:block; font: 10px ${sans}; color:#666; font-weight:normal; letter-spacing:0 }
.gr { display:grid; grid-template-columns: 86px 1fr 76px 150px; column-gap:8px; row-gap:7px; margin-top:12px }
.gr .k { color:#666; font-size:10px; text-transform:uppercase; letter-spacing:0.5px; padding-top:2px }
.gr .v { font-weight:bold; border-bottom:1px solid #ddd; padding-bottom:1px; white-space:nowrap; overflow:hidden }
.tl { margin:16px 0 4px; position:relative; height:38px }
.tl .sc { position:absolute; left:0; right:0; top:12px; height:12px; background:#e6e6e6; border:1px solid #999 }
.tl .in { position:absolute; top:12px; height:12px; background:${dark} }
.tl .a, .tl .b { position:absolute; top:0; font-size:9.5px; color:#444 } .tl .b { right:0 }
.tl .cap { position:absolute; left:0; right:0; top:26px; text-align:center; font-size:10px; color:#333 }
.bt { display:flex; gap:18px; margin-top:8px }
.bt table { border-collapse:collapse; font-size:11.5px } .bt th { background:${light}; text-align:left; padding:2px 6px; border-bottom:1px solid #999; font-size:9.5px; text-transform:uppercase }
.bt td { padding:3px 6px; border-bottom:1px solid #e2e2e2 } .bt tr.on td { font-weight:bold; background:${light} }
.bt .rt { flex:1 } .bt .rt table { width:100% }
.cr { margin-top:12px; display:inline-block; border:1.5px solid ${dark}; padding:3px 10px; white-space:nowrap } .cr b { font-size:16px; color:${dark} }
.nt { margin-top:6px; font-size:10px; color:#555; line-height:13px }
.ft { position:absolute; left:0; right:0; bottom:0; display:flex; justify-content:space-between; border-top:1px solid #bbb; padding-top:4px; font-size:9.5px; color:#555 }
</style>
<div class="s">
 <div class="hd">
  <div class="lg"><div class="m">${mark}</div><div class="w">${event}<small>${venue}${show_range}</small></div></div>
  <div class="t">${heading}<small>${reprint}</small></div>
 </div>
 <div class="gr">
  <div class="k">${who_key}</div><div class="v">${name}</div><div class="k">Badge</div><div class="v">${badge}</div>
  <div class="k">Session</div><div class="v">${title}</div><div class="k">Code</div><div class="v">${code}</div>
  <div class="k">${day_key}</div><div class="v">${date}</div><div class="k">Room</div><div class="v">${room}</div>
  <div class="k">${pres_key}</div><div class="v" style="grid-column: span 3">${presenters}</div>
 </div>
 <div class="tl">
  <div class="a">${sched_start}</div><div class="b">${sched_end}</div>
  <div class="sc"></div>${bar_html}
  <div class="cap">${span_caption}</div>
 </div>
 <div class="bt">
  <table><tr><th>Door</th><th>Scan</th><th>Time</th></tr>${scans_html}</table>
  <div class="rt"><table><tr><th>${rule_head}</th><th>Credit</th><th></th></tr>${ladder_html}</table></div>
 </div>
 <div class="cr">${credit_key} <b>${hours}</b></div>
 <div class="nt">${note}</div>
 <div class="ft"><span>${verify}</span><span>${desk}</span></div>
</div>
"""

ROOMS = ["Room 201A", "Ballroom D", "Hall C Theater", "Room 108", "Salon 4", "Learning Lab 2"]


def _clock(minutes: int) -> str:
    h, m = divmod(minutes, 60)
    return f"{(h - 1) % 12 + 1}:{m:02d} {'AM' if h < 12 else 'PM'}"


def fill(d):
    from datetime import timedelta

    from corpus.formats import fmt_range

    r = d.rng
    credit = d.credit
    steps = int(round(credit * 2))
    scheduled = steps * 30
    start = r.choice(range(8 * 60, 15 * 60 + 1, 30))
    need = steps * 25
    late = r.randrange(0, 4)
    gap = r.randrange(3, 7) if steps >= 4 and d.chance(0.5) else 0
    attended = r.randrange(need + 1, scheduled - late - gap + 1)
    door = d.pick(["North", "Main", "Door 2", "Rear"])
    if gap:
        first = r.randrange(15, attended - 10)
        times = [start + late, start + late + first, start + late + first + gap]
        times.append(times[2] + attended - first)
    else:
        times = [start + late, start + late + attended]
    scans = "".join(
        f"<tr><td>{door}</td><td>{'IN' if i % 2 == 0 else 'OUT'}</td><td>{_clock(t)}</td></tr>"
        for i, t in enumerate(times)
    )
    ladder = []
    for k in range(1, steps + 1):
        on = k == steps
        ladder.append(
            f'<tr class="{"on" if on else ""}"><td>{k * 25} min or more</td>'
            f"<td>{k / 2:.1f}</td><td>{'&#9664; applied' if on else ''}</td></tr>"
        )
    show = ""
    if d.chance(0.5):
        s0 = d.completed - timedelta(days=r.randrange(0, 3))
        show = " · " + fmt_range(s0, s0 + timedelta(days=2), r)
    event = d.org_alt
    words = [w for w in event.replace("&", " ").split() if w[:1].isupper()]
    presenters = [d.person() for _ in range(d.pick([1, 1, 2]))]
    pres = " and ".join(presenters)
    if d.chance(0.4):
        pres += f"; moderator {d.person()}"
    return {
        "mark": "".join(w[0] for w in words)[:3],
        "event": d.provider(),
        "venue": d.venue(),
        "show_range": show,
        "heading": d.pick(
            ["Session Attendance Record", "CE Scan Verification", "Education Attendance Slip"]
        ),
        "reprint": d.pick(["Reprinted ", "Printed from the CE portal ", "Generated "])
        + d.other_date("print", d.pick(["us_numeric", "short_month"])),
        "who_key": d.pick(["Attendee", "Name", "Participant"]),
        "name": d.name(d.pick(["plain", "plain", "upper", "last_first"])),
        "badge": f"{r.randrange(100000, 999999)}",
        "title": d.title("plain"),
        "code": f"{d.pick(['ED', 'T', 'S'])}{r.randrange(100, 399)}",
        "day_key": d.pick(["Date", "Day", "Held"]),
        "date": d.date(d.pick(["weekday", "long", "us_numeric", "short_month", "dmy_long"])),
        "room": d.pick(ROOMS),
        "pres_key": d.pick(["Presenter", "Speaker(s)", "Faculty"]),
        "presenters": pres,
        "sched_start": "Scheduled " + _clock(start),
        "sched_end": _clock(start + scheduled),
        "bar_html": "".join(
            f'<div class="in" style="left:{100 * (a - start) / scheduled:.1f}%; '
            f'width:{100 * (b - a) / scheduled:.1f}%"></div>'
            for a, b in zip(times[::2], times[1::2], strict=True)
        ),
        "span_caption": f"In the room {attended} of {scheduled} minutes",
        "scans_html": scans,
        "rule_head": d.pick(["Time in room", "Minutes attended"]),
        "ladder_html": "".join(ladder),
        "credit_key": d.pick(["Credit given:", "Credited:", "CE awarded:"]),
        "hours": d.hours(d.pick(["cec_hours", "cecs", "iicrc_cec", "hours_title", "hrs"])),
        "verify": f"Verification {r.randrange(1000, 9999)}-{r.randrange(1000, 9999)} · {d.web()}/ce",
        "desk": f"{d.pick(['CE Desk', 'Education Office', 'Attendee Services'])} {d.phone()}",
        "note": d.pick(
            [
                "Credit follows the door scans. Attendance is reported to the IICRC by the show "
                "organizer; no other certificate is issued.",
                "One CEC per 50 minutes in the room, in half-credit steps. Keep this slip with "
                "your CE records.",
            ]
        ),
    }
