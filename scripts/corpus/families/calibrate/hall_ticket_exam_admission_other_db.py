"""An examination admission ticket (hall ticket): the testing school's name
and the ticket's title across the top, a bordered table with the programme
and its code, the candidate's particulars on the left and a ticket number,
photo box and signature box on the right, the exam date, reporting time
and centre, and numbered instructions. It admits to an exam; it records no
credit."""

SOURCE = "ynsingh/repos:brihaspati/trunk/brihCI/application/SLCMS/views/enterence/stu_hallticketpdfdw.php"
KIND = "other"
PAPER = "half-letter"
CATEGORIES = ("other", "table", "labelled", "landscape", "slip")

TEMPLATE = """<style>
.w { position:absolute; inset:24px 32px; font:14px ${serif}; color:#111 }
.hd { text-align:center; border-bottom:2px solid ${dark}; padding-bottom:4px }
.hd .o { font:bold 21px ${serif}; color:${dark} } .hd .t { font:bold 15px ${sans}; margin-top:2px; letter-spacing:1px; text-transform:uppercase }
table { width:100%; border-collapse:collapse; margin-top:12px } td { border:1px solid #333; padding:6px 8px; vertical-align:top }
td.c { text-align:center; font-weight:bold; background:${light} }
.k { color:#444; font-size:12.5px } .v { font-weight:bold; font-size:15px; line-height:19px }
.ph { height:124px; border:1px dashed #666; display:flex; align-items:center; justify-content:center; color:#777; font-size:10px; margin:3px 0 }
.sg { height:40px; border:1px dashed #666; font-size:10px; color:#777; display:flex; align-items:flex-end; justify-content:center }
ol { margin:10px 0 0; padding-left:20px; font-size:12px; line-height:16px }
</style>
<div class="w">
 <div class="hd"><div class="o">${org}</div><div class="t">${heading}</div></div>
 <table>
  <tr><td class="c">Program: ${exam}</td><td class="c" style="width:30%">Program code: ${code}</td></tr>
  <tr><td>
   <div class="k">Candidate name</div><div class="v">${name}</div>
   <div class="k" style="margin-top:8px">IICRC registrant no.</div><div class="v">${reg}</div>
   <div class="k" style="margin-top:8px">Prerequisite course</div><div class="v">${title} &middot; ${hours}</div>
   <div class="k" style="margin-top:8px">Date of examination</div><div class="v">${exam_date} &middot; report by ${report}</div>
   <div class="k" style="margin-top:8px">Examination centre</div><div class="v">${centre}</div>
  </td><td><div class="k">Ticket number</div><div class="v">${ticket}</div><div class="ph">affix photo</div><div class="sg">candidate signature</div></td></tr>
 </table>
 <ol>${rules_html}</ol>
</div>
"""


def fill(d):
    code = d.code or d.pick(["WRT", "ASD", "AMRT", "FSRT"])
    exam = {
        "WRT": "Water Damage Restoration",
        "ASD": "Applied Structural Drying",
        "AMRT": "Applied Microbial Remediation",
        "FSRT": "Fire and Smoke Restoration",
    }.get(code, d.course)
    rules = [
        "Bring this ticket and a government-issued photo ID. Candidates without both will not be seated.",
        "Doors close fifteen minutes after the reporting time.",
        "Phones, notes and course manuals are not allowed in the room.",
        "Results are posted by the certifying body; this ticket is not a certificate.",
    ]
    return {
        "org": d.provider(),
        "heading": d.pick(["Examination Admission Ticket", "Hall Ticket — Certification Exam"]),
        "exam": f"{exam} certification examination",
        "code": f"{code}-EX",
        "name": d.name(d.pick(["upper", "plain", "last_first"])),
        "reg": d.number(),
        "title": d.title("plain"),
        "hours": d.hours(d.pick(["cec_hours", "hours_title", "hrs"])),
        "exam_date": d.date(d.pick(["long", "weekday", "us_numeric"])),
        "report": d.pick(["8:00 a.m.", "12:30 p.m.", "7:45 a.m."]),
        "centre": f"{d.venue()}" if d.chance(0.4) else f"{d.address()[0]}, {d.city()}",
        "ticket": d.number("HT-"),
        "rules_html": "".join(f"<li>{x}</li>" for x in rules),
    }
