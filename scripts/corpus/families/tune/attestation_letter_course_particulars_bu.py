"""A portrait letter of attestation from a training school's registrar,
the paper a technician asks for when an employer or a licensing office
wants proof of a class. The school is named only in its letterhead: a
coloured monogram tile and the wordmark with a tagline, a double rule
beneath, and under the rule one small line with the street address,
telephone and web address. Then a reference number at the left and the
letter's own date at the right, "TO WHOM IT MAY CONCERN", and a bold
underlined two-line subject heading ("LETTER OF ATTESTATION" over
"COURSE ATTENDANCE AND COMPLETION"). One paragraph attests that the
student, named in bold with a student number, attended the course
described below. The particulars follow as colon rows: the sector or
discipline, the programme or certification track the course belongs to,
a course code, the course title, the course level, the standard taught,
the course dates as a span (or one date for a short class), the venue,
the examination sat, the CEC hours and the lead instructor; some letters
leave a few of the minor rows out. A paragraph lists the topics covered
in a running sentence, another says what the letter is for, and the
letter closes "Yours faithfully," over a script signature, the
registrar's printed name and role. A grey foot line repeats the web
address."""

SOURCE = (
    "PRASITHYAA/Login:resources/views/mail/training_submission_admin.blade.php (colon rows for "
    "a training course: Sector, Course Code, Course Title, Course Level, Course Duration, "
    "'Date: from ... to ...', Venue) and hameddavid/trans:resources/views/proficiency_letter."
    "blade.php (the letter's date at the right, a reference number, 'TO WHOM IT MAY CONCERN', "
    "a bold underlined two-line 'LETTER OF ATTESTATION' subject, the student named with a "
    "matriculation number); track and standard wording after the IICRC master-track and "
    "ANSI/IICRC standard names restoration schools print on course paperwork"
)
KIND = "course"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "letter",
    "portrait",
    "provider-in-logo",
    "labelled",
    "date-range",
    "distractor-person",
    "distractor-date",
    "address",
)

TEMPLATE = """<style>
.w { position:absolute; left:72px; right:72px; top:52px; bottom:40px; font-family:${body}; color:#161616; font-size:${fs}px;
  line-height:1.45 }
.lh { display:flex; justify-content:space-between; align-items:flex-start }
.lg { display:flex; align-items:center; gap:12px }
.tile { width:52px; height:52px; flex:none; background:${dark}; color:#fff; font: bold 19px ${head}; display:flex; align-items:center;
  justify-content:center; letter-spacing:1px; border-radius:${tile_r}px; box-shadow:inset 0 -6px 0 ${accent} }
.wm { font: bold ${wm_px}px ${head}; color:${dark}; line-height:1.15; white-space:nowrap }
.tg { font: 11px ${sans}; color:#555; letter-spacing:.6px; margin-top:7px }
.ad { margin-top:5px; font: 10.5px ${sans}; color:#444; text-align:${ad_align}; letter-spacing:.3px }
.rl { margin-top:12px; border-top:2.5px solid ${dark}; border-bottom:1px solid ${dark}; height:3px }
.rf { display:flex; justify-content:space-between; margin-top:22px; font-size:${fs_small}px }
.tw { margin-top:22px; font-weight:bold; letter-spacing:.5px }
.sj { margin-top:16px; text-align:center; font-weight:bold; text-decoration:underline; line-height:1.5; letter-spacing:.4px }
.p { margin-top:14px; text-align:justify }
.pt { margin:14px 0 0 ${indent}px; border-collapse:collapse }
.pt td { padding:2px 0; vertical-align:top; line-height:1.35 }
.pt td.k { width:${label_w}px; white-space:nowrap; font-weight:${label_weight} }
.pt td.c { width:22px }
.cl { margin-top:20px }
.sg { font: ${sig_px}px ${hand}; color:#1b2a6b; margin:2px 0 0; line-height:1.3 }
.nm { font-weight:bold } .ro { color:#333 }
.ft { position:absolute; left:72px; right:72px; bottom:26px; border-top:1px solid #bbb; padding-top:5px; font: 9.5px ${sans}; color:#777;
  display:flex; justify-content:space-between }
</style>
<div class="w">
 <div class="lh">
  <div class="lg"><div class="tile">${monogram}</div><div><div class="wm">${wordmark}</div><div class="tg">${tagline}</div></div></div>
 </div>
 <div class="rl"></div>
 <div class="ad">${street}, ${town} &nbsp;·&nbsp; Tel. ${phone} &nbsp;·&nbsp; ${web}</div>
 <div class="rf"><span>${ref_label} ${ref}</span><span>${letter_date}</span></div>
 <div class="tw">${addressee}</div>
 <div class="sj">${subject1}<br>${subject2}</div>
 <div class="p">${lead_html}</div>
 <table class="pt">${rows_html}</table>
 <div class="p">${topics}</div>
 <div class="p">${purpose}</div>
 <div class="cl">Yours faithfully,</div>
 <div class="sg">${scrawl}</div>
 <div class="nm">${signer}</div>
 <div class="ro">${signer_role}</div>
</div>
<div class="ft"><span>${foot_left}</span><span>${web}</span></div>
"""

# Per IICRC course code: (sector, certification track, standard code, course level)
BY_CODE = {
    "WRT": (
        "Water Damage Restoration",
        "Master Water Restorer",
        "S500",
        "Technician (entry level)",
    ),
    "ASD": (
        "Water Damage Restoration",
        "Master Water Restorer",
        "S500",
        "Technician (second level)",
    ),
    "CDS": ("Water Damage Restoration", "Master Water Restorer", "S500", "Specialist (advanced)"),
    "AMRT": ("Microbial Remediation", "Master Water Restorer", "S520", "Technician"),
    "FSRT": ("Fire and Smoke Damage", "Master Fire and Smoke Restorer", "S700", "Technician"),
    "OCT": ("Fire and Smoke Damage", "Master Fire and Smoke Restorer", "S700", "Technician"),
    "CCT": ("Textile Cleaning", "Master Textile Cleaner", "S100", "Technician (entry level)"),
    "UFT": ("Textile Cleaning", "Master Textile Cleaner", "S300", "Technician"),
    "RRT": ("Textile Cleaning", "Master Textile Cleaner", "S100", "Technician"),
    "RCT": ("Textile Cleaning", "Master Textile Cleaner", "S100", "Technician"),
    "CRT": ("Textile Cleaning", "Master Textile Cleaner", None, "Technician (advanced)"),
    "LCT": ("Textile Cleaning", "Master Textile Cleaner", None, "Technician"),
    "SMT": ("Hard Surface Cleaning", None, None, "Technician"),
    "HST": ("Health and Safety", None, None, "Technician"),
    "TCST": ("Trauma and Crime Scene Cleanup", None, "S540", "Technician"),
}
STANDARDS = {
    "S500": "ANSI/IICRC S500, Professional Water Damage Restoration",
    "S520": "ANSI/IICRC S520, Professional Mold Remediation",
    "S700": "ANSI/IICRC S700, Fire and Smoke Damage Restoration",
    "S100": "ANSI/IICRC S100, Cleaning of Textile Floor Coverings",
    "S300": "ANSI/IICRC S300, Professional Upholstery Cleaning",
    "S540": "ANSI/IICRC S540, Trauma and Crime Scene Cleanup",
}
KEYWORDS = [
    (("mold", "microbial", "antimicrobial", "containment"), "Microbial Remediation", "S520"),
    (("fire", "smoke", "deodoriz"), "Fire and Smoke Damage", "S700"),
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
TOPICS = {
    "Water Damage Restoration": [
        "psychrometry",
        "categories and classes of water",
        "moisture inspection and mapping",
        "extraction",
        "dehumidification",
        "drying documentation",
    ],
    "Microbial Remediation": [
        "containment design",
        "negative air",
        "personal protective equipment",
        "source removal",
        "HEPA vacuuming",
        "post-remediation verification",
    ],
    "Fire and Smoke Damage": [
        "combustion chemistry",
        "residue identification",
        "cleaning methods",
        "deodorization",
        "contents handling",
        "ozone and hydroxyl safety",
    ],
    "Textile Cleaning": [
        "fibre identification",
        "soil and spot chemistry",
        "cleaning methods",
        "pH and rinsing",
        "drying",
        "customer relations",
    ],
    "Hard Surface Cleaning": [
        "stone identification",
        "sealers",
        "grout cleaning",
        "polishing",
        "maintenance programs",
    ],
    "Health and Safety": [
        "OSHA requirements",
        "hazard communication",
        "respiratory protection",
        "lockout/tagout",
        "confined spaces",
        "fall protection",
    ],
    "Trauma and Crime Scene Cleanup": [
        "bloodborne pathogens",
        "scene assessment",
        "biohazard waste",
        "decontamination",
        "documentation",
    ],
    "Restoration Business Practice": [
        "scope writing",
        "photo documentation",
        "line-item pricing",
        "contracts and authorizations",
        "carrier guidelines",
        "job costing",
    ],
}
SCHOOL_TRACKS = [
    "Restoration Technician Diploma Program",
    "Advanced Drying Professional Series",
    "Field Supervisor Certificate Track",
    "Continuing Education (IICRC renewal)",
]
TAGLINES = [
    "IICRC Approved School",
    "Restoration & Cleaning Education",
    "Classroom and Hands-on Training",
    "Training for the Restoration Trades",
]


def fill(d):
    import html

    esc = lambda s: html.escape(str(s), quote=False)  # noqa: E731
    if d.code in BY_CODE:
        sector, track, std, level = BY_CODE[d.code]
    else:
        low = d.course.lower()
        sector, std = "Restoration Business Practice", None
        for words, sec, s in KEYWORDS:
            if any(w in low for w in words):
                sector, std = sec, s
                break
        track, level = None, d.pick(["Continuing education", "Refresher", "Intermediate"])
    track = track and d.pick([f"IICRC {track} track", f"{track} (IICRC designation)", track])
    track = track or d.pick(SCHOOL_TRACKS)
    standard = STANDARDS[std] if std else d.pick(["School curriculum", "OSHA 29 CFR 1910 / 1926"])

    provider = d.provider()
    words = [w for w in provider.replace(",", "").replace("&", "").split() if w[:1].isupper()]
    monogram = "".join(w[0] for w in words if w not in ("LLC", "Inc.", "Co.", "Inc"))[:3]
    street, town = d.address()

    name = d.name(d.pick(["plain", "plain", "upper", "honorific"]))
    student_no = d.pick(["S", "STU-", ""]) + str(d.rng.randrange(10000, 99999))
    city = d.city()
    lead_html = d.pick(
        [
            f"This is to attest that <b>{esc(name)}</b> (Student No. {student_no}) attended the "
            f"course described below at our {esc(city)} training centre, was present for all "
            "scheduled sessions and sat the end-of-course examination.",
            f"We confirm that <b>{esc(name)}</b>, student number {student_no}, enrolled in and "
            "completed the course described below, meeting its attendance and examination "
            "requirements.",
            f"Our records show that <b>{esc(name)}</b> (Student No. {student_no}) completed the "
            "following course with this school.",
        ]
    )

    title = d.title(d.pick(["plain", "plain", "plain", "upper"]))
    code = f"{d.code or 'CE'}-{d.rng.randrange(100, 9999):04d}"
    multi_day = d.credit >= 7 and d.chance(0.85)
    if multi_day:
        span = d.pick([1, 2, 2]) if d.credit >= 12 else 1
        when_label = d.pick(["Date", "Course Dates", "Dates"])
        when = d.date_range(span)
        if d.chance(0.4) and " to " not in when:
            when = f"From {when}"
        duration = f"{span + 1} days"
    else:
        when_label = d.pick(["Date", "Date of Course", "Course Date"])
        when = d.date(d.pick(["long", "short_month", "us_numeric", "dmy_long", "ordinal"]))
        duration = d.pick(["1 day", "Half day", "1 day (evening)"])
    hours = d.hours(d.pick(["cec_hours", "cecs", "hrs", "hours_title", "ceu_and_cec", "words"]))
    exam = (
        d.pick(
            [
                f"IICRC {d.code} certification examination (results issued by the IICRC)",
                f"IICRC {d.code} written exam, proctored on the final day",
                f"{d.code} certification exam (sat; result pending)",
            ]
        )
        if d.code
        else d.pick(["End-of-course written test: passed", "Course quiz: 80% or better", "None"])
    )
    instructor = d.person()
    rows = [
        (d.pick(["Sector", "Discipline", "Category"]), sector, True),
        (d.pick(["Programme / Track", "Certification Track", "Program"]), track, True),
        ("Course Code", code, False),
        ("Course Title", title, None),
        ("Course Level", level, False),
        (d.pick(["Standard Taught", "Standard", "Reference Standard"]), standard, True),
        ("Duration", duration, False),
        (when_label, when, None),
        (
            "Venue",
            d.pick([d.venue(), f"{city} training centre", f"{city} (classroom and lab)"]),
            False,
        ),
        (d.pick(["Examination", "Exam"]), exam, True),
        (d.pick(["CEC Hours", "Credit", "Continuing Education Credit"]), hours, None),
        (d.pick(["Lead Instructor", "Instructor"]), instructor, False),
    ]
    # A few minor rows are left out on some letters; the title-like rows and the answers stay.
    rows = [r for r in rows if r[2] is not False or d.chance(0.8)]
    rows_html = "".join(
        f'<tr><td class="k">{esc(k)}</td><td class="c">:</td><td>{esc(v)}</td></tr>'
        for k, v, _ in rows
    )

    topics = d.rng.sample(TOPICS[sector], k=min(len(TOPICS[sector]), d.pick([4, 5])))
    topics_text = d.pick(
        [
            "The course covered " + ", ".join(topics[:-1]) + f" and {topics[-1]}.",
            "Topics covered: " + "; ".join(topics) + ".",
        ]
    )
    signer = d.person()
    parts = signer.replace(".", "").split()
    scrawl = d.pick([f"{parts[0]} {parts[-1]}", f"{parts[0][0]}. {parts[-1]}"])
    year = d.completed.year
    return {
        "body": d.fonts[d.pick(["serif", "serif", "sans"])],
        "head": d.fonts[d.pick(["sans", "display", "cond"])],
        "fs": d.pick([14, 14.5, 15]),
        "fs_small": 13,
        "tile_r": d.pick([0, 6, 26]),
        "ad_align": d.pick(["left", "center", "right"]),
        "wm_px": 21
        if len(provider) <= 24
        else 19
        if len(provider) <= 32
        else 16
        if len(provider) <= 40
        else 14.5,
        "indent": d.pick([0, 24, 40]),
        "label_w": d.pick([170, 190]),
        "label_weight": d.pick(["bold", "normal"]),
        "sig_px": d.pick([28, 32]),
        "monogram": monogram or "RS",
        "wordmark": provider,
        "tagline": d.pick(TAGLINES),
        "street": street,
        "town": town,
        "phone": d.phone(),
        "web": d.web(),
        "ref_label": d.pick(["Our ref:", "Ref.", "Reference:"]),
        "ref": f"REG/ATT/{year}/{d.rng.randrange(100, 999)}",
        "letter_date": d.other_date("issue", d.pick(["long", "dmy_long", "ordinal"])),
        "addressee": d.pick(
            ["TO WHOM IT MAY CONCERN", "TO WHOM IT MAY CONCERN:", "Dear Sir or Madam,"]
        ),
        "subject1": "LETTER OF ATTESTATION",
        "subject2": d.pick(
            ["COURSE ATTENDANCE AND COMPLETION", "CONFIRMATION OF TRAINING", "COURSE COMPLETION"]
        ),
        "lead_html": lead_html,
        "rows_html": rows_html,
        "topics": topics_text,
        "purpose": d.pick(
            [
                "This letter is issued at the request of the student for submission to an "
                "employer, insurer or licensing body. The school's records of attendance are kept "
                "for seven years.",
                "Continuing education credit for this course is reported to the IICRC by the "
                "school. Please keep this letter with your training records.",
                "Should you require further information, please contact the Registrar's office "
                "quoting the reference above.",
            ]
        ),
        "scrawl": scrawl,
        "signer": signer,
        "signer_role": d.pick(
            ["Registrar", "Registrar and Student Records", "Director of Education"]
        ),
        "foot_left": d.pick(
            ["Page 1 of 1", "Registered training provider", "Student Records Office"]
        ),
    }
