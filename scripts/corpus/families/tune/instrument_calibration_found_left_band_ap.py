"""Not a training record: a calibration laboratory's certificate of calibration
for a restoration contractor's instrument (a pin moisture meter, a thermo-
hygrometer or a handheld particle counter), on a landscape page. A dark band
across the top carries the lab's monogram and wordmark (the lab is named
only there and in the footer), the heading in light letters and the
certificate number; the left column holds labelled blocks for the customer
(with an attention contact), the instrument (make, model, serial, asset tag,
range) and the calibration (received, calibrated and due dates, procedure,
condition as received, lab environment); the right column holds an as-found
/ as-left results table with tolerance, uncertainty and status, a table of
the reference standards used with their own due dates, and a remark
sentence. A traceability paragraph follows, and some copies show the small
calibration label affixed to the instrument. A signature row names the
technician who calibrated it and the manager who approved it beside the date
of issue; an accreditation and reproduction notice runs along the foot. It
says something was calibrated and passed on a date and names people, but
records no one's course completion."""

SOURCE = (
    "emazeem/aims:resources/views/worksheets/certificate.blade.php (calibration certificate: "
    "issue date and certificate number, customer details, unit under calibration make/model/"
    "serial, calibration and due dates, condition on receipt, environmental conditions, "
    "reference equipment table with traceability, results table, calibrated-by and approved "
    "signatories, ISO/IEC 17025 reproduction notice); as-found / as-left columns and the "
    "ILAC-G8 decision rule as commercial calibration labs print them"
)
KIND = "other"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "other",
    "landscape",
    "dark-band",
    "labelled",
    "table",
    "provider-in-logo",
    "distractor-person",
    "distractor-date",
    "tiny-footer",
)

TEMPLATE = """<style>
.band { position:absolute; left:0; right:0; top:0; height:92px; background:${dark}; color:#fff;
  display:flex; align-items:center; padding:0 34px; gap:14px }
.mk { width:58px; height:58px; border:2px solid #fff; border-radius:${mk_radius}; display:flex;
  align-items:center; justify-content:center; font: bold 21px ${display}; letter-spacing:1px }
.wm { flex:1 } .wm b { display:block; font: bold 21px ${sans}; letter-spacing:0.5px }
.wm span { font: 10.5px ${sans}; letter-spacing:1.5px; text-transform:uppercase; opacity:0.8 }
.hd { text-align:right } .hd h1 { margin:0; font: 25px ${display}; letter-spacing:2px; text-transform:uppercase }
.hd div { font: 12px ${mono}; margin-top:4px; opacity:0.9 }
.stripe { position:absolute; left:0; right:0; top:92px; height:5px; background:${accent} }
.body { position:absolute; left:34px; right:34px; top:112px; display:flex; gap:24px; font: 12px ${sans}; color:#1b1b1b }
.lc { width:37%; flex:none } .rc { flex:1; min-width:0 }
.sec { font: bold 10.5px ${sans}; letter-spacing:1.5px; text-transform:uppercase; color:${dark};
  border-bottom:1.5px solid ${dark}; padding-bottom:2px; margin:0 0 4px }
.sec.n { margin-top:10px }
.kv { display:grid; grid-template-columns: 118px 1fr; row-gap:1px }
.kv div { padding:2px 0; line-height:15px; border-bottom:1px dotted #bbb }
.kv .k { color:#555; font-size:11px }
table { border-collapse:collapse; width:100%; font-size:11px }
th { background:${light}; color:#222; font-weight:bold; text-align:left; padding:3px 5px; border:1px solid #999; font-size:10.5px }
td { padding:2.5px 5px; border:1px solid #bbb; line-height:14px }
td.n { text-align:right; font-family:${mono}; font-size:10.5px }
td.s { text-align:center; font-weight:bold }
.rm { margin-top:8px; font-size:11.5px; line-height:15.5px }
.rm b { color:${dark} }
.sig { position:absolute; left:34px; right:34px; bottom:58px; display:flex; gap:28px; align-items:flex-end; font: 11px ${sans}; color:#333 }
.sig > div { flex:1 } .sig .ln { border-bottom:1px solid #444; height:34px; font: 25px ${hand}; color:#1c2c6a; line-height:40px; white-space:nowrap; overflow:hidden }
.sig .dt { font: 13px ${sans}; color:#111; height:34px; line-height:46px; border-bottom:1px solid #444 }
.lbw { margin-top:10px; display:flex; align-items:center; gap:12px; font-size:11px; color:#555 }
.lbl { width:180px; border:1.5px solid ${accent}; border-radius:4px; padding:4px 8px; font: 10px ${cond}; line-height:19px; color:#222 }
.lbl b { display:block; font: bold 11px ${sans}; color:${accent}; letter-spacing:1px; line-height:19px }
.foot { position:absolute; left:34px; right:34px; bottom:16px; font: 8.5px ${sans}; color:#666; line-height:11px; border-top:1px solid #ccc; padding-top:4px }
</style>
<div class="band">
 <div class="mk">${initials}</div>
 <div class="wm"><b>${lab}</b><span>${tagline}</span></div>
 <div class="hd"><h1>${heading}</h1><div>${cert_label} ${cert_no}</div></div>
</div><div class="stripe"></div>
<div class="body">
 <div class="lc">
  <div class="sec">Customer</div>
  <div class="kv">
   <div class="k">Company</div><div>${customer}</div>
   <div class="k">Address</div><div>${cust_street}, ${cust_town}</div>
   <div class="k">Attn.</div><div>${attn}</div>
   <div class="k">${po_label}</div><div>${po}</div>
  </div>
  <div class="sec n">${uut_head}</div>
  <div class="kv">
   <div class="k">Description</div><div>${desc}</div>
   <div class="k">Manufacturer</div><div>${make}</div>
   <div class="k">Model</div><div>${model}</div>
   <div class="k">Serial No.</div><div>${serial}</div>
   <div class="k">Asset / ID</div><div>${asset}</div>
   <div class="k">Range</div><div>${range}</div>
  </div>
  <div class="sec n">Calibration</div>
  <div class="kv">
   <div class="k">Date received</div><div>${received}</div>
   <div class="k">${cal_label}</div><div><b>${cal_date}</b></div>
   <div class="k">${due_label}</div><div><b>${due_date}</b></div>
   <div class="k">Procedure</div><div>${procedure}</div>
   <div class="k">As received</div><div>${condition}</div>
   <div class="k">Environment</div><div>${environment}</div>
  </div>
 </div>
 <div class="rc">
  <div class="sec">${results_head}</div>
  <table><tr><th>Test point</th><th>Nominal</th><th>As found</th><th>As left</th><th>Tolerance</th><th>U (k=2)</th><th>Status</th></tr>${rows_html}</table>
  <div class="sec n">Reference standards used</div>
  <table><tr><th>Standard</th><th>Asset</th><th>Certificate</th><th>Cal. due</th></tr>${stds_html}</table>
  <div class="rm"><b>Remarks:</b> ${remark}</div>
  <div class="sec n">Traceability and uncertainty</div>
  <div class="rm" style="margin-top:2px">${trace}</div>
  ${label_html}
 </div>
</div>
<div class="sig">
 <div><div class="ln">${tech}</div>Calibrated by: ${tech}, ${tech_role}</div>
 <div><div class="ln">${approver_sig}</div>Approved by: ${approver}, ${approver_role}</div>
 <div><div class="dt">${issued}</div>Date of issue</div>
</div>
<div class="foot">${foot}</div>
"""

LABS = [
    ("Meridian Metrology Services", "MMS"),
    ("Cascade Instrument Calibration", "CIC"),
    ("TrueLine Calibration Laboratories", "TL"),
    ("Apex Calibration & Repair", "ACR"),
    ("Northstar Measurement Lab", "NML"),
    ("Keystone Precision Calibration", "KPC"),
]
CUSTOMERS = [
    "Dry-Rite Water & Fire Restoration",
    "Blue Heron Restoration, LLC",
    "Summit Disaster Recovery",
    "First Response Mitigation Co.",
    "Greenway Mold & Moisture Services",
    "Harbor City Restoration Group",
]

# description, (make, model) choices, range, test points, standards, procedure
INSTRUMENTS = {
    "moisture": (
        "Pin-type moisture meter",
        [
            ("Delmhorst", "J-2000"),
            ("Protimeter", "Surveymaster 2"),
            ("Tramex", "MEP"),
            ("Extech", "MO290"),
            ("FLIR", "MR160"),
        ],
        "6–40 %MC (wood scale); 0–100 REL",
        [
            ("Ref. resistor, 8 %MC", 8.0, "%MC", 0.5),
            ("Ref. resistor, 12 %MC", 12.0, "%MC", 0.5),
            ("Ref. resistor, 18 %MC", 18.0, "%MC", 1.0),
            ("Ref. resistor, 25 %MC", 25.0, "%MC", 1.0),
            ("Pinless, reference pad", 52.0, "REL", 3.0),
        ],
        [
            "Calibration resistor set (decade box)",
            "Digital multimeter, 6½ digit",
            "Pinless reference block set",
        ],
        "CP-MM-02 rev. D (manufacturer's method)",
    ),
    "hygro": (
        "Thermo-hygrometer (RH / temperature)",
        [
            ("Vaisala", "HM40"),
            ("Testo", "605i"),
            ("Extech", "RH490"),
            ("Omega", "HH314A"),
            ("Kestrel", "5000"),
        ],
        "0–100 %RH; −10 to 60 °C",
        [
            ("Humidity 11.3 %RH @ 23 °C", 11.3, "%RH", 2.0),
            ("Humidity 33.0 %RH @ 23 °C", 33.0, "%RH", 2.0),
            ("Humidity 53.0 %RH @ 23 °C", 53.0, "%RH", 2.0),
            ("Humidity 75.3 %RH @ 23 °C", 75.3, "%RH", 3.0),
            ("Temperature 10.0 °C", 10.0, "°C", 0.5),
            ("Temperature 35.0 °C", 35.0, "°C", 0.5),
        ],
        [
            "Chilled-mirror dew point hygrometer",
            "Two-pressure humidity generator",
            "Reference PRT thermometer",
        ],
        "CP-RH-04 rev. C (comparison in generator chamber)",
    ),
    "particle": (
        "Handheld optical particle counter",
        [
            ("Fluke", "985"),
            ("TSI", "AeroTrak 9306"),
            ("Lighthouse", "Handheld 3016"),
            ("Met One", "HHPC 6+"),
            ("Kanomax", "3889"),
        ],
        "0.3–10 µm, 6 channels; 2.83 L/min",
        [
            ("Sample flow rate", 2.83, "L/min", 0.14),
            ("Counting efficiency 0.3 µm", 50.0, "%", 20.0),
            ("Counting efficiency 0.6 µm", 100.0, "%", 10.0),
            ("Size setting 0.5 µm PSL", 0.5, "µm", 0.05),
            ("Size setting 5.0 µm PSL", 5.0, "µm", 0.5),
            ("Zero count, 5 min", 0.0, "counts", 1.0),
        ],
        [
            "Reference optical particle counter",
            "PSL size standards, NIST-traceable",
            "Primary flow calibrator (DryCal)",
        ],
        "CP-PC-07 rev. B per ISO 21501-4",
    ),
}


def fill(d):
    from datetime import timedelta

    from corpus.formats import fmt_date

    r = d.rng
    lab, initials = d.pick(LABS)
    kind = d.pick(list(INSTRUMENTS))
    desc, makes, rng_text, points, stds, procedure = INSTRUMENTS[kind]
    make, model = d.pick(makes)
    style = d.pick(["dd_mon_yyyy", "us_numeric", "iso", "short_month", "long", "dmy_long"])
    cal = d.completed
    months = d.pick([12, 12, 12, 6])

    def day(n):
        return fmt_date(cal + timedelta(days=n), style)

    adjusted = d.chance(0.35)
    decimals = 2 if kind == "particle" else 1
    rows = []
    bad = r.randrange(len(points)) if adjusted else -1
    for i, (label, nominal, unit, tol) in enumerate(points):
        dec = 0 if unit in ("%", "counts") else decimals
        if unit == "counts":
            found, left = float(r.choice([0, 0, 1])), 0.0
        else:
            spread = tol * (r.uniform(1.2, 2.2) if i == bad else r.uniform(0.05, 0.8))
            found = nominal + r.choice([-1, 1]) * spread
            left = nominal + r.uniform(-0.5, 0.5) * tol if adjusted else found
        status = "Adjusted" if i == bad else "Pass"
        tol_text = f"≤ {tol:g}" if unit == "counts" else f"± {tol:.{dec}f}"
        unc = "—" if unit == "counts" else f"{tol * r.uniform(0.15, 0.3):.{dec + 1}f}"
        rows.append(
            f'<tr><td>{label}</td><td class="n">{nominal:.{dec}f} {unit}</td>'
            f'<td class="n">{found:.{dec}f}</td><td class="n">{left:.{dec}f}</td>'
            f'<td class="n">{tol_text}</td><td class="n">{unc}</td><td class="s">{status}</td></tr>'
        )
    std_rows = []
    for s in stds:
        due = day(r.randrange(60, 330))
        std_rows.append(
            f"<tr><td>{s}</td><td>{initials}-{r.randrange(100, 999)}</td>"
            f"<td>{r.choice(['C', 'RC', 'L'])}{r.randrange(10000, 99999)}-{cal.year % 100}</td>"
            f"<td>{due}</td></tr>"
        )
    cust_street, cust_town = d.address()
    tech = d.person()
    approver = d.person()
    ap_parts = approver.split()
    cert_no = f"{initials}-{cal.year}-{r.randrange(10000, 99999)}"
    label_html = ""
    label_note = d.pick(
        ["Label affixed to the instrument", "Calibration label as applied", "Sticker applied"]
    )
    if d.chance(0.6):
        label_html = (
            f'<div class="lbw"><div class="lbl"><b>CALIBRATED</b>{initials} &middot; Cert '
            f"{cert_no[-5:]}<br>Date: {day(0)}<br>Due: {day(round(months * 30.44))}<br>"
            f"By: {tech.split()[-1]}</div><div>{label_note}</div></div>"
        )
    if adjusted:
        condition = "Out of tolerance; adjusted"
        remark = (
            "The instrument was found outside the stated tolerance at one test point and was "
            "adjusted and re-verified. Readings taken since the last calibration should be "
            "reviewed by the customer."
        )
    else:
        condition = d.pick(["In tolerance", "Within specification", "Operational, in tolerance"])
        remark = d.pick(
            [
                "The instrument met the manufacturer's specification as found; no adjustment was made.",
                "Found within tolerance at all test points and returned without adjustment.",
            ]
        )
    remark += d.pick(
        [
            " Pass/fail statements use simple acceptance per ILAC-G8.",
            " Statements of conformity do not take measurement uncertainty into account.",
            "",
        ]
    )
    return {
        "mk_radius": d.pick(["50%", "4px", "0"]),
        "initials": initials,
        "lab": lab,
        "tagline": d.pick(
            [
                "ISO/IEC 17025 accredited calibration",
                "Calibration · repair · rental",
                "Accredited calibration laboratory",
            ]
        ),
        "heading": d.pick(["Certificate of Calibration", "Calibration Certificate"]),
        "cert_label": d.pick(["Certificate No.", "Cert #", "Report No."]),
        "cert_no": cert_no,
        "customer": d.pick(CUSTOMERS),
        "cust_street": cust_street,
        "cust_town": cust_town,
        "attn": d.person(),
        "po_label": d.pick(["PO / Job No.", "Purchase order", "Work order"]),
        "po": d.number(d.pick(["PO ", "WO-", ""])),
        "uut_head": d.pick(["Unit under calibration", "Instrument", "Instrument details"]),
        "desc": desc,
        "make": make,
        "model": model,
        "serial": f"{r.choice(['', 'SN', 'S/N '])}{r.randrange(100000, 9999999)}",
        "asset": f"{r.choice(['EQ', 'MTR', 'T'])}-{r.randrange(10, 400):03d}",
        "range": rng_text,
        "received": day(-r.randrange(2, 9)),
        "cal_label": d.pick(["Calibration date", "Date calibrated", "Calibrated on"]),
        "cal_date": day(0),
        "due_label": d.pick(["Calibration due", "Next due", "Recommended due"]),
        "due_date": day(round(months * 30.44)),
        "procedure": procedure,
        "condition": condition,
        "environment": f"{r.choice([22.4, 22.9, 23.1, 23.5])} °C, {r.randrange(38, 52)} %RH",
        "results_head": d.pick(
            ["Calibration results", "Measurement results", "Results: as found / as left"]
        ),
        "rows_html": "".join(rows),
        "stds_html": "".join(std_rows),
        "remark": remark,
        "trace": d.pick(
            [
                "The reference standards listed above are calibrated at planned intervals and are "
                "traceable to the International System of Units (SI) through NIST or another "
                "national metrology institute. Expanded uncertainty (U) is stated at k=2, "
                "approximately 95% confidence, and includes the resolution of the unit under test.",
                "Measurements were made by comparison with the reference standards listed, which "
                "hold current certificates from accredited laboratories. Uncertainties are expanded "
                "with a coverage factor of k=2. Results apply only to the instrument identified "
                "above at the time of calibration.",
            ]
        ),
        "tech": tech,
        "tech_role": d.pick(["Calibration Technician", "Metrology Technician", "Cal Tech II"]),
        "approver": approver,
        "approver_sig": f"{ap_parts[0][0]}. {ap_parts[-1]}",
        "approver_role": d.pick(["Quality Manager", "Technical Manager", "Lab Supervisor"]),
        "issued": day(r.randrange(0, 4)),
        "label_html": label_html,
        "foot": d.pick(
            [
                f"{lab} is accredited to ISO/IEC 17025:2017. Measurements are traceable to the SI "
                "through NIST or other national metrology institutes. This certificate shall not "
                "be reproduced except in full without the written approval of the laboratory. "
                "Results relate only to the item calibrated.",
                "Calibration performed in accordance with ISO/IEC 17025 and ANSI/NCSL Z540-1. "
                "The reported expanded uncertainty uses a coverage factor k=2 for a level of "
                "confidence of approximately 95%. The due date is recommended by the customer; "
                "this certificate may not be reproduced except in full.",
            ]
        ),
    }
