"""A landscape training-centre certificate with solid triangular wedges in
two opposite corners (a dark wedge with a lighter one laid over it) inside a
thin double frame. The school is named only in its logo lockup at the top, a
round monogram beside a one-line wordmark with a spaced tagline under it,
followed by a small registration line. A row carries a serial number at the
left and a student number at the right. The body is a centred run of
sentences with no labels: the school's training board has examined the
student, whose name is set large in a script face, in the course named in
bold, and adjudged a pass with a grade during a training period printed as
"from <start> to <end>" (a one-day class prints "on <date>"), with the hours
in the same sentence. At the foot sit a "Date :" (the day the paper was made
out) and "Place :" pair, a round seal with the school's monogram, and two
signature blocks, each a signature over a printed name and role."""

SOURCE = (
    "rnwdeveloper/demo.rnwmultimedia.com:application/views/common/certificate.php "
    "(corner shapes and logo, serial and ID row, 'has duly examined ... certify that', "
    "'adjudged to pass with grade ... during training period from ... to ... at training "
    "center', Date/Place pair and two signature blocks)"
)
KIND = "course"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "landscape",
    "sentence",
    "script-name",
    "provider-in-logo",
    "date-range",
    "distractor-person",
    "distractor-date",
    "seal",
    "hours-in-sentence",
)

TEMPLATE = """<style>
.fr { position:absolute; inset:22px; border:2px solid ${dark} }
.fr2 { position:absolute; inset:29px; border:0.75px solid ${dark}; opacity:.7 }
.wd { position:absolute; }
.tl1 { left:22px; top:22px; width:250px; height:210px; background:${dark}; clip-path:polygon(0 0, 100% 0, 0 100%) }
.tl2 { left:22px; top:22px; width:170px; height:146px; background:${wedge}; clip-path:polygon(0 0, 100% 0, 0 100%) }
.br1 { right:22px; bottom:22px; width:280px; height:200px; background:${dark}; clip-path:polygon(100% 0, 100% 100%, 0 100%) }
.br2 { right:22px; bottom:22px; width:190px; height:136px; background:${wedge}; clip-path:polygon(100% 0, 100% 100%, 0 100%) }
.br3 { right:22px; bottom:22px; width:330px; height:236px; background:#9a9a9a; opacity:.35; clip-path:polygon(100% 0, 100% 100%, 0 100%) }
.lg { position:absolute; left:0; right:0; top:52px; display:flex; justify-content:center; align-items:center; gap:14px }
.lg .em { width:62px; height:62px; border-radius:50%; background:${dark}; color:#fff; display:flex; align-items:center;
  justify-content:center; font: bold 21px ${display}; letter-spacing:1px; box-shadow:0 0 0 3px #fff, 0 0 0 5px ${dark} }
.lg .wm { font: bold 25px ${head}; color:${dark}; line-height:1.3; white-space:nowrap }
.lg .wm small { display:block; font: 11px ${sans}; letter-spacing:3.5px; text-transform:uppercase; color:${wedge_text}; margin-top:5px }
.reg { position:absolute; left:0; right:0; top:134px; text-align:center; font: 11.5px ${sans}; color:#444; line-height:16px }
.sn { position:absolute; left:120px; right:120px; top:180px; display:flex; justify-content:space-between; font: 13px ${serif} }
.sn span { border-bottom:1px dotted #555; padding:0 4px 1px } .sn b { font-family:${mono}; font-weight:bold }
.bd { position:absolute; left:110px; right:110px; top:236px; text-align:center; font: 17px ${serif}; color:#222; line-height:31px }
.bd .nm { font: 48px ${script}; color:${dark}; line-height:70px; margin:4px 0 2px }
.bd .ti { font: bold 23px ${serif}; line-height:32px; margin:2px 0 4px; color:#111 }
.bd b { color:#111 }
.ft { position:absolute; left:70px; right:250px; bottom:74px; display:flex; align-items:flex-end; gap:24px; font: 12.5px ${sans}; color:#222 }
.ft .dp { width:190px; flex:none; line-height:24px } .ft .dp span { border-bottom:1px solid #777; padding:0 6px }
.seal { width:96px; height:96px; border-radius:50%; flex:none;
  background: repeating-conic-gradient(${seal} 0 6deg, ${seal_lt} 6deg 12deg); display:flex; align-items:center; justify-content:center }
.seal div { width:74px; height:74px; border-radius:50%; background:${seal}; border:2px solid #fff; color:#fff; text-align:center;
  font: bold 17px ${display}; letter-spacing:1px; display:flex; align-items:center; justify-content:center }
.sg { width:195px; flex:none; text-align:center; line-height:15px }
.sg .h { font: 27px ${hand}; line-height:34px; color:#1b2a6b; height:34px; white-space:nowrap }
.sg .ln { border-top:1px solid #222; padding-top:3px }
.sg .ln b { display:block; font-size:12.5px } .sg .ln i { font-style:normal; font-size:10.5px; text-transform:uppercase; letter-spacing:.8px; color:#444 }
</style>
<div class="wd br3"></div><div class="wd tl1"></div><div class="wd tl2"></div><div class="wd br1"></div><div class="wd br2"></div>
<div class="fr"></div><div class="fr2"></div>
<div class="lg"><div class="em">${mono_text}</div><div class="wm">${org}<small>${tagline}</small></div></div>
<div class="reg">${reg_line}</div>
<div class="sn"><span>${serial_label} <b>${serial}</b></span><span>${id_label} <b>${student_id}</b></span></div>
<div class="bd">
 <div>${line1}</div>
 <div>${line2}</div>
 <div class="nm">${name}</div>
 <div>${line3}</div>
 <div class="ti">${title}</div>
 <div>${line4} <b>${grade}</b> ${line5}</div>
 <div>${span_html}, ${line6} <b>${hours}</b>, ${line7} ${place}.</div>
</div>
<div class="ft">
 <div class="dp">Date : <span>${issued}</span><br>Place : <span>${place}</span></div>
 <div class="seal"><div>${mono_text}</div></div>
 <div class="sg"><div class="h">${signer1}</div><div class="ln"><b>${signer1}</b><i>${role1}</i></div></div>
 <div class="sg"><div class="h">${signer2}</div><div class="ln"><b>${signer2}</b><i>${role2}</i></div></div>
</div>
"""

ROLE_PAIRS = [
    ("Branch Manager", "Technical Trainer"),
    ("Director of Training", "IICRC Approved Instructor"),
    ("Examinations Officer", "Principal"),
    ("Chief Instructor", "Training Board Chair"),
]


def fill(d):
    import math
    from datetime import timedelta

    from corpus.formats import fmt_date

    r = d.rng
    org = d.provider()
    words = [w for w in org.replace(",", " ").split() if w[:1].isalpha() and w not in ("of", "&")]
    mono_text = "".join(w[0] for w in words[:3]).upper()
    style = d.pick(
        ["us_dash", "us_dash", "us_numeric", "long", "dmy_long", "short_month", "ordinal"]
    )
    days = max(0, math.ceil(d.credit / 7) - 1)
    start = fmt_date(d.completed - timedelta(days=days), style)
    end = d.date(style)
    if days:
        span_html = f"from <b>{start}</b> to <b>{end}</b>"
    else:
        span_html = f"{d.pick(['held on', 'on'])} <b>{end}</b>"
    place = d.city()
    signer1, signer2 = d.person(), d.person()
    role1, role2 = d.pick(ROLE_PAIRS)
    reg_bits = [
        f"IICRC Approved School No. {r.randrange(1000, 9999)}",
        d.pick(
            [
                "A registered training centre for the cleaning and restoration trades",
                "Classroom and hands-on technical training",
                "Factory-authorised equipment and process training",
            ]
        ),
    ]
    if d.chance(0.5):
        reg_bits.append(f"Course approval {d.approval()}")
    return {
        "wedge": d.pick([d.colors["accent"], "#c0392b", "#2e86c1", "#7f8c8d"]),
        "wedge_text": d.pick(["#555", d.colors["accent"]]),
        "seal": d.pick([d.colors["accent"], "#8b1a1a", "#1f4e79"]),
        "seal_lt": d.pick(["#e8d9a8", "#d9d9d9", "#f1e3c6"]),
        "head": d.pick([d.fonts["display"], d.fonts["sans"], d.fonts["cond"]]),
        "mono_text": mono_text,
        "org": org,
        "tagline": d.pick(["Training Centre", "Technical Institute", "Education Division"]),
        "reg_line": " · ".join(reg_bits),
        "serial_label": d.pick(["Serial No:", "Sr. No.:", "Certificate Serial:"]),
        "serial": f"{d.pick(['TC', 'SN', 'R'])}{r.randrange(10000000, 99999999)}",
        "id_label": d.pick(["Student ID:", "GR No.:", "Enrolment No.:"]),
        "student_id": f"{r.randrange(1000, 9999)}",
        "line1": d.pick(
            [
                "The Training Board of this institute has duly examined",
                "The Academic Council of this training centre has duly examined",
                "Having duly examined the class record, the Training Board",
            ]
        ),
        "line2": d.pick(["and hereby certifies that", "of this centre certifies that"]),
        "name": d.name(d.pick(["plain", "plain", "plain", "honorific"])),
        "line3": d.pick(
            [
                "has been examined for the certificate course in",
                "has been examined in the course of study titled",
            ]
        ),
        "title": d.title(d.pick(["plain", "plain", "with_code", "code_first"])),
        "line4": d.pick(["and adjudged to pass with", "and was found to pass with"]),
        "grade": d.pick(["Grade A", "Grade B", "Grade A+", "Distinction", "a Pass"]),
        "line5": d.pick(["during the training period", "over the period of instruction"]),
        "span_html": span_html,
        "line6": d.pick(["completing", "earning", "attending"]),
        "hours": d.hours(d.pick(["cec_hours", "cecs", "ceu_and_cec", "hours_title"])),
        "line7": d.pick(["at the training centre in", "at our training facility,"]),
        "place": place,
        "issued": d.other_date("issue", style),
        "signer1": signer1,
        "role1": role1,
        "signer2": signer2,
        "role2": role2,
    }
