"""A licensing board's framed certificate of course approval, the one a
training school hangs in its classroom, not anyone's record of training:
landscape, on a cream page inside a broad lattice-patterned border with
round corner rosettes and a double inner rule. The board's round seal sits
at the top left, its department and program in spaced capitals at the
centre and the certificate's serial number at the right; then "Certificate
of Course Approval" in a large display face over an ornament, "this is to
certify that the training course", the course title in bold, "offered by",
the school's name in script on a dotted rule where a holder's name would
stand, with its address and provider number under it, and a sentence
saying the course is approved for so many hours. A ruled row of labelled
cells (approval number, approved hours, course type, training manager),
the approval period as a span of two dates and the date of issue, two
officials' signatures either side of a gold seal, and a line of small
print saying it approves a course and shows no one's completion. It names
a course, a school, hours, people and dates; it records no completion."""

SOURCE = (
    "gopakumar-nfonics/amrita_expense_track:resources/views/lead/release_order.blade.php "
    "(framed certificate: small coloured kicker over a large titling-caps heading, a name in "
    "script over a dotted rule, body sentence, course details); wording after "
    "https://www.tdlr.texas.gov/mld/mldcourses.htm (a state board approves each mold training "
    "course of an accredited training provider: course title, training hours, approved "
    "instructors) and https://policyrisk.com/states/hawaii/statutes/431%3A9A-153 (a continuing "
    "education course certificate issued to the provider, with credit hours and an expiry)"
)
KIND = "other"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "other",
    "ornate",
    "landscape",
    "script-name",
    "sentence",
    "labelled",
    "date-range",
    "distractor-person",
    "distractor-date",
)

TEMPLATE = """<style>
.pg { position:absolute; inset:0; background:${paper} }
.fr { position:absolute; inset:16px; border:3px solid ${dark};
  background: repeating-linear-gradient(45deg, ${lattice} 0 1px, transparent 1px 8px),
              repeating-linear-gradient(-45deg, ${lattice} 0 1px, transparent 1px 8px), ${paper} }
.in { position:absolute; inset:22px; background:${paper}; border:4px double ${dark} }
.ro { position:absolute; width:44px; height:44px; border-radius:50%; border:2px solid ${dark};
  background: radial-gradient(circle, ${accent} 0 5px, ${paper} 5px 9px, ${accent} 9px 11px, ${paper} 11px 15px, ${lattice} 15px 100%) }
.c { position:absolute; left:0; right:0; top:58px; text-align:center; color:#1d1d1d }
.hd { position:relative; height:104px }
.seal { position:absolute; left:66px; top:0; width:94px; height:94px; border-radius:50%; border:3px solid ${dark};
  box-shadow: inset 0 0 0 5px ${paper}, inset 0 0 0 7px ${dark}; display:flex; flex-direction:column; align-items:center;
  justify-content:center; font: bold 9px ${sans}; letter-spacing:1px; color:${dark}; line-height:12px }
.seal b { font: bold 17px ${display}; letter-spacing:2px; line-height:20px }
.ag { font: bold 15px ${sans}; letter-spacing:3.5px; text-transform:uppercase; color:${dark}; padding-top:14px }
.pr { font: italic 15px ${serif}; margin-top:5px; color:#333 }
.no { position:absolute; right:68px; top:2px; font: 12px ${sans}; color:#444; text-align:right; line-height:17px }
.no b { font: bold 15px ${mono}; color:${red} }
h1 { margin:10px 0 0; font: 40px ${display}; letter-spacing:3px; color:${dark}; text-transform:${caps}; line-height:46px }
.orn { font: 15px ${serif}; color:${accent}; letter-spacing:8px; margin:4px 0 8px }
.it { font: italic 16px ${serif}; color:#333; line-height:22px }
.co { font: bold 28px ${display}; color:#111; margin:4px 80px 8px; line-height:34px }
.sch { display:inline-block; min-width:520px; font: 40px ${script}; color:${ink}; border-bottom:2px dotted ${accent};
  line-height:52px; padding:0 26px; margin-top:2px }
.ad { font: 12px ${sans}; color:#555; margin-top:4px; letter-spacing:.4px }
.snt { font: 15.5px ${serif}; line-height:22px; color:#222; margin:16px 110px 0 }
.cells { display:flex; margin:18px 90px 0; border-top:1.5px solid ${dark}; border-bottom:1.5px solid ${dark} }
.cells div { flex:1; padding:5px 8px 6px; font: 15px ${serif}; border-right:1px solid #b9b2a0 }
.cells div:last-child { border-right:none }
.cells small { display:block; font: 9.5px ${sans}; letter-spacing:1.2px; text-transform:uppercase; color:#666; margin-bottom:2px }
.per { margin-top:14px; font: 14px ${serif}; color:#222 }
.per b { font-weight:bold }
.ft { position:absolute; left:90px; right:90px; bottom:84px; display:flex; justify-content:space-between; align-items:flex-end }
.sg { width:250px; text-align:center; font: 12.5px ${sans}; color:#333; line-height:16px }
.sg .h { font: 30px ${hand}; color:${ink}; height:38px; white-space:nowrap }
.sg .ln { border-top:1px solid #333; padding-top:4px }
.gs { width:104px; height:104px; border-radius:50%; position:relative;
  background: radial-gradient(circle, #e9c766 0 36%, #c9a13b 37% 40%, #e9c766 41% 60%, #b08a2e 61% 64%, #d8b24c 65% 100%);
  box-shadow: 0 0 0 4px #d8b24c, 0 0 0 6px #a07b22; display:flex; align-items:center; justify-content:center;
  font: bold 11px ${sans}; color:#6b4f12; letter-spacing:1px; text-align:center; white-space:nowrap }
.fine { position:absolute; left:90px; right:90px; bottom:50px; text-align:center; font: 9.5px ${sans}; color:#555; line-height:13px }
</style>
<div class="pg"></div>
<div class="fr"><div class="in"></div></div>
<div class="ro" style="left:8px;top:8px"></div><div class="ro" style="right:8px;top:8px"></div>
<div class="ro" style="left:8px;bottom:8px"></div><div class="ro" style="right:8px;bottom:8px"></div>
<div class="c">
 <div class="hd">
  <div class="seal">${seal_top}<b>${abbr}</b>${seal_bottom}</div>
  <div class="ag">${agency}</div>
  <div class="pr">${program}</div>
  <div class="no">${no_label} <b>${serial}</b></div>
 </div>
 <h1>${heading}</h1>
 <div class="orn">${ornament}</div>
 <div class="it">${certify}</div>
 <div class="co">${title}</div>
 <div class="it">${offered}</div>
 <div class="sch">${school}</div>
 <div class="ad">${address}</div>
 <p class="snt">${sentence}</p>
 <div class="cells">${cells_html}</div>
 <div class="per">${period_label} <b>${period}</b> &nbsp;&middot;&nbsp; ${issued_label} ${issued}</div>
</div>
<div class="ft">
 <div class="sg"><div class="h">${sig1}</div><div class="ln">${signer1}<br>${role1}</div></div>
 <div class="gs">${gold}</div>
 <div class="sg"><div class="h">${sig2}</div><div class="ln">${signer2}<br>${role2}</div></div>
</div>
<div class="fine">${fine}</div>
"""

STATES = {
    "WA": "Washington",
    "TX": "Texas",
    "FL": "Florida",
    "NH": "New Hampshire",
    "NV": "Nevada",
    "OH": "Ohio",
    "IL": "Illinois",
    "GA": "Georgia",
}
AGENCIES = [
    ("Department of Licensing and Regulation", "Mold Assessors and Remediators Program"),
    ("Department of Labor and Industry", "Mold Remediation Training Programs"),
    ("Division of Occupational Licensing", "Continuing Education Course Approvals"),
    ("Contractors Licensing Board", "Continuing Education Program"),
    ("Department of Business and Professional Regulation", "Training Provider Section"),
]


def fill(d):
    import html
    from datetime import timedelta

    from corpus.formats import fmt_date

    r = d.rng
    street, town = d.address()
    abbr = town.split(",")[1].split()[0]
    if abbr not in STATES:
        abbr = d.pick(list(STATES))
    state = STATES[abbr]
    agency, program = d.pick(AGENCIES)
    start = d.completed
    end = start.replace(year=start.year + d.pick([1, 2, 2, 3])) - timedelta(days=1)
    style = d.pick(["long", "long", "us_numeric", "dmy_long", "short_month"])
    period_label, joiner = d.pick(
        [("Approval period:", " – "), ("Valid from", " to "), ("Effective", " through ")]
    )
    period = f"{fmt_date(start, style)}{joiner}{fmt_date(end, style)}"
    signer1, signer2, manager = d.person(), d.person(), d.person()
    kind = d.pick(
        [
            "Continuing education",
            "Continuing education",
            "Initial training",
            "Refresher",
            "Continuing education (classroom)",
        ]
    )
    article = "an" if kind[0] in "AEIOU" else "a"
    hours = d.hours(d.pick(["words", "cec_hours", "hours_title", "credit_hours"]))
    hours_cell = d.hours_number()
    approval = d.approval()
    title = d.title(d.pick(["plain", "with_code", "plain", "upper"]))
    school = d.provider()
    licence = d.pick(
        [
            "mold remediation workers and contractors",
            "licensed home inspectors",
            "registered contractors and their employees",
            "mold assessment technicians and remediation workers",
        ]
    )
    sentence = d.pick(
        [
            f"has been reviewed by the {agency} and is approved as {article} "
            f"{kind.lower().split(' (')[0]} course of {hours} for {licence}, when taught as "
            "submitted by an approved instructor.",
            f"meets the requirements of the rules for training courses and is hereby approved "
            f"for {hours} of {kind.lower().split(' (')[0]} credit for {licence}. This approval "
            "applies only to the course as presented in the approved application.",
        ]
    )
    cells = [
        (d.pick(["Course approval no.", "Approval number", "Course no."]), approval),
        (d.pick(["Approved hours", "Credit hours", "Training hours"]), hours_cell),
        ("Course type", kind.split(" (")[0]),
        (d.pick(["Training manager", "Principal instructor"]), manager),
    ]
    cells_html = "".join(
        f"<div><small>{k}</small>{html.escape(v, quote=False)}</div>" for k, v in cells
    )

    def scrawl(name):
        parts = name.replace(".", "").split()
        return f"{parts[0]} {parts[-1]}" if d.chance(0.6) else f"{parts[0][0]}. {parts[-1]}"

    return {
        "paper": d.pick(["#fbf7ec", "#f8f3e3", "#fdfaf2", "#f6f1e1"]),
        "lattice": d.pick(["#c9b98a", "#a8b8a0", "#b7c3d6", "#cdb3a8"]),
        "red": d.pick(["#9b1c1c", "#7a1010", "#1f3a5f"]),
        "ink": d.pick(["#1b2a4a", "#2a1b3d", "#1d1d1d", "#123c69"]),
        "caps": d.pick(["none", "uppercase"]),
        "abbr": abbr,
        "seal_top": d.pick(["STATE OF", "OFFICIAL", "SEAL OF"]),
        "seal_bottom": d.pick(["★ SEAL ★", "EST. 1989", "★ ★ ★"]),
        "agency": f"{state} {agency}",
        "program": program,
        "no_label": d.pick(["Certificate No.", "No.", "Serial"]),
        "serial": f"{r.randrange(100, 9999):05d}",
        "heading": d.pick(
            [
                "Certificate of Course Approval",
                "Certificate of Approval",
                "Approved Training Course",
            ]
        ),
        "ornament": d.pick(["❦ ◆ ❦", "— ✦ —", "◆ ◆ ◆", "❧"]),
        "certify": d.pick(
            [
                "This is to certify that the training course",
                "Be it known that the course entitled",
                "This certifies that the course",
            ]
        ),
        "title": title,
        "offered": d.pick(["offered by", "submitted by the training provider", "as presented by"]),
        "school": school,
        "address": f"{street}, {town} · Provider No. "
        f"{d.pick(['TP', 'MTP', 'CEP'])}-{r.randrange(1000, 9999)}",
        "sentence": sentence,
        "cells_html": cells_html,
        "period_label": period_label,
        "period": period,
        "issued_label": d.pick(["Issued", "Date of issue:", "Approved on"]),
        "issued": d.other_date("registered", d.pick(["long", "us_numeric", "short_month"])),
        "sig1": scrawl(signer1),
        "signer1": signer1,
        "role1": d.pick(["Executive Director", "Commissioner", "Board Chair"]),
        "sig2": scrawl(signer2),
        "signer2": signer2,
        "role2": d.pick(
            ["Program Manager", "Education Coordinator", "Licensing Manager, Training Providers"]
        ),
        "gold": d.pick(["APPROVED", "★ ★ ★", f"★ {abbr} ★", "SEAL"]),
        "fine": d.pick(
            [
                "This certificate approves a training course. It is not a license and does not "
                "show that any person completed training. Display at each training location; "
                "students receive a separate certificate of completion from the provider.",
                "Approval of a course does not certify any individual. Course completion "
                "certificates must be issued by the training provider and show the course "
                "approval number above. Not transferable.",
            ]
        ),
    }
