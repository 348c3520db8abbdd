"""Not anyone's record of credit: a trade show's certificate of appreciation
to a sponsoring or exhibiting company, printed to look like a plaque,
landscape: a walnut-grain surround, a black plate with a bevelled gold
edge and gold corner brackets, and every line in gold or pale type on the
dark plate. The show's wordmark and year at the top, a big display
heading ("Certificate of Appreciation"), "presented to" and the company's
name in large spaced capitals, a boxed sponsorship tier or booth number,
a sentence of thanks for its support of the show, the show's days and
venue, and two signatures in pale ink over the show director's and the
association president's names. It names a company, an event, its dates
and people, and records no one's completion and no credit."""

SOURCE = (
    "prism-hr/old-prism-server:src/main/resources/email/content/institution_sponsor_notification"
    "_content.ftl ('to confirm receipt of your sponsorship ... Thank you for your generous "
    "contribution') and commonhaus/foundation:agreements/sponsorship/sponsorship-agreement.md "
    "(sponsorship tiers, one-year term, 'so we can properly recognize you')"
)
KIND = "other"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "other",
    "landscape",
    "ornate",
    "dark-background",
    "letter-spaced",
    "sentence",
    "date-range",
    "distractor-person",
    "appreciation",
)

TEMPLATE = """<style>
.wd { position:absolute; inset:0;
  background: repeating-linear-gradient(${grain_deg}deg, rgba(0,0,0,.10) 0 2px, transparent 2px 7px, rgba(255,255,255,.05) 7px 9px, transparent 9px 15px),
              linear-gradient(135deg, ${wood1}, ${wood2} 50%, ${wood1}) }
.pl { position:absolute; inset:${inset}px; background: linear-gradient(160deg, ${plate1}, ${plate2});
  border:6px solid ${gold}; box-shadow: 0 0 0 2px #3a2a10, inset 0 0 0 3px #000, inset 0 0 0 5px ${gold_dk}, 0 6px 14px rgba(0,0,0,.45) }
.cn { position:absolute; width:40px; height:40px; border-color:${gold}; border-style:solid }
.w { position:absolute; left:${w_in}px; right:${w_in}px; top:${w_top}px; bottom:${w_bot}px; text-align:center; color:${gold};
  display:flex; flex-direction:column; align-items:center; justify-content:space-between; font-family:${serif} }
.wm { display:flex; align-items:center; gap:12px; font: bold 15px ${sans}; letter-spacing:3px; text-transform:uppercase; color:${pale} }
.wm .y { border:1.5px solid ${gold}; color:${gold}; padding:3px 8px; letter-spacing:2px }
h1 { margin:0; font: ${h1_w} ${h1_px}px ${head}; color:${gold}; line-height:1.1; letter-spacing:1px }
.pr { font: italic 18px ${serif}; color:${pale} }
.co { font: bold ${co_px}px ${head}; letter-spacing:${co_ls}px; text-transform:uppercase; color:#f7e7b0; line-height:1.2 }
.tr { display:inline-block; border-top:1.5px solid ${gold}; border-bottom:1.5px solid ${gold}; padding:5px 26px; font: bold 15px ${sans};
  letter-spacing:4px; color:${gold}; text-transform:uppercase }
.sn { font-size:17px; line-height:26px; color:${pale}; max-width:680px }
.sgs { display:flex; gap:90px }
.sg { width:240px; font: 12.5px ${sans}; color:${pale}; line-height:17px }
.sg .h { font: 28px ${hand}; color:#f2f2f2; line-height:34px; white-space:nowrap }
.sg .l { border-top:1px solid ${gold}; padding-top:4px }
</style>
<div class="wd"></div><div class="pl"></div>
<div class="cn" style="left:${cn_in}px; top:${cn_in}px; border-width:3px 0 0 3px"></div>
<div class="cn" style="right:${cn_in}px; top:${cn_in}px; border-width:3px 3px 0 0"></div>
<div class="cn" style="left:${cn_in}px; bottom:${cn_in}px; border-width:0 0 3px 3px"></div>
<div class="cn" style="right:${cn_in}px; bottom:${cn_in}px; border-width:0 3px 3px 0"></div>
<div class="w">
 <div class="wm"><span>${event}</span><span class="y">${year}</span></div>
 <h1>${heading}</h1>
 <div class="pr">${presented}</div>
 <div class="co">${company}</div>
 <div class="tr">${tier}</div>
 <div class="sn">${sentence}</div>
 <div class="sgs">
  <div class="sg"><div class="h" style="font-size:${sig1_px}px">${sig1}</div><div class="l">${sig1}<br>${role1}</div></div>
  <div class="sg"><div class="h" style="font-size:${sig2_px}px">${sig2}</div><div class="l">${sig2}<br>${role2}</div></div>
 </div>
</div>
"""

SPONSORS = [
    "Restoration Supply Warehouse",
    "Dri-Eaz Distributors of the Northwest",
    "Claims Bridge Software",
    "Mountain States Insurance Group",
    "TruckPro Truckmounts",
    "Benchmark Moisture Meters",
    "Sapphire Hydroxyl Systems",
]


def fill(d):
    from datetime import timedelta

    from corpus import values as V
    from corpus.formats import fmt_range

    r = d.rng
    event = d.pick(V.EVENTS)
    year = d.completed.year
    days = d.pick([2, 2, 3])
    span = fmt_range(d.completed - timedelta(days=days - 1), d.completed, r)
    maker = d.pick(V.MANUFACTURERS)[0]
    company = maker if d.chance(0.5) else d.pick(SPONSORS)
    exhibitor = d.chance(0.35)
    tier = (
        f"Exhibitor · Booth {r.randint(100, 1299)}"
        if exhibitor
        else d.pick(
            [
                "Platinum Sponsor",
                "Gold Sponsor",
                "Silver Sponsor",
                "Title Sponsor",
                "Education Sponsor",
            ]
        )
    )
    venue = d.venue()
    sentence = d.pick(
        [
            f"In grateful recognition of your generous support of the {event} {year}, "
            f"{span}, {venue}.",
            f"With sincere thanks for helping make the {year} {event} a success. Your "
            f"partnership brought our industry together in {venue}, {span}.",
            f"For your continued commitment to the restoration community as "
            f"{'an exhibitor' if exhibitor else 'a sponsor'} of the {event}, {span}.",
        ]
    )
    inset = d.pick([38, 44])
    co_px = 40 if len(company) < 26 else 32
    out = {
        "wood1": d.pick(["#4a2c17", "#5a3520", "#3e2613"]),
        "wood2": d.pick(["#7a4a28", "#6b4226", "#85532e"]),
        "grain_deg": d.pick([88, 92, 95]),
        "plate1": d.pick(["#121212", "#0f1a2a", "#101810"]),
        "plate2": d.pick(["#2a2a2a", "#1f2c40", "#1c2a1c"]),
        "gold": d.pick(["#d4af37", "#c9a227", "#e0bf5a"]),
        "gold_dk": "#8a6d1c",
        "pale": d.pick(["#e8e1cf", "#dcd6c4", "#efe9d8"]),
        "head": d.fonts[d.pick(["display", "serif"])],
        "inset": inset,
        "cn_in": inset + 18,
        "w_in": inset + 60,
        "w_top": inset + 44,
        "w_bot": inset + 38,
        "event": event,
        "year": year,
        "heading": d.pick(
            [
                "Certificate of Appreciation",
                "With Gratitude",
                "Sponsor Recognition",
                "In Appreciation",
            ]
        ),
        "h1_px": d.pick([46, 52]),
        "h1_w": d.pick(["normal", "bold"]),
        "presented": d.pick(["presented to", "proudly presented to", "with thanks to"]),
        "company": company,
        "co_px": co_px,
        "co_ls": d.pick([2, 3, 4]),
        "tier": tier,
        "sentence": sentence,
        "sig1": d.person(),
        "role1": d.pick(["Show Director", "Event Chair", "Exhibits Manager"]),
        "sig2": d.person(),
        "role2": d.pick(["President", "Board Chair", "Executive Director"]),
    }
    for k in ("sig1", "sig2"):
        out[f"{k}_px"] = min(28, int(2 * 240 / len(out[k])))
    return out
