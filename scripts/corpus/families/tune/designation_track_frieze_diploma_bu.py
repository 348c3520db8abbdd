"""A landscape diploma on tinted, finely dotted paper with a broad
ornamental frieze across the top and the same frieze mirrored across the
bottom, everything centred between them: a letter-spaced capital heading
with a small rule ornament, the course's discipline or category in
small spaced capitals, "This is to certify that", the holder's name
large in a script face, "has successfully completed the course
requirements for", then the course title in wide bold type, mostly in
capitals. Under the title sit more title-like lines the school prints
about the course: the master or journeyman designation (or the school's
own diploma track) the course counts toward, in italics, and the standard
it was taught to in small capitals. Then the date as "On the 5th Day of
March In the Year 2021" (or in running words), the CEC credit in a short
sentence, and an "At:" line naming the school and its town. Along the
foot: a round seal holding the school's initials on the left, the
course instructor's name in the middle, and at the right
"Signed," over a script signature, the signer's printed name and role; a
certificate number and an issue date in small type just above the lower
frieze."""

from corpus.formats import suffix

SOURCE = (
    "azuya/CertificateBuilder:templates/default/default.tpl and styles.css (textured paper, a "
    "repeating border strip at the top and the same strip flipped at the bottom, 'This is to "
    "certify that' / name / 'has successfully completed the course requirements for' / the "
    "certification, 'On the [day] Day of [month] In the Year [year]', 'At: [location]', "
    "'Signed,' over a signature at the right); designation and standard wording after the "
    "IICRC master-track descriptions (Master Water Restorer, Master Fire & Smoke Restorer, "
    "Master Textile Cleaner; journeyman levels) and the ANSI/IICRC S500/S520/S700/S100/S300 "
    "standard titles schools print under the course"
)
KIND = "course"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "ornate",
    "landscape",
    "sentence",
    "script-name",
    "distractor-person",
    "distractor-date",
    "date-words",
)

TEMPLATE = """<style>
.pg { position:absolute; inset:0; background:${paper}; font-family:${serif}; color:#1d1a16 }
.tx { position:absolute; inset:0; background-image:radial-gradient(rgba(90,70,40,.09) 0.9px, transparent 1.2px);
  background-size:6px 6px }
.fz { position:absolute; left:22px; right:22px; height:${fz_h}px; border-top:3px solid ${ink}; border-bottom:1px solid ${ink};
  background:
   linear-gradient(135deg, ${ink} 25%, transparent 25%) -${half}px 0,
   linear-gradient(225deg, ${ink} 25%, transparent 25%) -${half}px 0,
   linear-gradient(315deg, ${ink} 25%, transparent 25%),
   linear-gradient(45deg, ${ink} 25%, transparent 25%);
  background-size:${tile}px ${tile}px; background-color:${fz_bg}; opacity:.88 }
.fz.t { top:22px } .fz.b { bottom:22px; transform:scaleY(-1) }
.sd { position:absolute; top:${side_top}px; bottom:${side_top}px; width:0; border-left:1px solid ${ink}; opacity:.6 }
.w { position:absolute; left:80px; right:80px; top:${body_top}px; text-align:center }
.hd { font: ${head_weight} ${head_px}px ${display}; letter-spacing:${head_ls}px; text-transform:uppercase; color:${ink} }
.orn { margin:6px auto 0; width:260px; height:9px; position:relative }
.orn:before { content:""; position:absolute; left:0; right:0; top:4px; border-top:1px solid ${ink} }
.orn:after { content:""; position:absolute; left:124px; top:0; width:9px; height:9px; background:${accent}; transform:rotate(45deg) }
.l { font-size:17px; margin-top:${gap}px; font-style:${lead_style} }
.nm { font: ${name_px}px ${script}; color:${name_fg}; line-height:1.15; margin-top:2px }
.tt { font: bold ${title_px}px ${tfont}; letter-spacing:${title_ls}px; color:#1a1a1a; margin:12px auto 0;
  max-width:900px; line-height:1.2 }
.tr { font: italic 16px ${serif}; margin-top:14px; color:#3a332a }
.st { font-size:12.5px; letter-spacing:1.4px; font-variant:small-caps; margin-top:4px; color:#4a4236 }
.dt { font-size:16px; margin-top:${gap2}px }
.dt b, .at b { font-weight:bold }
.cr { font-size:15px; margin-top:9px }
.at { font-size:15px; margin-top:9px }
.ft { position:absolute; left:100px; right:100px; bottom:${foot_bottom}px; display:flex; justify-content:space-between; align-items:flex-end }
.seal { width:112px; height:112px; border-radius:50%; border:3px double ${accent}; display:flex; align-items:center; justify-content:center;
  text-align:center; background:radial-gradient(circle, ${paper} 54%, ${seal_ring} 55%, ${seal_ring} 58%, ${paper} 59%) }
.seal div { font: bold 26px ${display}; letter-spacing:2px; color:${accent} }
.ins { font-size:12.5px; text-align:center; color:#333; padding-bottom:6px }
.ins span { font-size:10px; letter-spacing:1.5px; text-transform:uppercase; color:#6b6050; margin-right:6px }
.cat { margin-top:12px; font: 11.5px ${sans}; letter-spacing:2.5px; text-transform:uppercase; color:${accent} }
.sg { width:250px; text-align:left; font-size:13px }
.sg .s1 { font-size:14px }
.sg .h { font: ${sig_px}px ${hand}; color:#1d2f6f; border-bottom:1px solid #333; padding:0 0 1px 16px; margin-top:4px; white-space:nowrap }
.sg .p { margin-top:3px } .sg .r { font-size:11.5px; color:#555 }
.nb { position:absolute; left:100px; right:100px; bottom:${nb_bottom}px; display:flex; justify-content:space-between; font: 10.5px ${sans};
  color:#5b5345; letter-spacing:.4px }
</style>
<div class="pg">
 <div class="tx"></div>
 <div class="fz t"></div><div class="fz b"></div>
 <div class="sd" style="left:22px"></div><div class="sd" style="right:22px"></div>
 <div class="w">
  <div class="hd">${heading}</div>
  <div class="orn"></div>
  <div class="cat">${category}</div>
  <div class="l">This is to certify that</div>
  <div class="nm">${name}</div>
  <div class="l" style="margin-top:2px">${completed}</div>
  <div class="tt">${title}</div>
  <div class="tr">${track}</div>
  <div class="st">${standard}</div>
  <div class="dt">${date_html}</div>
  <div class="cr">${credit}</div>
  <div class="at">${at_html}</div>
 </div>
 <div class="ft">
  <div class="seal"><div>${monogram}</div></div>
  <div class="ins"><span>${ins_label}</span>${instructor}</div>
  <div class="sg"><div class="s1">Signed,</div><div class="h">${scrawl}</div><div class="p">${signer}</div><div class="r">${signer_role}</div></div>
 </div>
 <div class="nb"><span>${number_line}</span><span>${issued_line}</span></div>
</div>
"""

# Per IICRC course code: (discipline, standard it is taught to, designations it counts toward)
BY_CODE = {
    "WRT": (
        "Water Damage Restoration",
        "S500",
        ["Journeyman Water Restorer", "Master Water Restorer"],
    ),
    "ASD": (
        "Water Damage Restoration",
        "S500",
        ["Journeyman Water Restorer", "Master Water Restorer"],
    ),
    "CDS": ("Water Damage Restoration", "S500", ["Master Water Restorer"]),
    "AMRT": ("Microbial Remediation", "S520", ["Master Water Restorer"]),
    "FSRT": (
        "Fire and Smoke Restoration",
        "S700",
        ["Journeyman Fire and Smoke Restorer", "Master Fire and Smoke Restorer"],
    ),
    "OCT": (
        "Odor Control",
        "S700",
        ["Journeyman Fire and Smoke Restorer", "Master Fire and Smoke Restorer"],
    ),
    "CCT": ("Textile Cleaning", "S100", ["Journeyman Textile Cleaner", "Master Textile Cleaner"]),
    "UFT": ("Textile Cleaning", "S300", ["Journeyman Textile Cleaner", "Master Textile Cleaner"]),
    "RRT": ("Textile Cleaning", "S100", ["Master Textile Cleaner"]),
    "RCT": ("Textile Cleaning", "S100", ["Master Textile Cleaner"]),
    "CRT": ("Textile Cleaning", None, ["Master Textile Cleaner"]),
    "LCT": ("Textile Cleaning", None, ["Master Textile Cleaner"]),
    "SMT": ("Hard Surface Cleaning", None, []),
    "HST": ("Health and Safety", None, []),
    "TCST": ("Trauma and Crime Scene", "S540", []),
}
STANDARDS = {
    "S500": "ANSI/IICRC S500 Standard for Professional Water Damage Restoration",
    "S520": "ANSI/IICRC S520 Standard for Professional Mold Remediation",
    "S700": "ANSI/IICRC S700 Standard for Professional Fire and Smoke Damage Restoration",
    "S100": "ANSI/IICRC S100 Standard for Professional Cleaning of Textile Floor Coverings",
    "S300": "ANSI/IICRC S300 Standard for Professional Upholstery Cleaning",
    "S540": "ANSI/IICRC S540 Standard for Trauma and Crime Scene Cleanup",
}
# Continuing-education courses: discipline and standard by a word of the title.
KEYWORDS = [
    (("mold", "microbial", "antimicrobial", "containment"), "Microbial Remediation", "S520"),
    (("fire", "smoke", "deodoriz"), "Fire and Smoke Restoration", "S700"),
    (("carpet", "spotting", "tile", "grout"), "Textile Cleaning", "S100"),
    (
        ("water", "drying", "psychrom", "moisture", "crawlspace", "hardwood", "cupping"),
        "Water Damage Restoration",
        "S500",
    ),
    (
        ("asbestos", "lead", "respirat", "confined", "bloodborne", "safety"),
        "Health and Safety",
        None,
    ),
]
SCHOOL_TRACKS = [
    "the Restoration Technician Diploma Program",
    "the Advanced Drying Professional Series",
    "the Field Supervisor Certificate Track",
    "the Restoration Estimator Career Pathway",
]
OTHER_STANDARD = [
    "Taught with reference to OSHA 29 CFR 1910 and 1926",
    "Taught with reference to the IICRC Reference Guide",
    "Presented under the school's IICRC-approved curriculum",
]


def profile(d):
    """The discipline, standard line and designation line a school prints for this course."""
    if d.code in BY_CODE:
        discipline, std, tracks = BY_CODE[d.code]
    else:
        low = d.course.lower()
        discipline, std, tracks = "Restoration Business Practice", None, []
        for words, disc, s in KEYWORDS:
            if any(w in low for w in words):
                discipline, std = disc, s
                break
    if std:
        standard = (
            d.pick(["Taught to the ", "In accordance with the ", "As set out in the "])
            + STANDARDS[std]
        )
    else:
        standard = d.pick(OTHER_STANDARD)
    if tracks and d.chance(0.8):
        track = d.pick(tracks)
        track = d.pick(
            [
                f"a required course of the IICRC {track} designation",
                f"counted toward the {track} designation",
                f"one of the courses required for {track}",
            ]
        )
    else:
        track = d.pick(
            [
                f"a core course of {d.pick(SCHOOL_TRACKS)}",
                f"an approved elective within {d.pick(SCHOOL_TRACKS)}",
                "an IICRC-approved continuing education course",
            ]
        )
    return discipline, standard, track


def fill(d):
    import html

    esc = lambda s: html.escape(str(s), quote=False)  # noqa: E731
    discipline, standard, track = profile(d)
    name = d.name(d.pick(["plain", "plain", "plain", "honorific"]))
    title = d.title(d.pick(["upper", "upper", "plain", "with_code"]))

    c = d.completed
    month = c.strftime("%B")
    day_num = f"{c.day}{suffix(c.day)}"
    form = d.pick(["split", "split", "words", "given"])
    if form == "split":
        printed = f"{day_num} Day of {month} In the Year {c.year}"
        d.put("completion_date", c.isoformat(), printed)
        date_html = f"On the <b>{day_num}</b> Day of <b>{month}</b> In the Year <b>{c.year}</b>"
    elif form == "words":
        date_html = f"On {esc(d.date('words'))}"
    else:
        date_html = f"Given on {esc(d.date('words'))}"

    style = d.pick(["cec_hours", "words_cec", "cecs", "hours_title", "ceu_and_cec"])
    hours = d.hours(style)
    lines = [f"and is awarded {hours}", f"for which {hours} are granted"]
    if style in ("cec_hours", "cecs", "hours_title"):
        lines.append(f"Continuing education credit: {hours}")
    credit = d.pick(lines)

    provider = d.provider()
    city = d.city()
    at_html = f"At: <b>{esc(provider)}</b>, {esc(city)}."

    signer = d.person()
    parts = signer.replace(".", "").split()
    scrawl = d.pick([f"{parts[0]} {parts[-1]}", f"{parts[0][0]}. {parts[-1]}"])
    initials = [w[0] for w in provider.replace(",", "").split() if w[:1].isupper()]
    monogram = "".join(i for i in initials if i not in "LI")[:3] or "S"
    heading = d.pick(
        [
            "Certificate of Completion",
            "Certificate of Course Completion",
            "Certificate of Achievement",
            "Diploma of Completion",
        ]
    )
    ttl_px = 30 if len(title) <= 28 else 26 if len(title) <= 40 else 22
    return {
        "paper": d.pick(["#fbf7ec", "#f7f3e6", "#f4f1ea", "#f9f6ef", d.colors["light"]]),
        "ink": d.colors["dark"],
        "fz_bg": d.pick(["transparent", "rgba(0,0,0,.04)"]),
        "fz_h": d.pick([46, 52, 58]),
        "tile": (tile := d.pick([28, 34, 40])),
        "half": tile // 2,
        "side_top": 30,
        "body_top": d.pick([112, 120, 126]),
        "head_weight": d.pick(["normal", "bold"]),
        "head_px": d.pick([34, 38]) if len(heading) <= 26 else 32,
        "head_ls": d.pick([4, 6, 8]) if len(heading) <= 26 else 4,
        "gap": d.pick([20, 26]),
        "gap2": d.pick([24, 32]),
        "lead_style": d.pick(["normal", "italic"]),
        "name_px": 60 if len(name) <= 24 else 50,
        "name_fg": d.pick(["#1d1a16", d.colors["dark"]]),
        "tfont": d.fonts[d.pick(["display", "sans", "serif"])],
        "title_px": ttl_px,
        "title_ls": d.pick([1, 2, 3]),
        "sig_px": d.pick([26, 30]),
        "seal_ring": d.pick(["rgba(0,0,0,.08)", "rgba(160,120,20,.18)"]),
        "foot_bottom": 104,
        "nb_bottom": 84,
        "heading": heading,
        "name": name,
        "completed": d.pick(
            [
                "has successfully completed the course requirements for",
                "has satisfactorily completed all classroom and examination requirements of",
                "has fulfilled the attendance and course requirements for",
            ]
        ),
        "title": title,
        "track": track,
        "standard": standard,
        "date_html": date_html,
        "credit": credit,
        "at_html": at_html,
        "monogram": monogram,
        "category": d.pick(["Discipline", "Course category", "Category"])
        + d.pick([" · ", ": ", " — "])
        + discipline,
        "ins_label": d.pick(["Course instructor", "Instructor", "Approved instructor"]),
        "instructor": d.person(),
        "scrawl": scrawl,
        "signer": signer,
        "signer_role": d.pick(
            ["Director of Education", "President", "Training Director", "Registrar"]
        ),
        "number_line": f"Certificate {d.number('No. ')}",
        "issued_line": d.pick(["Issued ", "Printed ", "Date of issue: "])
        + d.other_date(d.pick(["issue", "print"]), d.pick(["us_numeric", "short_month", "long"])),
    }
