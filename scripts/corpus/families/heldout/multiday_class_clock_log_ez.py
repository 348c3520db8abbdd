"""A school's clock-hour log for one student in one class, landscape: a
narrow header with the school's name at the left and the form's title and
form number at the right, a ruled grid of class particulars (student,
class, instructor, location, class dates), then one row per class day with
arrival, lunch out and in, departure, minutes late or early, the day's clock
hours and the student's and instructor's initials in ink. Under the grid a
reconciliation from the total clock hours to the credit: the breaks and the
written exam taken off, the scheduled hours and the attendance rule, and
the credit hours awarded in a box. Only that boxed figure is the credit."""

SOURCE = (
    "melvin1123/ojt-dtr-journal2:docs/Dtr.md (daily time record: clock in and out for morning "
    "and afternoon sessions, automatic total of rendered hours) and the wording of IICRC "
    "school attendance logs (sign-in and sign-out per class day, instructor verification, "
    "exam time not counted toward continuing-education hours)"
)
KIND = "course"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "record",
    "table",
    "time-log",
    "hours-by-time",
    "landscape",
    "labelled",
    "date-range",
    "distractor-person",
    "handwriting",
)

TEMPLATE = """<style>
.w { position:absolute; inset:32px 40px 26px; font: 13px ${face}; color:#161616 }
.hd { display:flex; justify-content:space-between; align-items:center; padding-bottom:6px; border-bottom:${hd_rule} }
.hd .o { font: bold 19px ${head}; color:${dark} } .hd .o small { display:block; font: 11px ${face}; color:#555; margin-top:1px }
.hd .t { text-align:right; font: bold 16px ${head}; letter-spacing:.6px } .hd .t small { display:block; font: 10px ${mono}; color:#666; letter-spacing:0 }
.pt { display:grid; grid-template-columns: 1.2fr 1.8fr 1fr; margin-top:10px; border-top:1px solid #777; border-left:1px solid #777 }
.pt div { border-right:1px solid #777; border-bottom:1px solid #777; padding:3px 8px; font-size:13px; min-height:34px }
.pt i { display:block; font-style:normal; font-size:9px; text-transform:uppercase; letter-spacing:.5px; color:#666 }
table.log { width:100%; border-collapse:collapse; margin-top:12px }
.log th { background:${thbg}; color:${thfg}; font-size:10px; text-transform:uppercase; letter-spacing:.4px; padding:5px 5px; border:1px solid #777; text-align:center }
.log td { border:1px solid #999; padding:6px 6px; text-align:center; font-size:13px; height:46px }
.log td.l { text-align:left; font-size:11px; line-height:14px; color:#333; width:22% } .log td.hw { font: 20px ${hand}; color:${ink}; padding:0 }
.log td.b { font-weight:bold }
.low { display:flex; gap:22px; margin-top:22px; align-items:flex-start }
.rec { width:420px; border:1px solid #777 }
.rec div { display:flex; justify-content:space-between; padding:4px 10px; border-bottom:1px solid #ccc; font-size:13px }
.rec div.cr { background:${light}; font-weight:bold; font-size:15px; border-top:2px solid #333; border-bottom:none; padding:7px 10px }
.nt { flex:1; font-size:11.5px; line-height:16px; color:#333 }
.nt b { display:block; font-size:10.5px; text-transform:uppercase; letter-spacing:.5px; color:${dark}; margin-bottom:2px }
.sg { display:flex; gap:30px; margin-top:34px }
.sg div { flex:1; font-size:10px; color:#555; text-transform:uppercase; letter-spacing:.4px }
.sg .h { margin-bottom:3px; height:28px; border-bottom:1px solid #333; font: 21px ${hand}; color:${ink}; text-transform:none; letter-spacing:0; white-space:nowrap; overflow:hidden; line-height:32px }
.ft { position:absolute; left:0; right:0; bottom:0; font-size:9px; color:#777; text-align:${ft_align} }
</style>
<div class="w">
 <div class="hd"><div class="o">${org}<small>${org_line}</small></div><div class="t">${heading}<small>${form_no}</small></div></div>
 <div class="pt">
  <div><i>Student</i>${name}</div><div><i>Class</i>${title}</div><div><i>${dates_label}</i>${dates}</div>
  <div><i>Instructor</i>${instructor}</div><div><i>Location</i>${location}</div><div><i>${id_label}</i>${student_id}</div>
 </div>
 <table class="log">
  <tr><th>${row_head}</th><th>Date</th><th>In</th><th>Lunch out</th><th>Lunch in</th><th>Out</th><th>Late / early (min)</th><th>${clock_head}</th><th>Covered</th><th>Student</th><th>Instr.</th></tr>
  ${rows_html}
 </table>
 <div class="low">
  <div class="rec">${rec_html}</div>
  <div class="nt"><b>${note_cap}</b>${note}</div>
 </div>
 <div class="sg">
  <div><div class="h">${sig_name}</div>Student signature</div>
  <div><div class="h">${instructor}</div>Instructor signature</div>
 </div>
 <div class="ft">${foot}</div>
</div>
"""


TOPICS = [
    "Standards and terms",
    "Safety and PPE",
    "Inspection",
    "Psychrometry",
    "Equipment setup",
    "Moisture meters",
    "Containment",
    "Hands-on lab",
    "Documentation",
    "Cleaning agents",
    "Case studies",
    "Customer relations",
]


def _clock(mins: int) -> str:
    h, m = divmod(int(mins), 60)
    return f"{(h - 1) % 12 + 1}:{m:02d}"


def fill(d):
    from datetime import timedelta

    from corpus import formats as F

    r = d.rng
    credit = float(d.credit)
    ndays = 1 if credit <= 8 else 2 if credit <= 14 else 3
    # the credit in half-hour chunks per day
    base = int(credit * 2) // ndays
    chunks = [base / 2] * ndays
    chunks[-1] += (int(credit * 2) - base * ndays) / 2
    if credit * 2 != int(credit * 2):
        chunks[-1] += credit - int(credit * 2) / 2
    exam = float(d.pick([0.5, 1, 1, 1.5]))
    breaks, rows, clock_total = 0.0, [], 0.0
    first = d.completed - timedelta(days=ndays - 1)
    dstyle = d.pick(["us_short", "us_numeric", "dd_mon_yyyy"])
    initials = "".join(p[0] for p in d.plain_name.replace("-", " ").split()[:3])
    instr = d.person()
    instr_init = "".join(p[0] for p in instr.split()[:3])
    pool = r.sample(TOPICS, len(TOPICS))
    per = max(1, len(pool) // ndays - 1)
    topics = [", ".join(pool[i * per : i * per + d.pick([2, 3])]) for i in range(ndays)]
    topics[-1] += d.pick(["; written exam", "; review and exam", "; exam"])
    for i, chunk in enumerate(chunks):
        extra = float(d.pick([0.25, 0.5, 0.5, 0.75]))
        if i == ndays - 1:
            extra += exam
        breaks += extra - (exam if i == ndays - 1 else 0)
        hours = chunk + extra
        clock_total += hours
        start = d.pick([465, 470, 480, 480, 485, 495])
        lunch = 0 if hours < 5 else d.pick([30, 30, 45, 60])
        end = start + int(round(hours * 60)) + lunch
        late = start - 480
        lo = d.pick([690, 705, 720, 720]) if lunch else None
        rows.append(
            f"<tr><td>{'Day ' + str(i + 1) if ndays > 1 else d.pick(['1', 'Day 1'])}</td>"
            f"<td>{F.fmt_date(first + timedelta(days=i), dstyle)}</td>"
            f"<td>{_clock(start)}</td><td>{_clock(lo) if lunch else '—'}</td>"
            f"<td>{_clock(lo + lunch) if lunch else '—'}</td><td>{_clock(end)}</td>"
            f"<td>{'+' + str(late) if late > 0 else ('0' if late == 0 else '—')}</td>"
            f"<td class='b'>{hours:.2f}</td><td class='l'>{topics[i]}</td><td class='hw'>{initials}</td>"
            f"<td class='hw'>{instr_init}</td></tr>"
        )
    scheduled = clock_total + d.pick([0, 0.5, 1])
    dates = d.date_range(ndays - 1) if ndays > 1 else d.date(d.pick(["long", "us_numeric"]))
    hours_text = d.hours(d.pick(["cec_hours", "hours_title", "hrs", "iicrc_cec", "cecs"]))
    rec = [
        ("Total clock hours recorded", f"{clock_total:.2f}"),
        ("Less breaks (non-instructional)", f"− {breaks:.2f}"),
        ("Less written exam", f"− {exam:.2f}"),
    ]
    if d.chance(0.5):
        rec.insert(0, ("Scheduled class hours", f"{scheduled:.2f}"))
    rec_html = "".join(f"<div><span>{k}</span><span>{v}</span></div>" for k, v in rec)
    rec_html += (
        f"<div class='cr'><span>{d.pick(['Credit hours awarded', 'CE credit awarded', 'Approved credit'])}"
        f"</span><span>{hours_text}</span></div>"
    )
    venue = d.pick(
        [d.venue(), f"{d.pick(['Training room B', 'Lab 2', 'Main classroom'])}, {d.city()}"]
    )
    return {
        "face": d.fonts[d.pick(["sans", "sans", "cond"])],
        "head": d.fonts[d.pick(["sans", "serif", "display"])],
        "mono": d.fonts["mono"],
        "hand": d.fonts["hand"],
        "ink": d.pick(["#1c2f78", "#1a1a1a", "#223a8a"]),
        "hd_rule": d.pick(["2px solid #222", "3px double #333", "4px solid " + d.colors["dark"]]),
        **dict(
            zip(
                ("thbg", "thfg"),
                d.pick(
                    [("#e9e9e9", "#111"), (d.colors["dark"], "#fff"), (d.colors["light"], "#222")]
                ),
                strict=True,
            )
        ),
        "org": d.provider(),
        "org_line": f"{d.city()} · {d.phone()}",
        "heading": d.pick(["Student Attendance Log", "Clock-Hour Record", "Daily Sign-In Record"]),
        "form_no": f"Form {d.pick(['ATT', 'CH', 'SR'])}-{r.randrange(1, 30):02d}",
        "name": d.name(d.pick(["plain", "plain", "upper"])),
        "title": d.title(d.pick(["plain", "with_code"])),
        "dates_label": d.pick(["Class dates", "Dates", "Held"]),
        "dates": dates,
        "instructor": instr,
        "location": venue,
        "id_label": d.pick(["Student no.", "Seat", "Reg. no."]),
        "student_id": f"{r.randrange(1, 40)}" if d.chance(0.3) else f"{r.randrange(10000, 99999)}",
        "row_head": d.pick(["Day", "Day", "#"]),
        "clock_head": d.pick(["Clock hrs", "Hours", "Time in class"]),
        "rows_html": "".join(rows),
        "rec_html": rec_html,
        "note_cap": d.pick(["Attendance rules", "How credit is figured", "Notes"]),
        "note": d.pick(
            [
                "Credit is awarded for instructional time only. Breaks, lunch and the written exam "
                "are not instructional. Students absent more than 10% of scheduled time receive no "
                "credit and may re-sit the missed portion.",
                "Students sign in and out each day; the instructor initials each line. Late arrivals "
                "over 15 minutes are made up at the end of the day. Exam time is logged but not credited.",
                "Clock hours are rounded to the quarter hour. The credit shown is the approved "
                "instructional time for the class, not the time on site.",
            ]
        ),
        "sig_name": d.plain_name,
        "foot": d.pick(
            [
                "Original kept by the school for three years. Copy to student on request.",
                "Make no changes after the instructor's initials. Corrections in ink, initialed.",
            ]
        ),
        "ft_align": d.pick(["left", "center"]),
    }
