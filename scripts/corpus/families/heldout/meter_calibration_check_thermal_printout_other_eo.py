"""Not a certificate: the thermal printout a restoration supply branch's
service counter hands back with a moisture meter or thermo-hygrometer after
a calibration check. Centred shop name and address, a heading, ticket
number, date and time, the counter technician, the customer's company, the
instrument, its serial number, then rows of reference value against reading
with pass or adjust, an overall result, the next check due date, a warning
that this is not a certificate of accredited calibration and a dotted
barcode-like line. Monospaced, narrow paper. It names people, dates and
numbers; no training and no credit."""

SOURCE = (
    "opentoworkprojects/bill:PRINT_FORMATS_REFERENCE.md (classic 80 mm thermal layout: "
    "centred header, rule lines, labelled rows, totals) and wording of restoration supply "
    "counters' meter calibration-check tickets"
)
KIND = "other"
PAPER = "receipt"
CATEGORIES = (
    "other",
    "slip",
    "portrait",
    "labelled",
    "table",
    "mono",
    "distractor-person",
    "distractor-date",
)

TEMPLATE = """<style>
.r { position:absolute; inset:16px 14px; font: ${size}px ${mono}; color:#111; line-height:${lh}px }
.c { text-align:center } .b { font-weight:bold }
.big { font-size:${big}px; font-weight:bold; line-height:${big_lh}px }
.ln { border-bottom:1px dashed #000; margin:6px 0 } .ln2 { border-bottom:2px solid #000; margin:6px 0 }
table { width:100%; border-collapse:collapse } td { padding:0; vertical-align:top } .rt { text-align:right }
.inv { background:#000; color:#fff; text-align:center; font-weight:bold; padding:2px 0; margin:6px 0 }
.bc { margin-top:10px; height:34px; background: repeating-linear-gradient(90deg, #000 0 2px, #fff 2px 4px, #000 4px 5px, #fff 5px 8px) }
</style>
<div class="r">
 <div class="c big">${shop}</div>
 <div class="c">${street}<br>${town}<br>${phone}</div>
 <div class="ln2"></div>
 <div class="inv">${heading}</div>
 <table>
  <tr><td>Ticket</td><td class="rt">${ticket}</td></tr>
  <tr><td>Date</td><td class="rt">${when}</td></tr>
  <tr><td>Counter</td><td class="rt">${tech}</td></tr>
  <tr><td>Acct</td><td class="rt">${acct}</td></tr>
 </table>
 <div>${customer}</div>
 <div class="ln"></div>
 <div class="b">${instrument}</div>
 <div>S/N ${serial}</div>
 <div class="ln"></div>
 <table>
  <tr class="b"><td>REF</td><td class="rt">READ</td><td class="rt">RESULT</td></tr>
  ${rows_html}
 </table>
 <div class="ln"></div>
 <table>
  <tr class="b"><td>OVERALL</td><td class="rt">${overall}</td></tr>
  <tr><td>Next check due</td><td class="rt">${due}</td></tr>
  <tr><td>Charge</td><td class="rt">${charge}</td></tr>
 </table>
 <div class="ln"></div>
 <div>${warning}</div>
 <div class="bc"></div>
 <div class="c">${code}</div>
 <div class="c" style="margin-top:6px">${thanks}</div>
</div>
"""

SHOPS = [
    "CASCADE RESTORATION SUPPLY",
    "TRI-COUNTY JAN-SAN",
    "FRONT RANGE RESTO SUPPLY",
    "GULFPORT CLEANING SUPPLY",
    "MIDSTATE DISTRIBUTORS",
]
COMPANIES = [
    "RAPID DRY RESTORATION",
    "APEX WATER & FIRE",
    "HOMETOWN CARPET CARE",
    "PRIME MITIGATION GRP",
    "BLUE LINE CLEANING",
]
INSTRUMENTS = {
    "pin": (
        ["PIN METER MM-200", "MOISTURE METER PM-7", "PIN/PAD METER DUO-3"],
        [("CAL BLK 12%", 12.0, "%"), ("CAL BLK 22%", 22.0, "%"), ("WME 15", 15.0, "")],
    ),
    "hygro": (
        ["THERMO-HYGRO TH-40", "DATALOGGER RH-2", "PSYCHRO PRO 5"],
        [("SALT 33%RH", 33.0, "%"), ("SALT 75%RH", 75.0, "%"), ("REF 70.0F", 70.0, "F")],
    ),
}


def fill(d):
    from datetime import timedelta

    from corpus.formats import fmt_date

    r = d.rng
    kind = d.pick(list(INSTRUMENTS))
    names, points = INSTRUMENTS[kind]
    adjust = d.chance(0.3)
    bad = r.randrange(len(points)) if adjust else -1
    rows = []
    for i, (label, ref, unit) in enumerate(points):
        off = r.uniform(1.6, 3.0) if i == bad else r.uniform(0.0, 0.9)
        read = ref + r.choice([-1, 1]) * off
        res = "ADJ" if i == bad else "PASS"
        rows.append(
            f'<tr><td>{label}</td><td class="rt">{read:.1f}{unit}</td><td class="rt">{res}</td></tr>'
        )
    day = d.completed + timedelta(days=r.randrange(-200, 200))
    style = d.pick(["us_numeric", "us_short", "iso"])
    street, town = d.address()
    tech = d.person().upper()
    return {
        "size": d.pick([12.5, 13]),
        "lh": d.pick([18, 19]),
        "big": d.pick([15, 16]),
        "big_lh": 20,
        "shop": d.pick(SHOPS),
        "street": street.upper(),
        "town": town.upper(),
        "phone": d.phone(),
        "heading": d.pick(["METER CAL CHECK", "CALIBRATION CHECK", "INSTRUMENT VERIFICATION"]),
        "ticket": f"{r.randrange(10, 99)}-{r.randrange(100000, 999999)}",
        "when": f"{fmt_date(day, style)} {r.randrange(7, 17):02d}:{r.randrange(0, 60):02d}",
        "tech": tech.split()[0][0] + ". " + tech.split()[-1],
        "acct": str(r.randrange(10000, 99999)),
        "customer": d.pick(COMPANIES),
        "instrument": d.pick(names),
        "serial": str(r.randrange(1000000, 9999999)),
        "rows_html": "".join(rows),
        "overall": "ADJUSTED/PASS" if adjust else "PASS",
        "due": fmt_date(day + timedelta(days=d.pick([90, 180, 365])), style),
        "charge": d.pick(["$0.00 N/C", "$25.00", "$35.00", "WARRANTY"]),
        "warning": d.pick(
            [
                "FIELD CHECK ONLY. NOT AN ACCREDITED CALIBRATION CERTIFICATE.",
                "VERIFIED AGAINST SHOP REFERENCES. KEEP WITH INSTRUMENT.",
            ]
        ),
        "code": f"*{r.randrange(10000000, 99999999)}*",
        "thanks": d.pick(["THANK YOU!", "SEE YOU NEXT TIME", "WE RENT DRYING EQUIPMENT"]),
    }
