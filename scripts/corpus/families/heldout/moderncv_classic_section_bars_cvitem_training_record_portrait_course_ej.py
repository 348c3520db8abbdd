"""A one-page training record typeset like a moderncv "classic" CV: the
technician's first name in a light weight and the surname in a dark colour
very large at the top left, an italic grey tag line under it, and the
contact lines (employer, town, a technician number) ranged right. Below,
sections open with a short thick coloured bar in the left margin and a
coloured heading with a hairline running to the right edge; each row is a
"cvitem": a small right-aligned coloured label in the narrow left column
and the value in the wide right column. A "cventry" block lists the
instructor (years, bold name, italic role) and a last section names the
person who verified the record and the date it was printed."""

SOURCE = "moderncv/moderncv:template.tex"
KIND = "course"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "portrait",
    "labelled",
    "record",
    "distractor-person",
    "distractor-date",
    "tiny-footer",
)

TEMPLATE = """<style>
.w { position:absolute; left:70px; right:70px; top:64px; font-family:${face}; color:#222 }
.hd { display:flex; justify-content:space-between; align-items:flex-start }
.nm { font-size:${name_size}px; line-height:1.05; color:#444; font-weight:300 }
.nm b { color:${col}; font-weight:600 }
.tag { font: italic 17px ${face}; color:#777; margin-top:6px }
.ct { text-align:right; font-size:13px; line-height:19px; color:#333; margin-top:8px; max-width:260px }
.ct i { color:${col}; font-style:normal; font-size:11px; margin-right:4px }
.sec { display:grid; grid-template-columns: 150px 1fr; column-gap:14px; margin-top:30px; align-items:center }
.bar { height:9px; background:${col} }
.sh { font-size:21px; color:${col}; display:flex; align-items:center; gap:10px }
.sh::after { content:""; flex:1; height:1px; background:${col}; opacity:.55 }
.row { display:grid; grid-template-columns: 150px 1fr; column-gap:14px; margin-top:9px; font-size:14.5px; line-height:19px }
.row .l { text-align:right; color:${col}; font-size:13px }
.row .v b { font-weight:600 }
.row .v em { color:#555 }
.ft { position:absolute; left:70px; right:70px; bottom:40px; text-align:center; font: 10.5px ${face}; color:#888 }
</style>
<div class="w">
 <div class="hd">
  <div><div class="nm">${first}<br><b>${last}</b></div><div class="tag">${tag}</div></div>
  <div class="ct"><i>${emp_icon_html}</i>${employer}<br>${town}<br><i>ID</i>${tech_id}<br><i>&#9742;</i>${phone}</div>
 </div>
 <div class="sec"><div class="bar"></div><div class="sh">${sec1}</div></div>
 <div class="row"><div class="l">${l_title}</div><div class="v"><b>${title}</b></div></div>
 <div class="row"><div class="l">${l_prov}</div><div class="v">${provider}</div></div>
 <div class="row"><div class="l">${l_date}</div><div class="v">${date}</div></div>
 <div class="row"><div class="l">${l_hours}</div><div class="v">${hours}</div></div>
 <div class="row"><div class="l">${l_appr}</div><div class="v">${approval}</div></div>
 <div class="row"><div class="l">${l_fmt}</div><div class="v"><em>${fmt}</em></div></div>
 <div class="sec"><div class="bar"></div><div class="sh">${sec2}</div></div>
 <div class="row"><div class="l">${years}</div><div class="v"><b>${instructor}</b>, <em>${irole}</em><br>${idesc}</div></div>
 <div class="row"><div class="l">${mod_label}</div><div class="v">${modules}</div></div>
 <div class="sec"><div class="bar"></div><div class="sh">${sec3}</div></div>
 <div class="row"><div class="l">${l_ver}</div><div class="v"><b>${verifier}</b>, <em>${vrole}</em></div></div>
 <div class="row"><div class="l">${l_print}</div><div class="v">${printed}</div></div>
</div>
<div class="ft">${foot}</div>
"""

MODULES = [
    ("Classroom", "Lab", "Exam review"),
    ("Theory", "Hands-on drying lab", "Written exam"),
    ("Lecture", "Field demonstration", "Assessment"),
]


def fill(d):
    d.name("plain")
    first = " ".join(p for p in [d.first, d.middle] if p)
    last = " ".join(p for p in [d.last, d.suffix] if p)
    size = 44 if len(last) <= 14 else 36
    street, town = d.address()
    start_year = d.completed.year - d.rng.randint(6, 18)
    mods = d.pick(MODULES)
    mins = [d.pick([90, 120, 150, 180]), d.pick([60, 90, 120]), d.pick([30, 45, 60])]
    return {
        "face": d.pick([d.fonts["sans"], "'Lato', sans-serif", "'Open Sans', sans-serif"]),
        "col": d.pick(["#3873b3", "#2f6b3a", "#a0522d", "#555555", "#8b2252", "#c55a11"]),
        "first": first,
        "last": last,
        "name_size": size,
        "tag": d.pick(
            [
                "Continuing education record",
                "Restoration technician, training history",
                "Record of completed training",
            ]
        ),
        "emp_icon_html": "&#8962;",
        "employer": d.pick(
            [
                "Rapid Dry Restoration",
                "ServiceFirst Cleaning & Restoration",
                "All-Pro Water Mitigation",
                "Clear Air Mold Solutions",
            ]
        ),
        "town": town,
        "tech_id": d.number("T-"),
        "phone": d.phone(),
        "sec1": d.pick(["Course completed", "Training", "Education"]),
        "l_title": d.pick(["Course", "Class"]),
        "title": d.title(d.pick(["plain", "with_code", "code_first"])),
        "l_prov": d.pick(["School", "Provider", "Taught by"]),
        "provider": d.provider(),
        "l_date": d.pick(["Completed", "Date finished", "Completion"]),
        "date": d.date(d.pick(["long", "dmy_long", "short_month", "iso"])),
        "l_hours": d.pick(["Credit", "CE credit", "Hours"]),
        "hours": d.hours(d.pick(["cec_hours", "iicrc_cec", "credit_hours", "ceu_and_cec"])),
        "l_appr": d.pick(["Approval", "Course approval", "IICRC no."]),
        "approval": d.approval(),
        "l_fmt": "Format",
        "fmt": d.pick(["Classroom with lab", "Live instructor-led", "Classroom"]),
        "sec2": d.pick(["Instruction", "Faculty"]),
        "years": f"{start_year}–{d.completed.year}",
        "instructor": d.person(),
        "irole": d.pick(["Approved Instructor", "Lead Instructor", "Senior Trainer"]),
        "idesc": d.pick(
            [
                "Teaching restoration courses since the year shown.",
                "Field consultant and classroom trainer.",
            ]
        ),
        "mod_label": "Time",
        "modules": f"{mods[0]} {mins[0]} min · {mods[1]} {mins[1]} min · {mods[2]} {mins[2]} min",
        "sec3": d.pick(["Verification", "Record keeping"]),
        "l_ver": d.pick(["Verified by", "Checked by"]),
        "verifier": d.person(),
        "vrole": d.pick(["Registrar", "Training Coordinator", "Office Manager"]),
        "l_print": d.pick(["Printed", "Record date", "Generated"]),
        "printed": d.other_date("print", d.pick(["long", "iso", "us_numeric"])),
        "foot": d.pick(
            [
                "Record typeset from the school's student file. Page 1 of 1.",
                "This record lists one course; request a full transcript for others.",
            ]
        ),
    }
