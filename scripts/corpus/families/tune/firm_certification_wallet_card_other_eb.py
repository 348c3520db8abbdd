"""Not a certificate of anyone's course: the laminated wallet card a
certification registry sends a cleaning and restoration firm with its
"Certified Firm" listing. A dark band with the registry's name and a round
mark, "Certified Firm" in light letter-spaced capitals, the company's name
in a script face, the owner or principal and the designated technician,
the firm number, certified-since and valid-through dates, the service
categories the firm holds as code tiles, and a signature. It names people,
a company, dates and numbers; it certifies a business and records no
continuing-education credit."""

SOURCE = (
    "paul-hammant/live-verify:public/use-cases/data/industry-certifications.md (dark header "
    "band with issuing body and round mark, certified name, certification number, certification "
    "and expiration dates) and the certified-firm terms at "
    "http://icrassociation.org/ICRA-RegFirm-Terms-Cond.html (firm registered, owner, "
    "certified technicians, anniversary renewal)"
)
KIND = "other"
PAPER = "card"
CATEGORIES = (
    "other",
    "wallet",
    "record",
    "landscape",
    "dark-band",
    "script-name",
    "letter-spaced",
    "labelled",
    "provider-in-logo",
    "distractor-person",
    "distractor-date",
)

TEMPLATE = """<style>
.cd { position:absolute; inset:0; border-radius:10px; overflow:hidden; background:${bg}; font-family:${sans}; color:#1b1b1b; border:1px solid #999 }
.top { height:40px; background:${band}; color:#fff; display:flex; align-items:center; gap:7px; padding:0 10px }
.mk { width:28px; height:28px; border-radius:50%; border:1.5px solid ${acc}; color:${acc}; font: bold 8.5px ${display}; display:flex; align-items:center; justify-content:center; flex:none }
.top b { font: bold 8.5px ${sans}; display:block; line-height:10px }
.top span { font-size:7px; letter-spacing:2.4px; text-transform:uppercase; color:${acc}; font-weight:bold }
.firm { position:absolute; left:12px; right:12px; top:45px; font: ${firm_fs}px ${script}; color:${band}; line-height:${firm_lh}px; white-space:nowrap; overflow:hidden }
.l { position:absolute; left:12px; right:12px; top:80px; font-size:7.5px; line-height:10px; color:#333 }
.g { position:absolute; left:12px; top:106px; display:grid; grid-template-columns: auto auto auto; gap:1px 12px; font-size:8px; font-weight:bold }
.g small { display:block; font-size:5.6px; color:#666; font-weight:normal; text-transform:uppercase; letter-spacing:.5px }
.vf { position:absolute; left:12px; right:12px; top:136px; font-size:5.8px; line-height:7px; color:#555 }
.tiles { position:absolute; left:12px; bottom:10px; display:flex; gap:3px }
.tiles i { font: bold 7px ${sans}; font-style:normal; background:${band}; color:#fff; padding:2px 4px; border-radius:2px }
.sg { position:absolute; right:12px; bottom:9px; width:96px; text-align:center; font-size:5.6px; color:#555; border-top:1px solid #777; padding-top:1px }
.sg span { position:absolute; left:0; right:0; top:-19px; font: 13px ${hand}; color:#1a2a6c; white-space:nowrap }
</style>
<div class="cd">
 <div class="top"><div class="mk">${initials}</div><div><b>${registry}</b><span>${label}</span></div></div>
 <div class="firm">${firm}</div>
 <div class="l">${owner_label}: ${owner}<br>${tech_label}: ${tech}</div>
 <div class="g">
  <div><small>Firm no.</small>${firm_no}</div>
  <div><small>Certified since</small>${since}</div>
  <div><small>Valid through</small>${thru}</div>
 </div>
 <div class="vf">${verify}</div>
 <div class="tiles">${tiles_html}</div>
 <div class="sg"><span>${signer}</span>${signer_role}</div>
</div>
"""

REGISTRIES = [
    ("Restoration Firm Registry", "RFR"),
    ("Cleaning Industry Certification Council", "CICC"),
    ("National Registry of Restoration Contractors", "NRRC"),
    ("Indoor Environment Firm Registry", "IEFR"),
]
FIRMS = [
    "Rapid Dry Restoration LLC",
    "Blue Line Carpet Care",
    "Apex Water & Fire Inc.",
    "Heritage Rug Works",
    "Summit Peak Restoration",
    "Clearwater Cleaning Co.",
    "Gulf Breeze Mitigation",
    "Evergreen Fire & Flood",
]
CODES = ["WRT", "ASD", "AMRT", "FSRT", "CCT", "UFT", "OCT", "RRT", "SRT"]


def fill(d):
    from datetime import date

    from corpus.formats import fmt_date

    r = d.rng
    registry, initials = d.pick(REGISTRIES)
    firm = d.pick(FIRMS)
    since = date(d.completed.year - r.randint(1, 15), r.randint(1, 12), r.randint(1, 28))
    thru = date(d.completed.year + r.randint(0, 1), since.month, since.day)
    style = d.pick(["us_numeric", "short_month", "us_short"])
    codes = r.sample(CODES, r.randint(2, 5))
    return {
        "bg": d.pick(["#ffffff", "#f6f3ea", "#eef3f7"]),
        "band": d.pick(["#14213d", "#0b3d2e", "#4a1c40", "#222222"]),
        "acc": d.pick(["#e0b43a", "#9fd3ff", "#c7e59a"]),
        "initials": initials,
        "registry": registry,
        "label": d.pick(["Certified Firm", "Certified Firm · Member", "Registered Firm"]),
        "firm": firm,
        "firm_fs": 22 if len(firm) < 22 else 19,
        "firm_lh": 30,
        "owner_label": d.pick(["Owner", "Principal", "Owner/Operator"]),
        "owner": d.person(),
        "tech_label": d.pick(["Designated tech", "Certified tech", "Contact"]),
        "tech": d.person(),
        "firm_no": f"{d.pick(['F', 'CF-', ''])}{r.randrange(10000, 99999)}",
        "since": fmt_date(since, style),
        "thru": fmt_date(thru, style),
        "tiles_html": "".join(f"<i>{c}</i>" for c in codes),
        "verify": d.pick(
            [
                "The firm employs certified technicians in the categories shown and carries "
                "liability insurance. This card is not a personal certification.",
                "Verify this firm's listing online by firm number. Card remains the property of "
                "the registry.",
            ]
        ),
        "signer": d.person(),
        "signer_role": d.pick(["Registrar", "Executive Director", "Certification Manager"]),
    }
