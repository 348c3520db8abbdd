"""A landscape certificate whose school appears only as a wordmark logo in
the top-left corner, with a short certificate ID top-right; a big spaced
"certificate" over a smaller "of achievement", "This certificate is
presented to", the name in a script face over a thin rule, "For completing
the" over the course title, a line with the day written with its ordinal,
and a bottom row with a tutor's signature, an accreditation roundel and a
head of school's signature."""

SOURCE = "vyvd/Project-basket:view/courses/single/includes/certificate.php"
KIND = "course"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "provider-in-logo",
    "sentence",
    "script-name",
    "landscape",
    "distractor-person",
)

TEMPLATE = """<style>
.fr { position:absolute; inset:26px; border:1px solid ${accent} }
.fr2 { position:absolute; inset:34px; border:3px solid ${dark} }
.logo { position:absolute; left:70px; top:66px; display:flex; align-items:center; gap:10px; color:${dark} }
.logo .mk { width:52px; height:52px; border-radius:10px; background:${dark}; color:#fff; font: bold 22px ${sans};
  display:flex; align-items:center; justify-content:center; letter-spacing:1px }
.logo .wm { font: bold 17px ${sans}; line-height:19px; max-width:230px; text-transform:uppercase; letter-spacing:0.5px }
.id { position:absolute; right:70px; top:74px; font: 12px ${mono}; color:#555 }
.c { position:absolute; left:110px; right:110px; top:172px; text-align:center; color:#333; font-family:${serif} }
.big { font: 64px ${display}; text-transform:uppercase; letter-spacing:14px; color:${dark}; line-height:64px }
.sub { font: italic 24px ${serif}; color:${accent}; margin-top:2px }
.pre { font: 15px ${sans}; margin-top:26px; color:#555; letter-spacing:1px }
.nm { font-family:${script}; font-size:56px; color:#222; line-height:76px; margin-top:6px }
.rule { width:420px; height:2px; margin:2px auto 0; background:linear-gradient(to right, transparent, ${accent}, transparent) }
.for { font: 15px ${sans}; margin-top:24px; color:#555 }
.tt { font: bold 28px ${serif}; color:${dark}; margin-top:6px; line-height:34px }
.on { font: 16px ${serif}; margin-top:18px }
.bot { position:absolute; left:90px; right:90px; bottom:62px; display:flex; justify-content:space-between; align-items:flex-end; text-align:center }
.bot .s { width:290px } .bot .hand { font-family:${hand}; font-size:26px; white-space:nowrap; color:#1c2f5e; line-height:36px }
.bot .n { font: 14px ${sans}; border-top:1px solid #777; padding-top:4px; color:#222 }
.bot .p { font: 11px ${sans}; letter-spacing:2px; text-transform:uppercase; color:#666; margin-top:2px }
.rd { width:104px; height:104px; border-radius:50%; border:3px solid ${accent}; display:flex; flex-direction:column;
  align-items:center; justify-content:center; font: bold 12px ${sans}; color:${accent}; text-align:center; line-height:14px }
.rd b { font-size:24px; line-height:28px }
</style>
<div class="fr"></div><div class="fr2"></div>
<div class="logo"><div class="mk">${initials}</div><div class="wm">${org}</div></div>
<div class="id">ID: ${cert_id}</div>
<div class="c">
 <div class="big">Certificate</div>
 <div class="sub">${of_what}</div>
 <div class="pre">${presented}</div>
 <div class="nm">${name}</div><div class="rule"></div>
 <div class="for">${for_text}</div>
 <div class="tt">${title}</div>
 <div class="on">${on_line}</div>
</div>
<div class="bot">
 <div class="s"><div class="hand">${tutor}</div><div class="n">${tutor}</div><div class="p">${tutor_role}</div></div>
 <div class="rd"><b>${rd_big}</b>${rd_small_html}</div>
 <div class="s"><div class="hand">${head}</div><div class="n">${head}</div><div class="p">${head_role}</div></div>
</div>
"""


def fill(d):
    org = d.provider()
    words = [w for w in org.replace(",", "").split() if w[0].isupper() and w not in ("LLC", "Inc.")]
    on_line = f"on {d.date(d.pick(['ordinal', 'ordinal_dmy', 'words', 'long']))}"
    if d.chance(0.5):
        on_line += f" · {d.hours(d.pick(['cec_hours', 'hours_title', 'hrs']))}"
    return {
        "initials": "".join(w[0] for w in words[:3]),
        "org": org,
        "cert_id": d.pick(
            [
                "".join(d.rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(9)),
                d.number(),
            ]
        ),
        "of_what": d.pick(["of achievement", "of completion", "of accomplishment"]),
        "presented": d.pick(
            ["This certificate is presented to", "This certificate is proudly presented to"]
        ),
        "name": d.name("plain"),
        "for_text": d.pick(["For completing the", "For successfully completing the"]),
        "title": d.title(d.pick(["plain", "plain", "with_code"])),
        "on_line": on_line,
        "tutor": d.person(),
        "tutor_role": d.pick(["Course Tutor", "Instructor", "Course Instructor"]),
        "rd_big": d.pick(["CE", "CEC", "★"]),
        "rd_small_html": d.pick(["Approved<br>Course", "Continuing<br>Education", "Accredited"]),
        "head": d.person(),
        "head_role": d.pick(["Head of Academy", "Head of School", "Director of Training"]),
    }
