"""The sign a trade show posts in a holder beside the door of an education
room, printed on a portrait sheet, not anyone's record of credit: a dark
band across the top carries the show's square logo mark with its name and
year beside it and, at the right, the room in large light type, over a
thin accent strip naming the education program. Under it a kicker ("Now in
this room" or "Seminar"), the session's day and its start and end times,
the session title in very large bold type, the speaker's name and company
after "Presented by" and a labelled moderator line. A boxed panel in the
accent colour gives the CEC hours attendees may earn, with the approval
number and the instruction to scan the badge on entering and again on
leaving (no credit for partial attendance). Below, a ruled table of the
room's sessions that day (time, session, speaker, CECs) with this
session's row shaded, and a footer with a house rule, a "posted by show
management" note and the date the sign was printed. It names a person, a
session, a show, a day and hours, and records no one's completion."""

SOURCE = (
    "glasnt/pyconau-practicals:08-signage-and-customs.md (full-colour posters printed for each "
    "room) and jeremylightsmith/agileopennorthwest:public/2011/schedule.php (a day's sessions "
    "as a ruled time / session table); wording after the attendance tracking page of CSWE's "
    "Annual Program Meeting (CE participants scan the bar code on their badges as they enter "
    "and exit CE session rooms; credit per session; late arrivals not eligible) and R&R "
    "magazine's 'IICRC Continuing Education' (convention seminars approved for CECs)"
)
KIND = "other"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "other",
    "portrait",
    "dark-band",
    "table",
    "labelled",
    "provider-in-logo",
    "distractor-person",
    "distractor-date",
    "distractor-org",
)

TEMPLATE = """<style>
.band { position:absolute; left:0; right:0; top:0; height:${band_h}px; background:${dark}; color:#fff;
  display:flex; align-items:center; justify-content:space-between; padding:0 44px }
.lg { min-width:0 }
.lg .rw { display:flex; align-items:center; gap:12px }
.lg .mk { width:38px; height:38px; background:${accent}; color:#fff; flex:none; display:flex; align-items:center;
  justify-content:center; font: bold 14px ${sans}; letter-spacing:1px; border:2px solid #fff }
.lg .nm { font: bold ${ev_size}px ${head}; white-space:nowrap }
.sub { position:absolute; left:0; right:0; top:${band_h}px; height:26px; background:${accent}; color:#fff; padding:0 44px;
  display:flex; justify-content:space-between; align-items:center; font: 12px ${sans}; letter-spacing:2px; text-transform:uppercase }
.rm { text-align:right; font-family:${sans}; line-height:1 }
.rm small { display:block; font-size:12px; letter-spacing:3px; text-transform:uppercase; opacity:0.8; margin-bottom:4px }
.rm b { font: bold ${room_size}px ${cond}; letter-spacing:1px }
.main { position:absolute; left:48px; right:48px; top:${main_top}px; font-family:${sans}; color:#1a1a1a }
.kick { display:inline-block; background:${accent}; color:#fff; font: bold 13px ${sans}; letter-spacing:3px;
  text-transform:uppercase; padding:5px 12px }
.when { margin-top:18px; font: ${when_weight} ${when_size}px ${sans}; color:${dark} }
.when span { white-space:nowrap }
.ti { margin-top:18px; font: bold ${ti_size}px ${head}; line-height:1.1; color:#111; text-transform:${ti_case} }
.by { margin-top:24px; font-size:22px; line-height:1.35; color:#333 } .by b { color:#111; font-size:26px }
.mod { margin-top:8px; font-size:16px; color:#555 } .mod b { color:#333 }
.cec { margin-top:30px; border:3px solid ${accent} }
.cec .n { background:${accent}; color:#fff; padding:8px 18px; font: bold 32px ${sans}; line-height:1.2 }
.cec .n small { font-size:13px; font-weight:normal; letter-spacing:2px; margin-left:10px }
.cec .t { padding:11px 18px 12px; font-size:16px; line-height:23px; color:#222 }
.cec .t b { color:${dark} }
h3 { margin:34px 0 6px; font: bold 15px ${sans}; letter-spacing:2px; text-transform:uppercase; color:${dark};
  border-bottom:2px solid ${dark}; padding-bottom:4px }
table { width:100%; border-collapse:collapse; font-size:14.5px }
th { text-align:left; font-size:11px; letter-spacing:1px; text-transform:uppercase; color:#555; padding:4px 6px; border-bottom:1px solid #999 }
td { padding:9px 6px; border-bottom:1px solid #ccc; vertical-align:top }
td.tm { white-space:nowrap; width:150px } td.sp { white-space:nowrap } td.cr { text-align:center; width:50px }
tr.me td { background:${light}; font-weight:bold }
.ft { position:absolute; left:48px; right:48px; bottom:30px; border-top:1px solid #bbb; padding-top:6px;
  display:flex; justify-content:space-between; font: 10.5px ${sans}; color:#666 }
</style>
<div class="band">
 <div class="lg"><div class="rw"><div class="mk">${initials}</div><div class="nm">${event}</div></div></div>
 <div class="rm"><small>${room_label}</small><b>${room}</b></div>
</div>
<div class="sub"><span>${tagline}</span><span>${sub_right}</span></div>
<div class="main">
 <div class="kick">${kicker}</div>
 <div class="when"><span>${day}</span> &nbsp;|&nbsp; <span>${times}</span></div>
 <div class="ti">${title}</div>
 <div class="by">${by_label} <b>${name}</b><br>${firm}</div>
 <div class="mod"><b>${mod_label}</b> ${moderator}</div>
 <div class="cec">
  <div class="n">${hours}<small>${cec_small}</small></div>
  <div class="t">${cec_text_html}</div>
 </div>
 <h3>${table_head}</h3>
 <table><tr><th>Time</th><th>Session</th><th>Speaker</th><th>CECs</th></tr>${rows_html}</table>
</div>
<div class="ft"><span>${foot_left}</span><span>${foot_right}</span></div>
"""

FIRMS = [
    "Moisture Mapping Consultants, LLC",
    "Dry Logic Training",
    "Indoor Air Forensics Group",
    "Benchmark Restoration Consulting",
    "Fieldline Drying Technologies",
    "Carlisle Textile Care Advisors",
    "Northwind Environmental Services",
]


def _clock(minutes: int) -> str:
    h, m = divmod(minutes, 60)
    ampm = "AM" if h < 12 else "PM"
    return f"{(h - 1) % 12 + 1}:{m:02d} {ampm}"


def fill(d):
    import html

    from corpus import values as V

    r = d.rng
    # The paper belongs to a show's education session, not to a school's course.
    d.course, d.code = d.pick(V.SESSIONS), None
    d.credit = float(d.pick([1, 1, 1.5, 1.5, 2, 0.5]))
    show = d.pick(V.EVENTS)
    d.org, d.org_alt = f"{show} {d.completed.year}", show

    event = d.provider(d.pick([None, None, "upper"]))
    title = d.title("plain")
    name = d.name(d.pick(["plain", "plain", "upper"]))
    day = d.date(d.pick(["weekday", "weekday", "long", "short_month"]))
    if d.credit == 1:
        hours = f"{d.hours_number()} CEC"
    else:
        hours = d.hours(d.pick(["cecs", "cecs", "hrs"]))
    approval = d.approval()

    # The room's day: this session in one slot, others before and after it.
    n_rows = d.pick([3, 4, 4, 5])
    mine = r.randrange(n_rows)
    others = [s for s in V.SESSIONS if s != d.course]
    r.shuffle(others)
    rows, times = [], ""
    start = d.pick([8 * 60, 8 * 60 + 30, 9 * 60])
    lunch = d.chance(0.5)

    def row(cells, cls=""):
        tds = "".join(
            f'<td class="{c}">{html.escape(v, quote=False)}</td>'
            for c, v in zip(["tm", "", "sp", "cr"], cells, strict=True)
        )
        return f'<tr class="{cls}">{tds}</tr>'

    for i in range(n_rows):
        if lunch and start >= 11 * 60 + 30:
            span = f"{_clock(start)} \u2013 {_clock(start + 60)}"
            rows.append(
                f'<tr><td class="tm">{span}</td><td colspan="3">'
                f"{d.pick(['Lunch in the Exhibit Hall', 'Lunch break', 'Exhibit hall only'])}"
                " \u00b7 room closed</td></tr>"
            )
            start += 60
            lunch = False
        credit = d.credit if i == mine else d.pick([0.5, 1, 1, 1.5])
        span = f"{_clock(start)} \u2013 {_clock(start + int(credit * 60))}"
        if i == mine:
            times = span
            rows.append(row((span, d.course, name, f"{credit:g}"), "me"))
        else:
            rows.append(row((span, others[i], d.person(), f"{credit:g}")))
        start += int(credit * 60) + d.pick([15, 15, 30])

    room = d.pick(
        [
            f"{d.pick(['W', 'N', 'S', 'E'])}{r.randrange(101, 340)}",
            f"{r.randrange(101, 340)}{d.pick(['A', 'B', 'C'])}",
            f"Salon {d.pick(['A', 'B', 'C', 'D', 'E'])}",
            f"{r.randrange(1, 30)}",
        ]
    )
    words = [w for w in show.split() if w[0].isupper() and w != "&"]
    moderator = d.pick([d.person(), f"{d.person()} (volunteer)"])
    ti_len = len(title)
    ap = html.escape(approval, quote=False)
    cec_text = d.pick(
        [
            f"<b>Approved for IICRC continuing education credit</b> \u00b7 Approval no. {ap}<br>"
            "Scan your badge as you <b>enter</b> and again as you <b>exit</b>. Attendees who arrive "
            "more than 10 minutes late or leave early will not receive credit.",
            f"<b>IICRC CEC approved</b> (course no. {ap})<br>Have your badge scanned at "
            "the door when you arrive and when you leave. No partial credit is given.",
            f"<b>CEC credit for attendees</b> \u00b7 IICRC approval {ap}<br>Both scans "
            "(in and out) are required. Certificates are e-mailed after the show; none are "
            "handed out in the room.",
        ]
    )
    return {
        "head": d.fonts[d.pick(["sans", "display", "cond"])],
        "band_h": 104,
        "initials": "".join(w[0] for w in words)[:3],
        "event": event,
        "ev_size": 18 if len(event) > 30 else 20,
        "tagline": d.pick(["Education Program", "Conference Sessions", "Seminar Schedule"]),
        "sub_right": d.pick(["Session room sign", "Badge scan required", ""]),
        "room_label": d.pick(["Room", "Meeting Room", "Hall"])
        if not room.startswith("Salon")
        else "Ballroom",
        "room": room,
        "room_size": 44 if len(room) <= 5 else 34,
        "main_top": 158,
        "kicker": d.pick(
            ["Now in this room", "Education session", "In this room today", "Seminar"]
        ),
        "when_weight": d.pick(["bold", "normal"]),
        "when_size": 28 if len(day) + len(times) < 36 else 24,
        "day": day,
        "times": times,
        "ti_size": 54 if ti_len <= 26 else (48 if ti_len <= 34 else 42),
        "ti_case": d.pick(["none", "none", "uppercase"]) if ti_len <= 36 else "none",
        "title": title,
        "by_label": d.pick(["Presented by", "Speaker:", "Presenter:"]),
        "name": name,
        "firm": d.pick(FIRMS),
        "mod_label": d.pick(["Moderator:", "Room monitor:", "Session host:"]),
        "moderator": moderator,
        "hours": hours,
        "cec_small": d.pick(["FOR ATTENDEES", "AVAILABLE", "IICRC CREDIT"]),
        "cec_text_html": cec_text,
        "table_head": f"{d.pick(['Today in', 'Sessions in', 'Schedule for'])} "
        f"{'Room ' if room[0].isdigit() or room[0] in 'WNSE' and room[1:].isdigit() else ''}{room}",
        "rows_html": "".join(rows),
        "foot_left": d.pick(
            [
                f"Capacity {r.randrange(60, 400)} \u00b7 Please silence your phone",
                f"Room capacity: {r.randrange(60, 400)} \u00b7 No food or drink",
                "Seating is first come, first served",
            ]
        ),
        "foot_right": f"{d.pick(['Posted by Show Management', 'Education Office', 'Show Management'])} "
        f"\u00b7 {d.pick(['Printed', 'Rev.', 'Updated'])} "
        f"{d.other_date('start', d.pick(['us_numeric', 'us_short', 'short_month']))}",
    }
