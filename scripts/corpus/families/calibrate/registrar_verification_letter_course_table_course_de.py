"""A records office's "To Whom It May Concern" verification letter, A4 or
letter portrait: a centred letterhead with the school's name between two
rules, a reference number and date, a paragraph naming the student and
the purpose, a boxed two-row table of course particulars (dates as a span,
format, credit, result), a closing paragraph, the registrar's signature
and a cc line."""

SOURCE = (
    "rishabhandaricetpa/West-river-academy:resources/views/transcript/pdf.blade.php "
    "(records-office header, student block and ruled course table)"
)
KIND = "course"
PAPER = ["a4-portrait", "letter-portrait"]
CATEGORIES = (
    "letter",
    "table",
    "portrait",
    "date-range",
    "distractor-person",
    "distractor-date",
)

TEMPLATE = """<style>
.hd { position:absolute; top:46px; left:70px; right:70px; text-align:center; font-family:${head} }
.hd .r { border-top:1px solid ${dark}; border-bottom:1px solid ${dark}; padding:8px 0 6px; margin:6px 0 }
.hd .o { font: bold 23px ${head}; color:${dark}; letter-spacing:.5px }
.hd .of { font: 12px ${sans}; color:#444; letter-spacing:2px; text-transform:uppercase; margin-top:2px }
.hd .ad { font: 10.5px ${sans}; color:#555 }
.b { position:absolute; top:170px; left:78px; right:78px; font: 13.5px ${body}; line-height:21px; color:#1b1b1b }
.b p { margin:0 0 12px }
.meta { display:flex; justify-content:space-between; font-size:12.5px; margin-bottom:18px }
.tw { font-weight:bold; letter-spacing:.5px; margin-bottom:14px }
table { width:100%; border-collapse:collapse; margin:4px 0 16px; font: 12.5px ${sans} }
th { background:${light}; border:1px solid #777; padding:6px 7px; text-align:left; font-size:11px; text-transform:uppercase; letter-spacing:.3px }
td { border:1px solid #777; padding:8px 7px; vertical-align:top }
.sg { margin-top:30px } .sg .h { font: 28px ${hand}; color:#1c2f6b; height:36px; white-space:nowrap }
.cc { margin-top:22px; font-size:11.5px; color:#333 }
.ft { position:absolute; left:78px; right:78px; bottom:32px; font: 9px ${sans}; color:#666; text-align:center; border-top:1px solid #ccc; padding-top:5px }
</style>
<div class="hd"><div class="ad">${street} · ${town}</div>
 <div class="r"><div class="o">${org}</div><div class="of">${office}</div></div>
 <div class="ad">Tel. ${phone} · ${web}</div></div>
<div class="b">
 <div class="meta"><span>Our ref.: ${ref}</span><span>${letter_date}</span></div>
 <div class="tw">${to_whom}</div>
 <p>${p1}</p>
 <table>
  <tr><th style="width:40%">${col_course}</th><th>${col_dates}</th><th>Format</th><th>${col_hours}</th><th>Result</th></tr>
  <tr><td>${title}</td><td>${dates}</td><td>${format}</td><td>${hours}</td><td>${result}</td></tr>
 </table>
 <p>${p2}</p>
 <p>${p3}</p>
 <div class="sg"><div class="h">${signer}</div>${signer}<br>${role}</div>
 <div class="cc">cc: ${cc}</div>
</div>
<div class="ft">${fine}</div>
"""


def fill(d):
    org = d.provider()
    street, town = d.address()
    name = d.name(d.pick(["plain", "plain", "upper"]))
    student_no = f"{d.rng.randrange(10000, 99999)}"
    p1 = d.pick(
        [
            f"At the request of the student, this letter verifies that {name} (student no. "
            f"{student_no}) enrolled in and completed the course shown below.",
            f"This is to confirm that our records show {name}, student number {student_no}, "
            f"attended the following course in full.",
        ]
    )
    approval = d.approval() if d.chance(0.5) else None
    p2 = d.pick(
        [
            "Credit shown is in IICRC continuing education credit hours (CECs). "
            + (f"The course is approved under number {approval}." if approval else ""),
            "Hours are contact hours of instruction; one contact hour equals one CEC. "
            + (f"IICRC course approval: {approval}." if approval else ""),
        ]
    )
    return {
        "head": d.fonts[d.pick(["display", "serif"])],
        "body": d.fonts[d.pick(["serif", "sans"])],
        "street": street,
        "town": town,
        "org": org,
        "office": d.pick(["Office of the Registrar", "Student Records", "Records Office"]),
        "phone": d.phone(),
        "web": d.web(),
        "ref": f"VR/{d.completed.year % 100:02d}/{d.rng.randrange(100, 999)}",
        "letter_date": d.other_date("print", d.pick(["dmy_long", "long"])),
        "to_whom": d.pick(["TO WHOM IT MAY CONCERN", "To Whom It May Concern:"]),
        "p1": p1,
        "col_course": d.pick(["Course", "Course title"]),
        "col_dates": d.pick(["Dates", "Dates attended"]),
        "col_hours": d.pick(["CEC hours", "Credit", "Hours"]),
        "title": d.title(d.pick(["plain", "code_first", "plain"])),
        "dates": d.date_range(d.pick([1, 2, 2, 3])),
        "format": d.pick(["Classroom", "Classroom + lab", "Live online"]),
        "hours": d.hours_number(),
        "result": d.pick(["Passed", "Completed", "Pass (exam)"]),
        "p2": p2,
        "p3": d.pick(
            [
                "This letter is issued without alteration or erasure and is valid only with the "
                "signature of the registrar.",
                "Should you require further information, please contact this office quoting the "
                "reference above.",
            ]
        ),
        "signer": d.person(),
        "role": d.pick(["Registrar", "Records Officer", "Student Records Manager"]),
        "cc": d.pick(["Student file", "Student; file", "Employer (at student's request)"]),
        "fine": d.pick(
            [
                "Records are retained for seven years from the last date of attendance.",
                "Verification letters are issued free of charge to former students.",
            ]
        ),
    }
