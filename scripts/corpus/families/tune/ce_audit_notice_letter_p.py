"""A licensing board's notice of a continuing education audit, not a
certificate: a seal and the board's letterhead, the letter date, the
licensee's mailing block, a bold RE line with the licence number and renewal
period, a letter asking for copies of certificates, a table of the courses
the licensee reported on the renewal (title, provider, date and hours as
reported), the reported total against the requirement, a boxed reply-by
date, a short list of what the copies must show, the compliance
specialist's sign-off and a tiny footer. It names the licensee, courses,
providers, dates and hours, and records no completion."""

SOURCE = (
    "HACC17/BlueAndKrabby:web/content/title-25/chapter-453/section-453-32_1.md (random audit "
    "of continuing education; documentation due within sixty days of the notice) and "
    "HACC17/BlueAndKrabby:web/content/title-25/chapter-461J/section-461J-10_15.md (records "
    "show the course title, the date completed and the record of participation)"
)
KIND = "other"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "other",
    "portrait",
    "letter",
    "table",
    "address",
    "distractor-date",
    "distractor-person",
    "tiny-footer",
)

TEMPLATE = """<style>
.w { position:absolute; inset:46px 64px 40px; font: 13px ${serif}; color:#1a1a1a; line-height:18px }
.lh { display:flex; align-items:center; gap:16px; padding-bottom:10px; border-bottom:2px solid ${dark} }
.seal { width:74px; height:74px; border-radius:50%; border:3px double ${dark}; display:flex; align-items:center; justify-content:center; text-align:center;
  font: bold 8.5px ${sans}; color:${dark}; letter-spacing:0.5px; line-height:10px; padding:6px; flex:none }
.lh .b { font: bold 17px ${serif}; color:${dark}; line-height:21px } .lh .a { font: 11px ${sans}; color:#444; line-height:15px }
.dt { margin-top:18px } .to { margin-top:16px; line-height:17px }
.re { margin-top:16px; font-weight:bold }
.w p { margin:10px 0 0 }
table { width:100%; border-collapse:collapse; margin-top:10px; font: 12px ${sans} }
th { background:#e9ecef; text-align:left; padding:5px 6px; border:1px solid #999; font-size:11px }
td { padding:5px 6px; border:1px solid #999; vertical-align:top } td.r, th.r { text-align:right; white-space:nowrap }
.tot { margin-top:6px; font: 12px ${sans}; text-align:right }
.due { margin-top:12px; border:2px solid ${dark}; padding:7px 10px; font: bold 13px ${sans}; display:inline-block }
ul { margin:8px 0 0; padding-left:22px } li { margin-bottom:2px }
.sg { margin-top:16px } .sg .h { font: 26px ${hnd}; color:#1d2b6b; line-height:32px }
.ft { position:absolute; left:0; right:0; bottom:0; border-top:1px solid #aaa; padding-top:4px; font: 9px ${sans}; color:#666; display:flex; justify-content:space-between }
</style>
<div class="w">
 <div class="lh"><div class="seal">${seal}</div><div><div class="b">${board}</div><div class="a">${board_addr}<br>${board_phone} · ${board_web}</div></div></div>
 <div class="dt">${letter_date}</div>
 <div class="to">${licensee}<br>${company}<br>${street}<br>${town}</div>
 <div class="re">RE: Continuing Education Audit · License No. ${license} · Renewal period ${period}</div>
 <p>Dear ${salutation}:</p>
 <p>${para1}</p>
 <p>${para2}</p>
 <table><tr><th>#</th><th>Course title as reported</th><th>Provider as reported</th><th>Date reported</th><th class="r">Hours</th></tr>${rows_html}</table>
 <div class="tot">Total hours reported: <b>${total}</b> · Hours required for the period: <b>${required}</b></div>
 <div class="due">${due_label} ${due}</div>
 <p>${list_head}</p>
 <ul>${items_html}</ul>
 <p>${para3}</p>
 <div class="sg">Sincerely,<div class="h">${officer}</div>${officer}<br>${officer_role}<br>${unit}</div>
 <div class="ft"><span>${foot}</span><span>Audit ID ${audit_id} · Page 1 of 1</span></div>
</div>
"""

BOARDS = [
    ("Board of Mold Remediation Licensing", "MOLD REMEDIATION LICENSING BOARD"),
    (
        "Division of Occupational Licensing · Mold Assessment and Remediation Program",
        "OCCUPATIONAL LICENSING",
    ),
    ("State Board of Restoration Contractors", "STATE BOARD OF CONTRACTORS"),
    ("Department of Labor · Mold Program Licensing Unit", "DEPARTMENT OF LABOR"),
]
COMPANIES = [
    "Rapid Dry Restoration, LLC",
    "Apex Water & Fire Services",
    "Prime Mitigation Group",
    "Cornerstone Disaster Recovery",
    "Blue Line Cleaning Co.",
]


def fill(d):
    import html
    from datetime import timedelta

    from corpus import values as V
    from corpus.formats import fmt_date, fmt_number

    r = d.rng
    board, seal = d.pick(BOARDS)
    street, town = d.address()
    b_street, b_town = d.address()
    letter_day = d.completed + timedelta(days=r.randint(60, 420))
    due_day = letter_day + timedelta(days=60)
    style = d.pick(["us_numeric", "short_month", "iso"])
    # the courses reported on the renewal: the licensee's own and a few others
    reported = [(d.course, d.org, d.completed, d.credit)]
    for _ in range(d.pick([2, 3, 3])):
        if d.chance(0.5):
            title, _code = d.pick(V.IICRC_COURSES)
            hrs = d.pick([7, 14, 14, 21])
        else:
            title, hrs = d.pick(V.CE_COURSES), d.pick([1, 2, 3, 4, 6])
        org, _alt = d.pick(V.SCHOOLS + [(a, None) for a in V.ASSOCIATIONS])
        day = d.completed - timedelta(days=r.randint(30, 600))
        reported.append((title, org, day, hrs))
    r.shuffle(reported)
    e = html.escape
    rows = "".join(
        f"<tr><td>{i + 1}</td><td>{e(t)}</td><td>{e(o)}</td><td>{fmt_date(day, style)}</td>"
        f'<td class="r">{fmt_number(h, r, decimals_ok=False)}</td></tr>'
        for i, (t, o, day, h) in enumerate(reported)
    )
    total = sum(h for *_, h in reported)
    first_year = letter_day.year - d.pick([1, 2])
    items = [
        "Copies only. Originals will not be returned.",
        "Each certificate must show your name, the course title, the date completed and the "
        "number of hours.",
        "A course you cannot document will not be counted toward the requirement.",
        "Do not send course manuals, notes or sign-in sheets.",
    ]
    return {
        "hnd": d.fonts["hand"].replace(", cursive", ", 'Z003', 'Dancing Script', cursive"),
        "seal": seal,
        "board": board,
        "board_addr": f"{b_street}, {b_town}",
        "board_phone": d.phone(),
        "board_web": d.pick(["licensing.example.gov", "www.moldboard.example.gov"]),
        "letter_date": fmt_date(letter_day, d.pick(["long", "long", "dmy_long"])),
        "licensee": d.plain_name,
        "company": d.pick(COMPANIES),
        "street": street,
        "town": town,
        "license": d.pick(["MRC", "MRS", "RC", "MAR"]) + f"-{r.randrange(1000, 99999)}",
        "period": f"{first_year}–{first_year + 2}",
        "salutation": d.pick([d.plain_name, "Licensee"]),
        "para1": "Your renewal for the period shown above has been selected for a random audit of "
        "continuing education. Board rules require every licensee to keep a record of each "
        "course for which credit is claimed: the title, the date completed and proof of "
        "participation.",
        "para2": "On your renewal application you reported the courses listed below. Within "
        "sixty (60) days of the date of this notice, send a copy of the certificate of "
        "completion for each course.",
        "rows_html": rows,
        "total": fmt_number(total, r, decimals_ok=False),
        "required": d.pick(["14", "16", "12", "8"]),
        "due_label": d.pick(["Response due by:", "Reply no later than:"]),
        "due": fmt_date(due_day, d.pick(["long", "weekday"])),
        "list_head": "Please note:",
        "items_html": "".join(f"<li>{i}</li>" for i in r.sample(items, 3)),
        "para3": "Mail or e-mail the copies with this notice. If you do not respond by the date "
        "above, the board may treat the license as not renewed. Questions may be directed "
        f"to the audit unit at {d.phone()}.",
        "officer": d.person(),
        "officer_role": d.pick(["Compliance Specialist", "Licensing Analyst", "Audit Coordinator"]),
        "unit": d.pick(["Continuing Education Audit Unit", "Compliance Section"]),
        "foot": "This notice is not a license, a certificate or proof of course completion.",
        "audit_id": d.number("AU-"),
    }
