"""Joining instructions, not a certificate: the e-mail-style letter a
restoration school sends about ten days before a certification class. A dark
band across the top with the school's name in white and "Joining
Instructions" at the right, a greeting to the student, a short paragraph, then
a two-column panel of the class details (class, dates as a span, daily
hours, venue, instructor, the exam-fee reminder), a bulleted "what to bring"
list, a note on how many credit hours the class carries once passed, and a
sign-off from the registrar. It names a student, a course, dates, an
instructor and hours, but records no completion."""

SOURCE = (
    "https://itrainscotland.co.uk/faq.html (joining instructions: where to go, what to bring, "
    "date, time and location) and https://cleancareacademy.com/terms-conditions/ (class e-mail "
    "ten days before class with venue details and the separate IICRC exam fee)"
)
KIND = "other"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "other",
    "portrait",
    "dark-band",
    "date-range",
    "letter",
    "distractor-person",
    "distractor-date",
)

TEMPLATE = """<style>
.band { position:absolute; left:0; right:0; top:0; height:92px; background:${dark}; color:#fff; display:flex; justify-content:space-between; align-items:center; padding:0 60px }
.band .s { font: bold 22px ${sans} } .band .s small { display:block; font: 12px ${sans}; opacity:0.85 }
.band .j { font: 15px ${sans}; letter-spacing:3px; text-transform:uppercase }
.w { position:absolute; top:122px; left:60px; right:60px; font: 14px ${sans}; color:#222; line-height:21px }
.w p { margin:0 0 12px }
.panel { border:1px solid #ccc; background:${light}; margin:16px 0 18px }
.panel table { border-collapse:collapse; width:100% } .panel td { padding:8px 14px; border-bottom:1px solid #ddd; vertical-align:top }
.panel td.l { width:30%; font-weight:bold; color:${dark} }
h3 { font: bold 15px ${sans}; margin:0 0 6px; color:${dark} }
ul { margin:0 0 14px; padding-left:22px } li { margin:2px 0 }
.sig { margin-top:20px } .ft { position:absolute; left:60px; right:60px; bottom:34px; font-size:10.5px; color:#666; border-top:1px solid #ccc; padding-top:6px }
</style>
<div class="band"><div class="s">${school}<small>${web}</small></div><div class="j">${band_right}</div></div>
<div class="w">
 <p>${greeting}</p>
 <p>${intro}</p>
 <div class="panel"><table>
  <tr><td class="l">Class</td><td>${course}</td></tr>
  <tr><td class="l">Dates</td><td>${range}</td></tr>
  <tr><td class="l">Daily schedule</td><td>${daily}</td></tr>
  <tr><td class="l">Venue</td><td>${venue}<br>${street}, ${town}</td></tr>
  <tr><td class="l">Instructor</td><td>${instructor}</td></tr>
  <tr><td class="l">Exam fee</td><td>${exam}</td></tr>
 </table></div>
 <h3>What to bring</h3>
 <ul>${bring_html}</ul>
 <p>${credit_note}</p>
 <p>${cancel}</p>
 <div class="sig">${closing}<br><b>${registrar}</b><br>${registrar_role}, ${school}<br>${phone}</div>
</div>
<div class="ft">${footer}</div>
"""


def fill(d):
    from datetime import timedelta

    from corpus import values as V
    from corpus.formats import fmt_number, fmt_range

    school, _ = d.pick(V.SCHOOLS)
    course, code = d.pick(V.IICRC_COURSES)
    days = d.pick([2, 3, 3, 4])
    start = d.completed + timedelta(days=d.rng.randint(8, 14))
    end = start + timedelta(days=days - 1)
    credit = {2: 14, 3: 21, 4: 28}[days]
    street, town = d.address()
    student = d.person()
    bring = d.rng.sample(
        [
            "Government-issued photo ID (required to sit the exam)",
            "Your IICRC exam payment receipt",
            "Closed-toe shoes and clothes you can get wet in for the lab",
            "A calculator (phones are not allowed during the exam)",
            "Pen, highlighter and a notebook",
            "Safety glasses if you have your own; we supply the rest",
            "Lunch is provided on all days; tell us about allergies",
        ],
        4,
    )
    return {
        "school": school,
        "web": "www."
        + "".join(c for c in school.split(",")[0].lower() if c.isalnum())[:20]
        + ".com",
        "band_right": d.pick(["Joining Instructions", "Class Confirmation"]),
        "greeting": f"Dear {student},",
        "intro": "Thank you for registering. Your seat is confirmed. Please read these instructions "
        "before the first morning of class and keep them handy for the drive in.",
        "course": f"{course} ({code})",
        "range": fmt_range(start, end, d.rng),
        "daily": d.pick(
            [
                "8:00 a.m. - 5:00 p.m. (check-in opens at 7:30 a.m.)",
                "8:30 a.m. - 4:30 p.m.; exam on the last afternoon",
            ]
        ),
        "venue": d.pick(
            ["Training Center, Classroom A", "Hampton Inn Conference Room", "Flood House Lab"]
        ),
        "street": street,
        "town": town,
        "instructor": f"{d.person()}, {d.pick(['IICRC Approved Instructor', 'Lead Instructor'])}",
        "exam": "Paid directly to the IICRC before class; it is not included in tuition.",
        "bring_html": "".join(f"<li>{b}</li>" for b in bring),
        "credit_note": f"Students who attend every day and pass the exam may count the class as "
        f"{fmt_number(credit, d.rng)} continuing education hours. Your certificate is issued "
        f"after the results are posted, not on the last day of class.",
        "cancel": "Need to transfer to another date? Let us know at least 14 days before the class "
        "starts to avoid a change fee.",
        "closing": d.pick(["See you soon,", "Best regards,", "Kind regards,"]),
        "registrar": d.person(),
        "registrar_role": d.pick(["Registrar", "Student Services", "Program Coordinator"]),
        "phone": d.phone(),
        "footer": f"Sent {d.other_date('issue', 'long')} · Registration no. {d.number('R-')} · "
        f"Questions? Reply to this message or call the office.",
    }
