"""A state-board style continuing-education certificate printed by an approved
provider, landscape, inside a thin double rule: the provider's name, street
address and phone as a letterhead at the top left, a boxed provider number
at the top right, a two-line heading with the licensing board under it, and
then fill-in lines with small captions under each value (licensee and
licence number, the course title across the page, the course approval
number, a category tick-box pair and the hours, the completion date, the
delivery method and the city). A large faint board seal sits behind the
lines. At the foot a provider representative's signature with a printed
name, the date the certificate was issued, and one line of small print
about keeping the certificate for an audit."""

import html
from urllib.parse import quote

SOURCE = (
    "https://gavvy.com/details/75123-certification-training-program-provider-responsibilities-207546 "
    "(provider name and program number, completion date, printed name and signature of a provider "
    "representative, participant) and https://casetext.com/regulation/indiana-administrative-code/"
    "title-878-home-inspectors-licensing-board/article-1-general-provisions/rule-878-iac-1-5-continuing-"
    "education/section-878-iac-1-5-3-approval-of-continuing-education-providers (a record of attendance "
    "stating the hours and the Category I or II subject matter)"
)
KIND = "course"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "landscape",
    "labelled",
    "watermark",
    "seal",
    "address",
    "distractor-org",
    "distractor-person",
    "distractor-date",
    "tiny-footer",
)

TEMPLATE = """<style>
.f1 { position:absolute; inset:22px; border:2px solid ${ink} }
.f2 { position:absolute; inset:29px; border:0.75px solid ${ink} }
.wm { position:absolute; left:50%; top:56%; width:430px; height:430px; margin:-215px 0 0 -215px }
.wm img { width:100%; height:100% }
.w { position:absolute; inset:48px 62px 40px; font-family:${face}; color:#161616 }
.top { display:flex; justify-content:space-between; align-items:flex-start }
.lh { font-size:12.5px; line-height:17px; color:#333 }
.lh b { display:block; font: bold 19px ${head}; color:${ink}; margin-bottom:1px }
.pn { border:1.5px solid ${ink}; padding:5px 12px 6px; text-align:center; font-size:10px; letter-spacing:1px;
  text-transform:uppercase; color:#333 }
.pn span { display:block; font: bold 17px ${face}; letter-spacing:1px; color:#111; margin-top:1px }
h1 { margin:14px 0 0; text-align:center; font: bold ${h1size}px ${head}; color:${ink}; letter-spacing:${h1ls}px;
  text-transform:uppercase; line-height:1.1 }
.h2 { text-align:center; font: ${h2style} 16px ${head}; color:#333; margin-top:5px }
.auth { text-align:center; font-size:12px; color:#555; margin-top:3px }
.grid { margin-top:${grid_top}px; display:grid; grid-template-columns:repeat(6, 1fr); column-gap:26px; row-gap:${row_gap}px }
.c { position:relative }
.c .v { border-bottom:1px solid #333; min-height:26px; font: ${vweight} ${vsize}px ${typed}; padding:0 4px 2px;
  white-space:nowrap; overflow:hidden; line-height:24px }
.c .k { font-size:10px; letter-spacing:1.1px; text-transform:uppercase; color:#555; margin-top:3px }
.s2 { grid-column:span 2 } .s3 { grid-column:span 3 } .s4 { grid-column:span 4 } .s6 { grid-column:span 6 }
.bx { display:inline-block; width:13px; height:13px; border:1.3px solid #222; margin:0 4px -2px 10px; position:relative }
.bx.on::after { content:""; position:absolute; left:3px; top:-1px; width:4px; height:9px; border:solid #111;
  border-width:0 2px 2px 0; transform:rotate(40deg) }
.ft { position:absolute; left:0; right:0; bottom:26px; display:flex; justify-content:space-between; align-items:flex-end }
.sig { width:330px }
.sig .h { font: 30px ${hand}; color:${sigink}; height:34px; white-space:nowrap; padding-left:8px }
.sig .l { border-top:1px solid #222; font-size:12px; padding-top:3px; line-height:16px }
.iss { width:220px; text-align:center }
.iss .v { border-bottom:1px solid #222; font-size:14px; padding-bottom:3px }
.iss .k { font-size:10px; letter-spacing:1px; text-transform:uppercase; color:#555; margin-top:3px }
.small { position:absolute; left:0; right:0; bottom:0; text-align:center; font-size:9.5px; color:#555 }
</style>
<div class="f1"></div><div class="f2"></div>
<div class="wm"><img src="${seal_src_html}" alt=""></div>
<div class="w">
 <div class="top">
  <div class="lh"><b>${org}</b>${street}<br>${town}<br>${phone}</div>
  <div class="pn">${pn_label}<span>${provider_no}</span></div>
 </div>
 <h1>${heading}</h1>
 <div class="h2">${subheading}</div>
 <div class="auth">${authority}</div>
 <div class="grid">
  <div class="c s4"><div class="v">${name}</div><div class="k">${name_label}</div></div>
  <div class="c s2"><div class="v">${license}</div><div class="k">${license_label}</div></div>
  <div class="c s6"><div class="v">${title}</div><div class="k">Course title</div></div>
  <div class="c s2"><div class="v">${approval}</div><div class="k">${approval_label}</div></div>
  <div class="c s2"><div class="v" style="font-family:${face}; font-size:13px; font-weight:normal">
   <span class="bx ${cat1}"></span>${cat1_label}<span class="bx ${cat2}"></span>${cat2_label}</div>
   <div class="k">Subject category</div></div>
  <div class="c s2"><div class="v">${hours}</div><div class="k">${hours_label}</div></div>
  <div class="c s2"><div class="v">${date}</div><div class="k">${date_label}</div></div>
  <div class="c s2"><div class="v">${delivery}</div><div class="k">Delivery method</div></div>
  <div class="c s2"><div class="v">${city}</div><div class="k">Course location</div></div>
 </div>
 <div class="ft">
  <div class="sig"><div class="h">${rep}</div><div class="l">${rep}<br>${rep_role}</div></div>
  <div class="iss"><div class="v">${issued}</div><div class="k">Date issued</div></div>
 </div>
 <div class="small">${small}</div>
</div>
"""
STATES = ["Washington", "Texas", "Florida", "Ohio", "Georgia", "Nevada", "Illinois", "Colorado"]
BOARDS = [
    ("Board of Home Inspectors", "HI-{n}", "Home inspector license no."),
    ("Mold Remediation Licensing Program", "MRC{n}", "License no."),
    ("Office of Professional Licensing", "{n}", "Licensee / registration no."),
    ("HVAC & Refrigeration Contractors Board", "ACR-{n}", "Contractor license no."),
    ("Board of Indoor Environmental Contractors", "IEC{n}", "License no."),
]


def _seal_src(color: str, ring: str, size: str, mark: str) -> str:
    """The board's seal as an image, as a printed certificate carries it: artwork, not text."""
    svg = (
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 400">'
        '<defs><path id="ring" d="M200,200 m-150,0 a150,150 0 1,1 300,0 a150,150 0 1,1 -300,0"/></defs>'
        f'<g fill="none" stroke="{color}" stroke-opacity="0.11">'
        '<circle cx="200" cy="200" r="190" stroke-width="6"/><circle cx="200" cy="200" r="176" stroke-width="2"/>'
        '<circle cx="200" cy="200" r="122" stroke-width="3"/></g>'
        f'<text font-family="serif" font-size="{size}" letter-spacing="3" fill="{color}" fill-opacity="0.11">'
        f'<textPath href="#ring">{html.escape(ring)}</textPath></text>'
        '<text x="200" y="222" text-anchor="middle" font-family="serif" font-size="64" font-weight="bold" '
        f'fill="{color}" fill-opacity="0.1">{html.escape(mark)}</text></svg>'
    )
    return "data:image/svg+xml;utf8," + quote(svg)


def fill(d):
    r = d.rng
    street, town = d.address()
    state = d.pick(STATES)
    board, lic_fmt, lic_label = d.pick(BOARDS)
    board_full = f"{state} {board}"
    words = [w for w in board.replace("&", "").split() if w[:1].isupper() and w not in ("Of",)]
    seal_mark = "".join(w[0] for w in words if w not in ("Board", "of"))[:4] or "SB"
    ring = f"{board_full.upper()} • APPROVED PROVIDER • "
    seal = d.pick(["#1f3a5f", "#3d2b1f", "#0b3d2e"])
    rep = d.person()
    cat_first = d.chance(0.7)
    head_pick = d.pick(
        [
            ("Continuing Education", "Certificate of Completion"),
            ("Certificate of Completion", "Continuing Education Course"),
            ("Continuing Education Certificate", "Record of Course Attendance"),
        ]
    )
    return {
        "face": d.fonts[d.pick(["serif", "sans"])],
        "head": d.fonts[d.pick(["display", "serif"])],
        "typed": d.fonts[d.pick(["sans", "serif", "mono"])],
        "hand": d.fonts["hand"].replace(", cursive", ", 'Z003', 'Dancing Script', cursive"),
        "ink": d.pick(["#1f3a5f", "#222222", "#0b3d2e", "#5b2333"]),
        "sigink": d.pick(["#1b2e74", "#1b2e74", "#222"]),
        "h1size": d.pick([30, 32, 34]),
        "h1ls": d.pick([1, 2, 3]),
        "h2style": d.pick(["italic", "normal"]),
        "vweight": d.pick(["bold", "normal"]),
        "vsize": d.pick([16, 17, 18]),
        "grid_top": d.pick([34, 40, 46]),
        "row_gap": d.pick([30, 34, 38]),
        "org": d.provider(),
        "street": street,
        "town": town,
        "phone": f"Tel. {d.phone()}",
        "pn_label": d.pick(["Provider no.", "Approved provider no.", "Provider ID"]),
        "provider_no": d.pick(
            [
                f"{r.randrange(1000, 9999)}",
                f"P-{r.randrange(100, 999)}",
                f"CEP{r.randrange(10000, 99999)}",
            ]
        ),
        "heading": head_pick[0],
        "subheading": head_pick[1],
        "authority": d.pick(
            [
                f"Course approved by the {board_full}",
                f"Issued under the continuing education rules of the {board_full}",
                f"{board_full} — approved continuing education",
            ]
        ),
        "seal_src_html": _seal_src(
            seal, ring, f"{min(25.0, (900 / len(ring) - 3) / 0.68):.1f}", seal_mark
        ),
        "name": d.name(d.pick(["plain", "plain", "upper", "last_first"])),
        "name_label": d.pick(["Licensee name", "Name of licensee", "Participant"]),
        "license": lic_fmt.format(n=r.randrange(10000, 99999)),
        "license_label": lic_label,
        "title": d.title(d.pick(["plain", "plain", "with_code"])),
        "approval": d.approval(),
        "approval_label": d.pick(["Course approval no.", "Board course no.", "Course number"]),
        "cat1": "on" if cat_first else "",
        "cat2": "" if cat_first else "on",
        "cat1_label": d.pick(["Category I", "Cat. I", "Technical"]),
        "cat2_label": d.pick(["Category II", "Cat. II", "General"]),
        "hours": d.hours_number() if d.chance(0.7) else d.hours(d.pick(["hours_title", "hrs"])),
        "hours_label": d.pick(["CE hours earned", "Continuing education hours", "Hours approved"]),
        "date": d.date(d.pick(["us_numeric", "long", "short_month", "ordinal", "dd_mon_yyyy"])),
        "date_label": d.pick(["Date of completion", "Date completed", "Completion date"]),
        "delivery": d.pick(
            ["Classroom", "Classroom", "Live interactive webinar", "Classroom / field"]
        ),
        "city": d.city(),
        "rep": rep,
        "rep_role": d.pick(
            ["Authorized provider representative", "Provider director", "Education coordinator"]
        ),
        "issued": d.other_date("issue", d.pick(["us_numeric", "long", "short_month"])),
        "small": d.pick(
            [
                "Licensee: keep this certificate for at least four years. Do not send it to the Board "
                "unless you are selected for a continuing education audit.",
                "This certificate is proof of attendance only when it carries the provider number and "
                "the course approval number. Retain it with your renewal records.",
            ]
        ),
    }
