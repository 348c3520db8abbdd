"""A portrait diploma as a school issues one for a multi-day course, after
a college's diploma template: a shield crest at the top with the school's
name in large engraved capitals under it (the only place the provider is
named), "confers the present diploma upon", the holder's name as a
heading, "for having completed the course", the course title as a second
heading, then a running sentence giving the span of days the course was
held and its length in hours, and a line "Given in <city>, <issue date>"
with the date written out. Three signature blocks with "F." rules (two
side by side and one centred under them: director, instructor and
coordinator, each with a title and the school), and along the foot two
partner marks in ruled boxes (an association and a manufacturer)."""

SOURCE = (
    "jalvacastillo/CDMYPE:Backend/resources/views/dash/pdf/diploma.blade.php (logo, the "
    "university's name as a heading, 'grants the present DIPLOMA to', name, 'for having "
    "taken', course, 'held from ... to ..., with a duration of 80 hours', 'Given in the city "
    "of ..., on the ... day of ...', three 'F.____' signature blocks with names and titles, "
    "two partner logos at the foot)"
)
KIND = "course"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "portrait",
    "ornate",
    "provider-in-logo",
    "big-serif-title",
    "sentence",
    "date-range",
    "hours-in-sentence",
    "distractor-person",
    "distractor-date",
    "distractor-org",
)

TEMPLATE = """<style>
.pg { position:absolute; inset:0; background:${stock}; font-family:${serif}; color:#1b1b1b }
.fr { position:absolute; inset:26px; border:${fw}px double ${dark} }
.fr2 { position:absolute; inset:40px; border:1px solid ${accent} }
.w { position:absolute; left:66px; right:66px; top:64px; bottom:${w_bot}px; text-align:center;
  display:flex; flex-direction:column; justify-content:space-between }
.crest { width:78px; height:92px; margin:0 auto; background:${dark}; color:#f2e6c4;
  clip-path: polygon(0 0,100% 0,100% 62%,50% 100%,0 62%); display:flex; align-items:flex-start;
  justify-content:center; padding-top:20px; font: bold 22px ${engr}; letter-spacing:1px }
.sch { font: ${sch_px}px ${engr}; letter-spacing:2px; text-transform:uppercase; color:${dark};
  margin-top:12px; line-height:1.2 }
.mot { font: italic 13px ${serif}; color:#666; margin-top:4px }
.p { font-size:19px; color:#333 }
.p b { font: bold 19px ${engr}; letter-spacing:3px }
.nm { font: bold ${nm_px}px ${engr}; color:#111; line-height:1.15 }
.ti { font: bold ${ti_px}px ${engr}; color:${dark}; line-height:1.2 }
.sen { font-size:18px; line-height:27px; color:#333; margin:0 30px }
.giv { font: italic 17px ${serif}; color:#333 }
.sigs { position:absolute; left:70px; right:70px; bottom:${sig_b}px; font-size:12.5px; line-height:16px; text-align:center }
.row { display:flex; justify-content:space-between }
.sb { width:42%; }
.sb .h { font: 24px ${hand}; color:${ink}; height:30px; white-space:nowrap }
.sb .f { text-align:left; font-size:13px }
.cen { width:42%; margin:18px auto 0 }
.ptn { position:absolute; left:70px; right:70px; bottom:52px; display:flex; justify-content:space-between }
.ptn div { border:1px solid #999; padding:4px 10px; font: 9.5px ${sans}; letter-spacing:1px; color:#666;
  text-transform:uppercase; max-width:44%; }
</style>
<div class="pg">
<div class="fr"></div><div class="fr2"></div>
<div class="w">
 <div><div class="crest">${mono}</div>
 <div class="sch">${provider}</div>
 <div class="mot">${motto}</div></div>
 <div class="p">${confers}</div>
 <div class="nm">${name}</div>
 <div class="p">${for_having}</div>
 <div class="ti">${title}</div>
 <div class="sen">${sentence}</div>
 <div class="giv">${given}</div>
</div>
<div class="sigs">
 <div class="row">
  <div class="sb"><div class="h">${s1}</div><div class="f">F.______________________________</div>${s1}<br>${r1}</div>
  <div class="sb"><div class="h">${s2}</div><div class="f">F.______________________________</div>${s2}<br>${r2}</div>
 </div>
 <div class="sb cen"><div class="h">${s3}</div><div class="f">F.______________________________</div>${s3}<br>${r3}</div>
</div>
<div class="ptn"><div>${partner1}</div><div>${partner2}</div></div>
</div>
"""

ENGRAVED = [
    "'Linux Libertine Display O', serif",
    "'Old Standard TT', serif",
    "'C059', serif",
    "'P052', serif",
    "'URW Bookman', serif",
]
MOTTOS = [
    "Knowledge · Craft · Integrity",
    "Founded to serve the restoration trade",
    "Scientia et Labor",
    "Training the industry since 1998",
]


def fill(d):
    from corpus import values as V

    org = d.org_alt or d.org
    mono = "".join(w[0] for w in org.replace("&", "").split() if w[0].isupper())[:3]
    provider = d.provider()
    name = d.name(d.pick(["plain", "plain", "upper"]))
    title = d.title(d.pick(["plain", "with_code", "upper"]))
    days = d.pick([1, 2, 2, 3]) if d.credit >= 7 else 1
    span = d.date_range(days)
    hours = d.hours(d.pick(["words", "hours_title", "cec_hours", "contact_and_cec"]))
    sentence = d.pick(
        [
            f"Held {span}, with a duration of {hours}.",
            f"Course held {span}, comprising {hours} of instruction.",
            f"Delivered {span}; total credit awarded: {hours}.",
        ]
    )
    if "of instruction" in sentence and "contact" in hours:
        sentence = f"Course held {span}, comprising {hours}."
    city = d.city()
    issue = d.other_date("issue", "words")
    given = d.pick([f"Given in {city}, on {issue}.", f"Given at {city} this {issue[4:]}."])
    assoc = d.pick([a for a in V.ASSOCIATIONS if a != d.org])
    maker = d.pick([m for m, _ in V.MANUFACTURERS if m != d.org])
    return {
        "stock": d.pick(["#ffffff", "#fcfaf3", "#f8f5ea"]),
        "ink": d.pick(["#1d2c6b", "#222", "#123a7a"]),
        "engr": d.pick(ENGRAVED),
        "fw": d.pick([4, 6]),
        "sch_px": 24 if len(provider) > 34 else 28,
        "w_bot": d.pick([330, 350]),
        "nm_px": 36 if len(name) > 24 else 44,
        "ti_px": 26 if len(title) > 36 else 31,
        "sig_b": d.pick([92, 100]),
        "mono": mono,
        "provider": provider,
        "motto": d.pick(MOTTOS),
        "confers": d.pick(
            [
                "confers the present Diploma of Completion upon",
                "grants this Diploma to",
                "awards the present Diploma to",
            ]
        ),
        "name": name,
        "for_having": d.pick(
            [
                "for having completed the course",
                "for having taken and passed",
                "for the completion of",
            ]
        ),
        "title": title,
        "sentence": sentence,
        "given": given,
        "s1": d.person(),
        "r1": d.pick(["School Director", "President", "Executive Director"]),
        "s2": d.person(),
        "r2": d.pick(["Coordinator of Continuing Education", "Program Coordinator", "Registrar"]),
        "s3": d.person(),
        "r3": d.pick(["Instructor", "IICRC Approved Instructor", "Facilitator"]),
        "partner1": d.pick(["In cooperation with ", "Member of the ", ""]) + assoc,
        "partner2": d.pick(["Equipment courtesy of ", "With the support of ", ""]) + maker,
    }
