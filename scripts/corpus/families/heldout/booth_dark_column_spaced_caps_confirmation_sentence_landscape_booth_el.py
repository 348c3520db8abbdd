"""A confirmation of a booth registration on landscape letter paper, left
to right in two parts. A dark column down the left third holds the show's
name stacked in white letter-spaced capitals, a thin rule and the venue.
The right part reads as one short letter with no labelled fields: a large
serif heading, a paragraph that runs the visitor's name, the booth, the
show and the day in words into one sentence, then the credit written out
with its figure in brackets. A date of issue and a reference number sit
above the signature of the booth's coordinator, with her or his title."""

SOURCE = (
    "dadrasarmin/luciferchenka:003_confirm_generator/output/Alice_Johnson.md (confirmation of "
    "participation: ragged-right paragraph, date of issue, signed by); wording of IICRC booth "
    "credit confirmations"
)
KIND = "booth"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "landscape",
    "dark-band",
    "sentence",
    "provider-in-logo",
    "letter-spaced",
    "distractor-person",
    "distractor-date",
)

TEMPLATE = """<style>
.p { position:absolute; inset:0; background:#fff }
.col { position:absolute; left:0; top:0; bottom:0; width:34%; background:${dark}; color:#fff; padding:70px 34px; font-family:${sans} }
.col .ev { font: bold 24px/40px ${sans}; letter-spacing:7px; text-transform:uppercase }
.col hr { border:0; border-top:1px solid rgba(255,255,255,0.6); margin:26px 0 }
.col .v { font-size:14px; letter-spacing:2px; line-height:22px; opacity:0.9 }
.col .foot { position:absolute; left:34px; right:34px; bottom:40px; font-size:11px; letter-spacing:1px; opacity:0.75 }
.r { position:absolute; left:39%; right:60px; top:90px; font: 17px/30px ${serif}; color:#1f1f1f }
.r h1 { font: ${h_size}px/1.1 ${display}; color:${dark}; margin:0 0 30px; font-weight:normal }
.r p { margin:0 0 18px }
.r .nm { font-weight:bold }
.iss { position:absolute; left:39%; bottom:190px; font: 14px ${sans}; color:#444; line-height:22px }
.sg { position:absolute; right:60px; bottom:130px; width:270px; text-align:center; font: 15px ${serif} }
.sg .ink { font: 30px ${hand}; color:#1d2f7a; line-height:36px }
.sg div.l { border-top:1px solid #333; padding-top:5px }
.sg small { display:block; font: 12.5px ${sans}; color:#555 }
</style>
<div class="p">
 <div class="col"><div class="ev">${event}</div><hr><div class="v">${venue}</div><div class="foot">${booth_line}</div></div>
 <div class="r">
  <h1>${heading}</h1>
  <p>${opening} <span class="nm">${name}</span> ${verb} ${booth_phrase} ${at} ${event_again} ${on} ${date}.</p>
  <p>${credit_a} <i>${title}</i> ${credit_mid} <b>${hours}</b> ${credit_b}</p>
 </div>
 <div class="iss">${issued_label} ${issued}<br>${ref_label} ${ref}</div>
 <div class="sg"><div class="ink">${signer}</div><div class="l">${signer}<small>${signer_role}</small></div></div>
</div>
"""


def fill(d):
    whole = d.credit == int(d.credit) and d.credit >= 2
    event = d.provider()
    return {
        "h_size": d.pick([40, 44]),
        "event": event,
        "venue": d.venue(),
        "booth_line": f"IICRC booth {d.rng.randrange(100, 1999)}",
        "heading": d.pick(["Booth Visit Confirmation", "Confirmation of Booth Registration"]),
        "opening": d.pick(
            ["This letter confirms that", "We are glad to confirm that", "This is to confirm that"]
        ),
        "name": d.name(d.pick(["plain", "honorific"])),
        "verb": d.pick(["registered at", "signed in at", "visited"]),
        "booth_phrase": d.pick(["the IICRC booth", "the booth of the IICRC"]),
        "at": d.pick(["during", "on the show floor of"]),
        "event_again": event,
        "on": "on",
        "date": d.date("words" if d.chance(0.6) else "long"),
        "credit_a": d.pick(["Under IICRC policy,", "As set out in the renewal rules,"]),
        "title": d.set_title(
            d.pick(["IICRC Booth Registration", "IICRC booth registration"]),
            ["IICRC Booth Registration"],
        ),
        "credit_mid": d.pick(
            ["at a recognised trade show is credited with", "at an approved show counts for"]
        ),
        "hours": d.hours("words") if whole else d.hours_number() + " CEC",
        "credit_b": d.pick(
            ["of continuing education.", "toward renewal.", "for renewal purposes."]
        ),
        "issued_label": d.pick(["Date of issue:", "Issued"]),
        "issued": d.other_date("issue", "long"),
        "ref_label": d.pick(["Reference", "Ref. no."]),
        "ref": d.number(),
        "signer": d.person(),
        "signer_role": d.pick(["IICRC Booth Coordinator", "Show Education Manager", "Registrar"]),
    }
