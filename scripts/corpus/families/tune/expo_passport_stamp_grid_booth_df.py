"""An expo-floor "passport" card: the show's emblem and name across the
top, a blank for the attendee's name filled in by hand, and a grid of
exhibitor squares; the certification body's square carries a red rubber
stamp with the date and the CEC credit for registering at its booth."""

SOURCE = (
    "wording: trade-show exhibit-hall passport cards (visit each listed booth, collect a stamp, "
    "turn in for the drawing), as described in hhariri/hhariri.github.io:"
    "_posts/2016-07-06-vendor-games.md"
)
KIND = "booth"
PAPER = "badge"
CATEGORIES = ("landscape", "table", "handwriting", "provider-in-logo", "stamp", "script-name")

TEMPLATE = """<style>
.p { position:absolute; inset:0; background:#fff; font-family:${sans} }
.hd { background:${light}; border-bottom:2px solid ${dark}; padding:7px 10px 5px; display:flex; align-items:center; gap:8px }
.em { width:30px; height:30px; flex:none; border-radius:6px; background:${dark}; position:relative }
.em::after { content:""; position:absolute; inset:7px; border:3px solid #fff; border-radius:50% 50% 0 50% }
.hd .t { font: bold 12.5px ${display}; color:${dark}; line-height:14px } .hd .t small { display:block; font: bold 8.5px ${sans}; letter-spacing:1.5px; color:${accent}; text-transform:uppercase }
.nm { margin:6px 10px 0; font-size:9px; color:#444; display:flex; align-items:flex-end; gap:6px }
.nm .h { flex:1; border-bottom:1px solid #777; font: ${name_px}px ${hand}; color:#1d2b6b; line-height:22px; white-space:nowrap }
table { margin:6px 10px 0; width:364px; border-collapse:collapse; table-layout:fixed }
td { border:1px solid #999; height:84px; vertical-align:top; padding:3px 4px; font-size:8px; color:#333; position:relative; line-height:10px }
td b { font-size:8.5px; color:#111 }
.st { position:absolute; left:6px; right:6px; top:36px; border:2px solid #b3202a; border-radius:8px; color:#b3202a; text-align:center;
  font: bold 9px ${cond}; line-height:11px; padding:2px 0; transform:rotate(-2deg); opacity:.9 }
.ft { position:absolute; left:10px; right:10px; bottom:5px; font-size:7.5px; color:#555 }
</style>
<div class="p">
 <div class="hd"><div class="em"></div><div class="t"><small>${card_title}</small>${event}</div></div>
 <div class="nm">Name <span class="h">${name}</span></div>
 <table><tr>${row1_html}</tr><tr>${row2_html}</tr></table>
 <div class="ft">${fine}</div>
</div>
"""

EXHIBITORS = [
    "Drying Equipment Pavilion",
    "Truckmount Row",
    "Software & Estimating",
    "Antimicrobials Aisle",
    "Insurance Partners Lounge",
    "Tools & Instruments",
    "Contents Solutions",
    "Air Quality Corner",
    "Chemistry Lab Demo",
]


def fill(d):
    name = d.name(d.pick(["plain", "plain", "upper"]))
    cells = [
        f"<td><b>{x}</b><br>Booth {d.rng.randrange(100, 2999)}</td>"
        for x in d.rng.sample(EXHIBITORS, 7)
    ]
    stamp = (
        f'<td><b>{d.title()}</b><div class="st">{d.pick(["REGISTERED", "VISITED", "CHECKED IN"])}'
        f"<br>{d.date(d.pick(['us_short', 'us_numeric', 'dd_mon_yyyy']))}<br>"
        f"{d.hours(d.pick(['cecs', 'cec_hours', 'hrs'])).upper()}</div></td>"
    )
    pos = d.rng.randrange(0, 8)
    cells.insert(pos, stamp)
    return {
        "card_title": d.pick(["Expo Passport", "Show Floor Passport", "Booth Passport"]),
        "event": d.provider(),
        "name_px": 19 if len(name) <= 22 else 15,
        "name": name,
        "row1_html": "".join(cells[:4]),
        "row2_html": "".join(cells[4:]),
        "fine": d.pick(
            [
                "Collect all eight stamps and drop this card at the registration desk for the prize drawing.",
                "Completed passports enter the daily drawing. Stamps are given at the booths only.",
            ]
        ),
    }
