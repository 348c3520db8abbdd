"""A portrait certificate of training handed out at a regional association's
evening education meeting, printed onto a framed blank: a thick coloured
rule and a thin inner rule with ornaments in the corners on a cream page,
the meeting's round emblem at the top with its name in small spaced
capitals beneath and a line naming the evening meeting and its venue (the
organiser appears nowhere else), a large heading, "This is to certify
that", the attendee's name in a large script over a rule, a running
sentence naming the education session, its presenter and the date of the
meeting (sometimes in words), and a centred line with the hours earned.
Below it a small boxed "evening programme" lists the night's items with
their times (registration, dinner with its sponsor, the chapter's business
meeting, the education session, door prizes), with a credit column in
which only the education session carries hours. Two script signatures sit
over rules (the chapter president and the education chair) either side of
a round seal, and a line of small print gives the issue date and a
certificate number."""

SOURCE = (
    "rtharayil/certify-me.github.io:_certificate-templates/ceu-certificate-template-for-"
    "professional-associations.md (a framed CEU certificate for professional associations: "
    "organisation logo, name, course, date, signature, certificate ID); a conference CE "
    "generator published as a Streamlit app that fills a Word 'Certificate of Training' blank "
    "(the name set in Monotype Corsiva, 'N In-Person Hours of Continuing Education', a table of "
    "session date and time, title, speaker and credit); the running order of cleaning and "
    "restoration association chapter meetings (networking, dinner, business, CEC session)"
)
KIND = "session"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "portrait",
    "ornate",
    "script-name",
    "sentence",
    "provider-in-logo",
    "table",
    "distractor-person",
    "distractor-date",
    "seal",
)

TEMPLATE = """<style>
.bg { position:absolute; inset:0; background:${paper} }
.f1 { position:absolute; inset:26px; border:${rule}px solid ${accent} }
.f2 { position:absolute; inset:40px; border:1px solid ${accent} }
.f3 { position:absolute; inset:45px; border:1px solid ${accent}; opacity:.55 }
.cn { position:absolute; width:34px; height:34px; color:${accent}; font-size:26px; line-height:34px; text-align:center }
.w { position:absolute; left:70px; right:70px; top:66px; bottom:60px; text-align:center; color:#222; font-family:${serif} }
.em { width:88px; height:88px; margin:0 auto; border-radius:50%; border:3px double ${dark}; color:${dark};
  display:flex; align-items:center; justify-content:center; font: bold 23px ${display}; letter-spacing:1px }
.org { margin-top:10px; font: 600 ${org_px}px ${sans}; letter-spacing:${org_ls}px; color:${dark} }
.mt { font: italic 12.5px ${serif}; color:#444; margin-top:3px }
h1 { margin:30px 0 0; font: ${h_weight} ${h_px}px ${display}; color:${dark}; letter-spacing:1px; line-height:1.1 }
.ct { margin-top:24px; font: italic 16px ${serif} }
.nm { margin:6px auto 0; width:78%; border-bottom:1px solid #555; font: ${name_px}px ${script}; color:#1a1a1a;
  line-height:1.25; padding-bottom:2px; white-space:nowrap }
.st { margin:20px auto 0; width:86%; font-size:15.5px; line-height:24px }
.st b { font-size:17px }
.hr { margin-top:18px; font: bold 15px ${serif}; letter-spacing:.4px; color:${dark} }
.pg { margin:30px auto 0; width:88%; border:1px solid ${accent}; padding:8px 12px 6px; text-align:left; background:rgba(255,255,255,.55) }
.pg .t { text-align:center; font: 600 10.5px ${sans}; letter-spacing:2.4px; text-transform:uppercase; color:${dark}; margin-bottom:4px }
table { width:100%; border-collapse:collapse; font: 11.5px ${sans} }
td { padding:6px 5px; border-top:1px dotted #999; vertical-align:top; line-height:14px }
td.tm { width:16%; white-space:nowrap; color:#333 } td.c { width:9%; text-align:right; white-space:nowrap }
td.by { width:30%; color:#444 }
th { font: 600 9px ${sans}; letter-spacing:1px; text-transform:uppercase; color:#555; text-align:left; padding:2px 5px }
th.c { text-align:right }
tr.cr td { font-weight:bold; color:#111 }
.nt { margin:22px auto 0; width:80%; font: italic 12.5px ${serif}; line-height:18px; color:#444 }
.sig { position:absolute; left:0; right:0; bottom:34px; display:flex; justify-content:space-between; align-items:flex-end }
.s { width:34%; font: 12px ${serif}; line-height:16px }
.s .h { font: 25px ${hand}; color:#22306e; border-bottom:1px solid #333; height:36px; line-height:46px; white-space:nowrap; overflow:hidden }
.seal { width:112px; height:112px; border-radius:50%; background:${accent}; color:#fff; display:flex; align-items:center;
  justify-content:center; text-align:center; font: bold 9.5px ${sans}; letter-spacing:1.2px; line-height:13px; padding:0 14px;
  box-shadow: 0 0 0 4px ${paper}, 0 0 0 6px ${accent}; margin-bottom:4px }
.ft { position:absolute; left:0; right:0; bottom:0; font: 9.5px ${sans}; color:#555; display:flex; justify-content:space-between }
</style>
<div class="bg"></div><div class="f1"></div><div class="f2"></div><div class="f3"></div>
<div class="cn" style="left:30px;top:30px">${orn}</div><div class="cn" style="right:30px;top:30px">${orn}</div>
<div class="cn" style="left:30px;bottom:30px">${orn}</div><div class="cn" style="right:30px;bottom:30px">${orn}</div>
<div class="w">
 <div class="em">${initials}</div>
 <div class="org">${event}</div>
 <div class="mt">${meeting} &middot; ${venue}</div>
 <h1>${heading}</h1>
 <div class="ct">${certify}</div>
 <div class="nm">${name}</div>
 <div class="st">${lead} <b>${title}</b>, ${by} ${speaker}, ${at} ${date}.</div>
 <div class="hr">${hours_line_html}</div>
 <div class="pg"><div class="t">${prog_title}</div>
  <table><tr><th>Time</th><th>Programme</th><th>Presented by</th><th class="c">${cec_head}</th></tr>
  ${rows_html}</table></div>
 <div class="nt">${note}</div>
 <div class="sig">
  <div class="s"><div class="h">${sig1}</div>${signer1}<br>${role1}</div>
  <div class="seal">${seal}</div>
  <div class="s"><div class="h">${sig2}</div>${signer2}<br>${role2}</div>
 </div>
 <div class="ft"><span>${issued}</span><span>${cert_no}</span></div>
</div>
"""

SUPPLIERS = [
    "Tri-State Restoration Supply",
    "Cascade Janitorial & Drying Supply",
    "Gateway Cleaning Distributors",
    "Lone Pine Equipment Rentals",
    "Harbor Restoration Products",
]
CREDENTIALS = ["", "", ", CR", ", WLS", ", CMP", ", CIEC"]


def _clock(minutes: int) -> str:
    h, m = divmod(minutes, 60)
    return f"{(h - 1) % 12 + 1}:{m:02d} {'PM' if h >= 12 else 'AM'}"


def fill(d):
    import html

    from corpus import formats as F

    r = d.rng
    event = d.provider(d.pick(["upper", "upper", None]))
    words = [w for w in d.org_alt.split() if w[0].isupper()]
    speaker = d.person() + d.pick(CREDENTIALS)
    president, chair = d.person(), d.person()
    name = d.name(d.pick(["plain", "plain", "plain", "honorific"]))
    title = d.title("plain")
    date = d.date(d.pick(["words", "words", "long", "weekday", "ordinal"]))
    number = d.pick(["number", "number", "style"])
    if number == "number":
        hours_text = html.escape(d.hours_number())
        hours_line = (
            hours_text
            + " "
            + d.pick(
                [
                    "In-Person Hours of Continuing Education",
                    "IICRC Continuing Education Credit Hours",
                    "CEC Hours Awarded",
                ]
            )
        )
    else:
        style = d.pick(["words_cec", "cec_hours", "iicrc_cec"] if d.credit >= 1 else ["iicrc_cec"])
        hours_line = html.escape(d.hours(style)) + d.pick(["", " awarded", " earned"])

    # The evening's running order: only the education session carries credit.
    start = d.pick([17 * 60, 17 * 60 + 30, 18 * 60])
    session_at = start + d.pick([90, 105, 120])
    length = round(d.credit * 60)
    none = d.pick(["—", "–", "0"])
    rows = [
        (start, d.pick(["Registration & networking", "Check-in, exhibits & networking"]), "", none),
        (
            start + d.pick([30, 45]),
            f"Dinner, sponsored by {d.pick(SUPPLIERS)}",
            "",
            none,
        ),
        (
            session_at - d.pick([15, 20, 30]),
            d.pick(["Chapter business meeting", "Business meeting & announcements"]),
            president,
            none,
        ),
        (session_at, title, speaker, F.fmt_number(d.credit, r, False)),
    ]
    if d.chance(0.7):
        rows.append(
            (session_at + length, d.pick(["Door prizes & adjourn", "Raffle and close"]), "", none)
        )
    rows_html = "\n".join(
        f'<tr{" class=cr" if i == 3 else ""}><td class="tm">{_clock(t)}</td><td>{html.escape(item)}</td>'
        f'<td class="by">{html.escape(who)}</td><td class="c">{c}</td></tr>'
        for i, (t, item, who, c) in enumerate(rows)
    )
    role1, role2 = d.pick(
        [
            ("Chapter President", "Education Chair"),
            ("President", "Director of Education"),
            ("Chapter President", "CE Committee Chair"),
        ]
    )
    return {
        "paper": d.pick(["#fbf7ec", "#f8f4e6", "#fdfaf2", "#f6f3ea"]),
        "rule": d.pick([6, 8, 10]),
        "orn": d.pick(["❦", "❖", "✥", "❧"]),
        "initials": "".join(w[0] for w in words)[:3],
        "event": event,
        "org_px": 13 if event.isupper() else 15,
        "org_ls": 3 if event.isupper() else 1.5,
        "meeting": d.pick(
            [
                "Regional Education Meeting",
                "Spring Chapter Meeting",
                "Fall Education Dinner",
                "Quarterly Technical Meeting",
            ]
        ),
        "venue": d.venue(),
        "heading": d.pick(
            [
                "Certificate of Training",
                "Certificate of Attendance",
                "Continuing Education Certificate",
            ]
        ),
        "h_weight": d.pick(["normal", "bold"]),
        "h_px": d.pick([36, 40, 42]),
        "certify": d.pick(["This is to certify that", "This certifies that", "Presented to"]),
        "name": name,
        "name_px": 48 if len(name) < 24 else 40,
        "lead": d.pick(
            [
                "attended the education session",
                "was present for the full education session",
                "has attended the technical session",
            ]
        ),
        "title": title,
        "by": d.pick(["presented by", "led by", "given by"]),
        "speaker": speaker,
        "at": d.pick(["at the meeting held on", "at our meeting on"]),
        "date": date,
        "hours_line_html": hours_line,
        "prog_title": d.pick(["Evening programme", "Meeting program", "This evening's program"]),
        "cec_head": d.pick(["CEC", "CECs", "Hours"]),
        "rows_html": rows_html,
        "note": d.pick(
            [
                "Only the education session above was approved for continuing education credit. "
                "Keep this certificate with your renewal records; the chapter does not report "
                "credit on your behalf.",
                "Credit is given for the education session only and requires attendance from "
                "start to finish. Retain this certificate for at least four years.",
                "Dinner and the business meeting carry no credit. Present this "
                "certificate when you renew your certification.",
            ]
        ),
        "sig1": president,
        "signer1": president,
        "role1": role1,
        "sig2": chair,
        "signer2": chair,
        "role2": role2,
        "seal": d.pick(
            ["APPROVED CONTINUING EDUCATION", "IICRC APPROVED CEC EVENT", "OFFICIAL CHAPTER SEAL"]
        ),
        "issued": f"{d.pick(['Issued', 'Date of issue:', 'Printed'])} {d.other_date('issue')}",
        "cert_no": f"{d.pick(['Certificate no.', 'Cert. #', 'No.'])} {d.number()}",
    }
