"""A letter from a training school to a technician about a class just
finished, on paper with a coloured strip down the left edge and the
school's address along the foot: date, inside address, a subject line in
capitals, a paragraph naming the class and the day it ended, then a small
ruled table that splits the credit into classroom and hands-on lab hours
with the credited total beneath, and a row for supervised field hours (or an
online pre-study module) that the school says carry no credit. A closing
paragraph and a signature."""

SOURCE = (
    "wording: letters training schools send after a class that break the approved credit into "
    "lecture and hands-on hours and note field or pre-study time that is not credited; layout: "
    "block-style business letter with a side strip and address footer"
)
KIND = "course"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "letter",
    "sentence",
    "table",
    "portrait",
    "distractor-person",
    "distractor-date",
    "address",
)

TEMPLATE = """<style>
.strip { position:absolute; left:0; top:0; bottom:0; width:${strip_w}px; background:${dark} }
.strip i { position:absolute; left:0; right:0; top:${dot_top}px; height:90px; background:${accent} }
.w { position:absolute; top:62px; left:${left}px; right:78px; font: 14px ${body}; line-height:21px; color:#1c1c1c }
.org { font: ${org_weight} 24px ${head}; color:${dark}; letter-spacing:${org_ls} }
.tag { font: italic 12.5px ${body}; color:#666; margin-bottom:36px }
.w p { margin:0 0 12px }
.ad { margin:20px 0 22px; line-height:19px }
.subj { font-weight:bold; letter-spacing:.8px; text-transform:uppercase; font-size:12.5px; margin:0 0 16px }
table { border-collapse:collapse; margin:4px 0 16px 24px; width:430px; font-size:13.5px }
td { padding:5px 6px; border-bottom:1px solid #d0d0d0 } td.n { text-align:right; white-space:nowrap; width:110px }
tr.t td { border-top:1.5px solid #222; border-bottom:none; font-weight:bold }
tr.x td { color:#555; font-style:italic; border-bottom:none }
.sig { margin-top:24px } .sig .h { font: 30px ${hand}; color:#1d2f6f; margin:4px 0 2px; white-space:nowrap }
.foot { position:absolute; left:${left}px; right:78px; bottom:30px; border-top:1px solid ${accent}; padding-top:6px; font: 10.5px ${sans}; color:#555; display:flex; justify-content:space-between }
</style>
<div class="strip"><i></i></div>
<div class="w">
 <div class="org">${org}</div>
 <div class="tag">${tagline}</div>
 <p>${letter_date}</p>
 <div class="ad">${addressee}<br>${company}<br>${a_street}<br>${a_town}</div>
 <p class="subj">${subject}</p>
 <p>${salutation}</p>
 <p>${opening}</p>
 <table>${rows_html}</table>
 <p>${after}</p>
 <p>${closing}</p>
 <div class="sig">${regards}<div class="h">${signer}</div>${signer}<br>${role}</div>
</div>
<div class="foot"><span>${street} · ${town}</span><span>${phone} · ${web}</span></div>
"""

COMPANIES = [
    "Riverbend Restoration Services",
    "All-Dry Property Recovery",
    "Cornerstone Fire & Water",
    "Apex Cleaning Contractors",
    "Northline Mitigation, LLC",
    "Red Oak Restoration Co.",
]


def fill(d):
    from html import escape

    from corpus.formats import fmt_number

    r = d.rng
    c = d.credit
    n = lambda v: fmt_number(v, r, False)  # noqa: E731
    # classroom + lab = credit; field or pre-study time is printed but not credited
    if c >= 1:
        lab = max(0.5, round(c * d.pick([0.25, 0.3, 0.4, 0.5]) * 2) / 2)
        if lab >= c:
            lab = c - 0.5
        room = c - lab
    else:
        room, lab = c, 0
    extra_label, extra = d.pick(
        [
            ("Supervised field hours (job site)", d.pick([4, 6, 8, 12, 16])),
            ("Online pre-study module", d.pick([2, 3, 4, 5])),
            ("Field practicum, ride-along", d.pick([4, 8, 10])),
        ]
    )
    if extra == c:
        extra += 2
    room_label = d.pick(["Classroom instruction", "Lecture", "Classroom hours"])
    lab_label = d.pick(["Hands-on lab", "Lab exercises", "Hands-on drying lab"])
    hours = d.hours_number()
    unit = d.pick(["hrs", "hours", "CEC"])
    rows = [f'<tr><td>{room_label}</td><td class="n">{n(room)} {unit}</td></tr>']
    if lab:
        rows.append(f'<tr><td>{lab_label}</td><td class="n">{n(lab)} {unit}</td></tr>')
    total_label = d.pick(["Total CE credit approved", "Credit awarded", "Total credited hours"])
    rows.append(
        f'<tr class="t"><td>{total_label}</td><td class="n">{escape(hours)} {unit}</td></tr>'
    )
    rows.append(
        f'<tr class="x"><td>{extra_label}, not credited</td><td class="n">{n(extra)} hrs</td></tr>'
    )
    name = d.name("plain")
    title = d.title(d.pick(["plain", "with_code"]))
    date = d.date(d.pick(["long", "ordinal", "dmy_long", "weekday"]))
    street, town = d.address()
    a_street, a_town = d.address()
    first = d.first.split()[0]
    opening = d.pick(
        [
            f"Thank you for attending {title}, which you completed on {date}. "
            "Your credit was approved as follows:",
            f"Congratulations on completing {title} on {date}. For your records and for your "
            "employer, the hours of the class are set out below.",
        ]
    )
    return {
        "strip_w": d.pick(["14", "22", "30"]),
        "dot_top": d.pick(["120", "260", "420"]),
        "left": d.pick(["92", "104", "112"]),
        "body": d.fonts[d.pick(["serif", "serif", "sans"])],
        "head": d.fonts[d.pick(["display", "sans", "serif"])],
        "hand": d.fonts["hand"].replace(", cursive", ", 'Dancing Script', cursive"),
        "org_weight": d.pick(["bold", "600", "normal"]),
        "org_ls": d.pick(["0", ".5px", "1.5px"]),
        "org": d.provider(),
        "tagline": d.pick(
            [
                "Hands-on training for the restoration trades",
                "Classroom · Lab · Field",
                "Approved continuing education since 1998",
            ]
        ),
        "letter_date": d.other_date("issue", "long"),
        "addressee": name,
        "company": d.pick(COMPANIES),
        "a_street": a_street,
        "a_town": a_town,
        "subject": d.pick(
            [
                "Re: Hours and credit for your class",
                "Breakdown of continuing education hours",
                "Class completion and credit",
            ]
        ),
        "salutation": f"Dear {d.pick([first, name])},",
        "opening": opening,
        "rows_html": "".join(rows),
        "after": d.pick(
            [
                "Only classroom and lab time count toward your continuing education credit; the "
                "other time listed is recorded for your employer's training file.",
                "The certifying body credits instruction time only. Time outside the classroom and "
                "lab, meals and the exam are not part of the credit.",
            ]
        ),
        "closing": d.pick(
            [
                "Your certificate is enclosed. Please keep this letter with it.",
                "If any of this is incorrect, call our office within 30 days.",
            ]
        ),
        "regards": d.pick(["Sincerely,", "Best regards,", "Respectfully,"]),
        "signer": d.person(),
        "role": d.pick(["Lead Instructor", "Training Coordinator", "School Director"]),
        "street": street,
        "town": town,
        "phone": d.phone(),
        "web": d.web(),
    }
