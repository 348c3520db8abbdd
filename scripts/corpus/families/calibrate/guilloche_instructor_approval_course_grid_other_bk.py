"""An instructor approval certificate, not a record of anyone's completion: a
landscape page inside a guilloche frame, the certifying body's emblem and
name across the top, an engraved-style heading, "this certifies that" over
the instructor's name in script, a sentence saying the instructor has met
the body's requirements and is approved to teach the courses below for a
named school, a ruled table of course codes, course titles, the hours each
course runs and the date each approval was granted, a row of three boxed
values (instructor number, effective date, expiry date), a line of fine
print on renewal, and two officers of the body signing either side of a
seal. It prints a person, courses, a school, dates and hours like a
completion certificate does."""

SOURCE = (
    "https://www.dol.wa.gov/business/realestate/educators_instructor.html ('upon approval, a "
    "certificate of instructor approval will be sent to the instructor') and "
    "https://bulletins.ncrec.gov/help-how-do-i-reinstate-my-instructor-approval/ (instructor "
    "approvals renewed on a cycle after instructor education; expired approvals); guilloche "
    "frame after azuya/CertificateBuilder:templates/default/default.tpl"
)
KIND = "other"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "other",
    "ornate",
    "landscape",
    "script-name",
    "table",
    "labelled",
    "sentence",
    "distractor-person",
    "distractor-date",
)

TEMPLATE = """<style>
.g { position:absolute; inset:16px; background:
  repeating-radial-gradient(circle at 50% 0, transparent 0 5px, ${accent}66 5px 6px),
  repeating-radial-gradient(circle at 50% 100%, transparent 0 5px, ${dark}55 5px 6px), ${light} }
.i { position:absolute; inset:40px; background:#fff; border:4px double ${dark} }
.i:after { content:''; position:absolute; inset:6px; border:1px solid ${accent} }
.w { position:absolute; left:74px; right:74px; top:64px; text-align:center; color:#222; font-family:${serif} }
.em { display:inline-flex; align-items:center; gap:12px }
.em .m { width:50px; height:50px; border-radius:50%; background:repeating-conic-gradient(${dark} 0 8deg, ${dark}cc 8deg 16deg);
  color:#fff; display:flex; align-items:center; justify-content:center; font: bold 14px ${display}; border:3px solid ${accent} }
.em .n { font: 600 17px ${sans}; letter-spacing:2px; color:${dark}; text-transform:uppercase; text-align:left }
.em .n small { display:block; font: 11px ${sans}; letter-spacing:1px; color:#666; text-transform:none; margin-top:2px }
h1 { font: 39px ${display}; color:${dark}; margin:20px 0 0; letter-spacing:2px; font-variant:small-caps }
.c { font: italic 16px ${serif}; margin-top:14px; color:#444 }
.nm { font: 50px ${script}; color:${dark}; line-height:66px; margin-top:4px; white-space:nowrap }
.s { font-size:15px; line-height:21px; width:84%; margin:8px auto 0; color:#333 }
.s b { color:#111 }
table { margin:20px auto 0; width:78%; border-collapse:collapse; font: 13.5px ${sans}; text-align:left }
th { font-size:10.5px; letter-spacing:1px; text-transform:uppercase; color:${dark}; border-bottom:2px solid ${dark}; padding:4px 8px }
td { border-bottom:1px solid #ccc; padding:6px 8px }
td.h, th.h { text-align:right; white-space:nowrap }
.bx { display:flex; gap:14px; justify-content:center; margin-top:20px }
.bx div { border:1px solid ${dark}; min-width:150px; padding:3px 10px 4px; font: 13.5px ${sans} }
.bx small { display:block; font-size:9.5px; letter-spacing:1px; text-transform:uppercase; color:#666 }
.fine { font: 10px ${sans}; color:#666; margin-top:12px }
.sg { position:absolute; left:110px; right:110px; bottom:58px; display:flex; justify-content:space-between; align-items:flex-end; font-family:${sans} }
.sg > div { width:230px; text-align:center; font-size:12px; color:#333; line-height:15px }
.sg .h { font: 24px ${hand}; color:#1c2f6b; white-space:nowrap; border-bottom:1px solid #333; line-height:30px; margin-bottom:3px }
.sg .seal { width:80px; flex:none; height:80px; border-radius:50%; background:repeating-conic-gradient(${accent} 0 5deg, ${accent}aa 5deg 10deg);
  display:flex; align-items:center; justify-content:center }
.seal span { width:58px; height:58px; border-radius:50%; border:2px dotted #fff; color:#fff; font: bold 13px ${display}; display:flex; align-items:center; justify-content:center }
</style>
<div class="g"></div><div class="i"></div>
<div class="w">
 <div class="em"><div class="m">${abbr}</div><div class="n">${body}<small>${body_sub}</small></div></div>
 <h1>${heading}</h1>
 <div class="c">${certifies}</div>
 <div class="nm">${instructor}</div>
 <div class="s">${sentence_html}</div>
 <table><tr><th>Code</th><th>${course_head}</th><th class="h">${hours_head}</th><th class="h">${granted_head}</th></tr>${rows_html}</table>
 <div class="bx"><div><small>${id_label}</small>${instructor_id}</div><div><small>${eff_label}</small>${effective}</div><div><small>${exp_label}</small>${expires}</div></div>
 <div class="fine">${fine}</div>
</div>
<div class="sg"><div><div class="h">${signer1}</div>${signer1}<br>${role1}</div>
 <div class="seal"><span>${abbr}</span></div>
 <div><div class="h">${signer2}</div>${signer2}<br>${role2}</div></div>
"""

BODIES = [
    ("Restoration Industry Certification Council", "RICC"),
    ("Board of Cleaning & Restoration Instructors", "BCRI"),
    ("Institute of Inspection and Restoration Standards", "IIRS"),
    ("Council for Restoration Training Standards", "CRTS"),
]
# Course length as schools list it: days of class times hours a day.
LENGTHS = {
    "WRT": [19, 21],
    "ASD": [21, 28],
    "AMRT": [28, 35],
    "FSRT": [14, 19],
    "OCT": [14],
    "CCT": [19, 21],
    "UFT": [14, 19],
    "CDS": [14],
    "HST": [7, 14],
    "RRT": [14],
    "RCT": [14, 21],
    "SMT": [14],
    "TCST": [14, 21],
    "LCT": [14],
    "CRT": [14],
}


def fill(d):
    import html
    from datetime import date, timedelta

    from corpus import values as V
    from corpus.formats import fmt_date

    r = d.rng
    body, abbr = d.pick(BODIES)
    courses = {}
    for title, code in r.sample(V.IICRC_COURSES, 8):
        courses.setdefault(code, title)
    picked = list(courses.items())[: d.pick([2, 3, 3, 4])]
    effective = d.completed
    style = d.pick(["long", "us_numeric", "short_month", "dmy_long"])
    rows = []
    for code, title in picked:
        granted = effective - timedelta(days=r.randrange(0, 1400))
        rows.append(
            f"<tr><td>{code}</td><td>{html.escape(title)}</td>"
            f'<td class="h">{d.pick(LENGTHS[code])}{d.pick([" hrs", " hours", ""])}</td>'
            f'<td class="h">{html.escape(fmt_date(granted, style))}</td></tr>'
        )
    years = d.pick([1, 2, 2])
    day = min(effective.day, 28)
    expires = date(effective.year + years, effective.month, day) - timedelta(days=1)
    school = d.org
    sentence = d.pick(
        [
            "has met the instructor qualification requirements of the {body} and is approved "
            "to teach the courses listed below for <b>{school}</b>, subject to its standards "
            "of practice.",
            "having demonstrated technical knowledge and teaching ability, is hereby approved "
            "as an instructor of the following courses when offered through <b>{school}</b>.",
            "is recognized as an Approved Instructor and may teach the courses below at "
            "<b>{school}</b> and at any school approved by the {body}.",
        ]
    ).format(body=html.escape(body), school=html.escape(school))
    return {
        "abbr": abbr,
        "body": body,
        "body_sub": d.pick(
            ["Instructor Services", "Education & Standards Division", "Founded 1972"]
        ),
        "heading": d.pick(
            ["Certificate of Instructor Approval", "Approved Instructor", "Instructor Certificate"]
        ),
        "certifies": d.pick(["This certifies that", "Be it known that", "This is to certify that"]),
        "instructor": d.plain_name,
        "sentence_html": sentence,
        "course_head": d.pick(["Course", "Approved course", "Course title"]),
        "hours_head": d.pick(["Course hours", "Length", "Hours"]),
        "granted_head": d.pick(["Approved", "Approved since", "Granted"]),
        "rows_html": "".join(rows),
        "id_label": d.pick(["Instructor No.", "Instructor ID", "Approval No."]),
        "instructor_id": d.number(d.pick(["I-", "INS", ""])),
        "eff_label": d.pick(["Effective", "Issued", "Approval date"]),
        "effective": fmt_date(effective, style),
        "exp_label": d.pick(["Expires", "Valid through", "Renew by"]),
        "expires": fmt_date(expires, style),
        "fine": d.pick(
            [
                "Approval is renewed every cycle on proof of courses taught and instructor "
                "continuing education. It grants no continuing education credit to the holder.",
                "This certificate remains the property of {abbr} and must be surrendered on "
                "request. Verify current status with Instructor Services.",
                "Instructors must keep their technician certifications current for the courses "
                "above. An expired approval voids classes taught after the expiry date.",
            ]
        ).format(abbr=abbr),
        "signer1": d.person(),
        "role1": d.pick(["Director of Instructor Services", "Director of Education"]),
        "signer2": d.person(),
        "role2": d.pick(["Chair, Board of Directors", "Executive Director", "President"]),
    }
