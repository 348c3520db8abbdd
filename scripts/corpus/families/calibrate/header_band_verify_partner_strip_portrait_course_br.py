"""A portrait course certificate a training school or a manufacturer's
training centre prints on its own stock: a dark header band across the top
carrying the provider's round monogram and its name in light letter-spaced
capitals (the provider is named nowhere else), then an ornate double frame
holding the heading, a short verifying phrase, the holder's name in a large
script over a dotted rule, the course title and a running line with the class
days as a span (or one day written out in words) and the place, and a line
giving the IICRC credit. Below it two signature blocks (the lead instructor
and the director of training) around a round seal with the school's approval
number, a strip of partner marks ("delivered in cooperation with") naming
other companies and associations, and a footer with the certificate number,
the date it was issued and where to verify it."""

SOURCE = (
    "GlobalHealtheLearningCenter/ghel:profiles/ghel_install/modules/ghel/ghel_certificate/"
    "ghel_certificate_program.tpl.php (header image band, logo, completion heading, "
    "'This is to verify that' block with the name, course and date, two signature images "
    "and a row of sponsor logos beneath); wording of IICRC-approved school and "
    "manufacturer factory-training certificates (class held on days at a training centre, "
    "course approved for CECs, instructor and director signing)"
)
KIND = "course"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "portrait",
    "dark-band",
    "ornate",
    "script-name",
    "sentence",
    "date-range",
    "provider-in-logo",
    "distractor-person",
    "distractor-date",
)

TEMPLATE = """<style>
.hdr { position:absolute; left:0; right:0; top:0; height:112px; background:${dark}; color:#f5f2ea;
  display:flex; align-items:center; padding:0 48px; font-family:${sans} }
.mono { width:64px; height:64px; border-radius:50%; border:2px solid #f5f2ea; flex:none;
  display:flex; align-items:center; justify-content:center; font: bold ${mono_px}px ${display};
  letter-spacing:1px; box-shadow: inset 0 0 0 4px ${dark}, inset 0 0 0 5px rgba(245,242,234,.6) }
.org { margin-left:18px; flex:1; min-width:0 }
.org b { display:block; font: bold ${org_px}px ${sans}; letter-spacing:${org_ls}px; line-height:1.2 }
.org span { display:block; font-size:10.5px; letter-spacing:3px; text-transform:uppercase; opacity:.8; margin-top:6px }
.rule { position:absolute; left:0; right:0; top:112px; height:6px; background:${accent} }
.frame { position:absolute; left:38px; right:38px; top:146px; bottom:${frame_bottom}px;
  border:5px double ${accent}; padding:6px }
.frame .in { position:absolute; inset:8px; border:1px solid ${accent};
  background: radial-gradient(circle at 50% 42%, ${light} 0, #fff 62%) }
.cn { position:absolute; width:26px; height:26px; border:2px solid ${accent}; background:#fff; transform:rotate(45deg) }
.cn::after { content:''; position:absolute; inset:5px; background:${accent} }
.c1 { left:-16px; top:-16px } .c2 { right:-16px; top:-16px } .c3 { left:-16px; bottom:-16px } .c4 { right:-16px; bottom:-16px }
.body { position:absolute; left:40px; right:40px; top:${body_top}px; text-align:center; color:#1b1b1b }
h1 { margin:0; font: ${h1_weight} ${h1_px}px ${display}; color:${dark}; letter-spacing:${h1_ls}px; line-height:1.1 }
.sub { font: italic 15px ${serif}; color:${accent}; margin-top:8px; letter-spacing:1px }
.ver { font: 15px ${serif}; margin-top:${ver_gap}px; color:#333 }
.nm { font: ${name_px}px ${script}; color:#151a3d; margin:22px auto 0; line-height:1.25; white-space:nowrap }
.dots { width:66%; margin:4px auto 0; border-bottom:2px dotted #8a8a8a }
.txt { font: 16px ${serif}; margin-top:34px; line-height:1.6; color:#333 }
.ti { font: bold ${ti_px}px ${serif}; color:${dark}; margin-top:12px; line-height:1.25 }
.when { font: 16px ${serif}; margin-top:18px; line-height:1.55; color:#333; padding:0 20px }
.cred { display:inline-block; margin-top:34px; font: 14px ${sans}; color:#222; border-top:1px solid ${accent};
  border-bottom:1px solid ${accent}; padding:5px 18px; letter-spacing:.3px }
.sigs { position:absolute; left:84px; right:84px; bottom:${sigs_bottom}px; display:flex; align-items:flex-end; justify-content:space-between }
.sg { width:210px; text-align:center; font: 12px ${sans}; color:#333; line-height:1.45 }
.sg .hand { font: ${sig_px}px ${hand}; color:#1f2b6b; height:38px; line-height:44px; border-bottom:1px solid #444; margin-bottom:6px; white-space:nowrap; overflow:hidden }
.sg b { display:block; font-size:12.5px; color:#111 }
.seal { width:112px; height:112px; border-radius:50%; background:${accent}; color:#fff; display:flex; align-items:center;
  justify-content:center; text-align:center; box-shadow:0 0 0 4px #fff, 0 0 0 6px ${accent}; font: bold 9.5px ${sans};
  letter-spacing:1px; line-height:1.35; text-transform:uppercase; margin-bottom:4px }
.seal i { display:block; font: bold 15px ${display}; font-style:normal; letter-spacing:.5px; margin:3px 0 }
.partners { position:absolute; left:60px; right:60px; bottom:60px; text-align:center }
.partners small { display:block; font: 9.5px ${sans}; letter-spacing:2px; text-transform:uppercase; color:#777; margin-bottom:7px }
.pl { display:flex; justify-content:center; gap:12px }
.pl div { border:1px solid #c8c8c8; padding:6px 12px; font: bold 10.5px ${cond}; color:#555; letter-spacing:.6px; white-space:nowrap; text-transform:uppercase }
.foot { position:absolute; left:48px; right:48px; bottom:22px; display:flex; justify-content:space-between; font: 9.5px ${sans}; color:#666 }
</style>
<div class="hdr">
 <div class="mono">${initials}</div>
 <div class="org"><b>${org}</b><span>${org_sub}</span></div>
</div>
<div class="rule"></div>
<div class="frame"><div class="in"></div><div class="cn c1"></div><div class="cn c2"></div><div class="cn c3"></div><div class="cn c4"></div></div>
<div class="body">
 <h1>${heading}</h1>
 <div class="sub">${subheading}</div>
 <div class="ver">${verify}</div>
 <div class="nm">${name}</div>
 <div class="dots"></div>
 <div class="txt">${completed}</div>
 <div class="ti">${title}</div>
 <div class="when">${when}</div>
 <div class="cred">${credit}</div>
</div>
<div class="sigs">
 <div class="sg"><div class="hand">${sig1}</div><b>${sig1}</b>${role1}</div>
 <div class="seal"><div><div>${seal_top}</div><i>${seal_no}</i><div>${seal_bottom}</div></div></div>
 <div class="sg"><div class="hand">${sig2}</div><b>${sig2}</b>${role2}</div>
</div>
<div class="partners"><small>${partner_label}</small><div class="pl">${partners_html}</div></div>
<div class="foot"><span>${cert_label} ${cert_no}</span><span>${issued_label} ${issued}</span><span>${verify_at}</span></div>
"""

PARTNERS = [
    "Tri-State Restoration Supply",
    "Harbor Restoration Products",
    "Northstar Moisture Meters",
    "Apex Air Movers",
    "Restorers Insurance Group",
    "Cascade Flooring Council",
]


def fill(d):
    import html

    from corpus import values as V

    r = d.rng
    if d.chance(0.45):
        d.org, d.org_alt = d.pick(V.MANUFACTURERS)
        org_sub = d.pick(["Factory Training Program", "Training Center", "Technical Academy"])
    else:
        org_sub = d.pick(["IICRC Approved School", "Training & Certification", "Education Center"])
    org = d.provider(d.pick(["upper", "upper", None]))
    words = [w for w in (d.org_alt or d.org).replace("&", "").split() if w[:1].isupper()]
    initials = "".join(w[0] for w in words if w not in ("LLC", "Inc.", "Co."))[:3]

    title = d.title(d.pick(["plain", "plain", "with_code", "upper"]))
    city = d.city()
    place = d.pick(
        [city, d.venue(), f"our {d.pick(['training center', 'training facility'])}, {city}"]
    )
    if d.chance(0.6):
        span = d.date_range(d.pick([1, 2, 2, 3]))
        when = d.pick(
            [
                f"conducted {span} at {place}",
                f"held {span} in {city}",
                f"a classroom and hands-on program given {span}, {place}",
            ]
        )
    else:
        day = d.date(d.pick(["words", "words", "long", "ordinal"]))
        when = d.pick([f"completed on {day} at {place}", f"given at {place} on {day}"])
    hours = d.hours(d.pick(["cec_hours", "words_cec", "hours_title", "iicrc_cec", "words"]))
    credit = d.pick(
        [
            f"Approved by the IICRC for {hours}",
            f"Continuing education credit: {hours}",
            f"{hours} \u00b7 IICRC approved",
        ]
    )
    others = [p for p in PARTNERS + V.ASSOCIATIONS if p != d.org]
    partners = r.sample(others, d.pick([2, 3]))
    name_text = d.name(d.pick(["plain", "plain", "plain", "honorific"]))
    name_px = 54 if len(name_text) < 24 else 44
    return {
        "script": d.fonts["script"],
        "mono_px": 22 if len(initials) < 3 else 18,
        "initials": initials,
        "org": org,
        "org_px": 20 if len(org) > 30 else 24,
        "org_ls": 2 if org.isupper() else 0.6,
        "org_sub": org_sub,
        "frame_bottom": 118,
        "body_top": d.pick([222, 240]),
        "h1_weight": d.pick(["normal", "bold"]),
        "h1_px": d.pick([40, 44]),
        "h1_ls": d.pick([1, 3]),
        "heading": d.pick(["Certificate of Completion", "Certificate of Training", "Certificate"]),
        "subheading": d.pick(
            ["Continuing Education", "Technical Training Program", "Professional Development"]
        ),
        "ver_gap": d.pick([44, 52]),
        "verify": d.pick(["This is to verify that", "This certifies that", "Be it known that"]),
        "name": name_text,
        "name_px": name_px,
        "completed": d.pick(
            [
                "has successfully completed the course",
                "has satisfactorily completed all requirements of",
                "attended and completed the training",
            ]
        ),
        "ti_px": 25 if len(title) < 40 else 21,
        "title": title,
        "when": when,
        "credit": credit,
        "sig_px": d.pick([26, 30]),
        "sig1": d.person(),
        "role1": d.pick(["Lead Instructor", "IICRC Approved Instructor", "Course Instructor"]),
        "sig2": d.person(),
        "role2": d.pick(["Director of Training", "Education Manager", "President"]),
        "seal_top": d.pick(["IICRC Approved", "Approved"]),
        "seal_no": f"No. {r.randrange(1000, 9999)}",
        "seal_bottom": d.pick(["School", "Training School"]),
        "sigs_bottom": 150,
        "partner_label": d.pick(
            ["Delivered in cooperation with", "With the support of", "Course partners"]
        ),
        "partners_html": "".join(f"<div>{html.escape(p)}</div>" for p in partners),
        "cert_label": d.pick(["Certificate No.", "Cert. #", "Record no."]),
        "cert_no": d.number(),
        "issued_label": d.pick(["Issued", "Date issued:", "Printed"]),
        "issued": d.other_date("issue", d.pick(["us_numeric", "short_month", "long"])),
        "verify_at": f"Verify at {d.web()}/verify",
    }
