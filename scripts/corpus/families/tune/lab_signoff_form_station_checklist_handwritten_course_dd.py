"""A filled-in course sign-off form from a show's hands-on lab area, portrait:
a plain typeset header (show name, "Hands-On Lab Completion Record"), boxed
fields whose values are written by hand (name in a script hand, course,
date, credit), a ruled checklist table of lab stations with initials in
each row, and an instructor's signature and IICRC instructor number."""

SOURCE = (
    "markjordanugtongspc/spc-qr-code-attendance:resources/views/AttendanceLog.blade.php "
    "(ruled log table); wording: hands-on lab completion forms filled in by instructors "
    "at restoration trade-show training pavilions"
)
KIND = "course"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "labelled",
    "table",
    "portrait",
    "script-name",
    "handwriting",
    "distractor-person",
    "form",
)

TEMPLATE = """<style>
.w { position:absolute; inset:54px 58px; font: 13px ${sans}; color:#111 }
.hd { display:flex; justify-content:space-between; align-items:flex-end; border-bottom:3px solid #111; padding-bottom:8px }
.hd .ev { font: bold 15px ${sans}; text-transform:uppercase; letter-spacing:1px }
.hd .sub { font-size:11px; color:#444; margin-top:2px }
.hd .fno { font: 10px ${mono}; text-align:right; color:#333 }
h1 { font: bold 24px ${head}; margin:18px 0 4px }
.ins { font-size:11.5px; color:#333; margin-bottom:14px }
.grid { display:grid; grid-template-columns: 1fr 1fr; border:1.5px solid #111; border-bottom:none }
.f { border-bottom:1.5px solid #111; padding:4px 8px 6px; min-height:56px }
.f.full { grid-column: 1 / 3 } .f + .f.half2 { border-left:1.5px solid #111 }
.f .lb { font: bold 9.5px ${sans}; letter-spacing:.8px; text-transform:uppercase; color:#333 }
.f .hw { font: ${hw_px}px ${hand}; color:${ink}; margin-top:2px; line-height:1.15 }
.f .nm { font: ${nm_px}px ${script}; color:${ink}; margin-top:0; line-height:1.2 }
table { width:100%; border-collapse:collapse; margin-top:20px; font-size:12px }
th { background:#e6e6e6; border:1px solid #111; padding:5px 6px; text-align:left; font-size:10.5px; text-transform:uppercase; letter-spacing:.5px }
td { border:1px solid #111; padding:5px 6px; height:28px }
td.i { font: 20px ${hand}; color:${ink}; text-align:center; width:78px }
.sig { display:flex; gap:30px; margin-top:26px }
.sig > div { flex:1 }
.sig .ink { font: 30px ${hand}; color:${ink}; height:40px; border-bottom:1px solid #111 }
.sig .cap { font-size:10.5px; color:#333; margin-top:3px }
.notes { margin-top:30px; border:1.5px solid #111; padding:6px 8px 10px }
.notes .lb { font: bold 9.5px ${sans}; letter-spacing:.8px; text-transform:uppercase; color:#333 }
.notes .ln { border-bottom:1px solid #999; height:28px }
.fine { position:absolute; left:58px; right:58px; bottom:30px; font-size:9px; color:#555; border-top:1px solid #999; padding-top:4px }
</style>
<div class="w">
 <div class="hd"><div><div class="ev">${event}</div><div class="sub">${sub}</div></div>
  <div class="fno">${form_no}<br>${rev}</div></div>
 <h1>${heading}</h1>
 <div class="ins">${instructions}</div>
 <div class="grid">
  <div class="f full"><div class="lb">${name_label}</div><div class="nm">${name}</div></div>
  <div class="f full"><div class="lb">${course_label}</div><div class="hw">${title}</div></div>
  <div class="f half1"><div class="lb">${date_label}</div><div class="hw">${date}</div></div>
  <div class="f half2"><div class="lb">${credit_label}</div><div class="hw">${hours}</div></div>
  <div class="f half1"><div class="lb">${school_label}</div><div class="hw">${org}</div></div>
  <div class="f half2"><div class="lb">${reg_label}</div><div class="hw">${reg}</div></div>
 </div>
 <table><tr><th style="width:34px">#</th><th>${station_head}</th><th>${time_head}</th><th>Initials</th></tr>${rows_html}</table>
 <div class="sig">
  <div><div class="ink">${inst_sig}</div><div class="cap">${inst_cap}: ${instructor} &middot; ${inst_no}</div></div>
  <div><div class="ink">${mon_sig}</div><div class="cap">${mon_cap}: ${monitor}</div></div>
 </div>
 <div class="notes"><div class="lb">${notes_label}</div><div class="ln"></div><div class="ln"></div><div class="ln"></div></div>
</div>
<div class="fine">${fine}</div>
"""

STATIONS = [
    "Moisture meter calibration and readings",
    "Psychrometric readings and GPP",
    "Extraction: truck-mount and portable",
    "Air mover and dehumidifier placement",
    "Containment build and negative air",
    "Cavity drying with injection system",
    "Hardwood floor drying mat setup",
    "Drying log and documentation",
    "PPE donning and doffing",
    "Thermal imaging walk-through",
]


def fill(d):
    r = d.rng
    event = d.pick(
        [
            "Restoration Industry Expo",
            "Cleaning & Restoration Summit",
            "Water Loss Conference",
            "Midwest Restoration Convention",
        ]
    )
    stations = r.sample(STATIONS, d.pick([4, 5]))
    initials = f"{d.first[0]}{d.last.replace('de la ', '').replace('van der ', '')[0]}".upper()
    rows = []
    hour = d.pick([8, 9])
    for i, s in enumerate(stations, 1):
        rows.append(
            f"<tr><td>{i}</td><td>{s}</td><td>{hour + i - 1}:{d.pick(['00', '15', '30'])}</td>"
            f'<td class="i">{initials}</td></tr>'
        )
    instructor = d.person()
    monitor = d.person()
    name = d.name("plain")
    return {
        "head": d.fonts[d.pick(["sans", "serif", "cond"])],
        "hw_px": d.pick([24, 26]),
        "nm_px": 32 if len(name) < 24 else 27,
        "ink": d.pick(["#1d3f8f", "#222", "#2a2a6e", "#0d2f5e"]),
        "event": f"{event} {d.completed.year}",
        "sub": f"Training Pavilion \u00b7 {d.venue()}",
        "form_no": d.pick(["Form HL-2", "Form TP-04", "LAB-1"]),
        "rev": f"Rev. {d.pick(['01', '03', '07'])}/{d.completed.year - 1}",
        "heading": d.pick(
            [
                "Hands-On Lab Completion Record",
                "Lab Course Sign-Off Sheet",
                "Skills Lab Verification",
            ]
        ),
        "instructions": d.pick(
            [
                "Student completes the top section. Instructor initials each station as it is finished.",
                "To be kept by the student. Instructor signs below when all stations are complete.",
            ]
        ),
        "name_label": d.pick(["Student name (print)", "Name", "Participant"]),
        "name": name,
        "course_label": d.pick(["Course", "Course title"]),
        "title": d.title(d.pick(["plain", "with_code"])),
        "date_label": d.pick(["Date completed", "Date"]),
        "date": d.date(d.pick(["us_numeric", "us_short", "long", "short_month"])),
        "credit_label": d.pick(["CEC hours", "CECs awarded", "Credit hours"]),
        "hours": d.hours_number(),
        "school_label": d.pick(["Training provider", "School", "Taught by"]),
        "org": d.provider(),
        "reg_label": d.pick(["IICRC reg. #", "Registrant no.", "IICRC #"]),
        "reg": f"{r.randrange(100000, 9999999)}",
        "station_head": d.pick(["Lab station", "Skill / station"]),
        "time_head": d.pick(["Time", "Start"]),
        "rows_html": "".join(rows),
        "inst_sig": instructor,
        "inst_cap": d.pick(["Instructor", "Lead instructor"]),
        "instructor": instructor,
        "inst_no": f"Instructor #{r.randrange(1000, 99999)}",
        "mon_sig": monitor,
        "mon_cap": d.pick(["Lab monitor", "Pavilion coordinator"]),
        "monitor": monitor,
        "notes_label": d.pick(["Instructor comments", "Notes", "Remediation / comments"]),
        "fine": d.pick(
            [
                "White copy: student \u00b7 Yellow copy: training provider \u00b7 Pink copy: show office",
                "Keep this record with your certificate. Incomplete forms are not accepted.",
            ]
        ),
    }
