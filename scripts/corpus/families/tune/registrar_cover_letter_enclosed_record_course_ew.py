"""A school registrar's letter confirming one course, portrait, sent at the
student's request to an employer or to whom it may concern, with the
student's whole record at the school reproduced under it. A letterhead with
the school's name and address, the office's reference and the letter's date
on one line, the addressee block, an underlined subject line in capitals
naming the student, then a paragraph confirming that the student completed
one course on a day and was awarded its continuing education hours. A
second paragraph says the full record follows for reference only, and a
ruled table lists every course the student has taken at the school (class
dates, course, contact hours, CEC hours, result), the confirmed course
marked; other rows carry other courses' hours and a withdrawn course none.
A total of CEC hours on file, the closing, the registrar's signature and an
enclosure line end it."""

SOURCE = (
    "hameddavid/trans:resources/views/cover_letter.blade.php (registrar's cover letter: "
    "reference number and date on one line, addressee, underlined capitalised subject naming "
    "the student, a sentence sending the transcript) and mwikah/schooltemplatesmain:resources/"
    "views/transcriptchatgpt.blade.php (centred school header, student section, bordered course "
    "table, registrar signature)"
)
KIND = "course"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "letter",
    "sentence",
    "hours-in-sentence",
    "table",
    "portrait",
    "distractor-date",
    "distractor-org",
    "distractor-person",
)

TEMPLATE = """<style>
.w { position:absolute; inset:50px 64px 44px; font: ${fpx}px ${face}; color:#1a1a1a; line-height:${lh} }
.lh { text-align:${lh_align}; border-bottom:${lh_rule}; padding-bottom:8px; margin-bottom:16px }
.lh b { display:block; font: bold 21px ${head}; color:${dark}; letter-spacing:${ls} }
.lh span { font-size:10.5px; color:#444; line-height:14px }
.ref { display:flex; justify-content:space-between; font-size:12px; margin-bottom:14px }
.to { font-size:12.5px; line-height:17px; margin-bottom:14px }
.subj { font-weight:bold; text-decoration:underline; text-transform:uppercase; font-size:12.5px; margin:0 0 12px; line-height:17px }
p { margin:0 0 10px !important }
table { width:100%; border-collapse:collapse; font-size:11.5px; line-height:14px; margin:4px 0 6px }
th { text-align:left; font-size:9.5px; text-transform:uppercase; letter-spacing:.4px; border-top:1.5px solid #333; border-bottom:1px solid #333; padding:4px 5px }
th.n, td.n { text-align:right; white-space:nowrap }
td { padding:5px; border-bottom:1px solid #ccc; vertical-align:top }
tr.this td { font-weight:bold; background:${hi} }
.tot { text-align:right; font-size:11.5px; margin-bottom:14px }
.close { margin-top:6px }
.sg { font: 26px ${hand}; color:#1c2f6e; height:34px; margin-top:6px }
.enc { margin-top:14px; font-size:10.5px; color:#444 }
.cap { font-size:11px; color:#333; margin-top:14px; letter-spacing:.3px }
.ft { position:absolute; left:0; right:0; bottom:0; border-top:1px solid #bbb; padding-top:4px; font-size:8.5px; color:#666; text-align:center; line-height:12px }
</style>
<div class="w">
 <div class="lh"><b>${school}</b><span>${street} · ${town} · ${phone}</span></div>
 <div class="ref"><span>${ref}</span><span>${letter_date}</span></div>
 <div class="to">${to_html}</div>
 <div class="subj">${subject}</div>
 <p>${salute}</p>
 <p>${body}</p>
 <p>${body2}</p>
 <div class="cap">${record_cap}</div>
 <table>
  <tr><th>Class dates</th><th>Course</th><th class="n">Contact hrs</th><th class="n">${cec_head}</th><th>Result</th></tr>
  ${rows_html}
 </table>
 <div class="tot">${total}</div>
 <p class="close">${closing}</p>
 <div class="sg">${sig}</div>
 <div>${registrar}<br>${registrar_role}</div>
 <div class="enc">${enc}</div>
 <div class="ft">${footer}</div>
</div>
"""

EMPLOYERS = [
    "Human Resources, Allied Flood Response LLC",
    "Training Department, Northstar Drying Services",
    "Office Manager, Greenway Property Recovery",
    "Compliance, Summit Peak Disaster Services",
    "Safety & Training, Tri-County Restoration, Inc.",
]


def fill(d):
    import html
    from datetime import timedelta

    from corpus import values as V
    from corpus.formats import fmt_date, fmt_range

    e = html.escape
    r = d.rng
    credit = float(d.credit)
    style = d.pick(["long", "long", "ordinal", "dmy_long", "us_numeric"])
    school = d.provider()
    name = d.name("plain")
    title = d.title(d.pick(["plain", "with_code"]))
    done = d.date(style)
    hours = d.hours(d.pick(["cec_hours", "cec_hours", "cecs", "ceu_and_cec"]))

    # the student's other courses at the school, each with its own hours
    pool = [t for t, _ in V.IICRC_COURSES if t != d.course] + [
        t for t in V.CE_COURSES if t != d.course
    ]
    others = r.sample(pool, d.pick([2, 3, 4]))
    n_days = 1 if credit < 5 else (2 if credit <= 14 else 3)
    this_start = d.completed - timedelta(days=n_days - 1)
    rows = [
        (
            d.completed,
            fmt_range(this_start, d.completed, r)
            if n_days > 1
            else fmt_date(d.completed, "us_numeric"),
            title,
            credit + d.pick([0.5, 1, 2]) if credit >= 3 else credit + 0.5,
            f"{credit:g}",
            d.pick(["Pass", "Completed", "P"]),
            True,
        )
    ]
    total = credit
    for i, other in enumerate(others):
        end = d.completed - timedelta(days=r.randint(60, 1500))
        big = any(other == t for t, _ in V.IICRC_COURSES)
        choices = (7, 12.5, 14, 16, 19, 21) if big else (1, 1.5, 2, 3, 3.5, 6, 7, 8)
        cec = r.choice([h for h in choices if h != credit])
        days = 1 if cec < 5 else (2 if cec <= 14 else 3)
        withdrawn = i == 0 and r.random() < 0.3
        rows.append(
            (
                end,
                fmt_range(end - timedelta(days=days - 1), end, r)
                if days > 1
                else fmt_date(end, "us_numeric"),
                other,
                cec + d.pick([0.5, 1, 2]),
                "—" if withdrawn else f"{cec:g}",
                "Withdrawn" if withdrawn else d.pick(["Pass", "Completed", "P"]),
                False,
            )
        )
        if not withdrawn:
            total += cec
    rows.sort(key=lambda row: row[0], reverse=d.chance(0.5))
    rows_html = "".join(
        f"<tr class='{'this' if mine else ''}'><td>{e(span)}</td><td>{e(course)}{' ◂' if mine and d.chance(0.5) else ''}</td>"
        f"<td class='n'>{contact:g}</td><td class='n'>{e(cec)}</td><td>{e(res)}</td></tr>"
        for _, span, course, contact, cec, res, mine in rows
    )
    street, town = d.address()
    letter_day = d.completed + timedelta(days=r.randint(20, 500))
    to_whom = d.chance(0.4)
    employer = d.pick(EMPLOYERS)
    to_html = (
        "To whom it may concern"
        if to_whom
        else "<br>".join(e(x) for x in [f"Attn: {d.person()}", *employer.split(", ", 1)])
    )
    registrar = d.person()
    first_year = min(row[0] for row in rows).year
    return {
        "record_cap": d.pick(
            [
                f"STUDENT RECORD · ID {r.randrange(10000, 99999)} · first enrolled {first_year}",
                f"Course history for {name} (student no. {r.randrange(1000, 9999)})",
            ]
        ),
        "footer": d.pick(
            [
                f"{school} · records office · {d.web()}",
                f"IICRC Approved School no. {r.randrange(1000, 9999)} · {town}",
            ]
        ),
        "face": d.fonts[d.pick(["serif", "serif", "sans"])],
        "head": d.fonts[d.pick(["display", "serif", "sans"])],
        "fpx": d.pick(["12.5", "13", "13.5"]),
        "lh": d.pick(["1.45", "1.5"]),
        "lh_align": d.pick(["center", "left"]),
        "lh_rule": d.pick(["2px solid #333", "1px solid #999", "4px double #555"]),
        "ls": d.pick(["0", ".5px", "1.5px"]),
        "hi": d.pick(["#f3f0e4", "#eef3f9", "transparent"]),
        "school": school,
        "street": street,
        "town": town,
        "phone": d.phone(),
        "ref": d.pick(
            [
                f"Our ref: REG/VC/{letter_day.year}/{r.randrange(100, 9999):04d}",
                f"Ref. {r.randrange(10000, 99999)}",
                f"Request no. {d.number()}",
            ]
        ),
        "letter_date": fmt_date(letter_day, style),
        "to_html": to_html,
        "subject": d.pick(
            [
                f"Verification of course completion — {d.first} {d.last}",
                f"Re: {d.first} {d.last}: confirmation of continuing education",
                f"Confirmation of training — {d.last}, {d.first}",
            ]
        ),
        "salute": "Dear Sir or Madam,"
        if to_whom
        else d.pick(["Dear Colleague,", "Good day,", "Hello,"]),
        "body": d.pick(
            [
                f"At the request of the student named above, we confirm that {name} completed "
                f"{title} with our school on {done} and was awarded {hours} for the course.",
                f"This letter confirms that {name} attended and passed {title}, which ended on "
                f"{done}. The course carries {hours}, which have been awarded to {d.first}.",
            ]
        ),
        "body2": d.pick(
            [
                "For your reference the student's complete record with us is reproduced below. "
                "Only the course named in this letter is the subject of this confirmation.",
                "The student's full record follows. Earlier courses are listed for information "
                "and were confirmed separately at the time.",
            ]
        ),
        "cec_head": d.pick(["CEC", "CEC hrs", "CE hours"]),
        "rows_html": rows_html,
        "total": f"{d.pick(['Total CEC hours on file', 'CEC on record', 'Total credited'])}: {total:g}",
        "closing": d.pick(["Yours faithfully,", "Sincerely,", "Respectfully,"]),
        "sig": registrar if d.chance(0.7) else "",
        "registrar": registrar,
        "registrar_role": d.pick(
            ["Registrar", "Office of the Registrar", "Student Records Manager"]
        ),
        "enc": d.pick(
            [
                "Enc.: copy of certificate of completion",
                "cc: student file",
                "Not valid without the school's seal",
            ]
        ),
    }
