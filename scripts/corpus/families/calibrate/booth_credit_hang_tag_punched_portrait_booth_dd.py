"""A portrait wallet-size tag printed at the certification body's booth and
slipped behind the show badge: a punched slot at the top, a dark upper
panel with the show's wordmark and year (the only place the show is
named), a white lower part with "Booth Registration" in heavy capitals,
the visitor's name, a two-cell grid of date and CEC credit, and a tiny
registrant number and barcode strip along the bottom."""

SOURCE = (
    "LSSTDESC/name-tag-guru:latex/main.tex (insertable badge: event name band, large name, "
    "small affiliation line); wording: credit tags printed at the IICRC booth at trade shows"
)
KIND = "booth"
PAPER = "card-portrait"
CATEGORIES = (
    "wallet",
    "portrait",
    "dark-band",
    "provider-in-logo",
    "table",
    "barcode",
    "tiny-footer",
)

TEMPLATE = """<style>
.t { position:absolute; inset:0; background:#fff; border:1px solid #aaa; border-radius:8px }
.top { position:absolute; left:0; right:0; top:0; height:${top_h}px; background:${dark}; border-radius:7px 7px 0 0; color:#fff; text-align:center; padding-top:26px }
.slot { position:absolute; left:50%; top:8px; width:44px; height:9px; margin-left:-22px; border-radius:5px; background:#fff; border:1px solid #999 }
.top .ev { font: bold ${ev_px}px ${lfont}; line-height:1.12; padding:0 10px; text-transform:${ev_case} }
.top .yr { font: 10px ${sans}; letter-spacing:3px; margin-top:4px; color:${pale} }
.k { position:absolute; left:10px; right:10px; top:${k_top}px; text-align:center; font: 900 ${k_px}px ${kfont}; line-height:1.1; color:${accent}; letter-spacing:.5px }
.nm { position:absolute; left:8px; right:8px; top:${nm_top}px; text-align:center; font: bold ${nm_px}px ${sans}; line-height:1.15; color:#111 }
.g { position:absolute; left:10px; right:10px; top:${g_top}px; display:grid; grid-template-columns:1fr 1fr; border:1px solid #444 }
.g div { padding:3px 4px; text-align:center; font: bold 9.5px ${sans}; line-height:12px }
.g div + div { border-left:1px solid #444 }
.g span { display:block; font: 6.5px ${sans}; letter-spacing:.8px; color:#555; text-transform:uppercase }
.bc { position:absolute; left:18px; right:18px; bottom:20px; height:16px;
  background:repeating-linear-gradient(90deg,#000 0 1px,#fff 1px 3px,#000 3px 5px,#fff 5px 6px,#000 6px 7px,#fff 7px 10px) }
.no { position:absolute; left:0; right:0; bottom:7px; text-align:center; font: 7px ${mono}; color:#333 }
</style>
<div class="t"></div>
<div class="top"><div class="slot"></div><div class="ev">${event_name}</div><div class="yr">${year_line}</div></div>
<div class="k">${title}</div>
<div class="nm">${name}</div>
<div class="g"><div><span>${date_label}</span>${date}</div><div><span>${credit_label}</span>${hours}</div></div>
<div class="bc"></div>
<div class="no">${reg_line}</div>
"""


def fill(d):
    r = d.rng
    event = d.provider()
    event_name = event.rsplit(" ", 1)[0] if event.endswith(str(d.completed.year)) else event
    name = d.name(d.pick(["plain", "upper"]))
    title = d.set_title(
        d.pick(["IICRC BOOTH REGISTRATION", "IICRC Booth Registration"]),
        ["IICRC Booth Registration"],
    )
    return {
        "top_h": 104,
        "ev_px": 14 if len(event_name) < 24 else 12.5,
        "lfont": d.fonts[d.pick(["sans", "cond", "display"])],
        "kfont": d.fonts[d.pick(["sans", "cond"])],
        "ev_case": d.pick(["none", "uppercase"]),
        "pale": d.pick(["#f2c230", "#9fc6e8", "#e8b4a0", "#b5d6b2"]),
        "event_name": event_name,
        "year_line": f"{d.completed.year} \u00b7 {d.city().split(',')[0].upper()}",
        "k_top": 114,
        "k_px": 13,
        "title": title,
        "nm_top": 158,
        "nm_px": 13 if len(name) < 20 else 11,
        "name": name,
        "g_top": 214,
        "date_label": d.pick(["Date", "Visited", "Scanned"]),
        "date": d.date(d.pick(["us_numeric", "us_short", "short_month", "iso"])),
        "credit_label": d.pick(["CEC", "CECs", "Credit"]),
        "hours": d.hours_number() if d.chance(0.6) else d.hours(d.pick(["cecs", "cec_hours"])),
        "reg_line": f"REG {r.randrange(100000, 9999999)} \u00b7 BOOTH {r.randrange(100, 2999)}",
    }
