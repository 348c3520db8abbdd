"""A completion letter on the school's letterhead (a mark and the school's
name with its address, phone and web address, set off by a rule), addressed
most often to the technician's employer rather than to the technician: the
date, an inside address with a manager's name, title and company, a "Re:"
line, then running paragraphs with no labels that say the employee completed
the course over a span of days, how many hours it carried and who taught it.
A closing with a signature, the signer's name and office, and a copy line.
The school's name is printed only in the letterhead, the closing and the
footer."""

SOURCE = (
    "https://www.greatsampleresume.com/letters/certification-letter/ and "
    "https://www.hrhelpboard.com/contract-letters/acknowledgement-letter/"
    "training-acknowledgement-letter.html (completion letter wording: the course "
    "'conducted from [start date] to [end date]', signed by an authorized signatory)"
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
    "hours-in-sentence",
    "distractor-date",
    "address",
)

TEMPLATE = """<style>
.w { position:absolute; left:78px; right:78px; top:52px; bottom:50px; font: 14.5px ${serif}; color:#1b1b1b; line-height:22px }
.lh { display:flex; align-items:center; gap:46px; padding-bottom:12px; border-bottom:2px solid ${dark} }
.mk { width:54px; height:54px; background:${dark}; color:#fff; font: bold 20px ${display};
  display:flex; align-items:center; justify-content:center; clip-path:polygon(0 0,100% 0,100% 72%,50% 100%,0 72%) }
.on { font: bold 21px ${display}; color:${dark}; line-height:25px }
.oa { font: 11px ${sans}; color:#555; line-height:15px; margin-top:2px }
.dt { margin-top:26px } .to { margin-top:18px } .re { margin-top:18px; font-weight:bold }
.body p { margin-top:14px; text-align:justify }
.cl { margin-top:22px } .sg { font: 30px ${hand}; color:#1a2a6c; margin:6px 0 0; line-height:38px }
.cc { margin-top:26px; font-size:12px; color:#444 }
.ft { position:absolute; left:0; right:0; bottom:0; border-top:1px solid #bbb; padding-top:6px; font: 10px ${sans}; color:#777; text-align:center }
</style>
<div class="w">
 <div class="lh"><div class="mk">${mark}</div><div><div class="on">${org}</div>
  <div class="oa">${street} · ${town}<br>${phone} · ${web}</div></div></div>
 <div class="dt">${letter_date}</div>
 <div class="to">${inside_html}</div>
 <div class="re">${re_line}</div>
 <div class="to">${salutation}</div>
 <div class="body">
  <p>${p1}</p>
  <p>${p2}</p>
  <p>${p3}</p>
 </div>
 <div class="cl">${closing}</div>
 <div class="sg">${signer}</div>
 <div>${signer}<br>${office}<br>${org_again}</div>
 <div class="cc">${cc}</div>
 <div class="ft">${footer}</div>
</div>
"""

COMPANIES = [
    "Rapid Dry Restoration, LLC",
    "Apex Water & Fire Services",
    "Hometown Carpet Care Inc.",
    "Prime Mitigation Group",
    "Allied Property Restoration",
    "Blue Line Cleaning Co.",
    "Cornerstone Disaster Recovery",
    "North Fork Restoration Services",
]
MANAGER_TITLES = [
    "Operations Manager",
    "Human Resources Manager",
    "General Manager",
    "Owner",
    "Training Coordinator",
]


def fill(d):
    import html

    from corpus import values as V

    r = d.rng
    org = d.provider()
    short = d.org_alt or d.org
    mark = "".join(w[0] for w in short.replace("&", " ").split() if w[0].isupper())[:3]
    street, town = d.address()
    to_employer = d.chance(0.7)
    name = d.name(d.pick(["plain", "plain", "honorific"]))
    first = d.first
    company = d.pick(COMPANIES)
    c_street, c_town = d.address()
    if to_employer:
        manager = d.person()
        mgr_last = manager.split()[-1]
        inside = [manager, d.pick(MANAGER_TITLES), company, c_street, c_town]
        salutation = f"Dear {d.pick(['Mr.', 'Ms.'])} {mgr_last}:"
        subject = d.pick(["your employee", "your team member", "a member of your staff"])
    else:
        inside = [name, company, c_street, c_town]
        salutation = f"Dear {first}:"
        subject = ""
    inside_html = "<br>".join(html.escape(x) for x in inside)
    title = d.title(d.pick(["plain", "plain", "with_code"]))
    span = d.date_range(d.pick([1, 2, 2, 3]))
    hours = d.hours(d.pick(["cec_hours", "cec_hours", "hours_title"]))
    instructor = d.person()
    venue = d.pick(
        [f"our {d.city()} training center", "our main campus", "your company's facility"]
    )
    if to_employer:
        p1 = (
            f"This letter confirms that {subject}, {name}, successfully completed "
            f"{title}, conducted from {span} at {venue}."
        )
    else:
        p1 = (
            f"We are pleased to confirm that you, {name}, successfully completed "
            f"{title}, conducted from {span} at {venue}."
        )
    p2 = d.pick(
        [
            f"The course carried {hours} of instruction, including hands-on work and a "
            f"written examination. It was taught by {instructor}, {d.pick(V.ROLES)}.",
            f"The course was taught by {instructor}, {d.pick(V.ROLES)}, and comprised "
            f"{hours} of classroom and hands-on instruction.",
        ]
    )
    p3 = d.pick(
        [
            "A certificate of completion has been issued separately. Please keep this letter "
            "with your training records; we will gladly confirm these details on request.",
            "Thank you for supporting continuing education in our industry. Should you need "
            "any further confirmation of this training, please contact our registrar.",
            "This letter may be submitted as evidence of attendance to a certifying body. "
            "Our records of the class are kept for seven years.",
        ]
    )
    signer = d.person()
    return {
        "mark": mark,
        "org": org,
        "street": street,
        "town": town,
        "phone": d.phone(),
        "web": d.web(),
        "letter_date": d.other_date("issue", "long"),
        "inside_html": inside_html,
        "re_line": d.pick(["Re: Training completion", "RE: Confirmation of course completion"])
        + ("" if r.random() < 0.5 else f" – {first} {d.last}"),
        "salutation": salutation,
        "p1": p1,
        "p2": p2,
        "p3": p3,
        "closing": d.pick(["Sincerely,", "Respectfully,", "Kind regards,"]),
        "signer": signer,
        "office": d.pick(["Registrar", "Director of Education", "Program Coordinator"]),
        "org_again": short,
        "cc": ("cc: " + name + ", student file") if to_employer else "cc: Student file",
        "footer": d.pick(
            [
                "An approved school of continuing education for the cleaning and restoration "
                "industry",
                f"{short} · {d.web()}",
            ]
        ),
    }
