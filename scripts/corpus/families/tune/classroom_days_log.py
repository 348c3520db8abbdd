"""A sponsor's course completion certificate for a licensing board that
counts classroom hours: the sponsor's name, sponsor number and address at the
top, the licensee and licence number as labelled lines, the course, then an
attendance log of the days the class met, each with its date, the time in
and out, the break and the classroom hours for that day, and a total row,
the credited figure. The scheduled span of each day (time in to time out)
is longer than its hours, and the day figures are smaller than the total."""

SOURCE = (
    "https://www.law.cornell.edu/regulations/michigan/Mich-Admin-Code-R-339-23323 "
    "(sponsor keeps the number of classroom hours attended; the certificate carries the "
    "licensee's name and licence number, sponsor, course, classroom hours completed, date of "
    "completion and the coordinator's or instructor's signature)"
)
KIND = "course"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "table",
    "record",
    "labelled",
    "portrait",
    "date-range",
    "distractor-person",
    "address",
)

TEMPLATE = """<style>
.w { position:absolute; inset:52px 62px 48px; font: 13.5px ${serif}; color:#1b1b1b }
.hd { text-align:center; border-bottom:2px solid ${dark}; padding-bottom:10px }
.hd .o { font: bold 23px ${serif}; color:${dark} } .hd .a { font-size:12px; margin-top:4px; color:#444 }
h1 { font: bold 19px ${sans}; text-align:center; letter-spacing:3px; text-transform:uppercase; margin:26px 0 22px }
.l { display:flex; align-items:flex-end; gap:10px; margin:0 0 14px }
.l .k { flex:none; font-size:13px; width:150px } .l .v { flex:1; border-bottom:1px solid #555; font: bold 16px ${sans}; padding:0 4px 2px }
.l2 { display:flex; gap:26px } .l2 .l { flex:1 }
.cap { font: bold 12px ${sans}; text-transform:uppercase; letter-spacing:1px; margin:26px 0 6px; color:${dark} }
table { width:100%; border-collapse:collapse; font: 13px ${sans} }
th { border:1px solid #444; background:${light}; padding:6px; font-size:11px; text-transform:uppercase }
td { border:1px solid #444; padding:8px 6px; text-align:center }
tr.t td { font-weight:bold; font-size:14.5px; background:${light} } tr.t td.lb { text-align:right }
.att { margin-top:22px; font-size:12.5px; line-height:19px }
.sig { display:flex; gap:40px; margin-top:62px; font: 11.5px ${sans} }
.sig div { flex:1; border-top:1px solid #222; padding-top:3px; position:relative }
.sig .h { position:absolute; top:-36px; left:8px; font: 27px ${hand}; color:#1a2a6c; white-space:nowrap }
.ft { position:absolute; left:0; right:0; bottom:0; font: 9.5px ${sans}; color:#666; display:flex; justify-content:space-between }
</style>
<div class="w">
 <div class="hd"><div class="o">${org}</div><div class="a">${sponsor_label} ${sponsor_no} · ${street}, ${city} · ${phone}</div></div>
 <h1>${heading}</h1>
 <div class="l"><span class="k">${name_label}</span><span class="v">${name}</span></div>
 <div class="l2"><div class="l"><span class="k">${lic_label}</span><span class="v">${license}</span></div>
  <div class="l"><span class="k" style="width:96px">Completed</span><span class="v">${date}</span></div></div>
 <div class="l"><span class="k">Course attended</span><span class="v">${title}</span></div>
 <div class="l"><span class="k">${loc_label}</span><span class="v">${venue}</span></div>
 <div class="cap">${log_caption}</div>
 <table>
  <tr><th>Day</th><th>Date</th><th>Time in</th><th>Time out</th><th>Breaks</th><th>Classroom hours</th></tr>
  ${rows_html}
  <tr class="t"><td class="lb" colspan="5">${total_label}</td><td>${hours}</td></tr>
 </table>
 <div class="att">${attest}</div>
 <div class="sig"><div><span class="h">${signer}</span>${signer}, ${role}</div><div>${dates_label} ${dates}</div></div>
 <div class="ft"><span>${form_no}</span><span>${keep}</span></div>
</div>
"""


def _clock(minutes: int) -> str:
    h, m = divmod(minutes, 60)
    return f"{(h - 1) % 12 + 1}:{m:02d} {'AM' if h < 12 else 'PM'}"


def fill(d):
    from datetime import timedelta

    from corpus.formats import fmt_date, fmt_number

    r = d.rng
    c = d.credit
    days = 1 if c <= 8 else 2 if c <= 16 else 3
    base = int(c / days * 2) / 2
    per = [base] * (days - 1) + [c - base * (days - 1)]
    start_day = d.completed - timedelta(days=days - 1)
    dstyle = d.pick(["us_numeric", "short_month", "weekday"])
    rows = []
    for i, h in enumerate(per):
        start = d.pick([7 * 60 + 30, 8 * 60, 8 * 60, 8 * 60 + 30, 9 * 60])
        brk = 0 if h <= 4 else d.pick([30, 45, 60, 60])
        end = start + round(h * 60) + brk
        day = start_day + timedelta(days=i)
        rows.append(
            f"<tr><td>{i + 1}</td><td>{fmt_date(day, dstyle)}</td><td>{_clock(start)}</td>"
            f"<td>{_clock(end)}</td><td>{brk} min</td><td>{fmt_number(h, r, False)}</td></tr>"
        )
    street, city = d.address()
    if days > 1:
        dates = d.date_range(days - 1)
        date = fmt_date(d.completed, "us_numeric")
    else:
        date = d.date(d.pick(["us_numeric", "long"]))
        dates = date
    return {
        "org": d.provider(),
        "sponsor_label": d.pick(["Sponsor No.", "Approved Sponsor #", "CE Sponsor ID"]),
        "sponsor_no": f"{r.randrange(1000, 9999)}",
        "street": street,
        "city": city,
        "phone": d.phone(),
        "heading": d.pick(
            ["Course Completion Certificate", "Certificate of Completion", "Completion Certificate"]
        ),
        "name_label": d.pick(["Licensee", "Name of licensee", "Student"]),
        "name": d.name(d.pick(["plain", "plain", "last_first"])),
        "lic_label": d.pick(["License number", "License No."]),
        "license": f"{d.pick(['2101', '2102', '2106', '2401'])}{r.randrange(100000, 299999)}",
        "date": date,
        "title": d.title(d.pick(["plain", "code_first"])),
        "loc_label": d.pick(["Location", "Classroom location"]),
        "venue": d.venue(),
        "log_caption": d.pick(
            ["Classroom attendance", "Attendance record", "Hours attended by day"]
        ),
        "rows_html": "".join(rows),
        "total_label": d.pick(
            ["Total classroom hours completed", "Total hours", "Classroom hours completed"]
        ),
        "hours": d.hours_number(),
        "attest": d.pick(
            [
                "The sponsor certifies that the licensee named above attended the classroom "
                "hours shown and completed the course. Partial attendance is credited only for "
                "the hours actually attended.",
                "I certify that the above licensee was present for the hours recorded on this "
                "log; arrival and departure times were checked against the sign-in sheet.",
            ]
        ),
        "signer": d.person(),
        "role": d.pick(["Course Coordinator", "Instructor", "Program Coordinator"]),
        "dates_label": d.pick(["Course dates:", "Dates of course:"]),
        "dates": dates,
        "form_no": f"Form CE-{r.randrange(10, 99)} (rev. {r.randrange(2015, 2024)})",
        "keep": d.pick(["Licensee copy: keep for 4 years", "Retain for license renewal audit"]),
    }
