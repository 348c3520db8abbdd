"""A plain portrait "student course record" that an IICRC-approved school
keeps for each student of a two- to four-day class and hands out on request:
a letterhead with the school's name and school number on the left, its
square mark on the right and a ruled line of address, telephone and web site
under them; a title with the record number and the date it was printed on
one line beside it; a labelled "student" box (name, often surname first,
company, registrant number) and a labelled "class" box (course, class ID, the
class days as a span, the place, the lead instructor and a co-instructor or
guest presenter); a daily table (day, date, topics covered, instructor's
initials, hours) closed by a total row; an exam box with the 45-day exam
window, the day it closes and the proctor; a note that the record is not the
certification itself; and two signatures (lead instructor and registrar),
each with a signing date."""

SOURCE = (
    "https://iicrc.org/ausfaqs/ (exam registration names the course category, the date the "
    "course begins and the instructor; the exam must be completed within 45 days of the last "
    "date of the class; proctored exam) and the participant/training/trainer/start and end "
    "date fields of a training attendance-sheet template (AttendanceSheetTemplate, "
    "training.start_date / end_date / trainer_name / duration)"
)
KIND = "course"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "portrait",
    "record",
    "table",
    "labelled",
    "date-range",
    "provider-in-logo",
    "distractor-person",
    "distractor-date",
)

TEMPLATE = """<style>
.w { position:absolute; left:56px; right:56px; top:44px; font: 12.5px ${sans}; color:#1c1c1c }
.lh { padding-bottom:10px }
.lh .l { display:flex; align-items:center; justify-content:space-between }
.lh .mk { width:58px; height:58px; background:${dark}; color:#fff; font: bold 20px ${display}; display:flex;
  align-items:center; justify-content:center; letter-spacing:1px }
.lh .sc b { display:block; font: bold 19px ${serif}; color:${dark}; line-height:22px; margin-bottom:6px }
.lh .sc span { font-size:11.5px; color:#555; letter-spacing:.5px }
.ad { border-top:3px solid ${dark}; padding-top:5px; font-size:11px; color:#444; text-align:${ad_align}; word-spacing:1px }
.tt { display:flex; justify-content:space-between; align-items:flex-end; margin:18px 0 14px }
.tt h1 { margin:0; font: ${h1_weight} 22px ${head}; letter-spacing:${h1_ls}px; text-transform:${h1_case}; color:#111 }
.tt .m { text-align:right; font-size:11.5px; color:#333 }
.tt .m b { font-family:${mono}; font-weight:normal }
.bx { border:1px solid #9a9a9a; margin-bottom:12px }
.bx .cap { background:${light}; border-bottom:1px solid #9a9a9a; padding:4px 10px; font: bold 10.5px ${sans};
  letter-spacing:1.6px; text-transform:uppercase; color:${dark} }
.gr { display:grid; grid-template-columns: 1fr 1fr }
.gr div { padding:6px 10px; border-top:1px solid #ddd; line-height:17px }
.gr div:nth-child(-n+2) { border-top:0 }
.gr div:nth-child(odd) { border-right:1px solid #ddd }
.gr i { font-style:normal; display:block; font-size:9.5px; color:#666; text-transform:uppercase; letter-spacing:.8px }
.gr b { font-weight:600 }
table { width:100%; border-collapse:collapse; font-size:12px }
th { background:${dark}; color:#fff; font-weight:normal; font-size:10.5px; text-transform:uppercase; letter-spacing:.8px;
  padding:5px 8px; text-align:left }
td { padding:6px 8px; border-bottom:1px solid #ccc; vertical-align:top; line-height:16px }
td.n { text-align:right; white-space:nowrap } td.c { text-align:center }
tr.tot td { border-top:2px solid ${dark}; border-bottom:0; font-weight:bold }
.ex div { display:flex; padding:5px 10px; border-top:1px solid #ddd; line-height:17px }
.ex div:first-child { border-top:0 }
.ex i { font-style:normal; flex:0 0 210px; font-size:10px; color:#666; text-transform:uppercase; letter-spacing:.8px }
.note { font-size:10.5px; color:#444; line-height:15px; margin:4px 0 0 }
.sig { display:flex; justify-content:space-between; margin-top:${sig_gap}px }
.sig > div { width:44% }
.sig .h { font: 26px ${hand}; color:#1d2b6b; height:34px; white-space:nowrap; border-bottom:1px solid #222 }
.sig .p { display:flex; justify-content:space-between; font-size:11px; padding-top:3px; line-height:15px; color:#333 }
.ft { position:absolute; left:56px; right:56px; bottom:26px; border-top:1px solid #bbb; padding-top:5px;
  display:flex; justify-content:space-between; font: 9.5px ${sans}; color:#777 }
</style>
<div class="w">
 <div class="lh">
  <div class="l"><div class="sc"><b>${org}</b><span>${school_line}</span></div>
   <div class="mk">${initials}</div></div>
</div>
 <div class="ad">${street} · ${city} · ${phone} · ${web}</div>
 <div class="tt"><h1>${heading}</h1>
  <div class="m">${rec_label} <b>${rec_no}</b> &nbsp;·&nbsp; ${printed_label} ${printed}</div></div>
 <div class="bx"><div class="cap">${student_cap}</div>
  <div class="gr">
   <div><i>${name_label}</i><b>${name}</b></div>
   <div><i>${reg_label}</i>${reg_no}</div>
   <div><i>Company</i>${company}</div>
   <div><i>Student ID</i>${student_id}</div>
  </div></div>
 <div class="bx"><div class="cap">${class_cap}</div>
  <div class="gr">
   <div><i>${course_label}</i><b>${title}</b></div>
   <div><i>Class ID</i>${class_id}</div>
   <div><i>${dates_label}</i><b>${span}</b></div>
   <div><i>Location</i>${place}</div>
   <div><i>Lead instructor</i>${teacher}</div>
   <div><i>${second_label}</i>${second}</div>
  </div></div>
 <table>
  <tr><th style="width:48px">Day</th><th style="width:${date_w}px">Date</th><th>Topics covered</th>
   <th style="width:70px;text-align:center">Instr.</th><th style="width:76px;text-align:right">Hours</th></tr>
  ${rows_html}
  <tr class="tot"><td colspan="4">${total_label}</td><td class="n">${hours}</td></tr>
 </table>
 <div class="bx" style="margin-top:14px"><div class="cap">${exam_cap}</div>
  <div class="ex">
   <div><i>Exam window</i>45 days from the last day of class</div>
   <div><i>${closes_label}</i>${closes}</div>
   <div><i>Proctor</i>${proctor}</div>
  </div></div>
 <p class="note">${note}</p>
 <div class="sig">
  <div><div class="h">${teacher}</div><div class="p"><span>${teacher}, Lead Instructor</span><span>${sig_date1}</span></div></div>
  <div><div class="h">${registrar}</div><div class="p"><span>${registrar}, ${registrar_role}</span><span>${sig_date2}</span></div></div>
 </div>
</div>
<div class="ft"><span>${form_no}</span><span>${page}</span></div>
"""

# Class plans: code -> [(hours per day, topics per day)]
PLANS = {
    "WRT": [
        [
            (7, "Principles of drying; the S500 standard; categories and classes of water"),
            (7, "Psychrometry, moisture meters and mapping; equipment placement"),
            (5, "Carpet and pad decisions, antimicrobials, documentation; review"),
        ],
        [
            (7, "Water damage basics, safety and health, the S500"),
            (7, "Evaporation, dehumidification and air movement"),
            (7, "Hands-on set-up, monitoring, contents; review"),
        ],
    ],
    "ASD": [
        [
            (7, "Psychrometric calculations; drying systems"),
            (7, "Structural drying lab: building the wet house"),
            (7, "Monitoring, tear-down decisions, dense materials; review"),
        ]
    ],
    "AMRT": [
        [
            (8, "Microbiology basics, health effects, the S520"),
            (8, "Containment, negative air, PPE and respirators"),
            (8, "Source removal, HEPA cleaning, post-remediation checks"),
        ]
    ],
    "FSRT": [
        [
            (7, "Fire and smoke residues, chemistry of combustion"),
            (7, "Cleaning methods, deodorization, contents; review"),
        ],
        [
            (8, "Job start-up, safety and residue identification"),
            (7, "Structure and contents cleaning, odor; review"),
        ],
    ],
    "OCT": [
        [
            (7, "Odor sources, perception and detection"),
            (7, "Deodorization methods, ozone and hydroxyl; review"),
        ]
    ],
    "CCT": [
        [
            (7, "Fibers, carpet construction and soiling"),
            (7, "Cleaning methods, spotting and chemistry; review"),
        ]
    ],
    "UFT": [
        [
            (7, "Fiber identification and fabric construction"),
            (7, "Pre-inspection, cleaning methods, spot removal; review"),
        ]
    ],
}
COMPANIES = [
    "Rapid Response Restoration",
    "Blue Line Water Damage Co.",
    "ServiceFirst Cleaning & Restoration",
    "Heritage Carpet Care",
    "Northpoint Property Services",
    "Self-employed",
]


def _initials(person):
    return "".join(p[0] for p in person.replace(".", "").split()[:3])


def fill(d):
    from datetime import timedelta

    from corpus import values as V
    from corpus.formats import fmt_date

    r = d.rng
    d.course, d.code = d.pick([c for c in V.IICRC_COURSES if c[1] in PLANS])
    plan = d.pick(PLANS[d.code])
    d.credit = float(sum(h for h, _ in plan))
    org = d.provider()
    words = [w for w in org.replace(",", "").replace("&", "").split() if w[:1].isupper()]
    initials = "".join(w[0] for w in words if w not in ("LLC", "Inc.", "School"))[:3]
    street, city = d.address()
    teacher, second = d.person(), d.person()
    span = d.date_range(len(plan) - 1)
    start = d.completed - timedelta(days=len(plan) - 1)
    day_style = d.pick(["us_numeric", "short_month", "weekday_short", "dmy_long"])
    rows = []
    for i, (hrs, topics) in enumerate(plan):
        day = start + timedelta(days=i)
        if day_style == "weekday_short":
            shown = f"{day:%a} {day.month:02d}/{day.day:02d}/{day.year}"
        else:
            shown = fmt_date(day, day_style)
        who = teacher if i % 2 == 0 or d.chance(0.5) else second
        rows.append(
            f'<tr><td>{i + 1}</td><td style="white-space:nowrap">{shown}</td><td>{topics}</td>'
            f'<td class="c">{_initials(who)}</td><td class="n">{hrs:g}</td></tr>'
        )
    closes = fmt_date(d.completed + timedelta(days=45), d.pick(["long", "us_numeric"]))
    sig1 = d.other_date("issue", "us_numeric")
    name_style = d.pick(["last_first", "last_first", "plain", "upper"])
    return {
        "initials": initials,
        "org": org,
        "school_line": d.pick(
            [
                f"IICRC Approved School · School No. {r.randrange(1000, 9999)}",
                "IICRC Approved School",
                f"Approved School #{r.randrange(10000, 99999)}",
            ]
        ),
        "ad_align": d.pick(["left", "center"]),
        "street": street,
        "city": city,
        "phone": d.phone(),
        "web": d.web(),
        "h1_weight": d.pick(["bold", "600"]),
        "head": d.fonts[d.pick(["sans", "serif", "cond"])],
        "h1_ls": d.pick([0, 1]),
        "h1_case": d.pick(["none", "uppercase"]),
        "heading": d.pick(
            ["Student Course Record", "Student Class Record", "Course Attendance Record"]
        ),
        "rec_label": d.pick(["Record No.", "Record #"]),
        "rec_no": d.number(),
        "printed_label": d.pick(["Printed", "Date printed:", "Run date"]),
        "printed": d.other_date("print", d.pick(["us_numeric", "iso", "short_month"])),
        "student_cap": d.pick(["Student", "Student information"]),
        "name_label": "Name (last, first)"
        if name_style == "last_first"
        else d.pick(["Student name", "Student"]),
        "name": d.name(name_style),
        "reg_label": d.pick(["IICRC registrant no.", "IICRC ID"]),
        "reg_no": d.pick([f"{r.randrange(100000, 999999)}", "New registrant", "Pending"]),
        "company": d.pick(COMPANIES),
        "student_id": f"{r.randrange(10000, 99999)}",
        "class_cap": d.pick(["Class", "Class information", "Course"]),
        "course_label": d.pick(["Course", "Course category", "Class"]),
        "title": d.title(d.pick(["plain", "with_code", "code_first"])),
        "class_id": f"{d.code}-{d.completed:%y%m}-{r.randrange(10, 99)}",
        "dates_label": d.pick(["Class dates", "Dates attended", "Course dates"]),
        "span": span,
        "place": d.pick([f"Training center, {city}", d.venue(), f"{d.city()} (host site)"]),
        "teacher": teacher,
        "second_label": d.pick(["Co-instructor", "Guest presenter", "Assistant instructor"]),
        "second": second,
        "date_w": 150 if day_style in ("weekday_short", "dmy_long", "short_month") else 96,
        "rows_html": "".join(rows),
        "total_label": d.pick(
            ["Total classroom hours", "Total hours attended", "Total instruction hours"]
        ),
        "hours": d.hours(d.pick(["hours_title", "hrs", "hours_title"])),
        "exam_cap": d.pick(["IICRC certification exam", "Examination"]),
        "closes_label": d.pick(["Window closes", "Exam must be taken by", "Last day to test"]),
        "closes": closes,
        "proctor": d.person(),
        "note": d.pick(
            [
                "This record shows attendance at the class named above. It is not an IICRC "
                "certificate: certification is issued by the IICRC after the exam is passed.",
                "Keep this record with your certificate. Students who attended every session are "
                "eligible to sit the IICRC exam; certification is granted by the IICRC, not the school.",
            ]
        ),
        "sig_gap": 30,
        "hand": d.fonts["hand"].replace(", cursive", ", 'Z003', 'Dancing Script', cursive"),
        "sig_date1": sig1,
        "sig_date2": sig1 if d.chance(0.5) else d.other_date("issue", "us_numeric"),
        "registrar": d.person(),
        "registrar_role": d.pick(["Registrar", "Program Coordinator", "Student Services"]),
        "form_no": d.pick(["Form SR-2 (rev. 03/22)", "Student record · internal copy", "SCR-01"]),
        "page": "Page 1 of 1",
    }
