"""A half-sheet attendance verification torn from a class pad: the school's
name and a form number in the top corners, "Verification of Attendance", the
participant's name and licence number written in by hand on ruled lines,
arrival and departure times, the course and the credit typed in, and the
instructor's signature with the instructor's printed name under it."""

SOURCE = (
    "https://support.surgentcpe.com/hc/en-us/articles/14822207297421 (attendance verification form: "
    "printed names, arrival and departure times, signatures)"
)
KIND = "course"
PAPER = ["half-letter", "slip"]
CATEGORIES = ("slip", "labelled", "handwriting", "distractor-person", "landscape")

TEMPLATE = """<style>
.w { position:absolute; inset:22px 30px; font: 13px ${sans}; color:#111 }
.top { display:flex; justify-content:space-between; font-size:11px; color:#333 } .top b { font-size:14px; color:#000 }
h2 { text-align:center; font: bold 19px ${serif}; margin:14px 0 18px; letter-spacing:0.5px }
.ln { display:flex; align-items:flex-end; margin:13px 0 } .ln span { white-space:nowrap; margin-right:8px; font-size:12px }
.ln .f { flex:1; border-bottom:1px solid #000; min-height:24px; padding-left:6px }
.hand { font-family:${hand}; font-size:21px; color:#1c2f7a; line-height:24px }
.typed { font-size:13.5px; font-weight:bold }
.row { display:flex; gap:20px } .row .ln { flex:1 }
.sig { display:flex; gap:24px; margin-top:26px } .sig div { flex:1 }
</style>
<div class="w">
 <div class="top"><b>${org}</b><span>${form}</span></div>
 <h2>${heading}</h2>
 <div class="ln"><span>${name_label}</span><div class="f hand">${name}</div></div>
 <div class="row"><div class="ln"><span>License #</span><div class="f hand">${license}</div></div>
  <div class="ln"><span>Time in</span><div class="f hand">${time_in}</div></div>
  <div class="ln"><span>Time out</span><div class="f hand">${time_out}</div></div></div>
 <div class="ln"><span>${course_label}</span><div class="f typed">${title}</div></div>
 <div class="row"><div class="ln"><span>${date_label}</span><div class="f typed">${date}</div></div>
  <div class="ln"><span>${credit_label}</span><div class="f typed">${hours}</div></div></div>
 <div class="sig"><div class="ln"><span>Instructor</span><div class="f hand">${instructor}</div></div>
  <div class="ln"><span>Print</span><div class="f">${instructor}</div></div></div>
</div>
"""


def fill(d):
    r = d.rng
    start = r.choice([7, 8, 9])
    end = start + max(1, int(d.credit)) + 1
    return {
        "org": d.provider(),
        "form": f"Form AV-{r.randrange(10, 99)}",
        "heading": d.pick(
            ["Verification of Attendance", "Attendance Verification", "Class Attendance Record"]
        ),
        "name_label": d.pick(["Participant (print)", "Name", "Attendee"]),
        "name": d.name("plain"),
        "license": f"{r.randrange(10000, 999999)}",
        "time_in": f"{start}:{r.choice(['00', '05', '10'])} am",
        "time_out": f"{end % 12 or 12}:{r.choice(['00', '15', '30'])} {'pm' if end >= 12 else 'am'}",
        "course_label": d.pick(["Course", "Course title", "Class"]),
        "title": d.title(),
        "date_label": d.pick(["Date", "Class date"]),
        "date": d.date(d.pick(["us_numeric", "long", "us_short"])),
        "credit_label": d.pick(["Credit", "CE hours", "CECs"]),
        "hours": d.hours_number(),
        "instructor": d.person(),
    }
