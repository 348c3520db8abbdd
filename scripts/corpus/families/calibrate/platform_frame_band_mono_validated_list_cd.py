"""A learning platform's generated certificate, portrait: inside a white
margin, a thick coloured frame whose top piece is a header band holding the
heading in large light typewriter capitals and a round emblem, whose left and
right pieces are plain coloured columns and whose bottom piece is a footer
band of small light type (certificate number, where to check it, the
school's name and address). In the white panel, everything is set in a
typewriter face: the holder's name as a coloured heading; a running sentence
with no labels saying the holder took part in the school's online platform
between the day the enrolment terms were accepted and the day the
certificate was generated; a sentence giving the training's total length in
hours; "the contents validated" as a bullet list naming the course, with the
course tutor under it and a line on the final assessment; the holder's name
again over a bullet list of skills validated; and at the foot the city and
the certificate date with "the training team" of the school."""

SOURCE = (
    "chamilo/chamilo-lms:main/template/rainbow/gradebook/custom_certificate.tpl (coloured "
    "table frame with side pieces and a header band in light Courier capitals, the name as a "
    "coloured h3, a sentence on taking part in the platform between the terms date and the "
    "certificate date with the time spent in hours, 'the contents are validated' as a list of "
    "sessions, the name again over the skills validated, the place and the certificate date "
    "signed by the platform team)"
)
KIND = "course"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "portrait",
    "dark-band",
    "sentence",
    "date-range",
    "distractor-person",
    "distractor-date",
)

TEMPLATE = """<style>
.fr { position:absolute; inset:${margin}px; background:${frame}; display:flex; flex-direction:column }
.hd { height:${head_h}px; display:flex; align-items:flex-end; justify-content:space-between; padding:0 ${side}px 14px }
.hd h1 { margin:0; font: bold ${head_px}px ${mono}; color:#fff; letter-spacing:${head_ls}px; line-height:1 }
.hd .em { width:58px; height:58px; border-radius:50%; border:3px solid rgba(255,255,255,.85); flex:none;
  display:flex; align-items:center; justify-content:center; font: bold 17px ${sans}; color:#fff; margin-bottom:-2px }
.bd { flex:1; margin:0 ${side}px; background:#fff; padding:${pad_top}px 34px 20px; font: ${body_px}px ${mono};
  color:${text}; line-height:${lh}px; overflow:hidden }
.bd h3 { margin:0 0 22px; font: bold ${name_px}px ${mono}; color:${hilite}; line-height:1.15 }
.bd h4 { margin:26px 0 8px; font: bold ${body_px}px ${mono}; color:${hilite} }
.bd p { margin:0 0 18px }
.bd ul { margin:0 0 18px; padding-left:26px; color:${hilite} }
.bd li { margin-bottom:6px }
.bd li small { display:block; font-size:${small_px}px; color:${text}; line-height:${small_lh}px }
.pl { margin-top:${pl_gap}px }
.pl b { color:${hilite} }
.ft { height:${foot_h}px; display:flex; align-items:center; justify-content:space-between; padding:0 ${side}px;
  font: ${foot_px}px ${mono}; color:#fff; line-height:15px; gap:20px }
.ft .r { text-align:right; opacity:.9; white-space:nowrap }
</style>
<div class="fr">
 <div class="hd"><h1>${heading}</h1><div class="em">${initials}</div></div>
 <div class="bd">
  <h3>${name}</h3>
  <p>${took_part}</p>
  <p>${length}</p>
  <p>${contents_label}:</p>
  <ul>
   <li>${title}<small>${tutor_label}: ${tutor}</small></li>
   <li>${assessment}</li>
  </ul>
  <h4>${name}</h4>
  <p>${skills_label}:</p>
  <ul>${skills_html}</ul>
  <p class="pl">${place}, ${on_word} <b>${cert_date}</b><br>${team}</p>
 </div>
 <div class="ft"><div>${foot_left_html}</div><div class="r">${foot_right_html}</div></div>
</div>
"""

SKILLS = [
    "Taking and recording moisture readings",
    "Classifying water losses by category and class",
    "Setting up air movers and dehumidifiers",
    "Calculating grains per pound and dew point",
    "Building containment under negative pressure",
    "Choosing and applying antimicrobials",
    "Documenting a job for the insurance carrier",
    "Selecting personal protective equipment",
    "Explaining the drying plan to the customer",
    "Identifying fire residues and cleaning methods",
    "Judging when materials are dry to standard",
]
HEADINGS = ["CERTIFICATE", "Certificate", "TRAINING CERTIFICATE", "Certificate of Training"]


def fill(d):
    from datetime import timedelta
    from html import escape

    from corpus import formats as F

    r = d.rng
    dark = d.colors["dark"]
    hilite = d.pick(["#6a2c91", "#8b1e3f", "#1e6091", "#9c4a00", d.colors["accent"]])
    style = d.pick(["dmy_long", "long", "us_numeric", "dmy_numeric", "short_month", "ordinal"])
    start = d.completed - timedelta(days=r.randint(6, 75))
    start_text = F.fmt_date(start, style)
    end_text = F.fmt_date(d.completed, style)
    d.put("completion_date", d.completed.isoformat(), end_text)

    name = d.name(d.pick(["plain", "plain", "upper"]))
    provider = d.provider()
    took_part = d.pick(
        [
            f"took part in the online training platform of {provider} from {start_text}, the "
            f"date the enrolment terms were accepted, until {end_text}, the date of this "
            "certificate.",
            f"has been enrolled on the e-learning campus of {provider} since {start_text} and "
            f"met every requirement of the training on {end_text}, when this certificate was "
            "generated.",
            f"followed the online training of {provider} between {start_text} (training "
            f"agreement) and {end_text} (certificate date).",
        ]
    )
    n = F.fmt_number(d.credit, r)
    hours_text = d.pick([f"{n} hours", f"{n} hour(s)", f"{n} CEC hours"])
    if d.credit == 1:
        hours_text = d.pick(["1 hour", "1 hour(s)", "1 CEC hour"])
    d.put("hours", float(d.credit), hours_text)
    length = d.pick(
        [
            f"This training has a total length of {hours_text}.",
            f"The time credited for this training is {hours_text}.",
            f"This training counts for {hours_text}.",
        ]
    )
    title = d.title(d.pick(["plain", "plain", "with_code"]))
    need = d.pick([70, 75, 80])
    score = r.randint(need, 100)
    org = d.org_alt or d.org
    initials = "".join(w[0] for w in org.replace("&", "").split() if w[0].isupper())[:3]
    cert_no = d.number(d.pick(["", "N\u00b0 ", "No. "]))
    web = d.web()
    foot_left = d.pick(
        [
            f"Certificate {cert_no}<br>Check it at {web}/certificates",
            f"Code: {cert_no}<br>Validate this certificate online: {web}/verify",
        ]
    )
    street, town = d.address()
    foot_right = f"{escape(provider)}<br>{street}<br>{town}"
    if d.chance(0.4):
        foot_right += f"<br>IICRC course approval {d.approval()}"
    heading = d.pick(HEADINGS)
    return {
        "margin": d.pick([30, 38, 46]),
        "frame": dark,
        "hilite": hilite,
        "text": d.pick(["#2b2b2b", dark, "#3d3d3d"]),
        "head_h": d.pick([104, 116]),
        "head_px": 40 if len(heading) < 13 else 31,
        "head_ls": d.pick([1, 2, 3]),
        "side": d.pick([44, 52, 58]),
        "pad_top": d.pick([40, 52]),
        "body_px": d.pick([17, 17.5, 18]),
        "lh": d.pick([25, 27]),
        "name_px": 30 if len(name) < 26 else 25,
        "small_px": 14,
        "small_lh": 20,
        "pl_gap": d.pick([34, 50]),
        "foot_h": d.pick([78, 88]),
        "foot_px": d.pick([11, 11.5]),
        "heading": heading,
        "initials": initials or "TC",
        "name": name,
        "took_part": took_part,
        "length": length,
        "contents_label": d.pick(
            [
                "The contents validated are",
                "Contents validated",
                "The following course was validated",
            ]
        ),
        "title": title,
        "tutor_label": d.pick(["Course tutor", "Session coach", "Trainer"]),
        "tutor": d.person(),
        "assessment": d.pick(
            [
                f"Final assessment passed ({score}%)",
                f"Final quiz: {score}% (pass mark {need}%)",
                "All lessons viewed and final quiz passed",
            ]
        ),
        "skills_label": d.pick(["Skills validated", "Skills acquired", "Competences validated"]),
        "skills_html": "".join(f"<li>{s}</li>" for s in r.sample(SKILLS, d.pick([2, 3, 3, 4]))),
        "place": d.city(),
        "on_word": "the" if style == "dmy_long" and d.chance(0.5) else "on",
        "cert_date": end_text,
        "team": d.pick([f"The {org} training team", f"The {org} online campus team"]),
        "foot_left_html": foot_left,
        "foot_right_html": foot_right,
    }
