"""A restoration contractor's letter, on its own plain letterhead, written to
confirm for an outside party (an insurer's vendor programme, a licensing
file, a new employer) that one of its technicians completed a course:
full-block format with everything flush left and no labels at all. The
company name sits in spaced capitals over a thin rule with its address and
phone; then the letter's date, a reference line with the employee number,
an inside address, a salutation, and three running paragraphs: how long the
technician has worked for the firm (a hire date), the course, the school
that taught it, the day it finished (sometimes written out in words) and
the hours in words with the figure in brackets; the company paying the
tuition; and an offer to answer questions. The owner or operations manager
signs, with a cc to the personnel file."""

SOURCE = (
    "phikal/mkskel-data:mm-letter/__OUT__.mm (troff business letter: writer and addressee "
    "blocks, blocked / full-blocked format, signature line) and wording of restoration "
    "contractors' employment and training verification letters"
)
KIND = "course"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "letter",
    "sentence",
    "portrait",
    "hours-in-sentence",
    "date-words",
    "letter-spaced",
    "address",
    "distractor-person",
    "distractor-date",
    "distractor-org",
)

TEMPLATE = """<style>
.lh { position:absolute; left:${ml}px; right:${ml}px; top:58px; font: 11px ${sans}; color:#444 }
.lh b { display:block; font: ${co_weight} 19px ${co_face}; letter-spacing:${co_ls}px; text-transform:uppercase; color:${ink} }
.lh .r { border-top:${rule}; margin:7px 0 5px }
.w { position:absolute; left:${ml}px; right:${ml}px; top:${body_top}px; font: ${size}px ${body}; line-height:${lh}px; color:#1a1a1a }
.w p { margin:0 0 ${gap}px; text-align:${align} }
.sg .h { font: 30px ${hand}; color:#1c2a5a; line-height:40px; margin-top:4px; white-space:nowrap }
.cc { font-size:11.5px; color:#555; line-height:16px; margin-top:18px }
</style>
<div class="lh"><b>${company}</b><div class="r"></div>${street} &nbsp;|&nbsp; ${town} &nbsp;|&nbsp; ${phone}</div>
<div class="w">
 <p>${letter_date}</p>
 <p>${ref_line}</p>
 <p>${to_html}</p>
 <p>${salutation}</p>
 <p>${p1}</p>
 <p>${p2}</p>
 <p>${p3}</p>
 <p>${closing}</p>
 <div class="sg"><div class="h">${signer}</div>${signer}<br>${signer_role}<br>${company}</div>
 <div class="cc">${cc}</div>
</div>
"""

COMPANIES = [
    "Ironwood Water & Fire Restoration",
    "Blue Line Mitigation Services",
    "Crossroads Property Restoration, Inc.",
    "Apex Flood & Mold Recovery",
    "Timberline Cleaning & Restoration",
    "Coastal Dry-Out Specialists LLC",
]
RECIPIENTS = [
    ("Vendor Compliance Department", "Preferred Contractor Program"),
    ("Credentialing Coordinator", "Property Claims Network"),
    ("Human Resources", "Regional Property Services"),
    ("Program Administrator", "Independent Adjusters Alliance"),
]
JOBS = ["water mitigation technician", "crew lead", "restoration technician", "project supervisor"]


def fill(d):
    import html

    street, town = d.address()
    r_street, r_town = d.address()
    company = d.pick(COMPANIES)
    role, body = d.pick(RECIPIENTS)
    attn = d.person()
    name = d.name(d.pick(["plain", "plain", "honorific"]))
    title = d.title(d.pick(["plain", "plain", "with_code"]))
    school = d.provider()
    date = d.date(d.pick(["words", "words", "long", "ordinal", "weekday"]))
    hours = d.hours(d.pick(["words", "words", "words_cec"]))
    if hours.endswith("hours"):
        tail = d.pick(["of classroom instruction were recorded", "of instruction were completed"])
    else:
        tail = d.pick(["were awarded for it", "were granted on completion"])
    years = d.pick(["two", "three", "four", "six", "nine"])
    hired = d.other_date("registered", d.pick(["long", "us_numeric"]))
    hire_year = str(d.completed.year - d.pick([2, 3, 4, 6]))
    job = d.pick(JOBS)
    on = "on "
    p1 = d.pick(
        [
            f"{name} has been employed by our company as a {job} since {hire_year}. I am writing to "
            f"confirm that {name} completed the {title} course given by {school}, which finished "
            f"{on}{date}. {hours} {tail}.",
            f"This letter confirms that {name}, a {job} with our firm for {years} years, attended "
            f"and completed {title}, taught by {school}. The class ended {on}{date}. "
            f"{hours} {tail}.",
        ]
    )
    p2 = d.pick(
        [
            f"Tuition for the course was paid by {company} under invoice {d.number('No. ')}, and "
            "the original certificate issued by the school is kept in the employee's personnel "
            "file. A copy is enclosed.",
            "Our company sent the employee to this course as part of our annual training plan, "
            f"and the school's certificate has been on file with us since {hired}.",
        ]
    )
    p3 = d.pick(
        [
            f"Should you need anything further, please call me directly at {d.phone()}.",
            "Please let me know if you need the school's sign-in sheet or any other record of "
            "this training.",
        ]
    )
    first = attn.split(" ")[0]
    to_html = "<br>".join(html.escape(x) for x in [attn, role, body, r_street, r_town])
    return {
        "ml": d.pick([84, 96, 108]),
        "body_top": 176,
        "ink": d.colors["dark"],
        "co_face": d.fonts[d.pick(["sans", "serif", "display"])],
        "co_weight": d.pick(["bold", "normal"]),
        "co_ls": d.pick([2, 3, 4]),
        "rule": d.pick(["1px solid #333", f"2px solid {d.colors['accent']}"]),
        "body": d.fonts[d.pick(["serif", "serif", "sans"])],
        "size": d.pick([14, 14.5, 15]),
        "lh": d.pick([21, 22]),
        "gap": d.pick([13, 15]),
        "align": d.pick(["left", "left", "justify"]),
        "hand": d.fonts["hand"],
        "company": company,
        "street": street,
        "town": town,
        "phone": d.phone(),
        "letter_date": d.other_date("print", d.pick(["long", "long", "dmy_long"])),
        "ref_line": d.pick(
            ["Re: Employee ", "Our ref.: Emp. ", "RE: Training verification, employee "]
        )
        + d.pick([f"#{d.rng.randrange(100, 999)}", f"ID {d.rng.randrange(1000, 9999)}"]),
        "to_html": to_html,
        "salutation": d.pick([f"Dear {first}:", "To whom it may concern:", f"Dear {attn}:"]),
        "p1": p1,
        "p2": p2,
        "p3": p3,
        "closing": d.pick(["Sincerely,", "Very truly yours,", "Regards,"]),
        "signer": d.person(),
        "signer_role": d.pick(["Owner", "Operations Manager", "General Manager", "President"]),
        "cc": d.pick(
            ["cc: Personnel file", "Enclosure · cc: Personnel file", "cc: employee; HR file"]
        ),
    }
