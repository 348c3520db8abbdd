"""A generator's stock landscape certificate on textured paper: an ornamental
strip across the top and the same strip mirrored at the bottom, a large
script heading, then centred lines that run as one sentence (certify that,
the name in bold, completed the course requirements for, the course in a
second face, "On the 5th Day of March In the Year 2021", "At: school."),
and "Signed," with a signature set to the right."""

SOURCE = "azuya/CertificateBuilder:templates/default/default.tpl (with styles.css and default.ini)"
KIND = "course"
PAPER = ["a4-landscape", "letter-landscape"]
CATEGORIES = (
    "landscape",
    "ornate",
    "sentence",
    "distractor-person",
    "script-heading",
    "date-in-words",
    "textured-paper",
)

TEMPLATE = """<style>
.paper { position:absolute; inset:0; background:
  radial-gradient(circle at 20% 30%, rgba(120,90,40,.06) 0 2px, transparent 3px) 0 0/23px 19px,
  radial-gradient(circle at 70% 60%, rgba(120,90,40,.05) 0 1px, transparent 2px) 0 0/17px 13px,
  linear-gradient(135deg, ${light}, #fffdf6 45%, ${light}) }
.strip { position:absolute; left:0; right:0; height:54px;
  background:
   radial-gradient(circle at 50% 50%, ${accent} 0 6px, transparent 7px) 0 0/36px 54px,
   radial-gradient(ellipse 18px 9px at 0 50%, transparent 0 12px, ${accent} 13px 15px, transparent 16px) 0 0/36px 54px,
   linear-gradient(${accent}, ${accent}) 0 4px/100% 3px no-repeat,
   linear-gradient(${accent}, ${accent}) 0 47px/100% 3px no-repeat }
.strip.b { transform:scaleY(-1) }
.c { position:absolute; left:90px; right:90px; text-align:center; font: 19px ${serif}; color:#222 }
.c p { margin:0 0 ${gap}px }
#title { font: ${tsize}px ${title_face}; color:${dark}; margin:0 0 18px; line-height:1.15 }
#name { font: bold 31px ${serif} }
#cert { font: ${csize}px ${face}; letter-spacing:${ls}px; color:${dark} }
.c b { font-weight:bold }
.signed { position:absolute; right:22%; text-align:center; font: 16px ${serif}; color:#222 }
.signed .h { font: 34px ${hand}; color:#1d2a5a; margin:4px 0 -4px }
.signed .n { border-top:1px solid #444; padding-top:3px; min-width:230px; font-size:13.5px }
.signed .r { font-size:12px; color:#555 }
.fine { position:absolute; left:70px; font: 11px ${serif}; color:#555 }
</style>
<div class="paper"></div>
<div class="strip" style="top:${strip_top}px"></div>
<div class="strip b" style="bottom:${strip_bottom}px"></div>
<div class="c" style="top:${top}px">
 <p id="title">${heading}</p>
 <p>${certify}</p>
 <p id="name">${name}</p>
 <p>${requirements}</p>
 <p id="cert">${title}</p>
 ${hours_html}
 <p>On the <b>${day}</b> Day of <b>${month}</b> In the Year <b>${year}</b></p>
 <p>At: <b>${org}</b>${stop}</p>
</div>
<div class="signed" style="bottom:${sign_bottom}px"><div style="text-align:left;margin-left:-40px">Signed,</div>
 <div class="h">${signer}</div><div class="n">${signer}</div><div class="r">${role}</div></div>
${fine_html}
"""


def _other(d):
    while True:
        who = d.person()
        if d.last not in who:
            return who


def fill(d):
    from corpus.formats import MONTHS, suffix

    c = d.completed
    day = f"{c.day}{suffix(c.day)}"
    month, year = MONTHS[c.month - 1], str(c.year)
    d.put("completion_date", c.isoformat(), f"the {day} Day of {month} In the Year {year}")
    hours_html = ""
    if d.chance(0.75):
        lead = d.pick(["comprising", "a program of", "totalling"])
        hours_html = (
            f"<p>{lead} {d.hours(d.pick(['words', 'words_cec', 'cec_hours', 'hours_title']))}</p>"
        )
    fine = ""
    if d.chance(0.4):
        fine = f'<div class="fine" style="bottom:{{b}}px">Course approval no. {d.approval()}</div>'
    signer = _other(d)
    strip_top = d.pick([28, 36, 44])
    title_upper = d.chance(0.5)
    title = d.title("upper" if title_upper else d.pick(["plain", "with_code"]))
    short = d.chance(0.3) and not hours_html
    return {
        "strip_top": strip_top,
        "strip_bottom": strip_top,
        "top": strip_top + 64 + (20 if short else 0),
        "tsize": d.pick([58, 62, 66]),
        "title_face": d.pick(["'Z003'", "'Dancing Script'", "'Kaushan Script'", "'Lobster Two'"])
        + ", cursive",
        "heading": d.pick(
            ["Certificate of Completion", "Certificate of Completion", "Certificate of Achievement"]
        ),
        "certify": "This is to certify that",
        "name": d.name(d.pick(["plain", "plain", "upper"])),
        "requirements": d.pick(
            [
                "has successfully completed the course requirements for",
                "has satisfactorily completed the course requirements for",
            ]
        ),
        "title": title,
        "face": d.fonts[d.pick(["sans", "display", "cond"])],
        "csize": 25 if title_upper else 27,
        "ls": 1 if title_upper else 0,
        "hours_html": hours_html,
        "day": day,
        "month": month,
        "year": year,
        "org": d.provider(),
        "stop": "" if d.org.endswith(".") else ".",
        "gap": d.pick([16, 18, 20]),
        "signer": signer,
        "role": d.role(),
        "sign_bottom": strip_top + 70,
        "fine_html": fine.replace("{b}", str(strip_top + 74)),
    }
