"""A portrait waiver a student signs on the first morning of a class before
the hands-on lab: the school's letterhead (a square monogram, its name,
address and phone) with a form number at the right; a long heading naming
the paper an acknowledgement of risk, waiver and release; a boxed warning in
capitals; filled-in lines in handwriting (participant's name "please print",
employer, course, class dates as a span, training location); eight or nine
numbered clauses in small type, each with a blank for the student's initials
in the margin, on the lab's risks, protective equipment, medical care, the
release itself, photographs, and that the form does not record attendance or
completion; an emergency contact; two signature rows (signature, printed
name, date), one for the participant and one for the instructor as witness;
and an
"office use only" box with a received-by name and a date the waiver stays
valid to. It names a student, a course and class dates, but records nobody's
completion."""

SOURCE = (
    "Participant waiver wording as training providers print it: "
    "https://internationalsecuritytraining.org/attendee-student-waiver-and-release-of-liability/ "
    "(numbered 'recognize and understand' clauses, assumption of risk, permission for "
    "emergency treatment, release of the school and its instructors) and "
    "https://docslib.org/doc/13932476/wayzata-high-school-challenge-course ('Participant "
    "Name: ___ (please print)', acknowledgement of risk and personal responsibility form); "
    "https://www.tacticaledgecomplex.com/waivers (a signed waiver valid for 12 months)"
)
KIND = "other"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "other",
    "portrait",
    "labelled",
    "sentence",
    "script-name",
    "handwriting",
    "date-range",
    "provider-in-logo",
    "distractor-person",
    "distractor-date",
)

TEMPLATE = """<style>
.w { position:absolute; inset:34px 54px 30px; font: 11.5px ${serif}; color:#161616 }
.lh { display:flex; align-items:center; gap:14px; border-bottom:2px solid ${dark}; padding-bottom:9px }
.lh .mk { width:54px; height:54px; background:${dark}; color:#fff; font: bold 20px ${sans}; display:flex;
  align-items:center; justify-content:center; letter-spacing:1px; flex:none }
.lh .nm { font: bold 19px ${sans}; color:${dark}; line-height:26px; white-space:nowrap } .lh .ad { font: 10.5px ${sans}; color:#444; line-height:14px; margin-top:2px }
.lh .fm { margin-left:auto; align-self:flex-start; text-align:right; font: 9.5px ${mono}; color:#555; flex:none }
h1 { font: bold 15.5px ${sans}; text-align:center; text-transform:uppercase; letter-spacing:.6px; margin:12px 30px 8px; line-height:20px }
.warn { border:1.5px solid #111; padding:5px 10px; font: bold 10.5px ${sans}; text-align:center; letter-spacing:.3px; line-height:14px }
.fl { margin-top:14px; display:grid; grid-template-columns:minmax(0,1fr) minmax(0,1fr); column-gap:22px; row-gap:9px }
.fl div { display:flex; align-items:flex-end; gap:6px; font: 10.5px ${sans}; color:#333; white-space:nowrap; min-width:0 }
.fl div.wd { grid-column:1 / span 2 }
.fl span { flex:1; min-width:0; border-bottom:1px solid #333; font: 19px ${hand}; color:#17307a; line-height:24px; height:24px; padding-left:6px;
  white-space:nowrap; overflow:hidden }
.fl i { font-style:normal; font-size:9px; color:#666 }
.in { margin:13px 0 7px; font-size:12px; line-height:16px }
ol { margin:0; padding-left:66px } li { margin-bottom:5px; line-height:15.5px; text-align:justify; font-size:11.5px; position:relative }
li .ini { position:absolute; left:-66px; top:0; width:36px; height:20px; border-bottom:1px solid #333; font: 17px ${hand}; color:#17307a;
  text-align:center; line-height:20px }
.em { margin-top:10px; display:grid; grid-template-columns:1.4fr 1fr 1fr; column-gap:16px }
.em div, .sg div { font: 10px ${sans}; color:#444; border-top:1px solid #333; padding-top:2px; position:relative; margin-top:33px }
.em b, .sg b { position:absolute; left:4px; bottom:21px; font: 19px ${hand}; color:#17307a; font-weight:normal; white-space:nowrap; line-height:24px }
.sg { display:grid; grid-template-columns:1.5fr 1.1fr 0.7fr; column-gap:18px; margin-top:4px }
.sg div { margin-top:40px } .sg div.pn { font-size:10px } .sg div.pn em { position:absolute; left:4px; bottom:17px; font: 13px ${sans}; font-style:normal; color:#111; white-space:nowrap } .sg b.sig { font-size:23px; bottom:28px }
.of { margin-top:14px; border:1px dashed #777; padding:6px 10px; font: 10px ${sans}; color:#444; display:flex; gap:26px; align-items:center }
.of strong { font-size:9.5px; text-transform:uppercase; letter-spacing:1px; color:#222 }
.of u { text-decoration:none; border-bottom:1px solid #777; padding:0 8px; color:#111; font-family:${mono} }
</style>
<div class="w">
 <div class="lh"><div class="mk">${mono_text}</div><div><div class="nm">${org}</div><div class="ad">${street} · ${town} · ${phone}</div></div>
  <div class="fm">${form_no} · ${rev}</div></div>
 <h1>${heading}</h1>
 <div class="warn">${warning}</div>
 <div class="fl">
  <div class="wd">${name_label} <i>(please print)</i> <span>${name}</span></div>
  <div>${employer_label} <span>${employer}</span></div>
  <div>${phone_label} <span>${own_phone}</span></div>
  <div class="wd">${course_label} <span>${title}</span></div>
  <div class="wd">${dates_label} <span>${dates}</span></div>
  <div class="wd">${loc_label} <span>${lab}</span></div>
 </div>
 <div class="in">${intro}</div>
 <ol>${clauses_html}</ol>
 <div class="em"><div><b>${contact}</b>Emergency contact (name)</div><div><b>${relation}</b>Relationship</div><div><b>${contact_phone}</b>Phone</div></div>
 <div class="sg">
  <div><b class="sig">${sig_name}</b>Participant signature</div><div class="pn"><em>${name}</em>Printed name</div><div><b>${signed}</b>Date</div>
  <div><b class="sig">${witness}</b>${witness_label} signature</div><div class="pn"><em>${witness}</em>Printed name</div><div><b>${signed}</b>Date</div>
 </div>
 <div class="of"><strong>Office use only</strong><span>Received by <u>${clerk}</u></span><span>${valid_label} <u>${valid}</u></span><span>Entered <u>${entered}</u></span></div>
</div>
"""

CLAUSES = [
    "I recognize and understand that the hands-on portion of this class takes place in a "
    "{lab} and may involve standing water, wet and slippery floors, ladders and raised "
    "platforms, portable electrical equipment and extension cords, heat, noise, dust and "
    "airborne particulates, and the lifting and moving of heavy equipment.",
    "I recognize that exercises may involve cleaning agents, antimicrobials, deodorizers "
    "and simulated contaminants, and that I will read the safety data sheets provided and "
    "follow every instruction given on their use.",
    "I agree to wear the personal protective equipment the instructor requires for each "
    "exercise, including eye protection, gloves, boots and a respirator where directed, and "
    "to leave the lab area at once if I believe anything is unsafe or beyond my ability.",
    "I certify that I have no medical condition that would prevent my safe participation, "
    "or that I have told the lead instructor of any condition in writing before the first "
    "lab exercise.",
    "In case of injury or illness, I give permission for emergency medical personnel to "
    "provide me with care and transport, and I accept responsibility for its cost.",
    "I knowingly assume all of the foregoing risks, including risks that are not known or "
    "not reasonably foreseeable at this time, and accept personal responsibility for any "
    "loss, damage or injury that may result.",
    "I release, waive, discharge and agree not to sue {org}, its owners, instructors, "
    "employees and the owner of the training facility for any claim arising from my "
    "participation, except for gross negligence or willful misconduct.",
    "I consent to being photographed or recorded during class activities and to the use of "
    "those images in the school's training and promotional materials.",
    "I understand that this form is not a record of attendance or of course completion. "
    "Attendance is taken on the class roster, and a certificate is issued only to students "
    "who attend every session and pass the course examination.",
]
LABS = [
    "flood house",
    "burn house",
    "containment training structure",
    "wet lab and drying chamber",
    "mock-up structure",
]


def fill(d):
    from datetime import timedelta

    from corpus.formats import fmt_date

    r = d.rng
    org = d.provider()
    words = [w for w in org.replace(",", " ").split() if w[:1].isalpha() and w not in ("of", "&")]
    street, town = d.address()
    lab = d.pick(LABS)
    name = d.name(d.pick(["plain", "plain", "upper"]))
    first_day = d.completed - timedelta(days=d.pick([1, 2, 2, 3]))
    style = d.pick(["us_numeric", "us_short", "us_numeric"])
    signed = fmt_date(first_day, style)
    valid = fmt_date(first_day + timedelta(days=365), style)
    clauses = [c.format(lab=lab, org=org) for c in CLAUSES]
    initials = f"{d.first[0]}{d.last[0]}" if d.chance(0.7) else ""
    if d.chance(0.3):
        clauses.pop(7)
    return {
        "mono_text": "".join(w[0] for w in words[:2]).upper(),
        "org": org,
        "street": street,
        "town": town,
        "phone": d.phone(),
        "form_no": d.pick(["Form TR-7", "Form ST-12", "Doc. SAF-004", "Form 3B"]),
        "rev": f"Rev. {d.pick(['01', '03', '06', '09', '11'])}/{r.randrange(2016, 2024)}",
        "heading": d.pick(
            [
                "Participant Acknowledgement of Risk, Waiver and Release of Liability",
                "Student Participation Agreement, Assumption of Risk and Release",
                "Hands-on Training Waiver and Release of Liability",
            ]
        ),
        "warning": d.pick(
            [
                "THIS IS A LEGAL DOCUMENT THAT AFFECTS YOUR RIGHTS. READ IT CAREFULLY AND ASK "
                "ANY QUESTIONS BEFORE YOU SIGN.",
                "READ CAREFULLY. BY SIGNING YOU GIVE UP CERTAIN LEGAL RIGHTS. NO STUDENT MAY "
                "ENTER THE LAB WITHOUT A SIGNED FORM ON FILE.",
            ]
        ),
        "name_label": d.pick(["Participant name", "Student name"]),
        "name": name,
        "employer_label": d.pick(["Employer", "Company"]),
        "employer": d.pick(
            [
                "Prime Mitigation Group",
                "Apex Water & Fire",
                "Rapid Dry Restoration",
                "Hometown Carpet Care",
                "Cornerstone Disaster Recovery",
                "self",
            ]
        ),
        "phone_label": d.pick(["Cell", "Phone"]),
        "own_phone": d.phone(),
        "course_label": d.pick(["Course", "Class attending"]),
        "title": d.title(d.pick(["plain", "with_code"])),
        "dates_label": d.pick(["Class dates", "Dates of class"]),
        "dates": d.date_range(d.pick([1, 2, 3])),
        "loc_label": d.pick(["Lab / location", "Training site"]),
        "lab": f"{lab.capitalize()}, {d.city()}",
        "intro": d.pick(
            [
                "In consideration of being allowed to take part in the hands-on exercises of "
                "the course named above, I understand and agree as follows:",
                "Please read each statement and initial the margin where your instructor "
                "directs. By signing below, I acknowledge and agree that:",
            ]
        ),
        "clauses_html": "".join(
            f"<li><span class='ini'>{initials}</span>{c}</li>" for c in clauses
        ),
        "contact": d.person(),
        "relation": d.pick(["Spouse", "Mother", "Father", "Brother", "Partner", "Sister"]),
        "contact_phone": d.phone(),
        "sig_name": name.title() if name.isupper() else name,
        "signed": signed,
        "witness_label": d.pick(["Witness (instructor)", "Instructor"]),
        "witness": d.person(),
        "clerk": d.person(),
        "valid_label": d.pick(["Valid through", "On file until"]),
        "valid": valid,
        "entered": d.pick(["✓", "Yes", "Roster"]),
    }
