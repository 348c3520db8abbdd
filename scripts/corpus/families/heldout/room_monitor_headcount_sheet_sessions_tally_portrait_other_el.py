"""Not a certificate: the headcount sheet a room captain fills in for one
room of a show's education wing over one day and hands to the education
office. A form header with the show's name, the room and the day, the
captain's printed name, then a table of the day's sessions in that room
(start time, session title, speaker, seats set, counts taken ten minutes
in and at the midpoint, and a remark), counts written by hand. A box for
A/V problems and the captain's signature line close it. It names sessions,
speakers and a date and records no continuing-education credit for
anyone: counts are of chairs, not of attendees' credit."""

SOURCE = (
    "kevinbutchart/flightplanner:app/assets/stylesheets/main.csx (bordered print table with a "
    "coloured header row); wording of convention room-monitor headcount forms"
)
KIND = "other"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "other",
    "table",
    "portrait",
    "record",
    "handwriting",
    "distractor-person",
    "distractor-date",
)

TEMPLATE = """<style>
.p { position:absolute; inset:0; font-family:${sans}; color:#1b1b1b }
.hd { position:absolute; left:48px; right:48px; top:40px; border:2px solid #222; display:grid; grid-template-columns: 2fr 1fr }
.hd .a { padding:10px 14px; border-right:2px solid #222 } .hd .a b { font: bold 19px ${sans}; display:block }
.hd .a span { font-size:13px; color:#444; letter-spacing:2px; text-transform:uppercase }
.hd .b { padding:10px 14px; font-size:13px; line-height:21px }
.meta { position:absolute; left:48px; right:48px; top:128px; display:flex; gap:24px; font-size:13px }
.meta div { flex:1; border-bottom:1px solid #444; padding-bottom:3px } .meta i { font-style:normal; color:#666; margin-right:6px }
.meta .hw { font: 18px ${hand}; color:#1d2f7a }
table { position:absolute; left:48px; right:48px; top:182px; width:calc(100% - 96px); border-collapse:collapse; font-size:11.5px }
th { background:${band}; color:#fff; font-size:10px; text-transform:uppercase; letter-spacing:0.5px; padding:6px 5px; border:1px solid #333; text-align:left }
td { border:1px solid #555; padding:6px 5px; height:46px; vertical-align:middle }
td.hw { font: 19px ${hand}; color:#1d2f7a; text-align:center }
td.rm { font: 15px ${hand}; color:#1d2f7a }
.av { position:absolute; left:48px; right:48px; top:${av_top}px; border:1px solid #444; height:86px; padding:6px 10px; font-size:12px; color:#444 }
.av .hw { font: 17px ${hand}; color:#1d2f7a; margin-top:6px }
.sg { position:absolute; left:48px; right:48px; bottom:60px; display:flex; justify-content:space-between; font-size:12px; color:#444 }
.sg div { width:45%; border-top:1px solid #333; padding-top:4px }
.ft { position:absolute; left:48px; right:48px; bottom:24px; font-size:10px; color:#666 }
</style>
<div class="p">
 <div class="hd"><div class="a"><b>${event}</b><span>${form_title}</span></div><div class="b">Room: <b>${room}</b><br>${day}</div></div>
 <div class="meta"><div><i>Room captain</i><span class="hw">${captain}</span></div><div><i>Shift</i>${shift}</div></div>
 <table>
  <tr><th>Start</th><th>Session</th><th>Speaker</th><th>Seats set</th><th>Count @10 min</th><th>Count @ mid</th><th>Remarks</th></tr>
  ${rows_html}
 </table>
 <div class="av">${av_label}<div class="hw">${av_note}</div></div>
 <div class="sg"><div>${sig_label}</div><div>${recv_label}</div></div>
 <div class="ft">${foot}</div>
</div>
"""

REMARKS = ["SRO", "overflow", "late start", "mic issue", "", "", "full", "walk-outs"]


def fill(d):
    import html

    from corpus import values as V
    from corpus.formats import fmt_date

    r = d.rng
    n = d.pick([4, 5, 5])
    titles = r.sample(V.SESSIONS, n)
    starts = sorted(
        r.sample([8 * 60, 9 * 60 + 30, 11 * 60, 13 * 60 + 30, 15 * 60, 16 * 60 + 30], n)
    )
    rows = []
    for title, s in zip(titles, starts, strict=True):
        seats = d.pick([60, 80, 100, 120, 150])
        c1 = r.randrange(seats // 3, seats + 10)
        c2 = max(0, c1 + r.randrange(-15, 9))
        h, m = divmod(s, 60)
        cells = [
            f"{(h - 1) % 12 + 1}:{m:02d}",
            html.escape(title),
            html.escape(d.person()),
            str(seats),
        ]
        rows.append(
            "<tr>"
            + "".join(f"<td>{c}</td>" for c in cells)
            + f'<td class="hw">{c1}</td><td class="hw">{c2}</td>'
            + f'<td class="rm">{html.escape(d.pick(REMARKS))}</td></tr>'
        )
    return {
        "band": d.pick(["#333333", "#1f3a5f", "#5b2333", "#0b3d2e"]),
        "av_top": 182 + 30 + n * 47 + 30,
        "event": f"{d.pick(V.EVENTS)} {d.completed.year}",
        "form_title": d.pick(["Room headcount sheet", "Room captain report", "Session count form"]),
        "room": f"{r.randrange(101, 299)}{d.pick(['', 'A', 'B'])}",
        "day": fmt_date(d.completed, d.pick(["weekday", "long"])),
        "captain": d.person(),
        "shift": d.pick(["All day", "Full day (7:30 – 5:30)", "Day shift"]),
        "rows_html": "".join(rows),
        "av_label": d.pick(["A/V or room problems:", "Notes for the education office:"]),
        "av_note": d.pick(
            [
                "Projector reset twice in the 2nd session",
                "Need more chairs – move 20 from 204",
                "Thermostat stuck, room too warm",
            ]
        ),
        "sig_label": "Room captain signature",
        "recv_label": "Received by (education office)",
        "foot": d.pick(
            [
                "Return this sheet to the education office by 6 PM. Headcounts are for room planning "
                "only; attendee credit is recorded by badge scan.",
                "Counts are used to size rooms next year. Do not record attendee names on this form.",
            ]
        ),
    }
