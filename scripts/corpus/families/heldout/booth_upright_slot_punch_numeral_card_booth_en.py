"""An upright lanyard card handed over at the certification body's booth:
a slot punch in a dark top panel that holds the show's name in white
letter-spaced capitals, a very large credit numeral with a small unit word
under it, the visit named in one line, then the visitor's name in bold and
two small labelled cells (date, card number); a coloured foot strip with
a line of white fine print."""

SOURCE = (
    "michaellowa844-art/H-Hassan-bike-delivery:mc (upright 200 x 350 card: name block, "
    "company line, tagline foot) and himansusekharsahoo/CHM:application/views/tests/lcard.php "
    "(upright card stacking header, name, fine print); booth-visit CEC wording of trade shows"
)
KIND = "booth"
PAPER = "card-portrait"
CATEGORIES = (
    "wallet",
    "portrait",
    "dark-band",
    "letter-spaced",
    "labelled",
    "provider-in-logo",
)

TEMPLATE = """<style>
.c { position:absolute; inset:0; background:#fff; font-family:${sans}; color:#111; border:1px solid #bbb; border-radius:8px; overflow:hidden }
.tp { background:${dark}; color:#fff; height:98px; padding:30px 8px 0; text-align:center }
.slot { position:absolute; left:50%; top:9px; width:52px; height:9px; margin-left:-26px; border-radius:5px; background:#fff; border:1px solid #999 }
.tp b { display:block; font: bold ${p_px}px ${cond}; letter-spacing:1.5px; text-transform:uppercase; line-height:13px }
.tp span { display:block; font-size:7px; letter-spacing:2px; margin-top:5px; opacity:.85 }
.big { text-align:center; font: bold 50px ${display}; color:${accent}; line-height:50px; margin-top:6px }
.u { text-align:center; font: bold 7.5px ${sans}; letter-spacing:2.5px; color:#444 }
.ti { text-align:center; font: 9px ${sans}; color:${dark}; margin:4px 8px 0 }
.nm { text-align:center; font: bold ${n_px}px ${sans}; margin:7px 6px 0; line-height:14px }
.g { display:flex; margin:6px 10px 0; gap:6px }
.g div { flex:1; font: bold 8.5px ${sans}; border-top:1px solid #ccc; padding-top:2px }
.g small { display:block; font: 6px ${sans}; color:#777; text-transform:uppercase; letter-spacing:.5px }
.ft { position:absolute; left:0; right:0; bottom:0; background:${accent}; color:#fff; font: 6px ${sans}; padding:4px 8px; text-align:center; line-height:8px }
</style>
<div class="c">
 <div class="tp"><div class="slot"></div><b>${provider}</b><span>${sub}</span></div>
 <div class="big">${hours}</div>
 <div class="u">${unit}</div>
 <div class="ti">${title}</div>
 <div class="nm">${name}</div>
 <div class="g"><div><small>${date_label}</small>${date}</div><div><small>${no_label}</small>${no}</div></div>
 <div class="ft">${fine}</div>
</div>
"""


def fill(d):
    prov = d.provider(d.pick([None, "upper"]))
    name = d.name(d.pick(["plain", "upper"]))
    return {
        "provider": prov,
        "p_px": 11 if len(prov) < 28 else 9.5,
        "sub": d.pick(["IICRC BOOTH", "CERTIFICATION BOOTH", "CEC STATION"]),
        "hours": d.hours_number(),
        "unit": d.pick(["CEC HOURS", "CECs", "CEC CREDIT"]),
        "title": d.set_title(
            d.pick(["IICRC Booth Registration", "IICRC Booth Visit", "Booth Registration"]),
            ["IICRC Booth Registration"],
        ),
        "name": name,
        "n_px": 12 if len(name) < 22 else 10,
        "date_label": d.pick(["Visited", "Date"]),
        "date": d.date(d.pick(["us_numeric", "us_short", "short_month", "iso"])),
        "no_label": d.pick(["Card", "No.", "Ref"]),
        "no": d.rng.randrange(10000, 99999),
        "fine": d.pick(
            [
                "Credit is posted to your record after the show.",
                "Keep this card with your certification records.",
                "One booth credit per show. Not transferable.",
            ]
        ),
    }
