"""Not a training record: a surety company's certificate of a contractor's
licence bond (or its yearly continuation certificate), the paper a
restoration company files with a licensing board, portrait. A fine
guilloche band frames the page like a stock certificate; the surety's
mark and name at the top left and "Bond No." in a box at the right; a big
serif heading in capitals; a sentence that the company as principal and
the surety are held and firmly bound to the state board as obligee in a
penal sum written in words and figures; a ruled grid of labelled values
(principal, the company's qualifying individual, licence number,
obligee, bond type, penal sum, effective and expiry dates); a paragraph
of conditions; "Signed, sealed and dated"; the attorney-in-fact's
signature beside an embossed corporate seal; a countersigning agent; and
small print. It names a company, people, an agency, dollar amounts,
numbers and dates, and records no course, no completion and no credit."""

SOURCE = (
    "luffy10001/cbfsu:resources/views/bonds/attorney_pdf.blade.php (a surety's bond paper: "
    "'Bond No:' at the top right, the surety's logo, the attorney-in-fact signing under the "
    "corporate seal) and karla10calderon/BeeInsured:DR/blog/know-surety-bond.php (the "
    "contractor's license bond: principal, obligee and surety, the bond amount set by the "
    "licensing board)"
)
KIND = "other"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "other",
    "portrait",
    "guilloche",
    "labelled",
    "table",
    "sentence",
    "seal",
    "tiny-footer",
    "distractor-person",
    "distractor-date",
)

TEMPLATE = """<style>
.pg { position:absolute; inset:0; background:#fff }
.gl { position:absolute; inset:26px;
  background: repeating-radial-gradient(ellipse at 50% 0, transparent 0 3px, ${g1} 3px 4px),
              repeating-radial-gradient(ellipse at 50% 100%, transparent 0 3px, ${g2} 3px 4px) }
.in { position:absolute; inset:44px; background:${paper}; border:2px solid ${ink} }
.w { position:absolute; left:72px; right:72px; top:66px; bottom:62px; font: 14.5px ${body}; color:#1b1b1b; line-height:22px }
.hd { display:flex; justify-content:space-between; align-items:flex-start }
.sr { display:flex; align-items:center; gap:10px }
.sr .mk { width:46px; height:46px; border:3px double ${ink}; color:${ink}; font: bold 16px ${head}; display:flex; align-items:center; justify-content:center; transform:rotate(45deg) }
.sr .mk span { transform:rotate(-45deg) }
.sr .o { font: bold 16px ${head}; color:${ink}; line-height:19px } .sr .o small { display:block; font: 11px ${sans}; color:#555; font-weight:normal }
.bn { border:1.5px solid ${ink}; padding:5px 12px; font: 12px ${mono}; text-align:right; line-height:17px; background:#fff }
.bn b { font: bold 10.5px ${sans}; letter-spacing:1px; color:${ink} }
h1 { text-align:center; margin:24px 0 4px; font: bold ${h1_px}px ${head}; letter-spacing:${h1_ls}px; color:${ink}; text-transform:uppercase }
.st { text-align:center; font: italic 13px ${body}; color:#555 }
.p { margin-top:14px; text-align:justify }
table { width:100%; border-collapse:collapse; margin-top:16px; font-size:14px; background:#fff }
td { border:1px solid #999; padding:6px 9px; vertical-align:top; line-height:18px }
td.k { width:30%; font: bold 10.5px ${sans}; color:#333; letter-spacing:.4px; text-transform:uppercase; background:${light} }
.ft { display:flex; justify-content:space-between; align-items:flex-end; margin-top:18px }
.seal { width:112px; height:112px; border-radius:50%; border:2px dashed #9a9a9a; color:#9a9a9a; display:flex; align-items:center; justify-content:center;
  text-align:center; font: bold 9.5px ${sans}; letter-spacing:1px; line-height:13px; box-shadow: inset 0 0 0 8px ${paper}, inset 0 0 0 9px #b5b5b5 }
.sg { width:250px; font: 12px ${sans}; line-height:16px }
.sg .h { font: ${sig_px}px ${hand}; color:#1d2f6a; line-height:34px; white-space:nowrap }
.sg .l { border-top:1px solid #222; padding-top:3px }
.fine { position:absolute; left:0; right:0; bottom:0; font: 9.5px ${sans}; color:#555; line-height:13px; text-align:justify }
</style>
<div class="pg"></div><div class="gl"></div><div class="in"></div>
<div class="w">
 <div class="hd">
  <div class="sr"><div class="mk"><span>${initials}</span></div><div class="o">${surety}<small>${surety_sub}</small></div></div>
  <div class="bn"><b>BOND NO.</b><br>${bond_no}<br><b>${kind_label}</b></div>
 </div>
 <h1>${heading}</h1>
 <div class="st">${subtitle}</div>
 <div class="p">${p1}</div>
 <table>${rows_html}</table>
 <div class="p">${p2}</div>
 <div class="p">${signed}</div>
 <div class="ft">
  <div class="seal">${seal_html}</div>
  <div class="sg"><div class="h">${aif}</div><div class="l">${aif}, Attorney-in-Fact<br>${surety}</div></div>
 </div>
 <div class="sg" style="margin-top:10px"><div class="l" style="border:none">${counter}</div></div>
 <div class="fine">${fine}</div>
</div>
"""

SURETIES = [
    ("Granite Mutual Surety Company", "A.M. Best rated A-"),
    ("Old Harbor Casualty & Surety", "Treasury-listed surety"),
    ("Western Bonding & Indemnity Co.", "Licensed in all 50 states"),
    ("Liberty Crest Insurance Company", "Surety Division"),
]
COMPANIES = [
    "Rapid Dry Restoration LLC",
    "Apex Water & Fire Inc.",
    "Summit Peak Restoration",
    "Blue River Cleaning & Restoration",
    "Cornerstone Disaster Services",
    "Northstar Fire & Flood",
]
BOARDS = [
    "Contractors State License Board",
    "State Board of Residential Contractors",
    "Department of Labor and Industries",
    "Board of Mold Remediation Licensing",
]
AMOUNTS = [
    ("Ten Thousand", 10000),
    ("Fifteen Thousand", 15000),
    ("Twenty-Five Thousand", 25000),
    ("Five Thousand", 5000),
]


def fill(d):
    import html
    from datetime import timedelta

    from corpus import formats as F

    r = d.rng
    e = html.escape
    surety, surety_sub = d.pick(SURETIES)
    initials = "".join(w[0] for w in surety.split() if w[0].isupper())[:2]
    company = d.pick(COMPANIES)
    qualifier = d.person()
    board = d.pick(BOARDS)
    words, amount = d.pick(AMOUNTS)
    effective = d.completed
    expires = effective + timedelta(days=d.pick([364, 365, 729, 730]))
    fmt = d.pick(["long", "us_numeric", "short_month"])
    continuation = d.chance(0.4)
    licence = d.pick(
        [
            f"{r.randint(100000, 999999)}",
            f"RC-{r.randint(10000, 99999)}",
            f"CB{r.randint(1000000, 9999999)}",
        ]
    )
    rows = [
        ("Principal", company),
        ("Qualifying individual", qualifier),
        ("Contractor license no.", licence),
        ("Obligee", f"{board}"),
        (
            "Bond type",
            d.pick(["Contractor License Bond", "License & Permit Bond", "Mold Remediator Bond"]),
        ),
        ("Penal sum", f"${amount:,}.00"),
        ("Effective date", F.fmt_date(effective, fmt)),
        (
            "Expiration date",
            F.fmt_date(expires, fmt) if d.chance(0.7) else "Continuous until cancelled",
        ),
    ]
    rows_html = "".join(f'<tr><td class="k">{e(k)}</td><td>{e(v)}</td></tr>' for k, v in rows)
    p1 = (
        f"KNOW ALL BY THESE PRESENTS, that we, {company}, as Principal, and {surety}, a "
        f"corporation authorized to act as surety, are held and firmly bound unto the {board}, "
        f"as Obligee, in the penal sum of {words} Dollars (${amount:,}.00), for the payment of "
        "which we bind ourselves, our successors and assigns, jointly and severally."
    )
    if continuation:
        p1 = (
            f"The Surety hereby continues in force Bond No. shown above, issued on behalf of "
            f"{company} as Principal in favour of the {board} as Obligee, in the penal sum of "
            f"{words} Dollars (${amount:,}.00), for the further term shown below, subject to all "
            "covenants and conditions of the original bond."
        )
    p2 = d.pick(
        [
            "THE CONDITION of this obligation is such that if the Principal shall comply with the "
            "licensing law and the rules of the Obligee and pay all persons damaged by a violation "
            "thereof, this obligation shall be void; otherwise it shall remain in full force.",
            "The aggregate liability of the Surety shall not exceed the penal sum regardless of "
            "the number of years this bond remains in force or the number of claims made.",
        ]
    )
    aif = d.person()
    sig_px = min(28, int(2 * 250 / len(aif)))
    signed_day = effective - timedelta(days=r.randint(1, 20))
    return {
        "paper": d.pick(["#fbfbf6", "#f7f9fb", "#fcf9f2"]),
        "ink": d.pick(["#1f3a5f", "#0b3d2e", "#3d2b1f", "#123c69"]),
        "g1": d.pick(["#1f3a5f30", "#0b3d2e30", "#6a4c9330"]),
        "g2": d.pick(["#2d6a4f30", "#b8860b40", "#1e609130"]),
        "body": d.fonts[d.pick(["serif", "serif", "sans"])],
        "head": d.fonts[d.pick(["serif", "display"])],
        "initials": initials,
        "surety": surety,
        "surety_sub": surety_sub,
        "bond_no": d.number(d.pick(["", "SB-", "LIC"])),
        "kind_label": d.pick(["LICENSE BOND", "CONTINUATION", "ORIGINAL"])
        if not continuation
        else "CONTINUATION",
        "heading": "Continuation Certificate"
        if continuation
        else d.pick(["Certificate of Bonding", "Contractor's License Bond"]),
        "h1_px": d.pick([26, 30]),
        "h1_ls": d.pick([1, 2, 3]),
        "subtitle": d.pick(
            [
                "This certificate does not amend, extend or alter the coverage of the bond.",
                f"Filed with the {board}",
                "Original — file with the Obligee",
            ]
        ),
        "p1": p1,
        "rows_html": rows_html,
        "p2": p2,
        "signed": f"Signed, sealed and dated {F.fmt_date(signed_day, d.pick(['long', 'words', 'ordinal']))}.",
        "seal_html": f"CORPORATE<br>SEAL<br>{e(initials)}<br>{d.pick(['1931', '1948', '1972', '1986'])}",
        "aif": aif,
        "sig_px": sig_px,
        "counter": f"Countersigned: {d.person()}, {d.pick(['Licensed Resident Agent', 'Producer', 'Agent'])}"
        f" · Agency lic. {r.randint(100000, 999999)}",
        "fine": d.pick(
            [
                "This bond is not insurance for the Principal and does not cover the Principal's own "
                "losses. Verify the authenticity of this bond with the Surety's bond verification line. "
                "Any person who knowingly presents a false or fraudulent bond may be guilty of a crime.",
                "Bond premium is fully earned upon issuance. Cancellation requires thirty (30) days' "
                "written notice to the Obligee. Power of attorney attached; not valid without the "
                "Surety's raised seal.",
            ]
        ),
    }
