"""A one-day programme, not a certificate: the event, the date, and a
schedule table of times, sessions and speakers. It names sessions, people
and dates, none of which is a completion record."""

SOURCE = "jeremylightsmith/agileopennorthwest:public/2011/schedule.php and omsf/alchemistry:program/schedule/index.md"
KIND = "other"
PAPER = "letter-portrait"
CATEGORIES = ("other", "table", "portrait", "dark-band")

TEMPLATE = """<style>
.w { position:absolute; inset:46px 60px; font: 13px ${sans} }
h1 { font-size:26px; margin:0 } h2 { font-size:16px; font-weight:normal; margin:4px 0 18px }
table { width:100%; border-collapse:collapse } th { background:${dark}; color:#fff; padding:7px; text-align:left }
td { border-bottom:1px solid #ddd; padding:7px; vertical-align:top } tr:nth-child(even) td { background:#f7f7f7 }
.ft { margin-top:18px; font-size:10px; color:#555 }
</style>
<div class="w">
 <h1>${event}</h1><h2>Schedule &mdash; ${date} &middot; ${venue}</h2>
 <table><tr><th style="width:24%">Time</th><th>Session</th><th style="width:28%">Speaker</th></tr>${rows_html}</table>
 <div class="ft">Sessions marked CEC are approved for IICRC continuing education credit. Scan your badge at the door.</div>
</div>
"""


def fill(d):
    from corpus.values import EVENTS, SESSIONS

    times = [
        "8:00 am - 8:45 am",
        "9:00 am - 10:15 am",
        "10:30 am - 11:45 am",
        "12:00 pm - 1:00 pm",
        "1:15 pm - 2:30 pm",
        "2:45 pm - 4:00 pm",
        "4:15 pm - 5:00 pm",
    ]
    picks = d.rng.sample(SESSIONS, 5)
    rows = [f"<tr><td>{times[0]}</td><td>Registration and Continental Breakfast</td><td></td></tr>"]
    for t, s in zip(times[1:3], picks[:2], strict=True):
        rows.append(f"<tr><td>{t}</td><td>{s} (CEC 1.0)</td><td>{d.person()}</td></tr>")
    rows.append(f"<tr><td>{times[3]}</td><td>Lunch on the Expo Floor</td><td></td></tr>")
    for t, s in zip(times[4:], picks[2:], strict=False):
        rows.append(f"<tr><td>{t}</td><td>{s} (CEC 1.5)</td><td>{d.person()}</td></tr>")
    return {
        "event": f"{d.pick(EVENTS)} {d.completed.year}",
        "date": d.other_date("start", "weekday"),
        "venue": d.venue(),
        "rows_html": "".join(rows),
    }
