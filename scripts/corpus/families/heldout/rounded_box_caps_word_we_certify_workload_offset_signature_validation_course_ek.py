"""An event system's certificate printed from HTML to PDF on a landscape
sheet: one thin black box with slightly rounded corners, a logo at the top,
a single huge word in plain sans capitals, then one long running sentence
with no labels (we certify that the named person took part in the course,
held over the dates, with a total load of hours), a signature pushed to the
right with the organiser's name in bold and "organiser" under it, and a
small left-aligned paragraph at the bottom on how to validate the
certificate with a code."""

SOURCE = "josofm/unieventos:app/View/Invoices/pdf/view.ctp"
KIND = "course"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "landscape",
    "sentence",
    "date-range",
    "hours-in-sentence",
    "provider-under-signature",
    "plain",
    "distractor-person",
)

TEMPLATE = """<style>
.b { position:absolute; left:50%; top:50%; transform:translate(-50%,-50%); width:calc(100% - 110px); height:calc(100% - 90px);
  border:1px solid #000; border-radius:5px; padding:22px 48px; font-family:${face}; text-align:center; color:#000 }
.lg { height:58px; display:flex; align-items:center; justify-content:${logo_pos}; gap:10px }
.lg .m { width:54px; height:54px; border:3px solid ${dark}; border-radius:${radius}; display:flex; align-items:center; justify-content:center;
  font: bold 20px ${face}; color:${dark} }
h1 { font-size:${h_px}px; text-transform:uppercase; margin:14px 0 0; font-weight:bold; letter-spacing:1px }
.tx { margin:${tx_gap}px 0 0; font-size:${tx_px}px; line-height:1.55 }
.ft { position:absolute; left:48px; right:48px; bottom:26px; display:flex; justify-content:space-between; align-items:flex-end }
.va { width:380px; text-align:left; font-size:12.5px; line-height:17px; color:#222 }
.sg { width:330px; font-size:17px; line-height:22px; position:relative; padding-top:44px }
.sg i { position:absolute; left:0; right:0; top:0; font: normal 34px ${hand}; color:#1e2f73 }
.sg .l { border-top:1px solid #000; margin-bottom:4px }
</style>
<div class="b">
 <div class="lg"><div class="m">${initials}</div></div>
 <h1>${word}</h1>
 <p class="tx">${sentence_html}</p>
 <div class="ft">
  <p class="va">${validate}</p>
  <div class="sg"><i>${sig}</i><div class="l"></div><strong>${org}</strong><br>${org_role}</div>
 </div>
</div>
"""


def fill(d):
    import html

    e = html.escape
    name = d.name(d.pick(["plain", "plain", "upper"]))
    title = d.title(d.pick(["plain", "plain", "with_code"]))
    span = d.date_range(d.pick([1, 1, 2]))
    how = d.pick(["n_hours", "words", "n_cec"])
    if how == "words":
        hours = d.hours("words")
    else:
        hours = f"{d.hours_number()} {'hours' if how == 'n_hours' else 'CEC hours'}"
    place = d.pick([d.city(), d.venue()])
    verb = d.pick(["participated in", "took part in", "attended and completed"])
    load = d.pick(["with a total workload of", "with a total course load of", "for a total of"])
    sentence_html = (
        f"{e(d.pick(['We certify that', 'We hereby certify that', 'This certifies that']))} "
        f"<strong>{e(name)}</strong> {e(verb)} the course <strong>{e(title)}</strong>, "
        f"held {e(span)} in {e(place)}, {e(load)} {e(hours)}."
    )
    org = d.provider()
    words = [w for w in org.replace("&", "").replace(",", "").split() if w[:1].isupper()]
    code = d.pick(
        [
            d.number(),
            f"{d.rng.randrange(16**7, 16**8):08X}",
            f"{d.rng.randrange(16**5, 16**6):06x}-{d.rng.randrange(1000, 9999)}",
        ]
    )
    validate = d.pick(
        [
            f"To validate this certificate, go to {d.web()}/validate and enter the code {code}.",
            f"Validation code: {code}. Authenticity can be checked at {d.web()}.",
            f"This document can be verified at {d.web()}/certificates using code {code}.",
        ]
    )
    long = len(sentence_html) > 260
    return {
        "face": d.pick(["Arial, 'Liberation Sans', sans-serif", d.fonts["sans"]]),
        "logo_pos": d.pick(["center", "flex-start"]),
        "radius": d.pick(["50%", "6px"]),
        "initials": "".join(w[0] for w in words)[:3],
        "word": d.pick(["Certificate", "Certificate", "Certification"]),
        "h_px": d.pick([50, 56]),
        "tx_px": 22 if not long else 20,
        "tx_gap": d.pick([46, 60]),
        "sentence_html": sentence_html,
        "validate": validate,
        "sig": d.person(),
        "hand": d.fonts["hand"],
        "org": org,
        "org_role": d.pick(["Course organizer", "Event organizer", "Organizing school"]),
    }
