"""Not a certificate of training: a certificate of liability insurance an
agency issues so a training school may hold a class at a hotel or
convention venue. The agency's name and a big heading, an information-only
notice, white-on-dark section bars (agency, named insured, insurers with
their NAIC codes, coverages, description of operations, certificate holder,
cancellation), a coverage table with policy numbers, effective and expiry
dates and limits, a description naming the class, the venue and the days it
runs, and an authorised representative's signature. It names a school, a
course, people and many dates; it records no one's training."""

SOURCE = (
    "xeeshan-supersoft/insurance-main:resources/views/agent/form_pdf4.blade.php (information-"
    "only notice, producer / insured / insurer cells) and mvs-customerobsessed/gail-dashboard:"
    "public/reference-docs/acord-forms/ACORD_25/overview.md (sections of a liability "
    "certificate)"
)
KIND = "other"
PAPER = ["letter-portrait"]
CATEGORIES = (
    "other",
    "table",
    "labelled",
    "portrait",
    "dark-band",
    "date-range",
    "distractor-person",
    "distractor-date",
)

TEMPLATE = """<style>
.w { position:absolute; inset:36px 44px 30px; font: 12px ${sans}; color:#111 }
.hd { display:flex; justify-content:space-between; align-items:flex-end }
.ag { font: bold 15px ${serif}; color:${dark} } .ag span { display:block; font: 10.5px ${sans}; color:#444; font-weight:normal; line-height:14px }
h1 { margin:0; font: bold 22px ${display}; letter-spacing:1px; text-align:right; color:#111 }
.iss { text-align:right; font-size:10.5px }
.nt { margin-top:8px; border:1px solid #333; padding:5px 7px; font-size:9px; line-height:12px; text-align:justify }
.bar { margin-top:14px; background:${dark}; color:#fff; font: bold 10px ${sans}; letter-spacing:1.5px; text-transform:uppercase; padding:3px 7px }
.g2 { display:grid; grid-template-columns:1fr 1fr; border:1px solid #333; border-top:0 }
.g2 > div { padding:5px 7px 10px; line-height:17px } .g2 > div + div { border-left:1px solid #333 }
.g2 b { font-size:9px; color:#444; letter-spacing:.5px; text-transform:uppercase; font-weight:normal; display:block }
table { width:100%; border-collapse:collapse; font-size:11.5px }
th { font: bold 9px ${sans}; text-transform:uppercase; border:1px solid #333; padding:3px 4px; background:#efefef; text-align:left }
td { border:1px solid #333; padding:6px 5px; vertical-align:top; line-height:15px }
td.l { white-space:nowrap }
.ds { border:1px solid #333; border-top:0; padding:8px 9px; font-size:12.5px; line-height:18px; min-height:70px }
.sg { font: 22px ${hand}; color:#1d2f6b; height:26px; white-space:nowrap }
.ft { position:absolute; left:0; right:0; bottom:0; display:flex; justify-content:space-between; font-size:9px; color:#555 }
</style>
<div class="w">
 <div class="hd">
  <div class="ag">${agency}<span>${a_street}<br>${a_town} · ${a_phone}</span></div>
  <div><h1>${heading}</h1><div class="iss">Date issued: ${issued} &nbsp; Certificate no. ${cert_no}</div></div>
 </div>
 <div class="nt">${notice}</div>
 <div class="g2">
  <div><div class="bar" style="margin:-5px -7px 4px">Producer</div>${agency}<br>Contact: ${agent}<br>${a_phone}</div>
  <div><div class="bar" style="margin:-5px -7px 4px">Insurers affording coverage</div>${insurers_html}</div>
 </div>
 <div class="bar">Named insured</div>
 <div class="ds">${insured}<br>${i_street}<br>${i_town}</div>
 <div class="bar">Coverages</div>
 <table>
  <tr><th>Ltr</th><th>Type of insurance</th><th>Policy number</th><th>Policy eff.</th><th>Policy exp.</th><th>Limits</th></tr>
  ${cov_html}
 </table>
 <div class="bar">Description of operations / locations / events</div>
 <div class="ds">${description}</div>
 <div class="g2" style="border-top:0">
  <div><div class="bar" style="margin:-5px -7px 4px">Certificate holder</div>${holder}<br>${holder_attn}<br>${h_town}</div>
  <div><div class="bar" style="margin:-5px -7px 4px">Cancellation</div><span style="font-size:9.5px">${cancel}</span>
   <div style="margin-top:6px">Authorized representative</div><div class="sg">${rep}</div></div>
 </div>
 <div class="ft"><span>${form_line}</span><span>Page 1 of 1</span></div>
</div>
"""

AGENCIES = [
    "Harborline Insurance Agency",
    "Mercer Brothers Insurance Services",
    "Tri-State Commercial Brokers",
    "Redwood Risk Partners",
    "Plainsview Insurance Group",
]
INSURERS = [
    "Great Midland Casualty Co.",
    "Liberty Harbor Insurance Co.",
    "Northfield Indemnity Company",
    "Sentinel Mutual Fire & Casualty",
    "Amerigard Workers' Comp Insurance",
]


def fill(d):
    from datetime import date, timedelta

    from corpus import values as V
    from corpus.formats import fmt_date, fmt_range

    r = d.rng
    insured, _ = d.pick(V.SCHOOLS)
    course, code = d.pick(V.IICRC_COURSES)
    style = d.pick(["us_numeric", "us_numeric", "us_short", "iso"])
    class_end = d.completed + timedelta(days=r.randrange(15, 60))
    days = d.pick([2, 3])
    class_start = class_end - timedelta(days=days - 1)
    eff = date(class_end.year - (1 if class_end.month < 4 else 0), d.pick([1, 4, 7]), 1)
    exp = date(eff.year + 1, eff.month, 1)
    insurers = r.sample(INSURERS, 3)
    ins_html = "<br>".join(
        f"{'ABC'[i]}: {n} &nbsp;NAIC {r.randrange(10000, 43000)}" for i, n in enumerate(insurers)
    )
    covs = [
        (
            "A",
            "GL",
            "Commercial general liability — occurrence",
            f"Each occurrence $1,000,000<br>Gen. aggregate ${d.pick(['2,000,000', '3,000,000'])}",
        ),
        ("A", "PL", "Professional liability (E&O)", "Each claim $1,000,000"),
        ("B", "CA", "Automobile liability — any auto", "Combined single limit $1,000,000"),
        ("C", "WC", "Workers compensation & employers' liability", "E.L. each accident $500,000"),
    ]
    if d.chance(0.4):
        covs.pop(1)
    cov_rows = "".join(
        f"<tr><td>{ltr}</td><td>{kind}</td><td class='l'>{pre}"
        f"{r.randrange(1000000, 9999999)}</td><td class='l'>{fmt_date(eff, style)}</td>"
        f"<td class='l'>{fmt_date(exp, style)}</td><td>{lim}</td></tr>"
        for ltr, pre, kind, lim in covs
    )
    venue = d.venue()
    a_street, a_town = d.address()
    i_street, i_town = d.address()
    description = d.pick(
        [
            f"Re: {code} — {course} class conducted by the named insured at {venue}, "
            f"{fmt_range(class_start, class_end, r)}. The certificate holder is included as "
            "additional insured on the general liability policy where required by written "
            "contract.",
            f"Training event: {course} ({days} days, {fmt_range(class_start, class_end, r)}) "
            f"held in the meeting rooms of {venue}. Certificate holder is additional insured "
            "with respect to the insured's operations at the premises.",
        ]
    )
    return {
        "agency": d.pick(AGENCIES),
        "a_street": a_street,
        "a_town": a_town,
        "a_phone": d.phone(),
        "heading": d.pick(["CERTIFICATE OF LIABILITY INSURANCE", "CERTIFICATE OF INSURANCE"]),
        "issued": d.other_date("registered", style),
        "cert_no": d.number(),
        "notice": "This certificate is issued as a matter of information only and confers no "
        "rights upon the certificate holder. It does not amend, extend or alter the coverage "
        "afforded by the policies below, and it is not a contract between the issuing insurers, "
        "the authorized representative or producer, and the certificate holder.",
        "agent": d.person(),
        "insurers_html": ins_html,
        "insured": insured,
        "i_street": i_street,
        "i_town": i_town,
        "cov_html": cov_rows,
        "description": description,
        "holder": venue,
        "holder_attn": f"Attn: {d.person()}, {d.pick(['Catering Sales', 'Event Services', 'Risk Management'])}",
        "h_town": d.city(),
        "cancel": "Should any of the above policies be cancelled before the expiration date, "
        "notice will be delivered in accordance with the policy provisions.",
        "rep": d.person(),
        "form_line": d.pick(["Agency form COI-1 (rev. 01/20)", "Issued electronically"]),
    }
