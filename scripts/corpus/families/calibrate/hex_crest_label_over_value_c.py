"""A quiet portrait certificate laid out like a civil-registration SVG: a
hexagonal crest with the issuer's name in spaced capitals at the top, a
centred record number with a small issuance date under it, then centred
pairs of a light caption line over a bold value (holder, completion date,
course, credit) between hairline dividers, a small approval sentence and a
signature over the registrar's name and role in brackets."""

SOURCE = "opencrvs/opencrvs-countryconfig:src/features/config/scripts/birth-certificate-template-default.ts"
KIND = "course"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "portrait",
    "labelled",
    "provider-in-logo",
    "distractor-date",
    "distractor-person",
    "date-words",
    "caption-over-value",
    "approval-in-sentence",
)

TEMPLATE = """<style>
.fr { position:absolute; inset:30px; border:1.5px solid #dcdcdc }
.w { position:absolute; inset:70px 80px 60px; display:flex; flex-direction:column; align-items:center; text-align:center;
  font-family:${sans}; color:#222 }
.crest { width:96px; height:108px; clip-path:polygon(50% 0, 100% 25%, 100% 75%, 50% 100%, 0 75%, 0 25%);
  background:linear-gradient(180deg, ${light} 0 34%, ${accent} 34% 58%, ${dark} 58% 100%); position:relative }
.crest i { position:absolute; left:50%; top:18px; width:18px; height:18px; margin-left:-9px; border-radius:50%; background:${accent} }
.org { margin-top:10px; font-size:12.5px; font-weight:800; letter-spacing:0.22em; text-transform:uppercase; max-width:560px; line-height:17px }
.nl { margin-top:34px; font-size:19px }
.nv { font-size:21px; font-weight:600; letter-spacing:1.5px; margin-top:4px }
.iss { font-size:13px; margin-top:12px; color:#333 }
.hr { width:100%; border-top:1px solid #e2e2e2; margin:34px 0 }
.cap { font-size:17px; font-weight:300; color:#333 }
.val { font-size:23px; font-weight:600; margin:6px 0 30px; line-height:28px; max-width:600px }
.small { font-size:13.5px; color:#333; max-width:560px; line-height:19px }
.sig { margin-top:auto; width:280px }
.sig .h { font-family:${hand}; font-size:30px; color:#27336b; height:44px }
.sig .ln { border-top:1.5px solid #e2e2e2; margin:2px 0 8px }
.sig div.n { font-size:14px; font-weight:300; line-height:20px }
</style>
<div class="fr"></div>
<div class="w">
 <div class="crest"><i></i></div>
 <div class="org">${org}</div>
 <div class="nl">${number_label}</div>
 <div class="nv">${number}</div>
 <div class="iss">${issue_label}: ${issued}</div>
 <div class="hr"></div>
 <div class="cap">${certify}</div>
 <div class="val">${name}</div>
 <div class="cap">${course_cap}</div>
 <div class="val">${title}</div>
 <div class="cap">${date_cap}</div>
 <div class="val">${date}</div>
 <div class="cap">${credit_cap}</div>
 <div class="val" style="margin-bottom:0">${hours}</div>
 <div class="hr"></div>
 <div class="small">${approval_line}</div>
 <div class="sig"><div class="h">${signer}</div><div class="ln"></div><div class="n">${signer}<br>(${role})</div></div>
</div>
"""


def fill(d):
    date_style = d.pick(["words", "words", "long", "ordinal", "dmy_long"])
    date_cap = (
        d.pick(["Completed on", "Course completed on"])
        if date_style != "words"
        else d.pick(["Completed on", "Having completed it on"])
    )
    place = d.pick([f"in {d.city()}", f"at {d.venue()}", "at the provider's training facility"])
    approval = d.approval()
    approval_line = d.pick(
        [
            f"This course was approved by the IICRC under number {approval} and held {place}.",
            f"IICRC course approval no. {approval}. Class held {place}.",
            f"Approved for IICRC continuing education credit, approval {approval}.",
        ]
    )
    return {
        "org": d.provider(),
        "number_label": d.pick(["Certificate No", "Record No.", "Certificate Number"]),
        "number": d.number(),
        "issue_label": d.pick(["Date of issuance of certificate", "Issued", "Date of issue"]),
        "issued": d.other_date("issue", d.pick(["long", "dmy_long", "us_numeric"])),
        "certify": "This is to certify that",
        "name": d.name(d.pick(["plain", "plain", "upper"])),
        "course_cap": d.pick(["Has completed the course", "Successfully completed", "Completed"]),
        "title": d.title(),
        "date_cap": date_cap,
        "date": d.date(date_style),
        "credit_cap": d.pick(
            ["Credit awarded", "Continuing education credit", "Hours of instruction"]
        ),
        "hours": d.hours(
            d.pick(["cec_hours", "words", "hours_title", "contact_and_cec"])
            if d.credit >= 1
            else "cec_hours"
        ),
        "approval_line": approval_line,
        "signer": d.person(),
        "role": d.pick(["Registrar", "Director of Education", d.role()]),
    }
