"""A course certificate downloaded from an online learning marketplace that
hosts a school's course, printed landscape: everything left-aligned on a
white field, the marketplace's own wordmark at the top (not the provider),
the completion date in small type under it, the learner's name very large
in a bold sans face, a short verb line, the course title, and one sentence
saying the school authorised the course and the marketplace delivered it.
A right-hand grey column carries the school's logo block (its name in the
mark), a round seal and a vertical label. Foot: an instructor's signature
with name and title, a credit pill, and a verification line with a
certificate address in small grey type."""

SOURCE = (
    "vyvd/Project-basket:view/courses/single/includes/certificate.php (course certificate: "
    "logo with ID top corner, presented-to name, completed course, dated, tutor and head "
    "signatures) and wording of online course marketplaces that print a partner school's "
    "course under the platform's own wordmark with a verify address"
)
KIND = "course"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "landscape",
    "provider-in-logo",
    "distractor-org",
    "distractor-person",
    "sentence",
    "tiny-footer",
)

TEMPLATE = """<style>
.main { position:absolute; left:64px; top:54px; bottom:50px; right:${col_w}px; padding-right:40px; font-family:${sans}; color:#1f1f1f }
.pm { font: bold 22px ${sans}; letter-spacing:-.4px; color:${pcol} } .pm i { font-style:normal; color:#111 }
.dt { margin-top:26px; font-size:14px; color:#444 }
.nm { margin-top:${nm_top}px; font: bold ${nm_px}px ${sans}; letter-spacing:-.5px; color:#111; line-height:1.1 }
.vb { margin-top:12px; font-size:15px; color:#555 }
.ti { margin-top:8px; font: bold ${ti_px}px ${face}; color:#111; line-height:1.2 }
.sen { margin-top:16px; font-size:12.5px; color:#555; line-height:18px; max-width:520px }
.pill { display:inline-block; margin-top:14px; border:1.5px solid ${pcol}; color:${pcol}; font: bold 12.5px ${sans}; padding:4px 12px; border-radius:14px }
.sig { position:absolute; left:0; bottom:32px }
.sig .s { font: 30px ${script}; color:#1a2a55; line-height:34px }
.sig .l { border-top:1px solid #888; width:230px; padding-top:4px; font-size:12px; color:#333 } .sig .l small { display:block; color:#666; font-size:11px }
.ver { position:absolute; left:0; bottom:0; font-size:9.5px; color:#888 }
.col { position:absolute; top:0; right:0; bottom:0; width:${col_w}px; background:${colbg}; display:flex; flex-direction:column; align-items:center; padding-top:56px }
.logo { width:${logo_w}px; border:2px solid ${lcol}; color:${lcol}; text-align:center; padding:10px 8px; font: bold 15px ${face}; line-height:19px; background:#fff; border-radius:${lrad} }
.logo small { display:block; font: 9.5px ${sans}; letter-spacing:1.6px; text-transform:uppercase; margin-top:4px; color:#666 }
.seal { margin-top:44px; width:118px; height:118px; border-radius:50%; border:3px double ${lcol}; display:flex; align-items:center; justify-content:center; text-align:center; font: bold 11px ${sans}; letter-spacing:1.5px; color:${lcol}; background:#fff }
.vt { position:absolute; bottom:60px; writing-mode:vertical-rl; transform:rotate(180deg); font: bold 12px ${sans}; letter-spacing:5px; color:#9aa0a6; text-transform:uppercase }
</style>
<div class="main">
 <div class="pm">${pm_a}<i>${pm_b}</i></div>
 <div class="dt">${date}</div>
 <div class="nm">${name}</div>
 <div class="vb">${verb}</div>
 <div class="ti">${title}</div>
 <div class="sen">${sentence}</div>
 <div class="pill">${hours}</div>
 <div class="sig"><div class="s">${sig}</div><div class="l">${signer}<small>${role}</small><small>${org_small}</small></div></div>
 <div class="ver">${verify}</div>
</div>
<div class="col">
 <div class="logo">${org}<small>${logo_tag}</small></div>
 <div class="seal">${seal_html}</div>
 <div class="vt">${vert}</div>
</div>
"""

PLATFORMS = [
    ("Skill", "Harbor"),
    ("Trade", "Campus"),
    ("Learn", "Dock"),
    ("Crew", "Course"),
    ("Field", "Academy+"),
    ("Up", "Skillr"),
]


def fill(d):
    r = d.rng
    a, b = d.pick(PLATFORMS)
    platform = a + b
    org = d.provider()
    name = d.name(d.pick(["plain", "plain", "plain", "upper"]))
    title = d.title(d.pick(["plain", "plain", "with_code"]))
    date = d.date(d.pick(["long", "short_month", "dmy_long", "long_upper"]))
    hours = d.hours(d.pick(["cec_hours", "credit_hours", "iicrc_cec", "hours_title", "cecs"]))
    signer = d.person()
    nm_px = 44 if len(name) < 22 else 36 if len(name) < 30 else 30
    ti_px = 24 if len(title) < 40 else 20
    verb = d.pick(
        [
            "has successfully completed",
            "completed the online course",
            "has completed all requirements of",
        ]
    )
    sentence = d.pick(
        [
            f"an online course authorized by {org} and offered through {platform}.",
            f"a self-paced course developed by {org} and delivered on {platform}.",
            f"{platform} confirms the identity of this learner and their completion of a course "
            f"authorized by {org}.",
        ]
    )
    slug = "".join(ch for ch in platform.lower() if ch.isalnum())
    return {
        "face": d.fonts[d.pick(["sans", "serif", "display"])],
        "pcol": d.pick(["#0056d2", "#0a66c2", "#c2410c", "#047857", "#7c3aed"]),
        "lcol": d.colors["dark"],
        "colbg": d.pick(["#eef0f3", "#f1f1ee", "#e9eef5"]),
        "col_w": str(d.pick([230, 250, 270])),
        "logo_w": "180",
        "lrad": d.pick(["0", "6px", "50px"]),
        "nm_top": str(d.pick([30, 40, 50])),
        "nm_px": str(nm_px),
        "ti_px": str(ti_px),
        "pm_a": a,
        "pm_b": b,
        "date": date,
        "name": name,
        "verb": verb,
        "title": title,
        "sentence": sentence,
        "hours": hours,
        "sig": signer,
        "signer": signer,
        "role": d.pick(
            [
                "Lead Instructor",
                "Course Author",
                "IICRC Approved Instructor",
                "Director of Education",
            ]
        ),
        "org_small": org,
        "org": org,
        "verify": d.pick(
            [
                f"Verify at {slug}.com/verify/{r.randrange(10**9, 10**10 - 1):X}",
                f"Certificate ID {d.number()} · {slug}.com/certificates",
            ]
        ),
        "logo_tag": d.pick(["Online", "Partner school", "Training", "Course provider"]),
        "seal_html": d.pick(["COURSE<br>CERTIFICATE", "VERIFIED<br>COMPLETION", "CE<br>COURSE"]),
        "vert": d.pick(["Course Certificate", "Certificate", "Completion"]),
    }
