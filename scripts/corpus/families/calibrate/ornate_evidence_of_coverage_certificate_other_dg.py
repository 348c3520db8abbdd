"""Not a training certificate: a framed "Certificate of Insurance" issued
under an association's contractor insurance program (landscape). Guilloche
border, an insurer seal, the insured firm and its principal named in a
sentence, the policy period and limits in a small grid, a condition that a
named technician keep an IICRC certification current, and two signatures.
It looks like an award but certifies coverage."""

SOURCE = (
    "wording: trade-association contractor insurance programs that mail members a framed "
    "evidence-of-coverage certificate (insured, policy period, limits, program conditions)"
)
KIND = "other"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "other",
    "ornate",
    "landscape",
    "sentence",
    "seal",
    "distractor-person",
    "distractor-date",
    "watermark",
)

TEMPLATE = """<style>
.g { position:absolute; inset:18px; border:14px solid transparent;
  border-image: repeating-linear-gradient(45deg, ${dark} 0 3px, ${light} 3px 6px, ${accent} 6px 8px, ${light} 8px 11px) 14; }
.g2 { position:absolute; inset:40px; border:1.5px solid ${dark} }
.wm { position:absolute; left:50%; top:52%; transform:translate(-50%,-50%) rotate(-18deg); font: bold 120px ${display}; color:${dark}; opacity:.05; letter-spacing:10px }
.in { position:absolute; inset:58px 80px; text-align:center; font-family:${serif}; color:#222 }
.ins { font: bold 13px ${sans}; letter-spacing:4px; color:${dark}; text-transform:uppercase }
h1 { font: 46px ${display}; margin:26px 0 0; color:${dark}; letter-spacing:1px }
.pg { font: italic 14px ${serif}; color:#555; margin-top:2px }
.s { margin:40px auto 0; max-width:780px; font-size:18px; line-height:30px }
.s b { font-size:19px }
table { margin:34px auto 0; border-collapse:collapse; font: 12.5px ${sans} }
td { border:1px solid #aaa; padding:7px 12px; text-align:left } td.k { background:${light}; color:#555; font-size:11px; text-transform:uppercase; letter-spacing:.4px }
.cond { margin:30px auto 0; max-width:760px; font: 13.5px ${serif}; line-height:20px; color:#333 }
.sig { position:absolute; left:0; right:0; bottom:0; display:flex; justify-content:space-between; align-items:flex-end }
.sig .p { width:240px; font: 11.5px ${sans}; color:#444 } .sig .h { font: 24px ${hand}; color:#1e2e6a; border-bottom:1px solid #555; line-height:32px }
.seal { width:96px; height:96px; border-radius:50%; border:3px solid ${accent}; box-shadow: 0 0 0 4px ${light}, 0 0 0 6px ${accent};
  display:flex; align-items:center; justify-content:center; text-align:center; font: bold 9px ${sans}; color:${accent}; letter-spacing:1px; line-height:12px }
.no { position:absolute; right:56px; top:50px; font: 9.5px ${mono}; color:#666 }
</style>
<div class="g"></div><div class="g2"></div><div class="wm">INSURED</div>
<div class="in">
 <div class="ins">${insurer}</div>
 <h1>Certificate of Insurance</h1>
 <div class="pg">${program}</div>
 <div class="s">${sentence_html}</div>
 <table><tr><td class="k">Policy number</td><td>${policy}</td><td class="k">Policy period</td><td>${period}</td></tr>
  <tr><td class="k">General liability</td><td>${gl}</td><td class="k">Contractors pollution</td><td>${cpl}</td></tr></table>
 <div class="cond">${cond}</div>
 <div class="cond">Certificate holder: ${holder}</div>
 <div class="sig"><div class="p"><div class="h">${s1}</div>${s1}, Authorized Representative</div>
  <div class="seal">${seal_html}</div>
  <div class="p"><div class="h">${s2}</div>${s2}, ${s2_role}</div></div>
</div>
<div class="no">Certificate ${certno} &middot; Issued ${issued}</div>
"""

FIRMS = [
    "Precision Water & Fire Restoration, LLC",
    "Heartland Mitigation Services, Inc.",
    "Blue Ridge Cleaning & Restoration",
    "Coastal Dry-Out Specialists",
]


def fill(d):
    import html
    from datetime import timedelta

    from corpus.formats import fmt_date

    e = html.escape
    r = d.rng
    eff = d.completed - timedelta(days=r.randint(20, 200))
    exp = eff + timedelta(days=365)
    style = d.pick(["us_numeric", "long", "short_month"])
    firm = d.pick(FIRMS)
    name = d.name(d.pick(["plain", "plain", "upper"]))
    city = d.city()
    sentence = d.pick(
        [
            f"This is to certify that <b>{e(firm)}</b>, {e(city)}, {e(name)}, principal, is "
            "insured under the policy described below for the period stated, subject to all "
            "terms, exclusions and conditions of the policy.",
            f"Coverage is in force for <b>{e(firm)}</b> of {e(city)}, with {e(name)} named as "
            "principal and responsible managing employee, for the period stated below.",
        ]
    )
    return {
        "insurer": d.pick(
            ["Keystone Specialty Insurance Co.", "Harborview Casualty Company", "Meridian Mutual"]
        ),
        "program": d.pick(
            [
                "Issued under the Member Contractor Insurance Program",
                "Restoration Contractors Program — Evidence of Coverage",
            ]
        ),
        "sentence_html": sentence,
        "policy": f"{d.pick(['RCP', 'CPL', 'GLX'])}-{r.randrange(100000, 999999)}",
        "period": f"{fmt_date(eff, style)} to {fmt_date(exp, style)}",
        "gl": d.pick(["$1,000,000 / $2,000,000", "$2,000,000 / $4,000,000"]),
        "cpl": d.pick(["$1,000,000 incl. mold", "$500,000 mold sublimit"]),
        "cond": d.pick(
            [
                "Program condition: the insured shall keep on staff at least one technician who "
                f"has completed {d.title('plain')}. Training records are not verified by this "
                "certificate.",
                f"Premium credit applies while the principal's training in {d.title('plain')} is "
                f"on file ({d.hours('cec_hours')} of continuing education reported at "
                "renewal). This certificate confers no rights upon the holder.",
            ]
        ),
        "holder": d.pick(
            [
                "Lakeview Property Management, as its interest may appear",
                "Oak Park Condominium Association, additional insured by endorsement",
                "Summit Claims Services, for information only",
            ]
        ),
        "s1": d.person(),
        "s2": d.person(),
        "s2_role": d.pick(["Program Administrator", "Underwriting Manager"]),
        "seal_html": "PROGRAM<br>INSURER<br>SEAL",
        "certno": d.number("COI-"),
        "issued": d.other_date("issue", "us_numeric"),
    }
