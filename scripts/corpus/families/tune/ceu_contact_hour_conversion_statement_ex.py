"""A statement of continuing education units in the style of providers that
award CEUs and convert them for the trade: a wordmark and a thin rule, the
statement's title, a labelled block for the participant, the program, its
dates and a statement number, then a small conversion table: the time on the
program's schedule including breaks (not credit), the contact hours
awarded (the credit), and the same credit in CEUs. A note states the
conversion rule (one CEU is ten contact hours) and, on some statements, the
minimum attendance the provider requires. Signed by an education officer."""

SOURCE = (
    "rtharayil/certify-me.github.io:_certificate-templates/distinguished-continuing-education-"
    "credit-certificate.md (CEU certificate: participant, program title, earned CEUs, date, "
    "certificate ID, signature); wording: IACET-style providers that state CEUs and the contact "
    "hours they convert to"
)
KIND = "course"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "labelled",
    "table",
    "portrait",
    "ceu",
    "distractor-person",
    "distractor-date",
    "date-range",
    "tiny-footer",
)

TEMPLATE = """<style>
.w { position:absolute; inset:58px 72px 44px; font: 13.5px ${body}; color:#1b1b1b }
.top { display:flex; align-items:center; gap:14px; border-bottom:1px solid ${dark}; padding-bottom:10px }
.mk { width:44px; height:44px; border:2px solid ${dark}; border-radius:${radius}; display:flex; align-items:center; justify-content:center; font: bold 15px ${head}; color:${dark} }
.org { font: 600 19px ${head}; color:${dark}; line-height:22px }
.org span { display:block; font: 11px ${body}; color:#666; letter-spacing:.4px }
h1 { font: ${h1_weight} 23px ${head}; margin:30px 0 4px; color:#111; letter-spacing:${h1_ls} }
.sub { font-size:12px; color:#555; margin-bottom:22px }
.kv { display:grid; grid-template-columns:170px 1fr; row-gap:9px; font-size:13.5px }
.kv span { color:#666; font-size:11.5px; text-transform:uppercase; letter-spacing:.6px; padding-top:2px }
.kv b { font-weight:600 }
h2 { font: bold 12px ${body}; text-transform:uppercase; letter-spacing:1.2px; color:${dark}; margin:40px 0 8px }
table { width:100%; border-collapse:collapse; font-size:13.5px }
td { padding:8px 8px; border-bottom:1px solid #ccc } td.n { text-align:right; white-space:nowrap; width:150px }
tr.cr td { font-weight:bold; background:${light}; border-bottom:2px solid ${dark} }
td .s { display:block; font-size:11px; color:#666; font-weight:normal }
.note { margin-top:16px; font-size:12px; line-height:18px; color:#333 }
.sig { margin-top:70px; display:flex; justify-content:space-between; align-items:flex-end }
.sig .l { width:250px; font-size:12px; line-height:16px }
.sig .h { font: 26px ${hand}; color:#22336b; margin-bottom:2px; white-space:nowrap; border-bottom:1px solid #333; padding-bottom:2px }
.sig .r { font-size:11.5px; color:#555; text-align:right; line-height:17px }
.ft { position:absolute; left:72px; right:72px; bottom:20px; font-size:8.5px; color:#777; display:flex; justify-content:space-between }
</style>
<div class="w">
 <div class="top"><div class="mk">${mark}</div><div class="org">${org}<span>${org_line}</span></div></div>
 <h1>${heading}</h1>
 <div class="sub">${sub}</div>
 <div class="kv">
  <span>${who_label}</span><b>${name}</b>
  <span>${prog_label}</span><div>${title}</div>
  <span>${when_label}</span><div>${when}</div>
  <span>${no_label}</span><div>${number}</div>
  ${approval_html}
 </div>
 <h2>${conv_head}</h2>
 <table>${rows_html}</table>
 <div class="note">${note}</div>
 <div class="sig">
  <div class="l"><div class="h">${signer}</div>${signer}<br>${role}</div>
  <div class="r">${issued_label} ${issued}<br>${web}</div>
 </div>
</div>
<div class="ft"><span>${foot}</span><span>${page}</span></div>
"""


def fill(d):
    from html import escape

    from corpus.formats import fmt_number

    r = d.rng
    c = d.credit
    words = [w for w in (d.org_alt or d.org).replace("&", "").split() if w[:1].isalpha()]
    ceu = f"{c / 10:g}"
    # The schedule runs longer than the credit: breaks, lunch and the exam.
    sched = c + d.pick([0.5, 1, 1.5, 2]) if c < 5 else c + d.pick([1.5, 2, 3, 4.5])
    sched_txt = fmt_number(sched, r, False)
    hours = d.hours_number()
    contact_unit = d.pick(["contact hours", "hours", "clock hours"])
    rows = [
        (
            d.pick(["Scheduled program time", "Time on the schedule", "Program length"]),
            d.pick(
                [
                    "includes breaks, lunch and the written exam",
                    "registration to dismissal, breaks included",
                ]
            ),
            f"{sched_txt} hours",
            "",
        ),
        (
            d.pick(["Contact hours awarded", "Instructional hours credited", "Credit awarded"]),
            d.pick(["participant attended in full", "instruction time only"]),
            f"{hours} {contact_unit}",
            "cr",
        ),
        (
            d.pick(["Continuing Education Units", "CEUs awarded", "Equivalent CEUs"]),
            "",
            f"{ceu} CEU{'s' if c != 10 else ''}",
            "",
        ),
    ]
    if d.chance(0.3):
        rows[1], rows[2] = rows[2], rows[1]
    rows_html = "".join(
        f'<tr class="{k}"><td>{escape(a)}'
        + (f'<span class="s">{escape(b)}</span>' if b else "")
        + f'</td><td class="n">{escape(v)}</td></tr>'
        for a, b, v, k in rows
    )
    note = d.pick(
        [
            "One CEU equals ten (10) contact hours of participation in an organized continuing "
            "education experience under responsible sponsorship, capable direction and qualified "
            "instruction.",
            "Conversion used: 1.0 CEU = 10 contact hours. Breaks, meals and examination time are "
            "not counted toward contact hours.",
            "CEUs are computed at the rate of 0.1 CEU for each 1 contact hour (ten contact hours "
            "per CEU).",
        ]
    )
    minimum = round(c * 0.9 * 2) / 2
    if d.chance(0.5) and minimum not in (c, 0, sched):
        note += (
            f" A participant must attend at least {fmt_number(minimum, r, False)} hours to "
            "receive any credit; partial credit is not awarded."
        )
    if d.code and d.chance(0.6):
        when = d.date_range(d.pick([1, 2]))
        when_label = d.pick(["Program dates", "Dates attended"])
    else:
        when = d.date(d.pick(["long", "short_month", "us_numeric", "dmy_long"]))
        when_label = d.pick(["Date completed", "Completion date", "Program date"])
    approval_html = ""
    if d.chance(0.4):
        approval_html = (
            f"<span>{d.pick(['Course approval', 'IICRC approval no.', 'Approval #'])}</span>"
            f"<div>{escape(d.approval())}</div>"
        )
    return {
        "approval_html": approval_html,
        "body": d.fonts[d.pick(["sans", "serif"])],
        "head": d.fonts[d.pick(["display", "serif", "sans"])],
        "hand": d.fonts["hand"].replace(", cursive", ", 'Dancing Script', cursive"),
        "radius": d.pick(["50%", "4px", "0"]),
        "h1_weight": d.pick(["600", "normal", "bold"]),
        "h1_ls": d.pick(["0", ".5px", "1px"]),
        "mark": "".join(w[0] for w in words)[:3].upper(),
        "org": d.provider(),
        "org_line": d.pick(
            [
                "Continuing Education Department",
                "Office of Professional Education",
                "Training & Certification",
            ]
        ),
        "heading": d.pick(
            [
                "Statement of Continuing Education Units",
                "CEU Statement",
                "Record of CEUs and Contact Hours",
            ]
        ),
        "sub": d.pick(
            [
                "This statement records the continuing education units earned by the participant named below.",
                "Issued to the participant for submission to a certifying body or employer.",
            ]
        ),
        "who_label": d.pick(["Participant", "Issued to", "Learner"]),
        "name": d.name(d.pick(["plain", "plain", "upper", "last_first"])),
        "prog_label": d.pick(["Program", "Course", "Activity"]),
        "title": d.title(),
        "when_label": when_label,
        "when": when,
        "no_label": d.pick(["Statement no.", "Certificate ID", "Record no."]),
        "number": d.number(d.pick(["", "CEU-", "ST-"])),
        "conv_head": d.pick(["Credit and conversion", "Hours and units", "Credit summary"]),
        "rows_html": rows_html,
        "note": note,
        "signer": d.person(),
        "role": d.pick(["Director of Continuing Education", "Education Officer", "Registrar"]),
        "issued_label": d.pick(["Issued", "Date of statement:"]),
        "issued": d.other_date("issue", d.pick(["long", "us_numeric", "short_month"])),
        "web": d.web(),
        "foot": d.pick(
            [
                "Retain this statement for your records; duplicates are issued on written request.",
                "Verify this statement at the address above using the statement number.",
            ]
        ),
        "page": f"Page 1 of 1 · {r.randrange(100, 999)}",
    }
