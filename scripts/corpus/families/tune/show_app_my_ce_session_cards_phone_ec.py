"""A phone screenshot of a trade show's mobile app, "My CE" screen: the
phone's status bar, the app's coloured title bar with the show's name and
the screen title, the signed-in attendee with an initials avatar and badge
number, a small tally strip (sessions attended, sessions credited), then one
card per session the badge was scanned into, each with its day and time,
room and a status chip. Only one card is credited and shows its CEC hours;
the others are marked not eligible, survey pending or left early. A tab bar
along the foot. The credited card is not always first."""

SOURCE = (
    "mahreenq/React-Native---R10-App:README.md (conference app: schedule of sessions, session "
    "details, a saved-sessions tab) and harsh8558/ANGEL_one_react:src/Component/Iphone.jsx "
    "(phone status bar); per-session credit status as show apps list attended education"
)
KIND = "session"
PAPER = "receipt"
CATEGORIES = (
    "table",
    "record",
    "portrait",
    "labelled",
    "dark-band",
    "distractor-date",
    "provider-in-logo",
    "phone-screenshot",
)

TEMPLATE = """<style>
.ph { position:absolute; inset:0; background:${screen_bg}; font-family:${sans}; color:#17181c }
.sb { height:24px; display:flex; justify-content:space-between; align-items:center; padding:0 14px; background:${top}; color:#fff; font: bold 11px ${sans} }
.sb .ic { display:flex; gap:4px; align-items:center; font-weight:normal; font-size:9.5px }
.bat { width:19px; height:9px; border:1.2px solid #fff; border-radius:2px; padding:1px } .bat b { display:block; height:100%; background:#fff }
.tb { background:${top}; color:#fff; padding:2px 14px 10px }
.tb .ev { font: bold 10.5px ${sans}; letter-spacing:.4px; opacity:.9 }
.tb h1 { margin:4px 0 0; font: bold 19px ${sans} }
.me { display:flex; align-items:center; gap:9px; background:#fff; padding:9px 12px; border-bottom:1px solid #ddd }
.av { width:30px; height:30px; border-radius:50%; background:${accent}; color:#fff; font: bold 11.5px ${sans}; display:flex; align-items:center; justify-content:center; flex:none }
.me .n { font: bold 12.5px ${sans} } .me .s { font-size:9.5px; color:#666; margin-top:1px }
.tally { display:flex; margin:8px 10px 2px; gap:6px } .tally div { flex:1; background:#fff; border-radius:8px; padding:5px 8px; font-size:9px; color:#666; text-transform:uppercase; letter-spacing:.4px }
.tally b { display:block; font-size:15px; color:#17181c; letter-spacing:0 }
.cards { margin:6px 8px 0 }
.c { background:#fff; border-radius:9px; padding:8px 10px; margin-bottom:7px; box-shadow:0 1px 2px rgba(0,0,0,.18) }
.c .t { font: bold 12px ${sans}; line-height:15px; margin-bottom:4px }
.c .m { display:flex; justify-content:space-between; font-size:9.5px; color:#555; gap:6px }
.c .chip { display:inline-block; margin-top:5px; padding:2px 7px; border-radius:9px; font: bold 9px ${sans}; background:#eee; color:#666 }
.c.ok { border:2px solid #2e8b57 } .c.ok .chip { background:#2e8b57; color:#fff }
.c.ok .cr { display:flex; justify-content:space-between; align-items:center; margin-top:5px; font-size:10px; border-top:1px solid #e6e6e6; padding-top:5px }
.c.ok .cr b { font-size:12.5px; color:#1d6b40 }
.tabs { position:absolute; left:0; right:0; bottom:0; height:46px; background:#fff; border-top:1px solid #ccc; display:flex }
.tabs div { flex:1; text-align:center; font-size:8.5px; color:#888; padding-top:6px }
.tabs div i { display:block; width:15px; height:15px; margin:0 auto 3px; border:2px solid #999; border-radius:4px }
.tabs div.on { color:${top}; font-weight:bold } .tabs div.on i { border-color:${top}; background:${top} }
</style>
<div class="ph">
 <div class="sb"><span>${clock}</span><span class="ic">${net}<span class="bat"><b style="width:${battery}%"></b></span></span></div>
 <div class="tb"><div class="ev">${event}</div><h1>${screen}</h1></div>
 <div class="me"><div class="av">${initials}</div><div><div class="n">${name}</div><div class="s">${badge_label} ${badge}</div></div></div>
 <div class="tally"><div><b>${n_att}</b>Attended</div><div><b>1</b>${credited_word}</div></div>
 <div class="cards">${cards_html}</div>
 <div class="tabs"><div><i></i>Home</div><div><i></i>Schedule</div><div><i></i>Exhibitors</div><div class="on"><i></i>${tab}</div></div>
</div>
"""


def fill(d):
    import html
    from datetime import timedelta

    from corpus import values as V
    from corpus.formats import fmt_date

    e = html.escape
    r = d.rng
    style = d.pick(["short_month", "weekday", "us_numeric", "long"])
    slots = ["8:00 AM", "9:15 AM", "10:30 AM", "11:45 AM", "1:30 PM", "2:45 PM", "4:00 PM"]
    rooms = ["Room 201A", "Hall C", "Room 114", "Ballroom B", "Room 308", "Demo Stage", "Room 12"]
    others = r.sample([s for s in V.SESSIONS if s != d.course], d.pick([2, 3, 3]))
    why = [
        "Not CE eligible",
        "Survey pending",
        "Left early · no credit",
        "Scan-out missing",
        "Not approved for CEC",
    ]
    words = d.pick([("Credited", "CEC awarded"), ("Approved", "CE credit"), ("Earned", "Credit")])
    cards = []
    title = d.title("plain")
    cards.append(
        (
            0,
            r.randrange(len(slots)),
            f'<div class="c ok"><div class="t">{e(title)}</div>'
            f'<div class="m"><span>{e(d.date(style))}</span><span>{{slot}}</span></div>'
            f'<div class="m"><span>{d.pick(rooms)}</span><span>{e(d.person())}</span></div>'
            f'<span class="chip">&#10003; {words[0]}</span>'
            f'<div class="cr"><span>{words[1]}</span><b>{e(d.hours(d.pick(["cec_hours", "cecs", "hrs", "hours_title"])))}</b></div></div>',
        )
    )
    for t in others:
        shift = d.pick([-1, 0, 0, 1])
        day = fmt_date(d.completed + timedelta(days=shift), style)
        cards.append(
            (
                shift,
                r.randrange(len(slots)),
                f'<div class="c"><div class="t">{e(t)}</div>'
                f'<div class="m"><span>{e(day)}</span><span>{{slot}}</span></div>'
                f'<div class="m"><span>{d.pick(rooms)}</span><span>{e(d.person())}</span></div>'
                f'<span class="chip">{d.pick(why)}</span></div>',
            )
        )
    cards.sort(key=lambda c: (c[0], c[1]))
    cards_html = "".join(body.replace("{slot}", slots[s]) for _, s, body in cards)
    hour = r.randrange(7, 22)
    top = d.pick([d.colors["dark"], "#0b5cab", "#6b2fa3", "#c2410c", "#0f766e"])
    return {
        "screen_bg": d.pick(["#eef0f4", "#f2f2f7", "#ececec"]),
        "top": top,
        "clock": f"{hour % 12 or 12}:{r.randrange(0, 60):02d}",
        "net": d.pick(["5G", "LTE", "Wi-Fi"]),
        "battery": str(r.randrange(15, 98)),
        "event": d.provider(),
        "screen": d.pick(["My CE", "My CE Credits", "My Education"]),
        "initials": (d.first[0] + d.last[0]).upper(),
        "name": d.name(d.pick(["plain", "plain", "upper"])),
        "badge_label": d.pick(["Badge", "Badge #", "Attendee ID"]),
        "badge": f"{r.randrange(100000, 999999)}",
        "n_att": str(len(cards)),
        "credited_word": words[0],
        "cards_html": cards_html,
        "tab": d.pick(["My CE", "Credits"]),
    }
