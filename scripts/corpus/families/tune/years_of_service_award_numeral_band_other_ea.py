"""Not a training record: a restoration company's years-of-service award for
one of its own employees, landscape. A dark vertical band down the left
third carries the company's initials in a ring, its name in light
capitals, a huge gold numeral for the years, "YEARS" letter-spaced, and
the span of years; the white field at the right has a big serif display
heading ("Service Award"), "proudly presented to", the employee's name
in a large script face over a rule, a sentence "in recognition of N years
of dedicated service ..." (sometimes with a count of jobs or losses
worked), the day and occasion it was presented, and two signatures (the
owner and a manager). It carries a person, a company, a number of years
and dates, and records no course, no completion and no credit."""

SOURCE = (
    "Work-Webteam/lsa:templates/Registrations/completed.php (a long service award for a "
    "milestone number of years, presented at an award ceremony) and rahulraju01/dalms-email-"
    "service:src/main/resources/templates/anniversary-email.ftl (the employee's name, the "
    "number of years worked, 'We thank you for your hard work, dedication, and commitment over "
    "the N years')"
)
KIND = "other"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "other",
    "landscape",
    "dark-band",
    "big-serif-title",
    "script-name",
    "sentence",
    "provider-in-logo",
    "distractor-person",
    "distractor-date",
)

TEMPLATE = """<style>
.pg { position:absolute; inset:0; background:${paper} }
.bd { position:absolute; left:0; top:0; bottom:0; width:${band_w}px; background:${band}; color:#f4efe4;
  display:flex; flex-direction:column; align-items:center; justify-content:space-between; padding:58px 26px 52px; text-align:center }
.bd .mk { width:70px; height:70px; border-radius:50%; border:2px solid ${gold}; color:${gold}; font: bold 22px ${head};
  display:flex; align-items:center; justify-content:center; letter-spacing:1px }
.bd .co { font: bold 15px ${sans}; letter-spacing:2.5px; text-transform:uppercase; line-height:21px; margin-top:12px }
.bd .nu { font: bold ${num_px}px ${head}; color:${gold}; line-height:1 }
.bd .yr { font: bold 18px ${sans}; letter-spacing:10px; margin-left:10px; color:${gold} }
.bd .of { font: italic 17px ${serif}; margin-top:6px; opacity:.9 }
.bd .sp { font: 14px ${sans}; letter-spacing:2px; opacity:.85 }
.bd .ln { width:60px; border-top:1px solid ${gold}; margin:10px auto }
.edge { position:absolute; left:${band_w}px; top:0; bottom:0; width:8px; background:${gold} }
.fr { position:absolute; left:${fr_left}px; right:30px; top:30px; bottom:30px; border:1px solid ${gold} }
.w { position:absolute; left:${w_left}px; right:70px; top:70px; bottom:60px; text-align:${align}; color:#222; font-family:${serif};
  display:flex; flex-direction:column; justify-content:center }
h1 { margin:0; font: ${h1_w} ${h1_px}px ${head}; color:${band}; line-height:1.05; letter-spacing:${h1_ls}px }
.su { font: 15px ${sans}; letter-spacing:3px; text-transform:uppercase; color:${gold_dk}; margin-top:8px }
.pr { font: italic 18px ${serif}; color:#555; margin-top:34px }
.nm { font: ${name_px}px ${script}; color:#1b1b1b; line-height:1.25; border-bottom:1.5px solid ${gold}; padding-bottom:2px; white-space:nowrap; display:inline-block; min-width:420px }
.sn { font-size:17px; line-height:26px; margin-top:18px; color:#333; max-width:560px; ${sn_margin} }
.dt { font: 14px ${sans}; color:#555; margin-top:16px }
.sgs { display:flex; gap:40px; margin-top:48px; ${sg_just} }
.sg { width:220px; text-align:center; font: 12.5px ${sans}; color:#333; line-height:17px }
.sg .h { font: 28px ${hand}; color:#1d2f6a; line-height:34px; white-space:nowrap }
.sg .l { border-top:1px solid #333; padding-top:4px }
</style>
<div class="pg"></div>
<div class="bd">
 <div><div class="mk">${initials}</div><div class="co">${company}</div></div>
 <div><div class="nu">${years}</div><div class="yr">YEARS</div><div class="of">${of_text}</div></div>
 <div><div class="ln"></div><div class="sp">${span}</div></div>
</div>
<div class="edge"></div><div class="fr"></div>
<div class="w">
 <h1>${heading}</h1>
 <div class="su">${sub}</div>
 <div class="pr">${presented}</div>
 <div><span class="nm">${employee}</span></div>
 <div class="sn">${sentence}</div>
 <div class="dt">${when}</div>
 <div class="sgs">
  <div class="sg"><div class="h" style="font-size:${sig1_px}px">${sig1}</div><div class="l">${sig1}<br>${role1}</div></div>
  <div class="sg"><div class="h" style="font-size:${sig2_px}px">${sig2}</div><div class="l">${sig2}<br>${role2}</div></div>
 </div>
</div>
"""

COMPANIES = [
    "Rapid Dry Restoration LLC",
    "Apex Water & Fire Inc.",
    "Summit Peak Restoration",
    "Blue River Cleaning & Restoration",
    "Heritage Rug Works",
    "Cornerstone Disaster Services",
    "Tri-County Carpet Care, Inc.",
    "Northstar Fire & Flood",
]
ROLES = ["Crew Chief", "Project Manager", "Lead Technician", "Carpet Technician", "Estimator"]


def fill(d):
    from corpus import formats as F

    company = d.pick(COMPANIES)
    words = [w for w in company.replace("&", "").replace(",", "").split() if w[0].isupper()]
    initials = "".join(w[0] for w in words if w not in ("LLC", "Inc."))[:3]
    years = d.pick([5, 10, 10, 15, 20, 25, 25, 30])
    end = d.completed.year
    start = end - years
    employee = d.person()
    role = d.pick(ROLES)
    extra = d.pick(
        [
            "",
            f" Over those years you have worked more than {d.pick(['1,500', '2,800', '4,000'])} "
            "water, fire and mold losses.",
            " Our customers, and your crew, are better for it.",
        ]
    )
    sentence = d.pick(
        [
            f"in recognition of {years} years of dedicated service, loyalty and craftsmanship as "
            f"{'an' if role[0] in 'AEIOU' else 'a'} {role} with {company}.",
            f"with our heartfelt thanks for {F.number_words(years) if years <= 21 else years} "
            f"years of hard work and commitment to {company} and the families we serve.",
            f"for {years} years of outstanding service, {start} to {end}.",
        ]
    )
    when_day = F.fmt_date(d.completed, d.pick(["long", "ordinal", "us_numeric", "dmy_long"]))
    when = d.pick(
        [
            f"Presented {when_day}",
            f"Presented at the annual company dinner, {when_day}",
            f"{d.city()} · {when_day}",
        ]
    )
    band_w = d.pick([300, 330, 350])
    centred = d.chance(0.5)
    name_px = d.pick([52, 56, 60]) if len(employee) < 22 else 46
    out = {
        "paper": d.pick(["#ffffff", "#fdfbf6", "#f8f6f1"]),
        "band": d.pick(["#1f3a5f", "#0b3d2e", "#2f2f2f", "#4a1c40", "#123c69", "#3d2b1f"]),
        "gold": d.pick(["#d4af37", "#c9a227", "#e0b84c"]),
        "gold_dk": d.pick(["#9c7a1c", "#8a6d3b"]),
        "head": d.fonts[d.pick(["display", "serif"])],
        "script": d.fonts["script"].replace(", cursive", ", 'Dancing Script', cursive"),
        "band_w": band_w,
        "fr_left": band_w + 30,
        "w_left": band_w + 70,
        "initials": initials,
        "company": company,
        "num_px": d.pick([150, 170, 190]),
        "years": years,
        "of_text": d.pick(["of service", "of dedication", "of excellence"]),
        "span": f"{start} – {end}" if d.chance(0.7) else f"SINCE {start}",
        "heading": d.pick(["Service Award", "Years of Service", "Certificate of Recognition"]),
        "h1_px": d.pick([56, 62, 66]),
        "h1_w": d.pick(["bold", "normal"]),
        "h1_ls": d.pick([0, 1]),
        "sub": d.pick([f"{years}-year milestone", "Employee recognition", f"{company}"]),
        "align": "center" if centred else "left",
        "sn_margin": "margin-left:auto; margin-right:auto" if centred else "",
        "sg_just": "justify-content:center" if centred else "",
        "presented": d.pick(["proudly presented to", "This award is presented to", "Presented to"]),
        "employee": employee,
        "name_px": name_px,
        "sentence": sentence + extra,
        "when": when,
        "sig1": d.person(),
        "role1": d.pick(["Owner", "President & Owner", "Chief Executive Officer"]),
        "sig2": d.person(),
        "role2": d.pick(["Operations Manager", "General Manager", "Human Resources"]),
    }
    for k in ("sig1", "sig2"):
        out[f"{k}_px"] = min(28, int(2 * 220 / len(out[k])))
    return out
