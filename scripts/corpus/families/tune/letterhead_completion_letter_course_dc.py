"""A completion letter printed from a school's student portal: letterhead
with the school's name and address across the top over a coloured rule, the
letter date, the student's mailing block, a subject line, three short
paragraphs carrying the course, the completion date and the CEC hours inside
the sentences, a sign-off by the education director and a small footer."""

SOURCE = (
    "Mohamed-Elredeny/hr_erp_old:resources/views/employees/certificate/english/email.blade.php "
    '(letter body in a single white table cell, "Dear …" and "Best regards")'
)
KIND = "course"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "letter",
    "portrait",
    "sentence",
    "hours-in-sentence",
    "provider-in-logo",
    "distractor-person",
    "distractor-date",
    "tiny-footer",
)

TEMPLATE = """<style>
.lh { position:absolute; left:72px; right:72px; top:48px; display:flex; justify-content:space-between; align-items:flex-end;
  padding-bottom:12px; border-bottom:3px solid ${accent} }
.lh .o { font: bold 24px ${display}; color:${dark}; line-height:28px; max-width:420px }
.lh .o small { display:block; font: 11px ${sans}; letter-spacing:2px; color:#666; text-transform:uppercase; margin-top:2px }
.lh .a { text-align:right; font: 11px ${sans}; color:#444; line-height:15px }
.w { position:absolute; left:72px; right:80px; top:${body_top}px; font: ${body_px}px ${face}; color:#1a1a1a; line-height:${lh}px }
.w p { margin:0 0 14px }
.to { margin-bottom:22px }
.re { font-weight:bold; margin-bottom:18px }
.sg .h { font: 30px ${hand}; color:#1b2a66; height:40px; white-space:nowrap; margin-top:6px }
.ft { position:absolute; left:72px; right:72px; bottom:34px; border-top:1px solid #bbb; padding-top:5px; font: 9px ${sans}; color:#666;
  display:flex; justify-content:space-between }
</style>
<div class="lh"><div class="o">${org}<small>${tag}</small></div><div class="a">${street}<br>${town}<br>${phone}</div></div>
<div class="w">
 <p>${letter_date}</p>
 <div class="to">${name}<br>${company}<br>${to_street}<br>${to_town}</div>
 <div class="re">${re}</div>
 <p>Dear ${salutation},</p>
 <p>${para1}</p>
 <p>${para2}</p>
 <p>${para3}</p>
 <div class="sg">${closing}<div class="h">${signer}</div>${signer}<br>${role}</div>
</div>
<div class="ft"><span>${foot_left}</span><span>${foot_right}</span></div>
"""

COMPANIES = [
    "Rapid Response Restoration",
    "ServiceFirst Cleaning & Restoration",
    "Blue Sky Water Damage",
    "Hometown Carpet Care",
    "Summit Property Recovery",
    "Canyon Fire & Flood",
]


def fill(d):
    org = d.provider()
    street, town = d.address()
    to_street, to_town = d.pick(
        [c for c in __import__("corpus.values").values.CITIES if c[0] != street]
    )
    name = d.name(d.pick(["plain", "plain", "honorific"]))
    title = d.title(d.pick(["plain", "with_code"]))
    date = d.date(d.pick(["long", "ordinal", "weekday", "dmy_long"]))
    hours = d.hours(d.pick(["cec_hours", "words", "words_cec"]))
    para1 = d.pick(
        [
            f"Congratulations! This letter confirms that you successfully completed {title} on {date}.",
            f"We are pleased to confirm that you completed {title}, which concluded on {date}.",
            f"Thank you for attending {title}. Our records show that you completed the course on {date}.",
        ]
    )
    approval = d.approval() if d.chance(0.5) else None
    para2 = d.pick(
        [
            f"The course has been approved for {hours} by the IICRC.",
            f"You have earned {hours} toward your certification renewal.",
            f"Your completion has been reported for {hours}.",
        ]
    )
    if approval:
        para2 += f" The course approval number is {approval}."
    para3 = d.pick(
        [
            "Please keep this letter with your training records. Your wallet card will follow by mail.",
            "Please retain this letter for your records; you may need it when you renew your certification.",
            "If any detail above is incorrect, contact our office within thirty days.",
        ]
    )
    first = name.split()[1] if name.split()[0] in ("Mr.", "Ms.", "Mx.") else name.split()[0]
    return {
        "org": org,
        "tag": d.pick(["Education & Certification", "Training Department", "Registrar's Office"]),
        "street": street,
        "town": town,
        "phone": d.phone(),
        "body_top": d.pick([170, 190]),
        "body_px": d.pick([14, 15]),
        "lh": d.pick([21, 23]),
        "face": d.fonts[d.pick(["serif", "sans"])],
        "hand": d.fonts["hand"],
        "letter_date": d.other_date("issue", "long"),
        "name": name,
        "company": d.pick(COMPANIES),
        "to_street": to_street,
        "to_town": to_town,
        "re": d.pick(
            [
                "RE: Course completion",
                "Subject: Confirmation of course completion",
                "RE: Your training record",
            ]
        ),
        "salutation": first,
        "para1": para1,
        "para2": para2,
        "para3": para3,
        "closing": d.pick(["Best regards,", "Sincerely,", "With kind regards,"]),
        "signer": d.person(),
        "role": d.pick(["Director of Education", "Registrar", "Training Manager"]),
        "foot_left": d.web(),
        "foot_right": f"Student ID {d.number()}",
    }
