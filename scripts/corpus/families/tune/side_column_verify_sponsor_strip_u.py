"""A landscape completion certificate framed like a printed certificate
stock: a dark header band across the top with the school's name in light
letter-spaced capitals, a dark patterned column down the left edge with a
vertical caption, "This is to verify that" over the name in a large script,
a sentence naming the course, a line with the class dates as a range, two
small labelled boxes for the credit and the course approval number, two
signatures with typed names and roles, and a "supported by" strip naming
equipment and association sponsors along the bottom."""

SOURCE = (
    "GlobalHealtheLearningCenter/ghel:profiles/ghel_install/modules/ghel/ghel_certificate/"
    "ghel_certificate_program.tpl.php (header image band, left border column, 'This is to verify "
    "that', name, 'has successfully completed the ... course', date, two signatures, sponsor logos)"
)
KIND = "course"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "landscape",
    "dark-band",
    "letter-spaced",
    "script-name",
    "sentence",
    "date-range",
    "labelled",
    "distractor-person",
    "distractor-org",
    "provider-in-logo",
)

TEMPLATE = """<style>
.pg { position:absolute; inset:0; background:${paper} }
.col { position:absolute; left:0; top:0; bottom:0; width:118px; background:${dark};
  background-image: repeating-linear-gradient(45deg, rgba(255,255,255,0.07) 0 6px, transparent 6px 14px) }
.col .v { position:absolute; left:40px; bottom:60px; transform-origin:left bottom; transform:rotate(-90deg); white-space:nowrap;
  font: 15px ${sans}; letter-spacing:7px; color:${light}; text-transform:uppercase; opacity:0.9 }
.col .m { position:absolute; left:19px; top:22px; width:80px; height:80px; border-radius:50%; border:2px solid ${accent}; color:#fff;
  display:flex; align-items:center; justify-content:center; font: bold 24px ${display} }
.band { position:absolute; left:118px; right:0; top:0; height:84px; background:${dark}; color:${light}; padding:22px 40px 0 }
.band .o { font: bold 19px ${sans}; letter-spacing:4px; text-transform:uppercase; white-space:nowrap; overflow:hidden }
.band .s { font: 11px ${sans}; letter-spacing:2px; opacity:0.85; margin-top:5px; text-transform:uppercase }
.rule { position:absolute; left:118px; right:0; top:84px; height:5px; background:${accent} }
.c { position:absolute; left:150px; right:40px; top:140px; text-align:center; color:#222; font-family:${serif} }
h1 { margin:0; font: 44px ${display}; color:${dark}; letter-spacing:2px; text-transform:uppercase }
.vt { font: italic 18px ${serif}; color:#555; margin-top:24px }
.nm { font: 62px ${scriptf}; line-height:80px; color:#111; margin-top:6px }
.ln { width:62%; margin:0 auto; border-top:1px solid #888 }
.s1 { font-size:19px; line-height:27px; margin:24px 40px 0 }
.s2 { font-size:17px; margin-top:12px; color:#333 }
.bx { display:flex; justify-content:center; gap:30px; margin-top:28px }
.bx div { border:1px solid ${dark}; padding:6px 18px 7px; min-width:190px; font: bold 17px ${sans} }
.bx small { display:block; font: 10px ${sans}; letter-spacing:1.5px; color:#666; text-transform:uppercase; font-weight:normal }
.sg { position:absolute; left:190px; right:80px; bottom:84px; display:flex; justify-content:space-between }
.sg > div { width:250px; text-align:center; font: 12.5px ${sans}; color:#333; line-height:16px }
.sg .h { font: 28px ${handf}; color:#1d2c6b; border-bottom:1px solid #333; height:40px; line-height:46px; white-space:nowrap; overflow:hidden }
.sp { position:absolute; left:118px; right:0; bottom:0; height:56px; border-top:1px solid #ccc; background:#fff; display:flex; align-items:center; gap:30px; padding:0 36px;
  font: 12px ${sans}; color:#555 }
.sp b { font: bold 13px ${cond}; color:#333; letter-spacing:0.5px; border:1px solid #bbb; padding:4px 9px; white-space:nowrap }
.sp small { font-size:9px; letter-spacing:2px; text-transform:uppercase; color:#888 }
</style>
<div class="pg"></div>
<div class="col"><div class="m">${mark}</div><div class="v">${vcap}</div></div>
<div class="band"><div class="o">${org}</div><div class="s">${band_sub}</div></div><div class="rule"></div>
<div class="c">
 <h1>${heading}</h1>
 <div class="vt">${verify}</div>
 <div class="nm">${name}</div>
 <div class="ln"></div>
 <div class="s1">${s1a} <b>${title}</b> ${s1b}</div>
 <div class="s2">${dlabel} ${dates}</div>
 <div class="bx"><div><small>${hlabel}</small>${hours}</div><div><small>${alabel}</small>${approval}</div></div>
</div>
<div class="sg">
 <div><div class="h">${sig1}</div>${sig1}<br>${role1}</div>
 <div><div class="h">${sig2}</div>${sig2}<br>${role2}</div>
</div>
<div class="sp"><small>${sp_label}</small>${sponsors_html}</div>
"""


def fill(d):
    from corpus import values as V

    org = d.provider()
    short = d.org_alt or d.org
    mark = "".join(w[0] for w in short.replace("&", "").split() if w[0].isupper())[:3]
    pool = [m for m, _ in V.MANUFACTURERS] + V.ASSOCIATIONS
    sponsors = d.rng.sample([p for p in pool if p != d.org], d.pick([2, 3]))
    return {
        "paper": d.pick(["#fff", "#fdfbf5", "#f8f8f4"]),
        "handf": d.fonts["hand"].replace(", cursive", ", 'Dancing Script', cursive"),
        "scriptf": d.fonts["script"].replace(", cursive", ", 'Dancing Script', cursive"),
        "mark": mark,
        "vcap": d.pick(["Certified training", "Technician education", "Restoration training"]),
        "org": org,
        "band_sub": d.pick(
            ["IICRC approved school", "Hands-on restoration training", "Classroom & field training"]
        ),
        "heading": d.pick(["Certificate of Completion", "Course Completion"]),
        "verify": d.pick(["This is to verify that", "This verifies that"]),
        "name": d.name("plain"),
        "s1a": d.pick(
            ["has successfully completed the", "has attended and successfully completed the"]
        ),
        "title": d.title(),
        "s1b": d.pick(
            ["course.", "course of instruction.", "course, including all hands-on exercises."]
        ),
        "dlabel": d.pick(["Class held", "Dates of class:", "Held"]),
        "dates": d.date_range(d.pick([1, 2, 2, 3])),
        "hlabel": d.pick(["Credit awarded", "CEC credit", "Hours"]),
        "hours": d.hours(d.pick(["cec_hours", "cecs", "hrs", "hours_title"])),
        "alabel": d.pick(["Course approval no.", "IICRC course #", "Approval"]),
        "approval": d.approval(),
        "sig1": d.person(),
        "role1": d.pick(["Lead Instructor", "IICRC Approved Instructor", "Instructor"]),
        "sig2": d.person(),
        "role2": d.pick(["School Director", "Director of Education", "President"]),
        "sp_label": d.pick(["Supported by", "Class sponsors", "With thanks to"]),
        "sponsors_html": "".join(f"<b>{s}</b>" for s in sponsors),
    }
