"""A phone wallet pass for a booth visit, printed or saved: the event
ticket style with a logo and the show's name across the top and a header
field at the right, a coloured strip carrying the primary field, then rows
of small upper-case labels over values (attendee, date, credit, certification
number), and a stacked barcode with its number under it on a white panel at
the bottom; white text on a dark pass colour throughout."""

SOURCE = (
    "passworks/passworks-api:v2/sections/event_ticket.md (event ticket pass with strip image: "
    "header, primary, secondary and auxiliary fields, barcode) and oisujp/paww:types.d.ts"
)
KIND = "booth"
PAPER = "card-portrait"
CATEGORIES = (
    "labelled",
    "dark-band",
    "portrait",
    "provider-in-logo",
    "barcode",
    "phone-pass",
)

TEMPLATE = """<style>
.p { position:absolute; inset:0; border-radius:10px; background:${dark}; color:#fff; font-family:${sans}; overflow:hidden }
.top { position:absolute; left:9px; right:9px; top:8px; height:26px; display:flex; align-items:center; gap:6px }
.lg { width:20px; height:20px; border-radius:4px; background:${accent}; font: bold 8px ${sans}; display:flex; align-items:center; justify-content:center; flex:none }
.lt { font-weight:bold; font-size:8.5px; line-height:9.5px; flex:1 }
.hf { text-align:right; flex:none }
.lb { display:block; font-size:5.6px; letter-spacing:0.5px; text-transform:uppercase; color:${label}; font-weight:bold; margin-bottom:1px }
.hf .v { font-size:10px }
.strip { position:absolute; left:0; right:0; top:38px; height:74px; padding:9px 10px; background:
  repeating-linear-gradient(135deg, rgba(255,255,255,0.08) 0 6px, transparent 6px 12px), linear-gradient(120deg, ${accent}, ${dark}) }
.strip .v { font-size:14.5px; font-weight:bold; line-height:16px }
.row { position:absolute; left:10px; right:10px; display:flex; justify-content:space-between; gap:6px }
.row .v { font-size:9px; line-height:10.5px }
.r1 { top:120px } .r2 { top:150px } .r3 { top:180px }
.row div:last-child { text-align:right }
.bc { position:absolute; left:14px; right:14px; bottom:12px; height:${bc_h}; background:#fff; border-radius:5px; padding:6px 7px 4px; color:#111; text-align:center }
.bars { height:${bars_h}; background:${bars} }
.alt { font: 6.5px ${mono}; margin-top:3px; letter-spacing:0.5px }
</style>
<div class="p">
 <div class="top"><div class="lg">${mark}</div><div class="lt">${event}</div>
  <div class="hf"><span class="lb">${hf_label}</span><span class="v">${hf_value}</span></div></div>
 <div class="strip"><span class="lb">${primary_label}</span><div class="v">${primary}</div></div>
 <div class="row r1"><div><span class="lb">${name_label}</span><div class="v">${name}</div></div>
  <div><span class="lb">Date</span><div class="v">${date}</div></div></div>
 <div class="row r2"><div><span class="lb">${credit_label}</span><div class="v">${hours}</div></div>
  <div><span class="lb">${cert_label}</span><div class="v">${cert}</div></div></div>
 <div class="row r3"><div><span class="lb">Venue</span><div class="v">${venue}</div></div>
  <div><span class="lb">${ticket_label}</span><div class="v">${ticket}</div></div></div>
 <div class="bc"><div class="bars"></div><div class="alt">${alt}</div></div>
</div>
"""


def _row(rng) -> str:
    stops, x, dark = [], 0.0, True
    while x < 100:
        w = rng.choice([0.6, 0.6, 1.0, 1.4, 2.0])
        stops.append(f"{'#111' if dark else '#fff'} {x:.1f}% {min(x + w, 100):.1f}%")
        x += w
        dark = not dark
    return f"linear-gradient(90deg, {', '.join(stops)})"


def _bars(rng, stacked: bool) -> str:
    """A linear barcode, or a stacked one as rows of different bars."""
    if not stacked:
        return _row(rng)
    return ", ".join(f"{_row(rng)} 0 {i * 3.75:g}px / 100% 3.75px no-repeat" for i in range(8))


def fill(d):
    r = d.rng
    event = d.provider()
    short = d.org_alt or event
    words = [w for w in short.replace("&", "").split() if w[:1].isupper()]
    stacked = d.chance(0.6)
    code = d.number()
    name_style = d.pick(["plain", "plain", "upper"])
    return {
        "label": d.pick(["#ffd98a", "#bfe3ff", "#cfe8cf", "rgba(255,255,255,0.7)"]),
        "mark": "".join(w[0] for w in words)[:3],
        "event": event,
        "hf_label": d.pick(["Booth", "Hall", "Booth No."]),
        "hf_value": d.pick(
            [str(r.randrange(100, 2999)), f"{r.choice('ABCD')}{r.randrange(10, 99)}"]
        ),
        "primary_label": d.pick(["Checked in at", "Visit", "Scan"]),
        "primary": d.set_title(
            d.pick(["IICRC Booth Registration", "IICRC Booth Visit", "IICRC Booth Check-In"]),
            ["IICRC Booth Registration"],
        ),
        "name_label": d.pick(["Attendee", "Name", "Registrant"]),
        "name": d.name(name_style),
        "date": d.date(d.pick(["short_month", "us_numeric", "short_month_dot", "us_short"])),
        "credit_label": d.pick(["Credit", "CEC", "Earned"]),
        "hours": d.hours(d.pick(["cecs", "cec_hours", "hours_title"])),
        "cert_label": d.pick(["IICRC #", "Cert #", "Registrant ID"]),
        "cert": d.number(),
        "venue": d.venue(),
        "ticket_label": d.pick(["Ticket", "Pass", "Badge"]),
        "ticket": d.pick(["Expo Only", "Full Conference", "Exhibit Hall", "Attendee"]),
        "bc_h": "48px" if stacked else "42px",
        "bars_h": "30px" if stacked else "24px",
        "bars": _bars(r, stacked),
        "alt": code,
    }
