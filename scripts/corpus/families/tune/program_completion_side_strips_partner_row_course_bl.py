"""A wide program-completion certificate built as a framed table: a dark
header band with a thin accent rule and a letter-spaced line in light
capitals, narrow patterned strips down the left and right edges and a thin
dark footer band carrying the certificate number and issue date in light
type. Inside, centred: the provider's logo (a round monogram over its name and a small
tagline, the only place it is named), a large display heading,
"This is to verify that", the holder in large serif type, a running sentence
naming the course (with the credit folded into it or set on its own line),
the date or the span of days, two handwritten signatures side by side with
each signer's printed name and office under a rule, and a row of partner
marks under "In cooperation with"."""

SOURCE = (
    "GlobalHealtheLearningCenter/ghel:profiles/ghel_install/modules/ghel/ghel_certificate/"
    "ghel_certificate_program.tpl.php (header, left and right strips, logo, verify sentence, "
    "twin signatures, sponsor row, footer)"
)
KIND = "course"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "landscape",
    "dark-band",
    "sentence",
    "provider-in-logo",
    "distractor-person",
    "distractor-org",
    "distractor-date",
    "date-range",
)

TEMPLATE = """<style>
.hd { position:absolute; left:0; right:0; top:0; height:78px; background:${dark}; color:${light};
  border-bottom:5px solid ${accent}; text-align:center; font: 13px ${sans}; letter-spacing:5px;
  text-transform:uppercase; padding-top:31px }
.sl, .sr { position:absolute; top:83px; bottom:34px; width:62px;
  background: repeating-linear-gradient(${angle}deg, ${accent} 0 3px, ${light} 3px 13px); opacity:0.75 }
.sl { left:0; border-right:2px solid ${dark} } .sr { right:0; border-left:2px solid ${dark} }
.ft { position:absolute; left:0; right:0; bottom:0; height:34px; background:${dark}; color:${light};
  font: 11px ${sans}; display:flex; justify-content:space-between; align-items:center; padding:0 80px;
  letter-spacing:1px }
.c { position:absolute; left:62px; right:62px; top:83px; bottom:34px; text-align:center; color:#222;
  font-family:${sans} }
.logo { margin-top:14px }
.mk { width:50px; height:50px; border-radius:50%; background:${dark}; color:${light};
  font: bold 19px ${display}; display:flex; align-items:center; justify-content:center;
  border:3px solid ${accent}; margin:0 auto 5px }
.on { color:${dark}; white-space:nowrap }
.on b { display:block; font: bold 15px ${sans}; letter-spacing:2px; line-height:19px }
.on small { display:block; font: 10px ${sans}; letter-spacing:3px; color:#555; text-transform:uppercase }
.h1 { font: ${h_weight} 42px ${display}; color:${dark}; margin-top:26px; letter-spacing:1px }
.vf { font: italic 17px ${serif}; color:#444; margin-top:26px }
.nm { font: 40px ${serif}; color:#111; margin-top:10px; line-height:48px }
.tx { font: 17px ${serif}; color:#333; margin:14px 90px 0; line-height:25px }
.tx b { color:#111 }
.dt { font: bold 16px ${sans}; color:#333; margin-top:14px }
.cr { font: 14px ${sans}; color:#444; margin-top:4px }
.sg { position:absolute; left:0; right:0; bottom:122px; display:flex; justify-content:center; gap:110px }
.sg > div { width:250px; font: 13px ${sans}; color:#333; line-height:17px }
.sg i { display:block; font: normal 32px ${hand}; color:#1d2c6b; height:40px; border-bottom:1px solid #444;
  white-space:nowrap; overflow:hidden }
.sg b { display:block; margin-top:5px; font-size:14px; color:#111 }
.pt { position:absolute; left:0; right:0; bottom:14px; font: 10px ${sans}; color:#666; letter-spacing:2px;
  text-transform:uppercase }
.pt div { display:flex; justify-content:center; gap:40px; margin-top:6px }
.pt span { font: bold 12px ${cond}; letter-spacing:1px; color:${dark}; border:1px solid #999;
  padding:4px 10px; text-transform:none }
</style>
<div class="hd">${band_line}</div>
<div class="sl"></div><div class="sr"></div>
<div class="c">
 <div class="logo"><div class="mk">${mark}</div><div class="on"><b>${org}</b><small>${org_sub}</small></div></div>
 <div class="h1">${heading}</div>
 <div class="vf">${verify}</div>
 <div class="nm">${name}</div>
 <div class="tx">${lead} <b>${title}</b> ${tail}</div>
 <div class="dt">${date}</div>
 <div class="cr">${credit}</div>
 <div class="sg">
  <div><i>${sig1}</i><b>${signer1}</b>${office1}</div>
  <div><i>${sig2}</i><b>${signer2}</b>${office2}</div>
 </div>
 <div class="pt">${partner_cap}<div><span>${partner1}</span><span>${partner2}</span></div></div>
</div>
<div class="ft"><span>${no_label} ${cert_no}</span><span>${issue_label} ${issued}</span></div>
"""


def _mark(org):
    words = [w for w in org.replace("&", " ").replace(",", " ").split() if w[0].isupper()]
    return "".join(w[0] for w in words)[:3]


def fill(d):
    from corpus import values as V

    org = d.provider(d.pick(["upper", None]))
    pool = [a for a in V.ASSOCIATIONS] + [m for m, _ in V.MANUFACTURERS] + [s for s, _ in V.SCHOOLS]
    others = [p for p in pool if p != d.org]
    d.rng.shuffle(others)
    name = d.name(d.pick(["plain", "plain", "plain", "upper"]))
    title = d.title(d.pick(["plain", "plain", "with_code"]))
    hours_in_sentence = d.chance(0.45)
    if hours_in_sentence:
        hours = d.hours(d.pick(["cec_hours", "hours_title", "cecs"]))
        tail = d.pick([f"course, earning {hours}.", f"course for a total of {hours}."])
        credit = ""
    else:
        tail = d.pick(["course", "course on", "program"])
        hours = d.hours(d.pick(["iicrc_cec", "credit_hours", "cecs_colon", "ceu_and_cec"]))
        credit = hours
    if d.chance(0.4):
        date = d.date_range(d.pick([1, 2, 2]))
    else:
        date = d.date(d.pick(["long", "ordinal", "long_upper", "dmy_long", "short_month"]))
    s1, s2 = d.person(), d.person()
    r1 = d.pick(["Director of Training", "Executive Director", "Program Director", "President"])
    r2 = d.pick(
        ["Lead Instructor", "IICRC Approved Instructor", "Course Instructor", "Technical Trainer"]
    )
    hand = d.fonts["hand"].replace(", cursive", ", 'Dancing Script', cursive")
    return {
        "angle": d.pick(["45", "135", "90"]),
        "band_line": d.pick(
            [
                "Professional Education Program",
                "Technical Training Division",
                "Restoration Learning Series",
                "Certified Training Program",
            ]
        ),
        "mark": _mark(d.org),
        "org": org,
        "org_sub": d.pick(
            [
                "IICRC Approved School",
                "Technical Training",
                f"Since {d.rng.randrange(1978, 2012)}",
                "",
            ]
        ),
        "h_weight": d.pick(["normal", "bold"]),
        "heading": d.pick(
            [
                "Certificate of Program Completion",
                "Certificate of Completion",
                "Certificate of Course Completion",
            ]
        ),
        "verify": d.pick(["This is to verify that", "This is to certify that"]),
        "name": name,
        "lead": d.pick(["has successfully completed the", "has completed all requirements of the"]),
        "title": title,
        "tail": tail,
        "date": date,
        "credit": credit,
        "hand": hand,
        "sig1": s1,
        "sig2": s2,
        "signer1": s1,
        "signer2": s2,
        "office1": r1,
        "office2": r2,
        "partner_cap": d.pick(
            ["In cooperation with", "Program partners", "Presented in partnership with"]
        ),
        "partner1": others[0],
        "partner2": others[1],
        "no_label": d.pick(["Certificate No.", "Cert #", "Record No."]),
        "cert_no": d.number(),
        "issue_label": d.pick(["Issued", "Date of issue:", "Printed"]),
        "issued": d.other_date("issue", d.pick(["us_numeric", "short_month", "iso"])),
    }
