"""A letter from a school's training office confirming a course's credit and
splitting it into classroom, lab and field parts, portrait: a tinted left
sidebar with the school's name, address, phone and web address; the main
column in full block style with the date, the technician's name and
address, a subject line, a paragraph naming the technician, the course, its
date or dates and the approved credit, a small breakdown table (classroom
lecture, hands-on lab, field exercise, the credited total, the written exam
that is not credited and the total time on site), a paragraph on why the
split is given, the signature and a cc line. Only the approved total is the
credit; the parts, the exam and the time on site are not."""

SOURCE = (
    "wording: restoration schools' credit confirmation letters for technicians whose employer "
    "or state board asks for classroom and practical hours separately (lecture, hands-on lab, "
    "field or mock job site exercise; exam time not counted)"
)
KIND = "course"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "letter",
    "sentence",
    "hours-in-sentence",
    "table",
    "portrait",
    "address",
    "distractor-person",
    "distractor-date",
)

TEMPLATE = """<style>
.sd { position:absolute; left:0; top:0; bottom:0; width:180px; overflow-wrap:anywhere; background:${side}; color:${sidefg}; padding:56px 18px 0 22px; font: 11px ${ui}; line-height:16px }
.sd b { display:block; font: bold 16px ${head}; line-height:20px; margin-bottom:10px }
.sd .dp { text-transform:uppercase; letter-spacing:1px; font-size:9.5px; margin:14px 0 6px; opacity:.85 }
.m { position:absolute; left:226px; right:60px; top:60px; font: 13.5px ${face}; line-height:20px; color:#1a1a1a }
.m p { margin:0 0 12px }
.ad { margin:16px 0 18px }
.sub { font-weight:bold; margin-bottom:14px; ${sub_style} }
table { border-collapse:collapse; margin:4px 0 14px; min-width:62% }
td { padding:4px 8px; border-bottom:1px solid #ddd; font-size:13px; white-space:nowrap }
td.n { text-align:right; padding-left:28px }
tr.cr td { font-weight:bold; border-top:1.5px solid #333; border-bottom:1.5px solid #333 }
tr.x td { color:#555; font-style:italic }
.sg { margin-top:18px } .sg .h { font: 27px ${hand}; color:#1b2a6b; height:34px; line-height:38px; white-space:nowrap }
.cc { margin-top:16px; font-size:11.5px; color:#444 }
</style>
<div class="sd"><b>${org}</b>${street}<br>${town}<br>${phone}<br>${web}<div class="dp">${dept}</div>${dept_line}</div>
<div class="m">
 <p>${letter_date}</p>
 <div class="ad">${addr_name}<br>${a_street}<br>${a_town}</div>
 <div class="sub">${subject}</div>
 <p>${salutation}</p>
 <p>${para1_html}</p>
 <table>${split_html}</table>
 <p>${para2}</p>
 <p>${closing}</p>
 <div class="sg">${sign_off}<div class="h">${signer}</div>${signer}<br>${role}</div>
 <div class="cc">${cc}</div>
</div>
"""


def _fmt(h: float, minutes: bool) -> str:
    if minutes:
        return f"{int(round(h * 60))} min"
    return f"{h:g} {'hour' if h == 1 else 'hours'}"


def fill(d):
    import html

    e = html.escape
    credit = float(d.credit)
    minutes = credit < 2
    parts = []
    if credit >= 6:
        field = float(d.pick([1, 1.5, 2, 3]))
        lab = float(d.pick([2, 2.5, 3, 4, 5]))
        while credit - lab - field < 1:
            lab = max(1.0, lab - 1)
            field = max(0.5, field - 0.5)
        parts = [
            (d.pick(["Classroom lecture", "Classroom instruction"]), credit - lab - field),
            (d.pick(["Hands-on lab", "Lab / practical"]), lab),
            (d.pick(["Field exercise (mock job site)", "Field practicum"]), field),
        ]
    elif credit >= 2:
        demo = float(d.pick([0.5, 1]))
        parts = [
            (d.pick(["Classroom lecture", "Presentation"]), credit - demo),
            (d.pick(["Live demonstration", "Hands-on practice"]), demo),
        ]
    else:
        demo = 0.25
        parts = [
            (d.pick(["Presentation", "Lecture"]), credit - demo),
            (d.pick(["Demonstration", "Q&A and demo"]), demo),
        ]
    exam = float(d.pick([0.5, 1, 1]))
    breaks = float(d.pick([0.5, 1, 1.5])) if credit >= 6 else 0.25
    on_site = credit + exam + breaks

    name = d.name("plain")
    title = d.title(d.pick(["plain", "with_code", "code_first"]))
    when = d.date_range(d.pick([1, 2])) if credit >= 12 else d.date(d.pick(["long", "ordinal"]))
    hours = d.hours(d.pick(["cec_hours", "words", "hours_title", "words_cec", "cecs"]))
    approval = d.approval() if d.chance(0.5) else None
    rows = [f"<tr><td>{e(k)}</td><td class='n'>{_fmt(v, minutes)}</td></tr>" for k, v in parts]
    rows.append(
        f"<tr class='cr'><td>{d.pick(['Approved credit', 'Total credited', 'Credit awarded'])}"
        f"</td><td class='n'>{e(hours if len(hours) <= 18 else _fmt(credit, minutes and d.chance(0.5)))}"
        "</td></tr>"
    )
    rows.append(
        f"<tr class='x'><td>Written exam (not credited)</td><td class='n'>{_fmt(exam, minutes)}</td></tr>"
    )
    if d.chance(0.7):
        rows.append(
            f"<tr class='x'><td>{d.pick(['Total time on site', 'Time on site incl. breaks'])}</td>"
            f"<td class='n'>{_fmt(on_site, False)}</td></tr>"
        )
    held = "were held" if credit >= 12 else "was held"
    para1 = (
        f"This letter confirms that {e(name)} completed {e(title)}, which {held} "
        f"{'from ' if credit >= 12 else 'on '}{e(when)}. The course is approved for <span style='white-space:nowrap'>{e(hours)}</span>"
        + (f" under approval number {e(approval)}" if approval else "")
        + ". The credit is made up as follows:"
    )
    street, town = d.address()
    a_street, a_town = d.address()
    employer = d.pick(
        ["Dry-Rite Restoration LLC", "Phoenix Fire & Water Recovery", "Allied Indoor Air Services"]
    )
    return {
        "face": d.fonts[d.pick(["serif", "serif", "sans"])],
        "head": d.fonts[d.pick(["display", "serif", "sans"])],
        "ui": d.fonts["sans"],
        "hand": d.fonts["hand"],
        **dict(
            zip(
                ("side", "sidefg"),
                d.pick(
                    [(d.colors["dark"], "#fff"), (d.colors["light"], "#222"), ("#e9ecef", "#222")]
                ),
                strict=True,
            )
        ),
        "sub_style": d.pick(
            ["", "text-transform:uppercase; letter-spacing:.5px;", "text-decoration:underline;"]
        ),
        "org": d.provider(),
        "street": street,
        "town": town,
        "phone": d.phone(),
        "web": d.web(),
        "dept": d.pick(["Training office", "Student services", "Registrar"]),
        "dept_line": d.pick(["Mon–Fri, 8–5", "Records kept 5 years", "Fax on request"]),
        "letter_date": d.other_date("issue", "long"),
        "addr_name": name,
        "a_street": a_street,
        "a_town": a_town,
        "subject": d.pick(
            [
                "Subject: Continuing education credit breakdown",
                "Re: Classroom and practical hours",
                "Re: Verification of course credit",
            ]
        ),
        "salutation": d.pick([f"Dear {name.split()[0]}:", "To whom it may concern:"]),
        "para1_html": para1,
        "split_html": "".join(rows),
        "para2": d.pick(
            [
                "Some employers and licensing boards ask for classroom and practical time "
                "separately; the parts above are given for that purpose. Only the approved total "
                "is reported as continuing education credit.",
                "Exam time and breaks are shown for your records but are not part of the credit. "
                "Please keep this letter with your certificate of completion.",
            ]
        ),
        "closing": d.pick(
            [
                "Please contact our office if you need anything further.",
                f"Questions may be directed to our office at {d.phone()}.",
            ]
        ),
        "sign_off": d.pick(["Sincerely,", "Regards,", "Respectfully,"]),
        "signer": d.person(),
        "role": d.pick(["Director of Education", "Registrar", "Training Coordinator"]),
        "cc": d.pick([f"cc: {employer}", "cc: student file", f"cc: {employer}; student file"]),
    }
