"""A restoration company's HR system printout of a submitted training
event, kept as the technician's training record: the employer's own
letterhead (its name, address and phone), the document type in large grey
capitals with the record name under it, then the standard two-column print
of labelled fields in sections: event name, programme, status, type,
level, the employer, the trainer and the supplier (the school that taught
the class), course and location, start and end date-times; an
introduction paragraph; and an "Attendees" table with the one technician's
employee ID, name, department, status, attendance and hours. A footer
gives the print time and page number. The company on the letterhead is not
the provider; the supplier is."""

SOURCE = (
    "frappe/hrms:hrms/hr/doctype/training_event/training_event.json (fields event_name, "
    "training_program, event_status, has_certificate, type, level, company, trainer_name, "
    "trainer_email, supplier, contact_number, course, location, start_time, end_time, "
    "introduction, employees table) in the framework's standard print format"
)
KIND = "course"
PAPER = ["a4-portrait", "letter-portrait"]
CATEGORIES = (
    "portrait",
    "labelled",
    "table",
    "record",
    "distractor-person",
    "distractor-date",
    "employer-distractor",
)

TEMPLATE = """<style>
.pg { position:absolute; inset:44px 52px 40px; font: 12.5px ${sans}; color:#36414c }
.lh { display:flex; justify-content:space-between; align-items:flex-start; border-bottom:1px solid #d1d8dd; padding-bottom:12px }
.lh .co { display:flex; gap:10px; align-items:center }
.lh .co i { width:40px; height:40px; border-radius:8px; background:${accent}; flex:none }
.lh .co b { display:block; font-size:17px; color:#1f272e }
.lh .tg { display:block; font-size:11px; color:#8d99a6 }
.lh .ad { text-align:right; font-size:11.5px; line-height:15px; color:#555 }
.hd { margin:22px 0 14px }
.hd h2 { margin:0; font: 600 24px ${sans}; color:#8d99a6; text-transform:uppercase; letter-spacing:0.5px }
.hd .nm { font-size:13px; color:#36414c; margin-top:2px }
.sec { display:flex; gap:30px; padding:10px 0; border-top:1px solid #ebeff2 }
.sec > div { flex:1; min-width:0 }
.sec h5 { margin:0 0 6px; font: 600 12px ${sans}; color:#8d99a6; text-transform:uppercase }
.f { display:flex; margin:5px 0; line-height:16px }
.f .l { width:42%; flex:none; color:#8d99a6 }
.f .v { flex:1; color:#1f272e }
.intro { padding:8px 0 10px; border-top:1px solid #ebeff2; line-height:17px }
.intro .l { color:#8d99a6; margin-bottom:4px }
table { width:100%; border-collapse:collapse; margin-top:6px; font-size:12px }
th { text-align:left; font-weight:600; color:#8d99a6; border-bottom:1px solid #d1d8dd; padding:6px 6px }
td { border-bottom:1px solid #ebeff2; padding:7px 6px; color:#1f272e; vertical-align:top }
td.n { text-align:right }
.ft { position:absolute; left:52px; right:52px; bottom:22px; display:flex; justify-content:space-between; font: 10.5px ${sans}; color:#8d99a6 }
</style>
<div class="pg">
 <div class="lh"><div class="co"><i></i><div><b>${employer}</b><span class="tg">${employer_tag}</span></div></div>
  <div class="ad">${street}<br>${town}<br>${phone}</div></div>
 <div class="hd"><h2>${doctype}</h2><div class="nm">${event_name}</div></div>
 <div class="sec"><div>
   <div class="f"><span class="l">Event Name</span><span class="v">${event_name}</span></div>
   <div class="f"><span class="l">Training Program</span><span class="v">${title}</span></div>
   <div class="f"><span class="l">Event Status</span><span class="v">${status}</span></div>
   <div class="f"><span class="l">Has Certificate</span><span class="v">${has_cert}</span></div>
  </div><div>
   <div class="f"><span class="l">Type</span><span class="v">${ev_type}</span></div>
   <div class="f"><span class="l">Level</span><span class="v">${level}</span></div>
   <div class="f"><span class="l">Company</span><span class="v">${employer}</span></div>
  </div></div>
 <div class="sec"><div>
   <div class="f"><span class="l">Trainer Name</span><span class="v">${trainer}</span></div>
   <div class="f"><span class="l">Trainer Email</span><span class="v">${trainer_email}</span></div>
  </div><div>
   <div class="f"><span class="l">Supplier</span><span class="v">${provider}</span></div>
   <div class="f"><span class="l">Contact Number</span><span class="v">${supplier_phone}</span></div>
  </div></div>
 <div class="sec"><div>
   <div class="f"><span class="l">Course</span><span class="v">${course_field}</span></div>
   <div class="f"><span class="l">Location</span><span class="v">${location}</span></div>
  </div><div>
   <div class="f"><span class="l">Start Time</span><span class="v">${start}</span></div>
   <div class="f"><span class="l">End Time</span><span class="v">${end}</span></div>
  </div></div>
 <div class="intro"><div class="l">Introduction</div>${intro}</div>
 <div class="sec" style="display:block"><h5>Attendees</h5>
 <table><tr><th style="width:30px">No.</th><th>Employee</th><th>Employee Name</th><th>Department</th><th>Status</th><th>Attendance</th><th style="text-align:right">Hours</th></tr>
 <tr><td>1</td><td>${emp_id}</td><td>${name}</td><td>${dept}</td><td>${emp_status}</td><td>${attendance}</td><td class="n">${hours}</td></tr></table></div>
</div>
<div class="ft"><span>${printed}</span><span>Page 1 of 1</span></div>
"""

EMPLOYERS = [
    "Dale's Restoration & Cleaning LLC",
    "Quick Dry Water Damage Services",
    "Harbor Fire & Water Recovery",
    "All-Pro Disaster Restoration, Inc.",
    "Summit Carpet & Tile Care",
    "TriCounty Mitigation Group",
]
TIME_FORMATS = ["us_dash", "us_numeric", "iso", "dmy_numeric"]


def fill(d):
    import unicodedata
    from datetime import timedelta

    from corpus.formats import fmt_date

    r = d.rng
    street, town = d.address()
    employer = d.pick(EMPLOYERS)
    provider = d.provider()
    title = d.title(d.pick(["plain", "plain", "with_code"]))
    style = d.pick(TIME_FORMATS)
    days = 3 if d.credit >= 19 else 2 if d.credit >= 10 else 1
    start_day = d.completed - timedelta(days=days - 1)
    start_h = d.pick(["08:00:00", "08:30:00", "09:00:00"])
    end_h = d.pick(["16:30:00", "17:00:00", "12:00:00", "15:45:00"])
    code = d.code or "CE"
    city = d.city()
    trainer = d.person()
    plain = unicodedata.normalize("NFKD", trainer).encode("ascii", "ignore").decode()
    first, last = plain.split(" ")[0], plain.split(" ")[-1].replace("-", "")
    slug = "".join(ch for ch in (d.org_alt or d.org).lower() if ch.isalnum())[:16]
    event_name = f"{code} {city.split(',')[0]} {d.completed.strftime('%Y-%m')}"
    intro = d.pick(
        [
            "Classroom and hands-on training for field technicians. Attendance on all days is required "
            "for the certificate; the supplier reports credit to the certifying body.",
            "Company-sponsored class. Technicians must bring PPE and a moisture meter. Certificates are "
            "issued by the supplier after the final exam.",
            "Required training for crew leads under the company training plan. Hours below are the "
            "credit hours approved for the class.",
        ]
    )
    return {
        "employer": employer,
        "employer_tag": d.pick(["", "", "IICRC Certified Firm", "Licensed & Insured"]),
        "street": street,
        "town": town,
        "phone": d.phone(),
        "doctype": "Training Event",
        "event_name": event_name,
        "title": title,
        "status": "Completed",
        "has_cert": d.pick(["Yes", "\u2713", "Yes"]),
        "ev_type": d.pick(["Workshop", "Seminar", "Theory", "Exam"]),
        "level": d.pick(["Beginner", "Intermediate", "Advance"]),
        "trainer": trainer,
        "trainer_email": f"{first[0].lower()}.{last.lower()}@{slug}.com",
        "provider": provider,
        "supplier_phone": d.phone(),
        "course_field": d.pick([title, code if d.code else title]),
        "location": d.pick([d.venue(), city, f"{provider} training center"]),
        "start": f"{fmt_date(start_day, style)} {start_h}",
        "end": f"{d.date(style)} {end_h}",
        "intro": intro,
        "emp_id": f"HR-EMP-{r.randrange(1, 999):05d}",
        "name": d.name(d.pick(["plain", "plain", "last_first"])),
        "dept": d.pick(["Mitigation", "Field Operations", "Reconstruction", "Carpet Care"]),
        "emp_status": d.pick(["Completed", "Feedback Submitted", "Completed"]),
        "attendance": "Present",
        "hours": d.hours_number(),
        "printed": f"Printed {fmt_date(d.completed + timedelta(days=r.randint(3, 90)), style)} "
        f"{r.randrange(8, 18):02d}:{r.randrange(0, 60):02d}",
    }
