"""A plain portrait CE record centred in one narrow column of serif text, as a
CE tracking site prints it: the provider's logo on top, "This document
certifies that" over the name, a sentence giving the date the individual
completed the course listed below, the course and its city, a signature with
the signer's name and office, then a row of asterisks and small print
stating the approved hours with the approval number and the hours claimed,
and an upper-case keep-on-file note."""

SOURCE = "realcme/newmigration:certifications/blades/certificate-kbn-kbn.tpl.php"
KIND = "course"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "sentence",
    "hours-in-sentence",
    "portrait",
    "provider-in-logo",
    "distractor-person",
    "approval-in-sentence",
    "plain",
    "tiny-footer",
)

TEMPLATE = """<style>
.w { position:absolute; left:50%; top:56px; width:600px; margin-left:-300px; text-align:center; font: 14.5px ${serif}; color:#111; line-height:1.35 }
.w p { margin:0 0 13px }
.logo { display:inline-flex; align-items:center; gap:12px; margin-bottom:22px; text-align:left }
.logo .m { width:64px; height:64px; background:${dark}; color:#fff; font: bold 22px ${display}; display:flex; align-items:center; justify-content:center; border-radius:${radius} }
.logo .n { font: bold 19px ${display}; color:${dark}; line-height:22px; max-width:330px }
.logo .n small { display:block; font: 11px ${sans}; color:#555; letter-spacing:2px; text-transform:uppercase; margin-top:3px }
h3 { font-size:20px; margin:4px 0 14px }
h3.t { margin-bottom:2px }
.city { margin:0 0 18px !important }
.sig { font: 30px ${hand}; color:#1c2f6b; margin:6px 0 0 }
.stars { letter-spacing:1px; margin:10px 0 14px !important; overflow:hidden; white-space:nowrap }
.small { font-size:13px }
h4 { font: bold 12.5px ${serif}; text-transform:uppercase; margin:18px 0 0; line-height:1.4 }
</style>
<div class="w">
 <div class="logo"><div class="m">${initials}</div><div class="n">${org}<small>${dept}</small></div></div>
 <p>This document certifies that</p>
 <h3>${name}</h3>
 <p>On ${date} the individual listed above successfully completed the ${program} course listed below:</p>
 <h3 class="t">${title}</h3>
 <p class="city">${city}</p>
 <div class="sig">${signer}</div>
 <p>${signer}, ${role}<br>${dept}</p>
 <p class="stars">${stars}</p>
 <p class="small">This program has been approved by the ${board} for <b>${hours} ${unit}</b> through ${org}, ${approval_label} ${approval}. ${disclaimer} Participants must attend the entire course, provide their certification number, and complete an evaluation to receive ${unit}.</p>
 <p class="small">This document certifies that the individual listed above claimed <b>${hours} ${unit}</b> of ${credit_kind}.</p>
 <p class="small">${accredited}</p>
 <h4>Please print and/or save this document and keep it on file for purposes of audit, or file it with your certifying body if required.</h4>
</div>
"""


def fill(d):
    org = d.provider()
    words = [w for w in (d.org_alt or d.org).replace("&", "").split() if w[:1].isupper()]
    unit = d.pick(["CEC hours", "contact hours", "continuing education hours"])
    board = d.pick(
        [
            "IICRC",
            "Institute of Inspection, Cleaning and Restoration Certification (IICRC)",
            "IICRC Continuing Education Committee",
        ]
    )
    return {
        "initials": "".join(w[0] for w in words)[:3],
        "radius": d.pick(["0", "6px", "50%"]),
        "org": org,
        "dept": d.pick(
            [
                "Continuing Education & Professional Development",
                "Office of Continuing Education",
                "Education Department",
            ]
        ),
        "name": d.name(d.pick(["plain", "plain", "upper"])),
        "date": d.date(d.pick(["us_numeric", "us_numeric", "long", "short_month", "iso"])),
        "program": d.pick(["continuing education", "professional development", "technical"]),
        "title": d.title(d.pick(["plain", "with_code"])),
        "city": d.city(),
        "signer": d.person(),
        "role": d.pick(["Assistant Dean", "Director", d.role()]),
        "stars": "*" * 58,
        "board": board,
        "hours": d.hours_number(),
        "unit": unit,
        "approval_label": d.pick(
            ["course approval number", "approval no.", "provider and course number"]
        ),
        "approval": d.approval(),
        "disclaimer": "Approval of an individual education provider does not constitute "
        "endorsement of program content.",
        "credit_kind": d.pick(["IICRC continuing education credit", "continuing education credit"]),
        "accredited": d.pick(
            [
                f"{org} is an approved school of the IICRC and provides continuing education "
                "for cleaning, inspection and restoration professionals.",
                f"{org} maintains attendance records for this program for a period of five years.",
            ]
        ),
    }
