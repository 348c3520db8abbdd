"""A portrait end-of-training attestation in the first person, as training
organisations print from a word-processor template: a logo block at the top
left beside a coloured bold heading in capitals; "I, the undersigned, ...,
acting as training manager of PROVIDER, registered under number ...,
certify that:"; the trainee's name in bold and "has diligently attended,
within our organisation, the following training:"; four indented
particulars (title of the training, period from one day to another or the
single day, place, duration in hours) with the values in bold; a bulleted
list of learning objectives; the result of the assessment; "Done at CITY,
on DATE"; the provider, "represented by" a person, the role and a
signature at the right; a bold line asking the holder to keep the
attestation; and a coloured small-print footer with the organisation's
registration numbers, address, telephone and e-mail."""

SOURCE = (
    "vinknie/FormPro2:resources/views/admin/PDF/attestationFin.blade.php ('ATTESTATION DE FIN "
    "DE FORMATION': logo and teal bold heading, 'Je soussigné ..., agissant en qualité de "
    "responsable de formation de l'organisme ... déclaré sous le numéro ... atteste que', the "
    "trainee in bold, indented 'Intitulé de la formation', 'Période de la formation : du ... "
    "au ...', 'Lieu', 'Durée en heures', a bullet list of 'Objectifs pédagogiques', 'Résultats "
    "de l'évaluation des acquis', 'Fait à ..., le ...', signature block, 'Attestation à "
    "conserver sans limite de temps', teal footer with SIRET and declaration numbers)"
)
KIND = "course"
PAPER = ["a4-portrait", "letter-portrait"]
CATEGORIES = (
    "portrait",
    "labelled",
    "sentence",
    "provider-in-logo",
    "date-range",
    "distractor-person",
    "distractor-date",
    "objectives-list",
    "first-person",
)

TEMPLATE = """<style>
.pg { position:absolute; inset:0; background:#fff; font-family:${body}; color:#141414; font-size:${f_px}px }
.hd { position:absolute; left:${mx}px; right:${mx}px; top:48px; display:flex; align-items:center; gap:26px }
.lg { flex:none; width:150px; height:78px; border:2px solid ${teal}; border-radius:6px; display:flex; flex-direction:column;
  align-items:center; justify-content:center; color:${teal}; text-align:center; padding:4px }
.lg b { font: bold 24px ${display}; letter-spacing:2px; line-height:26px }
.lg span { font: 9.5px ${sans}; line-height:11px; margin-top:3px; color:#333 }
.tt { font: bold ${t_px}px ${sans}; color:${teal}; letter-spacing:.6px; line-height:1.25; text-transform:uppercase }
.bd { position:absolute; left:${mx}px; right:${mx}px; top:170px; line-height:1.5 }
.bd p { margin:0 0 ${gap}px; text-align:justify }
.bd .pt { text-indent:0; padding-left:48px; margin-bottom:6px; text-align:left }
.bd .lb { font-weight:bold; margin-top:${gap}px }
.bd ul { margin:2px 0 ${gap}px; padding-left:44px }
.bd li { margin:0 0 2px }
.sg { margin-left:${sg_ml}%; margin-top:6px; line-height:1.4 }
.sg .h { font: 28px ${hand}; color:#1d2c6b; line-height:36px; white-space:nowrap }
.kp { text-align:center; font-weight:bold; margin-top:24px }
.ft { position:absolute; left:${mx}px; right:${mx}px; bottom:30px; border-top:1px solid #000; padding-top:5px; text-align:center;
  font: bold 10px ${sans}; color:${teal}; line-height:14px }
</style>
<div class="pg">
 <div class="hd"><div class="lg"><b>${mono}</b><span>${org_logo}</span></div><div class="tt">${heading}</div></div>
 <div class="bd">
  <p>${undersigned} ${manager}, ${acting} ${org_text} ${registered} <b>${reg_no}</b>${reg_tail}</p>
  <p><b>${name}</b> ${attended}</p>
  <p class="pt">${l_title} <b>${title}</b></p>
  <p class="pt">${l_period} ${period_html}</p>
  <p class="pt">${l_place} <b>${place}</b></p>
  <p class="pt">${l_hours} <b>${hours}</b></p>
  <p class="lb">${l_obj}</p>
  <ul>${objectives_html}</ul>
  <p>${l_result} <b>${result}</b></p>
  <p>${done_at} ${city}, ${on} ${issued}</p>
  <div class="sg"><div class="h">${manager}</div><b>${org_short}</b><br>${represented} ${manager}<br>${role}</div>
  <div class="kp">${keep}</div>
 </div>
 <div class="ft">${foot1}<br>${foot2}<br>${foot3}</div>
</div>
"""

OBJECTIVES = [
    "Identify the category and class of a water loss",
    "Take and record moisture readings with pin and pinless meters",
    "Set up air movers and dehumidifiers for a balanced drying system",
    "Calculate grains per pound and vapor pressure differential",
    "Document the drying process for the insurance carrier",
    "Select personal protective equipment for the job site",
    "Build containment and set up negative air pressure",
    "Choose cleaning agents by soil type and fibre",
    "Explain the limits of antimicrobial application",
    "Recognize when to call an indoor environmental professional",
    "Communicate the drying plan to the customer",
    "Apply the standard of care to everyday job decisions",
]
RESULTS = [
    "Competencies acquired.",
    "Objectives met; final examination passed.",
    "Passed (written and practical assessment).",
    "Competencies acquired; certificate awarded.",
]


def fill(d):
    import html

    r = d.rng
    org_key = d.org_alt or d.org
    mono = "".join(w[0] for w in org_key.replace("&", "").split() if w[0].isupper())[:3]
    org = d.provider()
    manager = d.person()
    role = d.pick(["Training Manager", "Director of Education", "Head of Training"])
    name = d.name(d.pick(["plain", "upper", "honorific"]))
    title = d.title(d.pick(["plain", "plain", "with_code"]))
    style = d.pick(["long", "us_numeric", "dmy_long", "short_month"])
    if d.credit >= 6 and d.chance(0.8):
        start = d.other_date("start", style)
        end = d.date(style)
        period_html = (
            f"from <b>{html.escape(start)}</b> "
            f"{d.pick(['to', 'through'])} <b>{html.escape(end)}</b>"
        )
        l_period = d.pick(["Period of the training:", "Training period:", "Dates:"])
    else:
        period_html = f"<b>{html.escape(d.date(style))}</b>"
        l_period = d.pick(["Date of the training:", "Training date:", "Date:"])
    hours = d.hours_number() if d.chance(0.5) else d.hours(d.pick(["hours_title", "hrs", "cecs"]))
    objectives = r.sample(OBJECTIVES, r.choice([3, 4, 5]))
    street, town = d.address()
    reg_no = f"{r.randrange(10, 99)} {r.randrange(100, 999)} {r.randrange(10000, 99999)}"
    issued = d.other_date("issue", style)
    return {
        "body": d.pick(
            [d.fonts["sans"], "'Carlito', 'Liberation Sans', sans-serif", d.fonts["serif"]]
        ),
        "display": d.fonts["display"],
        "hand": d.fonts["hand"].replace(", cursive", ", 'Dancing Script', cursive"),
        "teal": d.pick(["#009999", "#1e6091", "#2d6a4f", "#6a4c93", "#8b0000"]),
        "f_px": d.pick([13.5, 14, 14.5]),
        "t_px": d.pick([20, 22]),
        "mx": d.pick([70, 80]),
        "gap": d.pick([10, 12]),
        "sg_ml": d.pick([52, 56]),
        "mono": mono,
        "org_logo": org_key,
        "heading": d.pick(
            [
                "Certificate of End of Training",
                "Attestation of Training Completion",
                "Training Completion Attestation",
                "Certificate of Attendance and Completion",
            ]
        ),
        "undersigned": d.pick(["I, the undersigned,", "The undersigned,"]),
        "manager": manager,
        "acting": d.pick(
            [f"acting as {role.lower()} of", f"in my capacity as {role.lower()} of", f"{role} of"]
        ),
        "org_text": org,
        "registered": d.pick(
            [
                "registered under number",
                "a training organisation registered under no.",
                "state training provider no.",
            ]
        ),
        "reg_no": reg_no,
        "reg_tail": d.pick([", certify that:", ", certify that:", ", hereby attest that:"]),
        "name": name,
        "attended": d.pick(
            [
                "has diligently attended, within our organisation, the following training:",
                "has attended with diligence the following training action:",
                "has followed and completed the following training:",
            ]
        ),
        "l_title": d.pick(["Title of the training:", "Training:", "Course title:"]),
        "title": title,
        "l_period": l_period,
        "period_html": period_html,
        "l_place": d.pick(["Place of the training:", "Location:", "Training site:"]),
        "place": d.pick([d.city(), d.venue(), f"{street}, {town}"]),
        "l_hours": d.pick(["Duration in hours:", "Duration:", "Number of hours:"]),
        "hours": hours,
        "l_obj": d.pick(
            ["Learning objectives:", "Training objectives:", "Objectives of the course:"]
        ),
        "objectives_html": "".join(f"<li>{html.escape(o)}</li>" for o in objectives),
        "l_result": d.pick(["Results of the assessment:", "Assessment result:", "Outcome:"]),
        "result": d.pick(RESULTS),
        "done_at": d.pick(["Done at", "Issued at", "Signed at"]),
        "city": d.city(),
        "on": d.pick(["on", "on", "the"]),
        "issued": issued,
        "org_short": org_key,
        "represented": d.pick(["Represented by", "For the organisation,"]),
        "role": role,
        "keep": d.pick(
            [
                "Attestation to be kept without time limit.",
                "Please keep this attestation with your training records.",
                "Keep this document: no duplicate will be issued.",
            ]
        ),
        "foot1": f"{org_key} – {d.pick(['Training organisation', 'Vocational training center', 'IICRC-approved school'])}",
        "foot2": f"Tax ID {r.randrange(10, 99)}-{r.randrange(1000000, 9999999)} – Provider registration no. {reg_no}",
        "foot3": f"{street}, {town} – Tel. {d.phone()} – {d.web()}",
    }
