"""Not a training record: a restoration company's employment verification
letter, written for a technician's mortgage lender, landlord or a staffing
agency, portrait. A centred letterhead with a monogram roundel over the
company's name, a short rule, the date and a "to whom it may concern" or a
named recipient; a paragraph stating the employee's job title and the day
employment began; a small ruled panel of labelled employment details
(position, start date, status, average hours per week, rate of pay,
overtime in the last year, supervisor); a paragraph on duties (water and
fire jobs, on-call rotation) and that this is no guarantee of continued
employment; the office manager's signature with a direct phone, and the
company's licence number and address in a footer band. It names people,
dates, hours and amounts, and records no course and no credit."""

SOURCE = (
    "iandennismiller/diamond-patterns:docs/patterns/letter-formal.rst (formal letter: from / to "
    "addresses, phone, email, signature) and wording of employers' employment verification "
    "letters (job title, start date, hours per week, pay rate)"
)
KIND = "other"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "other",
    "letter",
    "labelled",
    "sentence",
    "portrait",
    "provider-in-logo",
    "dark-band",
    "distractor-person",
    "distractor-date",
    "address",
)

TEMPLATE = """<style>
.lh { position:absolute; left:0; right:0; top:44px; text-align:center }
.rd { width:58px; height:58px; margin:0 auto 8px; border-radius:50%; background:${dark}; color:#fff; font: bold 19px ${head}; display:flex; align-items:center; justify-content:center; letter-spacing:1px }
.lh b { display:block; font: ${co_weight} ${co_px}px ${head}; color:${dark}; letter-spacing:${co_ls}px }
.lh i { display:block; font: normal 10.5px ${sans}; letter-spacing:2.5px; text-transform:uppercase; color:#666; margin-top:4px }
.lh hr { width:90px; border:none; border-top:2px solid ${accent}; margin:12px auto 0 }
.w { position:absolute; left:86px; right:86px; top:${body_top}px; font: 14px ${body}; line-height:21px; color:#1b1b1b }
.w p { margin:0 0 12px; text-align:${align} }
.pn { border-top:1.5px solid #333; border-bottom:1.5px solid #333; margin:6px 0 16px; padding:6px 0 }
.pn div { display:flex; padding:3px 0; font-size:14px } .pn i { font-style:normal; width:210px; font: 11.5px ${sans}; color:#555; text-transform:uppercase; letter-spacing:.6px; padding-top:2px }
.sg .h { font: 28px ${hand}; color:#1d2e66; line-height:36px; white-space:nowrap }
.fb { position:absolute; left:0; right:0; bottom:0; height:46px; background:${dark}; color:#fff; font: 10.5px ${sans}; display:flex; align-items:center; justify-content:center; gap:22px; letter-spacing:.4px }
</style>
<div class="lh"><div class="rd">${initials}</div><b>${company}</b><i>${tagline}</i><hr></div>
<div class="w">
 <p>${letter_date}</p>
 <p>${to_html}</p>
 <p>${subject}</p>
 <p>${salutation}</p>
 <p>${p1}</p>
 <div class="pn">${details_html}</div>
 <p>${p2}</p>
 <p>${p3}</p>
 <p>${closing}</p>
 <div class="sg"><div class="h">${signer}</div>${signer}<br>${signer_role} · Direct ${direct}</div>
</div>
<div class="fb"><span>${street}, ${town}</span><span>${licence}</span><span>${main_phone}</span></div>
"""

COMPANIES = [
    ("Stonebridge Restoration & Cleaning", "Water · Fire · Mold"),
    ("Prairie Wind Disaster Services", "24-hour emergency response"),
    ("Clearwater Mitigation Group", "Residential & commercial restoration"),
    ("Red Oak Property Recovery, Inc.", "Restoration contractors since 1998"),
    ("Bluegrass Dry-Out & Restore", "Flood · Fire · Storm"),
]
POSITIONS = [
    "Water Mitigation Technician",
    "Restoration Crew Lead",
    "Carpet & Upholstery Technician",
    "Mold Remediation Technician",
    "Project Coordinator",
]
LENDERS = [
    ("Loan Processing", "Lakeview Home Mortgage"),
    ("Leasing Office", "Cedar Ridge Apartments"),
    ("Verification Dept.", "WorkForce Staffing Partners"),
]


def fill(d):
    import html
    from datetime import timedelta

    from corpus import formats as F

    e = html.escape
    r = d.rng
    company, tagline = d.pick(COMPANIES)
    words = [w for w in company.replace("&", "").replace(",", "").split() if w[:1].isupper()]
    initials = "".join(w[0] for w in words if w not in ("Inc.",))[:3]
    street, town = d.address()
    r_street, r_town = d.address()
    employee = d.person()
    letter_day = d.completed
    start = letter_day - timedelta(days=r.randint(200, 3000))
    sfmt = d.pick(["long", "us_numeric", "dmy_long"])
    position = d.pick(POSITIONS)
    weekly = d.pick(["40", "40", "45", "38", "32"])
    rate = d.pick(["$21.50", "$24.00", "$26.75", "$19.25", "$29.00"])
    overtime = d.pick(["212 hours", "96 hours", "148.5 hours", "none"])
    supervisor = d.person()
    recipient = d.pick(LENDERS) if d.chance(0.6) else None
    if recipient:
        attn = d.person()
        to_html = "<br>".join(e(x) for x in [attn, recipient[0], recipient[1], r_street, r_town])
        salutation = f"Dear {attn.split(' ')[0]},"
    else:
        to_html = "To whom it may concern:"
        salutation = ""
    details = [
        ("Employee", employee),
        ("Position", position),
        ("Start date", F.fmt_date(start, sfmt)),
        ("Status", d.pick(["Full-time, permanent", "Full-time", "Part-time, hourly"])),
        ("Average hours per week", weekly),
        ("Rate of pay", f"{rate} per hour"),
        ("Overtime, last 12 months", overtime),
        ("Supervisor", supervisor),
    ]
    details_html = "".join(f"<div><i>{e(k)}</i><span>{e(v)}</span></div>" for k, v in details)
    p1 = d.pick(
        [
            f"This letter confirms that {employee} has been employed by {company} since "
            f"{F.fmt_date(start, sfmt)} and is currently employed as a {position}.",
            f"At the employee's request, we verify the employment of {employee} with our "
            "company. The details on file are as follows.",
        ]
    )
    p2 = d.pick(
        [
            "Duties include emergency water extraction, setting and monitoring drying "
            "equipment, demolition of wet materials and customer contact on fire and water "
            "losses. The position includes an on-call rotation one week in four.",
            "The employee works on residential and commercial loss sites and is part of "
            "our after-hours emergency crew rotation.",
        ]
    )
    p3 = d.pick(
        [
            "This information is provided at the employee's request and does not guarantee "
            "continued employment.",
            "This letter is confidential and is given for verification purposes only; it "
            "is not a promise of future employment or pay.",
        ]
    )
    return {
        "head": d.fonts[d.pick(["serif", "display", "sans"])],
        "co_weight": d.pick(["bold", "normal"]),
        "co_px": d.pick([22, 25]),
        "co_ls": d.pick([0, 1, 2]),
        "body": d.fonts[d.pick(["serif", "sans"])],
        "align": d.pick(["left", "justify"]),
        "hand": d.fonts["hand"],
        "body_top": 190,
        "initials": initials,
        "company": company,
        "tagline": tagline,
        "letter_date": F.fmt_date(letter_day, d.pick(["long", "dmy_long"])),
        "to_html": to_html,
        "subject": d.pick(
            ["Re: Verification of employment", "Subject: Employment verification", ""]
        ),
        "salutation": salutation,
        "p1": p1,
        "details_html": details_html,
        "p2": p2,
        "p3": p3,
        "closing": d.pick(["Sincerely,", "Regards,", "Yours truly,"]),
        "signer": d.person(),
        "signer_role": d.pick(["Office Manager", "HR & Payroll", "Controller"]),
        "direct": d.phone(),
        "street": street,
        "town": town,
        "licence": d.pick(["Contractor lic. #", "License No. ", "Reg. "])
        + str(r.randrange(100000, 999999)),
        "main_phone": d.phone(),
    }
