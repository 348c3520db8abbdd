"""A learning platform's certificate inside a thick coloured frame: a header
band with the word "Certificate" in large light type and the school's name
above it, narrow side bands, and a footer band with the school's name,
street and web address in light type. Inside, left-aligned on white, the
holder's name as a coloured heading, a running paragraph (enrolled on one
date, completed the named course on another), a line giving the course's
length, a bulleted list of the modules validated, the name again over a
list of skills, and the place and issue date with the training team's
signature. The school is named only in the bands."""

SOURCE = (
    "chamilo/chamilo-lms:main/template/rainbow/gradebook/custom_certificate.tpl "
    "(framed bands, name heading, platform paragraph, validated contents and skills lists)"
)
KIND = "course"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "dark-band",
    "portrait",
    "sentence",
    "provider-in-logo",
    "distractor-date",
    "distractor-person",
    "hours-in-sentence",
)

TEMPLATE = """<style>
.fr { position:absolute; inset:28px; background:${dark} }
.hd { position:absolute; left:28px; right:28px; top:28px; height:132px; padding:22px 44px 0; color:#fff }
.hd .org { font: bold 13px ${sans}; letter-spacing:2.5px; text-transform:uppercase; opacity:0.85 }
.hd .big { font: 46px ${display}; line-height:54px; margin-top:6px }
.in { position:absolute; left:62px; right:62px; top:160px; bottom:128px; background:#fff; padding:30px 40px 0;
  font: 16.5px ${face}; color:${textc}; line-height:26px }
.in h3 { font: bold 30px ${face}; color:${accent}; margin:8px 0 22px }
.in h4 { font: bold 18px ${face}; color:${accent}; margin:20px 0 6px }
.in p { margin:0 0 16px }
.in ul { margin:2px 0 12px; padding-left:26px; color:${accent} } .in li { line-height:25px }
.pl { position:absolute; left:40px; bottom:${pl_bottom}px }
.pl .sg { font: 28px ${hand}; color:#1a2a6c; margin:6px 0 0 }
.ft { position:absolute; left:28px; right:28px; bottom:28px; height:100px; padding:22px 44px 0; color:#fff;
  font: 12px ${sans}; line-height:18px }
.ft b { font-size:14px; letter-spacing:0.5px }
.ft .cn { position:absolute; right:44px; top:24px; text-align:right; font-size:11px; opacity:0.85 }
</style>
<div class="fr"></div>
<div class="hd"><div class="org">${org}</div><div class="big">${heading}</div></div>
<div class="in">
 <h3>${name}</h3>
 <p>${para}</p>
 <p>${length}</p>
 <p>${contents_label}</p>
 <ul>${modules_html}</ul>
 <h4>${name_again}</h4>
 <p style="margin:0">${skills_label}</p>
 <ul>${skills_html}</ul>
 <div class="pl">${place}<br>${team}
  <div class="sg">${signer}</div>${signer}, ${role}</div>
</div>
<div class="ft"><b>${org}</b><br>${street} &middot; ${town}<br>${web}
 <div class="cn">${cert_label}<br>${cert_no}</div></div>
"""

MODULES = {
    "water": [
        "Principles of water damage and categories of water",
        "Psychrometry and the drying environment",
        "Moisture detection and mapping",
        "Equipment selection and placement",
        "Drying documentation and monitoring",
        "Health, safety and containment",
        "Contents and structural materials",
        "Working with the insured and the adjuster",
    ],
    "mold": [
        "Microbiology for restorers",
        "Personal protective equipment",
        "Containment and pressure differentials",
        "Source removal and HEPA cleaning",
        "Post-remediation evaluation",
        "Safety and regulatory awareness",
    ],
    "fire": [
        "Combustion and residue chemistry",
        "Inspection and pre-testing",
        "Dry and wet cleaning methods",
        "Odor sources and deodorization",
        "Contents handling and pack-out",
        "Safety on fire-damaged structures",
    ],
    "clean": [
        "Fibre identification",
        "Soil types and chemistry",
        "Pre-inspection and customer relations",
        "Cleaning methods and equipment",
        "Spot and stain removal",
        "Safety and business practices",
    ],
}
SKILLS = {
    "water": [
        "Classifying a water loss",
        "Setting drying goals",
        "Reading a thermo-hygrometer",
        "Writing a drying log",
    ],
    "mold": [
        "Building a critical barrier",
        "Donning and doffing a respirator",
        "HEPA vacuuming technique",
        "Clearance criteria",
    ],
    "fire": [
        "Identifying smoke residues",
        "Choosing a cleaning method",
        "Thermal fogging",
        "Pack-out inventory",
    ],
    "clean": [
        "Burn and bleach testing",
        "pH testing of solutions",
        "Hot water extraction",
        "Rinse and grooming",
    ],
}


def _theme(title: str) -> str:
    t = title.lower()
    if any(w in t for w in ("mold", "microbial", "antimicrobial", "containment", "sampling")):
        return "mold"
    if any(w in t for w in ("fire", "smoke", "odor", "deodor", "hydroxyl")):
        return "fire"
    if any(w in t for w in ("carpet", "upholstery", "rug", "tile", "leather", "stone", "spotting")):
        return "clean"
    return "water"


def fill(d):
    import html

    org = d.provider()
    street, town = d.address()
    name = d.name(d.pick(["plain", "plain", "upper"]))
    title = d.title(d.pick(["plain", "with_code"]))
    enrolled = d.other_date("registered", "long")
    date = d.date(d.pick(["long", "ordinal", "dmy_long"]))
    platform = d.pick(
        ["our online campus", "our learning platform", "the school's classroom programme"]
    )
    para = d.pick(
        [
            f"enrolled on {enrolled} and, on {date}, completed the course {title} on {platform}, "
            "having met every attendance and assessment requirement.",
            f"joined {platform} on {enrolled} and completed all the requirements of {title} "
            f"on {date}.",
        ]
    )
    hours = d.hours(d.pick(["hours_title", "cec_hours", "words", "words_cec"]))
    length = d.pick([f"This training represents {hours}.", f"The course carries {hours}."])
    theme = _theme(d.course)
    mods = d.rng.sample(MODULES[theme], d.pick([3, 4, 4, 5]))
    skills = d.rng.sample(SKILLS[theme], d.pick([2, 3, 3]))
    return {
        "org": org,
        "heading": d.pick(["Certificate", "Certificate of Training", "Certificate of Completion"]),
        "face": d.fonts[d.pick(["sans", "serif"])],
        "textc": d.pick(["#222", "#2d4a2d", "#333"]),
        "name": name,
        "para": para,
        "length": length,
        "contents_label": d.pick(
            ["The contents validated are:", "Modules completed:", "Units validated:"]
        ),
        "modules_html": "".join(f"<li>{html.escape(m)}</li>" for m in mods),
        "name_again": name if d.chance(0.5) else f"{d.first} {d.last}",
        "skills_label": d.pick(["Skills validated:", "Practical skills signed off:"]),
        "skills_html": "".join(f"<li>{html.escape(s)}</li>" for s in skills),
        "pl_bottom": d.pick([36, 60]),
        "place": f"{d.city()}, {d.other_date('issue', 'long')}",
        "team": d.pick(
            [
                "The Training Team",
                "For the school's education department",
                "On behalf of the faculty",
            ]
        ),
        "signer": d.person(),
        "role": d.role(),
        "street": street,
        "town": town,
        "web": d.web(),
        "cert_label": d.pick(["Certificate no.", "Record ID"]),
        "cert_no": d.number(),
    }
