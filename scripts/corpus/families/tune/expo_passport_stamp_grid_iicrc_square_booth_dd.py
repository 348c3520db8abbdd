"""An exhibit-hall "passport" card, landscape slip: the show's name in a header
strip, a line where the attendee wrote their name by hand, a grid of
exhibitor squares (booth number and exhibitor name in each), several
squares carrying ink stamps, and the certification body's square with a
round stamp that reads booth registration, the day and the CEC credit.
Drawing rules and a prize-drop note in small type at the foot."""

SOURCE = (
    "sqrtiswap/nametags:README.md (ticket-package grid of cards for workshops); wording: "
    "exhibit-hall passport cards stamped at sponsor booths at cleaning and restoration shows"
)
KIND = "booth"
PAPER = "slip"
CATEGORIES = (
    "slip",
    "table",
    "landscape",
    "script-name",
    "handwriting",
    "stamp",
    "provider-in-logo",
)

TEMPLATE = """<style>
.c { position:absolute; inset:0; background:${paper} }
.hd { position:absolute; left:0; right:0; top:0; height:46px; background:${accent}; color:#fff; display:flex; align-items:center;
  justify-content:space-between; padding:0 18px }
.hd .ev { font: bold 17px ${lfont}; letter-spacing:.5px }
.hd .pp { font: bold 13px ${sans}; letter-spacing:3px; text-transform:uppercase }
.nm { position:absolute; left:18px; right:18px; top:54px; font: 11px ${sans}; color:#333; display:flex; align-items:flex-end; gap:8px }
.nm .hw { flex:1; border-bottom:1px solid #444; font: ${nm_px}px ${script}; color:${ink}; line-height:1.05; padding-left:6px }
.grid { position:absolute; left:18px; right:18px; top:${grid_top}px; display:grid; grid-template-columns: repeat(4, 1fr); grid-auto-rows:${cell_h}px;
  border-top:1px solid #555; border-left:1px solid #555 }
.cell { border-right:1px solid #555; border-bottom:1px solid #555; position:relative; padding:3px 5px; font: 8.5px ${sans}; color:#444 }
.cell b { display:block; font-size:9px; color:#222 }
.st { position:absolute; border-radius:50%; border:2px solid; display:flex; align-items:center; justify-content:center; text-align:center;
  font: bold 8px ${cond}; line-height:9px; letter-spacing:.3px }
.big { position:absolute; left:50%; top:13px; width:80px; height:80px; margin-left:-34px; border-radius:50%;
  border:2.5px solid ${stamp}; box-shadow: inset 0 0 0 3px ${paper}, inset 0 0 0 4px ${stamp}; color:${stamp};
  transform:rotate(${rot}deg); display:flex; flex-direction:column; align-items:center; justify-content:center; text-align:center;
  font: bold 8px ${cond}; line-height:9.5px; padding:5px }
.big .d { font-size:10px; margin:2px 0 }
.ft { position:absolute; left:18px; right:18px; bottom:8px; font: 8px ${sans}; color:#555; line-height:11px }
</style>
<div class="c"></div>
<div class="hd"><span class="ev">${event}</span><span class="pp">${pp}</span></div>
<div class="nm"><span>${name_label}</span><span class="hw">${name}</span></div>
<div class="grid">${cells_html}</div>
<div class="ft">${foot}</div>
"""

EXHIBITORS = [
    "AeroDry Equipment",
    "Pureflo Chemical",
    "Vortex Extraction",
    "Hydrotherm Drying",
    "Clearview Odor",
    "Dri-Eaz Rentals",
    "MoistureCheck Meters",
    "SafeAir Containment",
    "Titan Truckmounts",
    "BlueLine Software",
    "Restoration Insurance Grp",
    "Hose & Fitting Supply",
]
STAMP_COLOURS = ["#b0182a", "#2a3f9e", "#5b2d8c", "#1d6b3a"]


def fill(d):
    from html import escape

    r = d.rng
    event = d.provider()
    name = d.name("plain")
    title = d.title("upper") if d.chance(0.5) else d.title("plain")
    day = d.date(d.pick(["us_numeric", "us_short", "dd_mon_yyyy", "short_month"]))
    hours = d.hours(d.pick(["cec_hours", "cecs_colon", "iicrc_cec"]))
    exhibitors = r.sample(EXHIBITORS, 11)
    slot = r.randrange(0, 12)
    stamp = d.pick(STAMP_COLOURS)
    cells = []
    k = 0
    for i in range(12):
        if i == slot:
            booth = f"{r.randrange(1, 30)}{r.randrange(0, 99):02d}"
            cells.append(
                f'<div class="cell"><b>#{booth} IICRC</b><div class="big">'
                f'<span>{escape(title)}</span><span class="d">{escape(day)}</span>'
                f"<span>{escape(hours)}</span></div></div>"
            )
            continue
        ex = exhibitors[k]
        k += 1
        booth = f"{r.randrange(1, 30)}{r.randrange(0, 99):02d}"
        inner = ""
        if d.chance(0.45):
            col = d.pick(STAMP_COLOURS)
            size = d.pick([38, 42, 46])
            word = d.pick(["VISITED", "\u2605", "OK", ex.split()[0].upper()])
            inner = (
                f'<div class="st" style="width:{size}px;height:{size}px;left:{r.randrange(20, 70)}px;'
                f"top:{r.randrange(14, 24)}px;border-color:{col};color:{col};"
                f'transform:rotate({r.randrange(-25, 25)}deg)">{escape(word)}</div>'
            )
        cells.append(f'<div class="cell"><b>#{booth}</b>{escape(ex)}{inner}</div>')
    return {
        "paper": d.pick(["#fffdf4", "#f7fbff", "#fff", "#fdf6ea"]),
        "lfont": d.fonts[d.pick(["sans", "cond", "display"])],
        "nm_px": 24 if len(name) < 24 else 20,
        "ink": d.pick(["#1d3f8f", "#222", "#2a2a6e"]),
        "grid_top": 96,
        "cell_h": 90,
        "stamp": stamp,
        "rot": d.pick([-14, -8, 6, 12]),
        "event": event,
        "pp": d.pick(["Expo Passport", "Booth Passport", "Hall Pass"]),
        "name_label": d.pick(["Name", "Attendee"]),
        "name": name,
        "cells_html": "".join(cells),
        "foot": d.pick(
            [
                "Get 8 stamps and drop your passport at Registration for the prize drawing. "
                "The IICRC stamp is your record of booth registration; keep a photo of this card.",
                "Collect stamps at participating booths. Photograph this card before you turn it in "
                "if you need it for your CEC records.",
            ]
        ),
    }
