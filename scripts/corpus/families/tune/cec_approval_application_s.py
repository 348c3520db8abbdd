"""A training school's application to a certifying body for CEC approval of a
course, filled in by hand, not a certificate: numbered sections for the
provider, the course (title, delivery, contact hours, CECs requested,
proposed dates and location), a table of instructors and a timed agenda,
the applicant's signature and an office-use box left blank. It names a
course, a provider, people, hours and dates; it records no one's
completion."""

SOURCE = (
    "Continuing education course approval applications of certifying bodies (IICRC CEC "
    "course approval request: provider, course, instructor credentials, timed agenda, "
    "office use) and ArpitaCha/other_diploma-style printed forms with ruled answer lines"
)
KIND = "other"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "other",
    "labelled",
    "table",
    "portrait",
    "handwriting",
    "distractor-person",
    "date-range",
    "provider-in-logo",
)

TEMPLATE = """<style>
.w { position:absolute; inset:40px 48px; font: 11.5px ${sans}; color:#111 }
.hd { display:flex; justify-content:space-between; align-items:flex-end; border-bottom:2px solid #111; padding-bottom:6px }
.hd h1 { font: bold 18px ${sans}; margin:0 } .hd .f { font-size:10px; text-align:right; color:#333 }
.org { font: bold 12px ${sans}; letter-spacing:1px; color:#333 }
.note { font-size:10px; color:#333; margin:6px 0 8px; line-height:13px }
.sec { background:#222; color:#fff; font: bold 11px ${sans}; padding:3px 6px; margin-top:10px; letter-spacing:0.5px }
.row { display:flex; gap:10px; margin-top:6px }
.fld { flex:1; border-bottom:1px solid #555; min-height:27px; position:relative; padding-top:9px }
.fld small { position:absolute; top:-1px; left:0; font-size:8.5px; color:#444; text-transform:uppercase }
.h { font: 16px ${hand}; color:#1a2a6c; white-space:nowrap; overflow:hidden }
.ck { font-size:11px; margin-top:7px } .ck span { margin-right:14px }
.bx { display:inline-block; width:11px; height:11px; border:1px solid #111; vertical-align:-1px; margin-right:3px; text-align:center; line-height:10px; font: 13px ${hand}; color:#1a2a6c }
table { width:100%; border-collapse:collapse; margin-top:6px; font-size:10.5px }
th { border:1px solid #111; background:#e6e6e6; padding:2px 4px; text-align:left; font-size:9.5px }
td { border:1px solid #111; padding:1px 4px; height:22px }
td.h { font-size:15px }
.off { margin-top:10px; border:2px solid #111; padding:6px 8px; font-size:10.5px; display:flex; gap:18px; flex-wrap:wrap }
.off b { width:100%; font-size:10px; letter-spacing:1px }
.ft { position:absolute; bottom:0; left:0; right:0; font-size:9px; color:#444; display:flex; justify-content:space-between }
</style>
<div class="w">
 <div class="hd"><div><div class="org">${body}</div><h1>${heading}</h1></div><div class="f">Form ${form_no}<br>Rev. ${rev}</div></div>
 <div class="note">${note}</div>
 <div class="sec">SECTION 1 – PROVIDER</div>
 <div class="row"><div class="fld"><small>School / provider name</small><div class="h">${school}</div></div><div class="fld" style="flex:0 0 150px"><small>Provider no.</small><div class="h">${prov_no}</div></div></div>
 <div class="row"><div class="fld"><small>Contact person</small><div class="h">${contact}</div></div><div class="fld"><small>Phone</small><div class="h">${phone}</div></div><div class="fld"><small>Email</small><div class="h">${email}</div></div></div>
 <div class="sec">SECTION 2 – COURSE</div>
 <div class="row"><div class="fld"><small>Course title</small><div class="h">${course}</div></div></div>
 <div class="ck">Delivery: <span><i class="bx">${x_class}</i>Classroom</span><span><i class="bx">${x_live}</i>Live online</span><span><i class="bx">${x_self}</i>Self-paced online</span><span><i class="bx">${x_hands}</i>Hands-on / field</span></div>
 <div class="row"><div class="fld"><small>Contact hours (excl. breaks)</small><div class="h">${contact_hours}</div></div><div class="fld"><small>CECs requested</small><div class="h">${cecs}</div></div><div class="fld"><small>Max. students</small><div class="h">${seats}</div></div></div>
 <div class="row"><div class="fld"><small>Proposed date(s)</small><div class="h">${dates}</div></div><div class="fld"><small>Location</small><div class="h">${location}</div></div></div>
 <div class="sec">SECTION 3 – INSTRUCTORS</div>
 <table><tr><th>Name</th><th>IICRC certifications held</th><th style="width:110px">Cert. no.</th><th style="width:90px">Years teaching</th></tr>${instr_html}</table>
 <div class="sec">SECTION 4 – AGENDA (attach full outline)</div>
 <table><tr><th style="width:110px">Time</th><th>Topic</th><th style="width:70px">Minutes</th></tr>${agenda_html}</table>
 <div class="sec">SECTION 5 – ATTESTATION</div>
 <div class="note" style="margin-top:4px">${attest}</div>
 <div class="row"><div class="fld"><small>Signature of applicant</small><div class="h" style="font-size:20px">${contact}</div></div><div class="fld" style="flex:0 0 170px"><small>Date</small><div class="h">${signed}</div></div></div>
 <div class="off"><b>FOR OFFICE USE ONLY</b><span>Received: ________</span><span><i class="bx"></i>Approved</span><span><i class="bx"></i>Denied</span><span>CECs granted: ____</span><span>Course no.: __________</span><span>Reviewer: __________</span></div>
 <div class="ft"><span>Submit at least 30 days before the first class date.</span><span>Page 1 of 2</span></div>
</div>
"""

AGENDA = [
    "Welcome, safety and course objectives",
    "Principles of drying and psychrometry",
    "Categories and classes of water",
    "Moisture mapping and meters",
    "Equipment placement lab",
    "Documentation and job files",
    "Microbial contamination basics",
    "Containment and PPE",
    "Review and exam preparation",
]


def fill(d):
    from datetime import timedelta

    from corpus import values as V
    from corpus.formats import fmt_range

    r = d.rng
    school, short = d.pick(V.SCHOOLS)
    course, code = d.pick(V.IICRC_COURSES) if d.chance(0.5) else (d.pick(V.CE_COURSES), None)
    hrs = d.pick([3, 4, 6, 7, 7, 8, 14])
    cecs = d.pick([hrs, hrs, hrs // 2 or 1])
    start = d.completed + timedelta(days=r.randrange(30, 120))
    days = 1 if hrs <= 8 else 2
    dates = (
        fmt_range(start, start + timedelta(days=days - 1), r)
        if days > 1
        else start.strftime("%m/%d/%Y")
    )
    delivery = d.pick(["class", "class", "live", "self", "hands"])
    instr = []
    for _ in range(d.pick([1, 2, 2])):
        instr.append(
            f'<tr><td class="h">{d.person()}</td><td class="h">{", ".join(r.sample(["WRT", "ASD", "AMRT", "FSRT", "CCT", "OCT", "UFT"], 3))}</td>'
            f'<td class="h">{r.randrange(10000, 99999)}</td><td class="h">{r.randrange(2, 25)}</td></tr>'
        )
    instr.append("<tr><td></td><td></td><td></td><td></td></tr>")
    agenda, t = [], 8 * 60
    for topic in r.sample(AGENDA, d.pick([4, 5])):
        mins = d.pick([45, 60, 60, 90])
        agenda.append(
            f'<tr><td class="h">{t // 60}:{t % 60:02d}–{(t + mins) // 60}:{(t + mins) % 60:02d}</td>'
            f'<td class="h">{topic}</td><td class="h">{mins}</td></tr>'
        )
        t += mins + 15
    contact = d.person()
    slug = "".join(ch for ch in (short or school).lower() if ch.isalnum())[:14]
    return {
        "body": d.pick(
            [
                "IICRC · CONTINUING EDUCATION",
                "INSTITUTE OF INSPECTION, CLEANING AND RESTORATION CERTIFICATION",
            ]
        ),
        "heading": d.pick(
            [
                "Application for CEC Course Approval",
                "Continuing Education Course Approval Request",
                "CEC Pre-Approval Application",
            ]
        ),
        "form_no": d.pick(["CE-101", "CEC-A", "PA-7"]),
        "rev": d.pick(["03/2021", "01/2022", "06/2019"]),
        "note": "Complete one application per course. Courses must be approved before they are offered "
        "for CECs; attendance rosters are submitted separately after each class.",
        "school": school,
        "prov_no": f"{r.randrange(1000, 9999)}",
        "contact": contact,
        "phone": d.phone(),
        "email": f"{contact.split()[0].lower().encode('ascii', 'ignore').decode()}@{slug}.com",
        "course": f"{code} – {course}" if code and d.chance(0.5) else course,
        "x_class": "✓" if delivery == "class" else "",
        "x_live": "✓" if delivery == "live" else "",
        "x_self": "✓" if delivery == "self" else "",
        "x_hands": "✓" if delivery == "hands" or d.chance(0.2) else "",
        "contact_hours": f"{hrs}",
        "cecs": f"{cecs}",
        "seats": d.pick(["20", "24", "30", "40"]),
        "dates": dates,
        "location": d.pick([f"Training center, {d.city()}", d.pick(V.VENUES), "Online (Zoom)"]),
        "instr_html": "".join(instr),
        "agenda_html": "".join(agenda),
        "attest": "I attest that the information above is accurate and that the course will be taught "
        "as described by the instructors listed.",
        "signed": d.other_date("registered", "us_numeric"),
    }
