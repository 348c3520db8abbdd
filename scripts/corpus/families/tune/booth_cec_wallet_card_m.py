"""A wallet card handed out at the certification body's booth of a trade
show: a dark band with a round show emblem (the show's name set inside the
ring) and the card's purpose, then the visitor's name, the booth-visit
credit, the date and a card number in small labelled cells, and a line
on the back-edge about posting the credit."""

SOURCE = (
    "https://www.randrmagonline.com/articles/85420-iicrc-continuing-education (booth visit earns "
    "CECs) and CenterForOpenScience/osf.io:website/addons/badges/templates/view_assertion.mako "
    "(issuer emblem beside the award)"
)
KIND = "booth"
PAPER = "card"
CATEGORIES = ("wallet", "dark-band", "labelled", "landscape", "provider-in-logo")

TEMPLATE = """<style>
.c { position:absolute; inset:0; border-radius:9px; overflow:hidden; background:#fff; border:1px solid #aaa; font-family:${sans} }
.band { height:58px; background:${dark}; color:#fff; padding:6px 9px 0 }
.em { display:inline-block; border-radius:10px; border:2px solid ${accent}; background:#fff; color:${dark}; font: bold 9px ${cond}; padding:2px 9px; white-space:nowrap; letter-spacing:.3px }
.pt { font: bold 10.5px ${sans}; letter-spacing:0.4px; line-height:12px; margin-top:5px } .pt small { font-weight:normal; font-size:7.5px; opacity:.85; margin-left:6px }
.nm { font: bold 14px ${sans}; margin:8px 10px 2px; color:#000; white-space:nowrap }
.ti { font-size:8.5px; margin:0 10px; color:${dark} }
.g { display:flex; margin:7px 10px 0; gap:8px } .g div { flex:1 }
.g small { display:block; font-size:5.8px; color:#666; text-transform:uppercase; letter-spacing:.3px } .g b { font-size:8.5px }
.ft { position:absolute; left:10px; right:10px; bottom:4px; font-size:5.5px; color:#555 }
</style>
<div class="c">
 <div class="band"><div class="em">${event}</div><div class="pt">${purpose}<small>${sub}</small></div></div>
 <div class="nm">${name}</div>
 <div class="ti">${title}</div>
 <div class="g"><div><small>${date_label}</small><b>${date}</b></div><div><small>Credit</small><b>${hours}</b></div><div><small>Card</small><b>${card}</b></div></div>
 <div class="ft">${fine}</div>
</div>
"""


def fill(d):
    return {
        "event": d.provider(),
        "purpose": d.pick(["CONTINUING EDUCATION", "CEC CREDIT CARD", "BOOTH VISIT CREDIT"]),
        "sub": d.pick(["Present when renewing", "Keep with your certification card"]),
        "name": d.name(d.pick(["plain", "upper"])),
        "title": d.set_title(
            d.pick(["IICRC Booth Registration", "IICRC Booth Visit"]), ["IICRC Booth Registration"]
        ),
        "date_label": d.pick(["Visited", "Date", "Scanned"]),
        "date": d.date(d.pick(["us_numeric", "short_month", "us_short"])),
        "hours": d.hours(d.pick(["cecs", "cec_hours", "hrs"])),
        "card": d.number(),
        "fine": d.pick(
            [
                "Credit posts to your registrant record automatically. One visit per show.",
                "Not valid for class credit. Lost cards cannot be reissued at the show.",
            ]
        ),
    }
