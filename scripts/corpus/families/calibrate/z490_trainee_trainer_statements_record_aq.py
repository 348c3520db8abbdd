"""A portrait certification-of-training record from a safety training centre,
laid out after the contents a consensus training standard recommends: a
letterhead whose wordmark and monogram carry the provider's name (address,
telephone and web on the right), the document title reversed out of a dark
band with the certificate number, one opening sentence naming the trainee
and his unique trainee number, then a ruled two-column table of labelled
rows (course, level and type of certificate, dates and location of
instruction, hours of instruction, the same credit in CEUs, refresher due).
Below it the subjects covered in two columns, and two boxed statements side
by side: the trainee's (opportunity to ask questions and practise, intent
to comply) with his signature, and the trainer's (knowledge and skills were
measured and met) with the trainer's signature, printed name, trainer number
and date signed. Fine print about keeping and verifying the record closes
the page."""

SOURCE = (
    "https://oshacademy.com/courses/training/721-osh-training-development/721-5-3.php "
    "(ANSI Z490.1 section 7.4, what a certification of training should include: trainee name "
    "and unique ID, course title, date, location and hours of instruction, provider name and "
    "address, refresher due date, level or type of certificate, credits; trainee and trainer "
    "statements with signatures; subjects covered)"
)
KIND = "course"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "record",
    "labelled",
    "table",
    "portrait",
    "dark-band",
    "provider-in-logo",
    "date-range",
    "distractor-person",
    "distractor-date",
    "address",
)

TEMPLATE = """<style>
.w { position:absolute; inset:44px 56px 40px; font: 13px ${sans}; color:#1b1b1b }
.lh { display:flex; align-items:center; gap:14px; padding-bottom:10px }
.mk { width:58px; height:58px; border-radius:50%; border:4px solid ${accent}; display:flex; align-items:center; justify-content:center;
  font: bold 19px ${display}; color:${dark}; letter-spacing:1px; flex:none }
.wm { flex:1 } .wm .o { font: bold 22px ${display}; color:${dark}; line-height:26px; white-space:nowrap }
.wm .u { font: 11.5px ${sans}; color:#555; text-transform:uppercase; letter-spacing:1.4px; margin-top:3px }
.ad { border-top:1px solid #999; border-bottom:1px solid #999; padding:4px 0; text-align:center; font-size:10.5px; line-height:15px; color:#444; letter-spacing:0.3px }
.band { margin-top:30px; background:${dark}; color:#fff; display:flex; justify-content:space-between; align-items:baseline; padding:11px 16px }
.band .t { font: bold 19px ${sans}; letter-spacing:2.5px; text-transform:uppercase } .band .n { font: 12px ${mono} }
.op { margin:26px 2px 0; font: 14px ${serif}; line-height:22px }
.op b { font-size:16px }
table { width:100%; border-collapse:collapse; margin-top:22px }
td { border:1px solid #b5b5b5; padding:10px 10px; vertical-align:top; font-size:13px }
td.l { width:31%; background:${light}; font-size:10.5px; text-transform:uppercase; letter-spacing:0.4px; color:#333; padding-top:12px }
td b { font-size:14px }
.sb { margin-top:26px } .sb .h { font: bold 10.5px ${sans}; text-transform:uppercase; letter-spacing:0.5px; color:${dark}; margin-bottom:5px }
.sb ul { margin:0; padding-left:18px; columns:2; column-gap:26px; font-size:12.5px; line-height:20px }
.st { display:flex; gap:16px; margin-top:28px }
.st > div { flex:1; border:1px solid #777; padding:9px 11px 8px; font-size:11px; line-height:15px; position:relative }
.st .h { font: bold 10.5px ${sans}; text-transform:uppercase; letter-spacing:0.5px; margin-bottom:4px; color:${dark} }
.st .sg { margin-top:52px; border-top:1px solid #333; padding-top:3px; font-size:10.5px; position:relative; line-height:14px }
.st .sg .hd { position:absolute; top:-33px; left:2px; font: 25px ${hand}; color:#1a2a6c; white-space:nowrap }
.fine { position:absolute; left:0; right:0; bottom:0; border-top:1px solid #aaa; padding-top:5px; font-size:9.5px; line-height:14px; color:#555; display:flex; justify-content:space-between; gap:24px }
</style>
<div class="w">
 <div class="lh"><div class="mk">${mono_letters}</div>
  <div class="wm"><div class="o">${org}</div><div class="u">${unit}</div></div></div>
 <div class="ad">${street} · ${town} · ${phone} · ${web}</div>
 <div class="band"><span class="t">${heading}</span><span class="n">${cert_label} ${cert}</span></div>
 <div class="op">${opening} <b>${name}</b>, ${id_label} ${trainee_id}, ${opening_rest}</div>
 <table>
  <tr><td class="l">${course_label}</td><td><b>${title}</b></td></tr>
  <tr><td class="l">${level_label}</td><td>${level}</td></tr>
  <tr><td class="l">${dates_label}</td><td>${dates}</td></tr>
  <tr><td class="l">${loc_label}</td><td>${location}</td></tr>
  <tr><td class="l">${hours_label}</td><td>${hours}</td></tr>
  <tr><td class="l">${ceu_label}</td><td>${ceu}</td></tr>
  <tr><td class="l">${eval_label}</td><td>${evaluation}</td></tr>
  <tr><td class="l">${refresh_label}</td><td>${refresher}</td></tr>
 </table>
 <div class="sb"><div class="h">${subjects_label}</div><ul>${subjects_html}</ul></div>
 <div class="st">
  <div><div class="h">${trainee_head}</div>${trainee_text}
   <div class="sg"><span class="hd">${signature}</span>${trainee_sig_label}</div></div>
  <div><div class="h">${trainer_head}</div>${trainer_text}
   <div class="sg"><span class="hd">${trainer}</span>${trainer}, ${trainer_role} · ${trainer_no_label} ${trainer_no}<br>${signed_label} ${signed}</div></div>
 </div>
 <div class="fine"><span>${fine}</span><span style="white-space:nowrap">${form_no}</span></div>
</div>
"""
UNITS = [
    "Safety & Health Training Center",
    "Workforce Development · Continuing Education",
    "Occupational Safety Training Institute",
    "Technical Training Center",
]
LEVELS = [
    "Technician level — certificate of successful completion (written test and skills check)",
    "Operations level — certificate of successful completion",
    "Awareness level — certificate of attendance and completion",
    "Refresher — certificate of successful completion (written test)",
]
SUBJECTS = [
    "Hazard recognition on the job site",
    "Personal protective equipment: selection and use",
    "Equipment set-up, operation and shut-down",
    "Moisture and materials assessment",
    "Containment and engineering controls",
    "Documentation and record keeping",
    "Applicable standards and regulations",
    "Emergency and spill procedures",
    "Written examination",
    "Hands-on performance demonstration",
]
ROOMS = ["Training Room 2", "Classroom B", "Hands-on Lab", "Main Classroom", "Bay 4 Training Floor"]


def _monogram(org: str) -> str:
    skip = {"and", "of", "the", "&", "co.", "llc", "inc.", "company"}
    words = [w.strip(",") for w in org.split() if w.lower().strip(",") not in skip]
    return "".join(w[0] for w in words[:3]).upper()


def fill(d):
    import math

    r = d.rng
    street, town = d.address()
    days = max(1, math.ceil(d.credit / 8))
    style = d.pick(["long", "us_numeric", "short_month", "dmy_long"])
    org = d.provider()
    dates = d.date_range(days - 1) if days > 1 else d.date(style)
    signature = f"{d.first} {d.last}"
    return {
        "mono_letters": _monogram(org),
        "org": org,
        "unit": d.pick(UNITS),
        "street": street,
        "town": town,
        "phone": d.phone(),
        "web": d.web(),
        "heading": d.pick(["Certification of Training", "Training Certification Record"]),
        "cert_label": d.pick(["No.", "Certificate No.", "Cert. #"]),
        "cert": d.number(),
        "opening": d.pick(["This certifies that", "This record certifies that"]),
        "name": d.name(d.pick(["plain", "plain", "upper"])),
        "id_label": d.pick(["trainee ID", "student no.", "trainee number"]),
        "trainee_id": f"{d.pick(['ST', 'TR', ''])}{r.randrange(100000, 999999)}",
        "opening_rest": d.pick(
            [
                "has successfully completed the training course described below and met the "
                "performance requirements for it.",
                "attended all of the instruction described below and demonstrated, by test and "
                "by practical exercise, the knowledge and skills it requires.",
            ]
        ),
        "course_label": d.pick(["Course title", "Course"]),
        "title": d.title(d.pick(["plain", "with_code", "code_first"])),
        "level_label": d.pick(["Level / type of certificate", "Level of training"]),
        "level": d.pick(LEVELS),
        "dates_label": d.pick(["Date(s) of instruction", "Dates of training", "Training date(s)"]),
        "dates": dates,
        "loc_label": d.pick(["Location of instruction", "Training location"]),
        "location": f"{d.pick(ROOMS)}, {d.city()}",
        "hours_label": d.pick(["Hours of instruction", "Contact hours", "Instructional hours"]),
        "hours": d.hours(d.pick(["hours_title", "hrs", "cec_hours"])),
        "ceu_label": d.pick(["Continuing education units", "CEUs awarded"]),
        "ceu": f"{d.credit / 10:.2f} CEU",
        "eval_label": d.pick(["Evaluation method", "Measurement of learning"]),
        "evaluation": d.pick(
            [
                f"Written test ({r.randrange(76, 100)}%) and practical demonstration",
                f"Written examination, score {r.randrange(76, 100)}% (pass mark 70%)",
                "Observed skills demonstration — satisfactory",
            ]
        ),
        "refresh_label": d.pick(["Refresher training due", "Certificate expires", "Retrain by"]),
        "refresher": d.other_date("expiry", style),
        "subjects_label": d.pick(["Subjects covered", "Topics of instruction"]),
        "subjects_html": "".join(f"<li>{s}</li>" for s in r.sample(SUBJECTS, 6)),
        "trainee_head": "Trainee statement",
        "trainee_text": d.pick(
            [
                "I was given the opportunity to ask questions and to practise the procedures "
                "taught. I intend to follow them on the job and understand that failing to do so "
                "may lead to discipline.",
                "I received the instruction listed above, had my questions answered and practised "
                "each procedure. I will comply with the practices and rules covered.",
            ]
        ),
        "signature": signature,
        "trainee_sig_label": d.pick(["Trainee signature", "Signature of trainee"]),
        "trainer_head": d.pick(["Trainer statement", "Instructor certification"]),
        "trainer_text": d.pick(
            [
                "The trainee's knowledge and skills were measured by written test and hands-on "
                "performance, and the trainee met or exceeded the required level.",
                "I measured the trainee's knowledge by examination and observed the practical "
                "exercises; the required level of performance was met.",
            ]
        ),
        "trainer": d.person(),
        "trainer_role": d.pick(["Lead Trainer", "Authorized Trainer", "Instructor"]),
        "trainer_no_label": d.pick(["Trainer ID", "Trainer #"]),
        "trainer_no": f"{d.pick(['TR', 'IN', 'T'])}-{r.randrange(1000, 9999)}",
        "signed_label": d.pick(["Date signed:", "Signed"]),
        "signed": d.other_date("issue", style),
        "fine": d.pick(
            [
                f"Keep this record for at least five years. The certificate number can be "
                f"checked with the training records office at {d.web()}.",
                "This record is the trainee's proof of training; employers may verify it by "
                "certificate number. Altered copies are void.",
            ]
        ),
        "form_no": d.pick(["Form TR-7 (rev. 3)", "SHTC-104", "Rev. 02"]),
    }
