"""Not a certificate of training: the cover letter of an indoor environmental
consultant's post-remediation verification (clearance) report, the paper a
remediation technician gets a copy of when the mold job is closed out. The
consultant's name, emblem and licence sit in the letterhead over a
full-width black title band with a file number; the client and property
run right-aligned under it, then a dated letter ("Dear ...") saying the
remediated areas passed visual inspection and air sampling on a date,
naming the remediation contractor, its supervisor and the work dates as a
range, signed in script by the licensed assessor. Below it a result box
beside a coloured side panel of stacked labels (inspector, licence, date
sampled, inspection type), a dark "Test Results" band with the weather,
tiles of sampled areas with their verdict, spore-trap serial numbers and
counts against the outdoor control, a laboratory line with its report
number and dates, and a footer between double rules. It names several
people and dates, but no one completed a course."""

SOURCE = (
    "swaranlata/expert:html/index.php (post-remediation report: logo, black title band, "
    "client and address line, dated letter signed by a licensed mold assessor, inspector side "
    "panel, dark test-results band with weather, area result tiles, sample serial numbers); "
    "clearance wording after moldtestservices.com/post-remediation and "
    "moldtestingma.com/services/clearance-mold-inspections (visual inspection, air samples "
    "inside containment against an outdoor control, containment kept until clearance)"
)
KIND = "other"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "other",
    "portrait",
    "dark-band",
    "letter",
    "labelled",
    "table",
    "provider-in-logo",
    "distractor-person",
    "distractor-date",
    "address",
)

TEMPLATE = """<style>
.w { position:absolute; inset:34px 44px 28px; font: 12.5px ${body}; color:#222; line-height:17px; display:flex; flex-direction:column }
.top { display:flex; align-items:flex-start; justify-content:space-between }
.lg { display:flex; align-items:center; gap:10px }
.mk { width:40px; height:40px; border-radius:${mk_radius}; border:4px solid ${accent}; flex:none; position:relative }
.mk::after { content:""; position:absolute; inset:7px; border-radius:${mk_radius}; background:${accent} }
.lg .nm { font: bold 16px ${sans}; color:#222; line-height:20px; white-space:nowrap }
.lg .tg { font: 9.5px ${sans}; color:#666; letter-spacing:.3px; margin-top:4px; white-space:nowrap }
.lic { text-align:right; font: bold 9px ${sans}; color:${accent}; line-height:20px; white-space:nowrap; text-transform:uppercase }
.lic span { font: bold 10.5px ${mono}; color:#222; text-transform:none; border:1.5px solid ${accent}; border-radius:4px; padding:1px 5px; margin-left:6px }
.band { display:flex; justify-content:space-between; align-items:baseline; margin-top:10px; background:${band}; color:#fff; font: ${band_weight} 22px ${sans}; padding:9px 16px; letter-spacing:.2px; white-space:nowrap }
.band span { font: 11px ${sans}; letter-spacing:.5px; opacity:.85 }
.cl { text-align:right; padding:9px 4px 0; font: bold 15px ${sans} } .cl span { color:${accent}; font-size:13px; font-weight:normal; margin-left:6px }
.lt { margin-top:12px }
.lt .dt { margin-bottom:10px } .lt .to { margin-bottom:10px } .lt .to b { display:block }
.lt p { margin:0 0 8px; text-align:justify }
.sig { font: 28px ${script}; color:#1f2f66; height:34px; line-height:38px; margin-top:2px }
.who { font-size:12px; line-height:15px }
.mid { display:flex; margin-top:12px; border:1px solid #c7c7c7 }
.mid .sum { flex:7 1 0; padding:10px 14px; background:${light} }
.sum .h { font: bold 11px ${sans}; letter-spacing:1px; text-transform:uppercase; color:#555; line-height:17px }
.sum .v { font: bold 16px ${sans}; color:${pass}; letter-spacing:1px; margin-left:6px; text-transform:none }
.sum .n { font-size:11.5px; line-height:17px; margin-top:6px; color:#333 }
.mid .side { flex:3 1 0; background:${accent}; color:#fff; padding:6px 14px; text-align:right; font: 11.5px ${sans}; line-height:17px }
.side b { display:block; margin-top:4px; font-size:10.5px; opacity:.85 }
.rb { display:flex; justify-content:space-between; background:${band}; color:#fff; padding:5px 14px; font: 15px ${sans} }
.rb span { font-size:12px }
.tiles { display:grid; grid-template-columns:${tile_cols}; gap:8px; border:1px solid #c7c7c7; border-top:none; padding:8px }
.t { background:${tile}; padding:7px 10px; display:flex; gap:9px; font-family:${sans} }
.t .ic { width:20px; height:20px; border-radius:50%; background:${pass}; color:#fff; font: bold 13px ${sans}; text-align:center; line-height:20px; flex:none; margin-top:2px }
.t .ic.o { background:#777 }
.t .a { font-weight:bold; font-size:14px; line-height:17px } .t .s { font-size:12px; line-height:15px } .t .x { font-size:10.5px; line-height:13px; margin-top:4px; color:#333 }
.lab { margin-top:8px; font: 10.5px ${sans}; color:#333; line-height:14px }
.ft { margin-top:auto; border-top:4px double ${accent}; border-bottom:4px double ${accent}; color:${accent}; text-align:center; font: 12.5px ${sans}; padding:6px 0 }
</style>
<div class="w">
 <div class="top">
  <div class="lg"><div class="mk"></div><div><div class="nm">${firm}</div><div class="tg">${tagline}</div></div></div>
  <div class="lic">${lic_head}<span>${firm_lic}</span></div>
 </div>
 <div class="band">${heading}<span>${report_no}</span></div>
 <div class="cl">${client}<span>${prop_street}, ${prop_town}</span></div>
 <div class="lt">
  <div class="dt">${letter_date}</div>
  <div class="to"><b>${client}</b>${client_street}<br>${client_town}</div>
  <p>${dear}</p>
  <p>${para1}</p>
  <p>${para2}</p>
  <p>${para3}</p>
  <p>${closing}</p>
  <div class="sig">${assessor}</div>
  <div class="who">${assessor}, ${assessor_cred}<br>${assessor_title} &middot; ${firm_phone}</div>
 </div>
 <div class="mid">
  <div class="sum"><div class="h">${sum_head}: <span class="v">${verdict}</span></div><div class="n">${sum_note}</div></div>
  <div class="side">
   <b>Inspector:</b>${inspector}
   <b>License:</b>${insp_lic}
   <b>${date_label}</b>${sample_date}
   <b>Inspection Type:</b>${insp_type}
  </div>
 </div>
 <div class="rb">Test Results<span>${weather} &nbsp;&nbsp; ${temp}&deg; F &nbsp;&nbsp; RH ${rh}%</span></div>
 <div class="tiles">${tiles_html}</div>
 <div class="lab">${lab_line_html}</div>
 <div class="ft">${foot}</div>
</div>
"""

FIRMS = [
    ("Cardinal Indoor Air Consultants", "Mold Assessment · Indoor Air Quality", "cardinaliaq"),
    ("Meridian Environmental Testing", "Independent Mold & IAQ Assessors", "meridianenv"),
    ("Oakridge Industrial Hygiene, PLLC", "Industrial Hygiene · Building Science", "oakridgeih"),
    ("Clearview Mold Inspections", "Testing Only — We Never Remediate", "clearviewmold"),
    ("Summit Air Quality Assessments", "Licensed Mold Assessors", "summitaqa"),
]
CONTRACTORS = [
    "Northgate Mold & Water Remediation, LLC",
    "Pinecrest Restoration Services, Inc.",
    "BlueLine Remediation Group",
    "Apex Water & Fire, Inc.",
    "Rapid Dry Restoration LLC",
]
LABS = [
    "Sterling Microbial Laboratories",
    "Great Lakes Analytical, Inc.",
    "Pacific Aerobiology Lab",
    "Keystone Environmental Microbiology",
]
AREAS = [
    "Basement Laundry",
    "Master Bathroom",
    "Kitchen Sink Base",
    "Hallway Closet",
    "Crawlspace Access",
    "Bedroom #2",
    "Finished Basement",
    "Attic Hatch Area",
    "Utility Room",
]


def fill(d):
    from datetime import timedelta

    from corpus import formats as F

    r = d.rng
    firm, tagline, domain = d.pick(FIRMS)
    contractor = d.pick(CONTRACTORS)
    lab = d.pick(LABS)
    sampled = d.completed
    work_end = sampled - timedelta(days=r.randint(1, 3))
    work_start = work_end - timedelta(days=r.randint(2, 6))
    received = sampled + timedelta(days=1)
    reported = received + timedelta(days=r.randint(1, 3))
    letter_day = reported + timedelta(days=r.randint(0, 6))
    client = d.person()
    salutation = d.pick(["Mr.", "Ms.", "Mx."])
    assessor = d.person()
    inspector = d.pick([assessor, d.person()])
    supervisor = d.person()
    prop_street, prop_town = d.address()
    c_street, c_town = d.address()
    if d.chance(0.5):
        c_street, c_town = prop_street, prop_town
    long_date = d.pick(["long", "long", "short_month", "ordinal"])
    sample_text = F.fmt_date(sampled, long_date)
    work_text = F.fmt_range(work_start, work_end, r)
    outdoor = r.randrange(900, 6400, 10)
    control_serial = r.randrange(20000000, 29999999)

    areas = r.sample(AREAS, d.pick([3, 3, 5]))
    tiles = []
    for i, area in enumerate(areas, 1):
        count = r.randrange(20, max(60, outdoor // 6), 10)
        serial = r.randrange(20000000, 29999999)
        tiles.append(
            f"<div class='t'><div class='ic'>&#10003;</div><div><div class='a'>{area}</div>"
            f"<div class='s'>{d.pick(['Acceptable Spore Counts', 'Passed Visual & Air', 'Below Outdoor Control'])}</div>"
            f"<div class='x'>Sample {i} &middot; Air-O-Cell<br>Serial#: {serial}<br>"
            f"Total spores: {count:,} /m&sup3; &middot; Visual: Normal</div></div></div>"
        )
    tiles.append(
        f"<div class='t'><div class='ic o'>&#9675;</div><div><div class='a'>Outdoor Control</div>"
        f"<div class='s'>Reference sample</div>"
        f"<div class='x'>Sample {len(areas) + 1} &middot; Air-O-Cell<br>Serial#: {control_serial}<br>"
        f"Total spores: {outdoor:,} /m&sup3;</div></div></div>"
    )

    para1 = d.pick(
        [
            f"{firm} performed a post-remediation verification at the property listed above on "
            f"{sample_text}. The mold remediation was carried out by {contractor} between "
            f"{work_text}, under the supervision of {supervisor}.",
            f"At your request we returned to the property listed above on {sample_text} to verify "
            f"the remediation completed by {contractor} ({work_text}). The contractor's supervisor, "
            f"{supervisor}, was present and the containment barriers were still in place.",
        ]
    )
    para2 = d.pick(
        [
            "All work areas passed visual inspection: no visible mold growth, dust or debris was "
            "observed, and moisture readings of the repaired materials were at dry standard. Air "
            "samples collected inside containment were below the outdoor control and showed no "
            "water-damage indicator fungi.",
            "The remediated areas were found free of visible growth and settled dust. Spore trap "
            "samples taken inside the work areas were similar in kind and lower in number than the "
            "outdoor reference sample. The remediation therefore passed clearance.",
        ]
    )
    para3 = d.pick(
        [
            "Containment may now be removed and reconstruction may proceed. Laboratory results are "
            "summarized below; the full laboratory report is attached.",
            "Please keep this report with your property records. Requests for revisits or "
            "clarifications should be made by email so we can answer them quickly.",
        ]
    )
    last = " ".join(p for p in client.split()[1:] if not (len(p) == 2 and p.endswith(".")))
    return {
        "body": d.pick([d.fonts["sans"], d.fonts["serif"]]),
        "band": d.pick(["#231f20", "#1b1b1b", d.colors["dark"]]),
        "band_weight": d.pick(["normal", "bold"]),
        "accent": d.pick(["#4f8f1d", "#1e6091", "#2d6a4f", "#8a5a13"]),
        "pass": d.pick(["#2e7d32", "#3d8b1f"]),
        "light": d.colors["light"],
        "tile": d.pick(["#e4f0dc", "#e7eef5", "#eef2e6"]),
        "mk_radius": d.pick(["50%", "50% 0", "4px"]),
        "firm": firm,
        "report_no": f"{d.pick(['Report No.', 'Project #', 'File'])} {d.number(d.pick(['PRV-', 'CL-', '']))}",
        "tagline": tagline,
        "heading": d.pick(
            [
                "Post-Remediation Report",
                "Post-Remediation Verification",
                "Mold Clearance Report",
                "Clearance Testing Results",
            ]
        ),
        "lic_head": d.pick(["Licensed & Insured", "Mold Assessor Lic."]),
        "firm_lic": f"MRSA{r.randrange(1000, 9999)}",
        "client": client,
        "prop_street": prop_street,
        "prop_town": prop_town,
        "client_street": c_street,
        "client_town": c_town,
        "letter_date": F.fmt_date(letter_day, long_date),
        "dear": f"Dear {salutation} {last},",
        "para1": para1,
        "para2": para2,
        "para3": para3,
        "closing": d.pick(["Thank you for the opportunity to work with you.", "Sincerely,"]),
        "assessor": assessor,
        "assessor_cred": d.pick(["CIEC", "CMC", "CIH", "CMR"]),
        "assessor_title": d.pick(
            ["Licensed Mold Assessor", "Senior Consultant", "Principal Industrial Hygienist"]
        ),
        "firm_phone": d.phone(),
        "sum_head": d.pick(["Clearance result", "Verification outcome", "Overall result"]),
        "verdict": d.pick(["PASSED", "CLEARED", "PASS"]),
        "sum_note": d.pick(
            [
                f"Visual inspection and air sampling on {F.fmt_date(sampled, 'us_numeric')}. "
                f"Remediation by {contractor.rstrip('.')}.",
                f"Clearance granted {F.fmt_date(sampled, 'us_numeric')} for the areas listed. "
                "Containment may be removed.",
            ]
        ),
        "inspector": inspector,
        "insp_lic": f"MRSA{r.randrange(1000, 9999)}",
        "date_label": d.pick(["Date Tested:", "Date Sampled:"]),
        "sample_date": F.fmt_date(sampled, d.pick(["iso", "us_numeric"])),
        "insp_type": d.pick(
            ["Post Remediation", "Clearance (PRV)", "Post-Remediation Verification"]
        ),
        "weather": d.pick(["Clear", "Overcast", "Partly cloudy", "Light rain"]),
        "temp": r.randrange(38, 92),
        "rh": r.randrange(28, 71),
        "tiles_html": "".join(tiles),
        "tile_cols": "1fr 1fr" if len(tiles) == 4 else "1fr 1fr 1fr",
        "lab_line_html": (
            f"Analysis: {lab} &middot; Lab report {d.number('L')} &middot; received "
            f"{F.fmt_date(received, 'us_numeric')} &middot; reported "
            f"{F.fmt_date(reported, 'us_numeric')} &middot; Method: direct microscopic "
            "examination of spore trap samples (ASTM D7391)."
        ),
        "foot": f"Phone: {d.phone()} | {d.pick(['www.', 'info@'])}{domain}.com",
    }
