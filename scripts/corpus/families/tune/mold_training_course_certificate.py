"""A portrait course-completion certificate from an accredited mold training
provider, holding what a state rule lists: a unique certificate number, the
training facility's name, address and telephone, a statement that the student
completed the course and passed its test (with the score), the area of
licensure and course type, the days of the course (no more than eight
training hours a day, so long courses span several), the training hours, the
date the training expires, the student's own licence number, and the
instructor's printed name, signature and licence number."""

SOURCE = (
    "16 Tex. Admin. Code §78.66(c) (course completion certificates), https://d1tvxue8o4w0fl."
    "cloudfront.net/regulation/texas-administrative-code/title-16-economic-regulation/part-4-"
    "texas-department-of-licensing-and-regulation/chapter-78-mold-assessors-and-remediators/"
    "section-7866-training-approval-of-mold-training-courses-and-instructors, and §78.64 "
    "(eight training hours a day; time per topic), https://gavvy.com/details/7864-mold-training-"
    "provider-accreditation"
)
KIND = "course"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "labelled",
    "sentence",
    "portrait",
    "plain",
    "date-range",
    "distractor-date",
    "distractor-person",
    "address",
)

TEMPLATE = """<style>
.w { position:absolute; inset:54px 66px; font: 14px ${serif}; color:#111 }
.hd { text-align:center; border-bottom:2px solid #111; padding-bottom:10px }
.hd .o { font: bold 22px ${sans}; letter-spacing:0.5px } .hd .a { font-size:12.5px; margin-top:4px; line-height:17px }
.no { display:flex; justify-content:space-between; font: 12px ${mono}; margin:10px 0 0 }
h1 { font: bold 27px ${serif}; text-align:center; margin:40px 0 24px; letter-spacing:1px; text-transform:uppercase }
.st { font-size:15px; line-height:25px; text-align:justify }
.st .nm { font: bold 19px ${serif} }
table { width:100%; border-collapse:collapse; margin-top:22px; font-size:13.5px }
td { padding:9px 6px; border-bottom:1px dotted #777; vertical-align:top }
td.l { width:42%; color:#333; font-family:${sans}; font-size:12px; text-transform:uppercase; letter-spacing:0.3px; padding-top:9px }
.tp { margin-top:22px; font: 11.5px ${sans}; color:#333 } .tp b { display:block; font-size:11px; text-transform:uppercase; letter-spacing:0.3px; margin-bottom:4px }
.tp span { display:inline-block; border:1px solid #999; padding:3px 8px; margin:0 6px 6px 0 }
.sg { display:flex; gap:40px; margin-top:70px; font-family:${sans}; font-size:11.5px }
.sg > div { flex:1; border-top:1px solid #111; padding-top:4px; position:relative; line-height:16px }
.sg .h { position:absolute; top:-36px; left:6px; font: 28px ${hand}; color:#1a2a6c; white-space:nowrap }
.fine { position:absolute; left:0; right:0; bottom:0; font: 10px ${sans}; color:#444; line-height:14px; text-align:center }
</style>
<div class="w">
 <div class="hd"><div class="o">${org}</div><div class="a">${street} · ${town}<br>Tel. ${phone} · ${accred_label} ${accred}</div></div>
 <div class="no"><span>${cert_label} ${cert}</span><span>${seq}</span></div>
 <h1>${heading}</h1>
 <div class="st">${s1} <span class="nm">${name}</span>${lic_clause} ${s2} ${score}.</div>
 <table>
  <tr><td class="l">${title_label}</td><td><b>${title}</b></td></tr>
  <tr><td class="l">Course approval no.</td><td>${approval}</td></tr>
  <tr><td class="l">Area of licensure / course type</td><td>${area}</td></tr>
  <tr><td class="l">${dates_label}</td><td>${dates}</td></tr>
  <tr><td class="l">${hours_label}</td><td>${hours}</td></tr>
  <tr><td class="l">${test_label}</td><td>${test}</td></tr>
  <tr><td class="l">${exp_label}</td><td>${expires}</td></tr>
 </table>
 <div class="tp"><b>${topics_label}</b>${topics_html}</div>
 <div class="sg"><div><span class="h">${instructor}</span>${instructor}<br>${instructor_role} · Lic. ${instructor_lic}</div>
  <div><span class="h">${manager}</span>${manager}<br>Training Manager</div></div>
 <div class="fine">${fine}</div>
</div>
"""
TOPICS = [
    "Regulations and ethics",
    "Health effects and PPE",
    "Containment and work practices",
    "Hands-on: equipment set-up",
    "Documentation and clearance",
    "Moisture sources and drying",
]
AREAS = [
    "Mold Remediation Contractor — continuing education",
    "Mold Remediation Worker — continuing education",
    "Mold Assessment Technician — refresher",
    "Mold Assessment Consultant — continuing education",
]


def fill(d):
    import math
    from datetime import date

    from corpus.formats import fmt_date

    r = d.rng
    street, town = d.address()
    days = max(1, math.ceil(d.credit / 8) - 1)
    done = d.completed
    day = min(done.day, 28) if done.month == 2 else done.day
    expires = date(done.year + d.pick([1, 2]), done.month, day)
    style = d.pick(["long", "us_numeric", "short_month"])
    lic = d.pick(["MRC", "MRW", "MAT", "MAC"])
    name = d.name(d.pick(["plain", "plain", "upper"]))
    units = round(d.credit * 4)
    k = min(4, units)
    parts = [units // k + (1 if i < units % k else 0) for i in range(k)]
    if k > 1 and parts[0] > 2:
        parts[0], parts[-1] = parts[0] - 1, parts[-1] + 1
    topics = r.sample(TOPICS, k)
    return {
        "topics_label": d.pick(["Topics and time allotted", "Course outline (minutes)"]),
        "topics_html": "".join(
            f"<span>{t} — {p * 15} min</span>" for t, p in zip(topics, parts, strict=True)
        ),
        "org": d.provider(),
        "street": street,
        "town": town,
        "phone": d.phone(),
        "accred_label": d.pick(["Accreditation No.", "Training Provider Accreditation #"]),
        "accred": f"ACC{r.randrange(1000, 1999)}",
        "cert_label": d.pick(["Certificate No.", "Cert #"]),
        "cert": f"{done.year % 100:02d}{r.randrange(100, 999)}-{r.randrange(1000, 9999)}",
        "seq": d.pick([f"Class roster {r.randrange(10, 99)}", f"Seat {r.randrange(1, 40)} of 40"]),
        "heading": d.pick(["Course Completion Certificate", "Certificate of Course Completion"]),
        "s1": d.pick(["This certifies that", "This is to certify that"]),
        "name": name,
        "lic_clause": d.pick(
            [f", license no. {lic}{r.randrange(1000, 9999)},", f" ({lic}{r.randrange(1000, 9999)})"]
        ),
        "s2": d.pick(
            [
                "successfully completed the course identified below and passed the course "
                "test with a score of",
                "has completed the approved training course below and achieved a passing "
                "score on the written test of",
            ]
        ),
        "score": f"{r.randrange(72, 100)}%",
        "title_label": d.pick(["Course name", "Training course"]),
        "title": d.title(d.pick(["plain", "with_code"])),
        "approval": d.approval(),
        "area": d.pick(AREAS),
        "dates_label": d.pick(["Date(s) of course", "Course dates", "Dates attended"]),
        "dates": d.date_range(days),
        "hours_label": d.pick(["Training hours", "Course length (hours)", "Hours completed"]),
        "hours": d.hours_number(),
        "test_label": d.pick(["Test passing score", "Minimum passing score"]),
        "test": "70%",
        "exp_label": d.pick(["Training expires", "Certificate expiration date", "Valid until"]),
        "expires": fmt_date(expires, style),
        "instructor": d.person(),
        "instructor_role": d.pick(["Principal Instructor", "Course Instructor"]),
        "instructor_lic": f"MAC{r.randrange(1000, 9999)}",
        "manager": d.person(),
        "fine": f"Keep this certificate for your records; it must be submitted with your "
        f"renewal application. Issued {d.other_date('issue', style)}.",
    }
