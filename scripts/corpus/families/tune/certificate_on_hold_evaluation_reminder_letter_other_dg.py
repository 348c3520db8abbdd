"""Not a certificate: a manufacturer's training academy writes that a
technician's certificate is on hold until the course evaluation and a
missed lab module are made up (portrait letter). A window-envelope address
block, a boxed "action required" panel, the class, dates and the credit
that would be awarded told in sentences, a numbered list of what to do by
a deadline, and a signature."""

SOURCE = (
    "wording: manufacturer and distributor training academies' reminder letters that hold the "
    "completion certificate until the course evaluation, exam retake or missed module is done"
)
KIND = "other"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "other",
    "letter",
    "sentence",
    "portrait",
    "distractor-person",
    "distractor-date",
    "hours-in-sentence",
    "address",
)

TEMPLATE = """<style>
.w { position:absolute; inset:44px 70px 36px; font: 13.5px ${sans}; color:#1e1e1e; line-height:20px }
.lh { display:flex; justify-content:space-between; align-items:center }
.lh .m { font: 900 22px ${sans}; max-width:420px; line-height:26px; color:${dark}; letter-spacing:-.5px } .lh .m span { color:${accent} }
.lh .r { font-size:11px; color:#555; text-align:right; line-height:15px }
.ret { margin-top:26px; font-size:10px; color:#555; line-height:13px }
.win { margin-top:6px; width:320px; line-height:19px }
.dt { margin-top:26px }
.act { margin-top:18px; border:2px solid ${accent}; padding:8px 12px; display:flex; justify-content:space-between; align-items:center }
.act b { font-size:15px; color:${accent}; letter-spacing:.5px } .act span { font-size:12.5px }
.w p { margin-top:12px }
ol { margin:8px 0 0; padding-left:22px } li { margin-bottom:4px }
.sg { margin-top:22px } .sg .h { font: 28px ${hand}; color:#1a2d6b; line-height:34px }
.ps { margin-top:16px; font-size:11.5px; color:#444 }
.ft { position:absolute; left:0; right:0; bottom:0; font-size:9.5px; color:#777; border-top:1px solid #ddd; padding-top:4px; display:flex; justify-content:space-between }
</style>
<div class="w">
 <div class="lh"><div class="m">${brand_a}<span>${brand_b}</span></div><div class="r">${arm}<br>${street}, ${town}<br>${phone}</div></div>
 <div class="ret">${street} &middot; ${town}</div>
 <div class="win">${name}<br>${company}<br>${to_street}<br>${to_town}</div>
 <div class="dt">${letter_date}</div>
 <div class="act"><b>${act_head}</b><span>${act_due}</span></div>
 <p>${salute}</p>
 <p>${p1}</p>
 <p>${p2}</p>
 <ol>${steps_html}</ol>
 <p>${p3}</p>
 <div class="sg">${close}<div class="h">${signer}</div>${signer}<br>${signer_role}</div>
 <div class="ps">${ps}</div>
 <div class="ft"><span>${ref}</span><span>${web}</span></div>
</div>
"""

COMPANIES = [
    "SwiftDry Restoration",
    "Elite Flood Response",
    "Crescent City Cleaning",
    "Peak Property Restoration",
]


def fill(d):
    from datetime import timedelta

    from corpus.formats import fmt_date

    a, _sp, b = d.provider().partition(" ")
    street, town = d.address()
    to_street, to_town = d.address()
    letter_day = d.completed + timedelta(days=d.rng.randint(10, 40))
    due_day = letter_day + timedelta(days=d.pick([14, 21, 30]))
    due = fmt_date(due_day, d.pick(["long", "weekday"]))
    title = d.title(d.pick(["plain", "with_code"]))
    dates = d.date_range(d.pick([1, 2])) if d.chance(0.6) else d.date(d.pick(["long", "ordinal"]))
    hours = d.hours(d.pick(["words", "cec_hours", "words_cec"]))
    hours = hours[0].lower() + hours[1:]
    instr = d.person()
    steps = [
        f"Complete the online course evaluation (link in the e-mail sent on {fmt_date(letter_day - timedelta(days=7), 'short_month')}).",
        "Attend the make-up lab module on any scheduled class day; call to reserve a station.",
        "Return the signed attendance acknowledgment enclosed with this letter.",
    ]
    return {
        "brand_a": a,
        "brand_b": " " + b,
        "arm": d.pick(["Training Academy · Student Services", "Education Department"]),
        "street": street,
        "town": town,
        "phone": d.phone(),
        "name": d.name(d.pick(["plain", "upper"])),
        "company": d.pick(COMPANIES),
        "to_street": to_street,
        "to_town": to_town,
        "letter_date": fmt_date(letter_day, "long"),
        "act_head": d.pick(["ACTION REQUIRED", "CERTIFICATE ON HOLD"]),
        "act_due": f"Please respond by {due}",
        "salute": f"Dear {d.first},",
        "p1": (
            f"Thank you for attending {title} with instructor {instr} ({dates}). Our records show "
            "that your file is not yet complete, so your certificate of completion has not been "
            "issued."
        ),
        "p2": (
            f"Once the items below are received, the class will be reported with {hours} of "
            "continuing education credit and your certificate will be e-mailed to you. Until then, "
            "no credit has been reported on your behalf."
        ),
        "steps_html": "".join(f"<li>{s}</li>" for s in d.rng.sample(steps, d.pick([2, 3]))),
        "p3": d.pick(
            [
                "If the items are not received by the date above, the enrollment will be closed "
                "and the class will need to be retaken to earn credit.",
                "If you believe this letter was sent in error, please call us so we can correct "
                "your record.",
            ]
        ),
        "close": d.pick(["Sincerely,", "Kind regards,"]),
        "signer": d.person(),
        "signer_role": d.pick(["Student Services", "Registrar", "Academy Coordinator"]),
        "ps": d.pick(
            [
                "This letter is a reminder only and is not proof of completion.",
                "Keep this letter until your certificate arrives.",
            ]
        ),
        "ref": d.number("File "),
        "web": d.web(),
    }
