"""One day's agenda for a multi-day class, drawn as a vertical timeline: a
dark header band with the school's name in spaced capitals, the class title
large and the class dates and venue, a "Day n of m" tab, then a vertical
line with a round marker per block and a white card beside it (time, block
title, a line of description, the instructor leading it), either all cards
on one side or alternating left and right of the line. A footer gives the
day's instructional time, the class's CEC hours and when certificates are
issued. It plans a day; it records no one's attendance."""

SOURCE = (
    "rodrigotrindade/rodrigotrindade.github.io:site/entradasegurav1/schedule.php (event "
    "schedule as a cd-timeline: day tabs with dates, a vertical line with round markers and "
    "content cards beside it, time and speaker in each card)"
)
KIND = "other"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "other",
    "portrait",
    "dark-band",
    "date-range",
    "distractor-person",
    "agenda",
    "timeline",
)

TEMPLATE = """<style>
.band { position:absolute; left:0; right:0; top:0; height:170px; background:${dark}; color:#fff; padding:30px 56px 0 }
.band .o { font:bold 12px ${sans}; letter-spacing:3px; text-transform:uppercase; color:${light}; opacity:.85 }
.band h1 { font:bold 30px/34px ${display}; margin:10px 0 8px; color:#fff }
.band .m { font:14px ${sans}; color:${light} }
.tab { position:absolute; left:56px; top:150px; background:${accent}; color:#fff; font:bold 14px ${sans}; padding:9px 18px; letter-spacing:1px }
.tab span { font-weight:normal; opacity:.9; margin-left:8px }
.tl { position:absolute; left:56px; right:56px; top:214px; bottom:96px }
.tl:before { content:''; position:absolute; top:0; bottom:0; width:3px; background:#d7dce0; left:${line_x} }
.it { position:relative; margin-bottom:${gap}px; min-height:20px }
.it:before { content:''; position:absolute; top:8px; width:18px; height:18px; border-radius:50%; background:#fff;
  border:4px solid ${accent}; left:${dot_x}; box-sizing:border-box }
.it.brk:before { border-color:#aab2b8 }
.cd { background:#f7f8f9; border:1px solid #e3e6e8; border-radius:4px; padding:7px 12px; font:12.5px/17px ${sans}; color:#333; width:${card_w} }
.it.brk .cd { background:#fff; border-style:dashed }
.cd .t { font:bold 12px ${sans}; color:${accent}; letter-spacing:.5px }
.cd b { display:block; font:bold 14.5px/19px ${sans}; color:#111 }
.cd i { display:block; font-style:normal; color:#666; font-size:11.5px }
${side_css}
.ft { position:absolute; left:56px; right:56px; bottom:32px; border-top:2px solid ${dark}; padding-top:8px; font:11.5px/16px ${sans}; color:#444;
  display:flex; justify-content:space-between; gap:30px }
.ft b { color:#111 }
</style>
<div class="band"><div class="o">${org}</div><h1>${title}</h1><div class="m">${span} &nbsp;&middot;&nbsp; ${place}</div></div>
<div class="tab">${day_word}<span>${day_date}</span></div>
<div class="tl">${items_html}</div>
<div class="ft"><div>${left_note}</div><div style="text-align:right">${right_note}</div></div>
"""

BLOCKS = [
    (
        "Principles and terminology",
        "Standard of care, definitions, the restorer's responsibilities",
    ),
    ("Inspection and documentation", "Site survey, photos, moisture maps and the job file"),
    ("Equipment selection and placement", "Air movers, dehumidifiers and how many of each"),
    ("Health and safety on the job site", "PPE, electrical hazards, confined spaces"),
    ("Hands-on lab", "Work the drying chambers in the warehouse lab in teams of four"),
    ("Contamination and containment", "Categories, barriers, negative air set-up"),
    ("Psychrometry workshop", "Grains per pound, dew point and the drying goal"),
    ("Customer communication", "Explaining the plan and the invoice to the owner"),
    ("Case studies", "Three losses from start to finish"),
]


def fill(d):
    import html
    from datetime import timedelta

    from corpus.formats import fmt_date

    e = html.escape
    r = d.rng
    days = max(1, round(d.credit / 7))
    day = r.randint(1, days)
    the_day = d.completed - timedelta(days=days - day)
    zig = d.chance(0.5)
    instructors = [d.person() for _ in range(d.pick([1, 2]))]
    blocks = r.sample(BLOCKS, 4)
    t = d.pick([7 * 60 + 30, 8 * 60, 8 * 60 + 30])

    def clock(m):
        h, mm = divmod(m, 60)
        return f"{(h - 1) % 12 + 1}:{mm:02d} {'AM' if h < 12 else 'PM'}"

    plan = [("Sign-in and coffee", "Pick up your manual and name tent", None, 30, True)]
    plan.append(
        ("Welcome and safety briefing", "Housekeeping, exits, the day's plan", 0, 30, False)
    )
    plan.append((*blocks[0], 0, 90, False))
    plan.append(("Break", "", None, 15, True))
    plan.append((*blocks[1], 1, 75, False))
    plan.append(
        (
            "Lunch",
            d.pick(["Provided on site", "On your own, one hour", "Catered in the lab"]),
            None,
            60,
            True,
        )
    )
    plan.append((*blocks[2], 0, 90, False))
    if day == days and days > 1:
        plan.append(("IICRC exam", "Closed book, proctored; bring photo ID", 1, 90, False))
    else:
        plan.append((*blocks[3], 1, 75, False))
    plan.append(
        (
            "Review and adjourn",
            "Questions, homework for tomorrow" if day < days else "Evaluations",
            None,
            15,
            True,
        )
    )
    items = []
    taught = 0
    for i, (head, desc, who, mins, brk) in enumerate(plan):
        side = " rt" if zig and i % 2 else ""
        lead = ""
        if who is not None:
            lead = f"<i>{d.pick(['Instructor', 'Led by', 'Presenter'])}: {e(instructors[who % len(instructors)])}</i>"
            taught += mins
        desc_html = f"<i>{e(desc)}</i>" if desc else ""
        items.append(
            f"<div class='it{' brk' if brk else ''}{side}'><div class='cd'><span class='t'>{clock(t)} "
            f"\u2013 {clock(t + mins)}</span><b>{e(head)}</b>{desc_html}{lead}</div></div>"
        )
        t += mins
    if zig:
        line_x, dot_x, card_w = "calc(50% - 1px)", "calc(50% - 9px)", "calc(50% - 30px)"
        side_css = ".it.rt .cd { margin-left:calc(50% + 30px) } .it + .it { margin-top:-16px }"
    else:
        line_x, dot_x, card_w = "8px", "0px", "calc(100% - 40px)"
        side_css = ".it .cd { margin-left:40px }"
    venue_street, venue_town = d.address()
    return {
        "org": d.provider(),
        "title": d.title(d.pick(["plain", "with_code"])),
        "span": d.date_range(days - 1) if days > 1 else d.date("long"),
        "place": d.pick(
            [f"{venue_street}, {venue_town}", d.venue(), f"Training Center, {d.city()}"]
        ),
        "day_word": f"{d.pick(['Day', 'DAY'])} {day} of {days}"
        if days > 1
        else d.pick(["Agenda", "Class Schedule", "AGENDA"]),
        "day_date": fmt_date(the_day, d.pick(["weekday", "long", "short_month"])),
        "items_html": "".join(items),
        "line_x": line_x,
        "dot_x": dot_x,
        "card_w": card_w,
        "side_css": side_css,
        "gap": 9 if zig else 8,
        "left_note": f"Instructional time today: {taught / 60:g} hours. Sign the roster before each "
        "block; late arrivals make up missed time.",
        "right_note": f"Class approved for {d.hours(d.pick(['cec_hours', 'cecs', 'hours_title']))}. "
        + d.pick(
            [
                "Certificates are e-mailed after exam results are posted.",
                "No certificate is issued for partial attendance.",
            ]
        ),
    }
