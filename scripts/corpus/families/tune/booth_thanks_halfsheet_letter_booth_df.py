"""A half-sheet thank-you letter mailed after a show: the show's letterhead
with its mark, address and web site, a date line, the visitor's name and
town, and a short letter saying the visitor's registration at the
certification body's booth was recorded for credit, signed by the show's
education manager."""

SOURCE = (
    "wording: post-show thank-you notes from trade-show organisers confirming that a visit to "
    "the certification body's booth was recorded for continuing education credit"
)
KIND = "booth"
PAPER = "half-letter"
CATEGORIES = (
    "letter",
    "sentence",
    "landscape",
    "provider-in-logo",
    "distractor-person",
    "hours-in-sentence",
    "distractor-date",
)

TEMPLATE = """<style>
.lh { position:absolute; left:44px; right:44px; top:26px; display:flex; justify-content:space-between; align-items:center; border-bottom:1px solid ${dark}; padding-bottom:8px }
.mk { display:flex; align-items:center; gap:10px }
.mk i { display:block; width:38px; height:38px; background:${dark}; clip-path:polygon(50% 0, 100% 50%, 50% 100%, 0 50%) }
.mk b { font: bold 18px ${display}; color:${dark}; letter-spacing:.5px }
.ad { font: 10px ${sans}; color:#555; text-align:right; line-height:13px }
.w { position:absolute; left:44px; right:44px; top:92px; font: 13.5px ${serif}; line-height:20px; color:#1a1a1a }
.to { margin-top:10px } .w p { margin:10px 0 0 }
.sg { margin-top:10px } .sg .h { font: 24px ${hand}; color:#1d2b6b; line-height:28px }
</style>
<div class="lh"><div class="mk"><i></i><b>${event}</b></div><div class="ad">${street}<br>${town}<br>${web}</div></div>
<div class="w">
 <div>${letter_date}</div>
 <div class="to">${name}<br>${city}</div>
 <p>Dear ${salutation},</p>
 <p>Thank you for visiting us on the show floor. Our records show that you completed the <b>${title}</b> on ${date}, and ${hours} ${credit_tail}.</p>
 <p>${para2}</p>
 <div class="sg">${sign_off}<div class="h">${manager}</div>${manager}, ${manager_role}</div>
</div>
"""


def fill(d):
    name = d.name(d.pick(["plain", "honorific"]))
    street, town = d.address()
    return {
        "event": d.provider(),
        "street": street,
        "town": town,
        "web": d.web(),
        "letter_date": d.other_date("issue", "long"),
        "name": name,
        "city": d.city(),
        "salutation": name if d.chance(0.5) else d.first,
        "title": d.title(),
        "date": d.date(d.pick(["long", "weekday", "ordinal"])),
        "hours": d.hours(d.pick(["words", "cec_hours", "hours_title"])),
        "credit_tail": d.pick(
            [
                "of continuing education credit have been reported on your behalf",
                "will appear on your certification record within thirty days",
            ]
        ),
        "para2": d.pick(
            [
                "Please keep this letter with your renewal papers. If the credit does not appear on "
                "your record, reply with a copy of this letter and your certification number.",
                "We hope to see you again next year. Early registration opens in the spring, and "
                "exhibit-hall passes remain free for certified technicians.",
            ]
        ),
        "sign_off": d.pick(["Sincerely,", "With thanks,", "Best regards,"]),
        "manager": d.person(),
        "manager_role": d.pick(["Education Manager", "Show Director", "Attendee Services"]),
    }
