"""A school's letter to a student after a class, confirming attendance and
eligibility for the certification exam: a letterhead with the school's
name and a rule, the letter's own date at the top (bare, or after
'Date:'), the student's mailing block, a subject line with the course,
then a body that names the class, the day or days it was held, the hours
earned, states until when the eligibility holds or by when the exam
application must reach the office, and in some letters when the student's
current certification comes up for renewal. Closed by a signer and a cc
or enclosure line."""

SOURCE = (
    "Conditional-decision and eligibility letters of certification bodies (NICET policy 11: "
    "'honored for up to one year from the date of issuance') and school exam-eligibility "
    "letters ('the exam must be taken within 12 months of the class'), with the IICRC "
    "renewal wording (renewal date, CECs due every four years)"
)
KIND = "course"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "letter",
    "portrait",
    "sentence",
    "date-range",
    "distractor-date",
    "distractor-person",
    "address",
    "provider-in-logo",
)

TEMPLATE = """<style>
.lh { position:absolute; left:70px; right:70px; top:48px; padding-bottom:10px; border-bottom:${rule} }
.lh .n { font: bold 24px ${display}; color:${dark}; letter-spacing:0.5px }
.lh .a { font: 11.5px ${sans}; color:#555; margin-top:3px }
.b { position:absolute; left:82px; right:82px; top:150px; font: 14.5px ${face}; line-height:22px; color:#1a1a1a }
.b p { margin:0 0 14px } .b .ad { margin:18px 0 22px; line-height:19px }
.b .re { font-weight:bold; margin-bottom:18px }
.b .sg { margin-top:26px } .b .sg .h { font: 30px ${hand}; color:#1b2f7a; margin:4px 0 0; white-space:nowrap }
.b .cc { margin-top:22px; font-size:12px; color:#555 }
.ft { position:absolute; left:70px; right:70px; bottom:36px; font: 10px ${sans}; color:#777; text-align:center; border-top:1px solid #ccc; padding-top:5px }
</style>
<div class="lh"><div class="n">${org}</div><div class="a">${street} · ${town} · ${phone} · ${web}</div></div>
<div class="b">
 <p>${letter_date}</p>
 <div class="ad">${addr_name}<br>${addr_street}<br>${addr_town}</div>
 <div class="re">${re}</div>
 <p>Dear ${dear},</p>
 <p>${para1_html}</p>
 <p>${para2_html}</p>
 ${para3_html}
 <p>${para4}</p>
 <div class="sg">${closing}<div class="h">${signer}</div>${signer}<br>${role}</div>
 <div class="cc">${cc}</div>
</div>
<div class="ft">${footer}</div>
"""


def _keep(text, date):
    """Escapes a paragraph and keeps its date on one line."""
    import html

    before, _, after = text.partition(date)
    return (
        html.escape(before)
        + f'<span style="white-space:nowrap">{html.escape(date)}</span>'
        + html.escape(after)
    )


def fill(d):
    r = d.rng
    street, town = d.address()
    addr_street, addr_town = d.address()
    org = d.provider()
    days = 2 if d.credit <= 16 else 3
    name = d.name("plain")
    title = d.title(d.pick(["plain", "plain", "with_code"]))
    if d.credit < 6:
        dates_text = d.date(d.pick(["long", "weekday", "ordinal"]))
    else:
        dates_text = d.date_range(days - 1)
    dates = f"on {dates_text}"
    hours = d.hours(d.pick(["cec_hours", "cec_hours", "cecs"]))
    letter_style = d.pick(["long", "long", "dmy_long", "long_upper"])
    letter_date = d.other_date("issue", letter_style)
    if d.chance(0.3):
        letter_date = f"Date: {letter_date}"
    deadline = d.other_date("print", d.pick(["long", "short_month", "us_numeric"]))
    renewal = d.other_date("expiry", d.pick(["long", "us_numeric", "short_month"]))
    para1 = d.pick(
        [
            f"Thank you for attending {title}, held {dates}. Our records show that you were "
            f"present for the full class and have earned {hours}.",
            f"This letter confirms that you attended our {title} class {dates} and "
            f"completed it; {hours} have been recorded for you.",
        ]
    )
    para2 = d.pick(
        [
            "You are now eligible to sit the certification exam. This eligibility is honored "
            f"for one year from the class and ends on {deadline}.",
            "To be certified, please return the enclosed exam application with the fee no "
            f"later than {deadline}.",
            f"Please reply by {deadline} to book your exam seat; after that date the class "
            "must be repeated before the exam can be taken.",
        ]
    )
    para3 = ""
    if d.chance(0.6):
        para3 = d.pick(
            [
                "If you already hold a certification, these hours count toward your next "
                f"renewal, due {renewal}.",
                f"Your current certification renewal date on file is {renewal}. Keep this "
                "letter with your continuing education records.",
            ]
        )
    return {
        "org": org,
        "rule": f"2px solid {d.colors['accent']}",
        "street": street,
        "town": town,
        "phone": d.phone(),
        "web": d.web(),
        "face": d.fonts[d.pick(["serif", "serif", "sans"])],
        "letter_date": letter_date,
        "addr_name": name,
        "addr_street": addr_street,
        "addr_town": addr_town,
        "re": d.pick(["Re: ", "Subject: ", "RE: "])
        + d.pick(["Class attendance and exam eligibility", "Course completion", title])
        + f" – Student ID {r.randrange(100000, 999999)}",
        "dear": d.pick([name, f"{d.pick(['Mr.', 'Ms.'])} {d.last}", "Student"]),
        "para1_html": _keep(para1, dates_text),
        "para2_html": _keep(para2, deadline),
        "para3_html": f"<p>{_keep(para3, renewal)}</p>" if para3 else "",
        "para4": d.pick(
            [
                "Should any of the details above be incorrect, please contact our office.",
                "We appreciate your commitment to the industry and hope to see you again.",
            ]
        ),
        "closing": d.pick(["Sincerely,", "Best regards,", "Respectfully,"]),
        "signer": d.person(),
        "role": d.pick(["Student Services", "Exam Coordinator", d.role()]),
        "cc": d.pick(["cc: student file", "Enclosure: exam application", "cc: file"]),
        "footer": d.pick(
            [
                "Please retain this letter for your records.",
                f"{org} · Continuing education records are kept for five years.",
            ]
        ),
    }
