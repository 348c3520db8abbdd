"""Not a record of credit: one day's page of a trade show's printed
education programme, landscape. A header with the show's name, the day's
date, the venue and a small track legend of coloured squares; then a grid
with the clock times down the left and one column per room. Each session
cell is tinted by its track and holds the title, the speaker and a small
tag with the credit the session is approved for (or that it is not CE
eligible). Full-width rows cross the grid for the keynote, the coffee
break in the exhibit hall and lunch. A footer says the programme may
change, how credit is recorded (badge scans at the door) and the page
number. It names people, an organisation, a date and hours, and records no
credit for anyone."""

SOURCE = (
    "pgeu/pgeu-system:docs/confreg/schedule.md (rooms as columns, session slots as rows, tracks "
    "as colours, cross-schedule sessions such as coffee breaks and lunch spanning the whole "
    "schedule); zookeepr/zookeepr:zookeepr/templates/schedule/tuesday.mako (programme table "
    "with a slot column and colspan rows)"
)
KIND = "other"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "other",
    "landscape",
    "table",
    "distractor-person",
    "distractor-date",
    "provider-in-logo",
    "tiny-footer",
)

TEMPLATE = """<style>
.hd { position:absolute; left:36px; right:36px; top:24px; display:flex; justify-content:space-between; align-items:flex-end; border-bottom:2px solid ${dark}; padding-bottom:6px; font-family:${sans} }
.hd .ev { font: bold 22px ${display}; color:${dark} }
.hd .dy { font: 14px ${sans}; margin-top:2px; color:#333 }
.lg { font-size:10px; color:#333; text-align:right; line-height:15px }
.lg i { display:inline-block; width:10px; height:10px; margin:0 3px 0 10px; vertical-align:-1px }
table { position:absolute; left:36px; right:36px; top:${top}px; width:calc(100% - 72px); border-collapse:collapse; table-layout:fixed; font-family:${sans} }
th { background:${dark}; color:#fff; font-size:11px; padding:5px 4px; border:1px solid #fff; letter-spacing:.5px }
td { border:1px solid #bbb; padding:4px 6px; vertical-align:top; font-size:10.5px; line-height:13px }
td.sc { height:${cell_h}px }
td.tm { width:78px; font: bold 10.5px ${sans}; color:#333; background:#f2f2f2; text-align:center; vertical-align:middle }
td.x { text-align:center; vertical-align:middle; font: italic 12px ${serif}; color:#333; background:#f7f7f7; height:26px }
td .t { font-weight:bold; color:#111 }
td .s { color:#444; margin-top:2px }
td .g { display:inline-block; margin-top:3px; font-size:8.5px; padding:0 4px; border:1px solid #777; border-radius:3px; background:#fff }
.ft { position:absolute; left:36px; right:36px; bottom:16px; display:flex; justify-content:space-between; font: 9px ${sans}; color:#555 }
</style>
<div class="hd">
 <div><div class="ev">${event}</div><div class="dy">${day_line}</div></div>
 <div class="lg">${legend_html}</div>
</div>
<table>
 <tr><th style="width:78px">${time_head}</th>${rooms_html}</tr>
 ${rows_html}
</table>
<div class="ft"><span>${change}</span><span>${how}</span><span>${page}</span></div>
"""

TRACKS = [
    ("Water & Drying", "#dbeafe"),
    ("Mold & IAQ", "#dcfce7"),
    ("Fire & Odor", "#fee2e2"),
    ("Business", "#fef3c7"),
    ("Textiles", "#ede9fe"),
]
EXTRA = [
    "Estimating Water Losses Line by Line",
    "Building a Safety Culture on Small Crews",
    "Carpet Fiber Identification Lab",
    "Subrogation Basics for Contractors",
    "Thermal Cameras: Beyond the Pretty Picture",
    "Contents Cleaning After Smoke Damage",
    "Hiring and Keeping Technicians",
    "Crawlspace Encapsulation Q&A",
]


def fill(d):
    import html
    from datetime import timedelta

    from corpus import values as V
    from corpus.formats import fmt_date

    e = html.escape
    r = d.rng
    nrooms = d.pick([3, 4, 4])
    rooms = r.sample(
        ["Room 201A", "Room 201B", "Hall C", "Ballroom B", "Room 308", "Room 114", "Demo Stage"],
        nrooms,
    )
    tracks = r.sample(TRACKS, 4)
    pool = r.sample(V.SESSIONS + EXTRA, len(V.SESSIONS + EXTRA))
    slots = [
        ("8:00 – 9:00", "keynote"),
        ("9:15 – 10:45", "grid"),
        ("10:45 – 11:15", "break"),
        ("11:15 – 12:15", "grid"),
        ("12:15 – 1:30", "lunch"),
        ("1:30 – 3:00", "grid"),
        ("3:15 – 4:15", "grid"),
    ]
    creds = {"9:15 – 10:45": "1.5", "11:15 – 12:15": "1", "1:30 – 3:00": "1.5", "3:15 – 4:15": "1"}
    rows = []
    for t, kind in slots:
        if kind == "keynote":
            rows.append(
                f'<tr><td class="tm">{t}</td><td class="x" colspan="{nrooms}">{d.pick(["Opening keynote", "General session"])}: '
                f"{e(d.person())} · {d.pick(['Main Stage', 'Grand Ballroom'])}</td></tr>"
            )
        elif kind == "break":
            rows.append(
                f'<tr><td class="tm">{t}</td><td class="x" colspan="{nrooms}">{d.pick(["Coffee break in the exhibit hall", "Refreshment break · Exhibit Hall open"])}</td></tr>'
            )
        elif kind == "lunch":
            rows.append(
                f'<tr><td class="tm">{t}</td><td class="x" colspan="{nrooms}">{d.pick(["Lunch on the show floor", "Lunch (on your own)", "Awards luncheon — ticket required"])}</td></tr>'
            )
        else:
            cells = []
            for _ in range(nrooms):
                title = pool.pop()
                name, color = r.choice(tracks)
                tag = (
                    f"{d.pick(['IICRC CEC', 'CEC', 'CE'])} {creds[t]}"
                    if r.random() < 0.7
                    else d.pick(["Not CE eligible", "No CE", "Panel · no CE"])
                )
                cells.append(
                    f'<td class="sc" style="background:{color}"><div class="t">{e(title)}</div>'
                    f'<div class="s">{e(d.person())}</div><span class="g">{tag}</span></td>'
                )
            rows.append(f'<tr><td class="tm">{t}</td>{"".join(cells)}</tr>')
    day = d.completed + timedelta(days=d.pick([-1, 0, 1]))
    event = d.pick(V.EVENTS)
    legend = "".join(
        f'<i style="background:{c}; border:1px solid #999"></i>{e(n)}' for n, c in tracks[:2]
    )
    legend += "<br>" + "".join(
        f'<i style="background:{c}; border:1px solid #999"></i>{e(n)}' for n, c in tracks[2:]
    )
    return {
        "top": "92",
        "cell_h": d.pick(["62", "66", "70"]),
        "event": f"{event} {d.completed.year}",
        "day_line": f"{d.pick(['Education Program', 'Conference Schedule', 'Classroom Sessions'])} · "
        f"{d.pick(['Day 1', 'Day 2', 'Day 3'])} · {fmt_date(day, 'weekday')} · {d.venue()}",
        "legend_html": legend,
        "time_head": "Time",
        "rooms_html": "".join(f"<th>{e(rm)}</th>" for rm in rooms),
        "rows_html": "".join(rows),
        "change": d.pick(
            [
                "Program subject to change. Check the show app for updates.",
                "Schedule as of printing; rooms may change.",
            ]
        ),
        "how": d.pick(
            [
                "CE credit is recorded by badge scan at the session door — arrive on time.",
                "Scan in and out of each session to have credit recorded.",
            ]
        ),
        "page": f"Page {d.pick([2, 3, 4, 5])}",
    }
