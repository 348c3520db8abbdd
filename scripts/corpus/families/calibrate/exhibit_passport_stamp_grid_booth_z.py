"""An exhibit-hall "passport" a show hands every attendee: a dark band with
the show's name, dates and hall, the attendee's name on a labelled line, a
grid of exhibitor boxes with booth numbers, some stamped with a round
"visited" stamp, one box for the IICRC booth with its credit and the day
it was stamped, and a footer about the prize drawing and how the booth
credit is posted."""

SOURCE = (
    "Trade-show exhibit-hall passport / booth-stamp cards as restoration and cleaning shows "
    "print them, with the IICRC booth registration wording (register at the IICRC booth, CECs "
    "posted to the IICRC record)"
)
KIND = "booth"
PAPER = ["half-letter", "letter-landscape"]
CATEGORIES = ("dark-band", "table", "labelled", "landscape", "date-range")

VENDORS = [
    "DryRight Pro Supply",
    "AquaTrak Meters",
    "Falcon Air Movers",
    "HydroPure Chemicals",
    "Sapphire Extraction Works",
    "XactPro Estimating",
    "MoldCheck Labs",
    "Titan Dehumidifiers",
    "Keystone Brands East",
    "ClearView Thermal",
    "Restoration Finance Co.",
    "Rapid Board-Up",
    "Contents Pack-Out Pros",
    "Ozone Solutions Direct",
    "Vac-Truck Outfitters",
    "Encapsulant Supply Co.",
]

TEMPLATE = """<style>
.band { position:absolute; left:0; right:0; top:0; height:13%; background:${dark}; color:#fff; display:flex; justify-content:space-between; align-items:center; padding:0 3.5%; font-family:${sans} }
.band .ev { font: bold 2.6vw ${display} } .band .dt { font-size:1.45vw; text-align:right; line-height:1.35 }
.w { position:absolute; left:3.5%; right:3.5%; top:15.5%; bottom:3%; font-family:${sans} }
.hd { display:flex; align-items:baseline; gap:2vw } .hd h2 { margin:0; font: bold 2.3vw ${sans}; letter-spacing:0.2vw; text-transform:uppercase; color:${dark} }
.nl { flex:1; font-size:1.5vw; color:#444 } .nl span { font: 2.6vw ${hand}; color:#1a2a6c; border-bottom:1px solid #777; padding:0 1vw; display:inline-block; min-width:40%; margin-left:0.6vw }
table { width:100%; border-collapse:collapse; margin-top:1.4vw; table-layout:fixed }
td { border:1.5px solid #444; height:${cell_h}vh; vertical-align:top; padding:0.6vw 0.8vw; position:relative; font-size:1.35vw }
td .bn { font-size:1.1vw; color:#666 } td .vn { font-weight:bold; line-height:1.2 }
.stamp { position:absolute; right:0.8vw; bottom:0.6vw; width:5.4vw; height:5.4vw; border-radius:50%; border:0.3vw solid ${st}; color:${st};
  transform:rotate(-14deg); font: bold 0.95vw ${sans}; display:flex; align-items:center; justify-content:center; text-align:center; opacity:0.85; line-height:1.1 }
td.ic { background:${light}; border:2.5px solid ${accent} } td.ic .vn { color:${accent} }
td.ic .cr { font-size:1.3vw; margin-top:0.3vw } td.ic .sd { font-size:1.15vw; color:#333; margin-top:0.2vw }
.ft { position:absolute; left:0; right:0; bottom:0; font-size:1.1vw; color:#444; line-height:1.4 }
</style>
<div class="band"><div class="ev">${event}</div><div class="dt">${range}<br>${venue}</div></div>
<div class="w">
 <div class="hd"><h2>${heading}</h2><div class="nl">${name_label}<span>${name}</span></div></div>
 <table>${grid_html}</table>
 <div class="ft">${foot}</div>
</div>
"""


def fill(d):
    import html
    from datetime import timedelta

    from corpus.formats import fmt_range

    event = d.provider(d.pick([None, "upper"]))
    before, after = d.pick([(0, 2), (1, 1), (2, 0), (1, 2)])
    show = fmt_range(
        d.completed - timedelta(days=before), d.completed + timedelta(days=after), d.rng
    )
    title = d.set_title(
        d.pick(["IICRC Booth Registration", "IICRC Booth", "IICRC Booth Registration"]),
        ["IICRC Booth Registration"],
    )
    credit = d.hours(d.pick(["cec_hours", "cecs", "hours_title", "iicrc_cec"]))
    stamped = d.date(d.pick(["us_numeric", "us_short", "short_month"]))
    cols = d.pick([3, 4])
    rows = d.pick([3, 4])
    vendors = d.rng.sample(VENDORS, cols * rows - 1)
    ic_at = d.rng.randrange(cols * rows)
    st = d.pick(["#b22222", "#1f4fa8", "#2e7d32", "#6a1b9a"])
    cells = []
    for i in range(cols * rows):
        booth = f"Booth {d.rng.randrange(100, 1299)}"
        if i == ic_at:
            cells.append(
                f"<td class='ic'><div class='bn'>{booth}</div><div class='vn'>{html.escape(title)}</div>"
                f"<div class='cr'>{html.escape(credit)}</div><div class='sd'>{html.escape(d.pick(['Stamped', 'Registered', 'Date']))}: "
                f"{html.escape(stamped)}</div><div class='stamp'>IICRC<br>✓</div></td>"
            )
        else:
            v = vendors.pop()
            stamp = "<div class='stamp'>VISITED</div>" if d.chance(0.55) else ""
            cells.append(
                f"<td><div class='bn'>{booth}</div><div class='vn'>{html.escape(v)}</div>{stamp}</td>"
            )
    grid = "".join(
        "<tr>" + "".join(cells[r * cols : (r + 1) * cols]) + "</tr>" for r in range(rows)
    )
    return {
        "event": event,
        "range": show,
        "venue": d.venue(),
        "heading": d.pick(["Exhibit Hall Passport", "Booth Passport", "Show Floor Passport"]),
        "name_label": d.pick(["Name", "Attendee", "Passport holder"]),
        "name": d.name("plain"),
        "cell_h": round(62 / rows, 1),
        "st": st,
        "grid_html": grid,
        "foot": d.pick(
            [
                "Collect a stamp at every booth and drop your passport at Registration by 2 PM on the "
                "last show day for the prize drawing. IICRC booth registration CECs are posted to your "
                "IICRC record by the IICRC; keep this card as proof.",
                "Completed passports enter the grand-prize drawing. Only the IICRC booth stamp carries "
                "continuing education credit; it is reported to the IICRC after the show.",
            ]
        ),
    }
