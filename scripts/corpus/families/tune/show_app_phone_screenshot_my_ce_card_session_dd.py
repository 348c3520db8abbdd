"""A phone screenshot of a show app's "My CE" screen printed on a portrait sheet:
status bar, a dark app bar with the show's name (the only place it appears),
a profile strip with the attendee, a credit card for the session (title,
day, time span, room, speaker, credits earned and a verified tick), a
greyed card of a session still "in progress", and a bottom tab bar. The
printer adds a date/time header and a page footer."""

SOURCE = (
    "castlamp/zenbership:pp-templates/html/zoid/en/event_ticket.php (event pass page); "
    "wording: event-app CE tracker screens that convention attendees screenshot and print"
)
KIND = "session"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "dark-band",
    "portrait",
    "labelled",
    "provider-in-logo",
    "time-attended",
    "screenshot",
    "distractor-person",
)

TEMPLATE = """<style>
.ph { position:absolute; left:50%; top:${ph_top}px; width:392px; height:${ph_h}px; margin-left:-196px; border:10px solid #1b1b1b; border-radius:38px;
  background:#f2f3f5; font-family:${sans}; color:#1a1a1a }
.pr { position:absolute; left:30px; right:30px; top:16px; display:flex; justify-content:space-between; font: 10px ${sans}; color:#555 }
.prf { position:absolute; left:30px; right:30px; bottom:16px; display:flex; justify-content:space-between; font: 10px ${sans}; color:#555 }
.sb { height:34px; display:flex; justify-content:space-between; align-items:center; padding:6px 26px 0; font: bold 13px ${sans} }
.sb i { display:inline-block; width:22px; height:10px; border:1.5px solid #111; border-radius:3px; position:relative; top:1px }
.sb i:after { content:""; position:absolute; left:1px; top:1px; bottom:1px; width:${batt}%; background:#111 }
.bar { background:${dark}; color:#fff; padding:10px 16px 12px }
.bar .ev { font: bold 17px ${lfont}; line-height:1.2 }
.bar .tb { font-size:12px; opacity:.85; margin-top:3px }
.me { display:flex; gap:10px; align-items:center; padding:12px 16px; background:#fff; border-bottom:1px solid #ddd }
.me .av { width:38px; height:38px; border-radius:50%; background:${accent}; color:#fff; font: bold 15px ${sans}; display:flex; align-items:center; justify-content:center; flex:none }
.me .n { font: bold 15px ${sans} } .me .s { font-size:11px; color:#666 }
.sum { display:flex; gap:8px; padding:10px 16px 4px }
.sum div { flex:1; background:#fff; border-radius:10px; padding:8px 10px; font-size:10.5px; color:#666 }
.sum b { display:block; font-size:19px; color:#111 }
.card { margin:10px 14px; background:#fff; border-radius:12px; padding:12px 14px; box-shadow:0 1px 3px rgba(0,0,0,.15) }
.card .tt { font: bold 15px ${sans}; line-height:1.25 }
.card .row { display:flex; font-size:12px; margin-top:6px } .card .row span:first-child { width:74px; color:#777; flex:none }
.card .ok { margin-top:9px; display:flex; justify-content:space-between; align-items:center; border-top:1px solid #eee; padding-top:8px; font-size:12px }
.card .ok b { color:#1b7f3a } .card .cr { font: bold 14px ${sans}; color:${dark} }
.card.grey { opacity:.55 }
.tabs { position:absolute; left:0; right:0; bottom:0; height:56px; background:#fff; border-top:1px solid #ddd; border-radius:0 0 28px 28px;
  display:flex; justify-content:space-around; align-items:center; font-size:10px; color:#888 }
.tabs .on { color:${dark}; font-weight:bold }
</style>
<div class="pr"><span>${printed}</span><span>${ptitle}</span></div>
<div class="ph">
 <div class="sb"><span>${clock}</span><span>${signal} <i></i></span></div>
 <div class="bar"><div class="ev">${event}</div><div class="tb">${tab_title}</div></div>
 <div class="me"><div class="av">${initials}</div><div><div class="n">${name}</div><div class="s">${badge_line}</div></div></div>
 <div class="sum"><div>${sum1}<b>${sum1v}</b></div><div>${sum2}<b>${sum2v}</b></div></div>
 <div class="card">
  <div class="tt">${title}</div>
  <div class="row"><span>Date</span><span>${date}</span></div>
  <div class="row"><span>Time</span><span>${span}</span></div>
  <div class="row"><span>${room_label}</span><span>${room}</span></div>
  <div class="row"><span>Speaker</span><span>${speaker}</span></div>
  <div class="ok"><span><b>&#10003; ${ok}</b> ${ok_time}</span><span class="cr">${hours}</span></div>
 </div>
 <div class="card grey">
  <div class="tt">${other_title}</div>
  <div class="row"><span>Status</span><span>${other_status}</span></div>
 </div>
 <div class="tabs"><span>Home</span><span>Agenda</span><span class="on">My CE</span><span>Exhibitors</span><span>More</span></div>
</div>
<div class="prf"><span>${url}</span><span>1/1</span></div>
"""

OTHERS = [
    "Drying Dense Materials Without Demolition",
    "Mold Myths Every Tech Should Know",
    "Marketing Your Restoration Business",
    "Safety Stand-Down for Restoration Crews",
    "Emerging Standards in Textile Cleaning",
    "The Science of Evaporation",
]


def fill(d):
    r = d.rng
    minutes = int(d.credit * 60)
    start = d.pick([8 * 60, 9 * 60, 10 * 60 + 30, 13 * 60, 14 * 60 + 30])

    def t12(m):
        h, mm = divmod(m, 60)
        return f"{(h - 1) % 12 + 1}:{mm:02d} {'AM' if h < 12 else 'PM'}"

    title = d.title("plain")
    others = [o for o in OTHERS if o != title]
    name = d.name(d.pick(["plain", "plain", "upper"]))
    event = d.provider()
    hours_style = d.pick(["n", "cec_hours", "cecs"])
    hours = d.hours_number() + " CEC" if hours_style == "n" else d.hours(hours_style)
    total = d.credit + d.pick([0, 0, 1, 1.5, 2])
    return {
        "ph_top": 54,
        "ph_h": 880,
        "batt": d.pick([35, 60, 82]),
        "lfont": d.fonts[d.pick(["sans", "cond", "display"])],
        "printed": f"{d.other_date('issue', 'us_short')}, {r.randrange(1, 12)}:{r.randrange(10, 59)} {d.pick(['AM', 'PM'])}",
        "ptitle": d.pick(
            ["My CE Credits", "Screenshot", "IMG_" + str(r.randrange(1000, 9999)) + ".PNG"]
        ),
        "clock": f"{r.randrange(1, 12)}:{r.randrange(10, 59)}",
        "signal": d.pick(["5G", "LTE", "Wi-Fi"]),
        "event": event,
        "tab_title": d.pick(["My CE Credits", "CE Tracker", "My Education"]),
        "initials": (d.first[0] + d.last.split()[-1][0]).upper(),
        "name": name,
        "badge_line": f"{d.pick(['Full Conference', 'Attendee', 'Education Pass'])} \u00b7 Badge {r.randrange(100000, 999999)}",
        "sum1": d.pick(["Credits earned", "CECs this show"]),
        "sum1v": f"{total:g}",
        "sum2": "Sessions",
        "sum2v": str(1 + (total > d.credit) * d.pick([1, 2])),
        "title": title,
        "date": d.date(d.pick(["weekday", "short_month", "long"])),
        "span": f"{t12(start)} \u2013 {t12(start + minutes)}",
        "room_label": d.pick(["Room", "Location"]),
        "room": d.pick(["Room 204B", "Learning Theater 1", "Ballroom C", "Room 118", "Salon F"]),
        "speaker": d.person(),
        "ok": d.pick(["Attended", "Verified", "Credit earned"]),
        "ok_time": f"\u00b7 exit scan {t12(start + minutes + r.randrange(0, 9))}",
        "hours": hours,
        "other_title": d.pick(others),
        "other_status": d.pick(
            ["In progress \u2013 scan out to earn credit", "Registered, not attended"]
        ),
        "url": d.pick(
            [
                "app.showguide.io/my-ce",
                "https://events.showpilot.app/ce",
                "m.showapp.net/ce/credits",
            ]
        ),
    }
