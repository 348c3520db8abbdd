"""A registrar's record slip from a school's student office: a wordmark
block (the school's name only in the logo), "Student Course Record" and a
record number, a one-row table with the student, the course, the completion
date, clock hours and CECs in separate columns, and the approval number,
then the registrar's name and a note that the slip is a record extract."""

SOURCE = (
    "rtharayil/certify-me.github.io:_certificate-templates/distinguished-continuing-education-"
    "credit-certificate.md (participant, course, CEU credits, completion date, certificate ID, "
    "logo) and chamilo/chamilo-lms:main/template/default/skill/issued.tpl (acquired-at record)"
)
KIND = "course"
PAPER = ["slip", "half-letter"]
CATEGORIES = (
    "slip",
    "record",
    "table",
    "landscape",
    "provider-in-logo",
    "distractor-person",
)

TEMPLATE = """<style>
.w { position:absolute; inset:20px 26px; font: 12px ${sans}; color:#222 }
.top { display:flex; justify-content:space-between; align-items:center; border-bottom:2px solid ${dark}; padding-bottom:7px }
.lg { display:flex; align-items:center; gap:8px }
.lg .sq { width:30px; height:30px; background:${accent}; transform:rotate(45deg); flex:none; margin:0 6px }
.lg .wm { font: bold 15px ${display}; color:${dark}; letter-spacing:1px; line-height:17px; white-space:nowrap }
.rt { text-align:right } .rt b { font: bold 14px ${sans}; letter-spacing:1px } .rt div { font-size:10.5px; color:#555 }
table { width:100%; border-collapse:collapse; margin-top:12px }
th { font-size:9.5px; text-transform:uppercase; color:#555; text-align:left; border-bottom:1px solid #999; padding:3px 4px }
td { padding:6px 4px; border-bottom:1px solid #ccc; font-size:12px; vertical-align:top }
.n { text-align:right; white-space:nowrap }
.ap { margin-top:8px; font-size:11.5px }
.bt { position:absolute; left:0; right:0; bottom:0; display:flex; justify-content:space-between; align-items:flex-end; font-size:10.5px }
.bt .s { border-top:1px solid #333; padding-top:2px; width:200px } .fine { font-size:8.5px; color:#666; max-width:260px; text-align:right }
</style>
<div class="w">
 <div class="top"><div class="lg"><div class="sq"></div><div class="wm">${org}</div></div>
  <div class="rt"><b>${heading}</b><div>Record no. ${record} · printed ${printed}</div></div></div>
 <table><tr><th>Student</th><th>Course</th><th>Completed</th><th class="n">Clock hrs</th><th class="n">CECs</th></tr>
  <tr><td>${name}</td><td>${title}</td><td>${date}</td><td class="n">${clock}</td><td class="n">${hours}</td></tr></table>
 <div class="ap">Course approval no.: <b>${approval}</b> &nbsp;·&nbsp; Instructor: ${instructor}</div>
 <div class="bt"><div><div style="font: 20px ${hand}; color:#1b2a6b">${registrar}</div><div class="s">${registrar}, Registrar</div></div>
  <div class="fine">${fine}</div></div>
</div>
"""


def fill(d):
    from corpus.formats import fmt_number

    clock = d.credit + d.pick([0.5, 1, 1, 2])
    return {
        "org": d.provider("upper"),
        "heading": d.pick(["STUDENT COURSE RECORD", "RECORD OF TRAINING", "COURSE RECORD EXTRACT"]),
        "record": d.number(),
        "printed": d.other_date("print", "us_numeric"),
        "name": d.name(d.pick(["plain", "last_first", "upper"])),
        "title": d.title(d.pick(["plain", "code_first"])),
        "date": d.date(d.pick(["us_numeric", "iso", "dd_mon_yyyy", "short_month"])),
        "clock": fmt_number(clock, d.rng, False),
        "hours": d.hours_number(),
        "approval": d.approval(),
        "instructor": d.person(),
        "registrar": d.person(),
        "fine": d.pick(
            [
                "Extract of the student record. Clock hours include breaks and the exam; "
                "only CECs count toward renewal.",
                "This slip reproduces the school's record. Not valid if altered.",
            ]
        ),
    }
