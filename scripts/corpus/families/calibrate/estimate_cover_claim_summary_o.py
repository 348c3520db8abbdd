"""Not a certificate: the first page of a restoration contractor's insurance
estimate. The contractor's letterhead (mark, name, address, phone, licence
number), a grey strip with the estimate's name, price list, claim and policy
numbers; then two columns of label-and-value rows: the insured, the
property, the type of loss and four dates (loss, inspected, entered,
completed) on one side, the carrier, its claim representative and the
estimator (with IICRC credentials after the name) on the other. Under them a
recap table by room and a summary table (line item total, tax, replacement
cost, depreciation, actual cash value, deductible, net claim), and a footer
with the page number. It names people, an IICRC course and dates; it records
no one's training."""

SOURCE = (
    "https://xactware.helpdocs.io/l/enUS/article/T9Z5MKKlZb-claim-information (insured, "
    "dates of loss, received, inspected and entered, claim representative and estimator), "
    "https://xactware.helpdocs.io/l/enUS/article/WDlGqw5dIx-view-loss-recap (replacement "
    "cost, depreciation, ACV, deductible) and "
    "https://totalscopeestimating.com/how-to-read-an-xactimate-estimate (cover page and summary)"
)
KIND = "other"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "other",
    "table",
    "labelled",
    "portrait",
    "provider-in-logo",
    "distractor-person",
    "distractor-date",
    "address",
)

TEMPLATE = """<style>
.w { position:absolute; left:48px; right:48px; top:42px; bottom:40px; font: 12px ${sans}; color:#111 }
.hd { display:flex; justify-content:space-between; align-items:flex-start; border-bottom:2px solid #222; padding-bottom:10px }
.lg { display:flex; gap:46px; align-items:center }
.mk { width:56px; height:56px; background:${dark}; color:#fff; font: bold 20px ${display}; display:flex; align-items:center; justify-content:center; border-radius:50% }
.cn { font: bold 18px ${display} } .ca { font-size:10.5px; color:#444; line-height:14px; margin-top:2px }
.es { display:flex; justify-content:space-between; gap:14px; font-size:11px; margin-top:8px; padding:5px 8px; background:#eee }
.cols { display:flex; gap:36px; margin-top:16px }
.cols table { flex:1; border-collapse:collapse }
.cols td { padding:3px 0; vertical-align:top } .cols td.k { width:118px; color:#444 }
h3 { font: bold 12.5px ${sans}; margin:20px 0 6px; text-transform:uppercase; letter-spacing:0.5px; border-bottom:1px solid #999; padding-bottom:3px }
table.g { width:100%; border-collapse:collapse; font-size:11.5px }
.g th { text-align:left; font-weight:bold; border-bottom:1px solid #333; padding:4px 5px; font-size:10.5px }
.g td { padding:3px 5px; border-bottom:1px solid #e3e3e3 } .g .r { text-align:right }
.sm { width:62%; margin-left:auto } .sm td.r { width:130px }
.sm tr.net td { border-top:2px solid #222; font-weight:bold; font-size:12.5px }
.nt { margin-top:16px; font-size:10.5px; color:#333; line-height:15px }
.ft { position:absolute; left:0; right:0; bottom:0; display:flex; justify-content:space-between; font-size:10px; color:#555; border-top:1px solid #999; padding-top:4px }
</style>
<div class="w">
 <div class="hd">
  <div class="lg"><div class="mk">${mark}</div><div><div class="cn">${contractor}</div>
   <div class="ca">${street} · ${town}<br>${phone} · ${license}</div></div></div>
 </div>
 <div class="es"><span>Estimate: <b>${est_name}</b></span><span>Price list: ${price_list}</span><span>Claim #: ${claim_no}</span><span>Policy #: ${policy_no}</span></div>
 <div class="cols">
  <table>
   <tr><td class="k">Insured:</td><td><b>${insured}</b></td></tr>
   <tr><td class="k">Property:</td><td>${p_street}<br>${p_town}</td></tr>
   <tr><td class="k">Home:</td><td>${home_phone}</td></tr>
   <tr><td class="k">Type of loss:</td><td>${loss_type}</td></tr>
   <tr><td class="k">Date of loss:</td><td>${d_loss}</td></tr>
   <tr><td class="k">Date inspected:</td><td>${d_insp}</td></tr>
   <tr><td class="k">Date entered:</td><td>${d_entered}</td></tr>
   <tr><td class="k">Date est. completed:</td><td>${d_done}</td></tr>
  </table>
  <table>
   <tr><td class="k">Insurance company:</td><td>${carrier}</td></tr>
   <tr><td class="k">Claim rep.:</td><td>${claim_rep}</td></tr>
   <tr><td class="k">Business:</td><td>${rep_phone}</td></tr>
   <tr><td class="k">Estimator:</td><td>${estimator}</td></tr>
   <tr><td class="k">Credentials:</td><td>${creds}</td></tr>
   <tr><td class="k">Deductible:</td><td>${deductible}</td></tr>
  </table>
 </div>
 <h3>Recap by room</h3>
 <table class="g"><tr><th>Area</th><th>Level</th><th class="r">Items</th><th class="r">SF walls/floor</th><th class="r">Total</th></tr>
  ${rooms_html}
 </table>
 <h3>Summary for dwelling</h3>
 <table class="g sm">
  <tr><td>Line item total</td><td class="r">${items_total}</td></tr>
  <tr><td>Material sales tax</td><td class="r">${tax}</td></tr>
  <tr><td>Replacement cost value</td><td class="r">${rcv}</td></tr>
  <tr><td>Less depreciation</td><td class="r">${dep}</td></tr>
  <tr><td>Actual cash value</td><td class="r">${acv}</td></tr>
  <tr><td>Less deductible</td><td class="r">${ded}</td></tr>
  <tr class="net"><td>Net claim</td><td class="r">${net}</td></tr>
 </table>
 <div class="nt">${note}</div>
 <div class="ft"><span>${est_name}</span><span>${printed}</span><span>Page: 1 of ${pages}</span></div>
</div>
"""

CONTRACTORS = [
    ("Rapid Dry Restoration, LLC", "RDR"),
    ("Apex Water & Fire Services", "AWF"),
    ("Cornerstone Disaster Recovery", "CDR"),
    ("Prime Mitigation Group", "PMG"),
    ("North Fork Restoration Services", "NF"),
    ("Allied Property Restoration", "APR"),
]
CARRIERS = [
    "Lakeview Mutual Insurance",
    "Granite State Casualty",
    "Heartland Farm & Home",
    "Pacific Crest Insurance Co.",
    "Summit National Indemnity",
]
LOSSES = [
    ("Water Damage", "WTR"),
    ("Water – supply line", "WTR"),
    ("Sewage backup", "SEW"),
    ("Fire / smoke", "FIRE"),
    ("Mold", "MLD"),
]
ROOMS = [
    "Kitchen",
    "Living Room",
    "Hallway",
    "Master Bedroom",
    "Bedroom 2",
    "Laundry",
    "Basement",
    "Bathroom",
    "Dining Room",
    "Family Room",
]


def fill(d):
    from datetime import timedelta

    from corpus import values as V
    from corpus.formats import fmt_date

    r = d.rng
    contractor, mark = d.pick(CONTRACTORS)
    insured = d.person()
    last = insured.split()[-1].upper().replace(" ", "")
    loss, code = d.pick(LOSSES)
    loss_day = d.completed - timedelta(days=r.randrange(1, 5))
    style = d.pick(["us_numeric", "us_short"])
    rooms = r.sample(ROOMS, r.randrange(3, 6))
    rows, total = [], 0.0
    for room in rooms:
        amount = round(r.uniform(900, 6800), 2)
        total += amount
        rows.append(
            f"<tr><td>{room}</td><td>{d.pick(['Main', 'Main', 'Upper', 'Lower'])}</td>"
            f'<td class="r">{r.randrange(6, 38)}</td>'
            f'<td class="r">{r.randrange(120, 720):,}.{r.randrange(0, 99):02d}</td>'
            f'<td class="r">{amount:,.2f}</td></tr>'
        )
    tax = round(total * r.choice([0, 0.02, 0.031]), 2)
    rcv = total + tax
    dep = round(rcv * r.choice([0, 0.04, 0.09]), 2)
    acv = rcv - dep
    ded = float(d.pick([500, 1000, 1000, 2500]))
    course, ccode = d.pick(V.IICRC_COURSES)
    creds = d.pick([f"IICRC {ccode}", f"{ccode}, ASD", f"IICRC {ccode} – {course}"])
    street, town = d.address()
    p_street, p_town = d.address()
    return {
        "mark": mark,
        "contractor": contractor,
        "street": street,
        "town": town,
        "phone": d.phone(),
        "license": f"Lic. #{d.pick(['CBC', 'GC', 'RC'])}{r.randrange(100000, 999999)}",
        "est_name": f"{last}_{code}_{r.randrange(10, 99)}",
        "price_list": f"{d.pick(['WAFL', 'TXDA', 'ILCH', 'OHCO', 'GAAT'])}8X_"
        f"{fmt_date(loss_day, 'short_month')[:3].upper()}{loss_day.year % 100:02d}",
        "claim_no": d.number(),
        "policy_no": f"HO-{r.randrange(1000000, 9999999)}",
        "insured": insured,
        "p_street": p_street,
        "p_town": p_town,
        "home_phone": d.phone(),
        "loss_type": loss,
        "d_loss": fmt_date(loss_day, style),
        "d_insp": fmt_date(d.completed - timedelta(days=1), style),
        "d_entered": fmt_date(d.completed, style),
        "d_done": fmt_date(d.completed + timedelta(days=r.randrange(1, 9)), style),
        "carrier": d.pick(CARRIERS),
        "claim_rep": d.person(),
        "rep_phone": d.phone(),
        "estimator": d.person(),
        "creds": creds,
        "deductible": f"${ded:,.2f}",
        "rooms_html": "\n  ".join(rows),
        "items_total": f"{total:,.2f}",
        "tax": f"{tax:,.2f}",
        "rcv": f"{rcv:,.2f}",
        "dep": f"({dep:,.2f})",
        "acv": f"{acv:,.2f}",
        "ded": f"({ded:,.2f})",
        "net": f"${acv - ded:,.2f}",
        "note": d.pick(
            [
                "This estimate covers emergency services and mitigation only. Reconstruction "
                "will be estimated separately once drying is documented as complete.",
                "Depreciation is recoverable upon completion of repairs and receipt of a final "
                "invoice. Pricing reflects the price list named above.",
            ]
        ),
        "printed": fmt_date(d.completed + timedelta(days=r.randrange(2, 12)), "us_numeric"),
        "pages": r.randrange(6, 24),
    }
