"""A letter a training school mails to a technician before a class, set as
the newlfm letter class sets a standard letter: the sender's name and
address block first at the left, the letter date under it, then the
recipient's address, a greeting and running paragraphs confirming the seat
in an upcoming class (course name, the days it runs, the venue and the
start time, what to bring, the exam on the last afternoon, the credit the
class is approved for once completed), a cancellation and refund line, and
a signature block at the right. It names the student, the school, the
course and future dates, and records no completed credit for anyone."""

SOURCE = (
    "JeSappelleRoot/US-letter:README.md (newlfm standard letter: orderfromdateto, date left, "
    "signature right, from / date / to spacing) and wording of class confirmation letters"
)
KIND = "other"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "other",
    "letter",
    "sentence",
    "portrait",
    "address",
    "distractor-date",
    "distractor-person",
)

TEMPLATE = """<style>
.w { position:absolute; inset:64px 88px 50px; font: 14.5px ${serif}; color:#1a1a1a; line-height:21px }
.fr b { font-weight:bold; font-size:15.5px }
.dt { margin-top:28px }
.to { margin-top:28px }
.w p { margin:15px 0 0 }
.w ul { margin:8px 0 0; padding-left:24px } .w li { margin-bottom:2px }
.sg { margin:30px 0 0 55%; line-height:19px }
.sg .h { font: 26px ${hand}; color:#1c2c6a; height:34px; white-space:nowrap }
.enc { margin-top:24px; font-size:12.5px }
</style>
<div class="w">
 <div class="fr"><b>${school}</b><br>${s_street}<br>${s_town}<br>${s_phone}</div>
 <div class="dt">${letter_date}</div>
 <div class="to">${student}<br>${street}<br>${town}</div>
 <p>Dear ${dear},</p>
 <p>${p1}</p>
 <p>${p2}</p>
 <ul>${items_html}</ul>
 <p>${p3}</p>
 <p>${p4}</p>
 <div class="sg">${closing}<div class="h">${signer}</div>${signer}<br>${role}</div>
 <div class="enc">${enc}</div>
</div>
"""


def fill(d):
    from datetime import timedelta

    from corpus.formats import fmt_date, fmt_range, number_words

    r = d.rng
    s_street, s_town = d.address()
    street, town = d.address()
    # the class is still to come: it starts some weeks after the letter
    letter_day = d.completed - timedelta(days=r.randint(60, 120))
    first = letter_day + timedelta(days=r.randint(14, 45))
    last = first + timedelta(days=d.pick([1, 2, 2]))
    span = fmt_range(first, last, r)
    approved = d.credit
    approved_text = d.pick(
        [
            f"{number_words(approved).capitalize()} ({approved:g}) continuing education credit hours",
            f"{approved:g} CECs",
        ]
    )
    deadline = fmt_date(first - timedelta(days=d.pick([7, 10, 14])), "long")
    items = [
        "Photo identification for the exam proctor",
        "Safety glasses, gloves and closed-toe shoes for the hands-on lab",
        "A calculator and a pen",
        "Your registration confirmation number",
        "Clothing suited to a warehouse training floor",
    ]
    return {
        "school": d.org,
        "s_street": s_street,
        "s_town": s_town,
        "s_phone": d.phone(),
        "letter_date": fmt_date(letter_day, d.pick(["long", "long", "dmy_long"])),
        "student": d.plain_name,
        "street": street,
        "town": town,
        "dear": d.pick([d.plain_name, f"{d.first}"]),
        "p1": f"Thank you for registering. This letter confirms your seat in {d.course}, which runs "
        f"{span} at {d.pick([d.venue(), 'our training center'])}. "
        f"Doors open at {d.pick(['7:30', '7:45', '8:00'])} a.m. each day; class begins promptly at "
        f"{d.pick(['8:00', '8:15', '8:30'])}.",
        "p2": "Please bring the following with you on the first morning:",
        "items_html": "".join(f"<li>{i}</li>" for i in r.sample(items, 3)),
        "p3": f"The class is approved for {approved_text}, which will be credited only after you attend "
        "every session and pass the written examination on the last afternoon. Your certificate is "
        "issued after the exam results are posted.",
        "p4": f"If you need to cancel, please tell us by {deadline} for a full refund; later "
        f"cancellations may transfer to another class date. Your registration number is "
        f"{d.number(d.pick(['', 'R-']))}.",
        "closing": d.pick(["Sincerely,", "We look forward to seeing you,", "Best regards,"]),
        "signer": d.person(),
        "role": d.pick(["Registration Coordinator", "Office Manager", "Student Services"]),
        "enc": d.pick(["Enclosure: directions and parking map", "Enc.: class agenda", "cc: file"]),
    }
