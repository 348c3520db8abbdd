"""An examination admission ticket, printed before the exam: a banner with
the certifying body, the exam cycle, a grid of candidate details (candidate
name, candidate and seat numbers, the course the exam follows, the exam
date, reporting time and test centre), a photo box, a table of the paper
sections with their minutes, and numbered candidate instructions. It names a
person, a course, a school and dates, and records no completion."""

SOURCE = "sajgure/msceia:source/application/modules/site/views/hallticket_pdf.php"
KIND = "other"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = ("other", "portrait", "table", "labelled", "distractor-date", "dark-band")

TEMPLATE = """<style>
.bn { position:absolute; left:0; right:0; top:0; height:96px; background:${dark}; color:#fff; padding:20px 48px; font-family:${sans} }
.bn .o { font: bold 22px ${display}; letter-spacing:1px } .bn .c { font-size:13px; margin-top:6px; opacity:0.9 }
.tt { position:absolute; left:48px; right:48px; top:116px; text-align:center; font: bold 19px ${sans}; letter-spacing:4px; border:2px solid ${dark}; padding:6px }
.gd { position:absolute; left:48px; right:48px; top:172px; font: 13px ${sans} }
.gd table { width:100%; border-collapse:collapse; table-layout:fixed }
.gd td { border:1px solid #8994a5; padding:6px 8px; vertical-align:top }
.gd td.l { width:22%; background:#eef1f5; font-weight:bold; font-size:12px }
.ph { text-align:center; color:#888; font-size:11px }
.sec { position:absolute; left:48px; right:48px; top:470px; font: 12.5px ${sans} }
.sec table { width:100%; border-collapse:collapse } .sec th, .sec td { border:1px solid #8994a5; padding:5px 8px; text-align:left }
.sec th { background:#eef1f5 }
.ins { position:absolute; left:48px; right:48px; top:690px; font: 11.5px ${serif}; line-height:16px }
.ins ol { margin:4px 0 0; padding-left:20px }
.sg { position:absolute; right:48px; bottom:44px; width:220px; text-align:center; border-top:1px solid #333; font: 11px ${sans}; padding-top:3px }
.ft { position:absolute; left:48px; bottom:44px; font: 9px ${mono}; color:#555 }
</style>
<div class="bn"><div class="o">${body}</div><div class="c">${cycle}</div></div>
<div class="tt">${heading}</div>
<div class="gd"><table>
 <tr><td class="l">Candidate</td><td colspan="2">${cand}</td><td rowspan="4" class="ph" style="width:24%"><br><br>Affix recent<br>photograph<br><br></td></tr>
 <tr><td class="l">Candidate No.</td><td>${cand_no}</td><td><b>Seat:</b> ${seat}</td></tr>
 <tr><td class="l">Examination</td><td colspan="2">${exam}</td></tr>
 <tr><td class="l">Prerequisite class</td><td colspan="2">${course}<br><span style="font-size:11px;color:#555">${school}</span></td></tr>
 <tr><td class="l">Exam date</td><td>${exam_date}</td><td><b>Report by:</b> ${report}</td><td></td></tr>
 <tr><td class="l">Test centre</td><td colspan="3">${centre}, ${town}</td></tr>
</table></div>
<div class="sec"><table>
 <tr><th>Section</th><th>Items</th><th>Minutes</th></tr>${rows_html}
</table></div>
<div class="ins"><b>Instructions to candidates</b><ol>
 <li>Bring this ticket and a government-issued photo ID. Entry closes ${close} minutes after the start.</li>
 <li>${rule}</li>
 <li>Results are released by the certifying body; this ticket is not proof of certification or of class attendance.</li>
</ol></div>
<div class="ft">Ticket ${ticket} · generated ${generated}</div>
<div class="sg">${proctor}<br>Exam Proctor</div>
"""


def fill(d):
    r = d.rng
    exam = d.pick(["Written Certification Exam", "Technician Examination", "Online-Proctored Exam"])
    rows = "".join(
        f"<tr><td>{s}</td><td>{r.randrange(15, 60)}</td><td>{r.choice([20, 30, 40, 45])}</td></tr>"
        for s in r.sample(
            [
                "Principles",
                "Safety & Health",
                "Equipment",
                "Procedures",
                "Documentation",
                "Chemistry",
            ],
            4,
        )
    )
    street, town = d.address()
    return {
        "body": d.pick(
            [
                "Certification Examination Services",
                "Technician Testing Office",
                "Exam Administration",
            ]
        ),
        "cycle": f"Examination cycle {d.completed.year} · {d.pick(['Session A', 'Session B', 'Spring sitting', 'Fall sitting'])}",
        "heading": d.pick(["ADMISSION TICKET", "HALL TICKET", "EXAM ENTRY PASS"]),
        "cand": d.pick([d.plain_name.upper(), d.plain_name, f"{d.last}, {d.first}"]),
        "cand_no": d.number(),
        "seat": f"{d.pick('ABCDEF')}-{r.randrange(1, 60):02d}",
        "exam": exam,
        "course": d.course,
        "school": d.org,
        "exam_date": d.other_date("issue", d.pick(["long", "us_numeric", "weekday"])),
        "report": d.pick(["7:30 AM", "8:15 AM", "12:30 PM"]),
        "centre": street,
        "town": town,
        "rows_html": rows,
        "close": d.pick(["15", "20", "30"]),
        "rule": d.pick(
            [
                "Phones, notes and reference cards must be left outside the room.",
                "Only a non-programmable calculator is permitted.",
            ]
        ),
        "ticket": d.number("T-"),
        "generated": d.other_date("registered", "us_numeric"),
        "proctor": d.person(),
    }
