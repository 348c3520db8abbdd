"""A school's attendance and hours sheet for one student in a multi-day
class, landscape, filled in by the instructor. The school's name in a boxed
tag and the form's name across the top; a labelled block with the class,
its dates, the location, the instructor and the class number, and one with
the student. The grid has a row per class day: date, time in, lunch out and
back, time out, hours on site, instructional hours, the student's and the
instructor's initials, with entries often in handwriting and a totals row.
Below, the exam result, a line saying lunch and breaks are not counted, and
a boxed line with the credit awarded for the class, then the instructor's
signature. On-site and daily hours are not the credit; the award line is."""

SOURCE = (
    "markjordanugtongspc/spc-qr-code-attendance:resources/views/AttendanceLog.blade.php "
    "(attendance log table: ID, name, course, date, time in, time out); wording of training "
    "schools' student attendance verification sheets (lunch out/in, instructional hours, "
    "initials per day, credit awarded for instructional time only)"
)
KIND = "course"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "record",
    "table",
    "labelled",
    "landscape",
    "handwriting",
    "date-range",
    "distractor-person",
    "time-attended",
)

TEMPLATE = """<style>
.w { position:absolute; inset:32px 40px 26px; font: 12.5px ${sans}; color:#1b1b1b }
.hd { display:flex; align-items:center; gap:16px; padding-bottom:8px; border-bottom:2px solid #222 }
.tag { border:2px solid ${dark}; padding:5px 10px; font: bold 14px ${head}; color:${dark}; max-width:330px; line-height:17px }
.hd h1 { margin:0; font: bold 19px ${sans}; letter-spacing:${track}px; text-transform:uppercase; flex:1; text-align:right }
.hd h1 small { display:block; font: normal 11px ${sans}; letter-spacing:0; text-transform:none; color:#555 }
.blk { display:grid; grid-template-columns: 2.2fr 1.4fr 1.3fr 1fr; border:1px solid #777; border-top:0 }
.blk div { padding:4px 8px; border-right:1px solid #bbb; border-bottom:1px solid #bbb; font-size:13px; min-height:34px }
.blk div:nth-child(4n) { border-right:0 }
.blk i { display:block; font-style:normal; font-size:9px; color:#666; text-transform:uppercase; letter-spacing:.6px }
table.g { width:100%; border-collapse:collapse; margin-top:14px }
.g th { border:1px solid #666; background:${light}; font-size:10px; text-transform:uppercase; letter-spacing:.3px; padding:5px 4px; color:#333 }
.g td { border:1px solid #888; padding:0 6px; height:${row_h}px; text-align:center; white-space:nowrap; font-size:13.5px }
.g td.l { text-align:left }
.g td.h { font: 19px ${hand}; color:${ink} }
.g tr.t td { font-weight:bold; background:#f4f4f4; height:28px }
.low { display:flex; gap:22px; margin-top:14px; align-items:flex-start }
.ex { flex:1; font-size:12px; line-height:18px }
.ex b { font-size:12.5px }
.aw { flex:1.1; border:2px solid ${dark}; padding:9px 12px }
.aw i { display:block; font-style:normal; font-size:10px; text-transform:uppercase; letter-spacing:.7px; color:#555 }
.aw b { display:block; font: bold 19px ${sans}; color:${dark}; margin-top:3px }
.aw span { font-size:11px; color:#444 }
.nt { margin-top:16px; border:1px solid #999; padding:5px 9px 8px; font-size:12px }
.nt i { display:block; font-style:normal; font-size:9.5px; text-transform:uppercase; letter-spacing:.6px; color:#666 }
.nt p { border-bottom:1px solid #bbb; height:24px; margin:0; font: 18px ${hand}; color:${ink}; line-height:30px }
.sg { display:flex; gap:30px; margin-top:48px }
.sg div { flex:1; border-top:1px solid #333; font-size:10px; color:#555; padding-top:3px; position:relative }
.sg b { position:absolute; bottom:16px; left:4px; font: 24px ${hand}; color:${ink}; font-weight:normal; white-space:nowrap }
.ft { position:absolute; left:0; right:0; bottom:0; font-size:8.5px; color:#777; display:flex; justify-content:space-between }
</style>
<div class="w">
 <div class="hd"><div class="tag">${provider}</div><h1>${heading}<small>${sub}</small></h1></div>
 <div class="blk">
  <div><i>Class</i><b>${title}</b></div><div><i>Class dates</i>${dates}</div><div><i>Location</i>${location}</div><div><i>${classno_label}</i>${class_no}</div>
  <div><i>Student</i>${name}</div><div><i>Company</i>${company}</div><div><i>Instructor</i>${instructor}</div><div><i>${seat_label}</i>${seat}</div>
 </div>
 <table class="g">
  <tr><th>Day</th><th>Date</th><th>Time in</th><th>Lunch out</th><th>Lunch in</th><th>Time out</th><th>${onsite_h}</th><th>${instr_h}</th><th>Student</th><th>Instructor</th></tr>
  ${rows_html}
 </table>
 <div class="low">
  <div class="ex"><b>${exam_label}</b> ${exam}<br>${rule}</div>
  <div class="aw"><i>${award_label}</i><b>${award}</b><span>${award_note}</span></div>
 </div>
 <div class="nt"><i>${notes_label}</i>${notes_html}</div>
 <div class="sg"><div><b>${instructor}</b>${instr_role}</div><div><b>${date_hand}</b>Date</div></div>
 <div class="ft"><span>${foot}</span><span>${form_no}</span></div>
</div>
"""

COMPANIES = [
    "Lone Pine Restoration",
    "Dry-Right Water Removal",
    "Coastal Cleaning & Restoration",
    "Precision Mitigation Services",
    "self",
    "Heritage Carpet & Tile",
]


def _clock(mins):
    h, m = divmod(int(round(mins)), 60)
    return f"{(h - 1) % 12 + 1}:{m:02d}"


def fill(d):
    import math
    from datetime import timedelta

    from corpus import formats as F

    r = d.rng
    credit = float(d.credit)
    per = d.pick([7, 7.5, 8])
    n_days = max(1, math.ceil(credit / per))
    chunks = [per] * (n_days - 1) + [credit - per * (n_days - 1)]
    if n_days > 1 and chunks[-1] < 2:
        chunks[-2] -= 1
        chunks[-1] += 1
    style = d.pick(["us_numeric", "us_short", "short_month", "dd_mon_yyyy"])
    first = d.completed - timedelta(days=n_days - 1)
    hand = d.chance(0.6)
    td = "h" if hand else ""
    rows, on_total = [], 0.0
    ini_s = "".join(w[0] for w in d.plain_name.split()[:2])
    for i, h in enumerate(chunks):
        day = first + timedelta(days=i)
        t_in = 8 * 60 + d.pick([-10, -5, 0, 0, 0, 5, 12])
        lunch = d.pick([30, 45, 60])
        breaks = d.pick([15, 20, 30])
        start = 8 * 60
        if h < 4.5:
            lo = li = "—"
            t_out = start + h * 60 + breaks + d.pick([0, 0, 5])
            onsite = round((t_out - t_in) / 60 * 4) / 4
        else:
            t_lunch = start + d.pick([210, 225, 240])
            lo, li = _clock(t_lunch), _clock(t_lunch + lunch)
            t_out = start + h * 60 + lunch + breaks + d.pick([0, 0, 5, 10])
            onsite = round(((t_out - t_in) - lunch) / 60 * 4) / 4
        on_total += onsite
        rows.append(
            f"<tr><td>{i + 1}</td><td class='{td}'>{F.fmt_date(day, style)}</td>"
            f"<td class='{td}'>{_clock(t_in)}</td><td class='{td}'>{lo}</td><td class='{td}'>{li}</td>"
            f"<td class='{td}'>{_clock(t_out)}</td><td class='{td}'>{onsite:g}</td>"
            f"<td class='{td}'>{h:g}</td><td class='h'>{ini_s}</td><td class='h'>{{ii}}</td></tr>"
        )
    instructor = d.person()
    ini_i = "".join(w[0] for w in instructor.split()[:2])
    rows = [row.replace("{ii}", ini_i) for row in rows]

    title = d.title(d.pick(["plain", "with_code", "code_first"]))
    provider = d.provider()
    dates = d.date_range(n_days - 1) if n_days > 1 else d.date(style)
    mode = d.pick(["hours", "hours", "number"])
    if mode == "hours":
        award = d.hours(d.pick(["cec_hours", "cecs", "hours_title", "iicrc_cec", "words"]))
        total_instr = f"{credit:g}"
    else:
        total_instr = d.hours_number()
        award = (
            f"{total_instr} {d.pick(['CEC hours', 'continuing education hours', 'credit hours'])}"
        )
    for i in range(len(chunks), d.pick([4, 5, 5])):
        rows.append(f"<tr><td>{i + 1}</td>" + "<td></td>" * 9 + "</tr>")
    rows.append(
        f"<tr class='t'><td class='l' colspan='6'>{d.pick(['Totals', 'Total for class'])}</td>"
        f"<td>{on_total:g}</td><td>{total_instr}</td><td></td><td></td></tr>"
    )
    score = r.randrange(74, 99)
    exam_len = d.pick([1, 1, 1.5, 2])
    return {
        "head": d.fonts[d.pick(["serif", "display", "sans"])],
        "track": d.pick(["0", "1", "1.5"]),
        "ink": d.pick(["#1f3a8a", "#222", "#2b2b6b"]),
        "row_h": str(d.pick([38, 42, 46])),
        "provider": provider,
        "heading": d.pick(
            ["Student Attendance Log", "Attendance & Hours Verification", "Daily Sign-In Record"]
        ),
        "sub": d.pick(
            [
                "Complete daily. Student and instructor initial each day.",
                "Instructor keeps the original; a copy goes in the student file.",
            ]
        ),
        "title": title,
        "dates": dates,
        "location": d.pick([d.venue(), d.city(), f"Training center, {d.city()}"]),
        "classno_label": d.pick(["Class no.", "Roster no.", "Section"]),
        "class_no": f"{d.completed.year % 100}-{r.randrange(100, 999)}",
        "name": d.name(d.pick(["plain", "upper", "last_first"])),
        "company": d.pick(COMPANIES),
        "instructor": instructor,
        "seat_label": d.pick(["Seat", "Student no."]),
        "seat": str(r.randrange(1, 40)),
        "onsite_h": d.pick(["Hrs on site", "Time present"]),
        "instr_h": d.pick(["Instr. hrs", "Class hrs"]),
        "rows_html": "".join(rows),
        "exam_label": d.pick(["Exam:", "Written exam:", "Final test:"]),
        "exam": f"{score}% \u00b7 {d.pick(['pass', 'PASS', 'passed'])} \u00b7 {exam_len:g} hr {d.pick(['proctored', 'sitting'])}, not counted",
        "rule": d.pick(
            [
                "Lunch, breaks and exam time are not instructional hours.",
                "Only instructional time is credited. Late arrival or early departure is deducted.",
            ]
        ),
        "award_label": d.pick(["Credit awarded", "Hours credited for this class", "Awarded"]),
        "award": award,
        "award_note": d.pick(
            ["for full attendance and a passing exam", "Certificate issued on completion", ""]
        ),
        "notes_label": d.pick(["Notes / make-up time", "Instructor notes", "Remarks"]),
        "notes_html": "<p>"
        + d.pick(
            [
                "",
                "Arrived late day 1, stayed through break to make up.",
                "Completed all hands-on stations.",
                "Lab time done on the drying floor.",
            ]
        )
        + "</p><p></p>",
        "instr_role": d.pick(["Instructor signature", "Instructor"]),
        "date_hand": F.fmt_date(d.completed, "us_short"),
        "foot": d.pick(["Keep for 5 years.", "Attendance records are kept with the class roster."]),
        "form_no": f"Form {d.pick(['ATT-2', 'SA-100', 'HV-7'])} rev. {r.randrange(2015, 2024)}",
    }
