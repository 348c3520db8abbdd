"""A notice letter about a continuing education shortfall, portrait: the
sender's letterhead, a "second notice" flag, the certificant's address, a
paragraph saying how many hours are on file against how many are needed
for the cycle, a table of the courses on file with dates and hours, a
deadline, and a signature. It credits nothing: it lists what was reported
and asks for more."""

SOURCE = (
    "https://floridasnursing.gov/help-center/what-will-happen-if-i-do-not-have-the-rquired-"
    "continuing-education-for-renewal/ (course history on file checked against the renewal "
    "requirement); wording: association certification offices' CE deficiency notices"
)
KIND = "other"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "other",
    "letter",
    "table",
    "record",
    "portrait",
    "distractor-person",
    "distractor-date",
)

TEMPLATE = """<style>
.lh { position:absolute; top:40px; left:72px; right:72px; display:flex; gap:14px; align-items:center; padding-bottom:10px; border-bottom:1px solid #999 }
.lh .lg { width:52px; height:52px; background:${dark}; color:#fff; font: bold 18px ${head}; display:flex; align-items:center; justify-content:center; border-radius:4px }
.lh .o { font: bold 19px ${head}; color:${dark} } .lh .a { font: 10.5px ${sans}; color:#444 }
.flag { position:absolute; top:132px; right:72px; border:2px solid #a11; color:#a11; font: bold 12px ${sans}; letter-spacing:2px; padding:4px 10px }
.b { position:absolute; top:136px; left:78px; right:78px; font: 13.5px ${body}; line-height:21px; color:#1b1b1b }
.b p { margin:0 0 12px }
table { width:100%; border-collapse:collapse; font: 12px ${sans}; margin:2px 0 14px }
th { text-align:left; border-bottom:1.5px solid #333; padding:5px 6px; font-size:10.5px; text-transform:uppercase; color:#333 }
td { border-bottom:1px solid #ccc; padding:6px 6px } td.n, th.n { text-align:right }
tr.t td { font-weight:bold; border-bottom:none; border-top:1.5px solid #333 }
.sg .h { font: 27px ${hand}; color:#1c2f6b; height:34px; white-space:nowrap }
.ft { position:absolute; left:78px; right:78px; bottom:30px; font: 9px ${sans}; color:#666; border-top:1px solid #ccc; padding-top:5px }
</style>
<div class="lh"><div class="lg">${initials}</div><div><div class="o">${org}</div><div class="a">${dept} · ${street}, ${town} · ${phone}</div></div></div>
<div class="flag">${flag}</div>
<div class="b">
 <p>${letter_date}<br><br>${name}<br>${to_street}<br>${to_town}</p>
 <p><b>Re: ${re} — Certificant no. ${cert_no}</b></p>
 <p>${dear}</p>
 <p>${p1}</p>
 <table>
  <tr><th>Course</th><th>Provider</th><th>Completed</th><th class="n">Hours</th></tr>
  ${rows_html}
  <tr class="t"><td colspan="3">Hours on file</td><td class="n">${on_file}</td></tr>
 </table>
 <p>${p2}</p>
 <p>Sincerely,</p>
 <div class="sg"><div class="h">${signer}</div>${signer}<br>${role}</div>
</div>
<div class="ft">${fine}</div>
"""


def fill(d):
    import html

    from corpus import values as V
    from corpus.formats import fmt_date, fmt_number

    r = d.rng
    org = d.provider()
    words = [w for w in org.replace(",", " ").replace("&", " ").split() if w[:1].isupper()]
    street, town = d.address()
    to_street, to_town = d.address()
    style = d.pick(["us_numeric", "short_month"])
    rows = [(d.title("plain"), d.pick([s[0] for s in V.SCHOOLS]), d.date(style), d.hours_number())]
    from datetime import timedelta

    extra = r.sample(V.CE_COURSES, d.pick([1, 2, 2, 3]))
    for course in extra:
        day = d.completed - timedelta(days=r.randrange(40, 600))
        rows.append(
            (
                course,
                d.pick([s[0] for s in V.SCHOOLS]),
                fmt_date(day, style),
                fmt_number(d.pick([1, 2, 3, 3.5, 4, 7]), r, False),
            )
        )
    r.shuffle(rows)
    total = sum(float(h) for *_, h in rows)
    required = d.pick([14, 14, 21, 28])
    while required <= total:
        required += 7
    body_rows = "".join(
        "<tr>"
        + "".join(f"<td>{html.escape(c)}</td>" for c in row[:3])
        + f"<td class='n'>{html.escape(row[3])}</td></tr>"
        for row in rows
    )
    due = d.other_date("expiry", "long")
    return {
        "head": d.fonts[d.pick(["serif", "sans", "display"])],
        "body": d.fonts[d.pick(["serif", "sans"])],
        "initials": "".join(w[0] for w in words[:3]),
        "org": org,
        "dept": d.pick(["Certification Services", "Member Records", "Credentialing Office"]),
        "street": street,
        "town": town,
        "phone": d.phone(),
        "flag": d.pick(["SECOND NOTICE", "ACTION REQUIRED", "FINAL NOTICE"]),
        "letter_date": d.other_date("print", "long"),
        "name": d.name(d.pick(["plain", "upper"])),
        "to_street": to_street,
        "to_town": to_town,
        "re": d.pick(["Continuing education shortfall", "Incomplete CE record", "CE requirement"]),
        "cert_no": f"{r.randrange(100000, 999999)}",
        "dear": f"Dear {d.first.split()[0]} {d.last}:",
        "p1": f"Our review of your continuing education record for the current renewal cycle shows "
        f"{total:g} hours on file. Renewal requires {required} hours. The courses reported to us "
        f"so far are listed below.",
        "rows_html": body_rows,
        "on_file": f"{total:g} of {required}",
        "p2": f"Please send proof of the remaining {required - total:g} hours by {due}. Courses "
        f"already listed need not be sent again. If you have completed courses that are not shown, "
        f"forward the certificates to this office.",
        "signer": d.person(),
        "role": d.pick(["Certification Coordinator", "Member Records Specialist", d.role()]),
        "fine": d.pick(
            [
                "This notice is not a certificate and does not award continuing education credit.",
                "If you have already responded, please disregard this notice.",
            ]
        ),
    }
