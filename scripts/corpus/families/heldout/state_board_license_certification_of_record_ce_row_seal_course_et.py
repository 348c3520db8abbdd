"""A state licensing board's certification of a licensee's record (portrait),
of the kind a remediation contractor sends with a bid or a license
application in another state. A centred seal over the state's name in
spaced caps, the board and its program; a title; an opening sentence by
the custodian of records; the license facts as rows of labels with dotted
leaders (licensee, license type, number, first issued, expires, status);
a ruled table of the continuing education credited toward the current
license period with one course in it (title, provider, approval number,
date, hours) and the hours required under it; a line on discipline; the
"in witness whereof" sentence dated in words; the custodian's signature
and an embossed seal in outline. Small print says how to verify online."""

from datetime import timedelta
from html import escape
from urllib.parse import quote

from corpus import formats as F

SOURCE = (
    "https://www.dochub.com/fillable-form/127403-sample-letter-records (records custodian letters "
    "certifying what a search of the agency's records shows, signed and sealed) and "
    "paul-hammant/live-verify:public/use-cases/data/industry-certifications.md (holder, "
    "certification ID, issuing organization, certification and expiration dates, status); "
    "state occupational licensing boards' 'certification of license history' letters for mold "
    "remediation and contractor licensees, with CE credited toward renewal"
)
KIND = "course"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "letter",
    "labelled",
    "table",
    "record",
    "portrait",
    "ornate",
    "seal",
    "distractor-person",
    "distractor-date",
    "distractor-hours",
    "date-words",
    "tiny-footer",
)

TEMPLATE = """<style>
.w { position:absolute; left:78px; right:78px; top:40px; bottom:34px; font: 13.5px ${serif}; color:#141414; line-height:20px }
.hd { text-align:center }
.hd svg { width:78px; height:78px }
.st { font: bold 15px ${serif}; letter-spacing:5px; margin-top:4px }
.bd { font: 13.5px ${serif}; margin-top:1px } .pg { font: italic 12px ${serif}; color:#333 }
.ad { font: 10.5px ${sans}; color:#444; margin-top:3px; padding-bottom:8px; border-bottom:1px solid #333 }
h1 { text-align:center; font: bold 18px ${display}; letter-spacing:1.5px; margin:20px 0 4px; text-transform:uppercase }
.sub { text-align:center; font-size:12px; color:#444 }
.w p { margin-top:14px; text-align:justify }
.facts { margin-top:12px }
.facts div { display:flex; align-items:baseline; margin:2px 0 }
.facts span { white-space:nowrap } .facts i { flex:1; border-bottom:1px dotted #666; margin:0 6px; height:1px }
.facts b { white-space:nowrap; font-weight:${val_w} }
table { width:100%; border-collapse:collapse; margin-top:8px; font: 12px ${sans} }
th { text-align:left; border-top:1.5px solid #111; border-bottom:1px solid #111; padding:4px 5px; font-size:11px }
td { padding:5px 5px; border-bottom:1px solid #bbb; vertical-align:top; line-height:16px }
td.n, th.n { text-align:right; white-space:nowrap } td.d { white-space:nowrap }
.req { font: 11.5px ${sans}; margin-top:4px }
.sg { display:flex; justify-content:space-between; align-items:flex-end; margin-top:20px }
.sg img { display:block }
.sg .r { text-align:left; width:300px; font-size:13px; line-height:18px }
.sg .h { font: 24px ${hand}; overflow:hidden; color:#1c2a6a; height:36px; line-height:36px; border-bottom:1px solid #222; white-space:nowrap }
.fn { position:absolute; left:0; right:0; bottom:0; font: 9px ${sans}; color:#555; text-align:center; line-height:12px }
</style>
<div class="w">
 <div class="hd">
  <svg viewBox="0 0 80 80"><circle cx="40" cy="40" r="37" fill="none" stroke="${dark}" stroke-width="2"/>
   <circle cx="40" cy="40" r="31" fill="none" stroke="${dark}" stroke-width="1" stroke-dasharray="2 2"/>
   <path d="M40 17 L46 33 L63 33 L49 43 L54 60 L40 50 L26 60 L31 43 L17 33 L34 33 Z" fill="${dark}"/></svg>
  <div class="st">${state_caps}</div><div class="bd">${board}</div><div class="pg">${program}</div>
  <div class="ad">${street} &middot; ${town} &middot; ${phone}</div>
 </div>
 <h1>${doc_title}</h1>
 <div class="sub">${sub}</div>
 <p>${opening}</p>
 <div class="facts">
  <div><span>Licensee</span><i></i><b>${name}</b></div>
  <div><span>License type</span><i></i><b>${lic_type}</b></div>
  <div><span>License number</span><i></i><b>${lic_no}</b></div>
  <div><span>${l_first}</span><i></i><b>${first_issued}</b></div>
  <div><span>${l_exp}</span><i></i><b>${expires}</b></div>
  <div><span>Status</span><i></i><b>${status}</b></div>
 </div>
 <p>${ce_intro}</p>
 <table><tr><th>Course</th><th>Provider</th><th>${h_appr}</th><th>${h_date}</th><th class="n">Hours</th></tr>
  <tr><td>${title}</td><td>${provider}</td><td>${approval}</td><td class="d">${date}</td><td class="n">${hours}</td></tr></table>
 <div class="req">${req}</div>
 <p>${discipline}</p>
 <p>${witness}</p>
 <div class="sg">
  <div>${emboss_html}</div>
  <div class="r"><div class="h">${custodian}</div>${custodian}<br>${cust_role}<br>${board}</div>
 </div>
 <div class="fn">${fine}</div>
</div>
"""

STATES = [
    (
        "Texas",
        "Board of Remediation Contractors",
        "Mold Remediation Licensing Program",
        ("1106 Congress Ave, Suite 400", "Austin, TX 78701"),
    ),
    (
        "Louisiana",
        "Board of Indoor Environmental Contractors",
        "Mold Remediation Section",
        ("600 N. Third St", "Baton Rouge, LA 70802"),
    ),
    (
        "New York",
        "Division of Occupational Licensing",
        "Mold Program — Licensing Unit",
        ("State Office Campus, Bldg 12", "Albany, NY 12240"),
    ),
    (
        "Florida",
        "Board of Environmental Service Contractors",
        "Mold-Related Services",
        ("2601 Blair Stone Rd", "Tallahassee, FL 32399"),
    ),
    (
        "Maryland",
        "Home Improvement & Remediation Board",
        "Remediation Licensing",
        ("500 N. Calvert St, Room 306", "Baltimore, MD 21202"),
    ),
]
LICENSES = [
    "Mold Remediation Worker",
    "Mold Remediation Contractor",
    "Mold Remediator",
    "Water Damage Restoration Contractor",
]


def _emboss(state: str) -> str:
    ring = f"SEAL OF THE STATE OF {state.upper()} • OFFICIAL • "
    size = min(11.0, (250 / len(ring) - 1) / 0.6)
    svg = (
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 120" width="120" height="120"><defs><path id="er" d="M60,60 m-45,0 a45,45 0 1,1 90,0 '
        'a45,45 0 1,1 -90,0"/></defs><g fill="none" stroke="#9a9a9a" stroke-opacity=".6">'
        '<circle cx="60" cy="60" r="57" stroke-width="3"/><circle cx="60" cy="60" r="34"/></g>'
        f'<text font-family="serif" font-size="{size:.1f}" fill="#9a9a9a" fill-opacity=".55">'
        f'<textPath href="#er">{escape(ring)}</textPath></text></svg>'
    )
    # the embossed seal is artwork pressed into the paper, not typeset text
    return f'<img src="data:image/svg+xml;utf8,{quote(svg)}" width="120" height="120" alt="">'


def fill(d):
    r = d.rng
    state, board, program, (street, town) = d.pick(STATES)
    name = d.name(d.pick(["plain", "upper", "plain"]))
    title = d.title(d.pick(["plain", "with_code"]))
    provider = d.provider()
    date_style = d.pick(["long", "us_numeric", "short_month"])
    date = d.date(date_style)
    hours = d.hours_number()
    approval = d.approval() if d.chance(0.75) else "—"
    first = d.completed - timedelta(days=r.randint(800, 3000))
    expires = d.completed + timedelta(days=r.randint(60, 700))
    cert_day = d.completed + timedelta(days=r.randint(15, 120))
    required = d.pick([4, 6, 8, 8, 12])
    day_words = F.fmt_date(cert_day, "words")
    custodian = d.person()
    return {
        "val_w": d.pick(["bold", "normal"]),
        "state_caps": f"STATE OF {state.upper()}",
        "board": board,
        "program": program,
        "street": street,
        "town": town,
        "phone": d.phone(),
        "doc_title": d.pick(
            ["Certification of License Record", "License Verification", "Certificate of Record"]
        ),
        "sub": d.pick(
            [f"Issued on request · File {d.number()}", f"Request no. {d.number()}", "Page 1 of 1"]
        ),
        "opening": d.pick(
            [
                f"I, the undersigned custodian of records of the {board}, certify that a search "
                "of the Board's licensing records shows the following for the person named below.",
                f"This is to certify that the official records of the {board} of the State of "
                f"{state} contain the following information:",
            ]
        ),
        "name": name,
        "lic_type": d.pick(LICENSES),
        "lic_no": d.pick(["MRW", "MRC", "RC", "LIC"]) + f"{r.randint(1000, 99999):05d}",
        "l_first": d.pick(["Original issue date", "First licensed"]),
        "first_issued": F.fmt_date(first, date_style),
        "l_exp": d.pick(["Current expiration", "Expires", "License period ends"]),
        "expires": F.fmt_date(expires, date_style),
        "status": d.pick(["ACTIVE — IN GOOD STANDING", "Active", "Current / Active"]),
        "ce_intro": d.pick(
            [
                "Continuing education credited toward the current license period:",
                "The following continuing education is on file for the current license period:",
            ]
        ),
        "h_appr": d.pick(["Approval no.", "Course approval", "Board course no."]),
        "h_date": d.pick(["Completed", "Date", "Date of course"]),
        "title": title,
        "provider": provider,
        "approval": approval,
        "date": date,
        "hours": hours,
        "req": d.pick(
            [
                f"Hours required before renewal: {required}. Hours are credited as reported by "
                "the approved provider.",
                f"Renewal requires {required} hours of board-approved continuing education.",
            ]
        ),
        "discipline": d.pick(
            [
                "No disciplinary action, complaint resolution or administrative penalty appears "
                "in the records of the Board for this licensee.",
                "Disciplinary history: none on record as of the date below.",
            ]
        ),
        "witness": f"In witness whereof, I have set my hand and the seal of the Board on "
        f"{day_words}.",
        "emboss_html": _emboss(state),
        "custodian": custodian,
        "cust_role": d.pick(["Custodian of Records", "Licensing Supervisor", "Records Officer"]),
        "fine": d.pick(
            [
                "A license's current status may be confirmed at any time with the Board's online "
                "license search. This certification reflects the records on the date it was made.",
                "Not valid without the raised seal of the Board. Information released under the "
                "state's public records law.",
            ]
        ),
    }
