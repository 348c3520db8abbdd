"""Not a certificate: an upright appointment-style reminder card a school's
front desk fills in by hand when a technician books a seat in an upcoming
class. The school's name in a coloured header with its phone, a printed
"you are booked for" heading, handwritten blanks (the student, the class,
the first day, the check-in time), the class days and hours printed as a
schedule line, what to bring, the cancellation rule with a notice period in
hours, and the desk clerk's initials. It names a person, a school, a
course, dates and numbers of hours, and records no continuing-education
credit."""

SOURCE = (
    "zensitively/birchschedule:modules/enotification/upgrader/templates/client-reminder.php "
    "(appointment reminder: coloured header, 'your appointment with ... on ...', location, "
    "contact) cut down to a pocket appointment card"
)
KIND = "other"
PAPER = "card-portrait"
CATEGORIES = (
    "other",
    "portrait",
    "wallet",
    "labelled",
    "handwriting",
    "distractor-date",
    "distractor-person",
)

TEMPLATE = """<style>
.ac { position:absolute; inset:0; background:#fff; font-family:${sans}; color:#222; display:flex; flex-direction:column; border:1px solid #bbb }
.hd { background:${head}; color:#fff; padding:9px 10px 7px; text-align:center }
.hd .s { font: bold 9.5px ${serif}; line-height:11px; text-transform:uppercase; letter-spacing:0.5px }
.hd .p { font-size:7.5px; margin-top:2px; opacity:.9 }
.bd { padding:8px 11px 0; flex:1; display:flex; flex-direction:column }
.q { font: bold 9px ${sans}; color:${head}; text-transform:uppercase; letter-spacing:1.2px; text-align:center }
.f { margin-top:6px; font-size:6.5px; color:#666; text-transform:uppercase; letter-spacing:0.6px }
.h { font: 14px ${hand}; color:${pen}; border-bottom:1px solid #aaa; line-height:16px; min-height:16px }
.sch { margin-top:7px; font-size:7.5px; line-height:10px; background:${tint}; padding:4px 6px }
.br { margin-top:5px; font-size:7px; line-height:9px; color:#333 }
.ft { margin-top:auto; font-size:6px; line-height:7.5px; color:#555; padding:5px 0 7px; display:flex; justify-content:space-between; align-items:flex-end; gap:6px }
.ft b { font: 14px ${hand}; color:${pen}; font-weight:normal }
</style>
<div class="ac">
 <div class="hd"><div class="s">${school}</div><div class="p">${phone}</div></div>
 <div class="bd">
  <div class="q">${heading}</div>
  <div class="f">${who_label}</div><div class="h">${student}</div>
  <div class="f">Class</div><div class="h">${course}</div>
  <div class="f">${first_label}</div><div class="h">${first_day}</div>
  <div class="f">${checkin_label}</div><div class="h">${checkin}</div>
  <div class="sch">${schedule}</div>
  <div class="br">${bring}</div>
  <div class="ft"><span>${cancel}</span><span>${clerk_label}<br><b>${initials}</b></span></div>
 </div>
</div>
"""


def fill(d):
    from datetime import timedelta

    from corpus import values as V
    from corpus.formats import fmt_date

    r = d.rng
    school = d.pick(V.SCHOOLS)[0]
    course, code = d.pick(V.IICRC_COURSES)
    first = d.completed + timedelta(days=r.randint(7, 45))
    ndays = d.pick([2, 3, 3])
    clerk = d.person()
    return {
        "head": d.pick(["#1e6091", "#2d6a4f", "#8b0000", "#4a1c40", "#9c6644"]),
        "tint": d.pick(["#eef4f8", "#f0f5ef", "#fbf7ee"]),
        "pen": d.pick(["#1d3a8a", "#222", "#14286b"]),
        "school": school,
        "phone": d.phone(),
        "heading": d.pick(["You are booked", "Your class seat", "Reminder"]),
        "who_label": d.pick(["For", "Student", "Name"]),
        "student": d.person(),
        "course": d.pick([course, code, f"{code} class"]),
        "first_label": d.pick(["First day", "Starts", "Begins"]),
        "first_day": fmt_date(first, d.pick(["us_short", "short_month", "weekday"])),
        "checkin_label": d.pick(["Check in by", "Arrive at", "Doors"]),
        "checkin": d.pick(["7:30 am", "7:45", "8:00 am", "7:30"]),
        "schedule": d.pick(
            [
                f"{ndays} days · 8:00 am – 5:00 pm · exam on the last afternoon",
                f"Class runs {ndays} days, 8 to 5 with 1 hr lunch",
                f"{ndays}-day class · {ndays * 8} hours on site · lunch provided",
            ]
        ),
        "bring": d.pick(
            [
                "Bring a photo ID, a calculator and closed-toe shoes.",
                "Bring photo ID. Parking in the rear lot.",
                "Photo ID required to sit the exam.",
            ]
        ),
        "cancel": d.pick(
            [
                "Please give 48 hours' notice to change or cancel.",
                "Cancellations within 72 hours forfeit the deposit.",
                "To reschedule call at least 24 hours ahead.",
            ]
        )
        + f" Booked {fmt_date(d.completed, 'us_short')}.",
        "clerk_label": d.pick(["Desk", "Booked by"]),
        "initials": "".join(p[0] for p in clerk.split() if p[0].isalpha())[:3],
    }
