"""An ornate landscape certificate for a course run as a cooperative
offering: a cooperating association's name in spaced small capitals at the
very top (it is not the provider), a frame of a patterned band with corner
rosettes, the holder with a courtesy title and post-nominals, a program and
module line over the course in quotes with its delivery method, "offered by
<provider> in cooperation with <association>", a line naming the
manufacturer whose grant supported it, a seal with the approval number, and
two signatures with roles and post-nominals."""

from corpus import values as V

SOURCE = (
    "https://asha.org/ce/for-providers/admin/tutorial/6 (cooperative offerings, joint "
    "providerships and sponsorships: who offers a course, who co-operates, who only sponsors it)"
)
KIND = "course"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "ornate",
    "landscape",
    "sentence",
    "seal",
    "distractor-person",
    "distractor-org",
    "letter-spaced",
)

PROGRAMS = [
    "Restoration Project Manager Certificate Program",
    "Water Loss Specialist Track",
    "Indoor Environmental Professional Series",
    "Advanced Drying Certificate Program",
    "Master Restorer Pathway",
]
DELIVERY = [
    "Live Webinar",
    "Classroom",
    "Hands-on Lab",
    "Live Virtual Classroom",
    "Self-paced Online",
]
CREDS = ["WRT", "ASD", "AMRT", "FSRT", "OCT", "CCT", "CR", "MWR"]

TEMPLATE = """<style>
.fr { position:absolute; inset:22px; border:3px solid ${dark} }
.band { position:absolute; inset:30px; border:16px solid transparent;
  border-image: repeating-linear-gradient(45deg, ${accent} 0 4px, ${light} 4px 9px, ${dark} 9px 11px, ${light} 11px 16px) 16 }
.in { position:absolute; inset:52px; border:1px solid ${accent}; background:${light} }
.ro { position:absolute; width:44px; height:44px; border-radius:50%; background: radial-gradient(circle, ${accent} 0 5px, ${light} 6px 10px, ${accent} 11px 13px, ${light} 14px 17px, ${dark} 18px 22px) }
.w { position:absolute; left:90px; right:90px; top:76px; bottom:215px; text-align:center; color:#222; font-family:${serif};
  display:flex; flex-direction:column; justify-content:space-between; align-items:center }
.assoc { font: 13px ${sans}; letter-spacing:5px; text-transform:uppercase; color:${dark} }
.h { font: 44px ${display}; color:${dark}; margin:6px 0 2px }
.pt { font-size:16px; font-style:italic; color:#444 }
.nm { font: italic 42px ${display}; color:#111; margin:6px 0 4px; border-bottom:1px solid ${accent}; display:inline-block; padding:0 30px 2px }
.prog { font: 12.5px ${sans}; letter-spacing:2px; text-transform:uppercase; color:#555; margin-top:10px }
.ti { font: bold 22px ${serif}; margin:4px 40px 0 } .ti span { font: normal 15px ${serif}; color:#555 }
.by { font-size:15.5px; margin-top:8px; line-height:22px }
.grant { font: 11px ${sans}; color:#666; margin-top:10px }
.seal { position:absolute; left:84px; bottom:78px; width:112px; height:112px; border-radius:50%; background:${accent}; color:#fff;
  display:flex; flex-direction:column; align-items:center; justify-content:center; font: bold 10px ${sans}; text-align:center;
  box-shadow: 0 0 0 4px ${light}, 0 0 0 6px ${accent} }
.seal b { font-size:15px; letter-spacing:1px }
.sg { position:absolute; bottom:84px; width:230px; border-top:1px solid #333; font: 12.5px ${sans}; text-align:center; padding-top:4px; line-height:16px }
.sg .hw { position:absolute; top:-34px; left:0; right:0; font: 26px ${hand}; color:#1c2f7a }
</style>
<div class="fr"></div><div class="band"></div><div class="in"></div>
<div class="ro" style="left:16px;top:16px"></div><div class="ro" style="right:16px;top:16px"></div>
<div class="ro" style="left:16px;bottom:16px"></div><div class="ro" style="right:16px;bottom:16px"></div>
<div class="w">
 <div><div class="assoc">${assoc}</div>
 <div class="h">${heading}</div></div>
 <div><div class="pt">${presented}</div>
 <div class="nm">${name}</div></div>
 <div><div class="pt">for successful completion of</div>
 <div class="prog">${program} &nbsp;·&nbsp; ${module}</div>
 <div class="ti">${title} <span>(${delivery})</span></div></div>
 <div class="by">offered by ${org} in cooperation with ${assoc_plain}<br>on ${date} &nbsp;·&nbsp; ${hours}</div>
 <div class="grant">${grant}</div>
</div>
<div class="seal"><b>${seal_top}</b>APPROVED<br>No. ${approval}</div>
<div class="sg" style="left:38%"><span class="hw">${sig1}</span>${sig1}, ${sig1_creds}<br>${sig1_role}</div>
<div class="sg" style="right:90px"><span class="hw">${sig2}</span>${sig2}<br>President, ${assoc_plain}</div>
"""


def fill(d):
    assoc = d.pick([a for a in V.ASSOCIATIONS if a != d.org])
    sponsor = d.pick([m for m, _ in V.MANUFACTURERS if m != d.org])
    creds = sorted(d.rng.sample(CREDS, d.pick([1, 2, 2, 3])), key=CREDS.index)
    name = d.name(d.pick(["honorific", "honorific", "plain"]))
    printed = f"{name}, {', '.join(creds)}"
    d.printed["holder_name"] = printed
    title = d.title(d.pick(["plain", "plain", "with_code"]))
    total = d.pick([4, 5, 6, 8])
    return {
        "assoc": assoc,
        "assoc_plain": assoc,
        "heading": d.pick(["Certificate of Continuing Education", "Certificate of Completion"]),
        "presented": d.pick(["is proudly presented to", "this certifies that", "presented to"]),
        "name": printed,
        "program": d.pick(PROGRAMS),
        "module": f"Module {d.rng.randint(1, total)} of {total}",
        "title": f"“{title}”",
        "delivery": d.pick(DELIVERY),
        "org": d.provider(),
        "date": d.date(d.pick(["long", "words", "ordinal", "dmy_long"])),
        "hours": d.hours(d.pick(["cec_hours", "iicrc_cec", "words_cec", "ceu_and_cec"])),
        "grant": f"Supported in part by an educational grant from {sponsor.rstrip('.')}. "
        "The sponsor had no role in planning or presenting this course.",
        "seal_top": d.pick(["IICRC", "CEC"]),
        "approval": d.approval(),
        "sig1": d.person(),
        "sig1_creds": ", ".join(d.rng.sample(CREDS, 2)),
        "sig1_role": d.pick(["Lead Instructor", "Course Director", "IICRC Approved Instructor"]),
        "sig2": d.person(),
    }
