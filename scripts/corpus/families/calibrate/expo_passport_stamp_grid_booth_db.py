"""An expo-hall passport card typeset on ticket stock: the show's name and
dates in a header rule, the attendee's name and certification number
handwritten on lines, then a grid of exhibitor stamp boxes; most are
sponsor booths, one is stamped by the IICRC booth with the date and the
credit, and a note at the foot says to keep the card as proof."""

SOURCE = (
    "sqrtiswap/nametags:README.md (ticket-package card layout) and "
    "wording: trade-show expo-hall passport cards stamped at each booth"
)
KIND = "booth"
PAPER = "slip"
CATEGORIES = (
    "slip",
    "table",
    "handwriting",
    "stamp",
    "landscape",
    "distractor-date",
    "tiny-footer",
)

TEMPLATE = """<style>
.w { position:absolute; inset:16px 20px; font:12px ${sans}; color:#111 }
.hd { display:flex; justify-content:space-between; align-items:flex-end; border-bottom:2px solid ${dark}; padding-bottom:4px }
.hd .e { font:bold 19px ${serif}; color:${dark} } .hd .r { text-align:right; font-size:11.5px; line-height:14px }
.k { font:bold 11px ${sans}; letter-spacing:2px; text-transform:uppercase; margin:6px 0 2px; color:${accent} }
.ln { display:flex; gap:10px; margin-top:3px } .ln div { flex:1; border-bottom:1px solid #555; font-size:10px; color:#555; position:relative; height:26px }
.ln span { position:absolute; left:74px; bottom:1px; font:21px ${hand}; color:#1a2a6c; white-space:nowrap }
.g { display:grid; grid-template-columns:repeat(4, 1fr); grid-auto-rows:104px; gap:5px; margin-top:8px }
.g > div { border:1px dashed #888; font-size:9.5px; color:#666; padding:3px; position:relative }
.g > .s { border:1px solid #333 }
.stamp { position:absolute; left:6px; right:4px; top:22px; border:2.5px solid ${ink}; color:${ink}; border-radius:6px; padding:2px 4px;
  font:bold 11px ${mono}; line-height:14px; transform:rotate(-5deg); text-align:center }
.logo { position:absolute; left:6px; right:6px; top:22px; text-align:center; font:bold 12px ${sans}; color:${c2}; border:2px solid ${c2}; border-radius:50%; padding:9px 2px; transform:rotate(7deg) }
.ft { position:absolute; left:0; right:0; bottom:0; font-size:9px; color:#444 }
</style>
<div class="w">
 <div class="hd"><div class="e">${org}</div><div class="r">${range}<br>${venue}</div></div>
 <div class="k">Expo Hall Passport</div>
 <div class="ln"><div>Name<span>${name}</span></div><div>IICRC Cert. #<span>${cert}</span></div></div>
 <div class="g">${cells_html}</div>
 <div class="ft">${note}</div>
</div>
"""
SPONSORS = [
    "AeroDry Equipment",
    "Pureflo Chemical",
    "Vortex Extraction",
    "Hydrotherm",
    "Clearview Odor",
    "DryMax Rentals",
    "TruckMount Pro",
    "Hepa Guard",
    "MoistureLine",
    "Contents Plus",
]


def fill(d):
    from datetime import timedelta
    from html import escape

    from corpus.formats import fmt_range

    org = d.provider()
    name = d.name("plain")
    title = escape(d.title())
    date = escape(d.date(d.pick(["us_short", "us_numeric", "short_month"])))
    hours = escape(d.hours(d.pick(["cecs", "cec_hours", "hrs"])))
    before, after = d.pick([(0, 2), (1, 1), (2, 0), (1, 2)])
    show_days = fmt_range(
        d.completed - timedelta(days=before), d.completed + timedelta(days=after), d.rng
    )
    stamped = d.rng.sample(range(8), d.pick([2, 3, 4]))
    slot = d.rng.randrange(8)
    sponsors = d.rng.sample(SPONSORS, 8)
    cells = []
    for i in range(8):
        if i == slot:
            cells.append(
                f'<div class="s">Booth {d.rng.randrange(100, 999)}'
                f'<div class="stamp">{title}<br>{date}<br>{hours}</div></div>'
            )
        elif i in stamped:
            cells.append(
                f'<div>{sponsors[i]}<div class="logo">{sponsors[i].split()[0].upper()}</div></div>'
            )
        else:
            cells.append(f"<div>{sponsors[i]}</div>")
    return {
        "org": org,
        "range": show_days,
        "venue": d.venue(),
        "name": name,
        "cert": d.number(),
        "cells_html": "".join(cells),
        "ink": d.pick(["#8b1a1a", "#1b3a8b", "#6a1b6a"]),
        "c2": d.pick(["#2d6a4f", "#1e6091", "#9c6644"]),
        "note": "Have every box stamped and drop the card at the prize desk. The IICRC booth stamp is "
        "your record of booth registration: keep this card with your CEC records.",
    }
