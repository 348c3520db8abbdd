"""A letter on the school's letterhead confirming a student's attendance:
date and inside address, a "Re:" line, then paragraphs that carry every
value inside sentences: the student, the class and its dates, a breakdown
of lecture and hands-on hours and total instruction time, and only then the
continuing-education credit the class was approved for and its number.
A closing with the signer's name and title."""

SOURCE = (
    "https://winenfood.com/earning-your-iicrc-continuing-education (documenting credits from "
    "approved classes) and tastyigniter/ti-ext-reservation:views/mail/reservation.php "
    "(values set inside a confirmation sentence)"
)
KIND = "course"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = ("letter", "sentence", "portrait", "date-range", "distractor-person")

TEMPLATE = """<style>
.lh { position:absolute; top:40px; left:70px; right:70px; border-bottom:1px solid ${accent}; padding-bottom:8px; font: 12px ${sans}; color:#555; display:flex; justify-content:space-between; align-items:flex-end }
.lh .o { font: bold 20px ${display}; color:${dark}; white-space:nowrap }
.w { position:absolute; top:130px; left:80px; right:80px; font: 14.5px ${serif}; line-height:22px; color:#1a1a1a }
.w p { margin:0 0 13px } .ad { margin:18px 0 20px } .re { font-weight:bold; margin:0 0 16px }
.sig { margin-top:26px } .sig .h { font: 28px ${hand}; color:#1b2a6b; margin:4px 0 0 }
.ft { position:absolute; bottom:36px; left:70px; right:70px; text-align:center; font: 10px ${sans}; color:#777; border-top:1px solid #ddd; padding-top:5px }
</style>
<div class="lh"><div class="o">${org}</div><div style="text-align:right">${street}<br>${town} · ${phone}</div></div>
<div class="w">
 <p>${letter_date}</p>
 <div class="ad">${addressee}<br>${a_street}<br>${a_town}</div>
 <p class="re">Re: ${re}</p>
 <p>${salutation}</p>
 <p>This letter confirms that ${name} attended ${title}, held <span style="white-space:nowrap">${range}</span> in ${city}.</p>
 <p>${breakdown}</p>
 <p>The class is approved by the IICRC for <span style="white-space:nowrap">${hours}</span> under course approval number <span style="white-space:nowrap">${approval}</span>. ${credit_tail}</p>
 <p>${closing_para}</p>
 <div class="sig">Sincerely,<div class="h">${signer}</div>${signer}<br>${role}</div>
</div>
<div class="ft">${web} · Please retain this letter with your continuing education records.</div>
"""


def fill(d):
    from corpus.formats import fmt_number

    street, town = d.address()
    a_street, a_town = d.address()
    credit = d.credit
    lecture = max(credit - d.pick([2, 3, 4]), 1) if credit >= 5 else credit
    lab = d.pick([2, 3, 4, 5]) if credit >= 5 else d.pick([1, 0.5])
    total = lecture + lab + d.pick([0.5, 1])
    name = d.name("plain")
    breakdown = (
        f"Instruction totalled {fmt_number(total, d.rng, False)} clock hours, including "
        f"{fmt_number(lecture, d.rng, False)} hours of classroom lecture, "
        f"{fmt_number(lab, d.rng, False)} hours of hands-on lab work, and the written exam."
    )
    return {
        "org": d.provider(),
        "street": street,
        "town": town,
        "phone": d.phone(),
        "letter_date": d.other_date("issue", "long"),
        "addressee": name,
        "name": name,
        "a_street": a_street,
        "a_town": a_town,
        "re": d.pick(["Verification of class attendance", "Continuing education attendance"]),
        "salutation": d.pick(["To whom it may concern:", "Dear Certificant:"]),
        "title": d.title(d.pick(["plain", "with_code"])),
        "range": d.date_range(d.pick([1, 2])),
        "city": d.city(),
        "breakdown": breakdown,
        "hours": d.hours(d.pick(["cec_hours", "cecs", "words_cec"])),
        "approval": d.approval(),
        "credit_tail": d.pick(
            [
                "Meal breaks and exam time are not included in the credit.",
                "The credit does not include breaks or the examination period.",
            ]
        ),
        "closing_para": d.pick(
            [
                "If you have any questions about this class, please contact our office.",
                "A certificate will follow under separate cover once the exam is graded.",
            ]
        ),
        "signer": d.person(),
        "role": d.pick(["Registrar", "Director of Education", "Office Manager"]),
        "web": d.web(),
    }
