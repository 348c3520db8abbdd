"""A "to whom it may concern" verification letter from an online training
school's registrar, printed on letterhead: centred wordmark with a
web/phone line, the letter date flush right, a reference line, then
paragraphs that name the learner, the self-paced course, the completion
date and the CEC hours in running sentences, and a registrar's signature
block with a footer rule and address."""

SOURCE = (
    "wording: online restoration-training schools' completion verification letters sent for "
    "certification renewals (LMS completion records restated by the registrar)"
)
KIND = "course"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "letter",
    "sentence",
    "hours-in-sentence",
    "provider-in-logo",
    "distractor-person",
    "distractor-date",
    "portrait",
)

TEMPLATE = """<style>
.lh { position:absolute; left:80px; right:80px; top:50px; text-align:center; border-bottom:2px solid ${accent}; padding-bottom:14px }
.lh .m { display:inline-block; width:54px; height:54px; border-radius:50%; background:${dark}; color:#fff; font: bold 22px ${serif}; line-height:54px; letter-spacing:1px }
.lh b { display:block; font: 600 24px ${display}; color:${dark}; margin-top:8px; letter-spacing:0.5px }
.lh span { display:block; font: 12px ${sans}; color:#666; margin-top:3px }
.w { position:absolute; left:96px; right:96px; top:230px; font: 15.5px ${serif}; line-height:25px; color:#1b1b1b }
.w p { margin:0 0 16px }
.dt { text-align:right }
.re { font-weight:bold }
.sig { margin-top:26px }
.sig .h { font: 34px ${hand}; color:#1e2d6b; margin:4px 0 0 }
.ft { position:absolute; left:80px; right:80px; bottom:40px; border-top:1px solid #bbb; padding-top:6px; font: 11px ${sans}; color:#666; text-align:center }
</style>
<div class="lh"><div class="m">${initials}</div><b>${org}</b><span>${web} · ${phone}</span></div>
<div class="w">
 <p class="dt">${letter_date}</p>
 <p class="re">${re}</p>
 <p>${salutation}</p>
 <p>${p1}</p>
 <p>${p2}</p>
 <p>${p3}</p>
 <div class="sig"><p>${closing}</p><div class="h">${signer}</div><p>${signer}<br>${signer_role}</p></div>
</div>
<div class="ft">${street}, ${town} · ${foot}</div>
"""


def fill(d):
    r = d.rng
    street, town = d.address()
    org = d.provider()
    words = [w for w in d.org.replace("&", "").replace(",", "").split() if w[:1].isupper()]
    initials = "".join(w[0] for w in words if w not in ("LLC", "Inc."))[:3]
    name = d.name(d.pick(["plain", "plain", "honorific"]))
    title = d.title(d.pick(["plain", "with_code"]))
    date = d.date(d.pick(["long", "long", "ordinal", "words"]))
    hours = d.hours(d.pick(["cec_hours", "words", "hours_title", "words_cec"]))
    uid = r.randrange(10000, 99999)
    p1 = d.pick(
        [
            f"This letter verifies that {name} completed the online, self-paced course "
            f"{title} through our learning portal on {date}.",
            f"Our records show that {name} (learner ID {uid}) successfully completed "
            f"{title}, finishing the final assessment on {date}.",
        ]
    )
    p2 = d.pick(
        [
            f"The course carries {hours} and the learner met the passing score on every quiz "
            "and on the final examination.",
            f"Upon completion, {hours} were awarded. Time in the course was tracked by the "
            "learning system and all modules were viewed in full.",
        ]
    )
    p3 = d.pick(
        [
            "The original certificate was issued electronically at the time of completion. "
            "Please contact our registrar's office if any further detail is needed.",
            "This letter may be submitted with a certification renewal as proof of continuing "
            "education. A duplicate certificate can be downloaded from the learner dashboard.",
        ]
    )
    return {
        "initials": initials,
        "org": org,
        "web": d.web(),
        "phone": d.phone(),
        "letter_date": d.other_date("issue", "long"),
        "re": d.pick(
            [
                "Re: Verification of course completion",
                "Subject: Continuing education verification",
                f"Ref: Learner {uid}",
            ]
        ),
        "salutation": d.pick(["To whom it may concern:", "Dear Certification Committee:"]),
        "p1": p1,
        "p2": p2,
        "p3": p3,
        "closing": d.pick(["Sincerely,", "Respectfully,", "Kind regards,"]),
        "signer": d.person(),
        "signer_role": d.pick(["Registrar", "Student Services Manager", d.role()]),
        "street": street,
        "town": town,
        "foot": d.pick(["Online and on-site training", "Training records office"]),
    }
