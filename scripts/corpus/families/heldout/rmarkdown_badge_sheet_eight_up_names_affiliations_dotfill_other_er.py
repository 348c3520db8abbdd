"""Not a certificate: a sheet of eight name badges printed by an R
Markdown badge generator for an association's meeting or a school's class
day, two columns of four landscape badges on one portrait sheet (each
badge a whole LaTeX page shrunk eight to a sheet, sometimes with thin cut
borders). Every badge repeats the two logos pushed to its corners and the
event's name in bold, then one attendee's name very large, the employer
under it, and a dotted fill line near the bottom edge for a hand-written
role or ribbon. It names eight different people and one event and records
no course, no completion and no credit."""

SOURCE = (
    "EcologyR/labeleR:inst/rmarkdown/templates/badge/skeleton/skeleton.Rmd (pgfpages "
    "'8 on 1' layout; per badge: lpic.png \\hfill rpic.png, event at 30pt bold, name at 60pt "
    "bold, affiliation at 40pt, \\dotfill between 2 cm margins)"
)
KIND = "other"
PAPER = ["a4-portrait", "letter-portrait"]
CATEGORIES = ("other", "portrait", "distractor-person", "badge-sheet", "grid")

TEMPLATE = """<style>
.sh { position:absolute; inset:${pad}px; display:grid; grid-template-columns:1fr 1fr; grid-template-rows:repeat(4, 1fr); gap:${gap}px }
.bd { position:relative; border:${cut}; overflow:hidden; display:flex; flex-direction:column; align-items:center; padding:10px 14px 12px; font-family:${face}; color:#111 }
.lg { align-self:stretch; display:flex; justify-content:space-between; align-items:flex-start; height:40px }
.lg i { width:40px; height:40px; border-radius:50%; background:${c1}; box-shadow: inset 0 0 0 6px #fff, inset 0 0 0 8px ${c1} }
.lg i.r { border-radius:6px; background:${c2}; box-shadow: inset 0 0 0 6px #fff, inset 0 0 0 8px ${c2} }
.ev { margin-top:2px; font-weight:bold; font-size:${ev_px}px; text-align:center; line-height:1.15 }
.nm { margin-top:auto; font-weight:bold; font-size:${nm_px}px; text-align:center; line-height:1.1 }
.af { margin-top:4px; font-size:${af_px}px; text-align:center; line-height:1.15; color:#333 }
.df { margin-top:auto; align-self:stretch; margin-left:18%; margin-right:18%; border-bottom:2px dotted #444; height:10px }
</style>
<div class="sh">${badges_html}</div>
"""

EMPLOYERS = [
    "Dale's Restoration & Cleaning",
    "Quick Dry Water Damage",
    "Harbor Fire & Water Recovery",
    "All-Pro Disaster Restoration",
    "Summit Carpet & Tile Care",
    "TriCounty Mitigation Group",
    "Blue Ribbon Cleaning Co.",
    "Pioneer Flood Response",
    "Keystone Restoration Services",
    "Riverside Carpet Care",
]


def fill(d):
    import html

    from corpus import values as V

    e = html.escape
    event = d.pick(
        [
            f"{d.pick(V.EVENTS)} {d.completed.year}",
            f"{d.pick(V.ASSOCIATIONS)} Annual Meeting",
            f"{d.pick(V.SCHOOLS)[0]} Open House",
        ]
    )
    badges = []
    for _ in range(8):
        who = d.person()
        size = 27 if len(who) <= 16 else 23 if len(who) <= 22 else 19
        badges.append(
            f'<div class="bd"><div class="lg"><i></i><i class="r"></i></div>'
            f'<div class="ev">{e(event)}</div>'
            f'<div class="nm" style="font-size:{size}px">{e(who)}</div>'
            f'<div class="af">{e(d.pick(EMPLOYERS))}</div><div class="df"></div></div>'
        )
    return {
        "pad": d.pick([18, 26, 34]),
        "gap": d.pick([0, 0, 6]),
        "cut": d.pick(["1px solid #bbb", "1px dashed #999", "0"]),
        "face": d.fonts[d.pick(["serif", "serif", "sans"])],
        "c1": d.pick(["#1f3a5f", "#0b3d2e", "#5b2333"]),
        "c2": d.pick(["#b8860b", "#1e6091", "#2d6a4f"]),
        "ev_px": d.pick([14, 15, 16]),
        "nm_px": 27,
        "af_px": d.pick([14, 15]),
        "badges_html": "".join(badges),
    }
