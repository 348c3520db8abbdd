"""A daily moisture-reading log from a water-loss job, not a certificate: a
job block (claim number, loss address, category and class), the meter used
with its calibration date, a grid of reading points by room and material
with a column per visit day, the dry standard, atmospheric readings, and the
technician's and supervisor's initials. It names people and dates and
records no training."""

SOURCE = "CleanExpo/Inspection-Report:docs/user/features/moisture-readings.md"
KIND = "other"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = ("other", "table", "portrait", "labelled", "distractor-person", "distractor-date")

TEMPLATE = """<style>
.w { position:absolute; inset:40px 48px; font: 12px ${sans}; color:#111 }
.hd { display:flex; justify-content:space-between; align-items:flex-start; border-bottom:3px solid ${dark}; padding-bottom:6px }
.hd .co { font: bold 19px ${display}; color:${dark} } .hd .co small { display:block; font: 10.5px ${sans}; color:#555 }
.hd .t { text-align:right; font: bold 16px ${sans} } .hd .t small { display:block; font: 10px ${sans}; color:#555 }
.job { display:grid; grid-template-columns: 1fr 1fr; gap:2px 24px; margin:10px 0 }
.job div { border-bottom:1px solid #aaa; padding:3px 0 } .job span { color:#555; font-size:10.5px; margin-right:6px }
h4 { margin:12px 0 4px; font-size:12.5px; color:${dark}; text-transform:uppercase; letter-spacing:1px }
table { width:100%; border-collapse:collapse } th, td { border:1px solid #777; padding:3px 5px; text-align:center }
th { background:${light}; font-size:10.5px } td.l { text-align:left }
.hand { font-family:${pen}; font-size:15px; color:#1a2d80 }
.dry { color:#0a6b2a; font-weight:bold }
.ft { position:absolute; left:0; right:0; bottom:0; font-size:9px; color:#555; border-top:1px solid #aaa; padding-top:4px; display:flex; justify-content:space-between }
</style>
<div class="w">
 <div class="hd"><div class="co">${company}<small>${phone} &middot; ${license}</small></div>
  <div class="t">${heading}<small>Page 1 of 1</small></div></div>
 <div class="job">
  <div><span>Claim #</span>${claim}</div><div><span>Date of Loss</span>${loss_date}</div>
  <div><span>Property Owner</span>${owner}</div><div><span>Loss Address</span>${street}, ${town}</div>
  <div><span>Category / Class</span>${cat}</div><div><span>Technician</span>${tech}</div>
  <div><span>Meter</span>${meter}</div><div><span>Calibrated</span>${cal_date}</div>
 </div>
 <h4>Moisture Readings (% MC / WME)</h4>
 <table><tr><th style="width:6%">Pt</th><th>Room</th><th>Material</th><th>Dry Std</th>${day_heads_html}</tr>${rows_html}</table>
 <h4>Atmospheric</h4>
 <table><tr><th>Location</th>${day_heads_html}</tr>${atmo_html}</table>
 <h4>Sign-off</h4>
 <table>
  <tr><th style="width:22%">Role</th><th>Name</th><th style="width:24%">Initials</th></tr>
  <tr><td class="l">Lead Technician</td><td class="l">${tech}</td><td class="hand">${tech_init}</td></tr>
  <tr><td class="l">Supervisor</td><td class="l">${sup}</td><td class="hand">${sup_init}</td></tr>
 </table>
 <div class="ft"><span>${note}</span><span>${printed}</span></div>
</div>
"""

ROOMS = ["Kitchen", "Hall Bath", "Living Room", "Master Bed", "Basement", "Laundry", "Hallway"]
MATERIALS = [
    ("Drywall", 12),
    ("Baseboard", 14),
    ("Subfloor (OSB)", 16),
    ("Hardwood", 12),
    ("Carpet Pad", 10),
    ("Cabinet Toe-kick", 15),
    ("Concrete", 5),
]


def fill(d):
    from datetime import timedelta

    from corpus.formats import fmt_date

    loss = d.completed + timedelta(days=d.rng.randint(30, 500))
    days = d.pick([3, 4, 4, 5])
    heads = "".join(
        f"<th>Day {i + 1}<br>{fmt_date(loss + timedelta(days=i + 1), 'us_short')}</th>"
        for i in range(days)
    )
    rows = []
    for pt in range(1, d.pick([6, 7, 8]) + 1):
        mat, std = d.pick(MATERIALS)
        start = std + d.rng.randint(10, 35)
        vals = []
        for i in range(days):
            v = max(std, round(start - (start - std) * (i + 1) / days * d.rng.uniform(0.7, 1.1)))
            vals.append(f'<td class="dry">{v}</td>' if v <= std else f"<td>{v}</td>")
        rows.append(
            f'<tr><td>{pt}</td><td class="l">{d.pick(ROOMS)}</td><td class="l">{mat}</td>'
            f"<td>{std}</td>{''.join(vals)}</tr>"
        )
    atmo = []
    for where in ["Outside", "Affected Area", "Dehu Exhaust"]:
        cells = "".join(
            f"<td>{d.rng.randint(64, 88)}&deg;F / {d.rng.randint(25, 70)}%</td>"
            for _ in range(days)
        )
        atmo.append(f'<tr><td class="l">{where}</td>{cells}</tr>')
    tech = d.plain_name
    sup = d.person()
    return {
        "pen": d.pick(["'Dancing Script', cursive", "'Z003', cursive"]),
        "company": d.pick(
            ["Rapid Response Restoration", "DryPro Water Mitigation", "Crestline Restoration, LLC"]
        ),
        "phone": d.phone(),
        "license": f"Lic. #{d.rng.randrange(100000, 999999)}",
        "heading": d.pick(["Moisture Log", "Daily Moisture Map", "Drying Log"]),
        "claim": d.number(),
        "loss_date": fmt_date(loss, d.pick(["us_numeric", "long"])),
        "owner": d.person(),
        "street": d.address()[0],
        "town": d.city(),
        "cat": d.pick(["Cat 1 / Class 2", "Cat 2 / Class 2", "Cat 1 / Class 3", "Cat 3 / Class 1"]),
        "tech": tech,
        "meter": d.pick(["Protimeter MMS3", "Delmhorst BD-2100", "Tramex ME5", "Flir MR77"]),
        "cal_date": d.other_date("print", "us_numeric"),
        "day_heads_html": heads,
        "rows_html": "".join(rows),
        "atmo_html": "".join(atmo),
        "tech_init": "".join(w[0] for w in tech.split()[:3]),
        "sup": sup,
        "sup_init": "".join(w[0] for w in sup.split()[:3]),
        "note": "Readings taken at the same marked points each visit. Green = at or below dry standard.",
        "printed": f"Printed {fmt_date(loss + timedelta(days=days + 1), 'us_numeric')}",
    }
