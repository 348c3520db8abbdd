"""Not a certificate: a phone screenshot of a trade show's event app on the
"My Schedule" tab. The phone's status bar, the app's dark header with the
show and the signed-in attendee, day tabs, then cards for the sessions the
attendee bookmarked: time, room, title, speaker, a credit badge for the CECs
the session is eligible for, and a star, with a break and an exhibit-hall
block between them, and the app's bottom tab bar. It names a person, a show,
sessions, hours and dates; a bookmark is a plan, not attendance."""

SOURCE = (
    "MidAtlanticDreamin/MidAtlanticDreamin.github.io:agenda.md (session list with time, title, "
    "location, speakers per day) and eventil/docs.eventil.com:website/pages/event/management/agenda.md "
    "(agenda sessions with start and end time, kind, track)"
)
KIND = "other"
PAPER = "receipt"
CATEGORIES = ("other", "dark-band", "portrait", "distractor-person", "distractor-date")

TEMPLATE = """<style>
.ph { position:absolute; inset:0; background:#eef0f3; font: 11px ${sans}; color:#1b1b1b }
.sb { height:22px; background:${band}; color:#fff; display:flex; justify-content:space-between; align-items:center; padding:0 12px; font-size:10px; font-weight:bold }
.hd { background:${band}; color:#fff; padding:4px 12px 8px }
.hd .t { font: bold 14px ${sans}; line-height:17px } .hd .s { font-size:9.5px; opacity:.85; margin-top:2px }
.hd .me { font-size:9.5px; margin-top:5px; opacity:.95 }
.tabs { display:flex; background:${band}; padding:0 6px }
.tabs span { flex:1; text-align:center; color:rgba(255,255,255,.7); font-size:9.5px; padding:5px 0 6px; border-bottom:3px solid transparent }
.tabs span.on { color:#fff; border-bottom-color:${acc}; font-weight:bold }
.sec { padding:7px 10px 2px; font-size:9.5px; color:#666; text-transform:uppercase; letter-spacing:.6px; font-weight:bold }
.c { background:#fff; margin:4px 8px; border-radius:7px; padding:7px 9px; border-left:4px solid ${acc}; box-shadow:0 1px 2px rgba(0,0,0,.12) }
.c .tm { font-size:9.5px; color:#555; display:flex; justify-content:space-between }
.c .ti { font: bold 11.5px ${sans}; margin:2px 0; line-height:14px }
.c .sp { font-size:9.5px; color:#444 }
.c .bd { display:inline-block; margin-top:3px; font-size:8.5px; font-weight:bold; padding:1px 6px; border-radius:8px; background:${light}; color:${band}; border:1px solid ${acc} }
.c.g { border-left-color:#aaa; background:#f8f8f8 } .c.g .ti { font-weight:normal; color:#555 }
.st { color:${acc}; font-size:12px }
.nav { position:absolute; left:0; right:0; bottom:0; height:40px; background:#fff; border-top:1px solid #ccc; display:flex }
.nav span { flex:1; text-align:center; font-size:8.5px; color:#777; padding-top:12px }
.nav span.on { color:${band}; font-weight:bold }
</style>
<div class="ph">
 <div class="sb"><span>${clock}</span><span>${signal}</span></div>
 <div class="hd"><div class="t">${show}</div><div class="s">${dates} · ${venue}</div>
  <div class="me">${me}</div></div>
 <div class="tabs">${tabs_html}</div>
 <div class="sec">My Schedule · ${day_label}</div>
 ${cards_html}
 <div class="nav"><span>Home</span><span>Agenda</span><span class="on">My Schedule</span><span>Exhibitors</span><span>More</span></div>
</div>
"""


def fill(d):
    from datetime import timedelta

    from corpus import values as V
    from corpus.formats import fmt_date, fmt_range

    r = d.rng
    event = d.pick(V.EVENTS)
    start = d.completed + timedelta(days=r.randint(3, 40))
    end = start + timedelta(days=2)
    days = [start + timedelta(days=i) for i in range(3)]
    on = r.randrange(3)
    day = days[on]
    tabs_html = "".join(
        f"<span class='{'on' if i == on else ''}'>{fmt_date(x, 'short_month').rsplit(',', 1)[0]}</span>"
        for i, x in enumerate(days)
    )
    sessions = r.sample(V.SESSIONS, 4)
    times = [
        "8:00 – 9:00 AM",
        "9:15 – 10:45 AM",
        "11:00 AM – 12:00 PM",
        "1:30 – 3:00 PM",
        "3:15 – 4:15 PM",
    ]
    cards = []
    for i, tm in enumerate(times):
        if i == 2:
            cards.append(
                f"<div class='c g'><div class='tm'><span>{tm}</span><span>Hall {d.pick(['A', 'B', 'C'])}</span></div>"
                f"<div class='ti'>{d.pick(['Exhibit hall open', 'Lunch & exhibit hall', 'Networking break'])}</div></div>"
            )
            continue
        s = sessions.pop()
        cec = d.pick(["1 CEC eligible", "1.5 CECs eligible", "2 CECs (scan required)", "No CEC"])
        cards.append(
            f"<div class='c'><div class='tm'><span>{tm}</span><span>Room {r.randint(101, 260)}</span></div>"
            f"<div class='ti'>{s}</div><div class='sp'>{d.person()} · {d.person()}</div>"
            f"<span class='bd'>{cec}</span> <span class='st'>★</span></div>"
        )
    h = r.randint(7, 21)
    return {
        "band": d.pick(["#13294b", "#1d3b2a", "#3a1f5d", "#202a36", "#7a1f2b"]),
        "acc": d.pick(["#f2a900", "#35c0c9", "#8bc34a", "#ff7a59"]),
        "clock": f"{(h - 1) % 12 + 1}:{r.randint(0, 59):02d}",
        "signal": d.pick(["5G  ▮▮▮  82%", "LTE  ▮▮  47%", "Wi-Fi  ▮▮▮  64%"]),
        "show": f"{event} {end.year}",
        "dates": fmt_range(start, end, r),
        "venue": d.pick(V.VENUES),
        "me": f"Signed in as {d.person()} · Badge #{r.randrange(100000, 999999)}",
        "tabs_html": tabs_html,
        "day_label": fmt_date(day, "weekday").rsplit(",", 1)[0],
        "cards_html": "".join(cards),
    }
