"""A half-sheet floor plan of a trade show's exhibit hall, handed out at
registration, that a technician carried to the certification body's booth
and had stamped there. The left two thirds is the plan: a grid of booth
rectangles with numbers and a few exhibitor names, aisles, the entrance
and food court marked, and the certification body's booth ringed by hand
in marker with an arrow. The right third is a panel headed with the show's
name, a few lines on booth registration credit, a handwritten name and
certification number on ruled lines, and over its lower part a tilted
rectangular rubber stamp in coloured ink from the booth: the activity,
the day and the credit. A tiny footer carries the hall's opening hours and
a sponsor line."""

SOURCE = (
    "zookeepr/zookeepr:zookeepr/templates/schedule/tuesday.mako (a grid of rooms as cells with "
    "headers and colspans, re-used as a hall plan of booth cells); stamp practice from "
    "certification bodies that register technicians at their booth on the show floor"
)
KIND = "booth"
PAPER = "half-letter"
CATEGORIES = (
    "landscape",
    "stamp",
    "handwriting",
    "slip",
    "labelled",
    "provider-in-logo",
    "tiny-footer",
)

TEMPLATE = """<style>
.pl { position:absolute; left:16px; top:16px; width:510px; bottom:30px; border:2px solid #333; background:#fafafa; font-family:${cond} }
.pl .hd { position:absolute; left:8px; top:5px; font: bold 12px ${sans}; letter-spacing:2px; color:#333 }
.bt { position:absolute; border:1px solid #666; background:#fff; font-size:8.5px; color:#333; text-align:center; line-height:10px; overflow:hidden; padding-top:2px }
.bt.sp { background:${tint} }
.lbl { position:absolute; font: bold 9px ${sans}; letter-spacing:1.5px; color:#555 }
.ring { position:absolute; border:3px solid ${marker}; border-radius:50%; transform:rotate(-8deg); opacity:.85 }
.arw { position:absolute; font: bold 26px ${sans}; color:${marker}; opacity:.85 }
.side { position:absolute; left:540px; right:16px; top:16px; bottom:30px; font-family:${sans}; color:#111 }
.side .ev { font: bold 14px ${sans}; line-height:18px; color:${dark} }
.side .t { font-size:11px; letter-spacing:1.5px; text-transform:uppercase; margin-top:4px; color:#444 }
.side .tx { font-size:10.5px; line-height:14px; margin-top:8px; color:#333 }
.fl { display:flex; align-items:flex-end; margin-top:9px; height:26px }
.fl span { font-size:9px; color:#444; margin-right:4px; white-space:nowrap; padding-bottom:2px }
.fl div { flex:1; border-bottom:1px solid #555; font: 21px ${handf}; color:${pen}; line-height:22px; white-space:nowrap; overflow:visible }
.stamp { position:absolute; left:2px; bottom:10px; width:214px; border:3px solid ${ink}; outline:1px solid ${ink}; outline-offset:2px; color:${ink}; transform:rotate(${rot}deg);
  padding:6px 8px; text-align:center; font-family:${stampf}; opacity:.86; background:transparent; word-spacing:5px }
.stamp .a { font: bold 12px ${stampf}; letter-spacing:1.5px; text-transform:uppercase; line-height:15px }
.stamp .dt { font: bold 17px ${stampf}; margin-top:4px; letter-spacing:1px }
.stamp .h { font: bold 13px ${stampf}; margin-top:3px; letter-spacing:1px }
.ft { position:absolute; left:16px; right:16px; bottom:10px; font: 8.5px ${sans}; color:#555; display:flex; justify-content:space-between }
</style>
<div class="pl">
 <div class="hd">${plan_head}</div>
 ${booths_html}
 <div class="lbl" style="left:10px; bottom:8px">&#9650; ${entrance}</div>
 <div class="lbl" style="right:12px; bottom:8px">FOOD COURT</div>
 <div class="lbl" style="left:232px; top:30px">${aisle}</div>
 <div class="ring" style="left:${rx}px; top:${ry}px; width:86px; height:56px"></div>
 <div class="arw" style="left:${ax}px; top:${ay}px">&#10550;</div>
</div>
<div class="side">
 <div class="ev">${event}</div>
 <div class="t">${panel_title}</div>
 <div class="tx">${text}</div>
 <div class="fl"><span>${name_label}</span><div>${name}</div></div>
 <div class="fl"><span>${cert_label}</span><div>${cert}</div></div>
 <div class="stamp"><div class="a">${stamp_title}</div><div class="dt">${date}</div><div class="h">${hours}</div></div>
</div>
<div class="ft"><span>${hall_hours}</span><span>${sponsor}</span></div>
"""

EXHIBITORS = [
    "AeroDry",
    "Pureflo",
    "Vortex",
    "Hydrotherm",
    "Clearview",
    "DriTech",
    "Sapphire",
    "Legend Brands",
    "Jon-Don",
    "Interlink",
    "Bridgepoint",
    "Nikro",
    "Abatix",
    "Rotovac",
]


def fill(d):
    from corpus import values as V

    r = d.rng
    cells = []
    w, h = 74, 46
    booth_pos = []
    for row in range(5):
        for col in range(6):
            x = 10 + col * (w + 8) + (18 if col >= 3 else 0)
            y = 52 + row * (h + 16)
            if y + h > 430:
                continue
            booth_pos.append((x, y))
    target = r.randrange(len(booth_pos))
    base = d.pick([100, 200, 300, 400, 500, 700])
    for i, (x, y) in enumerate(booth_pos):
        num = base + i * 2 + 1
        if i == target:
            label = f"{num}<br>IICRC"
            cls = "bt sp"
            tnum = num
        else:
            label = f"{num}<br>{r.choice(EXHIBITORS)}" if r.random() < 0.55 else f"{num}"
            cls = "bt"
        cells.append(
            f'<div class="{cls}" style="left:{x}px; top:{y}px; width:{w - 6}px; height:{h - 8}px">{label}</div>'
        )
    rx, ry = booth_pos[target][0] - 12, booth_pos[target][1] - 12
    ax = rx + 78 if rx < 380 else rx - 30
    ay = ry - 22 if ry > 70 else ry + 52
    hours = d.hours(d.pick(["cecs", "cec_hours", "hours_title", "iicrc_cec"]))
    return {
        "handf": d.fonts["hand"].replace(", cursive", ", 'Dancing Script', cursive"),
        "stampf": d.pick(
            [
                "'Nimbus Mono PS', monospace",
                "'Nimbus Sans Narrow', sans-serif",
                "'Roboto Condensed', sans-serif",
            ]
        ),
        "tint": d.pick(["#fde68a", "#bfdbfe", "#bbf7d0"]),
        "marker": d.pick(["#e11d48", "#db2777", "#ea580c"]),
        "pen": d.pick(["#1d2c6b", "#222", "#123a7a"]),
        "ink": d.pick(["#1e3a8a", "#7c1d1d", "#5b21b6", "#14532d"]),
        "rot": str(d.pick([-6, -4, -3, 3, 4, 5])),
        "plan_head": d.pick(["EXHIBIT HALL", "SHOW FLOOR MAP", "HALL PLAN"]),
        "booths_html": "".join(cells),
        "entrance": d.pick(["MAIN ENTRANCE", "ENTRANCE / REGISTRATION"]),
        "aisle": f"AISLE {d.pick([2, 3, 4, 5])}00",
        "rx": rx,
        "ry": ry,
        "ax": ax,
        "ay": ay,
        "event": d.provider(),
        "panel_title": d.pick(
            ["Earn CECs on the floor", "Booth credit", "Visit booth " + str(tnum)]
        ),
        "text": d.pick(
            [
                f"Stop by booth {tnum} with this map. Certified technicians who register at the "
                "certification body's booth receive booth credit once the map is stamped.",
                f"Find the IICRC at booth {tnum}. Write your name and certification number below "
                "and have the map stamped by booth staff. Keep it for your records.",
            ]
        ),
        "name_label": d.pick(["Name", "Your name"]),
        "name": d.name("plain"),
        "cert_label": d.pick(["IICRC #", "Cert. no."]),
        "cert": f"{r.randrange(10000, 999999)}",
        "stamp_title": d.title("plain")
        if d.chance(0.6)
        else d.set_title("Booth Registration", ["IICRC Booth Registration"]),
        "date": d.date(d.pick(["dd_mon_yyyy", "short_month", "us_numeric", "long_upper"])),
        "hours": hours,
        "hall_hours": d.pick(
            [
                "Hall hours: 10:00 AM – 5:00 PM daily, 10:00 AM – 2:00 PM final day",
                "Exhibits open 9:30 – 4:30. Badges required on the floor.",
            ]
        ),
        "sponsor": f"{d.pick(['Map sponsored by', 'Courtesy of'])} {d.pick(V.MANUFACTURERS)[0]}",
    }
