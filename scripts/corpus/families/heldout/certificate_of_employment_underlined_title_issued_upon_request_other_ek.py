"""Not a training record: the certificate of employment an HR system prints
for a restoration company's former technician, on an upright sheet. The
company's logo centred at the top (its name inside the logo), a bold
underlined title, a justified paragraph certifying that the person was
employed by the company from one date until leaving on another and held a
field position in a division, a line saying the certification is issued at
the person's request for a purpose, the date and city of issue, the
company's name in bold, "By:" and the HR officer's name and position. It
names people, a company and dates, and records no course and no credit."""

SOURCE = "dchallenger/workpad:apps/modules/resources/views/templates/co_resigned.php"
KIND = "other"
PAPER = ["a4-portrait", "letter-portrait"]
CATEGORIES = (
    "other",
    "portrait",
    "letter",
    "sentence",
    "provider-in-logo",
    "distractor-person",
    "distractor-date",
)

TEMPLATE = """<style>
.w { position:absolute; left:90px; right:90px; top:70px; font-family:${face}; font-size:${fs}px; line-height:1.65; color:#111 }
.lg { display:flex; justify-content:center; align-items:center; gap:14px; padding-bottom:14px; border-bottom:${rule} }
.lg .m { width:66px; height:66px; border-radius:${radius}; background:${dark}; color:#fff; display:flex; align-items:center; justify-content:center;
  font: bold 22px ${head} }
.lg .o { font: bold 22px ${head}; color:${dark}; line-height:25px; text-align:left }
.lg .o small { display:block; font: 12px ${sans}; color:#555; letter-spacing:1px }
.tt { text-align:center; margin:60px 0 44px; font-weight:bold; text-decoration:underline; letter-spacing:1px; font-size:${tt_px}px }
p { text-align:justify; margin:0 0 20px }
.sg { margin-top:40px } .by { margin-top:34px }
.ft { position:absolute; left:90px; right:90px; bottom:40px; font: 10.5px ${sans}; color:#666; text-align:center; border-top:1px solid #ccc; padding-top:6px }
</style>
<div class="w">
 <div class="lg"><div class="m">${initials}</div><div class="o">${company}<small>${company_sub}</small></div></div>
 <div class="tt">${title}</div>
 <p>${para1_html}</p>
 <p>${para2}</p>
 <p>${para3}</p>
 <p class="sg"><b>${company}</b></p>
 <p class="by">By:</p>
 <p><b>${hr}</b><br>${hr_role}</p>
</div>
<div class="ft">${footer}</div>
"""

COMPANIES = [
    "Cascade Emergency Restoration, Inc.",
    "BrightWater Mitigation Services",
    "Red Rock Fire & Flood Restoration",
    "Tri-County Disaster Cleanup LLC",
    "Harborline Property Restoration",
    "Sunbelt Water & Mold Specialists",
]
POSITIONS = [
    ("Water Mitigation Technician", "Emergency Services"),
    ("Lead Restoration Technician", "Field Operations"),
    ("Carpet Cleaning Technician", "Residential Cleaning"),
    ("Mold Remediation Crew Lead", "Environmental Services"),
    ("Contents Pack-Out Specialist", "Contents Division"),
    ("Project Estimator", "Reconstruction"),
]
PURPOSES = [
    "application for a contractor licence",
    "loan application",
    "application for new employment",
    "visa application",
    "apartment rental application",
]


def fill(d):
    import html
    from datetime import timedelta

    from corpus import formats as F

    e = html.escape
    company = d.pick(COMPANIES)
    words = [w for w in company.replace("&", "").replace(",", "").split() if w[:1].isupper()]
    employee = d.person()
    last = employee.split(" ")[-1]
    hon = d.pick(["Mr.", "Ms.", "Mx."])
    they = {"Mr.": ("his", "He"), "Ms.": ("her", "She"), "Mx.": ("their", "They")}[hon]
    position, division = d.pick(POSITIONS)
    style = d.pick(["long", "dmy_long", "ordinal"])
    hired = F.fmt_date(d.completed - timedelta(days=d.rng.randint(500, 2600)), style)
    left = F.fmt_date(d.completed - timedelta(days=d.rng.randint(10, 200)), style)
    issued = d.other_date("issue", style)
    para1_html = (
        f"This is to certify that <b>{e(hon)} {e(employee)}</b> was employed by <b>{e(company)}</b> "
        f"from {e(hired)} until {they[0]} resignation from the company last {e(left)}. "
        f"{they[1]} held the position of {e(position)} under the <b>{e(division)}</b> division."
    )
    purpose = d.pick(PURPOSES)
    city = d.city()
    return {
        "face": d.pick(["Arial, 'Liberation Sans', sans-serif", d.fonts["serif"], d.fonts["sans"]]),
        "fs": d.pick([15, 16]),
        "rule": d.pick(["2px solid #333", "none"]),
        "radius": d.pick(["50%", "6px", "50% 0"]),
        "head": d.fonts[d.pick(["sans", "display"])],
        "initials": "".join(w[0] for w in words)[:3],
        "company": company,
        "company_sub": d.pick([d.address()[1], d.web(), f"24/7 Emergency Line {d.phone()}"]),
        "title": d.pick(
            ["CERTIFICATE OF EMPLOYMENT", "CERTIFICATION OF EMPLOYMENT", "EMPLOYMENT CERTIFICATE"]
        ),
        "tt_px": d.pick([18, 20]),
        "para1_html": para1_html,
        "para2": f"This certification is being issued upon the request of {hon} {last} in support of {they[0]} {purpose}.",
        "para3": f"Issued on {issued}, in {city}.",
        "hr": d.person(),
        "hr_role": d.pick(
            ["HR Manager", "Human Resources Officer", "Operations Director", "Office Manager"]
        ),
        "footer": d.pick(
            [
                f"Employee No. {d.number('E-')} · Not valid without the company seal",
                "This certificate is issued without alteration or erasure.",
                f"Verify employment: hr@{d.pick(['company', 'restoration', 'office'])}.example · {d.phone()}",
            ]
        ),
    }
