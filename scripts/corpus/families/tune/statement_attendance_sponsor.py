"""A "Statement of Attendance" that is deliberately not dressed as a
certificate, as an accreditor's rules for providers require: the provider's
letterhead with street and phone, the accreditor's mark and number in a box
(not the provider), then a ruled two-column table with the participant
printed last name first and a registration number, the learning activity
and its format, the dates and location, the credits, the accreditation
date and its expiry, the presenter with post-nominals and the provider's
contact person. A line names the sponsor (a manufacturer, not the
provider), and the presenter signs at the foot. Some are marked as a
duplicate, with the reissue date."""

from corpus import values as V

SOURCE = (
    "https://www.cccep.ca/pages/guideline_f_statements_of_attendance.html "
    "(items a Statement of Attendance must carry; sponsor name allowed, no sponsor logo)"
)
KIND = "course"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "labelled",
    "table",
    "portrait",
    "address",
    "provider-in-logo",
    "date-range",
    "distractor-person",
    "distractor-date",
    "distractor-org",
)

TEMPLATE = """<style>
.w { position:absolute; inset:56px 64px; font: 13.5px ${sans}; color:#1a1a1a }
.lh { display:flex; justify-content:space-between; align-items:flex-start; border-bottom:1.5px solid #333; padding-bottom:10px }
.lh .o { font: bold 19px ${serif}; max-width:430px } .lh .a { font-size:11.5px; color:#333; line-height:15px; margin-top:3px }
.acc { border:1.5px solid ${accent}; color:${accent}; padding:6px 8px; text-align:center; font: bold 10px ${sans}; line-height:13px; width:150px }
.acc b { display:block; font-size:15px; letter-spacing:1px }
h1 { font: bold 18px ${sans}; margin:26px 0 4px; letter-spacing:.5px; text-transform:uppercase }
.dup { display:inline-block; margin-left:10px; border:1.5px solid #a00; color:#a00; font: bold 11px ${sans}; padding:1px 6px; letter-spacing:1px; vertical-align:3px }
.intro { font-size:13px; color:#333; margin-bottom:14px; line-height:18px }
table { width:100%; border-collapse:collapse }
td { border-bottom:1px solid #bbb; padding:6px 8px 6px 0; vertical-align:top; line-height:18px }
td.k { width:36%; color:#444; font-size:12.5px }
.sp { margin-top:16px; font-size:12px; color:#333; line-height:17px }
.sig { margin-top:70px; display:flex; gap:60px }
.sig div { width:260px; border-top:1px solid #000; padding-top:4px; font-size:12.5px; line-height:17px; position:relative }
.sig .h { position:absolute; top:-36px; left:6px; font: 28px ${hand}; color:#1c2f7a }
.ft { position:absolute; left:0; right:0; bottom:0; font-size:10px; color:#666; border-top:1px solid #ccc; padding-top:5px }
</style>
<div class="w">
 <div class="lh">
  <div><div class="o">${org}</div><div class="a">${street}<br>${town} &nbsp;·&nbsp; ${phone}<br>${web}</div></div>
  <div class="acc"><b>${acc_mark}</b>${acc_text_html}</div>
 </div>
 <h1>${heading}${dup_html}</h1>
 <div class="intro">${intro}</div>
 <table>
  <tr><td class="k">Participant</td><td><b>${name}</b></td></tr>
  <tr><td class="k">${reg_label}</td><td>${reg_no}</td></tr>
  <tr><td class="k">Learning activity title</td><td><b>${title}</b></td></tr>
  <tr><td class="k">Format</td><td>${format}</td></tr>
  <tr><td class="k">Date(s) attended</td><td>${dates}</td></tr>
  <tr><td class="k">Location</td><td>${location}</td></tr>
  <tr><td class="k">${credit_label}</td><td>${hours}</td></tr>
  <tr><td class="k">Accreditation number</td><td>${approval}</td></tr>
  <tr><td class="k">Accredited / accreditation expires</td><td>${accredited} / ${acc_expiry}</td></tr>
  <tr><td class="k">Presenter</td><td>${presenter}, ${presenter_creds}</td></tr>
  <tr><td class="k">Provider contact</td><td>${contact}, ${contact_role} &nbsp;·&nbsp; ${contact_phone}</td></tr>
 </table>
 <div class="sp">${sponsor_line}</div>
 <div class="sig"><div><span class="h">${presenter}</span>${presenter}<br>Presenter</div>
  <div><span class="h">${contact}</span>${contact}<br>${contact_role}</div></div>
 <div class="ft">${footer}</div>
</div>
"""

CREDS = ["CR", "WLS", "MWR", "CMH", "CIH", "CSP", "CIEC", "MSc"]


def fill(d):
    street, town = d.address()
    org = d.provider()
    makers = [m for m, _ in V.MANUFACTURERS if m != d.org]
    sponsor = d.pick(makers)
    dup = d.chance(0.3)
    creds = sorted(d.rng.sample(CREDS, d.pick([1, 2])), key=CREDS.index)
    contact = d.person()
    presenter = d.person()
    while presenter == contact:
        presenter = d.person()
    return {
        "org": org,
        "street": street,
        "town": town,
        "phone": d.phone(),
        "web": d.web(),
        "acc_mark": d.pick(["IICRC", "CEC"]),
        "acc_text_html": d.pick(
            ["Approved Continuing<br>Education Activity", "Continuing Education<br>Credit Approved"]
        ),
        "heading": d.pick(["Statement of Attendance", "Letter of Attendance"]),
        "dup_html": '<span class="dup">DUPLICATE</span>' if dup else "",
        "intro": "This statement confirms that the participant named below attended the complete "
        "learning activity described here. It is not a certificate of certification.",
        "name": d.name("last_first"),
        "reg_label": d.pick(["Registration no.", "IICRC registrant no.", "Licence no."]),
        "reg_no": d.number(),
        "title": d.title(d.pick(["plain", "plain", "with_code"])),
        "format": d.pick(
            [
                "Live, in-person (classroom and hands-on)",
                "Live webinar",
                "Blended: online modules with in-person skills day",
            ]
        ),
        "dates": d.date_range(),
        "location": d.pick([d.venue(), d.city()]),
        "credit_label": d.pick(
            ["CECs assigned", "Credits awarded", "Continuing education credits"]
        ),
        "hours": d.hours(d.pick(["cec_hours", "cecs", "hours_title", "words"])),
        "approval": d.approval(),
        "accredited": d.other_date("registered", "long"),
        "acc_expiry": d.other_date("expiry", "long"),
        "presenter": presenter,
        "presenter_creds": ", ".join(creds),
        "contact": contact,
        "contact_role": d.pick(["Program Coordinator", "Registrar", "Education Manager"]),
        "contact_phone": d.phone(),
        "sponsor_line": f"This learning activity was supported by an unrestricted educational grant from "
        f"{sponsor}. The sponsor had no part in planning or presenting the content.",
        "footer": (
            f"Reissued {d.other_date('print', 'long')} at the participant's request. "
            if dup
            else ""
        )
        + "Keep this statement for three years as proof of continuing education.",
    }
