"""A thick coloured frame with an inner shadow, a small coloured line in
spaced titling capitals over a very large letter-spaced heading, a short
rule, a formal "be it known" line, the name in a large script over a dotted
rule, the reason in uppercase, the date spelled out in words, and two
signature blocks with names and roles at the foot."""

SOURCE = "gopakumar-nfonics/amrita_expense_track:resources/views/lead/release_order.blade.php"
KIND = "course"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "script-name",
    "ornate",
    "landscape",
    "sentence",
    "date-words",
    "distractor-person",
)

TEMPLATE = """<style>
.fr { position:absolute; inset:22px; border:12px solid ${accent}; box-shadow: inset 0 0 14px rgba(0,0,0,0.45);
  text-align:center; font-family:${serif}; color:#222 }
.f2 { position:absolute; inset:10px; border:1px solid ${accent} }
.k1 { margin-top:74px; font: 600 17px ${display}; color:${dark}; letter-spacing:2px }
.k2 { font: 50px ${display}; letter-spacing:9px; margin-top:4px }
.ru { width:30%; height:2px; background:${accent}; margin:14px auto 34px }
.be { font: italic 20px ${serif} }
.nm { font: 64px ${script}; margin:14px 0 0; line-height:84px } .dl { width:62%; margin:0 auto; border-bottom:2px dotted ${accent} }
.why { font-size:16px; margin:32px 100px 0; line-height:26px; text-transform:uppercase; letter-spacing:0.5px }
.on { font: italic 17px ${serif}; margin-top:26px }
.sg { position:absolute; left:90px; right:90px; bottom:50px; display:flex; justify-content:space-between; font-size:13px }
.sg div { width:250px; border-top:1px solid #333; padding-top:5px }
</style>
<div class="fr"><div class="f2"></div>
 <div class="k1">${org}</div>
 <div class="k2">${heading}</div>
 <div class="ru"></div>
 <div class="be">${be}</div>
 <div class="nm">${name}</div><div class="dl"></div>
 <div class="why">${why}</div>
 <div class="on">${on}</div>
 <div class="sg"><div>${sig1}<br>${role1}</div><div>${sig2}<br>${role2}</div></div>
</div>
"""


def fill(d):
    script = f"'{d.pick(['Dancing Script', 'Lobster Two', 'Kaushan Script', 'Z003'])}', cursive"
    org = d.provider("upper")
    name = d.name("plain")
    title = d.title(d.pick(["plain", "upper"]))
    hours = d.hours(d.pick(["words", "words_cec", "hours_title"]))
    date = d.date("words")
    why = d.pick(
        [
            f"has completed the prescribed studies of {title}, {hours}",
            f"having satisfied every requirement of the course {title} ({hours})",
        ]
    )
    return {
        "script": script,
        "org": org,
        "heading": d.pick(["CERTIFICATE", "CERTIFICATION", "DIPLOMA"]),
        "be": d.pick(
            [
                "To all persons, be it known that",
                "Be it known to all that",
                "Let it be known that",
            ]
        ),
        "name": name,
        "why": why,
        "on": d.pick([f"Given on {date}", f"Awarded on {date}", f"Dated {date}"]),
        "sig1": d.person(),
        "role1": d.role(),
        "sig2": d.person(),
        "role2": d.pick(["Course Director", "Chair, Board of Examiners", "Registrar"]),
    }
