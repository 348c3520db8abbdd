"""A landscape certificate of completion from a training program's learning
portal, printed on plain white: a broad coloured stripe with a thin accent
line across the very top and the very bottom of the sheet, the program's
wordmark (a small geometric mark, the school's or maker's name in condensed
capitals and a tagline under it) at the top left, which is the only place
the provider is named, and a certificate number at the top right. A large
grey "Certificate of Completion" in a tall condensed face, a short
condensed line ending in a colon ("This is presented to :"), the
technician's name very large in a script face, a second colon line ("For
completing the training course :"), the course title in bold and a line
with the credit earned. Below sits a three-cell row without rules between
cells: the completion date over a rule with a spaced small-caps label, the
instructor's script signature over a rule with name and role, and the
training director's signature the same way. A validity line in small
print gives the issue date and the date the certificate runs out, and a
QR block with a verification code sits at the bottom right."""

SOURCE = (
    "0xWormh0le/ian-bland-lms:resources/views/certificate-templates/starter-template.php "
    "(LMS certificate: condensed title, 'This is Presented to :', very large script name, "
    "'For completing learning course :', bold course title, a date/signature info row, a "
    "validity line and a QR code); azuya/CertificateBuilder:templates/default/default.tpl "
    "(solid border bars across the top and bottom of the page); wording of manufacturers' and "
    "schools' training-portal certificates (credit earned line, 'valid through' date, "
    "verification code)"
)
KIND = "course"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "landscape",
    "script-name",
    "provider-in-logo",
    "distractor-person",
    "distractor-date",
    "qr",
)

TEMPLATE = """<style>
.tb { position:absolute; left:0; right:0; top:0; height:${bar}px; background:${dark} }
.tb::after { content:''; position:absolute; left:0; right:0; bottom:-7px; height:3px; background:${accent} }
.bb { position:absolute; left:0; right:0; bottom:0; height:${bar}px; background:${dark} }
.bb::before { content:''; position:absolute; left:0; right:0; top:-7px; height:3px; background:${accent} }
.lg { position:absolute; left:58px; top:${logo_top}px; display:flex; align-items:center; gap:10px }
.mk { width:38px; height:38px; position:relative; flex:none }
.mk i { position:absolute; display:block }
.mk .a { left:0; top:0; width:24px; height:24px; background:${dark}; transform:rotate(45deg) translate(6px,-2px) }
.mk .b { right:0; bottom:0; width:18px; height:18px; border-radius:50%; background:${accent}; border:3px solid #fff }
.lg .n { font: bold 17px ${cond}; letter-spacing:1.2px; color:${dark}; line-height:19px; white-space:nowrap }
.lg .t { font: 10.5px ${sans}; letter-spacing:1.6px; color:#666; line-height:14px; text-transform:uppercase }
.no { position:absolute; right:58px; top:${no_top}px; text-align:right; font: 11px ${sans}; color:#666; line-height:15px }
.no b { font: 13px ${mono}; color:#333; font-weight:normal }
.c { position:absolute; left:0; right:0; top:${title_top}px; text-align:center; color:#414042 }
h1 { margin:0; font: ${h_weight} ${h_px}px ${cond}; letter-spacing:1px; color:#4a4a4c; line-height:1.05 }
.ac { margin-top:${gap1}px; font: 18px ${cond}; color:#594741; letter-spacing:.5px }
.nm { margin-top:4px; font: ${name_px}px ${script}; color:#594741; line-height:1.2; white-space:nowrap }
.rs { margin-top:14px; font: 15px ${sans}; color:#414042 }
.ti { margin:8px auto 0; width:74%; font: bold ${title_px}px ${sans}; color:#222; line-height:1.25 }
.hr { margin-top:12px; font: 14px ${sans}; color:#414042 }
.row { position:absolute; left:96px; right:96px; bottom:${row_bottom}px; display:flex; justify-content:space-between; align-items:flex-start }
.cl { width:250px; text-align:center }
.cl .v { font: 16px ${sans}; color:#222; height:38px; line-height:48px; white-space:nowrap }
.cl .h { font: 28px ${hand}; color:#1b2a4a; height:38px; line-height:44px; white-space:nowrap; overflow:hidden }
.cl .ln { border-top:1px solid #555; margin-top:2px; padding-top:5px; font: 12px ${sans}; color:#414042; line-height:15px }
.cl .k { font: 10.5px ${sans}; letter-spacing:2px; text-transform:uppercase; color:#666 }
.vl { position:absolute; left:96px; bottom:${valid_bottom}px; font: 10.5px ${sans}; color:#555; line-height:15px; width:620px }
.qr { position:absolute; right:60px; bottom:${qr_bottom}px; text-align:center; font: 9.5px ${sans}; color:#555; line-height:12px }
.qr .g { width:66px; height:66px; margin:0 auto 3px; display:grid; grid-template-columns:repeat(11,6px); grid-auto-rows:6px }
.qr .g i { display:block }
</style>
<div class="tb"></div>
<div class="lg"><div class="mk"><i class="a"></i><i class="b"></i></div>
 <div><div class="n">${provider}</div><div class="t">${tagline}</div></div></div>
<div class="no">${no_label}<br><b>${cert_no}</b></div>
<div class="c">
 <h1>${heading}</h1>
 <div class="ac">${presented}</div>
 <div class="nm">${name}</div>
 <div class="rs">${reason}</div>
 <div class="ti">${title}</div>
 <div class="hr">${hours_line}</div>
</div>
<div class="row">
 <div class="cl"><div class="v">${date}</div><div class="ln"><span class="k">${date_label}</span></div></div>
 <div class="cl"><div class="h">${sig1}</div><div class="ln">${signer1}<br>${role1}</div></div>
 <div class="cl"><div class="h">${sig2}</div><div class="ln">${signer2}<br>${role2}</div></div>
</div>
<div class="vl">${validity}<br>${approval_line}</div>
<div class="qr"><div class="g">${qr_html}</div>${verify}</div>
<div class="bb"></div>
"""

TAGLINES = {
    "school": [
        "Training Center",
        "IICRC Approved School",
        "Professional Training",
        "Learning Portal",
    ],
    "maker": ["Training Academy", "Technical Training Program", "Certified Product Training"],
    "association": ["Education Program", "Professional Development", "Member Education"],
}


def fill(d):
    from corpus import values as V

    r = d.rng
    makers = {m[0] for m in V.MANUFACTURERS}
    pool = "maker" if d.org in makers else ("association" if d.org in V.ASSOCIATIONS else "school")
    provider = d.provider(d.pick([None, "upper", "upper"]))
    name = d.name(d.pick(["plain", "plain", "plain", "honorific"]))
    title = d.title(d.pick(["plain", "plain", "with_code", "code_first"]))
    date = d.date(d.pick(["long", "long", "short_month", "us_numeric", "dmy_long", "ordinal"]))
    credit = d.hours(
        d.pick(["cec_hours", "cecs", "iicrc_cec", "credit_hours", "hours_title", "words_cec"])
    )
    hours_line = d.pick(
        [f"Credit earned: {credit}", credit, f"{credit} awarded", f"Awarded {credit}"]
    )
    if credit.startswith(("IICRC CECs:", "Credit Hours:")):
        hours_line = credit
    signer1, signer2 = d.person(), d.person()
    issue_style = d.pick(["long", "us_numeric", "short_month", "dmy_long"])
    issued = d.other_date("issue", issue_style)
    expires = d.other_date("expiry", issue_style)
    validity = d.pick(
        [
            f"Issued {issued}. This certificate is valid through {expires}.",
            f"Date of issue: {issued} · Valid until: {expires}",
            f"Certified on {issued}; certification expires {expires}. "
            "Renewal requires continuing education.",
        ]
    )
    approval_line = ""
    if d.chance(0.4):
        approval_line = (
            f"{d.pick(['Course approval no.', 'IICRC course approval #'])} {d.approval()}"
        )

    def scrawl(who):
        parts = who.replace(".", "").split()
        return f"{parts[0]} {parts[-1]}" if d.chance(0.6) else f"{parts[0][0]}. {parts[-1]}"

    cells = []
    for y in range(11):
        for x in range(11):
            corner = (x < 3 and y < 3) or (x > 7 and y < 3) or (x < 3 and y > 7)
            if corner:
                on = x in (0, 2, 8, 10) or y in (0, 2, 8, 10) or (x % 9 == 1 and y % 9 == 1)
            else:
                on = r.random() < 0.48
            cells.append(f'<i style="background:{"#111" if on else "#fff"}"></i>')
    name_px = 72 if len(name) < 20 else (62 if len(name) < 26 else 52)
    return {
        "bar": d.pick([22, 28, 34]),
        "logo_top": 62,
        "no_top": 66,
        "provider": provider,
        "tagline": d.pick(TAGLINES[pool]),
        "no_label": d.pick(["Certificate No.", "Certificate ID", "Credential #"]),
        "cert_no": d.number(),
        "title_top": d.pick([150, 162]),
        "h_weight": d.pick(["normal", "bold"]),
        "h_px": d.pick([50, 56]),
        "heading": d.pick(
            ["Certificate of Completion", "CERTIFICATE OF COMPLETION", "Certificate of Training"]
        ),
        "gap1": d.pick([34, 42]),
        "presented": d.pick(
            ["This is presented to :", "This certificate is presented to :", "Awarded to :"]
        ),
        "name": name,
        "name_px": name_px,
        "reason": d.pick(
            [
                "For completing the training course :",
                "For successfully completing the course :",
                "In recognition of completing :",
            ]
        ),
        "title": title,
        "title_px": 21 if len(title) < 44 else 18,
        "hours_line": hours_line,
        "row_bottom": 158,
        "date": date,
        "date_label": d.pick(["Date of completion", "Completed", "Completion date"]),
        "sig1": scrawl(signer1),
        "signer1": signer1,
        "role1": d.pick(["Instructor", "Lead Instructor", "IICRC Approved Instructor"]),
        "sig2": scrawl(signer2),
        "signer2": signer2,
        "role2": d.pick(["Director of Training", "Training Manager", "Director of Education"]),
        "valid_bottom": 74,
        "validity": validity,
        "approval_line": approval_line,
        "qr_bottom": 48,
        "qr_html": "".join(cells),
        "verify": d.pick(
            [
                f"Verify: {d.web()}/verify",
                f"Scan to verify · {r.randrange(10**7, 10**8):08X}",
                f"Code {r.randrange(10**5, 10**6)}",
            ]
        ),
    }
