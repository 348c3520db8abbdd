"""A training school's completion letter folded for a window envelope: a
left-aligned wordmark letterhead, a one-line return address above the
recipient block, a reference line, two paragraphs of prose carrying the
course, date and credit, a signature, fold ticks on the left edge and a
small-print footer. The school is named only in the letterhead."""

SOURCE = (
    "vansky/cover_letter_template:letterhead.cls (university letterhead letter layout); "
    "wording: IICRC-approved training schools mailing completion letters with CEC hours"
)
KIND = "course"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "letter",
    "sentence",
    "provider-in-logo",
    "portrait",
    "distractor-person",
    "hours-in-sentence",
    "address",
    "tiny-footer",
)

TEMPLATE = """<style>
.lh { position:absolute; top:44px; left:76px; right:76px; display:flex; align-items:flex-end; justify-content:space-between;
  border-bottom:${rule}px solid ${accent}; padding-bottom:8px }
.mk { display:flex; align-items:center; gap:12px }
.mk .sq { width:46px; height:46px; border:3px solid ${dark}; color:${dark}; font: bold 17px ${display};
  display:flex; align-items:center; justify-content:center; letter-spacing:1px }
.mk .nm { font: ${weight} 22px ${head}; color:${dark}; line-height:24px; max-width:430px }
.mk .tg { font: italic 11px ${serif}; color:#555 }
.lh .ct { font: 10px ${sans}; color:#444; text-align:right; line-height:14px }
.ret { position:absolute; top:150px; left:86px; font: 8.5px ${sans}; color:#555; border-bottom:0.5px solid #999; padding-bottom:1px }
.to { position:absolute; top:170px; left:86px; font: 13.5px ${body}; line-height:18px }
.fold { position:absolute; left:14px; width:14px; border-top:1px solid #999 }
.b { position:absolute; top:300px; left:86px; right:86px; font: 14px ${body}; line-height:22px; color:#1a1a1a }
.b p { margin:0 0 13px }
.b .re { font-weight:bold }
.sg { margin-top:6px }
.sg .h { font: 30px ${hand}; color:#1c2f6b; height:40px; white-space:nowrap }
.enc { margin-top:16px; font-size:11.5px; color:#333 }
.ft { position:absolute; left:76px; right:76px; bottom:30px; border-top:1px solid #bbb; padding-top:5px;
  font: 8.5px ${sans}; color:#666; text-align:center; line-height:12px }
</style>
<div class="lh"><div class="mk"><div class="sq">${initials}</div><div><div class="nm">${org}</div><div class="tg">${tagline}</div></div></div>
 <div class="ct">${street}<br>${town}<br>${phone}<br>${web}</div></div>
<div class="ret">${ret}</div>
<div class="to">${name}<br>${to_street}<br>${to_town}</div>
<div class="fold" style="top:352px"></div><div class="fold" style="top:704px"></div>
<div class="b">
 <p>${letter_date}</p>
 <p class="re">${re}</p>
 <p>${dear}</p>
 <p>${body1}</p>
 <p>${body2}</p>
 <p>${close}</p>
 <div class="sg"><div class="h">${signer}</div>${signer}<br>${role}</div>
 <div class="enc">${enc}</div>
</div>
<div class="ft">${fine}</div>
"""


def fill(d):
    org = d.provider()
    words = [w for w in org.replace(",", " ").replace("&", " ").split() if w[:1].isupper()]
    initials = "".join(w[0] for w in words[:3])
    street, town = d.address()
    to_street, to_town = d.address()
    name = d.name(d.pick(["plain", "plain", "upper", "honorific"]))
    title = d.title(d.pick(["plain", "with_code", "plain"]))
    date = d.date(d.pick(["long", "ordinal", "weekday", "long"]))
    hours = d.hours(d.pick(["words_cec", "cec_hours", "words", "ceu_and_cec"]))
    first = d.first if not name.isupper() else d.first.upper()
    approval = ""
    if d.chance(0.5):
        approval = (
            f" The course is approved by the IICRC for continuing education credit under "
            f"course number {d.approval()}."
        )
    body1 = d.pick(
        [
            f"We are pleased to confirm that you successfully completed {title} on {date}, "
            f"including the written examination, and have earned {hours}.{approval}",
            f"Our records show that you attended {title}, which concluded on "
            f"{date}. In recognition, you have been awarded {hours}.{approval}",
        ]
    )
    body2 = d.pick(
        [
            "Please keep this letter with your certificate. It may be submitted as proof of "
            "continuing education when you renew your certification, and a duplicate can be "
            "requested from our office at any time.",
            "If you have already received your certificate by e-mail, this letter is for your "
            "files. Report any error in your name or credit within thirty days so that we can "
            "correct the class roster.",
        ]
    )
    return {
        "rule": d.pick([1, 2, 3]),
        "weight": d.pick(["bold", "normal"]),
        "head": d.fonts[d.pick(["display", "serif", "sans"])],
        "body": d.fonts[d.pick(["serif", "serif", "sans"])],
        "initials": initials,
        "org": org,
        "tagline": d.pick(
            [
                "Hands-on training for the restoration trades",
                "An IICRC Approved School",
                "Cleaning and restoration education since 1998",
            ]
        ),
        "street": street,
        "town": town,
        "phone": d.phone(),
        "web": d.web(),
        "ret": f"{street} · {town}",
        "name": name,
        "to_street": to_street,
        "to_town": to_town,
        "letter_date": d.other_date("issue", "long"),
        "re": d.pick(
            [
                "Re: Confirmation of course completion",
                "RE: Your continuing education credit",
                "Subject: Course completion and CEC credit",
            ]
        ),
        "dear": f"Dear {name.split()[0]} {d.last}:"
        if name.split()[0] in ("Mr.", "Ms.", "Mx.")
        else f"Dear {first},",
        "body1": body1,
        "body2": body2,
        "close": d.pick(["Sincerely,", "With best regards,", "Respectfully,"]),
        "signer": d.person(),
        "role": d.pick(["Director of Training", "Student Services Coordinator", d.role()]),
        "enc": d.pick(["Enclosure: Certificate of completion", "cc: Student file", ""]),
        "fine": d.pick(
            [
                "This letter was generated from the class roster and is valid without a seal.",
                "Questions about your record? Call our office Monday through Friday, 8 a.m. to 4 p.m.",
            ]
        ),
    }
