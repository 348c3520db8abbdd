"""An exam appointment confirmation from a testing service, not a certificate:
the testing service's block and the certifying body it tests for, "Exam
Appointment Confirmation", the candidate's name, candidate and confirmation
numbers, the exam (a course's name), the appointment date and check-in time,
the test center address, what to bring and the reschedule deadline. It names
a technician, a course and dates; it records no one's completion."""

SOURCE = (
    "alt-num/admission-thesis:resources/views/emails/schedule.blade.php (you have been "
    "scheduled for the following exam: reference number, exam, date, start and end time, "
    "location, arrive on time) and the admission ticket of proctored certification exams "
    "(candidate name and ID, test centre address, photo ID rules)"
)
KIND = "other"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "other",
    "letter",
    "labelled",
    "portrait",
    "provider-in-logo",
    "distractor-person",
    "distractor-date",
)

TEMPLATE = """<style>
.w { position:absolute; inset:52px 64px; font: 13px ${sans}; color:#222; line-height:18px }
.hd { display:flex; justify-content:space-between; align-items:center; border-bottom:3px solid ${dark}; padding-bottom:10px }
.lg { display:flex; align-items:center; gap:10px }
.mk { width:44px; height:44px; border-radius:50%; border:4px solid ${accent}; color:${dark}; font: bold 15px ${sans}; display:flex; align-items:center; justify-content:center }
.tn { font: bold 19px ${sans}; color:${dark} } .ts { font-size:11px; color:#666 }
.for { text-align:right; font-size:11px; color:#555 } .for b { display:block; font-size:12.5px; color:#222 }
h1 { font: bold 22px ${serif}; margin:22px 0 4px; color:${dark} }
.sub { color:#555; font-size:12px; margin-bottom:16px }
.addr { margin-bottom:16px }
.box { border:1px solid #999; border-left:6px solid ${accent}; padding:10px 14px; margin:12px 0 16px; background:${light} }
.box table { border-collapse:collapse; width:100% } .box td { padding:3px 0; vertical-align:top }
.box td:first-child { width:190px; color:#555 } .box td b { font-size:14px }
h3 { font: bold 13px ${sans}; margin:16px 0 4px; text-transform:uppercase; letter-spacing:1px; color:${dark} }
ul { margin:4px 0 0 18px; padding:0 } li { margin-bottom:3px }
.ft { position:absolute; left:0; right:0; bottom:0; font-size:10.5px; color:#777; border-top:1px solid #ccc; padding-top:6px; display:flex; justify-content:space-between }
</style>
<div class="w">
 <div class="hd">
  <div class="lg"><div class="mk">${mark}</div><div><div class="tn">${service}</div><div class="ts">${service_tag}</div></div></div>
  <div class="for">Exam administered for<b>${body}</b></div>
 </div>
 <h1>${heading}</h1>
 <div class="sub">Confirmation sent ${sent}</div>
 <div class="addr">${candidate}<br>${street}<br>${town}</div>
 <p>Dear ${candidate_first},</p>
 <p style="margin-top:8px">${intro}</p>
 <div class="box"><table>
  <tr><td>Candidate name</td><td><b>${candidate}</b></td></tr>
  <tr><td>Candidate ID</td><td>${cand_id}</td></tr>
  <tr><td>Confirmation number</td><td>${conf}</td></tr>
  <tr><td>Examination</td><td><b>${exam}</b></td></tr>
  <tr><td>Exam length</td><td>${length}</td></tr>
  <tr><td>Appointment</td><td><b>${appt}</b>, check in by ${checkin}</td></tr>
  <tr><td>Test center</td><td>${center}<br>${c_street}, ${c_town}</td></tr>
 </table></div>
 <h3>What to bring</h3>
 <ul><li>One current, government-issued photo ID; the name must match the name above exactly.</li>
  <li>${bring}</li>
  <li>No phones, notes, manuals or smart watches are allowed in the testing room.</li></ul>
 <h3>Rescheduling</h3>
 <p>${resched}</p>
 <p style="margin-top:14px">${results}</p>
 <p style="margin-top:16px">${signoff}<br><b>${service}</b> Candidate Services<br>${phone}</p>
 <div class="ft"><span>${service} · ${web}</span><span>Ref ${conf}</span></div>
</div>
"""

SERVICES = [
    ("ProctorPoint Testing", "Proctored exams since 2004"),
    ("Meridian Assessment Services", "Secure testing network"),
    ("CertiTest Centers", "Professional credential testing"),
    ("Keystone Exam Delivery", "Live and remote proctoring"),
]
BODIES = [
    "IICRC – Institute of Inspection, Cleaning and Restoration Certification",
    "Institute of Inspection, Cleaning and Restoration Certification",
    "IICRC Certification Council",
]


def fill(d):
    from corpus import values as V

    r = d.rng
    service, tag = d.pick(SERVICES)
    mark = "".join(w[0] for w in service.split()[:2])
    course, code = d.pick(V.IICRC_COURSES)
    exam = d.pick(
        [f"{code} {course} Examination", f"{course} ({code}) Exam", f"{code} Exam – {course}"]
    )
    who = d.person()
    street, town = d.address()
    c_street, c_town = d.address()
    hour = d.pick(["8:00 AM", "9:00 AM", "10:30 AM", "1:00 PM", "2:30 PM"])
    check = {"8:00 AM": "7:30 AM", "9:00 AM": "8:30 AM", "10:30 AM": "10:00 AM"}.get(
        hour, "12:30 PM" if hour == "1:00 PM" else "2:00 PM"
    )
    return {
        "service": service,
        "service_tag": tag,
        "mark": mark,
        "body": d.pick(BODIES),
        "heading": d.pick(
            [
                "Exam Appointment Confirmation",
                "Examination Admission Letter",
                "Your Exam Is Scheduled",
            ]
        ),
        "sent": d.other_date("registered", "long"),
        "candidate": who,
        "candidate_first": who.split()[0],
        "street": street,
        "town": town,
        "intro": d.pick(
            [
                "Your certification exam has been scheduled. Please review the details below and "
                "keep this letter; you will be asked for your confirmation number at check-in.",
                "Thank you for scheduling your examination. This letter confirms your appointment; "
                "it is not a score report and it does not grant certification.",
            ]
        ),
        "cand_id": d.number("CAND-"),
        "conf": f"{r.randrange(10000000, 99999999)}",
        "exam": exam,
        "length": d.pick(
            ["100 questions, 2 hours", "80 questions, 90 minutes", "120 questions, 2.5 hours"]
        ),
        "appt": f"{d.other_date('issue', 'weekday')} at {hour}",
        "checkin": check,
        "center": d.pick(["Testing Center Suite 210", "Career Campus, Room 14", d.pick(V.VENUES)]),
        "c_street": c_street,
        "c_town": c_town,
        "bring": d.pick(
            [
                "A basic calculator is permitted; scratch paper is provided by the proctor.",
                "Your class attendance letter from the school, if the exam requires it.",
                "Reading glasses or other aids you need; earplugs are available on request.",
            ]
        ),
        "resched": d.pick(
            [
                f"You may reschedule or cancel without a fee until {d.other_date('start', 'long')}. "
                "Candidates who arrive more than 15 minutes late forfeit the exam fee.",
                "Changes must be made at least 48 hours before the appointment. Missed appointments "
                "are not refunded.",
            ]
        ),
        "results": d.pick(
            [
                "Your score report is shown at the end of the exam. If you pass, your certification "
                "record is updated by the certifying body within ten business days.",
                "Results are released to the certifying body, which notifies you of your status.",
            ]
        ),
        "signoff": d.pick(["Sincerely,", "Good luck on your exam,", "Regards,"]),
        "phone": d.phone(),
        "web": "www." + "".join(ch for ch in service.lower() if ch.isalnum())[:16] + ".com",
    }
