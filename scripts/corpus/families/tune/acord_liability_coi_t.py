"""Not a certificate of training: a contractor's certificate of liability
insurance in the ACORD 25 layout, the paper a restoration company sends a
property manager or carrier before a job. "CERTIFICATE OF LIABILITY
INSURANCE" and the date at the top, the small-print disclaimer, boxed
producer and insured blocks (an agent's contact name), insurers A to D with
NAIC numbers, the coverage grid (type, policy number, effective and
expiration dates, limits), a description-of-operations box, the certificate
holder and the authorized representative's signature. It says
"certificate" and prints names and dates, but certifies insurance."""

SOURCE = (
    "xeeshan-supersoft/insurance-main:resources/views/agent/form_pdf4.blade.php (certificate disclaimer "
    "boxes, producer block, coverage table) and mvs-customerobsessed/gail-dashboard:"
    "public/reference-docs/acord-forms/ACORD_25/overview.md (producer, insured, insurers affording "
    "coverage with NAIC, coverages grid, description of operations, certificate holder, cancellation)"
)
KIND = "other"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "other",
    "table",
    "labelled",
    "portrait",
    "distractor-person",
    "distractor-date",
    "distractor-org",
    "tiny-footer",
)

TEMPLATE = """<style>
.w { position:absolute; inset:34px 38px; font: 9.5px ${sans}; color:#000 }
.hd { display:flex; align-items:center; border:1.5px solid #000; border-bottom:none }
.hd .lg { width:120px; padding:10px 8px; font: bold italic 22px ${sans}; color:${acord} }
.hd .t { flex:1; text-align:center; font: bold 16px ${sans} }
.hd .dt { width:130px; border-left:1.5px solid #000; padding:3px 6px; font-size:8px; font-weight:bold }
.hd .dt div { font: 12px ${mono}; font-weight:normal; margin-top:4px }
.bx { border:1.5px solid #000; padding:6px 7px; font-size:8.5px; line-height:11.5px; font-weight:bold }
.two { display:flex; border:1.5px solid #000; border-top:none }
.two > div { flex:1; padding:5px 7px; min-height:96px } .two > div + div { border-left:1.5px solid #000 }
.lab { font-size:7.5px; font-weight:bold; letter-spacing:.3px }
.val { font-size:10.5px; line-height:13.5px; margin-top:2px }
.ins td { font-size:10px; padding:3px 4px; border:none } .ins td.n { font-family:${mono}; text-align:right }
table.cov { width:100%; border-collapse:collapse; border:1.5px solid #000; border-top:none }
.cov th { font-size:7.5px; border:1px solid #000; padding:2px 3px; background:#f2f2f2; text-align:center }
.cov td { font-size:9.5px; border:1px solid #000; padding:7px 4px; vertical-align:top; line-height:12px }
.cov td.m { font-family:${mono}; font-size:9.5px; text-align:center }
.cov td.lim { font-size:8.5px } .cov td.lim span { float:right; font-family:${mono} }
.desc { border:1.5px solid #000; border-top:none; padding:4px 6px; min-height:120px }
.desc .val { font-size:9.5px }
.hold { display:flex; border:1.5px solid #000; border-top:none }
.hold > div { flex:1; padding:5px 7px; min-height:150px } .hold > div + div { border-left:1.5px solid #000; font-size:8px; line-height:10.5px }
.sig { font: 19px ${script}; margin-top:6px }
.ft { display:flex; justify-content:space-between; margin-top:4px; font-size:8px }
</style>
<div class="w">
 <div class="hd"><div class="lg">ACORD<sup style="font-size:9px">®</sup></div><div class="t">CERTIFICATE OF LIABILITY INSURANCE</div><div class="dt">DATE (MM/DD/YYYY)<div>${cert_date}</div></div></div>
 <div class="bx">THIS CERTIFICATE IS ISSUED AS A MATTER OF INFORMATION ONLY AND CONFERS NO RIGHTS UPON THE CERTIFICATE HOLDER. THIS CERTIFICATE DOES NOT AFFIRMATIVELY OR NEGATIVELY AMEND, EXTEND OR ALTER THE COVERAGE AFFORDED BY THE POLICIES BELOW. IT DOES NOT CONSTITUTE A CONTRACT BETWEEN THE ISSUING INSURER(S), AUTHORIZED REPRESENTATIVE OR PRODUCER, AND THE CERTIFICATE HOLDER.</div>
 <div class="bx" style="border-top:none">IMPORTANT: If the certificate holder is an ADDITIONAL INSURED, the policy(ies) must have ADDITIONAL INSURED provisions or be endorsed. If SUBROGATION IS WAIVED, subject to the terms and conditions of the policy, certain policies may require an endorsement.</div>
 <div class="two">
  <div><div class="lab">PRODUCER</div><div class="val">${agency}<br>${agency_street}<br>${agency_city}</div></div>
  <div><div class="lab">CONTACT NAME</div><div class="val">${agent}</div><div class="lab" style="margin-top:3px">PHONE / E-MAIL</div><div class="val">${agent_phone} · ${agent_mail}</div></div>
 </div>
 <div class="two">
  <div><div class="lab">INSURED</div><div class="val"><b>${insured}</b><br>${ins_street}<br>${ins_city}</div></div>
  <div><div class="lab">INSURER(S) AFFORDING COVERAGE &nbsp;&nbsp;&nbsp;&nbsp; NAIC #</div><table class="ins">${insurers_html}</table></div>
 </div>
 <table class="cov">
  <tr><th>INSR LTR</th><th>TYPE OF INSURANCE</th><th>POLICY NUMBER</th><th>POLICY EFF<br>(MM/DD/YYYY)</th><th>POLICY EXP<br>(MM/DD/YYYY)</th><th>LIMITS</th></tr>
  ${coverage_html}
 </table>
 <div class="desc"><div class="lab">DESCRIPTION OF OPERATIONS / LOCATIONS / VEHICLES</div><div class="val">${ops}</div></div>
 <div class="hold">
  <div><div class="lab">CERTIFICATE HOLDER</div><div class="val">${holder}<br>${holder_street}<br>${holder_city}</div></div>
  <div><b>CANCELLATION</b><br>SHOULD ANY OF THE ABOVE DESCRIBED POLICIES BE CANCELLED BEFORE THE EXPIRATION DATE THEREOF, NOTICE WILL BE DELIVERED IN ACCORDANCE WITH THE POLICY PROVISIONS.<br><br>AUTHORIZED REPRESENTATIVE<div class="sig">${rep}</div></div>
 </div>
 <div class="ft"><span>ACORD 25 (2016/03)</span><span>© 1988-2015 ACORD CORPORATION. All rights reserved.</span></div>
</div>
"""

INSURERS = [
    ("Westfield Mutual Insurance Co.", "24112"),
    ("Harborline Specialty Insurance Co.", "10172"),
    ("Great Plains Casualty Company", "31470"),
    ("Northfield Indemnity Corp.", "27987"),
    ("Summit Workers Comp Fund", "13410"),
]
INSURED = [
    "Rapid Dry Restoration LLC",
    "Apex Water & Fire, Inc.",
    "Clearwater Cleaning Co.",
    "Summit Peak Restoration",
    "Tri-County Disaster Recovery",
]
HOLDERS = [
    "Lakeview Towers Condominium Assn.",
    "Parkside Property Management",
    "Meridian Claims Network",
    "Oak Hollow HOA",
]


def fill(d):
    from datetime import timedelta

    from corpus.formats import fmt_date

    r = d.rng
    eff = d.completed - timedelta(days=r.randint(30, 300))
    exp = eff + timedelta(days=365)
    ins = r.sample(INSURERS, 4)
    insurers_html = "".join(
        f"<tr><td>INSURER {'ABCD'[i]}:</td><td>{n}</td><td class='n'>{c}</td></tr>"
        for i, (n, c) in enumerate(ins)
    )

    def pol(p):
        return f"{p}{r.randrange(10**6, 10**7)}"

    rows = [
        (
            "A",
            "COMMERCIAL GENERAL LIABILITY<br>☒ OCCURRENCE &nbsp; ☐ CLAIMS-MADE<br>☒ Contractors Pollution",
            pol("CGL"),
            "EACH OCCURRENCE <span>$1,000,000</span><br>GENERAL AGGREGATE <span>$2,000,000</span><br>PRODUCTS-COMP/OP AGG <span>$2,000,000</span>",
        ),
        (
            "A",
            "AUTOMOBILE LIABILITY<br>☒ ANY AUTO",
            pol("BA"),
            "COMBINED SINGLE LIMIT <span>$1,000,000</span>",
        ),
        (
            "B",
            "UMBRELLA LIAB ☒ OCCUR",
            pol("UMB"),
            "EACH OCCURRENCE <span>$2,000,000</span><br>AGGREGATE <span>$2,000,000</span>",
        ),
        (
            "C",
            "WORKERS COMPENSATION AND EMPLOYERS' LIABILITY",
            pol("WC"),
            "E.L. EACH ACCIDENT <span>$500,000</span><br>E.L. DISEASE - EA EMPLOYEE <span>$500,000</span>",
        ),
        (
            "D",
            "CONTRACTORS POLLUTION LIABILITY<br>Mold / microbial sublimit",
            pol("CPL"),
            "EACH CONDITION <span>$1,000,000</span><br>MOLD SUBLIMIT <span>$250,000</span>",
        ),
    ]
    e, x = fmt_date(eff, "us_numeric"), fmt_date(exp, "us_numeric")
    coverage_html = "".join(
        f"<tr><td class='m'>{ltr}</td><td>{t}</td><td class='m'>{p}</td><td class='m'>{e}</td><td class='m'>{x}</td><td class='lim'>{lim}</td></tr>"
        for ltr, t, p, lim in rows
    )
    a_street, a_city = d.address()
    i_street, i_city = d.address()
    h_street, h_city = d.address()
    holder = d.pick(HOLDERS)
    agent = d.person()
    return {
        "acord": d.pick(["#1d4f91", "#0b3d91", "#222"]),
        "cert_date": d.other_date("issue", "us_numeric"),
        "agency": d.pick(
            [
                "Brightwater Insurance Agency",
                "Keller & Rowe Insurance",
                "Cornerstone Risk Partners",
                "Pinnacle Insurance Group",
            ]
        ),
        "agency_street": a_street,
        "agency_city": a_city,
        "agent": agent,
        "agent_phone": d.phone(),
        "agent_mail": f"{agent.split()[0].lower()}@{d.pick(['bwins', 'kellerrowe', 'cornerstonerisk'])}.com",
        "insured": d.pick(INSURED),
        "ins_street": i_street,
        "ins_city": i_city,
        "insurers_html": insurers_html,
        "coverage_html": coverage_html,
        "ops": d.pick(
            [
                f"Water, fire and mold remediation services. {holder} is included as additional insured "
                "with respect to general liability per written contract. Waiver of subrogation applies.",
                f"Re: mitigation work at {holder}. Certificate holder is additional insured per form CG 20 10. "
                "Primary and non-contributory where required by written contract.",
            ]
        ),
        "holder": holder,
        "holder_street": h_street,
        "holder_city": h_city,
        "rep": d.person(),
    }
