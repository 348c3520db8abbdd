"""A letter of attendance on a training school's letterhead, laid out as a
university letterhead class sets it: a square mark and the school's name in
letter-spaced capitals at left, a thin vertical rule, the address, phone and
web lines stacked at right, a full-width hairline under both. The letter
date sits flush right; a short inside address (the employer) and a bold
subject line follow. One running paragraph says the technician attended the
class over a span of days at a named venue and was credited a number of
hours written in words and figures; a second paragraph names the class
number and, half the time, the school's approval number. Two signatures
close it: the lead instructor and the school's director, each with a title."""

SOURCE = (
    "vansky/cover_letter_template:README.md (LaTeX letter on institutional letterhead: logo "
    "in letterhead.cls, address block, hairline) and wording of restoration-school letters "
    "of attendance"
)
KIND = "course"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "letter",
    "sentence",
    "portrait",
    "provider-in-logo",
    "date-range",
    "distractor-person",
    "distractor-date",
    "letter-spaced",
    "hours-in-sentence",
    "address",
)

TEMPLATE = """<style>
.w { position:absolute; inset:58px 84px 50px; font: 14.5px ${serif}; color:#1b1b1b; line-height:22px }
.lh { display:flex; justify-content:space-between; align-items:stretch; padding-bottom:12px; border-bottom:0.8px solid #333 }
.lh .l { display:flex; align-items:center; gap:14px; padding-right:18px; border-right:1px solid ${dark}; max-width:62% }
.mk { width:52px; height:52px; flex:none; background:${dark}; color:#fff; font: bold 19px ${display}; display:flex; align-items:center; justify-content:center; letter-spacing:1px }
.nm { font: 600 15px ${sans}; letter-spacing:3px; text-transform:uppercase; color:${dark}; line-height:20px }
.lh .r { font: 10.5px ${sans}; color:#333; line-height:15px; text-align:right; padding-left:16px; align-self:center }
.dt { text-align:right; margin-top:30px }
.to { margin-top:18px; line-height:19px }
.sj { margin-top:18px; font-weight:bold }
.w p { margin:14px 0 0; text-align:${align} }
.sg { display:flex; gap:50px; margin-top:34px }
.sg > div { flex:1; line-height:18px; font-size:13.5px }
.sg .h { font: 27px ${hand}; color:#1d2f6f; height:38px; white-space:nowrap }
.ft { position:absolute; left:0; right:0; bottom:0; font: 9px ${sans}; color:#777; letter-spacing:1.5px; text-transform:uppercase; text-align:center }
</style>
<div class="w">
 <div class="lh">
  <div class="l"><div class="mk">${initials}</div><div class="nm">${org}</div></div>
  <div class="r">${street}<br>${town}<br>${phone}<br>${web}</div>
 </div>
 <div class="dt">${letter_date}</div>
 <div class="to">${to_html}</div>
 <div class="sj">${subject}</div>
 <p>${greeting}</p>
 <p>${para1_html}</p>
 <p>${para2}</p>
 <p>${para3}</p>
 <p>${closing}</p>
 <div class="sg">
  <div><div class="h">${sig1}</div>${sig1}<br>${role1}</div>
  <div><div class="h">${sig2}</div>${sig2}<br>${role2}</div>
 </div>
 <div class="ft">${foot}</div>
</div>
"""

EMPLOYERS = [
    "Attn: Training Coordinator",
    "Attn: Human Resources",
    "Attn: Operations Manager",
]
FIRMS = [
    "Northgate Restoration Services",
    "All-Dry Property Recovery, Inc.",
    "Blue Spruce Cleaning & Restoration",
    "Heritage Fire & Water",
    "QuickResponse Mitigation LLC",
]


def fill(d):
    import html

    org = d.provider()
    short = (d.org_alt or org).replace("&", "")
    initials = "".join(w[0] for w in short.split() if w[0].isupper())[:3] or "RT"
    street, town = d.address()
    f_street, f_town = d.address()
    name = d.name(d.pick(["plain", "plain", "honorific"]))
    title = d.title(d.pick(["plain", "with_code"]))
    span = d.date_range(d.pick([1, 2, 2]))
    hours = d.hours(d.pick(["words", "words", "words_cec", "cec_hours"]))
    approval = d.approval() if d.chance(0.5) else None
    venue = d.venue() if d.chance(0.5) else f"our training center in {d.city()}"
    verb = d.pick(["attended", "was in attendance at", "attended and completed"])
    para1 = (
        f"This letter is to confirm that <span style='white-space:nowrap'>{html.escape(name)}</span> "
        f"{verb} {html.escape(title)}, held at {html.escape(venue)} "
        f"{d.pick(['on', 'over the dates of', 'from'])} {html.escape(span)}. "
        f"{d.pick(['The class was credited with', 'Credit awarded for the class:', 'Attendance for the full class earns'])} {html.escape(hours)}."
    )
    class_no = d.number(d.pick(["", "CL-", "#"]))
    para2 = f"Our class number for this offering is {class_no}."
    if approval:
        para2 += f" The class is approved under number {approval}."
    para2 += " Attendance was taken at the start of each day and after every break."
    return {
        "align": d.pick(["left", "justify"]),
        "initials": initials,
        "org": org,
        "street": street,
        "town": town,
        "phone": d.phone(),
        "web": d.web(),
        "letter_date": d.other_date("issue", d.pick(["long", "dmy_long", "long"])),
        "to_html": "<br>".join(
            html.escape(x) for x in [d.pick(FIRMS), d.pick(EMPLOYERS), f_street, f_town]
        ),
        "subject": d.pick(
            [
                "Re: Letter of attendance",
                "Subject: Confirmation of class attendance",
                "RE: Verification of training",
            ]
        ),
        "greeting": d.pick(
            ["To Whom It May Concern:", "Dear Sir or Madam:", "Dear Training Coordinator:"]
        ),
        "para1_html": para1,
        "para2": para2,
        "para3": d.pick(
            [
                "Should you need a copy of the class roster or the course outline, please contact our office.",
                "Please retain this letter with the technician's training file. A wall certificate is issued separately.",
            ]
        ),
        "closing": d.pick(["Sincerely,", "Respectfully,", "Regards,"]),
        "sig1": d.person(),
        "role1": d.pick(["Lead Instructor", "IICRC Approved Instructor", "Course Instructor"]),
        "sig2": d.person(),
        "role2": d.pick(
            ["Director of Education", "School Director", "Executive Director", "Registrar"]
        ),
        "foot": d.pick(
            [
                "Training · Certification · Field Support",
                "Classroom and hands-on restoration training",
                "Serving the restoration industry",
            ]
        ),
    }
