"""A drying-equipment rental ticket left on a job site, not a certificate:
the rental house's name and branch, ticket number, lessee (the technician's
company) and the person who signed for delivery, the job address, a table
of units with serial numbers and daily rates, the rental period as a start
and end date, and a signature line with terms in small type. It names
people, dates and money, and records no training."""

SOURCE = "fsuels/studio:public/templates/en/equipment-rental-agreement.md"
KIND = "other"
PAPER = "slip"
CATEGORIES = ("other", "slip", "labelled", "table", "landscape", "date-range", "distractor-person")

TEMPLATE = """<style>
.w { position:absolute; inset:14px 18px; font: 10.5px ${sans}; color:#111 }
.hd { display:flex; justify-content:space-between; align-items:flex-end; border-bottom:2px solid #111; padding-bottom:3px }
.hd .n { font: 900 17px ${cond}; letter-spacing:0.5px; text-transform:uppercase } .hd .n small { display:block; font: 9px ${sans}; letter-spacing:0; text-transform:none }
.hd .tk { text-align:right; font: bold 12px ${mono} } .hd .tk small { display:block; font: 9px ${sans}; font-weight:normal }
.g { display:grid; grid-template-columns: 1fr 1fr 1fr; gap:1px 10px; margin:5px 0 }
.g div { border-bottom:1px solid #999; padding:1px 0; white-space:nowrap; overflow:hidden }
.g span { color:#555; font-size:8.5px; text-transform:uppercase; margin-right:4px }
table { width:100%; border-collapse:collapse; margin-top:3px } th, td { border:1px solid #555; padding:2px 4px }
th { background:#ddd; font-size:9px; text-align:left } td.n { text-align:right; font-family:${mono} }
.tot td { font-weight:bold }
.sg { display:flex; gap:14px; margin-top:6px; align-items:flex-end }
.sg div { flex:1; border-top:1px solid #111; font-size:8.5px; padding-top:1px }
.sg .h { border:0; font-family:${pen}; font-size:17px; color:#15308a; padding:0 }
.terms { font-size:7px; color:#333; margin-top:4px; line-height:9px }
</style>
<div class="w">
 <div class="hd"><div class="n">${lessor}<small>${branch} &middot; ${phone}</small></div>
  <div class="tk">${ticket_label} ${ticket}<small>${copy}</small></div></div>
 <div class="g">
  <div><span>Lessee</span>${lessee}</div><div><span>Acct</span>${acct}</div><div><span>PO / Claim</span>${po}</div>
  <div><span>Job Site</span>${street}</div><div><span>City</span>${town}</div><div><span>Ordered by</span>${orderer}</div>
  <div><span>Out</span>${start}</div><div><span>Due back</span>${end}</div><div><span>Driver</span>${driver}</div>
 </div>
 <table><tr><th>Qty</th><th>Description</th><th>Serial #</th><th>Days</th><th>Rate/Day</th><th>Ext.</th></tr>${rows_html}
  <tr class="tot"><td colspan="5" style="text-align:right">Est. total (before tax)</td><td class="n">${total}</td></tr></table>
 <div class="sg"><div class="h">${received_sig}</div><div class="h"></div></div>
 <div class="sg" style="margin-top:0"><div>Received in good condition by: ${received}</div><div>Date / time delivered</div></div>
 <div class="sg" style="margin-top:20px"><div>Picked up by / date</div><div>Units returned</div><div>Condition notes</div></div>
 <div class="terms">${terms}</div>
</div>
"""

UNITS = [
    ("LGR Dehumidifier", 85),
    ("Axial Air Mover", 30),
    ("Centrifugal Air Mover", 25),
    ("HEPA Air Scrubber 500 CFM", 75),
    ("Desiccant Dehumidifier", 120),
    ("Thermo-hygrometer", 15),
    ("Injectidry Wall Drying Kit", 45),
]


def fill(d):
    from datetime import timedelta

    from corpus.formats import fmt_date

    out = d.completed + timedelta(days=d.rng.randint(20, 600))
    days = d.pick([3, 4, 5, 7])
    style = d.pick(["us_numeric", "us_short", "short_month"])
    picks = d.rng.sample(UNITS, d.pick([3, 4, 5]))
    total = 0
    rows = []
    for name, rate in picks:
        qty = d.pick([1, 1, 2, 3, 4, 6])
        ext = qty * rate * days
        total += ext
        rows.append(
            f"<tr><td>{qty}</td><td>{name}</td><td>{d.pick(['SN', 'S/N '])}{d.rng.randrange(10000, 99999)}</td>"
            f'<td class="n">{days}</td><td class="n">{rate:.2f}</td><td class="n">{ext:,.2f}</td></tr>'
        )
    received = d.pick([d.plain_name, d.plain_name, d.person()])
    street, town = d.address()
    return {
        "pen": d.pick(["'Dancing Script', cursive", "'Z003', cursive"]),
        "lessor": d.pick(
            ["DryFlow Equipment Rentals", "Mitigation Rental Supply", "AirPro Rentals"]
        ),
        "branch": d.pick(["Branch 04", "North Yard", "Main Branch"]),
        "phone": d.phone(),
        "ticket_label": d.pick(["RENTAL", "TICKET", "CONTRACT"]),
        "ticket": d.rng.randrange(100000, 999999),
        "copy": d.pick(["Customer copy", "Job site copy"]),
        "lessee": d.pick(
            ["Crestline Restoration", "Bluewater Mitigation", "Apex Property Recovery"]
        ),
        "acct": d.rng.randrange(1000, 9999),
        "po": d.number(),
        "street": street,
        "town": town,
        "orderer": d.person(),
        "start": fmt_date(out, style),
        "end": fmt_date(out + timedelta(days=days), style),
        "driver": d.person(),
        "rows_html": "".join(rows),
        "total": f"${total:,.2f}",
        "received_sig": received,
        "received": received,
        "terms": "Lessee is responsible for equipment from delivery until pickup. Units must be "
        "returned clean and complete; missing hoses, filters or cords are billed at replacement "
        "value. Rental days are counted from delivery to pickup notice. Payment due on invoice.",
    }
