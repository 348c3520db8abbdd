"""A trade show's exhibitor directory page, not a certificate: the show, its
dates, venue and exhibit hall hours along a header strip, a dense
alphabetical list of exhibitors with booth numbers in three columns, and a
side panel of education sessions on the show floor with times, speakers and
CECs. It names companies, schools, sessions, people and hours; it records
nobody's attendance."""

SOURCE = (
    "computeristgeek/uncomingConference:exhibitors.php (venue, exhibit hours, move-in and "
    "move-out) and https://help.boomercommerce.com/hc/en-us/articles/4423134939671-Booths-and-"
    "Locations (booth numbers, halls and pavilions per exhibitor)"
)
KIND = "other"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = ("other", "table", "landscape", "distractor-person", "date-range")

TEMPLATE = """<style>
.w { position:absolute; inset:30px 36px; font: 11px ${cond}; color:#1a1a1a }
.hd { display:flex; justify-content:space-between; align-items:flex-end; border-bottom:4px solid ${accent}; padding-bottom:6px }
.hd .ev { font: bold 26px ${display}; color:${dark}; line-height:28px } .hd .sub { font: 13px ${sans}; color:#333; margin-top:3px }
.hd .pg { text-align:right; font: bold 15px ${sans}; letter-spacing:2px; color:${accent} } .hd .pg small { display:block; font: 11px ${sans}; letter-spacing:0; color:#555 }
.hrs { display:flex; gap:24px; background:${light}; padding:5px 8px; font: 11px ${sans}; margin:6px 0 8px } .hrs b { color:${dark} }
.cols { display:flex; gap:28px }
.ex { flex:1; columns:3; column-gap:34px; column-rule:1px solid #ccc }
.ex .lt { font: bold 12px ${sans}; color:#fff; background:${dark}; padding:1px 5px; margin:4px 0 2px; break-after:avoid }
.ex .row { display:flex; justify-content:space-between; gap:6px; border-bottom:1px dotted #bbb; padding:3px 0; font-size:11.5px; break-inside:avoid }
.ex .row span:last-child { font-weight:bold; white-space:nowrap }
.ed { width:265px; border:2px solid ${dark}; padding:0 0 6px; align-self:flex-start }
.ed h3 { margin:0; background:${dark}; color:#fff; font: bold 13px ${sans}; padding:5px 8px }
.ed .it { padding:5px 8px 4px; border-bottom:1px solid #ddd; font: 11px ${sans}; line-height:14px }
.ed .it .t { color:${dark}; font-weight:bold } .ed .it .m { color:#555 }
.ed p { font: 10px ${sans}; color:#444; padding:5px 8px 0; line-height:13px }
.ft { position:absolute; left:0; right:0; bottom:0; display:flex; justify-content:space-between; font: 10px ${sans}; color:#555; border-top:1px solid #999; padding-top:4px }
</style>
<div class="w">
 <div class="hd"><div><div class="ev">${event}</div><div class="sub">${show_range} · ${venue}</div></div>
  <div class="pg">${page_title}<small>${as_of}</small></div></div>
 <div class="hrs">${hours_html}</div>
 <div class="cols">
  <div class="ex">${exhibitors_html}</div>
  <div class="ed"><h3>${ed_head}</h3>${sessions_html}<p>${ed_note}</p></div>
 </div>
 <div class="ft"><span>${foot_left}</span><span>${foot_right}</span></div>
</div>
"""

VENDORS = [
    "Abatement Pro Supply",
    "Air Scrubber Rentals Co.",
    "AllClear Thermal Imaging",
    "Bravo Mitigation Software",
    "Brightline Hydroxyl Systems",
    "Canyon Containment Products",
    "Claims Connect Network",
    "Dri-Eaz Distributors West",
    "DryTrak Moisture Monitoring",
    "Echo Pack-Out & Storage",
    "EnviroShield Coatings",
    "FieldLens Photo Reporting",
    "First Response Franchise Group",
    "Granite State Truckmounts",
    "Hammerhead Dehumidifiers",
    "Ironwood Insurance Services",
    "JetStream Air Movers",
    "Keystone Fleet Wraps",
    "Lumen Moisture Meters",
    "MoldStop Laboratories",
    "Nationwide Restoration Lenders",
    "OdorX Deodorization Supply",
    "Pinnacle Estimating Services",
    "Quikdry Floor Systems",
    "RedLine Hose & Fittings",
    "Restorer's Marketing Lab",
    "Sentinel Air Quality Testing",
    "SmartBid Estimating",
    "Spectra Carpet Dye Works",
    "TrueNorth Contents Cleaning",
    "Ultra-Vac Extraction Wands",
    "Vantage Business Coaching",
    "Waterline Leak Detection",
    "Xact Claims Academy",
    "Yardley Safety Supply",
    "Zephyr Injectidry Panels",
]


def fill(d):
    import html
    from datetime import timedelta

    from corpus import values as V
    from corpus.formats import WEEKDAYS, fmt_range

    r = d.rng
    event = d.pick(V.EVENTS)
    start = d.completed - timedelta(days=d.pick([1, 2]))
    names = r.sample(VENDORS, r.randrange(30, len(VENDORS) + 1))
    names += [s for s, _ in r.sample(V.SCHOOLS, 4) if len(s) <= 40] + [
        m for m, _ in r.sample(V.MANUFACTURERS, 4)
    ]
    names += [a for a in r.sample(V.ASSOCIATIONS, 3) if len(a) < 34]
    names.sort(key=str.lower)
    halls = d.pick([["", ""], ["A", "B"], ["N", "S"]])
    used, out, letter = set(), [], ""
    for n in names:
        if n[0].upper() != letter:
            letter = n[0].upper()
            out.append(f'<div class="lt">{letter}</div>')
        booth = r.randrange(100, 1299)
        while booth in used:
            booth = r.randrange(100, 1299)
        used.add(booth)
        tag = r.choice(halls)
        out.append(f'<div class="row"><span>{html.escape(n)}</span><span>{tag}{booth}</span></div>')
    times = ["9:30 AM", "10:45 AM", "12:00 PM", "1:15 PM", "2:30 PM", "3:45 PM"]
    sess = r.sample(V.SESSIONS, 5)
    items = []
    for i, t in enumerate(sorted(r.sample(range(len(times)), 5))):
        day = WEEKDAYS[(start + timedelta(days=r.choice([0, 1]))).weekday()][:3]
        cec = r.choice(["1", "1", "1.5", "2"])
        items.append(
            f'<div class="it"><span class="t">{html.escape(sess[i])}</span><br>'
            f'<span class="m">{day} {times[t]} · {r.choice(["Stage 1", "Stage 2", "Learning Lounge", "Booth " + str(r.randrange(100, 1299))])}'
            f" · {html.escape(d.person())} · {cec} CEC</span></div>"
        )
    d1 = WEEKDAYS[start.weekday()][:3]
    d2 = WEEKDAYS[d.completed.weekday()][:3]
    hours = [
        f"<span><b>Exhibit hall:</b> {d1}–{d2} 10 AM – 5 PM; closes 2 PM {d2}</span>",
        f"<span><b>Move-in:</b> {WEEKDAYS[(start - timedelta(days=1)).weekday()][:3]} 8 AM – 6 PM</span>",
        f"<span><b>Registration:</b> {d.pick(['Hall lobby', 'Concourse level', 'Main entrance'])}</span>",
    ]
    return {
        "event": f"{event} {d.completed.year}",
        "show_range": fmt_range(start, d.completed, r),
        "venue": d.venue(),
        "page_title": d.pick(["EXHIBITOR DIRECTORY", "EXHIBITOR LIST", "FLOOR DIRECTORY"]),
        "as_of": "As of " + d.other_date("registered", "short_month"),
        "hours_html": "".join(hours),
        "exhibitors_html": "\n".join(out),
        "ed_head": d.pick(
            ["Education on the Floor", "CEC Sessions in the Hall", "Show-Floor Classes"]
        ),
        "sessions_html": "\n".join(items),
        "ed_note": d.pick(
            [
                "Have your badge scanned at the session to receive IICRC CECs. Credit is posted "
                "by the show after the event.",
                "Sessions are free with an exhibit hall badge. Seating is first come, first served.",
            ]
        ),
        "foot_left": "Booth numbers and exhibitors subject to change. See the show app for the "
        "floor plan.",
        "foot_right": f"Page {r.randrange(2, 9)}",
    }
