"""A portrait diploma-style certificate whose whole wording is set in a
chancery script, as university degree certificates printed in Monotype
Corsiva are: a cream sheet inside a thick-and-thin frame with rosettes at
the corners; at the top left a registration number over a QR square, at the
top right an empty photograph box; then the provider's ringed monogram and
its name in spaced capitals; then one long justified paragraph in the
script ("We, the President, the Director of Education and the Members of
the Board of ... hereby certify that NAME has satisfactorily completed the
course of instruction in TITLE, comprising HOURS, and passed the final
examination held on DATE"), the name and the course in bold inside it; a
shorter paragraph on the seal, the city and the day of issue; and at the
foot two or three signatures with printed names and roles around a round
embossed seal."""

SOURCE = (
    "vighnesh48/onlineumserp:application/views/Phd_results/degree_certificate_pdf.php "
    "(whole certificate in a Corsiva script, registration number and QR code at the top "
    "left, photograph box at the top right, one justified paragraph 'We, the President, the "
    "Vice Chancellor and the Members of the Governing Body of ... hereby confer ...' with the "
    "name and the award in bold); wording of IICRC-approved schools' course certificates"
)
KIND = "course"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "portrait",
    "ornate",
    "script-name",
    "sentence",
    "provider-in-logo",
    "distractor-person",
    "distractor-date",
    "hours-in-sentence",
    "qr",
    "seal",
    "photo",
)

TEMPLATE = """<style>
.pg { position:absolute; inset:0; background:${stock} }
.f1 { position:absolute; inset:18px; border:7px solid ${dark} }
.f2 { position:absolute; inset:30px; border:1.5px solid ${accent} }
.ro { position:absolute; width:34px; height:34px; border-radius:50%;
  background:repeating-conic-gradient(${accent} 0 10deg, ${stock} 10deg 20deg); border:2px solid ${dark} }
.c { position:absolute; left:62px; right:62px; top:48px; bottom:50px; display:flex; flex-direction:column;
  justify-content:space-between; color:#1b1b1b }
.top { display:flex; justify-content:space-between; align-items:flex-start; font: 13px ${serif} }
.reg b { font-weight:bold }
.qr { width:76px; height:76px; margin-top:6px; border:4px solid #fff; outline:1px solid #999;
  background: repeating-linear-gradient(90deg, #111 0 4px, transparent 4px 7px, #111 7px 9px, transparent 9px 13px),
   repeating-linear-gradient(0deg, #fff 0 3px, transparent 3px 8px); position:relative }
.qr:before, .qr:after { content:""; position:absolute; width:18px; height:18px; border:4px solid #111; background:#fff; top:0; left:0 }
.qr:after { left:auto; right:0 }
.ph { width:96px; height:118px; border:1px solid #888; background:#eceae4; position:relative; overflow:hidden }
.ph:before { content:""; position:absolute; left:30px; top:22px; width:36px; height:40px; border-radius:50%; background:#c9c6bd }
.ph:after { content:""; position:absolute; left:14px; top:68px; width:68px; height:70px; border-radius:34px 34px 0 0; background:#c9c6bd }
.hd { text-align:center }
.mono { width:78px; height:78px; margin:0 auto; border-radius:50%; border:3px double ${dark}; color:${dark};
  font: bold 24px ${display}; display:flex; align-items:center; justify-content:center; background:${stock} }
.org { margin-top:12px; font: 600 ${org_px}px ${display}; letter-spacing:${org_ls}px; text-transform:uppercase; color:${dark};
  line-height:1.25; padding:0 30px }
.sub { margin-top:4px; font: italic 14px ${serif}; color:#444 }
.bd { font: ${body_px}px ${script}; line-height:1.58; text-align:justify; padding:0 ${body_pad}px; color:#151515 }
.bd p + p { margin-top:16px }
.bd b { font-weight:bold; color:${dark} }
.ap { text-align:center; font: 12px ${serif}; color:#444; letter-spacing:.4px }
.ft { display:flex; justify-content:space-between; align-items:flex-end; font: 13px ${serif}; padding:0 10px }
.sg { width:${sig_w}px; text-align:center; line-height:17px }
.sg .h { font: ${sig_px}px ${hand}; color:#1d2c6b; border-bottom:1px solid #333; height:38px; line-height:44px; white-space:nowrap; overflow:hidden }
.sg i { color:#444 }
.seal { flex:none; width:${seal_px}px; height:${seal_px}px; border-radius:50%; border:2px solid ${accent}; position:relative;
  background: radial-gradient(circle, ${stock} 0 38%, transparent 39%), repeating-conic-gradient(${accent} 0 4deg, transparent 4deg 8deg) }
.seal span { position:absolute; inset:26px; border-radius:50%; border:1px solid ${accent}; color:${accent};
  font: bold 9px ${sans}; letter-spacing:.5px; display:flex; align-items:center; justify-content:center; text-align:center; line-height:10px }
</style>
<div class="pg"></div><div class="f1"></div><div class="f2"></div>
<div class="ro" style="left:8px;top:8px"></div><div class="ro" style="right:8px;top:8px"></div>
<div class="ro" style="left:8px;bottom:8px"></div><div class="ro" style="right:8px;bottom:8px"></div>
<div class="c">
 <div class="top">
  <div class="reg">${reg_label} <b>${reg_no}</b><div class="qr"></div></div>
  <div class="ph"></div>
 </div>
 <div class="hd">
  <div class="mono">${mono}</div>
  <div class="org">${org}</div>
  <div class="sub">${sub}</div>
 </div>
 <div class="bd">
  <p>${we} ${roles} ${board} ${org_in_text} ${hereby} <b>${name}</b> ${has} <b>${title}</b>${hours_part} ${passed} ${date}.</p>
  <p>${p2}</p>
 </div>
 <div class="ap">${approval_line}</div>
 <div class="ft">
  <div class="sg"><div class="h">${s1}</div>${s1}<br><i>${r1}</i></div>
  <div class="seal"><span>${seal_text}</span></div>
  <div class="sg"><div class="h">${s2}</div>${s2}<br><i>${r2}</i></div>
  ${third_html}
 </div>
</div>
"""

SCRIPTS = [
    "'Z003', 'Dancing Script', cursive",
    "'Z003', 'Dancing Script', cursive",
    "'Dancing Script', cursive",
    "'Lobster Two', cursive",
    "'Kaushan Script', cursive",
]
ROLE_SETS = [
    ("the President", "the Director of Education"),
    ("the President", "the Dean of Instruction"),
    ("the Chair", "the Executive Director"),
    ("the Director", "the Chief Instructor"),
]
BOARDS = [
    "and the Members of the Board of Directors of",
    "and the Members of the Governing Board of",
    "and the Faculty of",
    "and the Education Committee of",
]
HAS = [
    "has satisfactorily completed the course of instruction in",
    "has duly completed all the requirements of the course of study in",
    "has attended with diligence and completed the prescribed course in",
]
PASSED = [
    "and passed the final examination held on",
    "the final examination having been passed on",
    "and was found proficient in the examination conducted on",
    "and completed the said course on",
]


def fill(d):
    import html

    from corpus import values as V

    org_key = d.org_alt or d.org
    mono = "".join(w[0] for w in org_key.replace("&", "").split() if w[0].isupper())[:3]
    org = d.provider(d.pick([None, "upper"]))
    roles = d.pick(ROLE_SETS)
    name = d.name(d.pick(["plain", "plain", "upper"]))
    title = d.title(d.pick(["plain", "plain", "with_code", "code_first"]))
    if d.chance(0.8):
        hours = d.hours(d.pick(["words", "cec_hours", "words_cec", "hours_title", "ceu_and_cec"]))
        hours_part = ", " + d.pick(["comprising", "a course of", "totalling"]) + " " + hours + ","
    else:
        hours_part = ","
    date = d.date(d.pick(["long", "ordinal", "words", "dmy_long", "ordinal_dmy"]))
    city = d.city()
    issued = d.other_date("issue", d.pick(["long", "ordinal", "dmy_long"]))
    p2 = d.pick(
        [
            f"In testimony whereof, the seal of the school is hereunto affixed at {city} "
            f"on {issued}.",
            f"Given under our hands and the seal of the institution at {city}, {issued}.",
            f"In witness whereof we have set our hands and seal at {city} on {issued}.",
        ]
    )
    approval_line = ""
    if d.chance(0.45):
        approval_line = (
            d.pick(["IICRC course approval no. ", "Approved course no. ", "CEC approval "])
            + d.approval()
        )
    s1, s2 = d.person(), d.person()
    r1 = roles[0].replace("the ", "").strip()
    r2 = roles[1].replace("the ", "").strip()
    third = ""
    if d.chance(0.4):
        s3, r3 = d.person(), d.pick(["Registrar", "Lead Instructor", "Secretary"])
        third = (
            f'<div class="sg"><div class="h">{html.escape(s3)}</div>{html.escape(s3)}'
            f"<br><i>{r3}</i></div>"
        )
    long_text = len(title) + len(org) + len(name) > 105
    return {
        "stock": d.pick(["#fbf7ea", "#f7f1df", "#fdfaf2", "#f3f0e6"]),
        "dark": d.pick(["#1f3a5f", "#5b2333", "#0b3d2e", "#3d2b1f", "#2f2f2f"]),
        "accent": d.pick(["#b8860b", "#a67c00", "#9c6644", "#8b0000"]),
        "script": d.pick(SCRIPTS),
        "hand": d.fonts["hand"].replace(", cursive", ", 'Dancing Script', cursive"),
        "org_px": 21 if len(org) > 34 else 24,
        "org_ls": d.pick([1.5, 2.5, 3]),
        "body_px": 22 if long_text else d.pick([23, 24, 25]),
        "body_pad": d.pick([6, 18, 30]),
        "sig_w": 188 if third else 230,
        "sig_px": 21 if third else 26,
        "seal_px": 80 if third else 96,
        "reg_label": d.pick(["Reg. No.:", "Certificate No.", "Serial No.", "PRN:"]),
        "reg_no": d.number(),
        "mono": mono,
        "org": org,
        "sub": d.pick(
            [
                d.city(),
                "An IICRC Approved School",
                "Continuing Education Division",
                d.pick(V.VENUES),
            ]
        ),
        "we": d.pick(["We,", "We, the undersigned,"]),
        "roles": f"{roles[0]}, {roles[1]}",
        "board": d.pick(BOARDS),
        "org_in_text": d.org,
        "hereby": d.pick(["hereby certify that", "do hereby certify that", "certify that"]),
        "name": name,
        "has": d.pick(HAS),
        "title": title,
        "hours_part": hours_part,
        "passed": d.pick(PASSED),
        "date": date,
        "p2": p2,
        "approval_line": approval_line,
        "s1": s1,
        "r1": r1,
        "s2": s2,
        "r2": r2,
        "seal_text": d.pick(["OFFICIAL SEAL", "SEAL OF THE SCHOOL", "CERTIFIED"]),
        "third_html": third,
    }
