"""A school's or maker's approved-instructor ID card, the credential a
trainer shows at the classroom door, not a student's wallet card: a CR80
card in landscape with a dark band across the top holding a round
monogram and the issuer's name in light capitals over "Approved
Instructor" or "Certified Trainer"; a grey photo box at the left; the
trainer's name in bold, an instructor number and the approval and expiry
dates as short labelled rows at the right; then a small ruled grid of the
courses the card authorises its holder to teach (code, course, class
hours per offering); and a foot line with a note that the card is no
certificate of completion and earns no CEC hours, and the education
director's signature in script. It names a person, courses, an issuer,
hours and dates; it records no one's training."""

SOURCE = (
    "SIS101/id-maker:html/index.php (landscape ID card: logo beside the institute's name, a "
    "coloured card title, labelled rows beside a photo box, a validity row, a foot line); "
    "wording after https://www.vinylsiding.org/professional/resources/certified-trainer/ "
    "(certified trainer status, renewed periodically) and "
    "http://www.dol.wa.gov/business/realestate/educators_instructor.html (an instructor is "
    "approved before teaching courses for clock hour credit)"
)
KIND = "other"
PAPER = "card"
CATEGORIES = (
    "other",
    "wallet",
    "landscape",
    "dark-band",
    "provider-in-logo",
    "labelled",
    "table",
    "distractor-date",
)

TEMPLATE = """<style>
.c { position:absolute; inset:0; background:${bg}; font-family:${sans}; color:#16181d; border-radius:9px; overflow:hidden;
  border:1px solid #c9c9c9 }
.band { position:absolute; left:0; right:0; top:0; height:36px; background:${dark}; color:#fff }
.mono { position:absolute; left:8px; top:5px; width:26px; height:26px; border-radius:50%; border:1.5px solid ${accent_light};
  font: bold 9px ${head}; display:flex; align-items:center; justify-content:center; color:${accent_light}; letter-spacing:.3px }
.org { position:absolute; left:41px; right:8px; top:6px; font: bold ${org_px}px ${head}; letter-spacing:.5px; text-transform:uppercase;
  white-space:nowrap; overflow:hidden }
.kind { position:absolute; left:41px; top:20px; font: 8px ${sans}; letter-spacing:1.6px; text-transform:uppercase; color:${accent_light} }
.stripe { position:absolute; left:0; right:0; top:36px; height:2.5px; background:${accent} }
.ph { position:absolute; left:10px; top:45px; width:52px; height:64px; background:#d9dde3; border:1px solid #aab; overflow:hidden }
.ph .hd { position:absolute; left:16px; top:10px; width:20px; height:22px; border-radius:50%; background:#9aa3af }
.ph .sh { position:absolute; left:7px; top:36px; width:38px; height:34px; border-radius:19px 19px 0 0; background:#9aa3af }
.nm { position:absolute; left:70px; right:8px; top:43px; font: bold ${name_px}px ${sans}; white-space:nowrap; overflow:hidden }
.rows { position:absolute; left:70px; top:62px; font-size:8px; line-height:11px }
.rows span { display:inline-block; width:${label_w}px; color:#5b5f66; text-transform:uppercase; font-size:6.8px; letter-spacing:.4px }
.grid { position:absolute; left:10px; width:304px; top:114px; border-collapse:collapse; font-size:7.6px }
.grid th { text-align:left; font-size:6.3px; letter-spacing:.5px; text-transform:uppercase; color:#fff; background:${dark};
  padding:1.5px 3px; font-weight:bold; white-space:nowrap }
.grid td { border-bottom:0.7px solid #b9bcc2; padding:1.5px 3px; line-height:9px; white-space:nowrap }
.grid td.h { text-align:right; width:34px }
.grid td.k { width:30px; font-weight:bold }
.ft { position:absolute; left:10px; right:10px; bottom:5px; display:flex; justify-content:space-between; align-items:flex-end }
.note { font-size:5.6px; color:#555; line-height:7px; width:176px }
.sg { text-align:center; font-size:5.8px; color:#555; width:86px; border-top:0.7px solid #444; padding-top:1px; position:relative }
.sg i { position:absolute; left:0; right:0; bottom:8px; font: ${sig_px}px ${hand}; font-style:normal; color:#1d2f6f; white-space:nowrap }
</style>
<div class="c">
 <div class="band"><div class="mono">${monogram}</div><div class="org">${org}</div><div class="kind">${card_kind}</div></div>
 <div class="stripe"></div>
 <div class="ph"><div class="hd"></div><div class="sh"></div></div>
 <div class="nm">${name}</div>
 <div class="rows">
  <div><span>${id_label}</span>${instr_no}</div>
  <div><span>${approved_label}</span>${approved}</div>
  <div><span>${expires_label}</span>${expires}</div>
  <div><span>${level_label}</span>${level}</div>
 </div>
 <table class="grid">
  <tr><th>Code</th><th>${auth_head}</th><th style="text-align:right">${hours_head}</th></tr>
  ${rows_html}
 </table>
 <div class="ft">
  <div class="note">${note}</div>
  <div class="sg"><i>${scrawl}</i>${signer_role}</div>
 </div>
</div>
"""

CLASS_HOURS = {
    "WRT": 19,
    "ASD": 21,
    "AMRT": 28,
    "FSRT": 14,
    "OCT": 14,
    "CCT": 17,
    "UFT": 14,
    "CDS": 14,
    "HST": 7,
    "RRT": 14,
    "SMT": 14,
    "LCT": 14,
    "CRT": 14,
}
SHORT = {
    "WRT": "Water Damage Restoration",
    "ASD": "Applied Structural Drying",
    "AMRT": "Applied Microbial Remediation",
    "FSRT": "Fire and Smoke Restoration",
    "OCT": "Odor Control",
    "CCT": "Carpet Cleaning",
    "UFT": "Upholstery and Fabric Cleaning",
    "CDS": "Commercial Drying Specialist",
    "HST": "Health and Safety",
    "RRT": "Carpet Repair and Reinstallation",
    "SMT": "Stone, Masonry and Tile Cleaning",
    "LCT": "Leather Cleaning",
    "CRT": "Color Repair",
}


def fill(d):
    import html

    r = d.rng
    org = d.provider()
    words = [w for w in org.replace(",", "").replace("&", "").split() if w[0].isupper()]
    monogram = "".join(w[0] for w in words if w not in ("LLC", "Inc.", "Co.", "Inc"))[:3]
    name = d.name(d.pick(["plain", "plain", "upper"]))

    # The course the card's grid leads with, then one or two more the trainer may teach.
    title = d.title("plain")
    code = d.code or d.pick(["CE", "—"])
    hrs = d.hours_number()
    extra = r.sample([k for k in CLASS_HOURS if k != d.code], d.pick([1, 2, 2]))
    rows = [(code, title, hrs)] + [(k, SHORT[k], f"{CLASS_HOURS[k]:g}") for k in extra]
    if d.chance(0.4):
        rows = rows[1:] + rows[:1]
    esc = lambda s: html.escape(str(s), quote=False)  # noqa: E731
    rows_html = "".join(
        f'<tr><td class="k">{esc(k)}</td><td>{esc(t)}</td><td class="h">{esc(h)}</td></tr>'
        for k, t, h in rows
    )
    signer = d.person()
    parts = signer.replace(".", "").split()
    scrawl = f"{parts[0][0]}. {parts[-1]}" if d.chance(0.5) else f"{parts[0]} {parts[-1]}"
    style = d.pick(["us_short", "us_numeric", "short_month"])
    return {
        "bg": d.pick(["#ffffff", "#fbfaf6", "#f6f8fb"]),
        "accent_light": d.pick(["#f2d27a", "#bfe3ff", "#d8f0c8", "#ffd6a5"]),
        "head": d.fonts[d.pick(["sans", "cond"])],
        "org_px": 10 if len(org) <= 30 else 8.6 if len(org) <= 38 else 7.4,
        "name_px": 13 if len(name) <= 20 else 11 if len(name) <= 26 else 9.5,
        "label_w": 54,
        "monogram": monogram or "TI",
        "org": org,
        "card_kind": d.pick(
            [
                "Approved Instructor",
                "Certified Trainer",
                "Instructor Credential",
                "Faculty · Instructor",
            ]
        ),
        "name": name,
        "id_label": d.pick(["Instructor #", "Trainer ID", "ID No."]),
        "instr_no": d.pick(["T-", "I-", "CT"]) + f"{r.randrange(100, 9999):04d}",
        "approved_label": d.pick(["Approved", "Since", "Issued"]),
        "approved": d.date(style),
        "expires_label": d.pick(["Expires", "Valid thru", "Renew by"]),
        "expires": d.other_date("expiry", style),
        "level_label": d.pick(["Status", "Level"]),
        "level": d.pick(
            ["Lead instructor", "Instructor", "Master trainer", "Associate instructor"]
        ),
        "auth_head": d.pick(["Authorized to teach", "Approved courses", "May instruct"]),
        "hours_head": d.pick(["Class hrs", "Hours", "Hrs"]),
        "rows_html": rows_html,
        "note": d.pick(
            [
                "Authorizes the holder to teach the courses listed. Not a certificate of course "
                "completion; no CEC hours are earned by holding this card.",
                "Instructor credential only. Hours shown are the scheduled length of each class, "
                "not credit. Report loss to the issuer.",
            ]
        ),
        "scrawl": scrawl,
        "sig_px": 15 if len(scrawl) <= 12 else 12.5 if len(scrawl) <= 16 else 10.5,
        "signer_role": d.pick(["Director of Education", "Training Director", "Program Manager"]),
    }
