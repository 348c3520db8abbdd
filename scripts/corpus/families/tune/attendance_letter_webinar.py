"""A confirmation letter for a live webinar, sent on letterhead: the provider
appears only as the letterhead wordmark with its address line, then the date
of the letter, an inside address block, "Dear" the attendee, a paragraph that
names the webinar, the day it aired and the minutes the attendee was logged
in, the credit in a second sentence, and a signature block."""

SOURCE = (
    "https://help.conferences.io/en/support/solutions/articles/5000813538 (attendance certificates "
    "for CE credit) and https://support.surgentcpe.com/hc/en-us/articles/14822207297421 (webinar "
    "attendance verification)"
)
KIND = "course"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "letter",
    "sentence",
    "provider-in-logo",
    "distractor-person",
    "distractor-date",
    "portrait",
    "address",
)

TEMPLATE = """<style>
.lh { position:absolute; left:72px; right:72px; top:54px; display:flex; align-items:center; gap:14px; border-bottom:1px solid ${accent}; padding-bottom:12px }
.mk { width:46px; height:46px; border-radius:10px; background:${accent}; transform:rotate(45deg) scale(0.75) }
.lh b { font: bold 22px ${display}; color:${dark} } .lh span { display:block; font: 11px ${sans}; color:#666 }
.w { position:absolute; left:72px; right:72px; top:160px; font: 15px ${serif}; line-height:23px; color:#1b1b1b }
.w p { margin:0 0 15px }
.sig .h { font-family:${hand}; font-size:28px; margin:12px 0 2px; color:#223 }
</style>
<div class="lh"><div class="mk"></div><div><b>${org}</b><span>${street} · ${town} · ${phone}</span></div></div>
<div class="w">
 <p>${letter_date}</p>
 <p>${name}<br>${to_street}<br>${to_town}</p>
 <p>Re: ${re}</p>
 <p>Dear ${salutation},</p>
 <p>${body1}</p>
 <p>${body2}</p>
 <p>${body3}</p>
 <div class="sig"><p>Sincerely,</p><div class="h">${signer}</div><p>${signer}<br>${role}</p></div>
</div>
"""


def fill(d):
    street, town = d.address()
    to_street, to_town = d.address()
    org = d.provider()
    name = d.name("plain")
    title = d.title("plain")
    date = d.date(d.pick(["long", "weekday", "ordinal"]))
    minutes = int(d.credit * 60) + d.pick([0, 2, 5, 7])
    hours = d.hours(d.pick(["cec_hours", "hours_title", "words_cec", "cecs"]))
    return {
        "org": org,
        "street": street,
        "town": town,
        "phone": d.phone(),
        "letter_date": d.other_date("issue", "long"),
        "name": name,
        "to_street": to_street,
        "to_town": to_town,
        "re": d.pick(
            [
                "Confirmation of webinar attendance",
                "Continuing education credit",
                "Attendance verification",
            ]
        ),
        "salutation": name,
        "body1": f"Thank you for joining our live webinar, {title}, broadcast on {date}. "
        f"Our attendance records show that you were logged in for {minutes} minutes and "
        "answered the polling questions during the presentation.",
        "body2": f"This letter confirms that you have earned {hours} for this program. "
        "Please keep it with your training records.",
        "body3": f"Presenter: {d.person()}. Questions about this record may be directed to our "
        "education office at the number above.",
        "signer": d.person(),
        "role": d.role(),
    }
