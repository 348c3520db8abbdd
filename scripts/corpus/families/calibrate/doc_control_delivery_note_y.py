"""Not a certificate: a rental company's equipment delivery note left at a
water-loss job. A header row of three ruled cells (the company's wordmark,
"Delivery Note" in large type, and a document-control box with form number,
issue date, issue and revision), then underlined fields (note number, date,
work order, customer, site, received by), a bordered table of the drying
equipment delivered with serial numbers and hour-meter readings, and two
signature lines. It prints a technician's name, dates and hours, and records
no training."""

SOURCE = (
    "emazeem/aims:resources/views/docs/deliverynote.blade.php (three-cell header with logo, "
    "title and document-control box; underlined field rows; signatures)"
)
KIND = "other"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "other",
    "table",
    "portrait",
    "labelled",
    "provider-in-logo",
    "distractor-person",
    "distractor-date",
    "distractor-org",
)

TEMPLATE = """<style>
.w { position:absolute; left:60px; right:60px; top:56px; bottom:56px; font: 13px ${sans}; color:#111 }
.hd { display:flex; border:1.5px solid #222; height:96px }
.hd > div { border-right:1.5px solid #222; display:flex; align-items:center; justify-content:center }
.hd > div:last-child { border-right:0 }
.lg { width:24%; flex-direction:column; font: bold 17px ${cond}; color:${dark}; text-align:center; line-height:19px; padding:4px }
.lg span { font: 9.5px ${sans}; color:#555; letter-spacing:1px }
.ti { flex:1; font: bold 26px ${sans}; letter-spacing:1px }
.dc { width:27%; flex-direction:column; align-items:stretch !important; font-size:11px }
.dc p { text-align:center; flex:1; display:flex; align-items:center; justify-content:center; border-bottom:1px solid #222 }
.dc p:last-child { border-bottom:0 }
.f { display:grid; grid-template-columns:1fr 1fr; gap:10px 26px; margin:24px 0 20px }
.f div { display:flex; gap:6px; white-space:nowrap } .f div.full { grid-column:1 / 3 }
.f b { font-weight:normal; color:#333 } .f u { flex:1; text-decoration:none; border-bottom:1px solid #222; padding-left:6px; overflow:hidden; text-overflow:ellipsis }
table { width:100%; border-collapse:collapse } th, td { border:1px solid #222; padding:9px 7px; text-align:left; font-size:12.5px }
th { background:#e8e8e8; font-size:11.5px; text-transform:uppercase }
td.n { text-align:right }
.nt { margin-top:14px; font-size:11.5px; line-height:16px; color:#333 }
.tm { margin-top:22px; border:1px solid #222; padding:10px 14px; font-size:11.5px; line-height:17px }
.tm h6 { font-size:12px; margin:0 0 4px; text-transform:uppercase }
.tm ol { margin:0; padding-left:18px }
.ck { margin-top:16px; display:flex; gap:26px; font-size:12px } .ck span:before { content:'\\2610  '; font-size:14px }
.sg { position:absolute; left:0; right:0; bottom:0; display:flex; justify-content:space-between; font-size:12px }
.sg div { width:40% } .sg i { display:block; font: 22px ${hand}; color:#1a2a6c; font-style:normal; border-bottom:1px solid #222; height:32px }
</style>
<div class="w">
 <div class="hd">
  <div class="lg">${company}<span>${tag}</span></div>
  <div class="ti">DELIVERY NOTE</div>
  <div class="dc"><p>DOC. # ${doc_no}</p><p>Issue Date : ${issue_date}</p><p>Issue # 01 &nbsp;&nbsp; Rev # ${rev}</p></div>
 </div>
 <div class="f">
  <div><b>DN#:</b><u>${dn}</u></div><div><b>Date:</b><u>${date}</u></div>
  <div><b>Work order #:</b><u>${wo}</u></div><div><b>Claim #:</b><u>${claim}</u></div>
  <div class="full"><b>Customer name:</b><u>${customer}</u></div>
  <div class="full"><b>Site address:</b><u>${site}</u></div>
  <div><b>Received by:</b><u>${receiver}</u></div><div><b>Return due:</b><u>${due}</u></div>
 </div>
 <table>
  <tr><th>#</th><th>Description</th><th>Serial no.</th><th>Qty</th><th>Hour meter</th></tr>
  ${rows_html}
 </table>
 <div class="nt">${note}</div>
 <div class="tm"><h6>${terms_head}</h6><ol>
  <li>Units must run on a dedicated circuit; do not connect more than two units to one 15 A circuit.</li>
  <li>Do not move desiccant units while running. Empty or connect the pump hose of every LGR unit.</li>
  <li>Lost or damaged cords, hoses and filters are billed at replacement cost.</li>
  <li>Call ${phone} for pickup at least one business day ahead.</li>
 </ol></div>
 <div class="ck"><span>Units tested on delivery</span><span>Cords and hoses included</span><span>Customer copy</span></div>
 <div class="sg"><div><i>${driver}</i>Delivered by: ${driver}</div><div><i></i>Received by (sign): ${receiver}</div></div>
</div>
"""

ITEMS = [
    "LGR dehumidifier, 130 pt",
    "Low-profile air mover",
    "Axial air mover",
    "Desiccant dehumidifier",
    "HEPA air scrubber, 500 CFM",
    "Injectidry floor drying panel kit",
    "Thermo-hygrometer",
]


def fill(d):
    r = d.rng
    street, town = d.address()
    items = r.sample(ITEMS, r.randint(3, 5))
    rows = []
    for i, item in enumerate(items, 1):
        serial = f"{r.choice(['DH', 'AM', 'AS', 'SN'])}{r.randrange(100000, 999999)}"
        rows.append(
            f"<tr><td>{i}</td><td>{item}</td><td>{serial}</td>"
            f"<td class='n'>{r.randint(1, 6)}</td><td class='n'>{r.randrange(120, 9000)} hrs</td></tr>"
        )
    return {
        "company": d.pick(
            [
                "DRYFORCE RENTALS",
                "Restoration Equipment Supply",
                "AirMax Rental Co.",
                "Pro-Dry Depot",
            ]
        ),
        "tag": d.pick(["EQUIPMENT RENTAL", "SALES · RENTAL · SERVICE"]),
        "doc_no": f"{d.pick(['RES', 'DRS', 'OPS'])}-FRM-0{r.randint(1, 9)}",
        "issue_date": d.other_date("registered", "us_dash"),
        "rev": f"0{r.randint(1, 5)}",
        "dn": d.number("DN-"),
        "date": d.other_date("issue", "us_numeric"),
        "wo": d.number("WO-"),
        "claim": f"{r.randrange(10, 99)}-{r.randrange(1000000, 9999999)}",
        "customer": d.pick(
            [
                "Blue Ridge Restoration LLC",
                "Tri-County Disaster Services",
                "Fast Dry Water Damage Co.",
            ]
        ),
        "site": f"{street}, {town}",
        "receiver": d.name("plain"),
        "due": d.other_date("issue", "us_numeric"),
        "rows_html": "\n  ".join(rows),
        "note": d.pick(
            [
                "Equipment remains the property of the rental company. Daily rate applies until "
                "the units are returned or picked up. Report damage within 24 hours.",
                "Check units on arrival. Hour meters are read again at pickup and billed by the "
                "day, not by the hour.",
            ]
        ),
        "driver": d.person(),
        "terms_head": d.pick(["Terms of rental", "Conditions", "Please note"]),
        "phone": d.phone(),
    }
