"""A licensing board's course-approval letter addressed to a training
provider, not a certificate: a letterhead with the board's round seal at
the left and its name and unit centred over a coloured rule, the letter
date, a To / From / Subject block, then a letter to the provider's
training director saying the course application was reviewed and
approved, a ruled table of what was approved (provider and provider
number, course title, course approval number, approved hours, subject
category, delivery, approved instructors, approval period), a numbered
list of conditions for issuing completion certificates and filing rosters,
a signature, a "cc" line and a small generated footer. It names a provider,
a course, hours, a number and dates, and records no one's completion."""

from urllib.parse import quote

SOURCE = (
    "abre0101/Document-management-system:manager/letters/pdf.blade.php (letterhead with logo, "
    "To / From / Subject block, rule, body, generated footer); wording after "
    "http://www.insurance.wa.gov/for%2Dproducers/provide%2Deducation/continuing/ce%2Dcourse%2Drenewal/ "
    "(course-approval letter mailed to the provider, two-year approval) and "
    "https://www.law.cornell.edu/regulations/florida/Fla-Admin-Code-Ann-R-61-31-505 (mold CE course "
    "approval valid two years)"
)
KIND = "other"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "other",
    "letter",
    "portrait",
    "table",
    "labelled",
    "address",
    "date-range",
    "distractor-person",
    "distractor-date",
)

TEMPLATE = """<style>
.w { position:absolute; left:64px; right:64px; top:44px; bottom:40px; font: 13px ${face}; color:#2b2b2b }
header { position:relative; text-align:center; border-bottom:2px solid ${ink}; padding:4px 0 12px; min-height:78px }
.seal { position:absolute; left:0; top:0; width:72px; height:72px }
.br { font: bold 22px ${head}; color:${ink}; margin:4px 0 3px; padding:0 70px }
.sub { font-size:12.5px; color:#666 }
.dt { text-align:right; margin-top:16px }
.meta { margin-top:8px; line-height:19px } .meta b { color:${ink}; display:inline-block; width:62px }
hr { border:0; border-top:1px solid #bbb; margin:10px 0 }
.c { line-height:18.5px } .c p { margin:0 0 8px }
table { width:100%; border-collapse:collapse; margin:4px 0 10px; font-size:12.5px }
td { border:1px solid #c8c8c8; padding:5px 8px; vertical-align:top }
td.k { width:30%; background:${light}; color:#333; font-weight:bold }
ol { margin:0 0 8px; padding-left:20px } li { margin-bottom:3px }
.sg { margin-top:4px } .sg .h { font: 26px ${hand}; color:#1c2b70; height:30px; white-space:nowrap }
.cc { font-size:11.5px; color:#555; margin-top:8px }
footer { position:absolute; left:0; right:0; bottom:0; border-top:1px solid #ddd; padding-top:6px; text-align:center;
  font-size:10.5px; color:#999 }
</style>
<div class="w">
<header>
 <img class="seal" src="${seal_src_html}" alt="">
 <div class="br">${board}</div>
 <div class="sub">${unit} · ${board_addr}</div>
</header>
<div class="dt">${letter_date}</div>
<div class="meta">
 <div><b>To:</b> ${director}, ${director_role}, ${org}</div>
 <div><b>From:</b> ${coordinator}, ${coord_role}</div>
 <div><b>Subject:</b> ${subject}</div>
</div>
<hr>
<div class="c">
 <p>${org}<br>Attn: ${director}<br>${street}<br>${town}</p>
 <p>Dear ${salutation}:</p>
 <p>${opening}</p>
 <table>
  <tr><td class="k">Provider</td><td>${org}</td></tr>
  <tr><td class="k">Provider number</td><td>${provider_no}</td></tr>
  <tr><td class="k">Course title</td><td>${course}</td></tr>
  <tr><td class="k">Course approval number</td><td>${approval}</td></tr>
  <tr><td class="k">Approved hours</td><td>${hours_text}</td></tr>
  <tr><td class="k">Subject category</td><td>${category}</td></tr>
  <tr><td class="k">Delivery method</td><td>${delivery}</td></tr>
  <tr><td class="k">Approved instructors</td><td>${instructors}</td></tr>
  <tr><td class="k">Approval period</td><td>${period}</td></tr>
 </table>
 <p>${conditions_intro}</p>
 <ol>${conditions_html}</ol>
 <p>${closing}</p>
 <div class="sg">Sincerely,<div class="h">${coordinator}</div>${coordinator}<br>${coord_role}</div>
 <div class="cc">cc: Course file ${file_no}${cc_extra}</div>
</div>
<footer>${board} · ${board_addr} · ${board_phone} — Page 1 of 1</footer>
</div>
"""
# (state, abbreviation, the board's mailing address)
STATES = [
    ("Washington", "WA", "PO Box 9045, Olympia, WA 98507"),
    ("Texas", "TX", "PO Box 12400, Austin, TX 78711"),
    ("Florida", "FL", "2950 Capital Circle NE, Tallahassee, FL 32399"),
    ("Ohio", "OH", "77 S. High St, 16th Floor, Columbus, OH 43215"),
    ("Georgia", "GA", "214 State Capitol Way, Atlanta, GA 30334"),
    ("Nevada", "NV", "3300 W. Sahara Ave, Suite 320, Las Vegas, NV 89102"),
    ("Colorado", "CO", "1560 Broadway, Suite 1350, Denver, CO 80202"),
]
BOARDS = [
    ("Board of Home Inspectors", "Continuing Education Unit"),
    ("Mold Remediation Licensing Program", "Education Section"),
    ("Office of Professional Licensing", "Training Provider Approvals"),
    ("HVAC and Refrigeration Contractors Board", "Continuing Education Office"),
]
CONDITIONS = [
    "Issue each participant who completes the course a certificate of completion within ten (10) "
    "days. It must show the provider name and number, the course title and approval number, the "
    "participant's name, the completion date and the approved hours.",
    "File the attendance roster electronically within thirty (30) days after each offering.",
    "Keep sign-in sheets, rosters and copies of certificates for at least two (2) years and make them "
    "available to the Board on request.",
    "Notify the Board in writing within fifteen (15) days of any change of instructor, location or "
    "course content. A changed course must be submitted again for approval.",
    "Do not advertise the course as approved for more hours than shown above.",
]


def _seal_src(ink: str, ring: str, size: str, abbr: str) -> str:
    """The board's seal as the letterhead artwork carries it: an image, not text."""
    svg = (
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100">'
        '<defs><path id="sp" d="M50,50 m-36,0 a36,36 0 1,1 72,0 a36,36 0 1,1 -72,0"/></defs>'
        f'<circle cx="50" cy="50" r="47" fill="none" stroke="{ink}" stroke-width="3"/>'
        f'<circle cx="50" cy="50" r="25" fill="none" stroke="{ink}" stroke-width="1.2"/>'
        f'<text font-family="serif" font-size="{size}" fill="{ink}" letter-spacing="1">'
        f'<textPath href="#sp">{ring}</textPath></text>'
        f'<text x="50" y="56" text-anchor="middle" font-family="serif" font-weight="bold" font-size="15" '
        f'fill="{ink}">{abbr}</text></svg>'
    )
    return "data:image/svg+xml;utf8," + quote(svg)


def fill(d):
    from datetime import timedelta

    from corpus import formats as F

    r = d.rng
    state, st, board_addr = d.pick(STATES)
    board_name, unit = d.pick(BOARDS)
    board = f"{state} {board_name}"
    street, town = d.address()
    director = d.person()
    last = director.split()[-1]
    letter_day = d.completed - timedelta(days=r.randrange(120, 600))
    submitted = letter_day - timedelta(days=r.randrange(20, 75))
    end = letter_day + timedelta(days=729)
    style = d.pick(["long", "long", "us_numeric", "short_month"])
    course = d.course if d.code is None or d.chance(0.5) else f"{d.course} ({d.code})"
    hours = f"{d.credit:g}"
    ring = f"STATE OF {state.upper()} • {board_name.upper()} • "
    conds = r.sample(CONDITIONS, 4)
    ink = d.pick(["#004085", "#1f3a5f", "#0b3d2e", "#5b2333"])
    instructors = [d.person() for _ in range(d.pick([1, 2, 3]))]
    return {
        "face": d.fonts[d.pick(["sans", "serif"])],
        "head": d.fonts[d.pick(["sans", "serif", "display"])],
        "hand": d.fonts["hand"].replace(", cursive", ", 'Z003', 'Dancing Script', cursive"),
        "ink": ink,
        "seal_src_html": _seal_src(ink, ring, f"{min(9.0, (215 / len(ring) - 1) / 0.62):.1f}", st),
        "board": board,
        "unit": unit,
        "board_addr": board_addr,
        "board_phone": d.phone(),
        "letter_date": F.fmt_date(letter_day, style),
        "director": director,
        "director_role": d.pick(["Training Director", "Education Director", "Owner"]),
        "org": d.org,
        "coordinator": d.person(),
        "coord_role": d.pick(
            [
                "Education Program Coordinator",
                "Continuing Education Specialist",
                "Licensing Manager",
            ]
        ),
        "subject": d.pick(
            [
                "Continuing education course approval",
                f"Course approval no. {d.approval_value}",
                "Approval of continuing education course application",
            ]
        ),
        "street": street,
        "town": town,
        "salutation": d.pick([f"{d.pick(['Mr.', 'Ms.', 'Mx.'])} {last}", director]),
        "opening": f"The Board has reviewed the course application your organization submitted on "
        f"{F.fmt_date(submitted, style)} and has approved the course below for continuing education "
        "credit. The approval covers only the content, instructors and delivery method described in "
        "the application.",
        "provider_no": d.pick(
            [
                f"{r.randrange(1000, 9999)}",
                f"P-{r.randrange(100, 999)}",
                f"{st}CE{r.randrange(10000, 99999)}",
            ]
        ),
        "course": course,
        "approval": d.approval_value,
        "hours_text": d.pick(
            [f"{hours} hours", f"{hours} continuing education hours", f"{hours} CE hours"]
        ),
        "category": d.pick(
            ["Category I (technical)", "Category II (general)", "Technical", "Safety"]
        ),
        "delivery": d.pick(["Classroom", "Classroom and hands-on", "Live interactive webinar"]),
        "instructors": ", ".join(instructors),
        "period": F.fmt_range(letter_day, end, r),
        "conditions_intro": "This approval is subject to the following conditions:",
        "conditions_html": "".join(f"<li>{c}</li>" for c in conds),
        "closing": d.pick(
            [
                "Approval may be withdrawn if these conditions are not met. To renew, submit a renewal "
                "request at least sixty (60) days before the approval period ends.",
                "Please keep this letter with your course records. Questions about this approval may be "
                "directed to the office at the number below.",
            ]
        ),
        "file_no": f"{letter_day.year}-{r.randrange(100, 999)}",
        "cc_extra": d.pick(["", "; Compliance Unit", "; Board Education Committee"]),
    }
