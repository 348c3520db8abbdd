"""One day of a trade show's education programme, printed as a handout: the
show name and its dates across the top, a time / session / speaker / room /
credit table with several sessions and breaks, and sponsor and app notes at the
foot. It lists credit for many sessions and certifies nothing for anyone."""

SOURCE = "jeremylightsmith/agileopennorthwest:public/2011/schedule.php (day-by-day schedule table)"
KIND = "other"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = ("other", "table", "portrait", "distractor-person", "date-range")

TEMPLATE = """<style>
.w { position:absolute; inset:50px 56px; font: 13px ${sans}; color:#222 }
.ev { font: bold 30px ${display}; color:${dark} } .dt { font-size:14px; margin:4px 0 20px; color:#444 }
h2 { font-size:16px; background:${dark}; color:#fff; padding:6px 10px; margin:0 }
table { width:100%; border-collapse:collapse } td, th { border:1px solid #aaa; padding:6px 7px; vertical-align:top; text-align:left }
th { background:${light}; font-size:11px; text-transform:uppercase } tr.brk td { background:#f2f2f2; font-style:italic }
.foot { margin-top:20px; font-size:11px; color:#555; line-height:16px }
</style>
<div class="w">
 <div class="ev">${event}</div>
 <div class="dt">${show_range} · ${venue}</div>
 <h2>${day_heading}</h2>
 <table>
  <tr><th style="width:17%">Time</th><th>Session</th><th style="width:22%">Speaker</th><th style="width:11%">Room</th><th style="width:10%">CECs</th></tr>
  ${rows_html}
 </table>
 <div class="foot">${foot}</div>
</div>
"""


def fill(d):
    import html
    from datetime import timedelta

    from corpus import values as V
    from corpus.formats import fmt_date, fmt_range

    r = d.rng
    start = d.completed - timedelta(days=r.choice([1, 2]))
    show = fmt_range(start, d.completed, r)
    sessions = r.sample(V.SESSIONS, 5)
    slots = ["8:00 AM", "9:00 AM", "10:30 AM", "11:45 AM", "1:30 PM", "2:45 PM", "4:00 PM"]
    rows, s = [], 0
    for i, slot in enumerate(slots):
        if i in (3, 6):
            label = "Lunch on the show floor" if i == 3 else "Exhibit hall reception"
            rows.append(f'<tr class="brk"><td>{slot}</td><td colspan="4">{label}</td></tr>')
            continue
        title = html.escape(sessions[s])
        s += 1
        rows.append(
            f"<tr><td>{slot}</td><td>{title}</td><td>{html.escape(d.person())}</td>"
            f"<td>{r.choice('ABCD')}{r.randrange(1, 9)}</td><td>{r.choice(['1', '1.5', '2'])}</td></tr>"
        )
    return {
        "event": d.org,
        "show_range": show,
        "venue": d.venue(),
        "day_heading": f"Education Sessions · {fmt_date(start, 'weekday')}",
        "rows_html": "\n".join(rows),
        "foot": "Scan your badge at the door of each session to have credit posted. Sessions are "
        "subject to change; check the show app for room updates. Printed "
        + d.other_date("registered")
        + ".",
    }
