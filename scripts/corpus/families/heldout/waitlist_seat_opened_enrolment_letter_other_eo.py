"""Not a certificate: a letter telling a technician that a seat opened in a
full class and that the registration has moved from the waiting list to
confirmed. The school's name sits in a logo block at the top right beside
a coloured side rule; the letter is running prose with no labels: the day
written out, the class days in words, the hours each day, the place, what
the class will carry in CECs once completed, a confirmation number and a
date by which to cancel so the next person in line can be offered the seat,
then a registrar's signature. Every credit mentioned is in the future; no
one has completed anything."""

SOURCE = (
    "gpearson/MuraEventRegistrationPlugin:library/components/EmailTemplates/"
    "EventRegistrationConfirmationToIndividualOnWaitingList.cfm (waiting-list confirmation, "
    "next person in line) and laikasport/tbmdevtest:wp-content/plugins/events-manager-pro/"
    "templates/formats/waitlists_text_already_waiting.php (position in line, cancel so others "
    "may attend)"
)
KIND = "other"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "other",
    "letter",
    "sentence",
    "portrait",
    "provider-in-logo",
    "date-words",
    "distractor-person",
    "distractor-date",
)

TEMPLATE = """<style>
.rule { position:absolute; left:0; top:0; bottom:0; width:14px; background:${accent} }
.w { position:absolute; inset:56px 76px 50px 92px; font: 14px ${face}; color:#1a1a1a; line-height:21px }
.lg { position:absolute; right:0; top:0; text-align:right }
.lg .nm { font: ${lg_weight} 19px ${display}; color:${dark}; max-width:300px; line-height:22px }
.lg .ad { font: 10.5px ${sans}; color:#555; line-height:14px; margin-top:3px }
.lg .bar { height:3px; width:60px; background:${accent}; margin:6px 0 0 auto }
.dt { margin-top:120px } .to { margin-top:18px }
p { margin:14px 0 0 !important }
.sg { margin-top:22px } .sg .h { font: 27px ${hand}; color:#1d2f6b; margin:2px 0 0; white-space:nowrap }
.ps { margin-top:26px; font-size:12px; color:#333; border-top:1px solid #ccc; padding-top:8px }
</style>
<div class="rule"></div>
<div class="w">
 <div class="lg"><div class="nm">${school}</div><div class="ad">${street}<br>${town}<br>${phone}</div><div class="bar"></div></div>
 <div class="dt">${letter_date}</div>
 <div class="to">${student}<br>${s_street}<br>${s_town}</div>
 <p>${greeting}</p>
 <p>${p1}</p>
 <p>${p2}</p>
 <p>${p3}</p>
 <div class="sg">${closing}<div class="h">${registrar}</div>${registrar}, ${registrar_role}</div>
 <div class="ps">${ps}</div>
</div>
"""


def fill(d):
    from datetime import timedelta

    from corpus import values as V
    from corpus.formats import fmt_date, number_words

    r = d.rng
    school, _ = d.pick(V.SCHOOLS)
    if d.chance(0.5):
        course, code = d.pick(V.IICRC_COURSES)
        cecs = d.pick([14, 21, 19, 7])
    else:
        course, code = d.pick(V.CE_COURSES), None
        cecs = d.pick([3, 4, 6, 7, 8])
    first_day = d.completed + timedelta(days=r.randrange(10, 45))
    days = d.pick([1, 2, 2, 3])
    last_day = first_day + timedelta(days=days - 1)
    student = d.person()
    first = student.split()[0]
    letter_day = first_day - timedelta(days=r.randrange(8, 20))
    cancel_by = first_day - timedelta(days=r.randrange(3, 7))
    position = d.pick(["first", "second", "third"])
    if days == 1:
        when = f"on {fmt_date(first_day, 'weekday')}"
    else:
        when = (
            f"over {number_words(days)} days, from {fmt_date(first_day, 'weekday')} through "
            f"{fmt_date(last_day, 'weekday')}"
        )
    title = f"{course} ({code})" if code and d.chance(0.5) else course
    hours_phrase = d.pick(
        [
            f"Students who attend every session and pass the course exam will be eligible for "
            f"{cecs} CECs",
            f"On successful completion, the class is approved for {number_words(cecs)} ({cecs}) "
            "continuing education credits",
        ]
    )
    s_street, s_town = d.address()
    street, town = d.address()
    return {
        "face": d.pick([d.fonts["serif"], d.fonts["sans"]]),
        "lg_weight": d.pick(["bold", "normal"]),
        "school": school,
        "street": street,
        "town": town,
        "phone": d.phone(),
        "letter_date": fmt_date(letter_day, d.pick(["long", "dmy_long"])),
        "student": student,
        "s_street": s_street,
        "s_town": s_town,
        "greeting": f"Dear {first},",
        "p1": d.pick(
            [
                f"Good news: a seat has opened in {title}, and because you were {position} on "
                "the waiting list we have moved your registration to confirmed.",
                f"We are pleased to let you know that your place on the waiting list for {title} "
                "has come up. Your registration is now confirmed.",
            ]
        ),
        "p2": f"The class meets {when}, from {d.pick(['8:00 a.m. to 5:00 p.m.', '8:30 a.m. to 4:30 p.m.'])} "
        f"each day, at {d.venue() if d.chance(0.4) else 'our training center in ' + d.city()}. "
        f"{hours_phrase}; your certificate is issued after the class, not before.",
        "p3": f"Your confirmation number is {d.number('W')}. If you can no longer attend, please "
        f"tell us by {fmt_date(cancel_by, 'long')} so the next person in line can be offered "
        "the seat. The balance of your tuition will be charged to the card on file.",
        "closing": d.pick(["Sincerely,", "With best regards,", "See you in class,"]),
        "registrar": d.person(),
        "registrar_role": d.pick(["Registrar", "Student Services", "Enrollment Coordinator"]),
        "ps": d.pick(
            [
                "Bring a photo ID, a calculator and closed-toe shoes for the hands-on portion.",
                "Parking is free in the rear lot. Lunch is provided on each class day.",
            ]
        ),
    }
