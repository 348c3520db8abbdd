"""Not a record: a school's letter appointing a technician as an adjunct
instructor for the coming year (portrait letter). The letterhead, the
appointee's name and address, a sentence saying what the appointment
covers, a ruled table of the courses they may teach with each course's CEC
value and the term of the appointment, conditions in a short list, and two
signatures. It lists course titles and credit values but awards nothing."""

SOURCE = (
    "wording: training schools' and colleges' adjunct instructor appointment letters (appointment "
    "term, courses assigned, conditions, acceptance signature line)"
)
KIND = "other"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "other",
    "letter",
    "table",
    "portrait",
    "sentence",
    "provider-in-logo",
    "distractor-person",
    "distractor-date",
    "address",
)

TEMPLATE = """<style>
.w { position:absolute; inset:46px 68px 40px; font: 13px ${body}; color:#1d1d1d; line-height:19px }
.lh { text-align:${lh_align}; border-bottom:${rule}; padding-bottom:8px }
.lh .n { font: ${lh_w} 23px ${head}; color:${dark}; letter-spacing:${ls} }
.lh .a { font-size:10.5px; color:#555 }
.dt { margin-top:22px }
.to { margin-top:14px }
.re { margin-top:14px; font-weight:bold }
.w p { margin-top:11px }
table { width:100%; border-collapse:collapse; margin-top:12px; font-size:12px }
th { text-align:left; background:${light}; border-bottom:2px solid ${dark}; padding:4px 6px; font-size:11px }
td { border-bottom:1px solid #ccc; padding:4px 6px }
td.n { text-align:right; white-space:nowrap } th.n { text-align:right }
ul { margin:8px 0 0; padding-left:20px; font-size:12.5px }
.sg { display:flex; justify-content:space-between; margin-top:26px }
.sg > div { width:44% } .sg .h { font: 26px ${hand}; color:#1a2d6b; height:34px; line-height:34px; white-space:nowrap }
.sg .ln { border-top:1px solid #333; padding-top:3px; font-size:11.5px; line-height:15px }
.ft { position:absolute; left:0; right:0; bottom:0; font-size:9px; color:#777; text-align:center }
</style>
<div class="w">
 <div class="lh"><div class="n">${school}</div><div class="a">${street} · ${town} · ${phone}</div></div>
 <div class="dt">${letter_date}</div>
 <div class="to">${appointee}<br>${to_street}<br>${to_town}</div>
 <div class="re">${re}</div>
 <p>${salute}</p>
 <p>${p1}</p>
 <table><tr><th>Code</th><th>Course</th><th class="n">${unit_head}</th><th>${cap_head}</th></tr>${rows_html}</table>
 <p>${p2}</p>
 <ul>${conds_html}</ul>
 <p>${p3}</p>
 <div class="sg">
  <div><div class="h">${signer}</div><div class="ln">${signer}<br>${signer_role}</div></div>
  <div><div class="h"></div><div class="ln">${accept_line}</div></div>
 </div>
 <div class="ft">${foot}</div>
</div>
"""


def fill(d):
    from datetime import timedelta
    from html import escape

    from corpus import values as V
    from corpus.formats import fmt_date, fmt_number

    r = d.rng
    school = d.pick([s for s, _ in V.SCHOOLS])
    street, town = d.address()
    to_street, to_town = d.pick([c for c in V.CITIES if c[0] != street])
    who = d.person()
    start = d.completed + timedelta(days=r.randrange(20, 90))
    end = start + timedelta(days=364)
    courses = r.sample(V.IICRC_COURSES, d.pick([3, 4, 5]))
    cap = d.pick(["Max. class size", "Status", "Delivery"])
    rows = ""
    for title, code in courses:
        cec = fmt_number(d.pick([7, 14, 14, 19, 21, 16]), r, False)
        third = {
            "Max. class size": str(d.pick([12, 16, 20, 24, 30])),
            "Status": d.pick(["Lead", "Assisting", "Lead", "Co-instructor"]),
            "Delivery": d.pick(["Classroom", "Classroom + lab", "Live online"]),
        }[cap]
        rows += f"<tr><td>{code}</td><td>{escape(title)}</td><td class='n'>{cec}</td><td>{third}</td></tr>"
    conds = r.sample(
        [
            "Maintain your IICRC Approved Instructor status throughout the term.",
            "Submit rosters and exam results within five business days of each class.",
            "Complete our instructor orientation before your first class.",
            "Carry general liability coverage for any hands-on lab you lead off site.",
            "Do not issue certificates of completion yourself; the school issues them.",
        ],
        d.pick([2, 3]),
    )
    return {
        "head": d.fonts[d.pick(["display", "serif", "sans"])],
        "body": d.fonts[d.pick(["serif", "sans"])],
        "lh_align": d.pick(["left", "center"]),
        "rule": d.pick(["3px double #444", f"2px solid {d.colors['accent']}", "1px solid #888"]),
        "lh_w": d.pick(["bold", "normal"]),
        "ls": d.pick(["0", "1px"]),
        "school": school,
        "street": street,
        "town": town,
        "phone": d.phone(),
        "letter_date": d.other_date("issue", d.pick(["long", "dmy_long"])),
        "appointee": who,
        "to_street": to_street,
        "to_town": to_town,
        "re": d.pick(
            [
                "Re: Appointment as Adjunct Instructor",
                "Re: Instructor appointment",
                "RE: TEACHING APPOINTMENT",
            ]
        ),
        "salute": f"Dear {who.split()[0]},",
        "p1": (
            f"We are pleased to appoint you as an adjunct instructor of {school} for the term "
            f"{fmt_date(start, 'long')} through {fmt_date(end, 'long')}. You are approved to teach "
            "the following courses; the credit shown is what students receive on completing each one."
        ),
        "unit_head": d.pick(["CECs", "CEC hrs", "Credit"]),
        "cap_head": cap,
        "rows_html": rows,
        "p2": "This appointment is conditional on the following:",
        "conds_html": "".join(f"<li>{escape(c)}</li>" for c in conds),
        "p3": d.pick(
            [
                "Please sign below and return a copy to confirm that you accept this appointment.",
                "Kindly countersign and return this letter within 30 days. We look forward to working with you.",
            ]
        ),
        "signer": d.person(),
        "signer_role": d.pick(["Director of Education", "Dean of Instruction", "Training Manager"]),
        "accept_line": d.pick(["Accepted by instructor / date", "Appointee signature & date"]),
        "foot": d.pick(
            [
                "This letter is an appointment to teach and is not a certificate of training.",
                f"Ref. {d.number('APT-')}",
            ]
        ),
    }
