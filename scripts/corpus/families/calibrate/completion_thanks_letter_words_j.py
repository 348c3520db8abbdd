"""A completion letter on a school's letterhead, where the school's name is
only in the logo block: the date line, an inside address, "Dear ...", a
paragraph thanking the student for completing the course with the day
written out in words, a reference number for looking up the certificate, a
line with the hours and the course approval number, and a signed closing by
a named instructor."""

SOURCE = (
    "themeum/tutor:templates/email/to_student_course_completed.php and "
    "akmaurya31/loanweb:resources/views/certificate.blade.php"
)
KIND = "course"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "letter",
    "portrait",
    "sentence",
    "provider-in-logo",
    "distractor-person",
    "hours-in-sentence",
    "date-words",
)

TEMPLATE = """<style>
.logo { position:absolute; left:70px; top:52px; display:flex; align-items:center; gap:14px }
.logo .m { width:64px; height:64px; border:3px solid ${accent}; transform:rotate(45deg); display:flex; align-items:center; justify-content:center }
.logo .m span { transform:rotate(-45deg); font: bold 18px ${display}; color:${accent} }
.logo .n { font: 600 19px ${display}; color:${dark}; line-height:22px; max-width:330px }
.logo .n small { display:block; font: 10.5px ${sans}; color:#666; letter-spacing:1.5px; text-transform:uppercase }
.rule { position:absolute; left:70px; right:70px; top:140px; border-top:1px solid ${accent} }
.b { position:absolute; left:86px; right:86px; top:178px; font: 15px ${face}; line-height:23px; color:#222 }
.b p { margin:0 0 15px } .ref { font-weight:bold }
.sig { font-family:${pen}; font-size:30px; line-height:40px; color:#1f2f70; margin:0 0 6px }
.ft { position:absolute; left:70px; right:70px; bottom:40px; border-top:1px solid #bbb; padding-top:6px; font: 9.5px ${sans}; color:#666; text-align:center }
</style>
<div class="logo"><div class="m"><span>${mono}</span></div><div class="n">${org}<small>${tag}</small></div></div>
<div class="rule"></div>
<div class="b">
 <p>${letter_date}</p>
 <p>${plain}<br>${street}<br>${town}</p>
 <p>Dear ${dear},</p>
 <p>${thanks}</p>
 <p>${credit}</p>
 <p>Your reference number is <span class="ref">${ref}</span>. ${lookup}</p>
 <p>${close}</p>
 <p>${regards},</p>
 <div class="sig">${signer}</div>
 <p>${signer}<br>${signer_role}</p>
</div>
<div class="ft">${phone} &nbsp;&middot;&nbsp; ${web}</div>
"""


def fill(d):
    street, town = d.address()
    org = d.provider()
    mono = "".join(w[0] for w in org.replace(",", "").split() if w[0].isupper())[:3]
    title = d.title(d.pick(["plain", "with_code"]))
    when = d.date("words")
    hours = d.hours(d.pick(["words", "hours_title", "cec_hours", "words_cec"]))
    return {
        "pen": d.pick(["'Dancing Script', cursive", "'Z003', cursive"]),
        "mono": mono or "TI",
        "org": org,
        "tag": d.pick(["Training & Certification", "Restoration Education", "Since 1998"]),
        "letter_date": d.other_date("issue", "long"),
        "plain": d.plain_name,
        "street": street,
        "town": town,
        "dear": d.name(d.pick(["plain", "plain", "honorific"])),
        "thanks": f"Thank you for completing {title} on {when}. This letter confirms that you "
        "attended every session, passed the final examination and met the requirements of the "
        "course.",
        "credit": f"The course carries {hours} and is approved under course number "
        f"{d.approval()}. Please keep this letter with your training records.",
        "ref": d.number(),
        "lookup": d.pick(
            [
                "Enter it on our verification page to download a copy of your certificate.",
                "Quote it if you contact our office about your certificate.",
            ]
        ),
        "close": d.pick(
            [
                "Congratulations once again on your accomplishment.",
                "We wish you continued success in the field.",
            ]
        ),
        "regards": d.pick(["Best regards", "Sincerely", "Kind regards"]),
        "signer": d.person(),
        "signer_role": d.pick(["Lead Instructor", "Director of Education", "Course Instructor"]),
        "phone": d.phone(),
        "web": d.web(),
        "face": d.fonts[d.pick(["serif", "serif", "sans"])],
    }
