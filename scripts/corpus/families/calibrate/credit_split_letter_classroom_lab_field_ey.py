"""A school's letter confirming a student's credit for a class and how the
credit divides into classroom, hands-on lab and field work, portrait. The
school's name stands at the top beside a vertical rule with its address; a
date, an optional reference, a salutation (to the student or to whom it may
concern), a sentence naming the student, the class, the completion date and
the credit; then a small table of the parts of the credit with their hours,
a second list of the class time that earned no credit (orientation, exam,
an optional review evening), the scheduled length of the class, the
approval number, and a signature. The parts and the uncredited items are
not the credit; the sentence's figure is."""

SOURCE = (
    "Wording of training schools' credit confirmation letters sent to licensing boards and "
    "employers (credit awarded, then the split into classroom, laboratory and field hours, "
    "with time that is not credited listed apart); letter layout with the sender's block "
    "beside a rule, date, reference, salutation, body and signature"
)
KIND = "course"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "letter",
    "sentence",
    "hours-in-sentence",
    "table",
    "portrait",
    "distractor-person",
    "distractor-date",
    "approval",
)

TEMPLATE = """<style>
.w { position:absolute; inset:56px 70px 40px; font: 13.5px ${body}; color:#1c1c1c; line-height:21px }
.lh { display:flex; gap:14px; align-items:stretch; margin-bottom:26px }
.lh .bar { width:5px; background:${accent} }
.lh b { display:block; font: bold 20px ${head}; color:${dark}; line-height:24px }
.lh span { display:block; font-size:11px; color:#555; line-height:15px }
.meta { margin-bottom:16px }
p { margin:0 0 12px }
.re { font-weight:bold; margin-bottom:14px }
table { border-collapse:collapse; margin:4px 0 14px 18px; min-width:360px; font-size:13px }
td { padding:3px 10px 3px 0; border-bottom:1px dotted #aaa } td.n { text-align:right; padding-right:0; white-space:nowrap }
tr.t td { border-top:1.5px solid #333; border-bottom:0; font-weight:bold }
.nc { margin:0 0 14px 18px; font-size:12.5px; color:#333 }
.sig { margin-top:26px }
.sig b { display:block; font: 27px ${hand}; color:#1f2f73; font-weight:normal; height:36px }
.ft { position:absolute; left:0; right:0; bottom:0; font-size:9px; color:#777; text-align:center }
</style>
<div class="w">
 <div class="lh"><div class="bar"></div><div><b>${provider}</b><span>${street}, ${town}</span><span>${phone} \u00b7 ${web}</span></div></div>
 <div class="meta">${letter_date}${ref_html}</div>
 <div class="re">${re_line}</div>
 <p>${salutation}</p>
 <p>${sentence}</p>
 <p>${split_intro}</p>
 <table>${split_html}</table>
 <p>${nc_intro}</p>
 <div class="nc">${nc_html}</div>
 <p>${closing_text}</p>
 <div class="sig">${closing}<b>${signer}</b>${signer}<br>${signer_role}</div>
 <div class="ft">${foot}</div>
</div>
"""


def _q(x):
    return round(x * 4) / 4


def fill(d):
    credit = float(d.credit)
    style = d.pick(["long", "ordinal", "dmy_long", "short_month"])
    if credit >= 6:
        c1 = _q(credit * d.pick([0.45, 0.5, 0.55, 0.6]))
        c3 = _q(credit * d.pick([0.1, 0.15, 0.2])) if d.chance(0.7) else 0
        c2 = credit - c1 - c3
        parts = [("Classroom instruction", c1), ("Hands-on laboratory", c2)]
        if c3:
            parts.append(
                (d.pick(["Field practicum", "Supervised field work", "Jobsite walk-through"]), c3)
            )
    else:
        c1 = _q(credit * d.pick([0.5, 0.6, 0.75]))
        parts = [
            ("Classroom instruction", c1),
            (d.pick(["Demonstration", "Hands-on practice"]), credit - c1),
        ]
    parts = [(a, b) for a, b in parts if b > 0]
    noncredit = [
        (
            d.pick(["Orientation and safety briefing", "Registration and orientation"]),
            d.pick([0.5, 0.5, 1]),
        ),
        (d.pick(["Written exam", "Final examination"]), d.pick([1, 1, 1.5])),
    ]
    if d.chance(0.5):
        noncredit.append(
            (d.pick(["Optional evening review", "Optional study hall"]), d.pick([1.5, 2]))
        )
    lunch_days = max(1, int(credit // 6))
    counted = sum(h for label, h in noncredit if not label.startswith("Optional"))
    scheduled = credit + counted + (lunch_days if credit >= 6 else 0)

    name = d.name(d.pick(["plain", "honorific", "plain"]))
    title = d.title(d.pick(["plain", "with_code", "code_first"]))
    date = d.date(style)
    provider = d.provider()
    use_words = d.chance(0.5)
    if use_words:
        hours = d.hours(d.pick(["words", "words_cec", "cec_hours", "hours_title", "ceu_and_cec"]))
        total = f"{credit:g}"
    else:
        total = d.hours_number()
        hours = f"{total} {d.pick(['continuing education hours', 'CEC hours', 'hours of credit'])}"
    unit = d.pick(["hrs", "hours", "h"])
    split_html = "".join(f"<tr><td>{a}</td><td class='n'>{b:g} {unit}</td></tr>" for a, b in parts)
    split_html += f"<tr class='t'><td>{d.pick(['Total credit', 'Credit awarded'])}</td><td class='n'>{total} {unit}</td></tr>"
    nc_html = "<br>".join(f"{a}: {b:g} {unit}" for a, b in noncredit)
    approval = d.approval()
    to_whom = d.chance(0.4)
    ref = d.chance(0.6)
    street, town = d.address()
    return {
        "body": d.fonts[d.pick(["serif", "sans"])],
        "head": d.fonts[d.pick(["display", "serif", "sans"])],
        "provider": provider,
        "street": street,
        "town": town,
        "phone": d.phone(),
        "web": d.web(),
        "letter_date": d.other_date("issue", style),
        "ref_html": f"<br>Ref.: {d.number()}" if ref else "",
        "re_line": d.pick(
            [
                f"Re: Credit for {title}",
                "Re: Confirmation of continuing education credit",
                f"Subject: {title}",
            ]
        ),
        "salutation": "To whom it may concern:" if to_whom else f"Dear {d.first},",
        "sentence": d.pick(
            [
                f"This letter confirms that {name} completed {title} on {date} and has been awarded "
                f"{hours}. The class is approved under number {approval}.",
                f"We confirm that {name} attended and passed {title}, which ended on {date}. "
                f"{name} is awarded {hours} (approval no. {approval}).",
            ]
        ),
        "split_intro": d.pick(
            [
                "The credit is made up as follows:",
                "For your records, the credit divides as follows:",
            ]
        ),
        "split_html": split_html,
        "nc_intro": d.pick(
            [
                "The following class time is not included in the credit:",
                "These parts of the class were attended but carry no credit:",
            ]
        ),
        "nc_html": nc_html,
        "closing_text": d.pick(
            [
                f"The class was scheduled for {scheduled:g} hours in all, lunch included. Please "
                "contact our office if the board or employer needs the attendance records.",
                f"Scheduled class time was {scheduled:g} hours. Attendance sheets and the exam result "
                "are kept on file for five years.",
            ]
        ),
        "closing": d.pick(["Sincerely,", "Respectfully,", "Kind regards,"]),
        "signer": d.person(),
        "signer_role": d.pick(
            ["Director of Education", "Registrar", "Program Coordinator", "Lead Instructor"]
        ),
        "foot": d.pick(["", f"{provider} \u00b7 {d.web()}", "Original signature on file"]),
    }
