"""A portrait letter a restoration school writes for a technician applying for
a state mold-related services licence (or for an employer's file), verifying
training already taken. The letterhead carries only a monogram emblem, the
street address, telephone, e-mail and web address; the school's name appears
nowhere but inside the running sentences. After the letter date, the board's
address (or none) and a RE line that names no one, the body has no labels at
all: the first paragraph says the holder attended and completed the course
(title, sometimes with its IICRC code), presented by the school on a span of
days or ending on a given day, in a city; the second names the instructor
who taught it and gives the total hours with their split by subject (water,
mold, respiratory protection) or by lecture and hands-on work, each part a
smaller number of hours; the next two say how the examination was taken or
that attendance was full, and that the records are kept. The school's
director or registrar signs in a script hand, with an enclosure line and a
cc line at the foot, and a small footer line with the school's IICRC
approval number."""

SOURCE = (
    "Fla. Admin. Code R. 61-31.101(1)(c) (an applicant for a mold remediator licence "
    "establishes training in water (moisture intrusion), mold and respiratory protection by "
    "certificates of completion 'or verifiable documentation of completion of such training'), "
    "www.law.cornell.edu/regulations/florida/Fla-Admin-Code-Ann-R-61-31-101, and the "
    "training-provider verification letters schools write for such applications; subject "
    "split after R. 61-31.504 (hours of water, mold and mold safety, respiratory protection)"
)
KIND = "course"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "letter",
    "sentence",
    "portrait",
    "date-range",
    "distractor-person",
    "distractor-date",
    "hours-in-sentence",
    "address",
)

TEMPLATE = """<style>
.lh { position:absolute; left:64px; right:64px; top:36px; text-align:center; padding-bottom:10px;
  border-bottom:${rule} }
.mono { width:${mono_w}px; height:60px; margin:0 auto 8px; display:flex; align-items:center; justify-content:center;
  border:2px solid ${dark}; border-radius:${mono_r}; color:${dark}; font: bold 26px ${display}; letter-spacing:2px;
  background:${light} }
.mono span { border-top:2px solid ${accent}; border-bottom:2px solid ${accent}; padding:0 4px; line-height:30px }
.ad { font: 11px ${sans}; color:#444; line-height:15px; letter-spacing:0.3px }
.ad b { color:${dark}; font-weight:600 }
.w { position:absolute; left:88px; right:88px; top:${body_top}px; font: ${body_size}px ${body}; color:#161616; line-height:${lh}px }
.w p { margin:0 0 ${gap}px; text-align:${align} }
.dt { margin-bottom:16px }
.to { margin-bottom:16px }
.re { font-weight:bold; margin-bottom:14px }
.sg { margin-top:8px } .sg .hand { font: 30px ${hand}; color:#1c2b6e; height:44px; line-height:46px }
.sm { margin-top:14px; font-size:11.5px; line-height:16px; color:#333 }
.ft { position:absolute; left:64px; right:64px; bottom:34px; border-top:1px solid #bbb; padding-top:5px;
  text-align:center; font: 10px ${sans}; color:#666; letter-spacing:0.3px }
</style>
<div class="lh">
 <div class="mono"><span>${initials}</span></div>
 <div class="ad">${street} &middot; ${town} &middot; ${phone_label} ${phone}<br>${email} &middot; <b>${web}</b></div>
</div>
<div class="w">
 <div class="dt">${letter_date}</div>
 ${to_html}
 <div class="re">${re_line}</div>
 <p>${salutation}</p>
 <p>${para1}</p>
 <p>${para2}</p>
 <p>${para3}</p>
 <p>${para4}</p>
 <div class="sg">${closing}<div class="hand">${signer}</div>${signer}<br>${signer_role}</div>
 <div class="sm">${enclosure}<br>cc: ${cc}</div>
</div>
<div class="ft">${footer}</div>
"""

# (IICRC code, days the class runs, hours it carries)
PLANS = {
    "WRT": [(3, 19), (3, 21)],
    "ASD": [(3, 21), (4, 28)],
    "AMRT": [(4, 28), (3, 21)],
    "CDS": [(2, 14)],
    "HST": [(2, 14), (1, 7)],
    "FSRT": [(2, 14)],
    "OCT": [(1, 7), (2, 14)],
    "TCST": [(2, 14)],
}
# Courses a licensing board counts for water, mold and respiratory protection
SUBJECT_SPLIT = {"WRT", "ASD", "AMRT", "CDS"}
SPOKEN = {
    7: "seven",
    14: "fourteen",
    19: "nineteen",
    21: "twenty-one",
    28: "twenty-eight",
}
BOARDS = [
    (
        "Department of Business and Professional Regulation",
        "Mold-Related Services Licensing Program",
        "2601 Blair Stone Road",
        "Tallahassee, FL 32399",
    ),
    (
        "Texas Department of Licensing and Regulation",
        "Mold Assessors and Remediators Program",
        "P.O. Box 12157",
        "Austin, TX 78711",
    ),
    (
        "Louisiana State Board for Contractors",
        "Mold Remediation Licensing",
        "600 N. Street",
        "Baton Rouge, LA 70802",
    ),
]


def fill(d):
    from corpus import values as V

    r = d.rng
    d.course, d.code = d.pick([c for c in V.IICRC_COURSES if c[1] in PLANS])
    days, credit = d.pick(PLANS[d.code])
    d.credit = float(credit)

    name = d.name(d.pick(["plain", "plain", "plain", "honorific"]))
    title = d.title(d.pick(["plain", "plain", "with_code"]))
    school = d.provider()
    words = [w for w in school.replace(",", "").replace("&", "").split() if w[:1].isupper()]
    initials = "".join(w[0] for w in words if w not in ("LLC", "Inc.", "Co."))[:3]

    city = d.city()
    if days > 1 and d.chance(0.7):
        when = d.pick(["on {}", "held {}", "held on {}"]).format(d.date_range(days - 1))
    else:
        how = d.pick(["long", "ordinal", "weekday", "us_numeric"])
        if days == 1:
            when = f"on {d.date(how)}"
        else:
            run = {2: "two", 3: "three", 4: "four"}[days]
            when = f"over {run} days ending {d.date(how)}"

    hours_text = d.pick(
        [
            f"{SPOKEN[credit]} ({credit}) hours",
            f"{credit} hours",
            f"{credit} classroom hours",
            f"{credit}.0 hours",
        ]
    )
    d.put("hours", d.credit, hours_text)
    instructor = d.person()
    if d.code in SUBJECT_SPLIT:
        resp = d.pick([1, 2, 2])
        mold = {"AMRT": credit - resp - d.pick([4, 5, 6])}.get(d.code, d.pick([2, 3, 4]))
        water = credit - resp - mold
        split = (
            f"of which {water} hours covered water and moisture intrusion, {mold} hours "
            f"mold and mold safety, and {resp} "
            f"{'hour' if resp == 1 else 'hours'} respiratory protection"
        )
    else:
        lab = d.pick([2, 3, 4]) if credit > 7 else 2
        split = (
            f"made up of {credit - lab} hours of lecture and {lab} hours of hands-on work "
            "in our training house"
        )
    with_who = d.pick(
        [
            f"The course was taught by {instructor}, an IICRC-approved instructor,",
            f"{instructor}, IICRC-approved instructor, taught the class, which ran to",
            f"Instruction was given by {instructor} (IICRC Approved Instructor) and totalled",
        ]
    )
    if with_who.endswith("instructor,"):
        para2 = f"{with_who} and consisted of {hours_text} of instruction, {split}."
    else:
        para2 = f"{with_who} {hours_text} of instruction, {split}."

    # the letter goes on to call the holder by first name, or by title and surname
    first = f"{name.split()[0]} {d.last}" if name.startswith(("Mr.", "Ms.", "Mx.")) else d.first
    para3 = d.pick(
        [
            f"{first} sat the IICRC certification examination at the close of the course; "
            "examination results are reported by the IICRC directly to the student.",
            f"{first} attended every session, passed our end-of-course review and was "
            "registered for the IICRC examination.",
            f"Full attendance is required to complete the course, and {first} met that "
            "requirement.",
        ]
    )
    board = d.pick(BOARDS) if d.chance(0.7) else None
    para4 = d.pick(
        [
            f"Our sign-in sheets, the course outline and the instructor's roster for this class "
            f"are kept on file and are available to {'the Department' if board else 'you'} on request.",
            "Attendance records for this class are retained for five years. Please do not "
            "hesitate to call me if you need anything further.",
        ]
    )
    if board:
        to_html = (
            '<div class="to">'
            + "<br>".join(board)
            + f"<br>Attn: {d.pick(['Licensing Analyst', 'Application Review', 'Education Review'])}"
            + "</div>"
        )
        salutation = d.pick(["Dear Licensing Analyst:", "Dear Sir or Madam:", "To the Department:"])
        purpose = d.pick(
            [
                "Verification of training for licensure application",
                "Documentation of training: water, mold and respiratory protection",
            ]
        )
    else:
        to_html = ""
        salutation = "To whom it may concern:"
        purpose = d.pick(["Verification of course completion", "Training verification"])
    para1 = d.pick(
        [
            f"Please accept this letter as verification that {name} attended and successfully "
            f"completed the {title} course presented by {school} in {city} {when}.",
            f"This letter confirms that {name} completed {title}, a course given by {school} "
            f"at our training center in {city}, {when}.",
            f"At the request of the student, {school} verifies that {name} successfully "
            f"completed our {title} course in {city}, {when}.",
        ]
    )
    street, town = d.address()
    signer = d.person()
    letter_day = d.other_date("issue", d.pick(["long", "long", "dmy_long"]))
    approval_no = r.randrange(10000, 99999)
    # the school's own domain, made of the first words of its name
    parts = ["".join(ch for ch in w.lower() if ch.isalnum()) for w in words]
    parts = [w for w in parts if w not in ("llc", "inc", "co")]
    domain = "".join(parts) if len("".join(parts)) <= 24 else "".join(parts[:2])
    slug = f"www.{domain}.{d.pick(['com', 'com', 'org'])}"
    return {
        "rule": d.pick([f"3px solid {d.colors['dark']}", f"1px solid {d.colors['accent']}"]),
        "mono_w": d.pick([64, 92]),
        "body_top": 170,
        "mono_r": d.pick(["50%", "6px", "0"]),
        "body": d.fonts[d.pick(["serif", "serif", "sans"])],
        "body_size": d.pick([13.5, 14, 15]),
        "lh": d.pick([19, 20]),
        "gap": d.pick([10, 12]),
        "align": d.pick(["left", "justify"]),
        "hand": d.fonts["hand"].replace(", cursive", ", 'Z003', cursive"),
        "initials": initials,
        "street": street,
        "town": town,
        "phone_label": d.pick(["Tel.", "Phone", "T"]),
        "phone": d.phone(),
        "email": d.pick(["registrar@", "training@", "classes@"]) + slug[4:],
        "web": slug,
        "letter_date": letter_day,
        "to_html": to_html,
        "re_line": f"{d.pick(['Re:', 'RE:', 'Subject:'])} {purpose}",
        "salutation": salutation,
        "para1": para1,
        "para2": para2,
        "para3": para3,
        "para4": para4,
        "closing": d.pick(["Sincerely,", "Respectfully,", "Yours truly,"]),
        "signer": signer,
        "signer_role": d.pick(
            ["Director of Education", "Training Director", "Registrar and School Director"]
        ),
        "enclosure": d.pick(["Enclosure: course outline", "Enc. (1) course agenda", ""]),
        "cc": d.pick([name, "student file", f"{name}; student file"]),
        "footer": d.pick(
            [
                f"IICRC Approved School No. {approval_no}",
                f"An IICRC Approved School · School ID {approval_no} · Course catalogue on request",
                f"IICRC-approved school #{approval_no}",
            ]
        ),
    }
