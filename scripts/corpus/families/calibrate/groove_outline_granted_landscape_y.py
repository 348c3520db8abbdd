"""A landscape certificate inside a wide grooved frame with a double outline
drawn inside it and a band of dots along the top; the school's name is the
large heading with a small upper-case line under it, "is hereby granted to"
above the holder's name, a running sentence giving the course, its credit and
the day it was completed written in words, and two signatures with a seal
between them."""

SOURCE = "MartMbithi/LMS:admin/labrat.php (groove border, inset double outline, dotted top band)"
KIND = "course"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "ornate",
    "landscape",
    "sentence",
    "date-words",
    "distractor-person",
    "provider-in-logo",
)

TEMPLATE = """<style>
.bg { position:absolute; inset:0; background:#f9f9f9 }
.fr { position:absolute; inset:22px; background:
  radial-gradient(circle closest-side, ${accent} 45%, transparent 50%) 0 0 / 22px 22px repeat-x,
  linear-gradient(${light}, #fff 30%);
  border:20px groove ${accent}; outline:5px double ${dark}; outline-offset:-30px }
.w { position:absolute; left:80px; right:80px; top:84px; bottom:92px; text-align:center; font-family:${serif}; color:#111;
  display:flex; flex-direction:column; align-items:center; justify-content:space-between }
h1 { font: bold 40px ${display}; margin:0; line-height:46px; color:${dark} }
.reg { font: 13px ${sans}; text-transform:uppercase; letter-spacing:2px; margin-top:6px; color:#222 }
.gr { font: 15px ${sans}; text-transform:uppercase; letter-spacing:1px; color:#5b4a00 }
.nm { font: italic bold 40px ${serif}; border-bottom:1px solid #777; padding:0 40px 4px; line-height:44px }
.s { font-size:20px; line-height:32px; max-width:800px }
.s b { font-weight:bold }
.bot { width:100%; display:flex; justify-content:space-between; align-items:flex-end; font: 12.5px ${sans} }
.sg { width:33%; text-align:center }
.sg i { display:block; font: 22px ${hand}; color:#1a2a6c; border-bottom:1px solid #444; padding-bottom:2px; font-style:normal }
.seal { width:92px; height:92px; border-radius:50%; background:radial-gradient(${accent} 55%, #7a6200 56%, ${accent} 62%);
  color:#fff; font: bold 11px ${serif}; display:flex; align-items:center; justify-content:center; text-align:center; line-height:13px }
</style>
<div class="bg"></div>
<div class="fr"></div>
<div class="w">
 <h1>${org}</h1>
 <div class="reg">${reg}</div>
 <div class="gr">${granted}</div>
 <div class="nm">${name}</div>
 <div class="s">${sentence}</div>
 <div class="bot">
  <div class="sg"><i>${sig1}</i>${sig1}, ${role1}</div>
  <div class="seal">${seal_html}</div>
  <div class="sg"><i>${sig2}</i>${sig2}, ${role2}</div>
 </div>
</div>
"""


def fill(d):
    org = d.provider(d.pick([None, None, "upper"]))
    reg = d.pick(["approval", "plain", "city"])
    if reg == "approval":
        reg = f"IICRC Approved School No. {d.approval()}"
    elif reg == "plain":
        reg = "An IICRC Approved School"
    else:
        reg = f"Registered training provider · {d.city()}"
    name = d.name(d.pick(["plain", "plain", "upper"]))
    title = d.title(d.pick(["plain", "with_code"]))
    hours = d.hours(d.pick(["words", "cec_hours", "hours_title", "words_cec"]))
    date = d.date(d.pick(["words", "words", "ordinal"]))
    sentence = d.pick(
        [
            f"for having successfully completed the course of study in {title}, "
            f"carrying {hours}, on {date}.",
            f"who attended and passed the examination for {title} ({hours}), given on {date}.",
        ]
    )
    return {
        "org": org,
        "reg": reg,
        "granted": d.pick(["is hereby granted to :", "is hereby granted to", "awarded to"]),
        "name": name,
        "sentence": sentence,
        "sig1": d.person(),
        "role1": d.pick(["Instructor", "Lead Instructor"]),
        "sig2": d.person(),
        "role2": d.pick(["Director", "Registrar", "Owner"]),
        "seal_html": d.pick(["OFFICIAL<br>SEAL", "CERTIFIED", "APPROVED<br>SCHOOL"]),
    }
