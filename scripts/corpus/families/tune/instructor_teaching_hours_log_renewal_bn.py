"""An approved instructor's teaching-hours log, filed with the annual
instructor renewal, not anyone's record of training: portrait, a plain form
from a certification body's instructor program with the program's name at
the top left, the form number and revision at the right and a dark band
carrying the form's title. A labelled two-column block names the
instructor, the instructor number, the disciplines the instructor is
approved to teach, the school the classes were held for, the renewal
period as a span of two dates and when the approval expires. Then a ruled
table of the classes taught in the period (class dates, often a span of
days; course; delivery; city; scheduled class hours; students; the school
official who confirms it, by initials), a total row, the teaching
requirement in a sentence, the instructor's attestation that the hours
are classroom hours taught and earn the instructor no continuing education
credit, two signature lines (instructor and school director, each with a
date) and a grey office-use box with a reviewer and a received date. It
names a person, courses, a school, hours and dates; nobody completed
anything."""

SOURCE = (
    "PactoSigna/Sample.QMS.ISO13485:docs/templates/TMPL-002-training-log.md (log form: "
    "labelled person block, a table of dated records with method and trainer columns, a key, "
    "signatures); wording after https://www.vinylsiding.org/professional/resources/certified-trainer/ "
    "(a certified trainer must teach an average of two courses a year to keep the certification), "
    "https://randrmagonline.com/articles/83846-behind-the-scenes-at-iicrc (approved instructors "
    "meet annual requirements to keep their approved status) and Texas Administrative Code "
    "16 TAC §90.23 (an instructor certification is renewed on a department form showing the "
    "teaching requirement was completed)"
)
KIND = "other"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "other",
    "record",
    "table",
    "labelled",
    "portrait",
    "dark-band",
    "date-range",
    "distractor-person",
    "distractor-date",
)

TEMPLATE = """<style>
.w { position:absolute; left:50px; right:50px; top:40px; bottom:36px; font: 12.5px ${face}; color:#1c1c1c }
.top { display:flex; justify-content:space-between; align-items:flex-end; padding-bottom:6px }
.prog b { display:block; font: bold 17px ${head}; color:${dark} }
.prog span { font-size:11.5px; color:#555 }
.fno { text-align:right; font-size:10.5px; color:#555; line-height:14px }
.band { background:${dark}; color:#fff; font: bold 16px ${head}; letter-spacing:1.5px; text-transform:uppercase;
  padding:8px 12px; margin-top:4px }
.band small { display:block; font: 11px ${face}; letter-spacing:.3px; text-transform:none; opacity:.9; margin-top:2px }
h2 { font: bold 12px ${face}; text-transform:uppercase; letter-spacing:1px; color:${dark}; margin:16px 0 6px;
  border-bottom:1.5px solid ${dark}; padding-bottom:3px }
.info { display:grid; grid-template-columns: 1fr 1fr; column-gap:26px; row-gap:8px }
.info div { border-bottom:1px solid #9a9a9a; padding-bottom:2px; font-size:13.5px; min-height:34px }
.info small { display:block; font-size:9.5px; color:#666; text-transform:uppercase; letter-spacing:.6px }
table { width:100%; border-collapse:collapse; font-size:11.5px }
th { background:${light}; border:1px solid #8a8a8a; padding:5px 5px; font-size:10px; text-transform:uppercase;
  letter-spacing:.4px; text-align:left; color:#333 }
td { border:1px solid #a8a8a8; padding:7px 5px; vertical-align:top; line-height:15px }
td.n { text-align:center } td.r { text-align:right }
tr.tot td { font-weight:bold; background:#f4f4f4 }
.key { font-size:10px; color:#555; margin-top:4px }
.req { margin-top:12px; font-size:12px; line-height:17px }
.att { margin-top:10px; font-size:12px; line-height:17px; border-left:3px solid ${dark}; padding:2px 0 2px 10px }
.sigs { display:flex; gap:30px; margin-top:16px }
.sg { flex:1; font-size:11px; color:#444 }
.sg .h { font: 24px ${hand}; color:#1d2f6f; height:30px; white-space:nowrap; overflow:hidden; padding-left:6px }
.sg .ln { border-top:1px solid #333; padding-top:3px; display:flex; justify-content:space-between }
.sg .ln b { color:#1c1c1c; font-weight:normal }
.off { margin-top:16px; background:#ececec; border:1px solid #aaa; padding:7px 10px; font-size:11px; color:#333;
  display:flex; justify-content:space-between }
.off b { font-weight:bold; text-transform:uppercase; letter-spacing:.8px; font-size:10px }
.dir { margin-top:18px; font-size:10.5px; color:#444; line-height:15px }
.dir b { display:block; text-transform:uppercase; letter-spacing:.8px; font-size:10px; color:${dark}; margin-bottom:2px }
.dir ol { margin:0; padding-left:18px }
.ft { position:absolute; left:0; right:0; bottom:0; font-size:9.5px; color:#777; display:flex; justify-content:space-between }
</style>
<div class="w">
 <div class="top">
  <div class="prog"><b>${body}</b><span>${program} · ${body_addr}</span></div>
  <div class="fno">${form_no}<br>${form_rev}</div>
 </div>
 <div class="band">${heading}<small>${band_sub}</small></div>
 <h2>${sec1}</h2>
 <div class="info">
  <div><small>${name_label}</small>${name}</div>
  <div><small>Instructor no.</small>${instr_no}</div>
  <div><small>${disc_label}</small>${disciplines}</div>
  <div><small>${school_label}</small>${school}</div>
  <div><small>${period_label}</small>${period}</div>
  <div><small>${expires_label}</small>${expires}</div>
 </div>
 <h2>${sec2}</h2>
 <table>
  <tr><th style="width:4%">#</th><th style="width:19%">Class dates</th><th>Course</th><th style="width:11%">Delivery</th>
   <th style="width:12%">City</th><th style="width:8%">${hours_head}</th><th style="width:8%">Students</th>
   <th style="width:14%">${verify_head}</th></tr>
  ${rows_html}
  <tr class="tot"><td></td><td colspan="4">${total_label}</td><td class="r">${total_hours}</td><td class="r">${total_students}</td><td></td></tr>
 </table>
 <div class="key">${key}</div>
 <p class="req">${requirement}</p>
 <p class="att">${attest}</p>
 <div class="sigs">
  <div class="sg"><div class="h">${instr_scrawl}</div><div class="ln"><span>Instructor signature</span><span>Date <b>${signed}</b></span></div></div>
  <div class="sg"><div class="h">${director_scrawl}</div><div class="ln"><span>${director}, ${director_role}</span><span>Date <b>${countersigned}</b></span></div></div>
 </div>
 <div class="off"><b>Office use</b><span>Received ${received}</span><span>Reviewed by ${reviewer}</span><span>${status}</span></div>
 <div class="dir"><b>Directions</b><ol>${directions_html}</ol></div>
 <div class="ft"><span>${footer}</span><span>Page 1 of 1</span></div>
</div>
"""

BODIES = [
    ("Restoration Certification Council", "Instructor Program"),
    ("Cleaning and Restoration Standards Board", "Approved Instructor Program"),
    ("Institute of Restoration Trainers", "Instructor Registry"),
    ("Indoor Environment Certification Board", "Instructor Services"),
]
# Scheduled classroom hours of a typical offering of each course.
CLASS_HOURS = {
    "WRT": 19,
    "ASD": 21,
    "AMRT": 28,
    "FSRT": 14,
    "OCT": 14,
    "CCT": 17,
    "UFT": 14,
    "CDS": 14,
    "HST": 7,
    "RRT": 14,
    "RCT": 14,
    "SMT": 14,
    "TCST": 14,
    "LCT": 14,
    "CRT": 14,
}
DELIVERY = ["Classroom", "Classroom", "Class + lab", "Live virtual"]


def fill(d):
    import html
    from datetime import date, timedelta

    from corpus import formats as F
    from corpus.values import IICRC_COURSES

    r = d.rng
    body, program = d.pick(BODIES)
    done = d.completed
    # The renewal year the main class falls in: one year from an approval anniversary.
    anniv = date(done.year, d.pick([1, 4, 7, 10]), 1)
    if anniv > done:
        anniv = date(done.year - 1, anniv.month, 1)
    end = date(anniv.year + 1, anniv.month, 1) - timedelta(days=1)
    pstyle = d.pick(["long", "us_numeric", "short_month"])
    period = f"{F.fmt_date(anniv, pstyle)}{d.pick([' – ', ' to ', ' through '])}{F.fmt_date(end, pstyle)}"

    name = d.name(d.pick(["plain", "plain", "last_first", "upper"]))
    school = d.provider()
    director, reviewer = d.person(), d.person()
    initials = "".join(p[0] for p in director.replace(".", "").split() if p[0].isupper())

    # Other classes in the same period, each a short span of days with its own course.
    others = []
    used = {d.course}
    for _ in range(d.pick([2, 3, 3, 4])):
        course, code = d.pick(IICRC_COURSES)
        if course in used:
            continue
        used.add(course)
        length = d.pick([1, 2, 2, 3])
        for _try in range(8):
            last = anniv + timedelta(days=r.randrange(length, (end - anniv).days))
            if abs((last - done).days) > 6:
                break
        first = last - timedelta(days=length - 1)
        span = F.fmt_range(first, last, r) if length > 1 else F.fmt_date(last, "short_month")
        label = d.pick([f"{code} – {course}", f"{course} ({code})", course])
        others.append((last, span, label, CLASS_HOURS.get(code, 14)))

    main_span = d.date_range(d.pick([1, 2, 2])) if d.chance(0.75) else d.date("short_month")
    main_title = d.title(d.pick(["with_code", "code_first", "plain"]))
    main_hours = d.hours_number()
    rows = [(done, main_span, main_title, main_hours)] + [
        (day, span, label, f"{h:g}") for day, span, label, h in others
    ]
    rows.sort(key=lambda row: row[0])
    esc = lambda s: html.escape(str(s), quote=False)  # noqa: E731
    total_students = 0
    rows_html = []
    for i, (_day, span, label, hrs) in enumerate(rows, 1):
        students = r.randrange(6, 25)
        total_students += students
        rows_html.append(
            f'<tr><td class="n">{i}</td><td>{esc(span)}</td><td>{esc(label)}</td>'
            f"<td>{d.pick(DELIVERY)}</td><td>{d.city()}</td><td class='r'>{esc(hrs)}</td>"
            f"<td class='r'>{students}</td><td>{initials} ✓</td></tr>"
        )
    total_hours = sum(float(h) for *_x, h in rows)
    need_classes = d.pick([2, 2, 3])
    need_hours = d.pick([24, 28, 32])

    def scrawl(who):
        parts = who.replace(",", "").replace(".", "").split()
        return f"{parts[0]} {parts[-1]}" if d.chance(0.6) else f"{parts[0][0]}. {parts[-1]}"

    sign_day = end + timedelta(days=r.randrange(3, 40))
    style = d.pick(["us_numeric", "us_short", "short_month"])
    return {
        "face": d.fonts[d.pick(["sans", "sans", "serif"])],
        "head": d.fonts[d.pick(["sans", "cond", "display"])],
        "hand": d.fonts["hand"],
        "body": body,
        "program": program,
        "body_addr": f"{d.pick(['PO Box 2213', '4317 Commerce Way', '120 Main St, Suite 6'])}, {d.city()}",
        "form_no": d.pick(["Form IR-3", "Form INS-12", "Form TR-7"]),
        "form_rev": f"Rev. {r.randrange(1, 13):02d}/{done.year - r.randrange(1, 5)}",
        "heading": d.pick(
            [
                "Instructor Teaching Activity Log",
                "Record of Classes Taught",
                "Teaching Hours Log",
            ]
        ),
        "band_sub": d.pick(
            [
                "Submit with the annual instructor renewal",
                "Required for renewal of approved instructor status",
                "Instructor renewal · teaching requirement",
            ]
        ),
        "sec1": d.pick(["1. Instructor", "Section A – Instructor information"]),
        "name_label": d.pick(["Instructor name", "Name of instructor", "Approved instructor"]),
        "name": name,
        "instr_no": d.pick(["T-", "INS-", "AI"]) + f"{r.randrange(1000, 99999)}",
        "disc_label": d.pick(["Approved to teach", "Approved disciplines"]),
        "disciplines": ", ".join(
            sorted({(d.code or "WRT"), *r.sample(list(CLASS_HOURS), d.pick([1, 2, 3]))})
        ),
        "school_label": d.pick(
            ["School / training provider", "Classes held for", "Sponsoring school"]
        ),
        "school": school,
        "period_label": d.pick(["Renewal period", "Reporting period"]),
        "period": period,
        "expires_label": d.pick(["Approval expires", "Instructor approval valid until"]),
        "expires": F.fmt_date(end + timedelta(days=1), pstyle)
        if d.chance(0.5)
        else F.fmt_date(end, pstyle),
        "sec2": d.pick(["2. Classes taught in the period", "Section B – Classes taught"]),
        "hours_head": d.pick(["Class hrs", "Hours", "Sched. hrs"]),
        "verify_head": d.pick(["School verif.", "Verified by", "Confirmed"]),
        "rows_html": "".join(rows_html),
        "total_label": d.pick(
            ["Total for the period", "Totals", "Total classes taught: " + str(len(rows))]
        ),
        "total_hours": f"{total_hours:g}",
        "total_students": str(total_students),
        "key": "Delivery: Classroom = in person; Class + lab = in person with hands-on lab; "
        "Live virtual = instructor-led online. Hours are scheduled class hours.",
        "requirement": d.pick(
            [
                f"To keep approved status, an instructor must teach at least {need_classes} "
                f"complete classes ({need_hours} class hours) in each renewal period, as lead "
                "instructor, for an approved school.",
                f"Renewal requires a minimum of {need_hours} hours of instruction, in at least "
                f"{need_classes} classes, during the period shown. Team-taught hours count for "
                "the lead instructor only.",
            ]
        ),
        "attest": d.pick(
            [
                "I attest that I was the lead instructor for each class above and that the hours "
                "shown are the scheduled classroom hours I taught. Teaching hours are not continuing "
                "education credit and are not reported to any registrant's record.",
                "I certify that the classes listed were taught by me as submitted. This log supports "
                "my renewal as an instructor only; it is not a certificate of attendance and earns "
                "no CEC hours.",
            ]
        ),
        "instr_scrawl": scrawl(d.plain_name),
        "signed": F.fmt_date(sign_day, style),
        "director_scrawl": scrawl(director),
        "director": director,
        "director_role": d.pick(["School Director", "Training Director", "Owner"]),
        "countersigned": F.fmt_date(sign_day + timedelta(days=r.randrange(0, 6)), style),
        "received": F.fmt_date(sign_day + timedelta(days=r.randrange(7, 30)), style),
        "reviewer": reviewer,
        "status": d.pick(["Requirement met ☑", "Status: renewed", "Complete ☑  Incomplete ☐"]),
        "directions_html": "".join(
            f"<li>{x}</li>"
            for x in [
                "List every class taught as lead instructor in the period, oldest first, one "
                "offering a row.",
                "Attach the class roster for each offering; the school official initials each row.",
                f"Return this log with the renewal form and fee no later than "
                f"{F.fmt_date(end + timedelta(days=30), 'long')}. Late logs delay renewal.",
                "Classes taught for a school that is not approved for the course are not counted.",
            ]
        ),
        "footer": f"{body} · {program} · {d.phone()}",
    }
