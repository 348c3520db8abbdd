"""A plain letter on a school's letterhead, the kind IICRC-approved schools
send when a student needs proof of a class before the IICRC's own
certificate arrives: the school's name and address across the top, the
letter's date, a "Re:" line, a salutation, running paragraphs saying the
student attended the course on a span of days at a venue, for a number of
CEC hours under the course's approval number, that the certification exam
is graded by the IICRC and the certificate is mailed separately, and a
signature block with the instructor's name and a "cc" line."""

SOURCE = (
    "Wording of IICRC-approved schools' attendance / exam-pending letters (course approved by "
    "the IICRC, exam results and certificates issued by the IICRC, not the school)"
)
KIND = "course"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "letter",
    "portrait",
    "sentence",
    "hours-in-sentence",
    "date-range",
    "distractor-person",
    "distractor-date",
    "address",
)

TEMPLATE = """<style>
.w { position:absolute; left:92px; right:92px; top:70px; bottom:70px; font: 15px ${face}; color:#1a1a1a; line-height:23px }
.lh { display:flex; justify-content:space-between; align-items:flex-end; border-bottom:${rule}; padding-bottom:10px }
.lh .o { font: ${org_weight} 24px ${head}; color:${dark}; max-width:360px; line-height:28px }
.lh .a { text-align:right; font-size:12px; line-height:16px; color:#444 }
.dt { margin-top:40px } .to { margin-top:22px } .re { margin-top:22px; font-weight:bold }
.sal { margin-top:22px } p { margin-top:14px; text-align:${align} }
.sg { margin-top:34px } .sg .h { font: 30px ${hand}; color:#20307a; line-height:44px }
.cc { margin-top:30px; font-size:12px; color:#444 }
.ft { position:absolute; left:0; right:0; bottom:0; font-size:10px; color:#777; text-align:center }
</style>
<div class="w">
 <div class="lh"><div class="o">${org}</div><div class="a">${street}<br>${town}<br>${phone}</div></div>
 <div class="dt">${letter_date}</div>
 <div class="to">${to_html}</div>
 <div class="re">Re: ${re_line}</div>
 <div class="sal">${salutation}</div>
 <p>${para1}</p>
 <p>${para2}</p>
 <p>${para3}</p>
 <div class="sg">${closing}<div class="h">${signer}</div>${signer}<br>${signer_role}</div>
 <div class="cc">cc: ${cc}</div>
 <div class="ft">${footer}</div>
</div>
"""


def fill(d):
    import html

    street, town = d.address()
    org = d.provider()
    name = d.name(d.pick(["plain", "plain", "honorific"]))
    title = d.title(d.pick(["plain", "with_code", "with_code"]))
    span = d.date_range(d.pick([1, 2, 2]))
    hours = d.hours(d.pick(["cec_hours", "words", "hours_title", "iicrc_cec"]))
    approval = d.approval() if d.chance(0.7) else None
    venue = d.pick([f"our {d.city()} training center", f"the {d.venue()}", "our facility"])
    addressee = d.pick(["whom", "student", "employer"])
    if addressee == "student":
        s_street, s_town = d.address()
        to_html = f"{html.escape(name)}<br>{html.escape(s_street)}<br>{html.escape(s_town)}"
        salutation = (
            f"Dear {name.split()[0] if not name.startswith(('Mr.', 'Ms.', 'Mx.')) else name},"
        )
        subject = "you"
    elif addressee == "employer":
        company = d.pick(
            ["Rapid Response Restoration", "Clear Water Cleaning Co.", "ServiceMax Restoration LLC"]
        )
        to_html = f"{html.escape(d.person())}<br>{html.escape(company)}"
        salutation = "Dear Sir or Madam,"
        subject = name
    else:
        to_html = ""
        salutation = "To Whom It May Concern:"
        subject = name
    approval_text = f" under course approval number {approval}" if approval else ""
    para1 = (
        f"This letter confirms that {subject} attended the {title} course held {span} at "
        f"{venue}. The course is approved by the IICRC for {hours}{approval_text}."
    )
    return {
        "face": d.fonts[d.pick(["serif", "serif", "sans"])],
        "head": d.fonts[d.pick(["serif", "display", "sans"])],
        "org_weight": d.pick(["bold", "normal"]),
        "rule": d.pick(["2px solid #333", "1px solid #999", "3px double #333"]),
        "align": d.pick(["left", "justify"]),
        "org": org,
        "street": street,
        "town": town,
        "phone": d.phone(),
        "letter_date": d.other_date("issue", d.pick(["long", "long", "dmy_long"])),
        "to_html": to_html,
        "re_line": d.pick(
            ["Course attendance", "Verification of attendance", "Proof of class attendance"]
        ),
        "salutation": salutation,
        "para1": para1,
        "para2": d.pick(
            [
                "The IICRC certification examination was given on the last day of class. "
                "Exams are graded by the IICRC, and the certificate and wallet card are mailed by "
                "the IICRC directly once the exam is passed and the fee is paid.",
                "Exam results are not released by the school. Please allow four to six weeks for "
                "the IICRC to post the result and issue the certificate.",
            ]
        ),
        "para3": d.pick(
            [
                "Please keep this letter with your continuing education records. Questions may be "
                "directed to our office at the number above.",
                "Should you need anything further, do not hesitate to contact our office.",
            ]
        ),
        "closing": d.pick(["Sincerely,", "Respectfully,", "Regards,"]),
        "signer": d.person(),
        "signer_role": d.pick(["IICRC Approved Instructor", "Lead Instructor", d.role()]),
        "cc": d.pick(["student file", "registrar", "student file; employer"]),
        "footer": d.web(),
    }
