"""A training school's attendance letter written for a student's employer so
the employer can reimburse the tuition, portrait. The school's name is set
large in a serif face at the top left with a small monogram square, its
address on the right; then the letter's date and an addressee in the
employer's human-resources office with an "Attn:" line, a bold subject
line, a paragraph naming the student, the course and the class dates (one
day, or a span of two or three days), a small ruled table of the class days
(date, hours in class as start and end times, hours per day) whose last row
totals the hours, a paragraph with the tuition paid, the receipt number and
the day payment was received, and the registrar's signature block with an
enrolment number."""

SOURCE = (
    "PhantomWatson/elemental:app/View/Emails/html/refund.ctp (a course registration letter "
    "with a label / value details table) and wording of training schools' attendance "
    "letters for employer tuition reimbursement"
)
KIND = "course"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "letter",
    "table",
    "sentence",
    "portrait",
    "date-range",
    "provider-in-logo",
    "distractor-date",
    "distractor-person",
    "address",
)

TEMPLATE = """<style>
.hd { position:absolute; left:70px; right:70px; top:50px; display:flex; justify-content:space-between; align-items:flex-start }
.lg { display:flex; gap:12px; align-items:center }
.mk { width:44px; height:44px; background:${accent}; color:#fff; font: bold 18px ${display}; display:flex; align-items:center; justify-content:center }
.lg b { font: ${logo_px}px ${display}; color:${dark}; max-width:380px; line-height:1.15 }
.ad { text-align:right; font: 10.5px ${sans}; color:#555; line-height:14px }
.w { position:absolute; left:70px; right:70px; top:150px; font: 14px ${body}; line-height:21px; color:#1c1c1c }
.w p { margin:0 0 12px }
.su { font-weight:bold }
table { border-collapse:collapse; margin:4px 0 16px 24px; font: 13px ${sans}; min-width:60% }
th { text-align:left; font-size:10.5px; text-transform:uppercase; letter-spacing:.6px; color:#555; border-bottom:1.5px solid #333; padding:4px 14px 4px 0 }
td { padding:5px 14px 5px 0; border-bottom:1px solid #ccc } td.n, th.n { text-align:right }
tr.t td { border-bottom:none; border-top:1.5px solid #333; font-weight:bold }
.sg .h { font: 28px ${hand}; color:#20305c; line-height:36px; white-space:nowrap }
.ft { position:absolute; left:70px; right:70px; bottom:34px; font: 9.5px ${sans}; color:#777; border-top:1px solid #ddd; padding-top:4px }
</style>
<div class="hd">
 <div class="lg"><div class="mk">${initials}</div><b>${school}</b></div>
 <div class="ad">${street}<br>${town}<br>${phone}<br>${web}</div>
</div>
<div class="w">
 <p>${letter_date}</p>
 <p>${to_html}</p>
 <p class="su">${subject}</p>
 <p>${salutation}</p>
 <p>${p1}</p>
 <table><tr><th>${h_day}</th><th>${h_time}</th><th class="n">${h_hours}</th></tr>${rows_html}
 <tr class="t"><td>${total_label}</td><td></td><td class="n">${hours}</td></tr></table>
 <p>${p2}</p>
 <p>${closing}</p>
 <div class="sg"><div class="h">${signer}</div>${signer}<br>${signer_role}</div>
</div>
<div class="ft">${footer}</div>
"""

EMPLOYERS = [
    "Maple Grove Restoration Co.",
    "First Response Water Removal",
    "Patriot Fire & Flood LLC",
    "Sunbelt Property Restoration",
    "Northern Lights Cleaning Services",
]


def split_hours(credit, n):
    if n == 1:
        return [credit]
    each = round(credit / n * 2) / 2
    parts = [each] * (n - 1)
    return parts + [credit - sum(parts)]


def fill(d):
    import html
    from datetime import timedelta

    from corpus import formats as F

    e = html.escape
    street, town = d.address()
    r_street, r_town = d.address()
    school = d.provider()
    words = [w for w in school.replace("&", "").split() if w[:1].isupper()]
    initials = "".join(w[0] for w in words)[:3]
    name = d.name(d.pick(["plain", "plain", "honorific"]))
    title = d.title(d.pick(["plain", "with_code", "code_first"]))
    credit = d.credit
    n_days = 1 if credit < 6 else (2 if credit <= 14 else 3)
    if n_days == 1:
        when = "on " + d.date(d.pick(["long", "weekday", "ordinal"]))
    else:
        when = d.pick(["from ", "on "]) + d.date_range(n_days - 1)
    per = split_hours(credit, n_days)
    start = d.completed - timedelta(days=n_days - 1)
    style = d.pick(["us_numeric", "weekday", "short_month", "dmy_long"])
    rows = []
    for i, h in enumerate(per):
        day = start + timedelta(days=i)
        begin = d.pick([8, 8, 9])
        end_h = begin + h + (1 if h >= 6 else 0)
        end = f"{(int(end_h) - 1) % 12 + 1}:{'30' if end_h % 1 else '00'}"
        span = f"{begin}:00 a.m. – {end} {'p.m.' if end_h >= 12 else 'a.m.'}"
        rows.append(
            f"<tr><td>{e(F.fmt_date(day, style))}</td><td>{e(span)}</td>"
            f'<td class="n">{h:g}</td></tr>'
        )
    hours = d.hours_number()
    employer = d.pick(EMPLOYERS)
    p1 = d.pick(
        [
            f"This is to verify that {name} attended our {title} class {when}, and was present "
            "for the full course. The class met as follows:",
            f"At the student's request, we confirm that {name} was enrolled in and attended "
            f"{title} at {school} {when}. Attendance by day is shown below.",
        ]
    )
    amount = d.pick(["$1,095.00", "$895.00", "$1,350.00", "$475.00", "$249.00", "$1,640.00"])
    paid = d.other_date("registered", d.pick(["long", "us_numeric"]))
    p2 = d.pick(
        [
            f"Tuition of {amount} was paid in full on {paid} (receipt {d.number('R-')}). "
            "Lunch breaks are not counted in the hours above.",
            f"The tuition for this class, {amount}, was received on {paid} and is shown on "
            f"receipt no. {d.number()}. We hope this helps with {employer}'s reimbursement.",
        ]
    )
    to_html = "<br>".join(
        e(x)
        for x in [
            employer,
            d.pick(["Human Resources", "Payroll & Benefits", "Accounts Payable"]),
            f"Attn: {d.person()}",
            r_street,
            r_town,
        ]
    )
    return {
        "logo_px": d.pick([22, 24, 26]),
        "body": d.fonts[d.pick(["serif", "sans"])],
        "hand": d.fonts["hand"],
        "initials": initials,
        "school": school,
        "street": street,
        "town": town,
        "phone": d.phone(),
        "web": d.web(),
        "letter_date": d.other_date("issue", d.pick(["long", "dmy_long"])),
        "to_html": to_html,
        "subject": d.pick(
            [
                "Subject: Verification of attendance for tuition reimbursement",
                "RE: Attendance verification",
                "Re: Tuition reimbursement – proof of attendance",
            ]
        ),
        "salutation": d.pick(["To whom it may concern:", "Dear Benefits Administrator:"]),
        "p1": p1,
        "h_day": d.pick(["Class day", "Date"]),
        "h_time": d.pick(["In class", "Time"]),
        "h_hours": d.pick(["Hours", "Hrs."]),
        "rows_html": "".join(rows),
        "total_label": d.pick(["Total hours", "Total", "Total CEC hours"]),
        "hours": hours,
        "p2": p2,
        "closing": d.pick(["Sincerely,", "Respectfully,"]),
        "signer": d.person(),
        "signer_role": d.pick(["Registrar", "Student Services", "Enrollment Coordinator"]),
        "footer": f"Enrollment no. {d.number()} · Please retain this letter with your receipt",
    }
