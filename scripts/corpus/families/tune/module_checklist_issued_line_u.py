"""A portrait completion certificate from a training school: the school's
wordmark with its street address at the top left and a certificate number at
the top right, a centred heading, "This is to certify that" and the name in
a bold serif over a rule, a paragraph naming the course, the day it was
finished and the credit, a two-column module checklist with tick marks, a
line saying when and by whom the certificate was issued, a signature block
beside a round stamp, and a tiny revision and verification footer."""

SOURCE = (
    "moitorrijos/intertraining:templates/certificate.php (Certificate of Completion, 'This is to "
    "certify that', name over a rule, paragraph, 'Code: Description / Completed' table, issue-date "
    "line, signature and seal)"
)
KIND = "course"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "portrait",
    "table",
    "sentence",
    "hours-in-sentence",
    "distractor-date",
    "distractor-person",
    "provider-in-logo",
    "address",
    "tiny-footer",
)

TEMPLATE = """<style>
.w { position:absolute; inset:0; padding:54px 66px 0; font: 14px ${serif}; color:#1c1c1c }
.top { position:absolute; left:0; right:0; top:0; height:10px; background:${accent} }
.hd { display:flex; justify-content:space-between; align-items:flex-start; border-bottom:1px solid #bbb; padding-bottom:12px }
.wm { font: bold 21px ${sans}; color:${dark}; letter-spacing:0.3px; max-width:470px; line-height:24px }
.ad { font: 11px ${sans}; color:#555; margin-top:3px; line-height:14px }
.no { text-align:right; font: 11px ${sans}; color:#444; line-height:15px; white-space:nowrap }
.no b { font: bold 13px ${mono}; color:#222 }
h2 { margin:64px 0 0; text-align:center; font: 34px ${display}; color:${dark}; letter-spacing:1px }
.ct { text-align:center; font-style:italic; font-size:15px; color:#444; margin-top:16px }
h1 { text-align:center; margin:10px 0 0; font: bold 32px ${serif}; color:#111 }
hr { border:none; border-top:1.5px solid ${dark}; width:62%; margin:10px auto 0 }
.par { margin:26px 10px 0; font-size:14.5px; line-height:22px; text-align:justify }
table { width:100%; border-collapse:collapse; margin-top:26px; font: 13px ${sans} }
th { background:${light}; text-align:left; padding:6px 10px; border:1px solid #999; font-size:11.5px; letter-spacing:0.6px; text-transform:uppercase; color:#333 }
td { padding:8px 10px; border:1px solid #bbb }
td.k { width:92px; text-align:center; font-size:15px; color:${dark} }
.iss { margin:26px 10px 0; font-size:13.5px; line-height:19px; color:#333 }
.sg { display:flex; justify-content:space-between; align-items:flex-end; margin:44px 10px 0 }
.sg .s { width:280px; font: 12.5px ${sans}; color:#333; line-height:16px }
.sg .h { font: 27px ${handf}; color:#1d2c6b; border-bottom:1px solid #333; height:38px; line-height:44px; white-space:nowrap; overflow:hidden }
.stamp { width:96px; height:96px; border-radius:50%; border:3px double ${accent}; color:${accent}; display:flex; align-items:center; justify-content:center;
  text-align:center; font: bold 10px ${sans}; letter-spacing:1px; line-height:13px; transform:rotate(-12deg); text-transform:uppercase }
.ft { position:absolute; left:66px; right:66px; bottom:20px; display:flex; justify-content:space-between; font: 8px ${sans}; color:#777 }
</style>
<div class="top"></div>
<div class="w">
 <div class="hd">
  <div><div class="wm">${school}</div><div class="ad">${street} &middot; ${town} &middot; ${phone}</div></div>
  <div class="no">${no_label}<br><b>${cert_no}</b></div>
 </div>
 <h2>${heading}</h2>
 <div class="ct">${certify}</div>
 <h1>${name}</h1>
 <hr>
 <div class="par">${p1} <b>${title}</b>${p2} <span style="white-space:nowrap">${date}</span>${p3} <b>${hours}</b>${p4}</div>
 <table><tr><th>${col1}</th><th style="text-align:center">${col2}</th></tr>${rows_html}</table>
 <div class="iss">${issued_a} <span style="white-space:nowrap">${issue_date}</span>.</div>
 <div class="sg">
  <div class="s"><div class="h">${signer}</div>${signer}<br>${signer_role}</div>
  <div class="stamp">${stamp_html}</div>
 </div>
</div>
<div class="ft"><span>${foot_l}</span><span>${foot_r}</span></div>
"""

MODULES = {
    "water": [
        "Principles of psychrometry",
        "Categories and classes of water loss",
        "Moisture inspection and mapping",
        "Extraction and controlled demolition",
        "Dehumidification and air movement",
        "Monitoring and drying documentation",
        "Safety, PPE and electrical hazards",
    ],
    "mold": [
        "Fungal ecology and health effects",
        "Containment design and negative air",
        "Source removal and HEPA cleaning",
        "Personal protective equipment",
        "Post-remediation evaluation",
        "Documentation and the S520 standard",
    ],
    "fire": [
        "Combustion and residue chemistry",
        "Pre-testing and cleaning methods",
        "Odor sources and deodorization",
        "Contents cleaning and pack-out",
        "Structural cleaning and sealing",
        "Job documentation",
    ],
    "carpet": [
        "Fibre identification and construction",
        "Soil types and spot chemistry",
        "Hot water extraction procedures",
        "Low-moisture cleaning methods",
        "Upholstery pre-inspection",
        "Customer relations and safety",
    ],
}


def _topic(course: str) -> str:
    c = course.lower()
    if "mold" in c or "microbial" in c or "antimicrobial" in c or "containment" in c:
        return "mold"
    if "fire" in c or "smoke" in c or "odor" in c or "deodor" in c:
        return "fire"
    if any(w in c for w in ("carpet", "upholstery", "rug", "leather", "tile", "color", "spotting")):
        return "carpet"
    return "water"


def fill(d):
    street, town = d.address()
    mods = MODULES[_topic(d.course)]
    picks = mods[: d.pick([4, 5, len(mods)])]
    tick = d.pick(["&#10003;", "&#10004;", "&#9745;"])
    rows = "".join(
        f"<tr><td>{i}. {m}</td><td class='k'>{tick}</td></tr>" for i, m in enumerate(picks, 1)
    )
    school = d.provider()
    return {
        "handf": d.fonts["hand"].replace(", cursive", ", 'Dancing Script', cursive"),
        "school": school,
        "street": street,
        "town": town,
        "phone": d.phone(),
        "no_label": d.pick(["Certificate No.", "Cert. #", "Record no."]),
        "cert_no": d.number(),
        "heading": d.pick(["Certificate of Completion", "Completion Certificate"]),
        "certify": d.pick(["This is to certify that", "This certifies that"]),
        "name": d.name(d.pick(["plain", "plain", "upper"])),
        "p1": d.pick(
            [
                "has satisfactorily completed all required modules of the course",
                "has attended and satisfactorily completed the training course",
            ]
        ),
        "title": d.title(),
        "p2": d.pick([", finishing on", ", with the final module completed on", ", concluding on"]),
        "date": d.date(d.pick(["long", "ordinal", "dmy_long", "short_month"])),
        "p3": d.pick([", and is credited with", ". The course carries"]),
        "hours": d.hours(d.pick(["cec_hours", "words", "hours_title", "cecs"])),
        "p4": d.pick(
            [
                " toward IICRC certification and renewal.",
                " of instruction, including the written examination.",
                ".",
            ]
        ),
        "col1": d.pick(["Module: Description", "Code: Description", "Training module"]),
        "col2": d.pick(["Completed", "Done", "Passed"]),
        "rows_html": rows,
        "issued_a": d.pick(
            [
                "This certificate was issued by the records office on",
                "Certificate issued, after review of attendance and examination records, on",
            ]
        ),
        "issue_date": d.other_date("issue", d.pick(["long", "us_numeric", "dmy_long"])),
        "signer": d.person(),
        "signer_role": d.role(),
        "stamp_html": d.pick(
            ["Course<br>Record<br>Verified", "Official<br>Seal", "Training<br>Office"]
        ),
        "foot_l": f"Form TC-{d.pick(['07', '12', '21'])} rev. {d.other_date('print', 'us_short')}",
        "foot_r": d.pick(
            [
                "Verify this certificate by number with the records office.",
                "Not valid without stamp. Duplicates marked as such.",
            ]
        ),
    }
