"""Not a certificate: the customer copy of an equipment rental agreement
from a restoration supply house, the stub a technician keeps in the truck.
A dark header with the rental company's name, branch and phone, "Rental
Agreement" and its number, the renter and company, job site, the out and
due dates and times, a table of the units rented (quantity, item, asset
number, day rate, days, amount), deposit and total, a line of terms in
small print, and the renter's signature with the counter clerk's name.
It names people, companies, dates, times and numbers; renting dryers
records no continuing-education credit."""

SOURCE = (
    "krecco/solarApp:car_rentals/shared/documents/rental_agreement_template.md (rental number, "
    "renter, pickup and return date, charges table with daily rate and days, security deposit) "
    "and fsuels/studio:public/templates/en/equipment-rental-agreement.md (equipment, model, "
    "serial number, rental start and end)"
)
KIND = "other"
PAPER = ["slip", "half-letter"]
CATEGORIES = (
    "other",
    "slip",
    "landscape",
    "table",
    "dark-band",
    "labelled",
    "handwriting",
    "provider-in-logo",
    "distractor-person",
    "distractor-date",
    "tiny-footer",
)

TEMPLATE = """<style>
.w { position:absolute; inset:0; font: 11px ${sans}; color:#1b1b1b; display:flex; flex-direction:column }
.hd { background:${band}; color:#fff; padding:9px 18px; display:flex; justify-content:space-between; align-items:center }
.hd b { font: bold 17px ${face}; display:block } .hd span { font-size:10px; opacity:.9 }
.hd .no { text-align:right; font: bold 12px ${sans}; letter-spacing:1.5px; text-transform:uppercase }
.hd .no big { display:block; font: bold 15px ${mono}; letter-spacing:0; color:${acc} }
.in { padding:8px 18px 0; flex:1; display:flex; flex-direction:column }
.fl { display:grid; grid-template-columns: 1.3fr 1fr 1fr; gap:4px 14px }
.fl div { border-bottom:1px solid #aaa; padding-bottom:1px; white-space:nowrap; overflow:hidden }
.fl small { display:block; font-size:8px; text-transform:uppercase; color:#666; letter-spacing:.6px }
table { width:100%; border-collapse:collapse; margin-top:8px; font-size:10.5px }
th { background:#e6e6e6; text-align:left; padding:3px 5px; font-size:9px; text-transform:uppercase; letter-spacing:.4px; border:1px solid #bbb }
td { padding:2.5px 5px; border:1px solid #ccc } td.n { text-align:right; white-space:nowrap }
tr.t td { font-weight:bold; background:#f4f4f4 }
.terms { font-size:7.8px; color:#444; line-height:9.5px; margin-top:5px }
.sg { display:flex; gap:24px; margin-top:auto; padding-bottom:22px }
.sg div { flex:1; border-bottom:1px solid #333; position:relative; height:24px; font-size:10px }
.sg small { position:absolute; left:0; bottom:-11px; font-size:8px; color:#555; text-transform:uppercase }
.sg .hw { position:absolute; left:6px; bottom:1px; font: 20px ${hand}; color:#1a2a6c; white-space:nowrap }
.cc { position:absolute; left:0; right:0; bottom:3px; text-align:center; font-size:7.5px; color:#666; letter-spacing:1px }
.ret { margin-top:8px; border:1px dashed #888; padding:5px 8px; font-size:9.5px; color:#333; display:flex; gap:14px; align-items:center; flex-wrap:wrap }
.ret b { font-size:8.5px; text-transform:uppercase; letter-spacing:.8px }
.ret i { display:inline-block; width:9px; height:9px; border:1px solid #333; margin-right:3px; vertical-align:-1px }
.ret u { display:inline-block; width:70px; border-bottom:1px solid #666; text-decoration:none }
</style>
<div class="w">
 <div class="hd"><div><b>${company}</b><span>${branch} · ${phone}</span></div><div class="no">Rental agreement<big>${ra}</big></div></div>
 <div class="in">
  <div class="fl">
   <div><small>Renter</small>${renter}</div>
   <div><small>Account</small>${account}</div>
   <div><small>Job / PO</small>${po}</div>
   <div><small>Company</small>${firm}</div>
   <div><small>Out</small>${out}</div>
   <div><small>Due back</small>${due}</div>
  </div>
  <table><tr><th>Qty</th><th>Item</th><th>Asset no.</th><th>Day rate</th><th>Days</th><th>Amount</th></tr>${rows_html}
   <tr class="t"><td colspan="5">Rental subtotal · deposit ${deposit} held on card</td><td class="n">${subtotal}</td></tr></table>
  <div class="terms">${terms}</div>
  <div class="ret"><b>Check-in (office use)</b><span>Returned <u></u></span><span>Checked by <u></u></span><span><i></i>Clean</span><span><i></i>Dirty</span><span><i></i>Damaged</span></div>
  <div class="sg"><div><span class="hw">${sig}</span><small>Renter signature</small></div><div><span style="position:absolute;left:4px;bottom:2px">${clerk}</span><small>Counter</small></div></div>
 </div>
 <div class="cc">${copy}</div>
</div>
"""

RENTERS = [
    ("Restoration Rentals Direct", "Spokane branch"),
    ("DrySource Supply & Rental", "Dallas – Commerce St"),
    ("Pro Restoration Supply", "Orlando Airport Blvd"),
    ("Midwest Jan-San & Rental", "Columbus"),
]
FIRMS = [
    "Rapid Dry Restoration LLC",
    "Apex Water & Fire Inc.",
    "Heritage Property Services",
    "Summit Peak Restoration",
    "Gulf Breeze Mitigation",
]
ITEMS = [
    ("LGR dehumidifier, 130 ppd", 65),
    ("Low-profile air mover", 18),
    ("Axial air mover", 20),
    ("HEPA air scrubber 2000 cfm", 55),
    ("Truckmount hose, 150 ft", 25),
    ("Floor drying mat system", 95),
    ("Desiccant dehumidifier", 145),
    ("Thermal camera kit", 40),
]


def fill(d):
    from datetime import timedelta

    from corpus.formats import fmt_date

    r = d.rng
    company, branch = d.pick(RENTERS)
    out = d.completed + timedelta(days=r.randint(-20, 20))
    days = r.randint(3, 7)
    rows, subtotal = [], 0
    for item, rate in r.sample(ITEMS, r.randint(2, 4)):
        qty = r.randint(1, 8) if rate < 30 else r.randint(1, 3)
        amount = qty * rate * days
        subtotal += amount
        rows.append(
            f"<tr><td class='n'>{qty}</td><td>{item}</td><td>{d.pick(['A', 'DH', 'AM'])}-{r.randrange(1000, 9999)}</td>"
            f"<td class='n'>${rate:.2f}</td><td class='n'>{days}</td><td class='n'>${amount:,.2f}</td></tr>"
        )
    renter = d.person()
    style = d.pick(["us_numeric", "us_short", "short_month"])
    return {
        "band": d.pick(["#1f2937", "#7c2d12", "#14532d", "#1e3a8a"]),
        "acc": d.pick(["#fbbf24", "#93c5fd", "#fca5a5", "#bbf7d0"]),
        "face": d.fonts[d.pick(["sans", "cond", "display"])],
        "company": company,
        "branch": branch,
        "phone": d.phone(),
        "ra": f"RA-{r.randrange(100000, 999999)}",
        "renter": renter,
        "account": f"{r.randrange(10000, 99999)}",
        "po": d.pick(["Smith water loss", f"PO {r.randrange(1000, 9999)}", "Claim 4471-W", "—"]),
        "firm": d.pick(FIRMS),
        "out": f"{fmt_date(out, style)} {r.randint(7, 10)}:{d.pick(['00', '15', '30', '45'])} AM",
        "due": f"{fmt_date(out + timedelta(days=days), style)} by 5 PM",
        "rows_html": "".join(rows),
        "deposit": d.pick(["$250", "$500", "$1,000"]),
        "subtotal": f"${subtotal:,.2f}",
        "terms": d.pick(
            [
                "Renter is responsible for equipment from time out until checked in. Late returns "
                "are billed at the day rate; damaged or dirty units are billed at cost. Day = 24 h.",
                "Minimum charge one day. Weekly rate = 4 days. Equipment returned after 5 PM is "
                "billed an extra day. Renter accepts the terms on the back of this agreement.",
            ]
        ),
        "sig": renter.split()[0][0] + ". " + renter.split()[-1],
        "clerk": d.person(),
        "copy": d.pick(["CUSTOMER COPY", "RENTER COPY", "PINK – CUSTOMER"]),
    }
