"""A distributor's training department confirms a completion by letter on
its letterhead (portrait): the letter date, the technician's mailing block,
a subject line, then the holder, course, dates and credit told in running
sentences, hours spelled out; signed by the training coordinator, with a
copy line and an enclosure note."""

SOURCE = (
    "wording: equipment and chemical distributors' training departments that confirm an "
    "IICRC-approved class by letter for the technician's employer or licence file"
)
KIND = "course"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "letter",
    "sentence",
    "hours-in-sentence",
    "portrait",
    "distractor-person",
    "distractor-date",
    "address",
)

TEMPLATE = """<style>
.w { position:absolute; inset:50px 72px 40px; font: 14px ${serif}; color:#1d1d1d; line-height:21px }
.lh { display:flex; justify-content:space-between; align-items:flex-start }
.lh .n { font: bold 24px ${display}; color:${dark}; letter-spacing:.5px }
.lh .tag { font: italic 12px ${serif}; color:${accent}; margin-top:2px }
.lh .ad { font: 11px ${sans}; color:#444; text-align:right; line-height:15px }
.rule { height:2px; background:${accent}; margin:10px 0 0 } .rule2 { height:1px; background:${dark}; margin:2px 0 28px }
.to { margin-top:22px } .re { margin-top:20px; font-weight:bold }
.w p { margin-top:14px; text-align:justify }
.sg { margin-top:26px } .sg .h { font: 30px ${hand}; color:#17306b; line-height:40px; margin-top:4px }
.cc { margin-top:28px; font-size:12px; color:#333; line-height:17px }
.ft { position:absolute; left:0; right:0; bottom:0; text-align:center; font: 9.5px ${sans}; color:#777; border-top:1px solid #ccc; padding-top:5px }
</style>
<div class="w">
 <div class="lh"><div><div class="n">${provider}</div><div class="tag">${tag}</div></div><div class="ad">${street}<br>${town}<br>${phone}</div></div>
 <div class="rule"></div><div class="rule2"></div>
 <div>${letter_date}</div>
 <div class="to">${to_name}<br>${company}<br>${to_street}<br>${to_town}</div>
 <div class="re">${re}</div>
 <p>${salute}</p>
 <p>${p1}</p>
 <p>${p2}</p>
 <p>${p3}</p>
 <div class="sg">${close}<div class="h">${coord}</div>${coord}<br>${coord_role}</div>
 <div class="cc">cc: ${cc}<br>Enclosure: ${encl}</div>
 <div class="ft">${foot}</div>
</div>
"""

COMPANIES = [
    "Lone Star Water Restoration",
    "North Shore Cleaning Co.",
    "Allegheny Fire & Flood",
    "Sunbelt Property Recovery",
    "Granite State Restoration",
]


def fill(d):
    street, town = d.address()
    to_street, to_town = d.address()
    provider = d.provider()
    name = d.name(d.pick(["plain", "plain", "honorific"]))
    title = d.title(d.pick(["plain", "with_code"]))
    span = d.chance(0.5)
    when = d.date_range(d.pick([1, 2])) if span else d.date(d.pick(["long", "ordinal", "weekday"]))
    hours = d.hours(d.pick(["words", "words_cec", "cec_hours"]))
    company = d.pick(COMPANIES)
    coord = d.person()
    verb = "attended the class held" if span else "attended the class on"
    p1 = (
        f"This letter confirms that {name} of {company} {verb} {when} and successfully "
        f"completed {title}, including the written examination."
    )
    p2 = d.pick(
        [
            f"The class is approved by the IICRC for {hours} of continuing education credit. "
            "Our office has reported the attendance to the IICRC; please allow up to thirty "
            "days for it to appear on the technician's record.",
            f"Upon completion, {hours} of continuing education credit are awarded. The "
            "attendance roster has been submitted to the IICRC on the technician's behalf.",
        ]
    )
    return {
        "provider": provider,
        "tag": d.pick(
            ["Training & Education Department", "Contractor Training Center", "Education Services"]
        ),
        "street": street,
        "town": town,
        "phone": d.phone(),
        "letter_date": d.other_date("issue", d.pick(["long", "dmy_long"])),
        "to_name": d.plain_name,
        "company": company,
        "to_street": to_street,
        "to_town": to_town,
        "re": d.pick(["RE: Verification of Class Attendance", "Subject: Course Completion"]),
        "salute": d.pick([f"Dear {d.first} {d.last}:", "To whom it may concern:"]),
        "p1": p1,
        "p2": p2,
        "p3": d.pick(
            [
                "Please keep this letter with your training records. Should you need a "
                "duplicate, contact our office and reference the class number "
                f"{d.number()}.",
                f"The course was taught by {d.person()}. Thank you for training with us; we "
                "look forward to seeing you at a future class.",
            ]
        ),
        "close": d.pick(["Sincerely,", "Respectfully,", "Best regards,"]),
        "coord": coord,
        "coord_role": d.pick(["Training Coordinator", "Education Manager", "Registrar"]),
        "cc": d.pick(["Employer file", f"{d.person()}, Operations Manager", "Training file"]),
        "encl": d.pick(["Course outline", "Class roster excerpt", "Evaluation summary"]),
        "foot": d.pick(
            [
                "Equipment · Chemicals · Training · Service",
                "Authorized distributor — sales, rentals and training",
            ]
        ),
    }
