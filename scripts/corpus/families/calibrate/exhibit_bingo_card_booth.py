"""A show-floor bingo card printed with the attendee's registration details:
the show name and dates in a dark band, the badge holder's name, company and
badge number, then a five-by-five grid of exhibitor squares (booth number over
exhibitor name) that booth staff mark with stickers as the visitor calls. One
square is the certification body's booth; its staff also fill a small CEC
sign-in box at the side with the date, the credit and their initials. Prize
rules in small print at the foot."""

SOURCE = (
    "https://www.ohioruralwater.org/exhibitor-info.html (exhibit hall bingo: a card printed with "
    "each attendee's registration information, marked with exhibitor stickers) and "
    "https://www.randrmagonline.com/articles/85420-iicrc-continuing-education (signing in at the "
    "IICRC booth for CECs)"
)
KIND = "booth"
PAPER = "half-letter"
CATEGORIES = (
    "slip",
    "landscape",
    "dark-band",
    "table",
    "labelled",
    "distractor-date",
    "distractor-org",
    "handwriting",
)

TEMPLATE = """<style>
.band { position:absolute; left:0; right:0; top:0; height:50px; background:${dark}; color:#fff; display:flex;
  justify-content:space-between; align-items:center; padding:0 22px; font-family:${sans} }
.band b { font-size:19px } .band span { font-size:12px; text-align:right; line-height:15px }
.reg { position:absolute; left:22px; right:22px; top:58px; font: 11.5px ${sans}; display:flex; gap:22px; color:#222 }
.reg i { font-style:normal; color:#666; font-size:9.5px; text-transform:uppercase; margin-right:3px }
.g { position:absolute; left:22px; top:84px; width:520px; bottom:42px; display:grid; grid-template-columns:repeat(5, 1fr);
  grid-template-rows:22px repeat(5, 1fr); border:2px solid #111; font-family:${cond} }
.g .h { background:${accent}; color:#fff; font: bold 17px ${sans}; display:flex; align-items:center; justify-content:center }
.g .q { border:1px solid #777; position:relative; padding:3px 4px; font-size:9.5px; line-height:11px; overflow:hidden }
.g .q b { display:block; font-size:10.5px }
.g .free { background:#eee; display:flex; align-items:center; justify-content:center; font: bold 13px ${sans} }
.g .st { position:absolute; right:4px; bottom:3px; width:22px; height:22px; border-radius:50%; background:${sticker}; opacity:0.85 }
.g .ic { outline:2px solid ${dark}; outline-offset:-3px }
.side { position:absolute; left:556px; right:22px; top:84px; bottom:42px; border:1.5px dashed #444; padding:8px 9px; font: 11px ${sans}; color:#111 }
.side h4 { margin:0 0 6px; font-size:12px; text-transform:uppercase; letter-spacing:0.4px }
.side .r { margin-bottom:6px } .side .r i { display:block; font-style:normal; font-size:8.5px; color:#555; text-transform:uppercase }
.side .hw { font: 17px ${hand}; color:#1d2f6f }
.ft { position:absolute; left:22px; right:22px; bottom:10px; font: 8.5px ${sans}; color:#444; line-height:11px }
</style>
<div class="band"><b>${org}</b><span>${show_range}<br>${venue}</span></div>
<div class="reg"><span><i>Name</i><b>${name}</b></span><span><i>Company</i>${company}</span><span><i>Badge</i>${badge}</span><span><i>Type</i>${reg_type}</span></div>
<div class="g">${cells_html}</div>
<div class="side">
 <h4>${side_head}</h4>
 <div class="r"><i>Booth</i>${iicrc_booth}</div>
 <div class="r"><i>${t_label}</i>${title}</div>
 <div class="r"><i>Date</i><span class="hw">${date}</span></div>
 <div class="r"><i>Credit</i><span class="hw">${hours}</span></div>
 <div class="r"><i>Staff initials</i><span class="hw">${initials}</span></div>
</div>
<div class="ft">${rules}</div>
"""

EXHIBITORS = [
    "AeroDry",
    "Pureflo",
    "Vortex Extraction",
    "Hydrotherm",
    "Clearview Odor",
    "Dri-Eaz Rental",
    "MoistureMap",
    "Titan Hose Co.",
    "BlueLine Software",
    "Summit Insurance Svcs",
    "Ridgeback Trucks",
    "CleanLine Chemicals",
    "Polar Air Movers",
    "FloodGuard Mats",
    "Restore Finance",
    "Apex Thermal Imaging",
    "ProVac Parts",
    "Keystone Institute",
    "StormReady Tarps",
    "Lumen UV Systems",
    "ContentsPro Pack-Out",
    "Harbor Mold Labs",
    "Crew Uniforms Plus",
]


def fill(d):
    from datetime import timedelta

    from corpus.formats import fmt_range

    r = d.rng
    before, after = d.pick([(0, 2), (1, 1), (2, 0), (1, 2)])
    show = fmt_range(d.completed - timedelta(days=before), d.completed + timedelta(days=after), r)
    names = r.sample(EXHIBITORS, 23)
    ic_pos = r.choice([i for i in range(25) if i != 12])
    iicrc_booth = f"{r.randrange(1, 9)}{r.randrange(0, 99):02d}"
    cells = [f'<div class="h">{ch}</div>' for ch in "BINGO"]
    for i in range(25):
        if i == 12:
            cells.append('<div class="q free">FREE</div>')
            continue
        if i == ic_pos:
            booth, name, cls, stamp = iicrc_booth, "IICRC", " ic", True
        else:
            booth, name, cls = f"{r.randrange(1, 9)}{r.randrange(0, 99):02d}", names.pop(), ""
            stamp = r.random() < 0.45
        dot = '<span class="st"></span>' if stamp else ""
        cells.append(f'<div class="q{cls}"><b>#{booth}</b>{name}{dot}</div>')
    return {
        "org": d.provider(),
        "show_range": show,
        "venue": d.venue(),
        "name": d.name(d.pick(["plain", "upper"])),
        "company": d.pick(
            [
                "Rapid Dry Restoration",
                "A-1 Carpet & Flood",
                "Summit Property Care",
                "Blue Ridge Restore",
            ]
        ),
        "badge": f"{r.randrange(100000, 999999)}",
        "reg_type": d.pick(["Full Conference", "Expo Only", "Exhibit Hall Pass"]),
        "cells_html": "".join(cells),
        "sticker": d.pick(["#d62828", "#2a9d8f", "#f4a261", "#6a4c93"]),
        "side_head": d.pick(["CEC sign-in", "IICRC booth check-in"]),
        "iicrc_booth": f"#{iicrc_booth}",
        "t_label": "Recorded as",
        "title": d.title("plain"),
        "date": d.date(d.pick(["us_short", "us_numeric", "short_month"])),
        "hours": d.hours(d.pick(["cecs", "cec_hours", "hrs"])),
        "initials": "".join(p[0] for p in d.person().split()[:2]),
        "rules": d.pick(
            [
                "One line gets a prize ticket; a covered card enters the final drawing at 3:00 PM. "
                "Must be present to win. Exhibitors mark cards only when the number is called.",
                "Bring your card to the registration desk before the hall closes. Only the first "
                "line per attendee counts. Booth sign-in for credit is separate from the game.",
            ]
        ),
    }
