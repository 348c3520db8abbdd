"""A session pass punched like a conductor's ticket: the room monitor punches
one hole for each quarter hour the attendee is in the room. A dark header
band carries the show's name and "education session" in white; below, the
attendee's name and the session title on ruled label lines, the date and
room, a strip of numbered quarter-hour cells (the punched ones show the
hole), the credit the punches add up to printed as a line, and the
monitor's initials and a punch-die number."""

SOURCE = (
    "VhanHarem/Coffee_Shop-01:app/Views/Pages/stamps.php (stamp/punch grid of numbered cells) "
    "and Garth619/rcm-pwa-wireframes:templates/loyalty-single-deal.php (stamps redeemed count "
    "under the grid); wording of trade shows that credit sessions by time in the room"
)
KIND = "session"
PAPER = "badge"
CATEGORIES = (
    "landscape",
    "dark-band",
    "labelled",
    "table",
    "time-attended",
    "provider-in-logo",
    "distractor-person",
)

TEMPLATE = """<style>
.c { position:absolute; inset:0; background:${stock}; font-family:${sans}; color:#1a1a1a }
.hd { background:${dark}; color:#fff; padding:8px 12px 7px; display:flex; justify-content:space-between; align-items:flex-end }
.hd b { font: bold ${p_px}px ${sans}; line-height:15px; max-width:270px }
.hd span { font: 8px ${sans}; letter-spacing:1.8px; text-transform:uppercase; text-align:right; opacity:.9 }
.ln { margin:6px 12px 0; border-bottom:1px solid #999; display:flex; align-items:flex-end; min-height:20px }
.ln label { flex:none; width:56px; font: 7.5px ${sans}; color:#666; text-transform:uppercase; letter-spacing:.6px; padding-bottom:3px }
.ln div { font: bold ${v_px}px ${sans}; line-height:14px; padding-bottom:2px }
.two { display:flex }
.two .ln { flex:1 } .two .ln:first-child { flex:1.8 }
.grid { display:grid; grid-template-columns: repeat(6, 1fr); gap:4px; margin:10px 12px 0 }
.cell { height:30px; border:1px solid ${dark}; font: 7.5px ${sans}; color:#555; position:relative; padding:1px 2px }
.cell i { position:absolute; right:5px; top:8px; width:13px; height:13px; border-radius:50%; background:#7b7b7b; box-shadow: inset 0 1px 2px #222 }
.cap { margin:2px 12px 0; font: 7px ${sans}; color:#666 }
.tot { position:absolute; left:12px; bottom:8px; font: bold 13px ${sans}; color:${dark} }
.mo { position:absolute; right:12px; bottom:8px; font: 8px ${sans}; color:#444; text-align:right; line-height:10px }
.mo b { font: 14px ${hand}; color:#173a8a }
</style>
<div class="c">
 <div class="hd"><b>${provider}</b><span>${kind1}<br>${kind2}</span></div>
 <div class="ln"><label>${name_label}</label><div>${name}</div></div>
 <div class="ln"><label>Session</label><div>${title}</div></div>
 <div class="two"><div class="ln"><label>Date</label><div>${date}</div></div><div class="ln"><label>Room</label><div>${room}</div></div></div>
 <div class="grid">${cells_html}</div>
 <div class="cap">${cap}</div>
 <div class="tot">${hours}</div>
 <div class="mo">${mon_label} <b>${initials}</b><br>Die ${die}</div>
</div>
"""


def fill(d):
    prov = d.provider()
    title = d.title()
    punched = int(round(d.credit * 4))
    cells = "".join(
        f'<div class="cell">{i + 1}{"<i></i>" if i < punched else ""}</div>' for i in range(12)
    )
    monitor = d.person()
    return {
        "stock": d.pick(["#fffef8", "#f4f7fb", "#fbf3e4"]),
        "provider": prov,
        "p_px": 13 if len(prov) < 34 else 11,
        "kind1": d.pick(["Education", "Session", "CE"]),
        "kind2": d.pick(["Session Pass", "Punch Card", "Time Card"]),
        "name_label": d.pick(["Attendee", "Name"]),
        "name": d.name(d.pick(["plain", "upper"])),
        "title": title,
        "v_px": 11 if len(title) < 40 else 9.5,
        "date": d.date(d.pick(["short_month", "us_numeric", "weekday"])),
        "room": d.pick(["Room 204B", "Ballroom C", "Learning Theater 2", "Salon F", "Room 118"]),
        "cells_html": cells,
        "cap": d.pick(
            [
                "One punch per 15 minutes in the room. Punched at exit.",
                "Quarter hours attended (monitor punches at the door).",
            ]
        ),
        "hours": d.hours(d.pick(["credit_hours", "cecs_colon", "iicrc_cec"])),
        "mon_label": d.pick(["Monitor", "Punched by"]),
        "initials": "".join(p[0] for p in monitor.replace(".", "").split()[:2]),
        "die": d.pick(["\u2605", "\u25b2", "\u25cf", "7", "K"]) + f"-{d.rng.randrange(10, 99)}",
    }
