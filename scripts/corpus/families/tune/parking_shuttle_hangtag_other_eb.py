"""Not a certificate: a rear-view-mirror hang tag for exhibitor parking or
the hotel shuttle at a trade show, printed on card stock. A round hole and
slit at the top, a full-width colour block with a huge "P" (or a bus
mark) and the pass type in light letter-spaced capitals, the show's name
and year, the lot or route, the days it is valid, the holder's name and
company, the plate, a pass number, shuttle or gate hours, and a line of
small print. It names a person, an event, dates and times; a parking pass
records no continuing-education credit."""

SOURCE = (
    "PedrovBraga/credencial-estacionamento:views/credencial/verso.php (parking credential: "
    "holder's name, numbered conditions of use, valid period, display on the dashboard) and "
    "PaddyDude/SoftwareDevProject:Views/parking_permit.php (permit issued in the holder's name)"
)
KIND = "other"
PAPER = "card-portrait"
CATEGORIES = (
    "other",
    "portrait",
    "dark-band",
    "letter-spaced",
    "labelled",
    "date-range",
    "provider-in-logo",
    "distractor-date",
    "tiny-footer",
)

TEMPLATE = """<style>
.ht { position:absolute; inset:0; background:#fff; font-family:${sans}; color:#111; overflow:hidden }
.hole { position:absolute; left:50%; top:10px; width:26px; height:26px; margin-left:-13px; border-radius:50%; border:1px solid #999; background:#e8e8e8 }
.slit { position:absolute; left:50%; top:22px; width:2px; height:26px; margin-left:-1px; background:#999 }
.blk { position:absolute; left:0; right:0; top:50px; height:96px; background:${col}; color:#fff; text-align:center }
.blk .p { font: bold ${big_fs}px ${display}; line-height:64px; margin-top:4px }
.blk .t { font: bold 10.5px ${sans}; letter-spacing:3px; text-transform:uppercase; margin-top:2px }
.ev { position:absolute; left:8px; right:8px; top:152px; text-align:center }
.ev b { font: bold 11px ${sans}; display:block; line-height:13px; color:${col} }
.ev span { font-size:8px; color:#444; letter-spacing:.2px; white-space:nowrap }
.kv { position:absolute; left:10px; right:10px; top:190px; font-size:8.5px; line-height:11px }
.kv div { display:flex; justify-content:space-between; border-bottom:1px dotted #bbb; padding:1px 0 }
.kv span { color:#666; text-transform:uppercase; font-size:7px; letter-spacing:.5px; padding-top:1px }
.kv b { text-align:right; max-width:120px }
.no { position:absolute; left:0; right:0; bottom:22px; text-align:center; font: bold 13px ${mono}; letter-spacing:1px }
.ft { position:absolute; left:6px; right:6px; bottom:5px; text-align:center; font-size:6px; line-height:7.5px; color:#555 }
</style>
<div class="ht">
 <div class="hole"></div><div class="slit"></div>
 <div class="blk"><div class="p">${mark}</div><div class="t">${pass_type}</div></div>
 <div class="ev"><b>${event}</b><span>${venue}</span></div>
 <div class="kv">
  <div><span>${lot_label}</span><b>${lot}</b></div>
  <div><span>Valid</span><b>${valid}</b></div>
  <div><span>${hours_label}</span><b>${hours_text}</b></div>
  <div><span>Issued to</span><b>${holder}</b></div>
  <div><span>Company</span><b>${company}</b></div>
  <div><span>${plate_label}</span><b>${plate}</b></div>
 </div>
 <div class="no">${pass_no}</div>
 <div class="ft">${fine}</div>
</div>
"""

COMPANIES = [
    "AeroDry Equipment",
    "Pureflo Chemical",
    "Rapid Dry Restoration",
    "Vortex Extraction",
    "Blue Line Cleaning Co.",
    "Summit Peak Restoration",
]


def fill(d):
    from datetime import timedelta

    from corpus import values as V
    from corpus.formats import fmt_date

    r = d.rng
    shuttle = d.chance(0.4)
    event = d.pick(V.EVENTS)
    first = d.completed - timedelta(days=r.randint(1, 3))
    last = first + timedelta(days=r.randint(1, 3))
    style = d.pick(["short_month", "us_short", "us_numeric"])
    if style == "short_month" and first.month == last.month:
        valid = f"{fmt_date(first, 'short_month').split(',')[0]}–{last.day}, {last.year}"
    else:
        valid = f"{fmt_date(first, style)} – {fmt_date(last, style)}"
    letters = "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3))
    return {
        "col": d.pick(["#0b5394", "#b45309", "#166534", "#7c2d12", "#5b21b6", "#9f1239"]),
        "big_fs": 64 if not shuttle else 32,
        "mark": d.pick(["SHUTTLE", "BUS"]) if shuttle else "P",
        "pass_type": d.pick(["Hotel shuttle pass", "Shuttle rider"])
        if shuttle
        else d.pick(["Exhibitor parking", "Dock & parking", "Staff parking"]),
        "event": f"{event} {first.year}",
        "venue": d.venue(),
        "lot_label": "Route" if shuttle else "Lot",
        "lot": d.pick(["Blue route · Hotels 1–6", "Red route", "Route C"])
        if shuttle
        else d.pick(["Lot B (Gold)", "Garage P2", "Lot 7 – Exhibitors", "North lot"]),
        "valid": valid,
        "hours_label": "Service" if shuttle else d.pick(["Gate hours", "Lot open"]),
        "hours_text": d.pick(["6:30 AM – 7:00 PM", "7 AM – 6 PM", "6 AM – 8 PM"]),
        "holder": d.person(),
        "company": d.pick(COMPANIES),
        "plate_label": "Hotel" if shuttle else "Plate",
        "plate": d.pick(["Westin", "Hilton Garden Inn", "Marriott Downtown", "Hyatt Place"])
        if shuttle
        else f"{letters}-{r.randrange(1000, 9999)} ({d.pick(['WA', 'TX', 'OH', 'FL', 'IL'])})",
        "pass_no": d.number("No. "),
        "fine": d.pick(
            [
                "Hang from rear-view mirror, number facing out. Not valid for overnight parking.",
                "Show this pass to the driver on boarding. Non-transferable.",
                "Vehicles without a visible pass will be towed at owner's expense.",
            ]
        ),
    }
