"""An invitation letter to an association's annual awards and recognition
dinner, on a letterhead with a gilt-ruled crest: addressed to the
technician, it says they are to be recognised for earning a designation,
recalls in running prose the course that completed it with its hours and
month, gives the dinner's day, time and venue in a small boxed panel, asks
for an RSVP and is signed by the awards chair. It records no credit."""

SOURCE = (
    "wording: awards-banquet and designation recognition invitations sent by regional "
    "cleaning and restoration associations to members earning a designation"
)
KIND = "other"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "other",
    "letter",
    "portrait",
    "sentence",
    "provider-in-logo",
    "distractor-person",
    "distractor-date",
    "ornate",
)

TEMPLATE = """<style>
.lh { position:absolute; left:0; right:0; top:36px; text-align:center }
.lh .cr { width:70px; height:70px; margin:0 auto; border:2px solid ${gold}; border-radius:50%; position:relative;
  background: radial-gradient(circle, ${ink} 0 55%, transparent 56%) }
.lh .cr span { position:absolute; inset:0; display:flex; align-items:center; justify-content:center; color:${gold}; font: 22px ${display} }
.lh .on { font: 21px ${display}; color:${ink}; margin-top:10px; letter-spacing:1px }
.lh .ru { width:62%; margin:10px auto 0; border-top:1px solid ${gold}; border-bottom:1px solid ${gold}; height:3px }
.bd { position:absolute; left:86px; right:86px; top:210px; font: 14.5px ${serif}; color:#1e1e1e; line-height:23px }
.bd p { margin:0 0 14px }
.bx { margin:20px auto 20px; width:70%; border:1px solid ${gold}; outline:1px solid ${gold}; outline-offset:3px; padding:14px 18px;
  text-align:center; font: 14px ${serif}; line-height:22px; background:#fffcf2 }
.bx b { display:block; font: 18px ${display}; color:${ink}; margin-bottom:4px }
.sg .h { font: 30px ${hand}; color:#1d2c66; line-height:42px }
.ft { position:absolute; left:86px; right:86px; bottom:36px; text-align:center; font: 9.5px ${sans}; color:#777; border-top:1px solid #ddd; padding-top:6px }
</style>
<div class="lh"><div class="cr"><span>${initials}</span></div><div class="on">${org}</div><div class="ru"></div></div>
<div class="bd">
 <p>${letter_date}</p>
 <p>${name}<br>${street}<br>${town}</p>
 <p>${salutation}</p>
 <p>${p1a} <b>${designation}</b>${p1b}</p>
 <p>${p2}</p>
 <div class="bx"><b>${event_name}</b>${event_day}<br>${event_time}<br>${venue}</div>
 <p>${p3}</p>
 <div class="sg">${closing}<div class="h">${chair}</div>${chair}<br>${chair_role}</div>
</div>
<div class="ft">${foot}</div>
"""


def fill(d):
    from calendar import month_name
    from datetime import timedelta

    from corpus import formats as F
    from corpus import values as V

    org = d.pick(V.ASSOCIATIONS)
    words = [w for w in org.split() if w[0].isupper()]
    street, town = d.address()
    dinner = d.completed + timedelta(days=d.rng.randrange(40, 160))
    chair = d.person()
    hours = F.fmt_number(d.credit, d.rng)
    month = f"{month_name[d.completed.month]} {d.completed.year}"
    return {
        "ink": d.pick(["#1f3a5f", "#5b2333", "#0b3d2e", "#23395d"]),
        "gold": d.pick(["#b8860b", "#c9a227", "#a67c00"]),
        "initials": "".join(w[0] for w in words[:3]),
        "org": org,
        "letter_date": d.other_date("issue", "long"),
        "name": d.plain_name,
        "street": street,
        "town": town,
        "salutation": d.pick([f"Dear {d.first},", f"Dear {d.first} {d.last},"]),
        "p1a": d.pick(
            [
                "On behalf of the board, it is my honor to invite you to be recognized as a new",
                "Congratulations! You are among this year's members who have earned the",
            ]
        ),
        "designation": d.pick(
            [
                "Master Water Restorer",
                "Master Textile Cleaner",
                "Journeyman Textile Cleaner",
                "Master Fire and Smoke Restorer",
            ]
        ),
        "p1b": d.pick(
            [
                " designation at our annual awards dinner.",
                " designation, and we would like to honor you at our annual recognition banquet.",
            ]
        ),
        "p2": d.pick(
            [
                f"Your completion of {d.course}, a course of {hours} hours, in {month} "
                "completed the requirements for the designation.",
                f"Our records show that {d.course} ({hours} hours), which you finished in "
                f"{month}, was the final step toward this achievement.",
                f"With {d.course} in {month} you added {hours} hours to your record and "
                "met every requirement of the designation.",
            ]
        ),
        "event_name": d.pick(
            ["Annual Awards & Recognition Dinner", "Designation Recognition Banquet"]
        ),
        "event_day": F.fmt_date(dinner, "weekday"),
        "event_time": d.pick(
            ["Reception 6:00 p.m. · Dinner 7:00 p.m.", "Doors open 5:30 p.m., dinner at 6:30 p.m."]
        ),
        "venue": d.venue(),
        "p3": d.pick(
            [
                "Your seat and one guest's are complimentary. Please RSVP to our office by "
                + F.fmt_date(dinner - timedelta(days=14), "long")
                + ".",
                "Kindly reply by "
                + F.fmt_date(dinner - timedelta(days=10), "long")
                + " so we can prepare your award plaque.",
            ]
        ),
        "closing": d.pick(["Warm regards,", "With congratulations,", "Sincerely,"]),
        "chair": chair,
        "chair_role": d.pick(["Awards Committee Chair", "President", "Executive Director"]),
        "foot": d.pick(
            [
                "This letter is an invitation only and is not a certificate of completion.",
                "Dress: business attire · Parking is validated at the front desk",
            ]
        ),
    }
