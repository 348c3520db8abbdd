"""A congratulation letter on an association's engraved letterhead (a
centred emblem and the association's name set as the letterhead, a thin
double rule, the officers listed down a left margin column), dated, addressed
to the technician at home, saying in running prose that the course was
completed on a given day and the credit recorded, signed by the education
chair; the association is named only in the letterhead."""

SOURCE = "danalittleskier/onlinemembership:trunk/membership-web/src/main/webapp/WEB-INF/pages/certificate.jsp"
KIND = "course"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "letter",
    "portrait",
    "sentence",
    "provider-in-logo",
    "hours-in-sentence",
    "distractor-person",
    "distractor-date",
)

TEMPLATE = """<style>
.lh { position:absolute; left:60px; right:60px; top:40px; text-align:center }
.em { width:62px; height:62px; margin:0 auto; border-radius:50%; border:2px solid ${ink};
  background: repeating-conic-gradient(${ink} 0 3deg, transparent 3deg 15deg); position:relative }
.em:after { content:""; position:absolute; inset:12px; border-radius:50%; background:#fff; border:1px solid ${ink} }
.on { font: 22px ${display}; color:${ink}; letter-spacing:2px; margin-top:10px; text-transform:${case} }
.tg { font: italic 12px ${serif}; color:#666; margin-top:3px }
.dr { position:absolute; left:60px; right:60px; top:${rule_top}; height:5px; border-top:2px solid ${ink}; border-bottom:1px solid ${ink} }
.side { position:absolute; left:60px; top:${side_top}; width:140px; font: 9.5px ${sans}; color:#555; line-height:13px;
  border-right:1px solid #ccc; padding-right:10px }
.side b { display:block; color:${ink}; font-size:9px; letter-spacing:1px; text-transform:uppercase; margin-top:10px }
.bd { position:absolute; left:230px; right:70px; top:${side_top}; font: 14px ${serif}; color:#1d1d1d; line-height:22px }
.bd p { margin:0 0 13px }
.dt { margin-bottom:20px !important }
.sg { margin-top:26px }
.sg .h { font: 30px ${hand}; color:#1d2c66; line-height:40px }
.ft { position:absolute; left:60px; right:60px; bottom:34px; border-top:1px solid ${ink}; padding-top:5px; text-align:center;
  font: 9.5px ${sans}; color:#666 }
</style>
<div class="lh"><div class="em"></div><div class="on">${org}</div><div class="tg">${tagline}</div></div>
<div class="dr"></div>
<div class="side">
 <b>${officers_label}</b>${p1}<br>${p1r}<br><br>${p2}<br>${p2r}<br><br>${p3}<br>${p3r}
 <b>${office_label}</b>${street}<br>${town}<br>${phone}
</div>
<div class="bd">
 <p class="dt">${letter_date}</p>
 <p>${addr_name}<br>${home_street}<br>${home_town}</p>
 <p>${salutation}</p>
 <p>${para1a} <b>${title}</b> ${para1b} ${date}${para1c}</p>
 <p>${para2a} ${hours} ${para2b}</p>
 <p>${para3}</p>
 <div class="sg">${closing}<div class="h">${chair}</div>${chair}<br>${chair_role}</div>
</div>
<div class="ft">${foot}</div>
"""


def fill(d):
    from corpus import values as V

    d.org, d.org_alt = d.pick(V.ASSOCIATIONS), None
    org = d.provider(d.pick([None, "upper"]))
    street, town = d.address()
    home_street, home_town = d.address()
    full = d.name("plain")
    last = d.last
    formal = d.chance(0.5)
    two_line = len(org) > 44
    chair = d.person()
    return {
        "ink": d.pick(["#1f3a5f", "#5b2333", "#0b3d2e", "#23395d", "#3d2b1f"]),
        "case": "none",
        "org": org,
        "tagline": d.pick(
            [
                "Serving cleaning and restoration professionals since 1979",
                "A chapter of restoration contractors and technicians",
                "Education · Advocacy · Fellowship",
            ]
        ),
        "rule_top": "178px" if not two_line else "206px",
        "side_top": "204px" if not two_line else "232px",
        "officers_label": d.pick(["Officers", "Board of Directors", "Executive Committee"]),
        "p1": d.person(),
        "p1r": "President",
        "p2": d.person(),
        "p2r": d.pick(["Vice President", "Treasurer"]),
        "p3": chair,
        "p3r": d.pick(["Education Chair", "Chair, Education Committee"]),
        "office_label": d.pick(["Office", "Headquarters"]),
        "street": street,
        "town": town,
        "phone": d.phone(),
        "letter_date": d.other_date("issue", d.pick(["long", "long"])),
        "addr_name": full,
        "home_street": home_street,
        "home_town": home_town,
        "salutation": f"Dear {d.first} {last}," if formal else f"Dear {d.first},",
        "para1a": d.pick(
            [
                "On behalf of the board and members, congratulations on completing",
                "Congratulations! Our records show that you successfully completed",
                "It is my pleasure to confirm that you completed",
            ]
        ),
        "title": d.title(d.pick(["plain", "with_code"])),
        "para1b": d.pick(["on", "with our instructors on", "at our spring education event on"]),
        "date": d.date(d.pick(["long", "weekday", "ordinal"])),
        "para1c": ".",
        "para2a": d.pick(
            [
                "Your attendance has been recorded for",
                "The course was approved for",
                "We have reported",
            ]
        ),
        "hours": d.hours(d.pick(["cec_hours", "words", "cecs"])),
        "para2b": d.pick(
            [
                "toward your certification renewal; your wall certificate is enclosed.",
                "and your certificate is enclosed with this letter.",
                "on your behalf. Please keep this letter with your renewal records.",
            ]
        ),
        "para3": d.pick(
            [
                "Thank you for your commitment to professional education. We look forward "
                "to seeing you at the next chapter meeting.",
                "Should you need a duplicate certificate, please contact our office.",
                "We appreciate your participation and hope to welcome you to future classes.",
            ]
        ),
        "closing": d.pick(["Sincerely,", "With best regards,", "Cordially,"]),
        "chair": chair,
        "chair_role": d.pick(["Education Chair", "Chair, Education Committee"]),
        "foot": d.pick(
            [
                "A not-for-profit trade association",
                "Member dues are not deductible as charitable contributions",
                "Printed on recycled paper",
            ]
        ),
    }
