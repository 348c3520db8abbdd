"""A certificate supplement issued with a restoration course certificate,
laid out like the European certificate and diploma supplements (portrait):
a heading with an asterisked explanatory note, then numbered sections,
each a shaded caption bar with its number over a bordered box: the title
of the certificate, the holder (name, registration number, date of birth),
a bulleted profile of skills, the occupations it serves, its official
basis as a two-by-two grid of captioned boxes (awarding body, approving
body with approval number, level, grading), and how it was acquired: a
small table splitting the hours between classroom, hands-on and
assessment (hour figures that are parts of the credit) with the total
duration under it. Date completed, date of issue and the signatory's
name and capacity close it."""

from datetime import timedelta
from html import escape

from corpus import formats as F
from corpus import values as V

SOURCE = (
    "FH-Complete/FHC-AddOn-KTU:system/xsl/DiplSupplement_0_v3.xsl (numbered sections "
    "'Information identifying the holder of the qualification', boxed captions) and the Europass "
    "Certificate Supplement's numbered headings (title of the certificate, profile of skills and "
    "competences, range of occupations, official basis, officially recognised ways of acquiring "
    "the certificate with duration)"
)
KIND = "course"
PAPER = ["a4-portrait", "letter-portrait"]
CATEGORIES = (
    "labelled",
    "record",
    "portrait",
    "table",
    "numbered",
    "distractor-hours",
    "distractor-date",
    "distractor-person",
    "tiny-footer",
)

TEMPLATE = """<style>
.w { position:absolute; left:50px; right:50px; top:40px; bottom:30px; font: 13px ${body}; color:#1a1a1a }
.top { display:flex; justify-content:space-between; align-items:flex-end; border-bottom:3px solid ${accent}; padding-bottom:6px }
.top .k { font: bold 11px ${sans}; letter-spacing:3px; color:${accent}; text-transform:uppercase }
.top h1 { font: bold 22px ${head}; margin:2px 0 0; letter-spacing:.5px; text-transform:uppercase; color:${dark} }
.top .c { font: 10px ${sans}; color:#555; text-align:right; line-height:13px }
.xn { font: italic 9.5px ${sans}; color:#555; margin-top:4px; line-height:12px }
.s { margin-top:13px }
.cap { background:${cap_bg}; color:${cap_fg}; font: bold 11px ${sans}; text-transform:uppercase; letter-spacing:.7px; padding:4px 8px }
.cap i { font-style:normal; display:inline-block; width:22px }
.bx { border:1px solid #999; border-top:none; padding:8px 10px; line-height:18px }
.big { font: bold 16px ${head}; color:#111 }
.hold { display:flex; gap:26px } .hold em { display:block; font: normal 9.5px ${sans}; color:#666; text-transform:uppercase }
.hold b { font-size:13px }
ul { margin:0; padding-left:18px } li { margin:1px 0 }
.g2 { display:grid; grid-template-columns: 1fr 1fr; border-left:1px solid #999 }
.g2 div { border-right:1px solid #999; border-bottom:1px solid #999; padding:4px 8px 6px; line-height:15px }
.g2 em { display:block; font: normal 9.5px ${sans}; color:#555; margin-bottom:2px }
table { width:100%; border-collapse:collapse; font-size:12.5px }
th { font: bold 9.5px ${sans}; text-transform:uppercase; color:#444; text-align:left; border-bottom:1px solid #777; padding:3px 5px }
td { border-bottom:1px solid #ddd; padding:4px 5px } td.n, th.n { text-align:right }
.tot { margin-top:5px; font-weight:bold }
.foot { display:grid; grid-template-columns: 1fr 1fr 1.3fr; border-left:1px solid #999 }
.foot div { border-right:1px solid #999; border-bottom:1px solid #999; padding:5px 8px 7px; min-height:52px }
.foot em { display:block; font: normal 9.5px ${sans}; color:#555 }
.foot .h { display:block; margin-top:6px; font: 21px ${hand}; color:#1b2a6e; line-height:28px; white-space:nowrap }
.fn { position:absolute; left:0; right:0; bottom:0; font: 8.5px ${sans}; color:#666; line-height:11px }
</style>
<div class="w">
 <div class="top"><div><div class="k">${kicker}</div><h1>${doc_title} (*)</h1></div><div class="c">${org_small}<br>${supp_no_label} ${supp_no}</div></div>
 <div class="xn">(*) ${explain}</div>
 <div class="s"><div class="cap"><i>1.</i>${c1}</div><div class="bx"><span class="big">${title}</span></div></div>
 <div class="s"><div class="cap"><i>2.</i>${c2}</div><div class="bx"><div class="hold">
  <div><em>${l_name}</em><b>${name}</b></div><div><em>${l_reg}</em><b>${reg}</b></div><div><em>Date of birth</em><b>${dob}</b></div></div></div></div>
 <div class="s"><div class="cap"><i>3.</i>${c3}</div><div class="bx"><ul>${skills_html}</ul></div></div>
 <div class="s"><div class="cap"><i>4.</i>${c4}</div><div class="bx">${occupations}</div></div>
 <div class="s"><div class="cap"><i>5.</i>${c5}</div><div class="g2">
  <div><em>${l_awarding}</em>${provider_html}</div>
  <div><em>${l_approving}</em>${approving}</div>
  <div><em>Level of the certificate</em>${level}</div>
  <div><em>Grading scale / pass requirements</em>${grading}</div>
 </div></div>
 <div class="s"><div class="cap"><i>6.</i>${c6}</div><div class="bx">
  <table><tr><th>${h_part}</th><th class="n">Share</th><th class="n">${h_dur}</th></tr>${split_html}</table>
  <div class="tot">${total_label}: ${hours}</div>
  <div>${entry}</div>
 </div></div>
 <div class="s"><div class="cap"><i>7.</i>${c7}</div><div class="foot">
  <div><em>${l_completed}</em>${date}</div>
  <div><em>Date of issue of this supplement</em>${issued}</div>
  <div><em>Name and capacity of signatory</em><span class="h">${signer}</span>${signer}, ${signer_role}</div>
 </div></div>
 <div class="fn">${fine}</div>
</div>
"""

SKILLS = [
    "inspect a loss and classify the water category and class of damage",
    "set up and monitor drying equipment and record psychrometric readings",
    "apply the relevant industry standard and document each step for the file",
    "choose and use personal protective equipment for the hazards present",
    "explain the work plan and limitations to the property owner",
    "recognise when a specialist or indoor environmental professional is needed",
]


def fill(d):
    r = d.rng
    title = d.title(d.pick(["plain", "plain", "with_code", "upper"]))
    name = d.name(d.pick(["plain", "upper", "plain"]))
    org = d.provider()
    date_style = d.pick(["long", "dmy_long", "iso", "dmy_numeric", "short_month"])
    date = d.date(date_style)
    hours = d.hours(d.pick(["hours_title", "cec_hours", "words", "contact_and_cec"]))
    approval = d.approval() if d.chance(0.7) else None

    total = d.credit
    parts = d.pick(
        [
            [("Classroom instruction", 0.6), ("Hands-on lab", 0.3), ("Written examination", 0.1)],
            [("Lecture and discussion", 0.75), ("Practical exercises", 0.25)],
            [("Live online sessions", 0.5), ("Classroom and lab", 0.4), ("Assessment", 0.1)],
        ]
    )
    split = []
    left = total
    for i, (part, share) in enumerate(parts):
        h = left if i == len(parts) - 1 else round(total * share * 2) / 2
        left -= h
        split.append(
            f"<tr><td>{part}</td><td class='n'>{round(share * 100)}%</td>"
            f"<td class='n'>{F.fmt_number(h, r, decimals_ok=False)}</td></tr>"
        )
    issued = d.completed + timedelta(days=r.randint(3, 40))
    dob = d.completed.replace(year=d.completed.year - r.randint(22, 55), day=r.randint(1, 28))
    approving = (
        f"IICRC — continuing education approval no. {escape(approval)}"
        if approval
        else d.pick(["IICRC approved school", "Approved for IICRC continuing education credit"])
    )
    if d.org in V.ASSOCIATIONS:
        status = d.pick(["Trade association", "Not-for-profit trade association"])
    elif d.org in [m[0] for m in V.MANUFACTURERS]:
        status = d.pick(["Manufacturer's training program", "Equipment maker's academy"])
    else:
        status = d.pick(["Private training school", "Independent training provider"])
    cap_bg = d.pick([d.colors["light"], "#e6e6e6", d.colors["dark"]])
    return {
        "body": d.fonts[d.pick(["sans", "serif"])],
        "head": d.fonts[d.pick(["display", "serif", "sans"])],
        "cap_bg": cap_bg,
        "cap_fg": "#fff" if cap_bg == d.colors["dark"] else "#111",
        "kicker": d.pick(["Supplement", "Record of learning", "Annex to the certificate"]),
        "doc_title": d.pick(["Certificate Supplement", "Course Certificate Supplement"]),
        "org_small": d.pick(["Issued with the course certificate", "Page 1 of 1"]),
        "supp_no_label": d.pick(["Supplement no.", "Ref."]),
        "supp_no": d.number(),
        "explain": d.pick(
            [
                "This document gives further information about the certificate named in section 1 "
                "and has no standing of its own without it.",
                "Explanatory note: designed to help employers and certifying bodies understand "
                "the course; valid only with the original certificate.",
            ]
        ),
        "c1": d.pick(["Title of the certificate", "Title of the course certificate"]),
        "title": title,
        "c2": d.pick(["Information identifying the holder", "Holder of the certificate"]),
        "l_name": d.pick(["Name", "Name of holder", "Full name"]),
        "name": name,
        "l_reg": d.pick(["Student no.", "Registration no."]),
        "reg": d.number(),
        "dob": F.fmt_date(dob, date_style),
        "c3": "Profile of skills and competences",
        "skills_html": "".join(f"<li>{s}</li>" for s in r.sample(SKILLS, d.pick([3, 4]))),
        "c4": "Range of occupations accessible to the holder",
        "occupations": d.pick(
            [
                "Restoration technician; crew lead on water, fire and mold losses; estimator "
                "assistant. The course also counts toward renewal of existing certifications.",
                "Cleaning and restoration technician in contracting firms, insurance repair "
                "programs and property management maintenance teams.",
            ]
        ),
        "c5": "Official basis of the certificate",
        "l_awarding": "Name and status of the body awarding the certificate",
        "provider_html": f"<b>{escape(org)}</b><br>{status}",
        "l_approving": "Body approving the course for continuing education",
        "approving": approving,
        "level": d.pick(
            ["Continuing education, non-credit", "Technician level; no academic credit"]
        ),
        "grading": d.pick(
            [
                "Pass / fail; 70% on the written examination and full attendance.",
                "Full attendance; examination administered separately.",
            ]
        ),
        "c6": "Officially recognised ways of acquiring the certificate",
        "h_part": d.pick(["Description of training received", "Component"]),
        "h_dur": d.pick(["Hours", "Duration (h)"]),
        "split_html": "".join(split),
        "total_label": d.pick(
            ["Total duration of the training leading to the certificate", "Total duration"]
        ),
        "hours": hours,
        "entry": d.pick(
            [
                "Entry requirements: none; field experience recommended.",
                "Entry requirements: a current certification in the same discipline is advised.",
            ]
        ),
        "c7": d.pick(["Certification of the supplement", "Dates and signature"]),
        "l_completed": d.pick(["Course completed on", "Date of completion"]),
        "date": date,
        "issued": F.fmt_date(issued, date_style),
        "signer": d.person(),
        "signer_role": d.pick(["Director of Education", "Registrar", "Program Coordinator"]),
        "fine": d.pick(
            [
                "Official stamp or seal appears on the original certificate. Verify at "
                + d.web()
                + ".",
                "This supplement describes the course as delivered on the date shown; content "
                "may differ for later classes. " + d.web(),
            ]
        ),
    }
