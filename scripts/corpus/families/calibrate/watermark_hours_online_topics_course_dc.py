"""A landscape online-course certificate from a training site's certificate
page: a faint diagonal watermark of the school's initials behind the text, the
school's logo in the header, "Certificate of Completion", the holder's name,
a sentence carrying the hours, the course and the date, a muted line listing
the topics covered, and a footer row with a blank signature line for the
principal and an "Accredited by" mark."""

SOURCE = "shivamhas-30/course-provider:liveclass/create_zoom.php"
KIND = "course"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "landscape",
    "sentence",
    "hours-in-sentence",
    "watermark",
    "provider-in-logo",
    "distractor-person",
)

TEMPLATE = """<style>
.fr { position:absolute; inset:22px; border:${bw}px solid ${accent}; border-radius:${rad}px }
.wm { position:absolute; left:0; right:0; top:38%; text-align:center; font: bold 230px ${sans}; color:${accent};
  opacity:.07; transform:rotate(-18deg); letter-spacing:10px }
.hdr { position:absolute; left:60px; top:52px; display:flex; align-items:center; gap:14px }
.hdr .ic { width:58px; height:58px; border:3px solid ${dark}; border-radius:50%; display:flex; align-items:center; justify-content:center;
  font: bold 18px ${display}; color:${dark} }
.hdr .nm { font: bold 20px ${display}; color:${dark}; line-height:23px; max-width:460px }
.hdr .nm i { display:block; font: normal 11px ${sans}; color:#666; letter-spacing:1.5px; text-transform:uppercase; font-style:normal }
.bd { position:absolute; left:90px; right:90px; top:${body_top}px; text-align:center; font-family:${face}; color:#222 }
h1 { margin:0; font: ${h_weight} 46px ${head}; color:${dark}; letter-spacing:1px }
.who { margin-top:22px; font-size:38px; font-weight:bold; color:#111; border-bottom:1px solid #bbb; display:inline-block; padding:0 30px 4px }
.ab { margin:22px auto 0; font-size:19px; line-height:29px; max-width:760px }
.ab b { font-weight:bold }
.tp { margin:16px auto 0; font-size:14px; line-height:20px; color:#6c757d; max-width:720px }
.ft { position:absolute; left:70px; right:70px; bottom:60px; display:flex; justify-content:space-between; align-items:flex-end;
  font: 14px ${face}; color:#6c757d }
.ft .sig { width:300px; text-align:left }
.ft .sig .h { font: 28px ${hand}; color:#24306b; height:34px; white-space:nowrap }
.ft .sig .ln { border-top:1px solid #999; padding-top:4px; line-height:18px }
.ac { text-align:center; line-height:18px }
.ac .bx { display:inline-block; margin-top:6px; border:2px solid ${dark}; color:${dark}; font: bold 13px ${sans}; padding:6px 12px; letter-spacing:1px }
.no { position:absolute; right:48px; top:48px; font: 11px ${sans}; color:#777 }
</style>
<div class="fr"></div>
<div class="wm">${initials}</div>
<div class="hdr"><div class="ic">${initials}</div><div class="nm">${org}<i>${tag}</i></div></div>
<div class="no">${no_label} ${cert_no}</div>
<div class="bd">
 <h1>${heading}</h1>
 <div class="who">${name}</div>
 <div class="ab">${about_html}</div>
 <div class="tp">${topics_lead} ${topics}</div>
</div>
<div class="ft">
 <div class="sig"><div class="h">${signer}</div><div class="ln">${signer_label}: ${signer}<br>${role}</div></div>
 <div class="ac">Accredited by<br><span class="bx">${acc}</span></div>
</div>
"""

TOPICS = [
    "moisture mapping",
    "psychrometry",
    "safety and PPE",
    "documentation",
    "equipment placement",
    "containment",
    "customer communication",
    "category and class of water",
    "drying goals",
    "odor sources",
    "cleaning chemistry",
    "inspection and reporting",
]


def fill(d):
    org = d.provider()
    initials = "".join(w[0] for w in org.replace("&", "").split() if w[0].isupper())[:3] or "CE"
    hours = d.hours_number()
    title = d.title(d.pick(["plain", "plain", "with_code"]))
    date = d.date(d.pick(["long", "ordinal", "us_numeric", "dmy_long", "weekday"]))
    unit = d.pick(["hours", "CEC hours", "continuing education hours"])
    about = d.pick(
        [
            f"has completed {hours} {unit} on <b>{title}</b> online on {date}",
            f"has completed <b>{title}</b>, {hours} {unit}, online on {date}",
            f"has completed {hours} {unit} of instruction in <b>{title}</b>, finished on {date}",
        ]
    )
    # the values are plain text: escape them before they go into the _html string
    import html

    for raw in (title, date, hours):
        about = about.replace(raw, html.escape(raw, quote=False))
    return {
        "bw": d.pick([2, 4, 6]),
        "rad": d.pick([0, 8, 14]),
        "initials": initials,
        "org": org,
        "tag": d.pick(["Online Classes", "Live Online Training", "e-Learning Division"]),
        "no_label": d.pick(["Certificate ID", "Cert. No.", "Verification code"]),
        "cert_no": d.number(),
        "body_top": d.pick([150, 170, 185]),
        "face": d.fonts[d.pick(["sans", "serif"])],
        "head": d.fonts[d.pick(["display", "serif", "sans"])],
        "h_weight": d.pick(["bold", "normal"]),
        "hand": d.fonts["hand"],
        "heading": "Certificate of Completion",
        "name": d.name(d.pick(["plain", "plain", "upper"])),
        "about_html": about,
        "topics_lead": d.pick(
            [
                "The course includes the following:",
                "Topics covered:",
                "Modules:",
            ]
        ),
        "topics": " \u2013 ".join(d.rng.sample(TOPICS, d.pick([4, 5, 6]))),
        "signer": d.person(),
        "signer_label": d.pick(["Principal", "Director", "Instructor"]),
        "role": d.pick(["Director of Education", "Lead Instructor", "Training Manager"]),
        "acc": d.pick(["IICRC APPROVED SCHOOL", "IICRC CEC APPROVED", "ANSI/IICRC S500"]),
    }
