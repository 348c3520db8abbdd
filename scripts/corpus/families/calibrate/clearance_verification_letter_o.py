"""Not a certificate: an indoor environmental consultant's clearance letter
after a mold remediation job. A letterhead with the firm's mark, name and
line of work over a rule, its address and phone in one line under it; the
date, the client's inside address, a "RE:" block with the property and
project number, then running paragraphs: on what day which assessor
inspected the work areas remediated by which contractor (whose supervisor
holds an IICRC course), what was looked at and sampled, a small table of air
samples with the outdoor baseline, and the words that the areas passed
clearance. It closes with the assessor's signature, name and credentials and
a limitations note. Many names and dates, a "certify" and an IICRC course;
nobody's training is recorded."""

SOURCE = (
    "https://www.moldtestservices.com/post-remediation/, "
    "https://atlantamoldremovers.com/post-mold-remediation/ and "
    "https://nationalmoldremediationauthority.com/post-remediation-verification-clearance-"
    "testing.html (post-remediation verification: visual inspection, moisture readings, air "
    "samples against an outdoor baseline, a pass or fail clearance)"
)
KIND = "other"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "other",
    "letter",
    "sentence",
    "portrait",
    "provider-in-logo",
    "distractor-person",
    "distractor-date",
    "address",
)

TEMPLATE = """<style>
.w { position:absolute; left:72px; right:72px; top:46px; bottom:44px; font: 13.5px ${serif}; color:#161616; line-height:20px }
.lh { border-bottom:3px solid ${accent}; padding-bottom:8px }
.lg { display:flex; align-items:center; gap:40px }
.mk { width:48px; height:48px; border:3px solid ${accent}; border-radius:50% 50% 50% 0; color:${accent}; font: bold 17px ${sans}; display:flex; align-items:center; justify-content:center }
.fn { font: bold 19px ${sans}; color:#222; line-height:22px } .fs { font: 10.5px ${sans}; color:#666; letter-spacing:1px }
.fa { font: 10.5px ${sans}; color:#555; text-align:right; line-height:14px; margin-top:4px }
.dt { margin-top:22px } .to { margin-top:14px }
.re { margin-top:14px; display:grid; grid-template-columns:42px 1fr; font-weight:bold }
p { margin-top:12px; text-align:justify }
table { border-collapse:collapse; margin:12px 0 0; width:100%; font: 11.5px ${sans} }
th { text-align:left; border-bottom:1.5px solid #333; padding:4px 6px; font-size:10.5px }
td { border-bottom:1px solid #ddd; padding:3px 6px } td.r, th.r { text-align:right }
.sg { font: 28px ${hand}; color:#1a2a6c; margin-top:4px; line-height:34px }
.lim { position:absolute; left:0; right:0; bottom:0; font: 9.5px ${sans}; color:#666; line-height:13px; border-top:1px solid #ccc; padding-top:5px }
</style>
<div class="w">
 <div class="lh"><div class="lg"><div class="mk">${mark}</div><div><div class="fn">${firm}</div><div class="fs">${firm_sub}</div></div></div></div>
 <div class="fa">${street} · ${town} · ${phone}</div>
 <div class="dt">${letter_date}</div>
 <div class="to">${client}<br>${c_street}<br>${c_town}</div>
 <div class="re"><span>RE:</span><span>${re_title}<br>${p_street}, ${p_town}<br>Project No. ${project}</span></div>
 <div class="to">Dear ${salute}:</div>
 <p>${p1}</p>
 <p>${p2}</p>
 <table><tr><th>Sample</th><th>Location</th><th class="r">Total spores/m³</th><th>Result</th></tr>
  ${samples_html}
 </table>
 <p>${p3}</p>
 <div class="to">Sincerely,</div>
 <div class="sg">${assessor}</div>
 <div>${assessor}, ${assessor_creds}<br>${assessor_role}, ${firm}</div>
 <div class="lim">${limits}</div>
</div>
"""

FIRMS = [
    ("Cascade Indoor Environmental, LLC", "CIE"),
    ("Clearwater Air Quality Consultants", "CAQ"),
    ("Benchmark Building Sciences", "BBS"),
    ("Tri-County Environmental Assessments", "TCE"),
    ("Northstar IAQ Group", "NS"),
]
CONTRACTORS = [
    "Rapid Dry Restoration, LLC",
    "Apex Water & Fire Services",
    "Cornerstone Disaster Recovery",
    "Prime Mitigation Group",
    "Allied Property Restoration",
]
AREAS = [
    "the basement family room",
    "the hall bathroom and adjoining closet",
    "the kitchen sink base and east wall",
    "the crawlspace",
    "the master bedroom closet",
    "the attic over the garage",
]


def fill(d):
    from datetime import timedelta

    from corpus.formats import fmt_date

    r = d.rng
    firm, mark = d.pick(FIRMS)
    client = d.person()
    assessor = d.person()
    supervisor = d.person()
    contractor = d.pick(CONTRACTORS)
    visit = d.completed
    style = d.pick(["long", "long", "us_numeric", "ordinal"])
    areas = r.sample(AREAS, 2)
    ccode = d.pick(["AMRT", "WRT", "ASD"])
    outdoor = r.randrange(900, 4200)
    rows = [
        f"<tr><td>A-1</td><td>Outdoor baseline</td><td class='r'>{outdoor:,}</td><td>–</td></tr>"
    ]
    for i, area in enumerate(areas):
        count = int(outdoor * r.uniform(0.08, 0.55))
        rows.append(
            f"<tr><td>A-{i + 2}</td><td>{area[4:].capitalize()}</td>"
            f"<td class='r'>{count:,}</td><td>Pass</td></tr>"
        )
    street, town = d.address()
    c_street, c_town = d.address()
    p_street, p_town = d.address()
    return {
        "mark": mark,
        "firm": firm,
        "firm_sub": d.pick(
            ["Indoor air quality · Mold assessment", "Building science · Clearance testing"]
        ),
        "street": street,
        "town": town,
        "phone": d.phone(),
        "letter_date": fmt_date(visit + timedelta(days=r.randrange(3, 10)), "long"),
        "client": client,
        "c_street": c_street,
        "c_town": c_town,
        "re_title": d.pick(["Post-Remediation Verification", "Mold Remediation Clearance"]),
        "p_street": p_street,
        "p_town": p_town,
        "project": d.number(),
        "salute": f"{d.pick(['Mr.', 'Ms.'])} {client.split()[-1]}",
        "p1": (
            f"On {fmt_date(visit, style)}, {assessor} of our office performed a post-remediation "
            f"verification at the above property following mold remediation of {areas[0]} and "
            f"{areas[1]} by {contractor}. The contractor's supervisor on site, {supervisor}, "
            f"holds the IICRC {ccode} designation and provided the remediation log."
        ),
        "p2": (
            "The work areas were inspected for visible growth, dust and debris; containment had "
            "been removed and surfaces were dry, with moisture readings at or below those of "
            "unaffected materials. Air samples were collected inside each work area and "
            "outdoors as a baseline and analysed by an accredited laboratory "
            f"(report {r.randrange(100000, 999999)}):"
        ),
        "p3": d.pick(
            [
                "Based on the visual inspection, the moisture readings and the laboratory "
                "results, we certify that the work areas passed clearance and may be rebuilt "
                "and reoccupied.",
                "The work areas therefore passed clearance. Reconstruction may proceed; the "
                "source of moisture should be kept corrected to prevent recurrence.",
            ]
        ),
        "samples_html": "\n  ".join(rows),
        "assessor": assessor,
        "assessor_creds": d.pick(["CIEC", "CMC", "CIH", "CIEC, CMR"]),
        "assessor_role": d.pick(["Senior Assessor", "Project Consultant", "Principal"]),
        "limits": (
            "This letter describes conditions observed on the date of the visit in the areas "
            "named above only. It is not a warranty that mold will not return, and it is "
            "issued for the use of the client named above."
        ),
    }
