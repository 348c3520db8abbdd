"""A micro-credential from a course-selling platform's certificate
service, landscape: a wide decorated band down the left edge carrying the
one heading word in big white capitals set sideways (reading upward), the
school's logo at the top right, and a left-aligned block: the name large
and bold, "acquired the skills from the professional training:", the
course in the accent colour, "Issued on <date> in <city>." in italics; then
the school's name in capitals, its educational coordinators with their
roles, and an "ISSUED BY" signature block (representative, role, school).
At the foot a boxed certification level, a small line with the credit
hours and the crediting scheme's link, and on the right the hosting
platform's credit and a verification link."""

SOURCE = (
    "openfun/joanie:src/backend/joanie/core/templates/issuers/microcredential_degree_default.html "
    "(with microcredential_degree_default.css: rotated white uppercase header title over the "
    "90 mm background decorator, single organisation logo top right, student name, 'acquired "
    "the skills from the professional training:', course name, 'Issued on ... in ...', "
    "organisation, teachers as 'Educational coordinator', 'Issued by' signatory, "
    "certification level box, framework note, platform credits with verification link)"
)
KIND = "course"
PAPER = ["a4-landscape", "letter-landscape"]
CATEGORIES = (
    "landscape",
    "dark-band",
    "sideways-heading",
    "sentence",
    "distractor-person",
    "provider-in-logo",
    "tiny-footer",
)

TEMPLATE = """<style>
.band { position:absolute; left:0; top:0; bottom:0; width:${band_w}px; background:${band};
  background-image: linear-gradient(135deg, rgba(255,255,255,0.10) 0 25%, transparent 25% 50%, rgba(255,255,255,0.10) 50% 75%, transparent 75%),
  radial-gradient(circle at 30% 85%, ${accent} 0 70px, transparent 71px);
  background-size: 64px 64px, auto }
.band .hw { position:absolute; left:50%; top:50%; transform: translate(-50%, -50%) rotate(-90deg); white-space:nowrap;
  font: 800 ${hw_px}px ${head}; color:#fff; text-transform:uppercase; letter-spacing:2px }
.logo { position:absolute; right:40px; top:34px; display:flex; align-items:center; gap:10px; max-width:330px; text-align:right }
.logo span { font: bold 15px ${sans}; color:${ink}; line-height:18px }
.logo i { width:54px; height:54px; flex:none; background:${ink}; clip-path:polygon(50% 0, 100% 25%, 100% 75%, 50% 100%, 0 75%, 0 25%) }
.c { position:absolute; left:${c_left}px; right:40px; top:${c_top}px; font-family:${sans}; color:#221f1f }
.ob { font-size:21px; color:#6d6e70; line-height:1.35 }
.ob .n { font-size:40px; font-weight:bold; color:#221f1f; line-height:1.15 }
.ob .t { font-size:30px; font-weight:bold; color:${accent_text}; line-height:1.1 }
.is { font-size:18px; font-style:italic; padding-top:16px }
.org { margin-top:28px; font-size:20px; font-weight:bold; text-transform:uppercase }
.row { display:flex; gap:30px; margin-top:14px }
.tch { flex:1; font-size:15px; line-height:19px }
.tch p { margin:0 0 10px } .tch em { display:block; font-size:13px }
.sgn { flex:1; text-align:center; font-size:13px }
.sgn .sp { text-transform:uppercase; letter-spacing:4px; font-size:12px }
.sgn .h { font: 28px ${hand}; color:#1b2a66; height:46px; white-space:nowrap; line-height:46px }
.sgn b { display:block; font-size:14px } .sgn em { display:block; font-size:12px }
.bot { position:absolute; left:${c_left}px; bottom:26px; width:420px; font-family:${sans} }
.lvl { display:inline-flex; align-items:center; border:2px solid #6d6e70; color:#6d6e70; padding:2px 12px; gap:8px; font: bold 10.5px ${sans} }
.lvl p { margin:0; width:74px; text-align:right; line-height:12px } .lvl strong { font-size:28px }
.cr { display:flex; gap:12px; margin-top:8px; font-size:10px; line-height:13px; color:#333 }
.cr i { width:34px; height:24px; flex:none; background:${band}; border-radius:3px; box-shadow: inset 0 0 0 3px ${accent} }
.pl { position:absolute; right:40px; bottom:26px; width:190px; font: 9px ${sans}; color:#333; line-height:12px }
.pl strong { display:block; font-size:11.5px; color:${accent_text}; text-transform:uppercase; line-height:14px }
.pl .m { margin:6px 0; font: bold 18px ${sans}; color:${ink} }
</style>
<div class="band"><div class="hw">${heading}</div></div>
<div class="logo"><span>${provider}</span><i></i></div>
<div class="c">
 <div class="ob"><span class="n">${name}</span><br>${acquired}<br><span class="t">${title}</span></div>
 <div class="is">${issued}</div>
 <div class="org">${org_upper}</div>
 <div class="row">
  <div class="tch">${teachers_html}</div>
  <div class="sgn"><div class="sp">${issued_by}</div><div class="h">${rep}</div><b>${rep}</b><em>${rep_role}</em><em>${provider_again}</em></div>
 </div>
</div>
<div class="bot">
 <div class="lvl"><p>${level_label}</p><strong>${level}</strong></div>
 <div class="cr"><i></i><span>${credit_line}</span></div>
</div>
<div class="pl"><strong>${hosted}</strong><div class="m">${platform}</div>${verify}</div>
"""

PLATFORMS = ["RestoLearn", "CleanAcademy Online", "TechCampus", "DryingU"]


def fill(d):
    import html

    r = d.rng
    provider = d.provider()
    name = d.name(d.pick(["plain", "plain", "upper"]))
    title = d.title(d.pick(["plain", "plain", "with_code"]))
    date = d.date(d.pick(["dmy_long", "dmy_long", "long", "ordinal"]))
    city = d.city()
    hours = d.hours(d.pick(["cec_hours", "hours_title", "cecs", "ceu_and_cec"]))
    platform = d.pick(PLATFORMS)
    slug = "".join(ch for ch in platform.lower() if ch.isalnum())
    teachers = [d.person() for _ in range(d.pick([1, 1, 2]))]
    teachers_html = "".join(
        f"<p>{html.escape(t)}<em>{html.escape(d.pick(['Educational coordinator', 'Lead instructor']))}</em></p>"
        for t in teachers
    )
    return {
        "band": d.pick(["#0071bb", "#1f3a5f", "#0b3d2e", "#4a1c40", "#123c69"]),
        "ink": d.pick(["#221f1f", "#1f3a5f"]),
        "accent_text": d.pick(["#0071bb", "#1e6091", "#8b0000", "#2d6a4f"]),
        "head": d.fonts[d.pick(["sans", "cond", "display"])],
        "band_w": d.pick([300, 320, 340]),
        "c_left": 370,
        "c_top": d.pick([150, 165, 180]),
        "hw_px": d.pick([50, 56, 60]),
        "heading": d.pick(["Micro-credential", "Certificate", "Micro-credential", "Attestation"]),
        "provider": provider,
        "name": name,
        "acquired": d.pick(
            [
                "acquired the skills from the professional training:",
                "acquired the skills from the professional training:",
                "has completed the professional training:",
            ]
        ),
        "title": title,
        "issued": d.pick([f"Issued on {date} in {city}.", f"Issued on {date}, {city}."]),
        "org_upper": (d.org_alt or d.org).upper(),
        "teachers_html": teachers_html,
        "issued_by": d.pick(["Issued by", "Issued by", "Delivered by"]),
        "rep": d.person(),
        "rep_role": d.pick(["Director", "Training Director", "President"]),
        "provider_again": provider,
        "level_label": d.pick(["Certification level", "Level"]),
        "level": d.pick(["1", "2", "3", "A", "B"]),
        "credit_line": d.pick(
            [
                f"This training is approved for {hours} under the IICRC continuing education "
                f"programme: https://www.iicrc.org/cec",
                f"Credit awarded: {hours}. Credits are reported to the certifying body within 30 days.",
            ]
        ),
        "hosted": d.pick(["This training is hosted by", "Online training platform"]),
        "platform": platform,
        "verify": f"To verify the authenticity of this certificate, visit https://{slug}.com/verify/"
        f"{r.randrange(16**7, 16**8):08x}",
    }
