"""A landscape certificate of completion from a training school, an
association or a manufacturer's training program, split into two panels: a
tall dark pillar down the left third with a thin light inner rule, a short
line of spaced capitals at its head, and at its foot a round emblem with the
provider's initials over the provider's name and city in light text (the
provider is named nowhere else). The right panel, on a faintly tinted page
with a fine border, carries a large heading, a certifying line, the
holder's name in a large script over a long rule, a running sentence naming
the course, the days it ran (a span or a single day), the city and the hours
earned, then two signature blocks (the instructor of record and the
school's director) with script signatures. A narrow strip under them gives
the certificate number, an issue date, and sometimes the date by which the
certification exam must be taken."""

SOURCE = (
    "gaurav-samosys/ea_admin_ang:src/assets/webroot/certificate/certificate_inline.php "
    "(a landscape certificate with a fixed-width left column whose logo sits at the bottom, "
    "and a right panel with a large script title over a rule); training-school certificates "
    "that state the course, its dates and location and the CEC hours in one sentence"
)
KIND = "course"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "landscape",
    "dark-band",
    "script-name",
    "sentence",
    "provider-in-logo",
    "distractor-person",
    "distractor-date",
    "date-range",
    "hours-in-sentence",
)

TEMPLATE = """<style>
.pl { position:absolute; left:0; top:0; bottom:0; width:${pillar_w}%; background:${dark}; color:#f4f1e8 }
.pl .in { position:absolute; inset:18px; border:1px solid rgba(255,255,255,.45) }
.pl .tp { position:absolute; left:30px; right:30px; top:52px; font: 600 11px ${sans}; letter-spacing:3.5px; text-transform:uppercase; line-height:20px; text-align:center }
.pl .tp i { display:block; width:40px; height:2px; background:${accent}; margin:14px auto 0 }
.pl .bt { position:absolute; left:30px; right:30px; bottom:58px; text-align:center }
.em { width:96px; height:96px; margin:0 auto 16px; border-radius:50%; border:3px solid ${accent}; box-shadow: inset 0 0 0 5px ${dark}, inset 0 0 0 6px #f4f1e8;
  display:flex; align-items:center; justify-content:center; font: bold 25px ${display}; letter-spacing:1px }
.pl .pn { font: bold 16px/21px ${display}; letter-spacing:.4px }
.pl .pc { font: 11px ${sans}; opacity:.8; margin-top:5px; letter-spacing:.6px }
.rt { position:absolute; top:0; bottom:0; right:0; left:${pillar_w}%; background:${tint} }
.rt .bd { position:absolute; inset:18px; border:1px solid ${accent} }
.c { position:absolute; left:${pad}px; right:${pad}px; top:${top}px; bottom:40px; text-align:center; font-family:${serif}; color:#222 }
h1 { margin:0; font: ${h_weight} ${h_px}px/1.1 ${h_font}; color:${dark}; letter-spacing:${h_ls}px; text-transform:${h_case} }
.ct { margin-top:${gap}px; font: italic 17px ${serif}; color:#444 }
.nm { margin:8px auto 0; width:86%; font: ${name_px}px/1.2 ${script}; color:#151515; border-bottom:1px solid ${accent}; padding-bottom:4px; white-space:nowrap }
.st { margin:${gap}px auto 0; width:90%; font-size:17px; line-height:29px }
.st b { color:${dark} } .st span { white-space:nowrap }
.dv { margin:${gap}px auto 0; width:46%; display:flex; align-items:center; gap:10px; color:${accent} }
.dv:before, .dv:after { content:""; flex:1; height:1px; background:${accent} }
.ap { margin-top:10px; font: 12.5px ${sans}; color:#444; letter-spacing:.3px }
.sg { position:absolute; left:0; right:0; bottom:52px; display:flex; justify-content:space-between; align-items:flex-end }
.seal { width:104px; height:104px; border-radius:50%; background:${accent}; color:#fff; display:flex; align-items:center; justify-content:center;
  font: bold 10px/13px ${sans}; letter-spacing:1.5px; text-transform:uppercase; box-shadow: 0 0 0 4px ${tint}, 0 0 0 6px ${accent}; padding:0 12px }
.s { width:36%; font: 12px/16px ${serif}; text-align:center }
.s .h { font: 27px ${hand}; color:#1c2a68; border-bottom:1px solid #444; height:40px; line-height:50px; white-space:nowrap; overflow:hidden }
.s span { color:#555; font-size:11px }
.strip { position:absolute; left:0; right:0; bottom:0; display:flex; justify-content:space-between; font: 10.5px ${sans}; color:#555;
  border-top:1px solid #ccc; padding-top:5px }
</style>
<div class="pl"><div class="in"></div>
 <div class="tp">${pillar_top}<i></i></div>
 <div class="bt"><div class="em">${initials}</div><div class="pn">${provider}</div><div class="pc">${provider_city}</div></div>
</div>
<div class="rt"><div class="bd"></div>
 <div class="c">
  <h1>${heading}</h1>
  <div class="ct">${certify}</div>
  <div class="nm">${name}</div>
  <div class="st">${sentence_html}</div>
  <div class="dv">${orn}</div>
  <div class="ap">${approval_line}</div>
  <div class="sg">
   <div class="s"><div class="h">${instructor}</div>${instructor}<br><span>${instructor_role}</span></div>
   <div class="seal">${seal}</div>
   <div class="s"><div class="h">${director}</div>${director}<br><span>${director_role}</span></div>
  </div>
  <div class="strip"><span>${cert_label} ${cert_no}</span><span>${issued_label} ${issued}</span>${exam_html}</div>
 </div>
</div>
"""


def fill(d):
    import html

    provider = d.provider(d.pick([None, None, "upper"]))
    words = [w for w in (d.org_alt or d.org).split() if w[0].isupper() and w not in ("LLC", "Inc.")]
    name = d.name(d.pick(["plain", "plain", "plain", "honorific"]))
    title = d.title()
    multi = d.credit >= 7
    when = d.date_range(d.pick([1, 2, 2])) if multi and d.chance(0.7) else d.date()
    city = d.city()
    hours = d.hours(
        d.pick(["cec_hours", "words_cec", "ceu_and_cec", "hours_title"])
        if d.credit >= 1
        else "cecs"
    )
    held = "held" if " " in when and not when.startswith("the ") else "completed"
    sentence = d.pick(
        [
            f"has satisfactorily completed <b>{html.escape(title)}</b>, {held} "
            f"<span>{html.escape(when)}</span> in {html.escape(city)}, and is awarded {html.escape(hours)}.",
            f"has successfully completed the course <b>{html.escape(title)}</b> on "
            f"<span>{html.escape(when)}</span> in {html.escape(city)}, earning {html.escape(hours)}.",
            f"attended and completed all requirements of <b>{html.escape(title)}</b> "
            f"(<span>{html.escape(when)}</span>, {html.escape(city)}) for a total of {html.escape(hours)}.",
        ]
    )
    if d.chance(0.5) and d.code:
        exam_html = (
            f"<span>{d.pick(['Exam eligibility ends', 'Certification exam by'])} "
            f"{html.escape(d.other_date('expiry', 'short_month'))}</span>"
        )
    else:
        exam_html = f"<span>{html.escape(d.web())}</span>"
    if d.chance(0.5):
        approval_line = f"{d.pick(['IICRC course approval no.', 'Approved by the IICRC · Course no.'])} {d.approval()}"
    else:
        approval_line = d.pick(
            [
                "Approved for IICRC continuing education credit",
                "Taught to the current IICRC standard of care",
                "",
            ]
        )
    heading = d.pick(["Certificate of Completion", "Certificate of Training", "Course Certificate"])
    h_script = d.chance(0.35)
    return {
        "pillar_w": d.pick([28, 30, 32]),
        "pillar_top": d.pick(
            [
                "IICRC Approved School",
                "Professional Training",
                "Continuing Education",
                "Technician Training Program",
            ]
        ),
        "initials": "".join(w[0] for w in words)[:3],
        "provider": provider,
        "provider_city": d.city(),
        "tint": d.pick(["#fff", d.colors["light"], "#fdfcf8"]),
        "pad": d.pick([46, 56]),
        "top": d.pick([84, 100]),
        "gap": d.pick([32, 40]),
        "orn": d.pick(["◆", "❖", "✦"]),
        "approval_line": approval_line,
        "heading": heading,
        "h_font": d.fonts["script"] if h_script else d.fonts["display"],
        "h_px": 44 if h_script else d.pick([34, 38]),
        "h_weight": "normal" if h_script else d.pick(["bold", "normal"]),
        "h_ls": 0 if h_script else d.pick([1, 2, 3]),
        "h_case": "none" if h_script else d.pick(["uppercase", "none"]),
        "certify": d.pick(["This certifies that", "This is to certify that", "Presented to"]),
        "name": name,
        "name_px": 58 if len(name) < 22 else 48,
        "seal": d.pick(["Official seal", "Certified training", "Seal of completion"]),
        "sentence_html": sentence,
        "instructor": d.person(),
        "instructor_role": d.pick(
            ["Instructor of Record", "IICRC Approved Instructor", "Lead Instructor"]
        ),
        "director": d.person(),
        "director_role": d.pick(["Director of Training", "School Director", "Program Director"]),
        "cert_label": d.pick(["Certificate No.", "Cert. #", "No."]),
        "cert_no": d.number(),
        "issued_label": d.pick(["Issued", "Date of issue:", "Printed"]),
        "issued": d.other_date("issue", d.pick(["us_numeric", "long", "short_month"])),
        "exam_html": exam_html,
    }
