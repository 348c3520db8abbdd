"""An extract of a school's class attendance register, landscape, issued to
one student of a multi-day course as the school's record of the class. The
school's name and "Attendance Register — Extract" head the page, then a
labelled strip with the course, the class days as a span, the class number,
the room or site and the instructor. The register itself has a column per
class day (its date over the day's scheduled hours), then hours attended,
exam result and CEC hours awarded; one row per seat. The student the
extract is for is named and shaded; the other seats keep their row numbers
and figures with the names blacked out. Most other seats missed part of a
day and are marked incomplete with no award. A certifying sentence repeats
the student's award, and the registrar signs with a date of issue."""

SOURCE = (
    "ghale-madayag/tnhs:sf2-print.php (printed attendance register: numbered learner rows, "
    "one column per class day, totals per learner) and "
    "Khanh19032002/PRJ301-Assignment:MyAssignment/web/view/AttendanceReport.jsp (attendance "
    "report: roll number, name, a column per session date, absence percentage); the register "
    "extracts training schools release to one student with other students' names withheld"
)
KIND = "course"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "record",
    "table",
    "labelled",
    "landscape",
    "date-range",
    "distractor-person",
    "sentence",
)

TEMPLATE = """<style>
.w { position:absolute; inset:34px 40px 30px; font: 12px ${face}; color:#1b1b1b }
.hd { display:flex; justify-content:space-between; align-items:flex-start }
.hd b { font: bold 20px ${head}; color:${dark}; display:block } .hd span { font-size:10.5px; color:#555 }
.hd h1 { margin:0; font: ${hw} 17px ${head}; text-align:right; color:#222 } .hd h1 small { display:block; font: 10.5px ${face}; color:#555; margin-top:3px }
.strip { display:flex; border:1px solid #777; margin:12px 0 10px }
.strip div { flex:1; padding:4px 8px; border-right:1px solid #bbb; font-size:12px }
.strip div.c { flex:2.3 } .strip div:last-child { border-right:0 }
.strip small { display:block; font-size:8.5px; color:#666; text-transform:uppercase; letter-spacing:.5px }
table { width:100%; border-collapse:collapse; font-size:${tpx}px }
th { background:${band}; color:${band_ink}; font-size:9.5px; padding:4px 4px; border:1px solid #777; text-align:center; font-weight:bold }
th.l { text-align:left } th small { display:block; font-weight:normal; font-size:9px }
td { border:1px solid #aaa; padding:4px 5px; text-align:center; height:${row_h}px }
td.l { text-align:left }
td.ini { font: 17px ${hand}; color:#1b2f6b; padding:0 }
tr.sg td { border-top:2px solid #555 }
td .bar { display:inline-block; height:11px; background:#111; vertical-align:middle }
tr.me td { background:${hi}; font-weight:bold }
.cert { margin-top:12px; font-size:12.5px; line-height:18px; max-width:80% }
.sig { position:absolute; right:0; bottom:24px; width:250px; border-top:1px solid #333; font-size:10px; padding-top:3px; color:#444; text-align:center }
.sig i { position:absolute; left:0; right:0; top:-30px; font: 22px ${hand}; font-style:normal; color:#1b2f6b }
.ft { position:absolute; left:0; bottom:0; font-size:8px; color:#666 }
.key { position:absolute; left:0; bottom:24px; font-size:9.5px; color:#444; line-height:13px; max-width:55% }
</style>
<div class="w">
 <div class="hd"><div><b>${school}</b><span>${school_line}</span></div>
  <h1>${doc_title}<small>${doc_sub}</small></h1></div>
 <div class="strip">
  <div class="c"><small>Course</small>${title}</div>
  <div class="c"><small>Class days</small>${span}</div>
  <div><small>Class no.</small>${class_no}</div>
  <div><small>Site</small>${site}</div>
  <div class="c"><small>Instructor</small>${instructor}</div>
 </div>
 <table>
  <tr><th style="width:4%">Seat</th><th class="l" style="width:22%">Student</th>${day_heads_html}<th>${att_head}</th><th>Exam</th><th>${award_head}</th></tr>
  ${rows_html}
 </table>
 <div class="cert">${cert}</div>
 <div class="key">${key}</div>
 <div class="sig"><i>${sig}</i>${registrar}, ${registrar_role} · ${issued}</div>
 <div class="ft">${footer}</div>
</div>
"""


def split_days(credit, n, rng):
    """Day lengths that add up to a little more than the credit (exam and
    review time on the last day count as attendance, not credit)."""
    base = credit / n
    days = [round(base * 2) / 2 for _ in range(n)]
    days[-1] = round((credit - sum(days[:-1])) * 2) / 2 + rng.choice([0.5, 1, 1])
    return [max(d, 0.5) for d in days]


def fill(d):
    import html
    from datetime import timedelta

    from corpus.formats import fmt_date

    e = html.escape
    r = d.rng
    credit = float(d.credit)
    n_days = 1 if credit < 5 else (2 if credit <= 14 else 3)
    sched = split_days(credit, n_days, r)
    span = (
        d.date_range(n_days - 1)
        if n_days > 1
        else d.date(d.pick(["long", "short_month", "weekday"]))
    )
    title = d.title()
    school = d.provider()
    day_dates = [d.completed - timedelta(days=n_days - 1 - i) for i in range(n_days)]
    dstyle = d.pick(["us_short", "short_month", "dd_mon_yyyy"])
    hstyle = d.pick(["{:g} h", "{:g} hrs", "{:g} h sched."])
    day_heads = "".join(
        f"<th>Day {i + 1}<small>{e(fmt_date(day, dstyle))} · {hstyle.format(h)}</small></th>"
        for i, (day, h) in enumerate(zip(day_dates, sched, strict=True))
    )
    full = sum(sched)
    me_seat = r.randint(1, 9)
    seats = d.pick([8, 9, 10, 11])
    me_seat = min(me_seat, seats)
    name = d.name(d.pick(["last_first", "plain", "upper"]))
    award_text = d.hours_number()
    rows = []
    instructor = d.person()
    others_full = 0
    for seat in range(1, seats + 1):
        if seat == me_seat:
            cells = "".join(f"<td>{h:g}</td>" for h in sched)
            rows.append(
                f"<tr class='me'><td>{seat}</td><td class='l'>{e(name)}</td>{cells}<td>{full:g}</td>"
                f"<td>{d.pick(['Pass', 'P', str(r.randint(76, 98)) + '%'])}</td><td>{e(award_text)}</td></tr>"
            )
            continue
        got = list(sched)
        complete = others_full == 0 and r.random() < 0.12
        others_full += complete
        if not complete:
            miss = r.randrange(n_days)
            got[miss] = max(0, got[miss] - r.choice([1, 1.5, 2, 3, got[miss]]))
        att = sum(got)
        if not complete and att == credit:
            got[0] = max(0, got[0] - 0.5)
            att = sum(got)
        exam = (
            d.pick(["Pass", "P", str(r.randint(72, 97)) + "%"])
            if complete or r.random() < 0.4
            else "—"
        )
        award = award_text if complete else d.pick(["—", "Incomplete", "0", "INC"])
        cells = "".join(f"<td>{h:g}</td>" if h else "<td>abs</td>" for h in got)
        bar = f"<span class='bar' style='width:{r.randint(70, 150)}px'></span>"
        rows.append(
            f"<tr><td>{seat}</td><td class='l'>{bar}</td>{cells}<td>{att:g}</td><td>{exam}</td><td>{e(award)}</td></tr>"
        )
    issued = fmt_date(d.completed + timedelta(days=r.randint(2, 40)), dstyle)
    band = d.pick([d.colors["dark"], "#d9d9d9", "#e8e2d0"])
    ini = "".join(w[0] for w in instructor.split()[:: len(instructor.split()) - 1])
    rows.append(
        "<tr class='sg'><td></td><td class='l'>Instructor initials</td>"
        + "".join(f"<td class='ini'>{e(ini)}</td>" for _ in sched)
        + "<td></td><td></td><td></td></tr>"
    )
    first = name if name == d.plain_name else f"{d.first} {d.last}"
    registrar = d.person()
    return {
        "face": d.fonts[d.pick(["sans", "cond", "sans", "serif"])],
        "head": d.fonts[d.pick(["serif", "display", "sans"])],
        "hw": d.pick(["bold", "normal"]),
        "band": band,
        "band_ink": "#fff" if band == d.colors["dark"] else "#1b1b1b",
        "hi": d.pick(["#fff2a8", "#dff0e3", "#e3ecfa"]),
        "tpx": d.pick(["12.5", "13", "13.5"]),
        "row_h": d.pick([30, 33, 36]),
        "school": school,
        "school_line": f"{d.address()[1]} · {d.phone()}",
        "doc_title": d.pick(
            [
                "Attendance Register — Extract",
                "Class Register (extract)",
                "Attendance Record Extract",
            ]
        ),
        "doc_sub": d.pick(
            [
                "Released to the student named; other names withheld",
                "Copy for student file",
                "Other students' names redacted",
            ]
        ),
        "title": title,
        "span": span,
        "class_no": f"{r.randrange(100, 999)}-{d.completed.strftime('%y')}",
        "site": d.pick(
            ["Training room B", "Main classroom", d.city(), "Warehouse lab", "Hotel meeting room"]
        ),
        "instructor": instructor,
        "day_heads_html": day_heads,
        "att_head": d.pick(["Hours attended", "Hrs present", "Attended"]),
        "award_head": d.pick(["CEC awarded", "CEC hours", "Credit awarded"]),
        "rows_html": "".join(rows),
        "cert": d.pick(
            [
                f"The register shows {first} present for every scheduled hour of the class and "
                f"awarded {award_text} CEC hours on passing the course exam.",
                f"Certified a true extract of the register for {first}. Credit awarded: "
                f"{award_text} hours. Seats marked incomplete received no credit.",
                f"{first} attended all class days and was awarded {award_text} continuing "
                "education hours.",
            ]
        ),
        "key": d.pick(
            [
                "Day columns give the scheduled hours under each date; hours attended include "
                "review and exam time. abs = absent. Credit is awarded only for full attendance.",
                "Scheduled hours shown under each class day. INC / — : incomplete, no credit "
                "awarded. Names of other students are withheld under the school's privacy policy.",
            ]
        ),
        "sig": registrar if d.chance(0.6) else "",
        "registrar": registrar,
        "registrar_role": d.pick(["Registrar", "Program Coordinator", "Director of Education"]),
        "issued": issued,
        "footer": d.pick(["Form REG-2X", f"Extract no. {r.randrange(1000, 9999)}", "Page 1 of 1"]),
    }
