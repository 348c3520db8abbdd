"""A trade show "expo passport" card: the visitor's name on a line at the
top, a grid of exhibitor boxes where booths stamp the card (manufacturers
and distributors, most stamped, a few empty), and one box for the IICRC
booth that carries its own registration stamp with the day and the credit.
Prize-drawing rules in tiny type at the foot."""

SOURCE = (
    "wording: trade show passport / stamp-card programs (visit the listed booths, collect a "
    "stamp in each box, drop the card at the registration desk for the prize drawing)"
)
KIND = "booth"
PAPER = "badge"
CATEGORIES = ("table", "landscape", "slip", "stamp", "handwriting", "tiny-footer")

TEMPLATE = """<style>
.w { position:absolute; inset:8px 9px; font: 9px ${sans}; color:#222 }
.hd { display:flex; justify-content:space-between; align-items:center; border-bottom:2px solid ${dark}; padding-bottom:2px }
.hd .t { font: bold 13px ${cond}; color:${dark}; letter-spacing:.5px; text-transform:uppercase }
.hd .e { font: bold 8.5px ${sans}; text-align:right; line-height:10px; max-width:150px }
.nmr { margin-top:4px; display:flex; align-items:flex-end; gap:5px; font-size:8.5px; color:#555 }
.nmr .nm { flex:1; border-bottom:1px solid #555; font: 15px ${hand}; color:#1b2a66; line-height:17px; padding-left:4px }
.g { margin-top:5px; display:grid; grid-template-columns: repeat(4, 1fr); grid-auto-rows:42px; gap:3px }
.b { border:1px solid #999; position:relative; padding:2px 3px; font: 7.5px ${cond}; color:#444; line-height:8.5px; overflow:visible }
.b .n { font-weight:bold }
.b .s { position:absolute; right:3px; bottom:3px; width:26px; height:26px; border-radius:50%; border:2px solid; opacity:.75;
  transform:rotate(-14deg); font: bold 6px ${sans}; display:flex; align-items:center; justify-content:center; text-align:center; line-height:6.5px }
.ii { grid-column: span 2; grid-row: span 2; border:1.5px solid ${dark}; background:${light} }
.ii .st { position:absolute; left:10px; right:10px; top:22px; border:2.5px solid ${accent}; border-radius:5px; transform:rotate(-4deg);
  color:${accent}; font: bold 9.5px ${mono}; text-align:center; line-height:12px; padding:3px 2px }
.ft { position:absolute; left:0; right:0; bottom:0; font-size:6.5px; color:#666; line-height:7.5px }
</style>
<div class="w">
 <div class="hd"><div class="t">${heading}</div><div class="e">${event}</div></div>
 <div class="nmr">Name<div class="nm">${name}</div>Co.<div class="nm" style="flex:.7">${company}</div></div>
 <div class="g">${boxes_html}</div>
 <div class="ft">${rules}</div>
</div>
"""

EXHIBITORS = [
    "AeroDry Equipment",
    "Pureflo Chemical",
    "Vortex Extraction",
    "Hydrotherm Drying",
    "Clearview Odor",
    "Drytek Air Movers",
    "Sentinel Meters",
    "Harbor Chemical",
    "BlueLine Tools",
    "Apex Dehumidifiers",
    "Restoration Supply Co.",
    "Summit Rentals",
]
STAMP_COLORS = ["#a11d33", "#1d4ea1", "#2d6a4f", "#6a4c93", "#b35c00"]


def fill(d):
    import html

    r = d.rng
    e = html.escape
    title = d.title("upper")
    date = d.date(d.pick(["us_short", "us_numeric", "short_month"]))
    hours = d.hours(d.pick(["cecs", "cec_hours", "cecs_colon"]))
    iicrc = (
        f'<div class="b ii"><span class="n">IICRC</span><br>Booth {d.pick(["1142", "727", "2015", "318"])}'
        f'<div class="st">{e(title)}<br>{e(date)}<br>{e(hours)}</div></div>'
    )
    boxes = []
    for ex in r.sample(EXHIBITORS, 12):
        booth = r.randrange(100, 2400)
        stamp = ""
        if r.random() < 0.7:
            c = r.choice(STAMP_COLORS)
            stamp = f'<div class="s" style="color:{c};border-color:{c}">VISITED<br>{booth}</div>'
        boxes.append(f'<div class="b"><span class="n">{e(ex)}</span><br>#{booth}{stamp}</div>')
    pos = d.pick([0, 2, 4, 6])
    boxes.insert(pos, iicrc)
    return {
        "heading": d.pick(["Expo Passport", "Booth Passport", "Show Floor Stamp Card"]),
        "event": d.provider(),
        "name": d.name("plain"),
        "company": d.pick(["Dry Fast LLC", "A1 Restoration", "CleanPro", "Rapid Dry Inc."]),
        "boxes_html": "".join(boxes),
        "rules": d.pick(
            [
                "Collect all stamps and drop this card at Registration by 2 PM on the last show "
                "day to enter the drawing. Need not be present to win.",
                "Completed cards enter the prize drawing. One card per attendee. "
                "The IICRC stamp is your proof of booth registration; keep a photo of this card.",
            ]
        ),
    }
