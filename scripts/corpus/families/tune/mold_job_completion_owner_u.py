"""A job-site certificate a mold remediation contractor hands the property
owner when the work is finished, not a training record: an ornamental
border, the contractor's name and state licence number on top, a heading
and a certifying sentence, labelled rows for the owner, the property
address, the dates the work ran, the areas treated, the clearance testing
(third-party assessor and date), the supervising technician with an IICRC
registrant number and certification, signatures of the contractor and the
owner, and a small print disclaimer. It names people, a certification,
dates and a firm, but records no one's course completion."""

SOURCE = (
    "document type: certificate of mold remediation (completion) issued by a licensed remediation "
    "contractor to a property owner, after "
    "https://www.signnow.com/info-forms/6656-what-is-a-mold-remediation-certificate-of-completion-"
    "and-its-importance (professional details, scope of work, clearance testing, signatures)"
)
KIND = "other"
PAPER = ["letter-landscape", "letter-portrait"]
CATEGORIES = (
    "other",
    "ornate",
    "labelled",
    "sentence",
    "date-range",
    "distractor-person",
    "distractor-date",
    "address",
    "tiny-footer",
)

TEMPLATE = """<style>
.pg { position:absolute; inset:0; background:${paper} }
.b1 { position:absolute; inset:18px; border:3px solid ${ink} }
.b2 { position:absolute; inset:26px; border:8px solid transparent;
  border-image: repeating-linear-gradient(45deg, ${ink} 0 3px, transparent 3px 7px) 8 }
.b3 { position:absolute; inset:40px; border:1px solid ${ink} }
.c { position:absolute; inset:58px 70px 54px; font: 14px ${serif}; color:#1d1d1d; display:flex; flex-direction:column }
.hd { text-align:center }
.co { font: bold 22px ${sans}; color:${ink}; letter-spacing:1px }
.ci { font: 11.5px ${sans}; color:#555; margin-top:3px }
h1 { margin:12px 0 0; font: 32px ${display}; color:${ink}; letter-spacing:1.5px }
.lead { text-align:center; font-style:italic; font-size:14.5px; line-height:21px; margin:10px 30px 0; color:#333 }
.rows { margin-top:14px; display:grid; grid-template-columns: 190px 1fr; column-gap:14px; row-gap:0 }
.rows div { padding:6px 2px; border-bottom:1px dotted #999; font-size:14px }
.rows .k { font: 11px ${sans}; letter-spacing:1px; text-transform:uppercase; color:#555; padding-top:9px }
 .pc { margin-top:16px } .pt { font: bold 11.5px ${sans}; letter-spacing:1.5px; text-transform:uppercase; color:${ink} }
.pl { columns:2; column-gap:30px; margin-top:6px; font-size:13px; line-height:21px }
.pl span { display:inline-block; width:11px; height:11px; border:1px solid #333; margin-right:7px; font: bold 10px ${sans}; line-height:10px; text-align:center }
.rec { margin-top:10px; font-size:13px; line-height:18px; color:#333 }
.sg { margin-top:auto; display:flex; justify-content:space-between; gap:40px }
.sg > div { flex:1; font: 12px ${sans}; color:#333; line-height:16px; text-align:center }
.sg .h { font: 26px ${handf}; color:#1d2c6b; border-bottom:1px solid #333; height:36px; line-height:42px; white-space:nowrap; overflow:hidden }
.fine { margin-top:10px; font: 8px ${sans}; color:#666; line-height:10.5px; text-align:center }
</style>
<div class="pg"></div><div class="b1"></div><div class="b2"></div><div class="b3"></div>
<div class="c">
 <div class="hd">
  <div class="co">${company}</div>
  <div class="ci">${street}, ${town} &middot; ${phone} &middot; ${lic_label} ${lic}</div>
  <h1>${heading}</h1>
 </div>
 <div class="lead">${lead}</div>
 <div class="rows">
  <div class="k">Property owner</div><div>${owner}</div>
  <div class="k">Property address</div><div>${prop_street}, ${prop_town}</div>
  <div class="k">${work_label}</div><div>${work_dates}</div>
  <div class="k">Areas remediated</div><div>${areas}</div>
  <div class="k">Clearance assessment</div><div>${assessor}, ${assessor_firm} &mdash; ${clear_label} ${clear_date}</div>
  <div class="k">Supervisor on site</div><div>${super} &middot; IICRC Reg. #${reg} &middot; ${cert}</div>
  <div class="k">Job / claim no.</div><div>${job}</div>
 </div>
 <div class="pc"><div class="pt">${proc_head}</div><div class="pl">${procs_html}</div></div>
 <div class="rec"><b>${rec_label}</b> ${rec}</div>
 <div class="sg">
  <div><div class="h">${super}</div>${super}, ${super_role}<br>${company_short}</div>
  <div><div class="h">${owner_sig}</div>${owner}<br>Property owner &middot; ${sign_date}</div>
 </div>
 <div class="fine">${fine}</div>
</div>
"""


def fill(d):
    from datetime import timedelta

    from corpus import formats as F

    company, short = d.pick(
        [
            ("Northgate Mold & Water Remediation, LLC", "Northgate Mold & Water"),
            ("ClearAir Environmental Restoration", "ClearAir Environmental"),
            ("Pinecrest Restoration Services, Inc.", "Pinecrest Restoration"),
            ("Tri-County Fire, Water & Mold", "Tri-County Fire, Water & Mold"),
            ("BlueLine Remediation Group", "BlueLine Remediation"),
        ]
    )
    assessor_firm = d.pick(
        [
            "Cardinal Indoor Air Consultants",
            "Meridian Environmental Testing",
            "Oakridge Industrial Hygiene, PLLC",
        ]
    )
    street, town = d.address()
    prop_street, prop_town = d.address()
    end = d.completed
    start = end - timedelta(days=d.pick([2, 3, 4, 6]))
    owner = d.person()
    cleared = end + timedelta(days=d.rng.randint(2, 18))
    signed = cleared + timedelta(days=d.rng.randint(0, 6))
    procs = [
        "Critical containment erected",
        "Negative air with HEPA filtration",
        "Porous materials removed and bagged",
        "HEPA vacuum and damp wipe of surfaces",
        "Wire brushing / sanding of framing",
        "Antimicrobial applied per label",
        "Moisture readings at dry standard",
        "Clearance sampling before teardown",
    ]
    picked = d.rng.sample(procs, d.pick([6, 8]))
    owner_parts = owner.split()
    return {
        "paper": d.pick(["#fff", "#fbf8ef", "#f7f7f2"]),
        "ink": d.pick(["#1f3a5f", "#2d4a22", "#5a1e1e", "#333"]),
        "handf": d.fonts["hand"].replace(", cursive", ", 'Dancing Script', cursive"),
        "company": company,
        "company_short": short,
        "street": street,
        "town": town,
        "phone": d.phone(),
        "lic_label": d.pick(
            ["Mold Remediation Contractor Lic.", "State License No.", "MRC Lic. #"]
        ),
        "lic": f"{d.pick(['MRC', 'MRSR', 'RC'])}{d.rng.randrange(1000, 9999)}",
        "heading": d.pick(
            ["Certificate of Mold Remediation", "Mold Remediation Certificate of Completion"]
        ),
        "lead": d.pick(
            [
                "This certifies that mold remediation was performed at the property below under a "
                "written remediation protocol and in accordance with the ANSI/IICRC S520 Standard, "
                "and that the underlying cause of the mold was addressed.",
                "The undersigned contractor certifies that the remediation work described here has "
                "been completed, that containment was removed only after clearance, and that the "
                "source of moisture was corrected.",
            ]
        ),
        "owner": owner,
        "owner_sig": f"{owner_parts[0][0]}. {owner_parts[-1]}",
        "prop_street": prop_street,
        "prop_town": prop_town,
        "work_label": d.pick(["Dates of work", "Work performed", "Project dates"]),
        "work_dates": F.fmt_range(start, end, d.rng),
        "areas": d.pick(
            [
                "Basement finished room, laundry, wall cavities (approx. 140 sq ft)",
                "Attic sheathing over primary bedroom; bathroom subfloor",
                "Crawlspace joists and kitchen sink base cabinet",
                "Garage drywall, utility closet and HVAC return plenum",
            ]
        ),
        "assessor": d.person(),
        "assessor_firm": assessor_firm,
        "clear_label": d.pick(["passed", "clearance date", "sampled"]),
        "clear_date": F.fmt_date(cleared, d.pick(["long", "us_numeric", "short_month"])),
        "super": d.person(),
        "reg": f"{d.rng.randrange(100000, 999999)}",
        "cert": d.pick(["AMRT, WRT", "AMRT", "WRT, ASD, AMRT"]),
        "super_role": d.pick(["Project Supervisor", "Remediation Manager", "Owner"]),
        "job": d.number(d.pick(["JOB-", "CLM ", ""])),
        "sign_date": F.fmt_date(signed, "us_numeric"),
        "proc_head": d.pick(["Procedures completed", "Scope of work performed", "Work performed"]),
        "procs_html": "".join(f"<div><span>&#10003;</span>{p}</div>" for p in picked),
        "rec_label": d.pick(["Recommendations:", "Owner notes:"]),
        "rec": d.pick(
            [
                "Keep indoor relative humidity below 50%; have gutters and the downspout extension checked.",
                "Repair of drywall and finishes is not included and may proceed now that clearance is passed.",
                "Monitor the repaired supply line; call us if odour or staining returns.",
            ]
        ),
        "fine": d.pick(
            [
                "This certificate covers only the areas listed and the conditions observed at clearance. "
                "It is not a warranty against future mold growth if moisture returns. Keep with property records.",
                "Issued to the property owner for disclosure, insurance and resale purposes. Laboratory "
                "results are attached to the clearance report and are not reproduced here.",
            ]
        ),
    }
