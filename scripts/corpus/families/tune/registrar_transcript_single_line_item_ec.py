"""A continuing-education transcript in a registrar's style with a single
line item: the school's name centred with its address, "Unofficial
Transcript" or "Student Copy", a boxed student block (name, student ID,
program, date issued), then a ruled table with column headers in capitals
(term, course number, course title, dates, CEC, grade, status; the order of
the last columns varies) holding one course line, the term and cumulative
totals, "*** End of transcript ***", a grading key in small print and the
registrar's name. Sometimes set in a typewriter face."""

SOURCE = (
    "NguyenLuongHung/fap-fpt-project:fap-fpt/web/com.fap.fpt.loggin/student/transcript.jsp "
    "(grade transcript table: no., term, semester, subject code, subject name, credit, grade, "
    "status) and mwikah/schooltemplatesmain:resources/views/transcriptchatgpt.blade.php "
    "(centred school header, student section, bordered course table, registrar signature)"
)
KIND = "course"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "table",
    "record",
    "labelled",
    "portrait",
    "provider-in-logo",
    "distractor-person",
    "distractor-date",
    "date-range",
    "mono",
)

TEMPLATE = """<style>
.w { position:absolute; inset:46px 54px 40px; font: 11.5px ${body}; color:#151515 }
.hd { text-align:center; border-bottom:${rule} }
.hd b { display:block; font: bold 20px ${head}; letter-spacing:.5px; color:${dark} }
.hd span { display:block; font-size:10.5px; color:#444; margin:3px 0 8px }
.tt { display:flex; justify-content:space-between; align-items:baseline; margin:12px 0 8px }
.tt b { font: bold 14px ${head}; letter-spacing:2px; text-transform:uppercase } .tt i { font-style:normal; font-size:10px; color:#8b0000; border:1px solid #8b0000; padding:1px 6px; letter-spacing:1px }
.stu { display:grid; grid-template-columns:110px 1fr 95px 1fr; border:1px solid #555; padding:6px 10px; row-gap:4px; font-size:11.5px }
.stu span { font-size:9.5px; text-transform:uppercase; letter-spacing:.5px; color:#555; padding-top:1px }
table { width:100%; border-collapse:collapse; margin-top:16px; font-size:${tbl_px}px }
th { text-align:left; font-size:9.5px; letter-spacing:.6px; border-top:1.5px solid #222; border-bottom:1.5px solid #222; padding:4px 4px; background:${thbg} }
td { padding:5px 4px; vertical-align:top } td.nw { white-space:nowrap } td.n, th.n { text-align:right }
tr.tot td { border-top:1px solid #222; font-size:10.5px }
.end { text-align:center; margin:14px 0; letter-spacing:2px; font-size:10.5px }
.key { font-size:9px; color:#444; line-height:12px; border-top:1px dashed #999; padding-top:6px }
.reg { margin-top:30px; display:flex; justify-content:space-between; align-items:flex-end; font-size:10.5px }
.reg .s { border-top:1px solid #333; padding-top:2px; width:240px }
.reg .h { font: 22px ${hand}; color:#243b7a; margin-bottom:-2px; white-space:nowrap }
.ft { position:absolute; left:0; right:0; bottom:0; font-size:8.5px; color:#777; display:flex; justify-content:space-between }
</style>
<div class="w">
 <div class="hd"><b>${org}</b><span>${street} · ${town} · ${office}</span></div>
 <div class="tt"><b>${heading}</b><i>${copy}</i></div>
 <div class="stu">
  <span>Student</span><b>${name}</b><span>Student ID</span><div>${sid}</div>
  <span>Program</span><div>${program}</div><span>Date issued</span><div>${issued}</div>
 </div>
 <table>
  <tr>${head_html}</tr>
  <tr>${row_html}</tr>
  <tr class="tot"><td colspan="${span}">${term_label}</td><td class="n">${hours}</td><td colspan="${rest}"></td></tr>
 </table>
 <div class="end">*** END OF TRANSCRIPT ***</div>
 <div class="key">${key}</div>
 <div class="reg"><div class="s"><div class="h">${registrar}</div>${registrar}, Registrar</div><div>${page}</div></div>
 <div class="ft"><span>${footer}</span><span>Page 1 of 1</span></div>
</div>
"""


def fill(d):
    import html

    e = html.escape
    r = d.rng
    mono = d.chance(0.35)
    street, town = d.address()
    year = d.completed.year
    season = d.pick(["SP", "SU", "FA", "WI"])
    term = d.pick([f"{year} {season}", f"{season}{year % 100:02d}", f"{year}-{r.randint(1, 4)}"])
    cno = f"{d.code or d.pick(['RES', 'CE', 'PDH'])} {r.randrange(100, 299)}"
    if d.code and d.chance(0.6):
        when = d.date_range(d.pick([1, 2, 2]))
    else:
        when = d.date(d.pick(["us_numeric", "us_short", "dd_mon_yyyy", "iso"]))
    title = d.title(d.pick(["plain", "plain", "upper"]))
    hours = d.hours_number()
    grade = d.pick(["P", "S", "CR", "A", "B+"])
    cells = {
        "term": ("TERM", term, "nw"),
        "no": ("COURSE NO.", cno, "nw"),
        "title": ("COURSE TITLE", title, ""),
        "dates": (d.pick(["DATES", "DATE(S) ATTENDED", "COMPLETED"]), when, "nw"),
        "grade": ("GRADE", grade, ""),
        "status": ("STATUS", d.pick(["Completed", "Passed", "Earned"]), ""),
    }
    tail = d.pick([["grade", "status"], ["status", "grade"], ["grade"]])
    order = ["term", "no", "title", "dates"]
    hours_head = d.pick(["CEC", "CEC HRS", "CREDIT", "HOURS"])
    head_html = "".join(f"<th>{e(cells[k][0])}</th>" for k in order)
    head_html += f'<th class="n">{hours_head}</th>'
    head_html += "".join(f"<th>{e(cells[k][0])}</th>" for k in tail)
    row_html = "".join(f'<td class="{cells[k][2]}">{e(cells[k][1])}</td>' for k in order)
    row_html += f'<td class="n">{e(hours)}</td>'
    row_html += "".join(f'<td class="{cells[k][2]}">{e(cells[k][1])}</td>' for k in tail)
    hand = d.fonts["hand"].replace(", cursive", ", 'Dancing Script', cursive")
    return {
        "body": d.fonts["mono"] if mono else d.fonts[d.pick(["sans", "serif"])],
        "head": d.fonts["mono"] if mono else d.fonts[d.pick(["serif", "display", "sans"])],
        "hand": hand,
        "rule": d.pick(["3px double #333", "2px solid #333", "1px solid #333"]),
        "org": d.provider(),
        "street": street,
        "town": town,
        "office": d.pick(["Office of the Registrar", "Student Records", "Registration Office"]),
        "heading": d.pick(["Transcript", "Continuing Education Transcript", "Academic Record"]),
        "copy": d.pick(["UNOFFICIAL", "STUDENT COPY", "ISSUED TO STUDENT"]),
        "name": d.name(d.pick(["last_first", "last_first", "upper", "plain"])),
        "sid": d.pick([f"{r.randrange(1000000, 9999999)}", f"S{r.randrange(100000, 999999)}"]),
        "program": d.pick(
            [
                "Non-credit professional development",
                "Continuing Education",
                "Industry certification",
            ]
        ),
        "issued": d.other_date("issue", d.pick(["us_numeric", "long", "dd_mon_yyyy"])),
        "tbl_px": d.pick(["10.5", "11", "11.5"]),
        "thbg": d.pick(["transparent", "#eeeeee", d.colors["light"]]),
        "head_html": head_html,
        "row_html": row_html,
        "span": str(len(order)),
        "rest": str(len(tail)),
        "term_label": d.pick(
            ["TERM TOTAL / CUMULATIVE", "TOTAL CREDIT EARNED", "CUMULATIVE TOTAL"]
        ),
        "hours": hours,
        "key": d.pick(
            [
                "Grades: A–D passing; F failing; P pass; S satisfactory; CR credit; W withdrawn; "
                "I incomplete. CEC: continuing education credit hours as approved by the "
                "certifying body.",
                "P = Pass, S = Satisfactory, CR = Credit awarded, NC = No credit. Credit hours "
                "are clock hours of instruction. This transcript lists non-degree coursework only.",
            ]
        ),
        "registrar": d.person(),
        "page": d.pick(["Not valid without seal when issued as official", "Seal on original"]),
        "footer": f"Requested {d.other_date('print', 'us_numeric')} · {d.web()}",
    }
