"""A calibration lab's certificate for a restoration contractor's meter, not a
training record: the lab's letterhead, a double-boxed title with the issue
date and certificate number, labelled customer details, the unit under
calibration with its calibration and due dates and a one-row instrument
table, condition check boxes, environmental conditions, a traceability
paragraph with the reference equipment table, the readings table, the
approved signatories and the technician who calibrated it."""

SOURCE = (
    "emazeem/aims:storage/framework/views/15491d5abe2fab9c5ccdab5344874c843c727916.php "
    "(compiled from resources/views/worksheets/certificate.blade.php)"
)
KIND = "other"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "other",
    "portrait",
    "table",
    "labelled",
    "provider-in-logo",
    "distractor-person",
    "distractor-date",
    "checkboxes",
)

TEMPLATE = """<style>
.w { position:absolute; inset:30px 44px; font: 11.5px ${face}; color:#111; line-height:15px }
.lh { display:flex; align-items:center; gap:12px; border-bottom:2px solid ${dark}; padding-bottom:6px }
.lh .mk { width:44px; height:44px; background:${dark}; color:#fff; font: bold 15px ${sans}; display:flex; align-items:center; justify-content:center; border-radius:4px }
.lh .nm { font: bold 17px ${display}; color:${dark} } .lh .ad { font-size:10px; color:#444; line-height:13px }
.lh .acc { margin-left:auto; font-size:9.5px; text-align:right; color:#444; line-height:12px }
.tt { text-align:center; margin:10px 0 4px } .tt span { display:inline-block; border:1.5px solid #111; padding:2px } .tt span span { border:1px solid #111; padding:5px 16px; font: bold 17px ${serif}; letter-spacing:1px }
.rt { text-align:right } .rt u { text-decoration:none; border-bottom:1px solid #111; font-weight:bold }
h5 { font: bold 11.5px ${face}; margin:9px 0 4px; border-bottom:1px solid #111; text-transform:uppercase }
.kv { display:grid; grid-template-columns: 130px 1fr; row-gap:1px } .kv b { font-weight:bold }
.kv4 { display:grid; grid-template-columns: 120px 130px 150px 1fr; row-gap:1px }
table { width:100%; border-collapse:collapse; margin-top:4px; text-align:center; font-size:11px }
td, th { border:1px solid #555; padding:3px 4px } th { background:#eee; font-weight:bold }
.cb { display:flex; gap:30px } .cb div { line-height:16px } .x { display:inline-block; width:9px; height:9px; border:1px solid #111; margin-right:4px; font-size:9px; line-height:8px; text-align:center; vertical-align:-1px }
.tr { font-style:italic; font-size:10.5px; line-height:13px }
.sg { display:flex; justify-content:space-between; margin-top:8px; align-items:flex-end }
.sg .ls { line-height:15px } .sg .by { text-align:right }
.sg .s { font: 22px ${script}; color:#1b2a60 }
.end { text-align:center; font-weight:bold; border-top:1px solid #111; border-bottom:1px solid #111; margin-top:8px; padding:1px 0 }
.pg { position:absolute; right:44px; bottom:22px; font: 9.5px ${sans}; color:#555 }
.fine { font-size:9.5px; line-height:12px; margin-top:4px; color:#222 }
</style>
<div class="w">
 <div class="lh"><div class="mk">${mark}</div><div><div class="nm">${lab}</div><div class="ad">${lab_street}, ${lab_town} · ${lab_phone}</div></div>
  <div class="acc">${accred}<br>Cert. ${accred_no}</div></div>
 <div class="tt"><span><span>CALIBRATION CERTIFICATE</span></span></div>
 <div class="rt">Date of Issue : <u>${issued}</u></div>
 <div class="rt">Calibration Certificate # : <u>${cert_no}</u></div>
 <h5>Customer Details:</h5>
 <div class="kv"><b>Customer Name</b><b>${customer}</b><b>Address :</b><span>${c_street}, ${c_town}</span>
  <b>Contact :</b><span>${contact}</span><b>Request # :</b><span>${request}</span><b>Job # :</b><span>${job}</span></div>
 <h5>Details of Unit Under Calibration:</h5>
 <div class="kv4"><b>Calibration Date:</b><b>${cal_date}</b><b>Calibration Due:</b><span>${due}</span>
  <b>Location:</b><span>${location}</span><b>Received:</b><span>${received}</span></div>
 <table><tr><th>UUC Description</th><th>Make</th><th>Model/Type</th><th>Serial #</th><th>Asset ID</th><th>Accuracy</th></tr>
  <tr><td>${uuc}</td><td>${make}</td><td>${model}</td><td>${serial}</td><td>${asset}</td><td>${accuracy}</td></tr></table>
 <div class="cb" style="margin-top:6px"><div><b>Condition:</b></div>
  <div>${cond1_html}<br>${cond2_html}<br>${cond3_html}</div><div>${cond4_html}<br>${cond5_html}</div></div>
 <h5>Environmental Conditions During Test:</h5>
 <div class="kv"><b>Temperature :</b><span>${temp}</span><b>Relative Humidity :</b><span>${rh}</span></div>
 <h5>Traceability:</h5>
 <div class="tr">${trace}</div>
 <table><tr><th>Reference</th><th>Make</th><th>Model/Type</th><th>Asset ID</th><th>Certificate #</th><th>Cal. Due</th></tr>
  <tr><td>${ref}</td><td>${ref_make}</td><td>${ref_model}</td><td>${ref_asset}</td><td>${ref_cert}</td><td>${ref_due}</td></tr></table>
 <h5>Calibration Results: ${result_head}</h5>
 <table><tr><th>Unit Under Calibration (X)</th><th>Reference Standard (A)</th><th>Deviation (X − A)</th><th>Uncertainty (k=2)</th><th>Result</th></tr>
  ${rows_html}</table>
 <div class="sg"><div class="ls"><b>Approved Signatories</b><br>${sign1}<br>${sign2}<br>${sign3}</div>
  <div class="by"><div class="s">${tech_sig}</div>Calibrated By: ${tech}</div></div>
 <div class="end">End of Calibration Certificate</div>
 <div class="fine">${fine}</div>
</div>
<div class="pg">${form} &nbsp;·&nbsp; Page 1 of 1</div>
"""

LABS = [
    ("Cascade Metrology Services", "CMS"),
    ("Tri-County Instrument Calibration Lab", "TCI"),
    ("Precision Moisture Meter Service Center", "PMS"),
    ("Great Plains Calibration, Inc.", "GPC"),
    ("Atlantic Test & Measurement Laboratory", "ATM"),
]
CUSTOMERS = [
    "Rapid Dry Restoration, LLC",
    "Apex Water & Fire Services",
    "Hometown Carpet Care Inc.",
    "Prime Mitigation Group",
    "Allied Property Restoration",
    "Cornerstone Disaster Recovery",
]
UNITS = [
    ("Thermo-hygrometer", "RH / °C", "±2 %RH, ±0.5 °C", "%RH"),
    ("Pin-type moisture meter", "%MC (wood)", "±1 %MC", "%MC"),
    ("Digital psychrograin meter", "RH / °F / GPP", "±2 %RH", "%RH"),
    ("Non-invasive moisture meter", "Relative scale", "±2 % of reading", "REL"),
    ("Infrared thermometer", "°F", "±1.5 % or ±2 °F", "°F"),
]

REFS = {
    "%RH": "Humidity generator",
    "%MC": "Moisture calibration block",
    "REL": "Reference material set",
    "°F": "Blackbody source",
}


def fill(d):
    r = d.rng
    lab, mark = d.pick(LABS)
    unit, scale, accuracy, u = d.pick(UNITS)
    street, town = d.address()
    c_street, c_town = d.address()
    points = {
        "%RH": [11.3, 33.0, 52.8, 75.3, 84.3],
        "%MC": [8.0, 12.0, 18.0, 24.0],
        "REL": [10.0, 30.0, 60.0, 90.0],
        "°F": [32.0, 77.0, 122.0, 212.0],
    }[u]
    rows = []
    verdict = d.pick(["Pass", "Pass", "In tol.", "OK"])
    for ref in points[: d.pick([3, 4])]:
        dev = round(r.uniform(-1.2, 1.2), 1)
        unc = d.pick([0.6, 0.8, 1.0, 1.2])
        shown = "0.0" if dev == 0 else f"{dev:+.1f}"
        rows.append(
            f"<tr><td>{ref + dev:.1f} {u}</td><td>{ref:.1f} {u}</td><td>{shown}</td>"
            f"<td>±{unc} {u}</td><td>{verdict}</td></tr>"
        )
    makes = ["Delmhorst", "Protimeter", "Tramex", "Extech", "Vaisala", "Kestrel"]
    box = '<span class="x">{}</span>'
    tick = d.pick([0, 2])
    conds = [
        "Working satisfactorily upon receipt",
        "Not working satisfactorily upon receipt",
        "Found to meet specification upon receipt",
        "Calibration done without adjustment",
        "Calibration done after adjustment / repair",
    ]
    checked = {tick, d.pick([3, 4])}
    cond = {
        f"cond{i + 1}_html": box.format("✓" if i in checked else "") + text
        for i, text in enumerate(conds)
    }
    return {
        "face": d.fonts[d.pick(["serif", "sans"])],
        "mark": mark,
        "lab": lab,
        "lab_street": street,
        "lab_town": town,
        "lab_phone": d.phone(),
        "accred": d.pick(["ISO/IEC 17025 Accredited", "Accredited Calibration Laboratory"]),
        "accred_no": f"{r.randrange(1000, 4999)}.0{r.randrange(1, 9)}",
        "issued": d.other_date("issue", "dd_mon_yyyy"),
        "cert_no": f"{mark}/CC/{d.completed.year % 100}/{r.randrange(1000, 9999):05d}",
        "customer": d.pick(CUSTOMERS),
        "c_street": c_street,
        "c_town": c_town,
        "contact": d.person(),
        "request": d.pick(["Verbal", "Email", f"PO {r.randrange(1000, 99999)}"]),
        "job": d.number("JN-"),
        "cal_date": d.other_date("start", "dd_mon_yyyy"),
        "due": d.pick(
            [
                "Twelve (12) months from the date of calibration",
                d.other_date("expiry", "dd_mon_yyyy"),
            ]
        ),
        "location": d.pick(["Laboratory", "Customer site", "Service van (on site)"]),
        "received": d.other_date("registered", "dd_mon_yyyy"),
        "uuc": unit,
        "make": d.pick(makes),
        "model": d.pick(["HM40", "BD-2100", "MRH3", "RH490", "TPD-30", "J-2000"]),
        "serial": str(r.randrange(100000, 999999)),
        "asset": f"{d.pick(['EQ', 'MTR', 'RD'])}-{r.randrange(10, 399):03d}",
        "accuracy": accuracy,
        **cond,
        "temp": f"{d.pick(['22', '23', '21'])} °C ± 2 °C",
        "rh": f"{d.pick(['45', '50'])} %RH ± 10 %RH",
        "trace": f"The measurements made by {lab} are traceable to the International System of "
        "Units (SI) through reference standards calibrated by accredited laboratories. Reference "
        "equipment used is listed below and is subject to regular periodic calibration.",
        "ref": REFS[u],
        "ref_make": d.pick(["Thunder Scientific", "Rotronic", "Fluke", "Vaisala"]),
        "ref_model": d.pick(["2500", "HP32", "4180", "HMT330"]),
        "ref_asset": f"T-{r.randrange(10, 99):03d}",
        "ref_cert": d.number(),
        "ref_due": d.other_date("expiry", "dd_mon_yyyy"),
        "result_head": f"({scale})",
        "rows_html": "\n".join(rows),
        "sign1": f"{d.person()} (Laboratory Manager)",
        "sign2": f"{d.person()} (Quality Manager)",
        "sign3": f"{d.person()} (Technical Signatory)",
        "tech_sig": (tech := d.person()),
        "tech": tech,
        "form": f"Form {mark}-CAL-{r.randrange(1, 20):02d} Rev. {d.pick(['2', '3', 'B'])}",
        "fine": "The reported expanded uncertainty is the standard uncertainty multiplied by a "
        "coverage factor k=2, giving a coverage probability of about 95%. This certificate may not "
        "be reproduced other than in full without the written approval of the laboratory. Results "
        "relate only to the item calibrated.",
    }
