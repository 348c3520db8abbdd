"""An expo "passport" sheet: a coloured header with the show name and its
dates, a line for the visitor's name and badge number written in by hand,
a grid of vendor boxes each with a booth number, some of them stamped with
an inked round stamp, and one box reserved for the certification body's
booth where the stamp also notes the continuing-education credit earned
and the date. A drawing-entry tear-off runs along the bottom."""

SOURCE = "hhariri/hhariri.github.io:_posts/2016-07-06-vendor-games.md (vendor stamp sheet at conferences)"
KIND = "booth"
PAPER = ["half-letter", "letter-landscape"]
CATEGORIES = ("table", "landscape", "handwriting", "date-range", "dark-band")

TEMPLATE = """<style>
.w { position:absolute; inset:0; font-family:${sans} }
.hd { background:${dark}; color:#fff; padding:10px 22px; display:flex; justify-content:space-between; align-items:center }
.hd .t { font: bold 21px ${display} } .hd .t small { display:block; font: 11px ${sans}; letter-spacing:3px; opacity:0.85 }
.hd .d { font-size:12px; text-align:right }
.who { display:flex; gap:20px; padding:8px 22px 4px; font-size:11px; color:#333 }
.who div { flex:1; border-bottom:1px solid #555 } .who .h { font-family:${pen}; font-size:20px; color:#123c8a; margin-left:6px }
table { margin:6px 22px 0; width:calc(100% - 44px); height:calc(100% - 176px); border-collapse:collapse; table-layout:fixed }
td { border:1.5px solid #333; vertical-align:top; padding:3px 5px; font-size:9.5px; position:relative }
td b { display:block; font-size:10.5px }
.st { position:absolute; right:6px; bottom:4px; width:56px; height:56px; border-radius:50%; border:3px solid; opacity:0.75;
  display:flex; align-items:center; justify-content:center; text-align:center; font: bold 6.5px ${sans}; transform:rotate(-14deg); overflow:hidden }
td.iicrc { background:${light} }
.big { position:absolute; right:8px; bottom:4px; width:100px; height:64px; border:3px solid #7a1010; color:#7a1010; border-radius:6px;
  transform:rotate(-6deg); opacity:0.85; text-align:center; font: bold 10px ${sans}; line-height:13px; padding-top:4px }
.tear { position:absolute; left:22px; right:22px; bottom:10px; border-top:2px dashed #555; padding-top:5px; font-size:9.5px; color:#333; display:flex; justify-content:space-between }
</style>
<div class="w">
 <div class="hd"><div class="t">${event}<small>${sub}</small></div><div class="d">${range}<br>${venue}</div></div>
 <div class="who"><div>Name<span class="h">${name}</span></div><div style="flex:0.6">Badge #<span class="h">${badge}</span></div></div>
 <table>${rows_html}</table>
 <div class="tear"><span>${tear}</span><span>No. ${serial}</span></div>
</div>
"""

VENDORS = [
    "Dri-Eaz",
    "Phoenix",
    "Abatement Technologies",
    "Hydro-Force",
    "Sapphire Scientific",
    "Legend Brands",
    "Protech",
    "Delmhorst",
    "Xactware",
    "Omnidry",
    "BioOne",
    "Kaivac",
    "Prochem",
    "HEPA-Aire",
]


def fill(d):
    from datetime import timedelta

    from corpus.formats import fmt_range

    before, after = d.pick([(0, 2), (1, 1), (2, 0), (1, 2)])
    show = fmt_range(
        d.completed - timedelta(days=before), d.completed + timedelta(days=after), d.rng
    )
    vendors = d.rng.sample(VENDORS, 11)
    colors = ["#1e6091", "#2d6a4f", "#6a4c93", "#9c6644", "#8b0000"]
    title = d.set_title(
        d.pick(["IICRC Booth Registration", "IICRC Booth"]), ["IICRC Booth Registration"]
    )
    hours = d.hours(d.pick(["cecs", "cec_hours", "hrs"]))
    stamp_day = d.date(d.pick(["us_short", "us_numeric", "short_month"]))
    cells = []
    iicrc_at = d.rng.randrange(0, 12)
    for i in range(12):
        if i == iicrc_at:
            cells.append(
                f'<td class="iicrc"><b>{title}</b>Booth {d.rng.randrange(100, 999)}'
                f'<div class="big">CREDIT EARNED<br>{hours}<br>{stamp_day}</div></td>'
            )
            continue
        v = vendors.pop()
        stamp = ""
        if d.chance(0.6):
            c = d.pick(colors)
            stamp = (
                f'<div class="st" style="color:{c};border-color:{c}">{v.upper()}<br>VISITED</div>'
            )
        cells.append(f"<td><b>{v}</b>Booth {d.rng.randrange(100, 1999)}{stamp}</td>")
    rows = "".join(f"<tr>{''.join(cells[r * 4 : r * 4 + 4])}</tr>" for r in range(3))
    return {
        "pen": d.pick(["'Dancing Script', cursive", "'Z003', cursive"]),
        "event": d.provider(),
        "sub": d.pick(["EXPO PASSPORT", "SHOW FLOOR PASSPORT", "BOOTH CRAWL CARD"]),
        "range": show,
        "venue": d.venue(),
        "name": d.name("plain"),
        "badge": d.number(),
        "rows_html": rows,
        "tear": d.pick(
            [
                "Drop the completed passport at the registration desk to enter the prize drawing.",
                "Collect 8 stamps and turn in this card by 3 PM on the last day.",
            ]
        ),
        "serial": d.rng.randrange(10000, 99999),
    }
