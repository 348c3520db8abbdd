"""A heading, then the date above the name, the name large, the programme in
bold and a paragraph saying over what period and how many hours the holder
completed it, a bulleted list of modules, and the signature below."""

SOURCE = "vinaykumar325-glitch/maven-project:webapp/src/main/webapp/index.jsp"
KIND = "course"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = ("portrait", "sentence", "hours-in-sentence", "distractor-person")

TEMPLATE = """<style>
.ct { position:absolute; left:90px; right:90px; top:80px; font-family:${sans}; color:#333 }
h1 { text-align:center; font-size:32px; margin:0 0 10px } .dt { text-align:center; font-size:16px; font-weight:bold; margin-bottom:20px }
.nm { text-align:center; font-size:34px; font-weight:bold; margin-bottom:26px; color:${dark} }
.dl p { margin:0 0 8px; line-height:22px; font-size:15px } ul { font-size:14px; line-height:22px }
.ft { position:absolute; left:90px; right:90px; bottom:90px; text-align:center; font-size:14px }
.ft .s { font: 30px ${hand}; color:${dark} }
</style>
<div class="ct">
 <h1>CERTIFICATE OF COMPLETION</h1>
 <div class="dt">${date}</div>
 <div class="nm">${name}</div>
 <div class="dl"><p><strong>${title}</strong></p>
  <p>${paragraph}</p></div>
 <ul><li>${m1}</li><li>${m2}</li><li>${m3}</li><li>${m4}</li></ul>
</div>
<div class="ft"><div class="s">${signer}</div><p><strong>${signer}</strong>, ${role}<br>${org}</p></div>
"""
MODULES = [
    "Inspection and documentation",
    "Psychrometry and drying goals",
    "Equipment placement",
    "Moisture measurement",
    "Safety and containment",
    "Customer communication",
    "Final verification",
]


def fill(d):
    first = d.first.split()[0]
    hours = d.hours(d.pick(["cec_hours", "hours_title", "hrs"]))
    mods = d.rng.sample(MODULES, 4)
    return {
        "date": d.date(d.pick(["long", "long_upper", "short_month"])),
        "name": d.name("plain"),
        "title": d.title(d.pick(["plain", "with_code"])),
        "paragraph": f"Over the {hours} programme, {first} completed every module and the final practical assessment:",
        "m1": mods[0],
        "m2": mods[1],
        "m3": mods[2],
        "m4": mods[3],
        "signer": d.person(),
        "role": d.role(),
        "org": d.provider(),
    }
