"""Not a training record: an occupational health clinic's written
recommendation on a restoration technician's respirator medical evaluation,
as a portrait letter. The clinic is named only in its letterhead beside a
round logo; the letter date, the employer's safety contact and address, and
a RE line open it; running sentences say the employee (named, with job
title) was evaluated on a date and how; a determination block ticks
cleared, cleared with restrictions or not cleared, and the respirator types
covered; restrictions, the re-evaluation date and the copy given to the
employee follow in sentences; the examining physician or clinician signs in
a script hand with credentials and licence number, with a cc line. Below a
dashed cut line sits a wallet card to keep: a dark band with light text,
the employee, employer, clearance and re-evaluation dates and respirator
types on the front, the clinician and clinic phone on the back. It names
people and says something was passed and cleared on a date, but records no
one's course completion."""

SOURCE = (
    "document type: respirator medical clearance / PLHCP written recommendation under OSHA "
    "29 CFR 1910.134(e)(6) (limitations on use, need for follow-up evaluation, statement that "
    "the employee was given a copy), as occupational health clinics issue it; determination "
    "and respirator type check boxes after the Middlebury College EH&S respirator medical form "
    "(Half / Full / SCBA / PAPR; medically qualified, with restrictions, not qualified; re-exam), "
    "and the clearance certificate step described in the SYSTOC occupational health help "
    "(www.systoc.com, 'Respirator Clearance')"
)
KIND = "other"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "other",
    "portrait",
    "letter",
    "sentence",
    "wallet",
    "dark-band",
    "provider-in-logo",
    "distractor-person",
    "distractor-date",
    "checkboxes",
)

TEMPLATE = """<style>
.lh { position:absolute; left:60px; right:60px; top:40px; display:flex; align-items:center; gap:14px;
  border-bottom:3px solid ${dark}; padding-bottom:10px }
.logo { width:54px; height:54px; border-radius:50%; background:${dark}; position:relative; flex:none }
.logo i, .logo u { position:absolute; background:#fff; left:50%; top:50% }
.logo i { width:12px; height:32px; margin:-16px 0 0 -6px } .logo u { width:32px; height:12px; margin:-6px 0 0 -16px }
.logo.ring { background:#fff; border:5px solid ${dark} } .logo.ring i, .logo.ring u { background:${accent} }
.cn { flex:1; min-width:0 } .cn b { display:block; font: bold 20px ${lh_face}; color:${dark}; white-space:nowrap }
.cn span { font: italic 12px ${serif}; color:#555 }
.ad { font: 10.5px ${sans}; color:#444; margin-top:3px; white-space:nowrap }
.w { position:absolute; left:72px; right:72px; top:132px; font: 13px ${body}; color:#1a1a1a; line-height:18px }
.w p { margin:0 0 8px }
.to { margin:10px 0 10px }
.re { font-weight:bold; margin-bottom:10px }
.det { border:1px solid #999; padding:6px 10px; margin:4px 0 10px; font-size:12.5px; line-height:18px }
.det .h { font: bold 11px ${sans}; letter-spacing:1px; text-transform:uppercase; color:${dark} }
.bx { display:inline-block; width:12px; height:12px; border:1px solid #222; margin-right:6px;
  font: bold 11px ${sans}; line-height:11px; text-align:center; vertical-align:-1px }
.ty { display:flex; flex-wrap:wrap; gap:2px 18px; margin-top:3px }
.sg { margin-top:8px } .sg .hand { font: 27px ${hand}; color:#1b2a6b; line-height:40px; height:42px }
.sg div { line-height:16px }
.cc { margin-top:8px; font-size:11.5px; color:#444 }
.cut { position:absolute; left:40px; right:40px; bottom:250px; border-top:1.5px dashed #777;
  font: 10px ${sans}; color:#666; text-align:center }
.cut span { position:relative; top:-8px; background:#fff; padding:0 8px }
.cards { position:absolute; left:0; right:0; bottom:30px; display:flex; justify-content:center; gap:26px }
.card { width:324px; height:204px; border:1px solid #888; border-radius:10px; overflow:hidden; font: 11px ${sans}; color:#222; position:relative }
.card .bd { background:${dark}; color:#fff; padding:7px 12px; font: bold 12px ${sans}; letter-spacing:0.8px; white-space:nowrap; overflow:hidden }
.card .bd small { display:block; font: 9px ${sans}; letter-spacing:0.5px; opacity:0.85 }
.card .in { padding:7px 12px; line-height:16px }
.card .nm { font: bold 14px ${sans}; margin-bottom:2px }
.card .lb { color:#666; font-size:9.5px; text-transform:uppercase; letter-spacing:0.5px }
.card .row { display:flex; gap:16px }
.card .hs { font: 22px ${hand}; color:#1b2a6b; line-height:26px; border-bottom:1px solid #888; margin:4px 0 2px }
.card .note { font-size:9px; color:#555; line-height:11.5px; margin-top:6px }
</style>
<div class="lh">
 <div class="logo ${logo_style}"><i></i><u></u></div>
 <div class="cn"><b>${clinic}</b><span>${clinic_sub}</span>
  <div class="ad">${street}, ${town} &middot; Tel ${phone} &middot; Fax ${fax}</div></div>
</div>
<div class="w">
 <p>${letter_date}</p>
 <div class="to">${contact}, ${contact_role}<br>${employer}<br>${emp_street}<br>${emp_town}</div>
 <div class="re">RE: ${re_text} &mdash; ${employee}</div>
 <p>${salutation}</p>
 <p>${para1}</p>
 <div class="det">
  <div class="h">${det_head}</div>
  ${decision_html}
  <div class="h" style="margin-top:4px">Respirator type(s)</div>
  <div class="ty">${types_html}</div>
 </div>
 <p>${para2}</p>
 <p>${para3}</p>
 <div class="sg">${closing}<div class="hand">${clinician}</div>
  <div>${clinician}, ${creds}</div><div>${clin_role} &middot; Lic. ${lic}</div></div>
 <div class="cc">cc: ${employee} (employee copy); medical record</div>
</div>
<div class="cut"><span>&#9986; ${cut_text}</span></div>
<div class="cards">
 <div class="card"><div class="bd">${card_head}<small>${clinic_short}</small></div>
  <div class="in"><div class="nm">${employee}</div>
   <div>${employer}</div>
   <div class="row"><div><div class="lb">${card_cleared_label}</div>${card_cleared}</div>
    <div><div class="lb">Re-evaluate by</div>${card_due}</div></div>
   <div class="lb" style="margin-top:3px">Cleared for</div><div>${card_types}</div></div></div>
 <div class="card"><div class="in"><div class="lb">Examining clinician</div>
   <div class="hs">${clinician}</div><div>${clinician}, ${creds}</div>
   <div>${clinic_short} &middot; ${phone}</div>
   <div class="note">${card_note}</div></div></div>
</div>
"""

CLINICS = [
    ("Lakeshore Occupational Health", "Lakeshore Occ Health"),
    ("WorkWell Occupational Medicine", "WorkWell Occ Med"),
    ("Summit Employer Health Center", "Summit Employer Health"),
    ("Riverbend Industrial Medicine", "Riverbend Industrial Med."),
    ("Prairie OccuCare Clinic", "Prairie OccuCare"),
]
EMPLOYERS = [
    "ServiceFirst Restoration, Inc.",
    "Pacific Crest Water & Mold",
    "Allied Emergency Restoration",
    "Copperline Restoration Services",
    "Three Rivers Fire & Water",
    "Bayside Mitigation Group",
]
TYPES = [
    ("Filtering facepiece (N95)", "N95"),
    ("Half-face air-purifying (APR)", "Half-face APR"),
    ("Full-face air-purifying (APR)", "Full-face APR"),
    ("Powered air-purifying (PAPR)", "PAPR"),
    ("Self-contained breathing apparatus (SCBA)", "SCBA"),
]


def fill(d):
    from datetime import timedelta

    from corpus.formats import fmt_date

    r = d.rng
    clinic, clinic_short = d.pick(CLINICS)
    employer = d.pick(EMPLOYERS)
    employee = d.person()
    clinician = d.person()
    style = d.pick(["long", "us_numeric", "short_month", "ordinal", "dmy_long"])
    card_style = d.pick(["us_numeric", "us_short", "dd_mon_yyyy"])
    exam = d.completed
    due = exam + timedelta(days=d.pick([365, 365, 730, 1095]))
    letter_day = exam + timedelta(days=r.randrange(0, 5))
    street, town = d.address()
    emp_street, emp_town = d.address()
    restricted = d.chance(0.3)
    n_types = d.pick([2, 3, 3, 4])
    chosen = sorted(r.sample(range(4), n_types))
    if restricted:
        chosen = [i for i in chosen if i != 4][:3] or [0, 1]
    decisions = [
        "Medically cleared to use the respirator(s) below without restrictions",
        "Medically cleared with the restrictions noted below",
        "Not cleared at this time; further evaluation required",
    ]
    ticked = 1 if restricted else 0
    decision_html = "".join(
        f'<div><span class="bx">{"X" if i == ticked else "&nbsp;"}</span>{text}</div>'
        for i, text in enumerate(decisions)
    )
    types_html = "".join(
        f'<div><span class="bx">{"&#10003;" if i in chosen else "&nbsp;"}</span>{TYPES[i][0]}</div>'
        for i in range(len(TYPES))
    )
    how = d.pick(
        [
            "review of the OSHA Respirator Medical Evaluation Questionnaire (29 CFR 1910.134, "
            "Appendix C)",
            "the OSHA Appendix C questionnaire, spirometry and a focused physical examination",
            "a medical questionnaire review and a telephone follow-up with the examining provider",
        ]
    )
    job = d.pick(
        [
            "water damage technician",
            "mold remediation technician",
            "fire and smoke restoration technician",
            "crew lead",
        ]
    )
    para1 = d.pick(
        [
            f"{employee}, employed by your company as a {job}, was seen at our clinic on "
            f"{fmt_date(exam, style)} for a respirator medical evaluation. The evaluation "
            f"consisted of {how}.",
            f"On {fmt_date(exam, style)} we completed a respirator medical evaluation for "
            f"{employee} ({job}) at your request, based on {how}.",
        ]
    )
    if restricted:
        limit = d.pick(
            [
                "Restrictions: not cleared for SCBA or for heavy exertion in heat while wearing a "
                "tight-fitting respirator; a PAPR may be substituted.",
                "Restrictions: respirator use limited to four hours per shift with rest breaks; "
                "no SCBA.",
            ]
        )
    else:
        limit = "No limitations on respirator use were identified."
    para2 = (
        f"{limit} A medical re-evaluation is due by {fmt_date(due, style)}, or sooner if the "
        "employee reports symptoms related to respirator use, if fit testing shows a need, or if "
        "work conditions change to add physical burden."
    )
    para3 = d.pick(
        [
            "A copy of this written recommendation has been given to the employee. Fit testing "
            "may proceed. This letter contains no confidential medical information.",
            "The employee has been provided a copy of this recommendation. Clearance is for "
            "medical fitness only and does not replace an annual fit test or respirator training.",
        ]
    )
    contact = d.person()
    contact_role = d.pick(["Safety Director", "HR Manager", "Operations Manager"])
    creds, lic, clin_role = d.pick(
        [
            ("MD, MPH", "MD", "Medical Director"),
            ("MD", "MD", "Occupational Medicine Physician"),
            ("DO", "DO", "Examining Physician"),
            ("PA-C", "PA", "Examining Provider"),
            ("FNP-C", "APRN", "Nurse Practitioner, Occupational Health"),
        ]
    )
    card_types = ", ".join(TYPES[i][1] for i in chosen)
    return {
        "lh_face": d.fonts[d.pick(["serif", "sans", "display"])],
        "body": d.fonts[d.pick(["serif", "sans"])],
        "logo_style": d.pick(["", "ring"]),
        "clinic": clinic,
        "clinic_short": clinic_short,
        "clinic_sub": d.pick(
            [
                "Occupational Medicine · Employer Services",
                "Workplace health, drug testing and physicals",
                "A department of occupational and environmental medicine",
            ]
        ),
        "street": street,
        "town": town,
        "phone": d.phone(),
        "fax": d.phone(),
        "letter_date": fmt_date(letter_day, "long"),
        "contact": contact,
        "contact_role": contact_role,
        "employer": employer,
        "emp_street": emp_street,
        "emp_town": emp_town,
        "re_text": d.pick(
            [
                "Respirator Medical Clearance",
                "Written Recommendation, Respirator Use (29 CFR 1910.134)",
                "Respirator Medical Evaluation",
            ]
        ),
        "employee": employee,
        "salutation": d.pick([f"Dear {contact_role}:", "To the employer:", f"Dear {contact}:"]),
        "para1": para1,
        "det_head": d.pick(["Determination", "Medical determination", "Clearance status"]),
        "decision_html": decision_html,
        "types_html": types_html,
        "para2": para2,
        "para3": para3,
        "closing": d.pick(["Sincerely,", "Respectfully,", "Regards,"]),
        "clinician": clinician,
        "creds": creds,
        "clin_role": clin_role,
        "lic": f"{lic}{r.randrange(10000, 99999)}",
        "cut_text": d.pick(
            [
                "Cut along the line and keep this card with you",
                "Detach wallet card",
                "Employee card",
            ]
        ),
        "card_head": d.pick(["RESPIRATOR CLEARANCE", "RESPIRATOR MEDICAL CLEARANCE"]),
        "card_cleared_label": d.pick(["Cleared", "Evaluated", "Date cleared"]),
        "card_cleared": fmt_date(exam, card_style),
        "card_due": fmt_date(due, card_style),
        "card_types": card_types + (" (restrictions apply)" if restricted else ""),
        "card_note": d.pick(
            [
                "Medical clearance only. A fit test is required for each make, model and size "
                "of tight-fitting respirator.",
                "Present to your supervisor or fit tester. Not valid after the re-evaluation date.",
            ]
        ),
    }
