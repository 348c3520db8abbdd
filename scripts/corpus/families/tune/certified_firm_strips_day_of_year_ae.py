"""A framed wall certificate that a registry issues to a cleaning and
restoration company, not to a person: patterned strips across the top and
bottom, the registry's name and "Certified Firm", "This is to certify that"
with the company's name large in a script face, a sentence on the program's
requirements, the service categories the firm's certified technicians hold,
the owner and the designated technician by name, "On the <day> Day of
<month> In the Year <year>", the firm number and the renewal date, and two
signatures. It records no one's course or credit."""

SOURCE = (
    "azuya/CertificateBuilder:templates/default/default.tpl (border strips, day / month / year "
    "line, 'At:' place, signature) and "
    "https://paperzz.com/doc/7275001/firms-must-first-fill-out-a-%E2%80%9Ccertified-firm-"
    "application-r... and http://icrassociation.org/ICRA-RegFirm-Terms-Cond.html?ml=1 "
    "(certified firm requirements, common anniversary date)"
)
KIND = "other"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "other",
    "ornate",
    "landscape",
    "distractor-person",
    "sentence",
    "pattern",
    "date-words",
)

TEMPLATE = """<style>
.strip { position:absolute; left:0; right:0; height:46px;
  background: repeating-linear-gradient(45deg, ${dark} 0 9px, ${accent} 9px 12px, ${light} 12px 18px, ${accent} 18px 21px) }
.strip.t { top:0 } .strip.b { bottom:0 }
.edge { position:absolute; left:26px; right:26px; top:62px; bottom:62px; border:3px double ${dark} }
.c { position:absolute; left:80px; right:80px; top:100px; text-align:center; font-family:${serif}; color:#222 }
.reg { font: 15px ${sans}; letter-spacing:3px; text-transform:uppercase; color:${dark} }
.ti { font: 50px ${display}; color:${dark}; margin:10px 0 30px; letter-spacing:1px }
.p { font-size:17px; font-style:italic; margin:4px 0 }
.firm { font: 54px ${script}; color:#111; margin:14px 0 18px; line-height:68px }
.req { font-size:15.5px; line-height:24px; margin:6px 60px 22px }
.cats { font: bold 14px ${sans}; letter-spacing:1px; color:${accent}; margin-bottom:18px }
.ppl { font-size:14px; margin-bottom:18px } .ppl b { font-weight:600 }
.day { font-size:16px } .day span { font-weight:bold; font-style:italic }
.meta { font: 12.5px ${sans}; margin-top:18px; color:#333 }
.sg { position:absolute; bottom:84px; width:250px; text-align:center; font: 12px ${sans}; color:#333 }
.sg .h { font: 28px ${hand}; color:#1c2d63; border-bottom:1px solid #333; padding-bottom:2px; margin-bottom:3px }
</style>
<div class="strip t"></div><div class="strip b"></div><div class="edge"></div>
<div class="c">
 <div class="reg">${registry}</div>
 <div class="ti">${heading}</div>
 <div class="p">This is to certify that</div>
 <div class="firm">${firm}</div>
 <div class="req">${requirement}</div>
 <div class="cats">${categories}</div>
 <div class="ppl">${owner_label} <b>${owner}</b> &nbsp;·&nbsp; ${tech_label} <b>${tech}</b></div>
 <div class="day">On the <span>${day}</span> Day of <span>${month}</span> In the Year <span>${year}</span> &nbsp; At: ${city}</div>
 <div class="meta">Firm No. ${firm_no} &nbsp;·&nbsp; ${valid_label} ${valid}</div>
</div>
<div class="sg" style="left:90px"><div class="h">${s1}</div>${s1}, ${r1}</div>
<div class="sg" style="right:90px"><div class="h">${s2}</div>${s2}, ${r2}</div>
"""

FIRMS = [
    "Rapid Dry Restoration, LLC",
    "Apex Water & Fire Services",
    "Hometown Carpet Care Inc.",
    "Prime Mitigation Group",
    "Allied Property Restoration",
    "Blue Line Cleaning Co.",
    "Cornerstone Disaster Recovery",
    "Summit Steam & Restore",
]


def fill(d):
    from datetime import date

    from corpus import values as V
    from corpus.formats import MONTHS, ORDINAL_WORDS, fmt_date, suffix

    r = d.rng
    issued = d.completed
    codes = sorted({d.pick(V.IICRC_COURSES)[1] for _ in range(d.pick([2, 3, 4]))})
    anniversary = d.pick([(12, 1), (7, 1)])
    valid = date(issued.year + 1, *anniversary)
    day = (
        f"{issued.day}{suffix(issued.day)}" if d.chance(0.6) else ORDINAL_WORDS[issued.day].title()
    )
    return {
        "registry": d.pick(V.ASSOCIATIONS),
        "heading": d.pick(
            ["Certified Firm", "Certificate of Firm Registration", "Registered Firm"]
        ),
        "firm": d.pick(FIRMS),
        "requirement": d.pick(
            [
                "has met the requirements of the Certified Firm Program, employs technicians "
                "certified in the service categories listed below, maintains the required "
                "insurance and a written complaint procedure, and agrees to abide by the "
                "Code of Ethics.",
                "has been accepted as a Certified Firm, agreeing to have a certified technician "
                "present on every job site and to provide ongoing education for its technicians.",
            ]
        ),
        "categories": "Certified service categories: " + " · ".join(codes),
        "owner_label": d.pick(["Owner:", "Principal:", "Owner / Principal:"]),
        "owner": d.person(),
        "tech_label": d.pick(["Designated technician:", "Certified technician on file:"]),
        "tech": d.person(),
        "day": day,
        "month": MONTHS[issued.month - 1],
        "year": str(issued.year),
        "city": d.city(),
        "firm_no": str(r.randrange(10000, 99999)),
        "valid_label": d.pick(["Valid through", "Renewal due", "Anniversary date"]),
        "valid": fmt_date(valid, d.pick(["long", "us_numeric"])),
        "s1": d.person(),
        "r1": d.pick(["Chair", "President", "Chairman of the Board"]),
        "s2": d.person(),
        "r2": d.pick(["Certified Firm Administrator", "Registrar", "Executive Director"]),
    }
