"""Not a certificate: a slip-size admission ticket for a certification
exam sitting at a distributor's training center. A header with "Admission
Ticket" and the exam session, a photo box, a bordered grid of candidate,
exam, exam date, report time, seat and test center, a barcode, numbered
candidate instructions and a line that it is valid for that sitting only."""

SOURCE = (
    "raj6899/website:resources/views/admit_card.blade.php (bordered admit card: institution and "
    "exam-centre header, candidate details table beside a photo cell, instructions, signatures)"
)
KIND = "other"
PAPER = "slip"
CATEGORIES = ("other", "slip", "labelled", "table", "landscape", "barcode", "distractor-date")

TEMPLATE = """<style>
.w { position:absolute; inset:12px 14px; border:2px solid #222; font: 11px ${sans}; color:#111 }
.hd { display:flex; justify-content:space-between; align-items:center; padding:6px 10px; border-bottom:2px solid #222; background:${light} }
.hd .a { font: bold 18px ${cond}; letter-spacing:1.5px; text-transform:uppercase }
.hd .b { text-align:right; font-size:10.5px; line-height:13px }
.body { display:flex; gap:10px; padding:8px 10px }
.ph { width:84px; height:104px; border:1px dashed #666; font-size:9px; color:#777; display:flex; align-items:center; justify-content:center; text-align:center; flex:none }
table { border-collapse:collapse; flex:1 } td { border:1px solid #888; padding:3px 6px; vertical-align:top; line-height:14px }
td.k { background:#f1f1f1; font-size:9.5px; text-transform:uppercase; color:#444; width:90px; white-space:nowrap }
td.v { font-weight:bold; font-size:11.5px }
.bc { text-align:center; width:130px; flex:none; font: 10px ${mono} }
.bc .bars { height:46px; margin-bottom:2px; background: repeating-linear-gradient(90deg, #000 0 2px, #fff 2px 3px, #000 3px 4px, #fff 4px 7px, #000 7px 10px, #fff 10px 11px) }
.ins { padding:0 10px; font-size:9.5px; line-height:12.5px } .ins ol { margin:2px 0 0; padding-left:16px }
.sigs { position:absolute; left:10px; right:10px; bottom:24px; display:flex; gap:40px; font-size:9px; color:#444 }
.sigs div { flex:1; border-top:1px solid #444; padding-top:2px }
.ft { position:absolute; left:10px; right:10px; bottom:5px; font-size:9px; display:flex; justify-content:space-between; color:#333 }
</style>
<div class="w">
 <div class="hd"><div class="a">${heading}</div><div class="b"><b>${center}</b><br>${session}</div></div>
 <div class="body">
  <div class="ph">Affix<br>passport<br>photo</div>
  <table>
   <tr><td class="k">Candidate</td><td class="v">${name}</td></tr>
   <tr><td class="k">Examination</td><td class="v">${exam}</td></tr>
   <tr><td class="k">Exam date</td><td class="v">${exam_date}</td></tr>
   <tr><td class="k">Report by</td><td class="v">${report}</td></tr>
   <tr><td class="k">Seat / Room</td><td class="v">${seat}</td></tr>
   <tr><td class="k">Test center</td><td class="v">${place}</td></tr>
  </table>
  <div class="bc"><div class="bars"></div>${cand_no}<br><br>Proctor:<br>${proctor}</div>
 </div>
 <div class="ins"><b>Instructions</b><ol>${ins_html}</ol></div>
 <div class="sigs"><div>Candidate signature (sign in front of the proctor)</div><div>Proctor: ID checked / time in</div></div>
 <div class="ft"><span>${valid}</span><span>Issued ${issued}</span></div>
</div>
"""


def fill(d):
    from datetime import timedelta

    from corpus.formats import fmt_date

    street, town = d.address()
    exam_day = d.completed + timedelta(days=d.pick([0, 0, 1, 7]))
    items = [
        "Bring this ticket and a government-issued photo ID.",
        "Arrive by the report time; late candidates are not admitted.",
        "Phones, notes and smart watches must stay in your bag.",
        "Only a basic calculator is permitted.",
        "Results are released by the certifying body, not at the test center.",
    ]
    return {
        "heading": d.pick(["Admission Ticket", "Exam Admission Card", "Candidate Admit Slip"]),
        "center": d.provider(),
        "session": d.pick(["Certification exam sitting", "Proctored exam session"])
        + f" #{d.rng.randrange(100, 999)}",
        "name": d.name(d.pick(["upper", "last_first", "plain"])),
        "exam": d.title(d.pick(["plain", "with_code", "code_first"])) + " — written exam",
        "exam_date": fmt_date(exam_day, d.pick(["weekday", "long", "us_numeric"])),
        "report": d.pick(["12:30 PM", "8:00 AM", "1:00 PM", "7:45 AM"]),
        "seat": f"{d.pick(['A', 'B', 'C'])}-{d.rng.randrange(1, 30):02d} / {d.pick(['Classroom 1', 'Training Room', 'Lab 2'])}",
        "place": f"{street}, {town}",
        "cand_no": d.number("CN "),
        "proctor": d.person(),
        "ins_html": "".join(f"<li>{i}</li>" for i in d.rng.sample(items, 4)),
        "valid": d.pick(
            [
                "Valid for the sitting shown only.",
                "This ticket is not a certificate or score report.",
            ]
        ),
        "issued": d.other_date("registered", "us_numeric"),
    }
