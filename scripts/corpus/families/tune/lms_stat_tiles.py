"""An online course certificate built from an LMS's course-info shortcodes:
a dark top band with the school and the heading in white, the learner's name
in a script face, the course and the completion date, then a row of four
tiles the template fills from the gradebook: the final quiz percentage, the
points earned out of the total, the time spent in the course (hours and
minutes, not the credit), and the IICRC CEC hours, the credited figure. A
footer gives the certificate ID, a "valid for N years" line with the
expiry date, and a signature."""

SOURCE = (
    "https://developers.learndash.com/files/sfwd-lms_includes_shortcodes_ld_courseinfo-php/ "
    "([courseinfo] on certificates: course title, completed on, cumulative percentage, points, "
    "time spent) and https://developers.learndash.com/class/learndash_shortcodes_section_"
    "quizinfo ([quizinfo] score and percentage)"
)
KIND = "course"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "dark-band",
    "script-name",
    "landscape",
    "labelled",
    "distractor-date",
    "distractor-person",
)

TEMPLATE = """<style>
.band { position:absolute; left:0; right:0; top:0; height:150px; background:${dark}; color:#fff; text-align:center; padding-top:30px; font-family:${sans} }
.band .o { font-size:15px; letter-spacing:3px; text-transform:uppercase; opacity:0.9 }
.band h1 { font: 40px ${display}; margin:10px 0 0 }
.w { position:absolute; top:178px; left:70px; right:70px; bottom:44px; text-align:center; font: 15px ${sans}; color:#222 }
.nm { font: 54px ${script}; color:${dark}; margin:10px 0 6px }
.ti { font: bold 27px ${serif}; margin:14px 0 10px }
.dt { font-size:15px; color:#444 }
.tiles { display:flex; gap:22px; justify-content:center; margin-top:56px }
.t { width:186px; border:1px solid #ccc; border-top:4px solid ${accent}; background:${light}; padding:10px 6px 12px }
.t small { display:block; font-size:11px; text-transform:uppercase; letter-spacing:0.6px; color:#555 }
.t b { display:block; font-size:24px; margin-top:4px; color:#222 }
.bot { position:absolute; left:0; right:0; bottom:0; display:flex; justify-content:space-between; align-items:flex-end; font-size:12px; text-align:left }
.sig { width:32%; border-top:1px solid #333; padding-top:3px; position:relative; text-align:center }
.sig .h { position:absolute; top:-36px; left:0; right:0; font: 27px ${hand}; color:#1a2a6c }
</style>
<div class="band"><div class="o">${org}</div><h1>${heading}</h1></div>
<div class="w">
 <div>${pre}</div>
 <div class="nm">${name}</div>
 <div>${completed}</div>
 <div class="ti">${title}</div>
 <div class="dt">${date_label} ${date}</div>
 <div class="tiles">
  <div class="t"><small>${quiz_label}</small><b>${pct}%</b></div>
  <div class="t"><small>Points</small><b>${points} / ${total}</b></div>
  <div class="t"><small>Time spent</small><b>${spent}</b></div>
  <div class="t"><small>${cec_label}</small><b>${hours}</b></div>
 </div>
 <div class="bot">
  <div>${id_label} ${cert_id}<br>${valid} ${expiry}</div>
  <div class="sig"><div class="h">${signer}</div>${signer}<br>${role}</div>
 </div>
</div>
"""


def fill(d):
    from corpus.formats import fmt_date

    r = d.rng
    total = d.pick([50, 100, 120, 150, 200])
    pct = r.randrange(75, 101)
    points = round(total * pct / 100)
    spent = round(d.credit * 60 * r.uniform(0.7, 1.4))
    h, m = divmod(spent, 60)
    years = d.pick([2, 3, 3])
    expiry = d.completed.replace(year=d.completed.year + years, day=min(d.completed.day, 28))
    return {
        "org": d.provider(),
        "heading": d.pick(["Certificate of Completion", "Course Certificate"]),
        "pre": d.pick(["This certificate is awarded to", "Presented to", "Congratulations"]),
        "name": d.name("plain"),
        "completed": d.pick(["for completing the online course", "who has completed"]),
        "title": d.title(d.pick(["plain", "with_code"])),
        "date_label": d.pick(["Completed on", "Date:", "Completed"]),
        "date": d.date(d.pick(["long", "dmy_long", "short_month", "us_numeric"])),
        "quiz_label": d.pick(["Final quiz", "Score", "Final exam"]),
        "pct": f"{pct}",
        "points": f"{points}",
        "total": f"{total}",
        "spent": d.pick([f"{h}h {m:02d}m", f"{h}:{m:02d}:{r.randrange(10, 59)}", f"{spent} min"]),
        "cec_label": d.pick(["IICRC CEC hours", "IICRC CECs", "CEC hours earned"]),
        "hours": d.hours_number(),
        "id_label": d.pick(["Certificate ID:", "Verification code:"]),
        "cert_id": f"{r.randrange(16**7, 16**8):08x}".upper(),
        "valid": f"Valid for {years} years · expires",
        "expiry": fmt_date(expiry, "us_numeric"),
        "signer": d.person(),
        "role": d.pick(["Lead Instructor", "Director of Training", d.role()]),
    }
