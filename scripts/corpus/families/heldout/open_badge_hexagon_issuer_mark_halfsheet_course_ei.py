"""A digital badge printed to PDF on a half sheet: at the left a large
hexagon badge in the school's colours holding the school's name and the
course code, with a ribbon under it; at the right the badge's name (the
course), a line of description, labelled rows for who it was issued to, the
day it was earned, the credit alignment, the issue and expiry of the badge
itself, skill tags and the assertion link."""

SOURCE = "1EdTech/openbadges-specification:examples/index.md"
KIND = "course"
PAPER = "half-letter"
CATEGORIES = (
    "labelled",
    "provider-in-logo",
    "distractor-date",
    "landscape",
    "tiny-footer",
)

TEMPLATE = """<style>
.hx { position:absolute; left:40px; top:52px; width:230px; height:262px; background:${accent}; clip-path:polygon(50% 0,100% 25%,100% 75%,50% 100%,0 75%,0 25%) }
.hx2 { position:absolute; left:52px; top:66px; width:206px; height:234px; background:${dark}; clip-path:polygon(50% 0,100% 25%,100% 75%,50% 100%,0 75%,0 25%); color:#fff; text-align:center; display:flex; flex-direction:column; justify-content:center; padding:0 18px }
.hx2 b { font: bold 15px ${sans}; line-height:19px }
.hx2 .cd { font: bold 34px ${display}; margin:8px 0 4px; color:${light} }
.hx2 small { font: 10px ${sans}; letter-spacing:2px; text-transform:uppercase }
.rib { position:absolute; left:56px; top:300px; width:198px; background:${accent}; color:#fff; text-align:center; font: bold 12px ${sans}; letter-spacing:2px; padding:6px 0 }
.r { position:absolute; left:310px; right:36px; top:40px; font: 13px ${sans}; color:#222 }
.kk { font: 11px ${sans}; letter-spacing:2px; text-transform:uppercase; color:#888 }
h1 { font: bold 23px ${sans}; margin:4px 0 4px; line-height:27px; color:#111 }
.ds { font-size:12.5px; color:#555; line-height:17px; margin-bottom:10px }
.g { display:grid; grid-template-columns: 104px 1fr; gap:5px 10px; font-size:13px }
.g .k { color:#777 } .g .v { font-weight:bold }
.tags { margin-top:10px } .tags span { display:inline-block; border:1px solid #ccc; border-radius:12px; padding:2px 9px; margin:0 4px 4px 0; font-size:11px; color:#444 }
.ft { position:absolute; left:36px; right:36px; bottom:14px; font: 9.5px ${mono}; color:#888; display:flex; justify-content:space-between }
</style>
<div class="hx"></div>
<div class="hx2"><small>${badge_word}</small><div class="cd">${code}</div><b>${org}</b></div>
<div class="rib">${ribbon}</div>
<div class="r">
 <div class="kk">${kicker}</div>
 <h1>${title}</h1>
 <div class="ds">${desc}</div>
 <div class="g">
  <div class="k">${l_to}</div><div class="v">${name}</div>
  <div class="k">${l_earned}</div><div class="v">${date}</div>
  <div class="k">${l_align}</div><div class="v">${hours}</div>
  <div class="k">Badge issued</div><div>${issued}</div>
  <div class="k">Expires</div><div>${expires}</div>
 </div>
 <div class="tags">${tags_html}</div>
</div>
<div class="ft"><span>${assertion}</span><span>${printed}</span></div>
"""

TAGS = [
    "Moisture mapping",
    "Safety",
    "Documentation",
    "Psychrometry",
    "Containment",
    "Customer care",
    "Equipment",
    "Inspection",
]


def fill(d):
    r = d.rng
    org = d.provider()
    slug = "".join(ch for ch in (d.org_alt or d.org).lower() if ch.isalnum())[:14]
    code = d.code or d.pick(["CE", "CEC", "PRO"])
    return {
        "badge_word": d.pick(["Completion badge", "Digital badge", "Course badge"]),
        "code": code,
        "org": org,
        "ribbon": d.pick(["COMPLETED", "VERIFIED", "EARNED"]),
        "kicker": d.pick(["Open Badge", "Badge assertion", "Verified credential"]),
        "title": d.title("plain"),
        "desc": d.pick(
            [
                "Earned by completing every lesson of the online course and passing its final assessment.",
                "Awarded to learners who finish the course and score at least 80% on the exam.",
            ]
        ),
        "l_to": d.pick(["Issued to", "Recipient", "Earner"]),
        "name": d.name("plain"),
        "l_earned": d.pick(["Completed", "Earned on", "Criteria met"]),
        "date": d.date(d.pick(["long", "short_month", "iso", "dmy_long"])),
        "l_align": d.pick(["Alignment", "Credit", "CE credit"]),
        "hours": d.hours(d.pick(["iicrc_cec", "cec_hours", "cecs_colon", "ceu_and_cec"])),
        "issued": d.other_date("issue", "iso"),
        "expires": d.pick([d.other_date("expiry", "iso"), "Does not expire"]),
        "tags_html": "".join(f"<span>{t}</span>" for t in r.sample(TAGS, 4)),
        "assertion": f"https://badges.{slug}.com/assertions/{r.randrange(16**11, 16**12):x}",
        "printed": d.other_date("print", "us_short"),
    }
