"""A ruled index card from a school's student card file, typed on a
typewriter: the school's name and a file number typed above the red head
rule, then one typed entry per blue rule (the student surname first, the
course, the class days, the instructor, the exam score and the credit), a
filing date, a card number in the corner and a clerk's handwritten
initials. The card stock is slightly tinted and the typing sits a little
above each rule."""

SOURCE = (
    "maverickwoo/paperpad-templates:ruled/README.md (ruled sheet with a red margin rule) and "
    "the wording of restoration schools' student record cards"
)
KIND = "course"
PAPER = "slip"
CATEGORIES = (
    "slip",
    "landscape",
    "labelled",
    "record",
    "mono",
    "date-range",
    "distractor-person",
    "distractor-date",
    "handwriting",
)

TEMPLATE = """<style>
.ic { position:absolute; inset:0; background:${stock}; font: 14px ${mono}; color:#1f1f24 }
.ic:before { content:""; position:absolute; left:0; right:0; top:84px; bottom:0;
  background: repeating-linear-gradient(180deg, transparent 0 31px, #9fc3e0 31px 32px) }
.red { position:absolute; left:0; right:0; top:62px; border-top:2px solid #d9605f }
.head { position:absolute; left:26px; right:26px; top:24px; display:flex; justify-content:space-between; align-items:flex-end }
.head .o { font-weight:bold; font-size:15px; text-transform:uppercase; max-width:470px; line-height:18px }
.head .f { font-size:12px; text-align:right; line-height:16px }
.rows { position:absolute; left:26px; right:26px; top:86px }
.r { height:32px; line-height:32px; white-space:nowrap; position:relative; top:3px }
.r span { display:inline-block; width:${lw}px; color:#333 }
.ini { position:absolute; right:40px; bottom:14px; font: 30px ${hand}; color:#213a8f; transform:rotate(-6deg) }
.no { position:absolute; right:26px; top:40px; font-size:11px; color:#444 }
</style>
<div class="ic">
 <div class="head"><div class="o">${org}</div><div class="f">${file_label} ${file_no}</div></div>
 <div class="red"></div>
 <div class="rows">
  <div class="r"><span>${l_name}</span>${name}</div>
  <div class="r"><span>${l_course}</span>${title}</div>
  <div class="r"><span>${l_dates}</span>${dates}</div>
  <div class="r"><span>${l_inst}</span>${instructor}</div>
  <div class="r"><span>${l_exam}</span>${exam}</div>
  <div class="r"><span>${l_credit}</span>${hours}</div>
  <div class="r"><span>${l_filed}</span>${filed} &nbsp; ${clerk_label} ${clerk}</div>
 </div>
 <div class="ini">${initials}</div>
</div>
"""


def fill(d):
    r = d.rng
    clerk = d.person()
    colon = d.pick([":", ".", ""])
    labels = d.pick(
        [
            ("NAME", "COURSE", "CLASS DATES", "INSTRUCTOR", "EXAM", "CREDIT", "FILED"),
            ("STUDENT", "CLASS", "HELD", "TAUGHT BY", "TEST", "CE HRS", "ENTERED"),
            ("Name", "Course", "Dates", "Instructor", "Exam", "Credit", "Posted"),
        ]
    )
    lab = [f"{x}{colon}" for x in labels]
    return {
        "stock": d.pick(["#fbf8ee", "#fffdf7", "#f7f4ea", "#fdfbf3"]),
        "lw": d.pick([150, 165]),
        "org": d.provider(d.pick([None, "upper"])),
        "file_label": d.pick(["FILE", "Card No.", "STUDENT #"]),
        "file_no": f"{r.randrange(1000, 9999)}-{r.choice('ABCDEFGH')}",
        "l_name": lab[0],
        "name": d.name(d.pick(["last_first", "last_first", "upper", "plain"])),
        "l_course": lab[1],
        "title": d.title(d.pick(["plain", "code_first", "with_code"])),
        "l_dates": lab[2],
        "dates": d.date_range(d.pick([1, 2, 2])),
        "l_inst": lab[3],
        "instructor": d.person(),
        "l_exam": lab[4],
        "exam": d.pick([f"{r.randrange(78, 99)}% PASS", f"{r.randrange(78, 99)} / 100", "PASSED"]),
        "l_credit": lab[5],
        "hours": d.hours(d.pick(["credit_hours", "hrs", "cecs", "cec_hours"])),
        "l_filed": lab[6],
        "filed": d.other_date("issue", d.pick(["us_numeric", "us_short", "dd_mon_yyyy"])),
        "clerk_label": d.pick(["by", "clerk", "/"]),
        "clerk": clerk,
        "initials": "".join(p[0] for p in clerk.split() if p[0].isalpha())[:3],
    }
