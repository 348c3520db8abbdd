"""Not a training record: a portrait award certificate from a trade
association's charity golf outing, after a tournament certificate
template. A folded ribbon banner across the top holds the outing's name
and year, then an engraved heading naming the prize (closest to the pin,
longest drive, low gross), "is awarded to" and the winner's name in a
large script face, a sentence with the hole, the yardage and the winning
mark or score, the club and the date, a small ruled box listing the
winner's foursome (three other names and their firms), the sum raised for
the association's scholarship fund, and the tournament chair's
signature beside a gold foil seal. It names people, firms, an association,
a date and numbers and records no course or credit."""

SOURCE = (
    "negurvulkan/hcm:templates/print/certificate.tpl (a tournament certificate: 'this "
    "certificate is awarded to' the rider, the horse, 'for the win with <points> points', "
    "signed by the tournament management) and wording of trade associations' charity golf "
    "outing awards"
)
KIND = "other"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "other",
    "portrait",
    "ornate",
    "script-name",
    "sentence",
    "table",
    "distractor-person",
    "distractor-date",
    "distractor-org",
    "seal",
)

TEMPLATE = """<style>
.pg { position:absolute; inset:0; background:${stock}; font-family:${serif}; color:#222 }
.f1 { position:absolute; inset:24px; border:10px solid ${dark} }
.f2 { position:absolute; inset:40px; border:1px solid ${gold} }
.ban { position:absolute; left:90px; right:90px; top:70px; height:58px; background:${gold}; color:#fff;
  text-align:center; font: bold 19px ${sans}; letter-spacing:3px; line-height:58px; text-transform:uppercase; z-index:2 }
.tail { position:absolute; top:84px; width:70px; height:58px; background:${gold2}; z-index:1 }
.tl { left:50px; clip-path: polygon(0 0,100% 0,100% 100%,0 100%,28% 50%) }
.tr { right:50px; clip-path: polygon(0 0,100% 0,72% 50%,100% 100%,0 100%) }
.w { position:absolute; left:80px; right:80px; top:170px; bottom:${w_bot}px; text-align:center; display:flex;
  flex-direction:column; justify-content:space-evenly }
.as { font: 13px ${sans}; letter-spacing:3px; text-transform:uppercase; color:#555 }
.pz { font: ${pz_px}px ${engr}; color:${dark}; line-height:1.1 }
.aw { font: italic 18px ${serif}; color:#444 }
.nm { font: ${nm_px}px ${script}; color:#111; line-height:1.2; white-space:nowrap }
.tx { font-size:17px; line-height:27px; padding:0 20px }
table { margin:0 auto; border-collapse:collapse; font: 13px ${sans}; min-width:64% }
th { font-size:10.5px; letter-spacing:2px; text-transform:uppercase; color:#666; border-bottom:1px solid ${gold};
  padding:4px 10px; text-align:left }
td { padding:3px 10px; border-bottom:1px solid #e2dccb; text-align:left }
.rs { font: 14px ${sans}; color:#444 }
.ft { position:absolute; left:90px; right:90px; bottom:${ft_b}px; display:flex; justify-content:space-between;
  align-items:flex-end }
.seal { width:104px; height:104px; border-radius:50%; background: repeating-conic-gradient(${gold} 0 6deg, ${gold2} 6deg 12deg);
  display:flex; align-items:center; justify-content:center }
.seal b { width:76px; height:76px; border-radius:50%; background:${gold}; color:#fff; display:flex; align-items:center;
  justify-content:center; text-align:center; font: bold 10px ${sans}; letter-spacing:1px; line-height:13px }
.sg { width:260px; text-align:center; font: 13px ${sans}; line-height:17px; color:#333 }
.sg .h { font: 28px ${hand}; color:${ink}; white-space:nowrap; border-bottom:1px solid #444; line-height:40px }
</style>
<div class="pg">
<div class="f1"></div><div class="f2"></div>
<div class="tail tl"></div><div class="tail tr"></div>
<div class="ban">${outing}</div>
<div class="w">
 <div class="as">${assoc}</div>
 <div class="pz">${prize}</div>
 <div class="aw">${awarded}</div>
 <div class="nm">${winner}</div>
 <div class="tx">${sentence}</div>
 <table><tr><th>${team_label}</th><th>${firm_label}</th></tr>${rows_html}</table>
 <div class="rs">${raised}</div>
</div>
<div class="ft">
 <div class="seal"><b>${seal_html}</b></div>
 <div class="sg"><div class="h">${chair}</div>${chair}<br>${chair_role}</div>
</div>
</div>
"""

ENGRAVED = [
    "'Linux Libertine Display O', serif",
    "'Old Standard TT', serif",
    "'C059', serif",
    "'URW Bookman', serif",
]
SCRIPTS = ["'Z003', cursive", "'Dancing Script', cursive", "'Lobster Two', cursive"]
CLUBS = [
    "Eagle Ridge Country Club",
    "Willow Creek Golf Course",
    "Pine Hollow Golf Club",
    "Sandstone Links",
    "Heron Bay Golf Resort",
]
FIRMS = [
    "Dry-Rite Restoration",
    "BlueLine Carpet Care",
    "Apex Water Removal",
    "Premier Fire & Flood",
    "Sparkle Upholstery Cleaning",
    "Rapid Response Mitigation",
    "Homestead Cleaning Co.",
    "Tri-County Restoration",
]


def fill(d):
    from html import escape as e

    from corpus import values as V

    assoc = d.pick(V.ASSOCIATIONS)
    year = d.completed.year
    prize_kind = d.pick(["pin", "drive", "gross"])
    hole = d.rng.randrange(2, 18)
    if prize_kind == "pin":
        prize = "Closest to the Pin"
        feat = f"{d.rng.randrange(2, 14)} ft {d.rng.randrange(0, 12)} in from the cup on hole No. {hole} ({d.rng.randrange(128, 188)} yards)"
    elif prize_kind == "drive":
        prize = "Longest Drive"
        feat = f"a drive of {d.rng.randrange(248, 318)} yards on hole No. {hole}"
    else:
        prize = "Low Gross Champion"
        feat = f"a round of {d.rng.randrange(68, 79)} over eighteen holes"
    played = d.other_date("registered", d.pick(["long", "weekday", "ordinal"]))
    club = d.pick(CLUBS)
    firms = d.rng.sample(FIRMS, 4)
    rows = "".join(f"<tr><td>{e(d.person())}</td><td>{e(f)}</td></tr>" for f in firms[1:])
    return {
        "stock": d.pick(["#ffffff", "#fdfbf4", "#f8f6ee"]),
        "gold": d.pick(["#b8862b", "#c59d45", "#a67c00"]),
        "gold2": d.pick(["#8a6a1f", "#94741f"]),
        "ink": d.pick(["#1d2c6b", "#222", "#123a7a"]),
        "engr": d.pick(ENGRAVED),
        "script": d.pick(SCRIPTS),
        "w_bot": d.pick([200, 210]),
        "ft_b": d.pick([74, 82]),
        "pz_px": d.pick([44, 50]),
        "nm_px": 50,
        "outing": f"{year} {d.pick(['Charity Golf Classic', 'Scholarship Golf Outing', 'Members Golf Invitational'])}",
        "assoc": assoc,
        "prize": prize,
        "awarded": d.pick(["is proudly awarded to", "is presented to", "this award goes to"]),
        "winner": d.person(),
        "sentence": f"of {firms[0]}, for {feat}, played at {club} on {played}.",
        "team_label": d.pick(["Foursome", "Playing partners"]),
        "firm_label": "Company",
        "rows_html": rows,
        "raised": d.pick(
            [
                f"The outing raised ${d.rng.randrange(8, 60)},{d.rng.randrange(0, 999):03d} for the Association scholarship fund.",
                f"Proceeds of ${d.rng.randrange(8, 60)},{d.rng.randrange(0, 999):03d} benefit the industry scholarship fund.",
            ]
        ),
        "seal_html": f"{year}<br>WINNER",
        "chair": d.person(),
        "chair_role": d.pick(["Tournament Chair", "Golf Committee Chair", "Executive Director"]),
    }
