"""A landscape training certificate set course-first, the way a training
centre's certificate is laid out by the classic rule for trainee
certificates: the provider's monogram in the upper left corner and an
approved-school mark in the upper right, a large heading, then the course
title large, a line with the course's length (days and credit hours), an
optional subtitle and the line naming where and when it was held (a run of
two or three class days as a span, "3 to 5 March 2025", or in words, "from
the third to the fifth day of March, 2025"; a one-day class as "on the
fourteenth day of March, 2025"). Only then "This is to certify that", the
holder's name in a script face on a long rule, as if written in, and "has
successfully completed the above course" with a line or two on what was
covered. Below, two signing blocks side by side, each "For" an
organisation: the school, signed by its instructor, and the technician's
employer, signed by a manager, each a script signature over a rule with
the printed name and office; under them, slightly out to the left,
"Dated:" and the day the certificate was made out. The page closes with
the school's name in large type over a small line of its approval number,
web address and telephone. A thin double frame with corner flourishes
surrounds it all."""

SOURCE = (
    "The trainee-certificate layout rule described at "
    "https://allanshere.com/de/q/wie-schreibe-ich-ein-trainee-zertifikat-1264493 (logos in the "
    "upper corners; title large, then course title, course duration, subtitle and location; "
    "'This is to certify that' over a line for the trainee's name; 'has successfully completed "
    "the above course'; 'For' the training organisation and 'For' the trainee's sponsor or "
    "employer, each with 'Signed' and a line; 'dated:' set a little to the left; the "
    "organisation's name closing the page over its registration, credits or website); the "
    "first and last day of training and a separate date of issue, as "
    "https://www.unifiednlp.org/standards-for-certificate-issuance recommends; "
    "azuya/CertificateBuilder:templates/default/default.tpl (the day of the class written out "
    "in words)"
)
KIND = "course"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "landscape",
    "ornate",
    "script-name",
    "date-range",
    "date-words",
    "sentence",
    "distractor-person",
    "distractor-date",
    "distractor-org",
)

TEMPLATE = """<style>
.f1 { position:absolute; inset:22px; border:${outer_w}px solid ${frame} }
.f2 { position:absolute; inset:32px; border:1px solid ${frame} }
.cn { position:absolute; width:46px; height:46px; border:2px solid ${accent} }
.cn.tl { left:38px; top:38px; border-right:none; border-bottom:none; border-radius:40px 0 0 0 }
.cn.tr { right:38px; top:38px; border-left:none; border-bottom:none; border-radius:0 40px 0 0 }
.cn.bl { left:38px; bottom:38px; border-right:none; border-top:none; border-radius:0 0 0 40px }
.cn.br { right:38px; bottom:38px; border-left:none; border-top:none; border-radius:0 0 40px 0 }
.mono { position:absolute; left:78px; top:66px; width:78px; height:78px; border-radius:50%; background:${dark};
  color:#fff; display:flex; align-items:center; justify-content:center; font: bold 24px ${display}; letter-spacing:1px;
  box-shadow: 0 0 0 3px #fff, 0 0 0 5px ${dark} }
.mark { position:absolute; right:78px; top:62px; width:86px; height:86px; border-radius:50%; border:2px solid ${accent};
  display:flex; align-items:center; justify-content:center; text-align:center; font: bold 9px ${sans};
  letter-spacing:1.2px; line-height:12px; color:${accent} }
.mark div { width:72px; height:72px; border-radius:50%; border:1px dotted ${accent}; display:flex; align-items:center; justify-content:center }
.top { position:absolute; left:180px; right:180px; top:${top}px; text-align:center; color:#1a1a1a }
.hd { font: ${hd_style} ${hd_px}px ${display}; color:${dark}; letter-spacing:${hd_ls}px; line-height:1.1 }
.ct { font: bold ${ct_px}px ${tfont}; margin-top:${ct_gap}px; line-height:1.2; color:#161616 }
.du { font: ${du_px}px ${serif}; margin-top:8px; color:#333 }
.sub { font: italic 15px ${serif}; margin-top:4px; color:#555 }
.lo { font: ${du_px}px ${serif}; margin-top:4px; color:#333 }
.dy { font: ${dy_style} ${du_px}px ${serif}; margin-top:2px; color:#222 }
.mid { position:absolute; left:120px; right:120px; top:${mid}px; text-align:center; font-family:${serif}; color:#222 }
.cert { font: 15px ${serif}; letter-spacing:.4px }
.nm { display:inline-block; min-width:58%; font: ${nm_px}px ${script}; color:${ink}; border-bottom:1px solid #444;
  padding:0 24px 2px; margin-top:2px; line-height:1.25; white-space:nowrap }
.done { font: 15px ${serif}; margin-top:10px }
.cov { font: italic 13px ${serif}; color:#444; margin:6px auto 0; max-width:640px; line-height:18px }
.sig { position:absolute; left:110px; right:110px; top:${sig}px; display:flex; justify-content:space-between; font-family:${serif} }
.blk { width:41%; font-size:14px; color:#222 }
.blk .for { font-weight:bold }
.blk .ln { display:flex; align-items:flex-end; margin-top:6px }
.blk .ln span { font-size:13.5px; padding-bottom:3px }
.blk .ln div { flex:1; margin-left:8px; border-bottom:1px solid #333; height:38px; font: ${sig_px}px ${hand}; color:${sig_ink};
  line-height:44px; padding-left:14px; white-space:nowrap; overflow:hidden }
.blk .pn { margin:3px 0 0 54px; font-size:13px } .blk .pr { margin-left:54px; font: italic 12px ${serif}; color:#555 }
.dt { position:absolute; left:${dt_left}px; top:${dt_top}px; font: 14px ${serif}; color:#222 }
.dt b { font-weight:normal; display:inline-block; min-width:150px; border-bottom:1px solid #333; padding:0 8px 1px }
.org { position:absolute; left:120px; right:120px; bottom:${org_bottom}px; text-align:center }
.org .n { font: ${org_weight} ${org_px}px ${ofont}; color:${dark}; letter-spacing:${org_ls}px }
.org .s { font: 11px ${sans}; color:#555; margin-top:4px; letter-spacing:.3px }
</style>
<div class="f1"></div><div class="f2"></div>
<div class="cn tl"></div><div class="cn tr"></div><div class="cn bl"></div><div class="cn br"></div>
<div class="mono">${initials}</div>
<div class="mark"><div>${mark_html}</div></div>
<div class="top">
 <div class="hd">${heading}</div>
 <div class="ct">${title}</div>
 <div class="du">${duration}</div>
 ${sub_html}
 <div class="lo">${held}</div>
 <div class="dy">${when}</div>
</div>
<div class="mid">
 <div class="cert">${certify}</div>
 <div class="nm">${name}</div>
 <div class="done">${done}</div>
 <div class="cov">${covered}</div>
</div>
<div class="sig">
 <div class="blk"><div class="for">For ${school_for}</div><div class="ln"><span>Signed</span><div>${sig1_scrawl}</div></div>
  <div class="pn">${sig1}</div><div class="pr">${role1}</div></div>
 <div class="blk"><div class="for">For ${employer}</div><div class="ln"><span>Signed</span><div>${sig2_scrawl}</div></div>
  <div class="pn">${sig2}</div><div class="pr">${role2}</div></div>
</div>
<div class="dt">${dated_label} <b>${dated}</b></div>
<div class="org"><div class="n">${org}</div><div class="s">${org_line}</div></div>
"""

EMPLOYERS = [
    "Summit Water & Fire Recovery",
    "Tri-County Disaster Restoration, Inc.",
    "Crown Point Carpet & Restoration",
    "BlueLine Property Restoration",
    "Evergreen Mitigation Group LLC",
    "Keystone Cleaning & Restoration",
    "Heritage Fire & Flood Services",
    "Allied Restoration Partners",
]
MANAGER_ROLES = [
    "Operations Manager",
    "Production Manager",
    "General Manager",
    "Owner",
    "Training Coordinator",
]
COVERED = {
    1: [
        "including classroom instruction and a practical demonstration.",
        "including the course quiz, which was passed.",
        "comprising lecture, discussion and a hands-on workshop.",
    ],
    2: [
        "including classroom instruction, hands-on exercises and the course examination.",
        "comprising two days of lecture and practical work in the training centre.",
        "including the practical assessment on the second day.",
    ],
    3: [
        "including three days of classroom instruction, a hands-on drying lab and the "
        "written examination.",
        "comprising lecture, field exercises in the flood house and the course examination.",
        "including all classroom sessions and the practical assessment on the final day.",
    ],
}
DAY_WORDS = {1: "One-day", 2: "Two-day", 3: "Three-day"}


def _words_span(start, end):
    from corpus.formats import MONTHS, ORDINAL_WORDS

    if start.year != end.year:
        return None
    if start.month == end.month:
        return (
            f"from the {ORDINAL_WORDS[start.day]} to the {ORDINAL_WORDS[end.day]} day of "
            f"{MONTHS[end.month - 1]}, {end.year}"
        )
    return (
        f"from the {ORDINAL_WORDS[start.day]} day of {MONTHS[start.month - 1]} to the "
        f"{ORDINAL_WORDS[end.day]} day of {MONTHS[end.month - 1]}, {end.year}"
    )


def _ordinal_span(start, end):
    from corpus.formats import MONTHS, suffix

    if start.month != end.month or start.year != end.year:
        return None
    dash = "–" if start.day + 1 < end.day else " & "
    return (
        f"{start.day}{suffix(start.day)}{dash}{end.day}{suffix(end.day)} "
        f"{MONTHS[end.month - 1]} {end.year}"
    )


def scrawl(d, who):
    parts = who.replace(".", "").split()
    return d.pick([f"{parts[0]} {parts[-1]}", f"{parts[0][0]}. {parts[-1]}", parts[-1]])


def fill(d):
    from datetime import timedelta

    c = d.completed
    days = 1 if d.credit <= 8 else 2 if d.credit <= 16 else 3
    start = c - timedelta(days=days - 1)
    where = d.pick(
        [
            f"our training centre, {d.city()}",
            f"the {d.pick(['Flood House', 'Drying Lab', 'Training Center'])}, {d.city()}",
            d.venue(),
        ]
    )
    held = f"{d.pick(['Held at', 'Held at', 'Given at'])} {where}"
    if days == 1:
        when = f"on {d.date('words')}"
    else:
        choice = d.pick(["range", "range", "words", "ordinal"])
        when = _words_span(start, c) if choice == "words" else None
        if choice == "ordinal":
            when = _ordinal_span(start, c)
        if when is None:
            when = d.date_range(days - 1)
        else:
            d.put("completion_date", c.isoformat(), when)

    title = d.title(d.pick(["plain", "plain", "with_code"]))
    half = days == 1 and d.credit <= 4
    course_len = "Half-day" if half else DAY_WORDS[days]
    span = "half a day" if half else f"{days} day{'s' if days > 1 else ''}"
    form = d.pick(["dot", "colon", "sentence"])
    styles = ["cec_hours", "hours_title", "ceu_and_cec", "cecs"]
    hours = d.hours(d.pick(styles if form == "sentence" else [*styles, "words"]))
    duration = {
        "dot": f"{course_len} course \u00b7 {hours}",
        "colon": f"Course duration: {span} \u00b7 {hours}",
        "sentence": f"A {course_len.lower()} course of {hours}",
    }[form]
    sub_html = ""
    if d.chance(0.45):
        sub = d.pick(
            [
                "Taught to the current IICRC standard of care",
                "Classroom course with practical assessment",
                "IICRC-approved continuing education",
            ]
        )
        sub_html = f'<div class="sub">{sub}</div>'

    org = d.provider()
    name = d.name(d.pick(["plain", "plain", "plain", "honorific"]))
    words = [w for w in (d.org_alt or d.org).replace("&", " ").replace(",", " ").split()]
    initials = "".join(w[0] for w in words if w[0].isupper() and w not in ("Inc.", "LLC", "LLC,"))
    dated = d.other_date("issue", d.pick(["long", "dmy_long", "ordinal_dmy", "us_numeric"]))
    sig1, sig2 = d.person(), d.person()
    approval_no = f"{d.rng.randrange(1000, 99999)}"
    org_line = d.pick(
        [
            f"IICRC Approved School No. {approval_no} \u00b7 {d.web()} \u00b7 {d.phone()}",
            f"{d.web()} \u00b7 {d.phone()} \u00b7 IICRC-approved training since "
            f"{d.pick([1998, 2004, 2009, 2013])}",
            f"Registered training provider \u00b7 {d.web()}",
        ]
    )
    long_name = len(name) > 26
    paper_top = d.pick([84, 92, 100])
    return {
        "frame": d.pick([d.colors["dark"], d.colors["accent"], "#555"]),
        "outer_w": d.pick([3, 4, 6]),
        "initials": initials[:3] or "TC",
        "mark_html": d.pick(
            [
                "IICRC<br>APPROVED<br>SCHOOL",
                "IICRC<br>APPROVED<br>COURSE",
                "CEC<br>APPROVED<br>PROVIDER",
            ]
        ),
        "top": paper_top,
        "heading": d.pick(
            ["Training Certificate", "Certificate of Training", "Certificate of Completion"]
        ),
        "hd_style": d.pick(["normal", "bold", "italic"]),
        "hd_px": d.pick([42, 46, 50]),
        "hd_ls": d.pick([0, 1, 2]),
        "title": title,
        "ct_px": 28 if len(title) <= 40 else 23,
        "ct_gap": d.pick([10, 14, 18]),
        "tfont": d.fonts[d.pick(["serif", "display", "sans"])],
        "du_px": d.pick([17, 18]),
        "duration": duration,
        "sub_html": sub_html,
        "held": held,
        "when": when,
        "dy_style": d.pick(["normal", "italic", "bold"]),
        "mid": paper_top + (254 if sub_html else 232),
        "certify": d.pick(
            ["This is to certify that", "This is to certify that", "This certifies that"]
        ),
        "name": name,
        "nm_px": 40 if long_name else d.pick([46, 50]),
        "script": d.fonts["script"].replace(", cursive", ", 'Dancing Script', cursive"),
        "ink": d.pick(["#1a1a1a", "#1d2c6b", d.colors["dark"]]),
        "done": d.pick(
            [
                "has successfully completed the above course,",
                "has successfully completed the course named above,",
                "has attended and successfully completed the above course,",
            ]
        ),
        "covered": d.pick(COVERED[days]),
        "sig": paper_top + (432 if sub_html else 412),
        "school_for": org,
        "sig1": sig1,
        "sig1_scrawl": scrawl(d, sig1),
        "role1": d.pick(["Course Instructor", "IICRC Approved Instructor", "Lead Instructor"]),
        "employer": d.pick(EMPLOYERS),
        "sig2": sig2,
        "sig2_scrawl": scrawl(d, sig2),
        "role2": d.pick(MANAGER_ROLES),
        "sig_px": d.pick([24, 27, 30]),
        "hand": d.fonts["hand"].replace(", cursive", ", 'Dancing Script', cursive"),
        "sig_ink": d.pick(["#1d2f6f", "#222", "#203a72"]),
        "dated_label": d.pick(["Dated:", "Dated:", "Date of issue:"]),
        "dated": dated,
        "dt_left": d.pick([84, 92, 100]),
        "dt_top": paper_top + (432 if sub_html else 412) + d.pick([112, 120]),
        "org": org,
        "org_px": 22 if len(org) <= 34 else 19,
        "org_weight": d.pick(["bold", "normal"]),
        "org_ls": d.pick([0, 1, 2]),
        "ofont": d.fonts[d.pick(["serif", "display", "sans"])],
        "org_line": org_line,
        "org_bottom": d.pick([52, 58]),
    }
