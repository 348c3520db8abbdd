"""A bilingual (English and French) LaTeX certificate with no frame: each
heading is set twice on one line, English flush left and French flush right
(the title, the course, the "awarded to" line, a tagline at the foot); the
holder's name is centred and huge, then the holder's employer in both
languages, the date, the training company's wide wordmark, a signature over
the signer with a two-language role and the company, and the credit in small
italics at the bottom, once with a decimal point and once with a comma."""

SOURCE = "EmperorPenguin18/le-cert:certificate.tex"
KIND = "course"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "landscape",
    "plain",
    "provider-in-logo",
    "distractor-person",
    "distractor-org",
    "dark-band",
)

TEMPLATE = """<style>
.w { position:absolute; left:${left}px; right:36px; top:70px; bottom:40px; font-family:${face}; color:#111 }
.lr { display:flex; justify-content:space-between; align-items:baseline; gap:30px; font-weight:bold }
.t1 { font-size:36px } .t2 { font-size:23px; margin-top:40px; line-height:28px } .t2 span:last-child { text-align:right }
.gov { text-align:right; font-weight:bold; font-size:15px; margin-top:12px }
.aw { font-size:14px; margin-top:50px }
.c { text-align:center }
.nm { font-size:38px; font-weight:bold; margin-top:10px }
.emp { font-size:17px; font-weight:bold; margin-top:22px }
.dt { font-size:17px; font-weight:bold; margin-top:20px }
.logo { display:inline-block; margin-top:24px; min-width:390px; max-width:820px; height:64px; background:${band}; color:#fff; border-radius:${radius}px;
  font: bold ${logo_size}px ${logo_face}; letter-spacing:1px; line-height:64px; overflow:hidden; white-space:nowrap; padding:0 14px }
.logo i { font-style:normal; color:${band_mark}; margin-right:10px }
.sig { font: 30px ${hand}; color:#1b2a55; margin-top:16px; height:36px; line-height:36px }
.sn { font-size:13px; font-weight:bold; line-height:17px }
.tag { display:flex; justify-content:space-between; font-size:11px; font-weight:bold; margin-top:28px; gap:20px }
.hr { text-align:center; font-size:12px; font-style:italic; margin-top:26px }
</style>
<div class="w">
 <div class="lr t1"><span>${title_en}</span><span>${title_fr}</span></div>
 <div class="lr t2"><span>${course}</span><span>${course_fr}</span></div>
 <div class="gov">${dept}</div>
 <div class="lr aw"><span>${awarded_en}</span><span>${awarded_fr}</span></div>
 <div class="c nm">${name}</div>
 <div class="c emp">${employer}</div>
 <div class="c dt">${date_line}</div>
 <div class="c"><span class="logo"><i>${mark}</i>${org_logo}</span></div>
 <div class="c sig">${sig}</div>
 <div class="c sn">${signer}<br>${role}<br>${org}</div>
 <div class="tag"><span>${tag_en}</span><span>${tag_fr}</span></div>
 <div class="hr">${hours_line}</div>
</div>
"""

FRENCH_COURSES = {
    "WRT": "Technicien en restauration après dégâts d'eau",
    "ASD": "Séchage structural appliqué",
    "AMRT": "Technicien en assainissement microbien appliqué",
    "FSRT": "Technicien en restauration après incendie et fumée",
    "OCT": "Technicien en contrôle des odeurs",
    "CCT": "Technicien en nettoyage de tapis",
    "UFT": "Technicien en nettoyage de meubles rembourrés et de tissus",
    "CDS": "Spécialiste en séchage commercial",
    "HST": "Technicien en santé et sécurité",
    "RRT": "Technicien en réparation et réinstallation de tapis",
    "RCT": "Technicien en nettoyage de carpettes",
    "SMT": "Nettoyage de la pierre, de la maçonnerie et de la céramique",
    "TCST": "Technicien en nettoyage de scènes traumatiques",
    "LCT": "Nettoyage et restauration du cuir",
    "CRT": "Technicien en réparation de couleur",
}
MOIS = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]
EMPLOYERS = [
    ("Rapid Dry Restoration Ltd.", "Restauration Rapid Dry ltée"),
    ("Maple Ridge Cleaning & Restoration", "Nettoyage et restauration Maple Ridge"),
    ("Northshore Disaster Services Inc.", "Services après sinistre Northshore inc."),
    ("Prairie Flood Response Ltd.", "Intervention inondation Prairie ltée"),
    ("Boreal Property Recovery", "Récupération immobilière Boréal"),
    ("Fundy Coast Restoration", "Restauration Côte de Fundy"),
]


def fill(d):
    org = d.provider()
    name = d.name(d.pick(["plain", "plain", "upper"]))
    course = d.title(d.pick(["plain", "plain", "with_code"]))
    if d.code and d.code in FRENCH_COURSES:
        course_fr = FRENCH_COURSES[d.code]
    else:
        course_fr = d.pick(["Formation continue", "Perfectionnement professionnel"])
    date_en = d.date(d.pick(["long", "long", "dmy_long", "iso", "short_month"]))
    c = d.completed
    date_fr = f"{'1er' if c.day == 1 else c.day} {MOIS[c.month - 1]} {c.year}"
    n = d.hours_number()
    n_fr = n.replace(".", ",")
    hours_line = d.pick(
        [
            f"{n} training hours/{n_fr} heures de formation",
            f"{n} IICRC CEC hours / {n_fr} heures CEC (IICRC)",
            f"{n} hours of continuing education / {n_fr} heures de formation continue",
        ]
    )
    emp_en, emp_fr = d.pick(EMPLOYERS)
    role_en, role_fr = d.pick(
        [
            ("President", "Président"),
            ("Director of Training", "Directeur de la formation"),
            ("Lead Instructor", "Formateur principal"),
            ("Executive Director", "Directrice générale"),
        ]
    )
    signer = d.person()
    org_logo = org.upper() if d.chance(0.5) else org
    return {
        "left": d.pick([96, 110, 116]),
        "face": d.fonts[d.pick(["sans", "sans", "serif"])],
        "logo_face": d.fonts[d.pick(["display", "sans"])],
        "band": d.colors["dark"],
        "band_mark": d.pick(["#f2c14e", "#9fd3ff", "#ffffff", "#e0a96d"]),
        "radius": d.pick([0, 4, 30]),
        "title_en": d.pick(["Certificate of Achievement", "Certificate of Completion"]),
        "title_fr": d.pick(["Certificat de réussite", "Attestation de formation"]),
        "course": course,
        "course_fr": course_fr,
        "dept": d.pick(
            ["Programme de certification", "Formation professionnelle", "Division de la formation"]
        ),
        "awarded_en": "This certificate is awarded to:",
        "awarded_fr": d.pick(["Ce certificat est décerné à", "Cette attestation est remise à"]),
        "name": name,
        "employer": f"{emp_en} / {emp_fr}",
        "date_line": d.pick([date_en, f"{date_en} / {date_fr}"]),
        "mark": d.pick(["◆", "▲", "●", "■"]),
        "org_logo": org_logo,
        "logo_size": 21 if len(org_logo) < 34 else 18,
        "sig": signer.split()[0] + " " + signer.split()[-1][:1] + "." if d.chance(0.7) else signer,
        "signer": signer,
        "role": f"{role_en}/ {role_fr}",
        "org": org,
        "tag_en": d.pick(
            [
                "Drier buildings, safer crews, better restorations",
                "Training the people who put homes back together",
                "Skilled technicians, satisfied customers",
            ]
        ),
        "tag_fr": d.pick(
            [
                "Des équipes compétentes, des bâtiments remis en état",
                "Former ceux qui remettent les maisons en état",
                "Des techniciens qualifiés, des clients satisfaits",
            ]
        ),
        "hours_line": hours_line,
    }
