"""An examination admission ticket on slip stock, not a certificate: a dark
band naming the test and "Admission Ticket", the candidate's name and ID
beside a photo box, the exam's course, date, report time and test site,
the prerequisite class hours, rules for the exam room and a barcode. It
records no completion and no credit."""

SOURCE = (
    "ynsingh/repos:brihaspati/trunk/brihCI/application/SLCMS/views/enterence/"
    "stu_hallticketpdfdw.php (hall ticket: programme, candidate details, ticket number, photo "
    "and signature boxes)"
)
KIND = "other"
PAPER = "slip"
CATEGORIES = ("other", "slip", "landscape", "labelled", "dark-band", "barcode")

TEMPLATE = """<style>
.w { position:absolute; inset:16px; border:1px solid #555; font-family:${sans}; color:#111 }
.band { background:${dark}; color:#fff; padding:8px 14px; display:flex; justify-content:space-between; align-items:baseline }
.band b { font: bold 17px ${sans}; letter-spacing:.5px } .band span { font-size:11px; letter-spacing:2px; text-transform:uppercase }
.body { display:flex; gap:14px; padding:10px 14px 0 }
.ph { width:96px; height:120px; border:1px dashed #777; font-size:9px; color:#777; display:flex; align-items:center; justify-content:center; text-align:center; flex:none }
table { border-collapse:collapse; font-size:13.5px; flex:1 } td { padding:3px 6px 3px 0; vertical-align:top } td:first-child { color:#555; width:112px; white-space:nowrap }
.rules { margin:12px 14px 0; font-size:11px; line-height:15px; color:#333 }
.rules ol { margin:0; padding-left:16px }
.bars { position:absolute; right:14px; bottom:10px; width:170px; height:34px; background:${bars} }
.tn { position:absolute; right:14px; bottom:-2px; width:170px; text-align:center; font: 9px ${mono} }
.nc { position:absolute; left:14px; bottom:8px; font: bold 10px ${sans}; color:#8b0000 }
</style>
<div class="w">
 <div class="band"><b>${exam_name}</b><span>${ticket_word}</span></div>
 <div class="body">
  <div class="ph">Affix passport photo</div>
  <table>
   <tr><td>Candidate</td><td><b>${name}</b></td></tr>
   <tr><td>Candidate ID</td><td>${cand_id}</td></tr>
   <tr><td>Examination</td><td>${course}</td></tr>
   <tr><td>Exam date</td><td>${date} &middot; report by ${report}</td></tr>
   <tr><td>Test site</td><td>${school}, ${venue_city}</td></tr>
   <tr><td>Class hours</td><td>${hours} (prerequisite class on file)</td></tr>
   <tr><td>Proctor</td><td>${proctor}</td></tr>
  </table>
 </div>
 <div class="rules"><ol>${rules_html}</ol></div>
 <div class="nc">${notice}</div>
 <div class="bars"></div><div class="tn">${ticket}</div>
</div>
"""

RULES = [
    "Bring this ticket and a government-issued photo ID. Names must match exactly.",
    "Candidates arriving after the exam has started will not be admitted.",
    "Phones, notes and programmable calculators must be left outside the room.",
    "Results are mailed by the certifying body; the test site cannot release scores.",
    "A passing score is required before any certificate is issued.",
]


def _bars(rng):
    stops, x = [], 0.0
    while x < 98:
        w = rng.choice([1.0, 1.5, 2.5])
        gap = rng.choice([1.0, 2.0])
        stops.append(f"#000 {x:.1f}% {x + w:.1f}%, transparent {x + w:.1f}% {x + w + gap:.1f}%")
        x += w + gap
    return "linear-gradient(90deg, " + ", ".join(stops) + ")"


def fill(d):
    return {
        "exam_name": d.pick(
            ["Certification Examination", "Technician Exam", "Written Examination"]
        ),
        "ticket_word": d.pick(["Admission Ticket", "Admit One", "Exam Entry Pass"]),
        "name": d.name(d.pick(["upper", "last_first", "plain"])),
        "cand_id": d.number(),
        "course": d.title(d.pick(["with_code", "code_first", "plain"])),
        "date": d.date(d.pick(["weekday", "long", "us_numeric"])),
        "report": d.pick(["7:45 AM", "12:30 PM", "1:15 PM", "8:00 AM"]),
        "school": d.provider(),
        "venue_city": d.city(),
        "hours": d.hours_number(),
        "proctor": d.person(),
        "rules_html": "".join(f"<li>{r}</li>" for r in d.rng.sample(RULES, 3)),
        "notice": d.pick(
            [
                "NOT A CERTIFICATE. NO CEC CREDIT IS RECORDED BY THIS TICKET.",
                "This ticket grants entry only; it is not proof of course completion.",
            ]
        ),
        "ticket": d.number("T"),
        "bars": _bars(d.rng),
    }
