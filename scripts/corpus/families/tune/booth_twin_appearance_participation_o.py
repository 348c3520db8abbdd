"""One portrait sheet holding two certificates for the same visitor, one
above the other, each in a thin grey border on a faint tinted ground: the
show's wordmark and a small IICRC line at the top, a bold capitalised title
(a certificate of appearance above, one of participation below), a lead-in,
the visitor's name in bold capitals, a centred sentence naming the booth
registration, the show, its dates and the venue (the lower one adds the CEC
credit), "Given this ... at ..." with the day it was signed, and the booth
coordinator's name and office under a signature."""

SOURCE = "Rheymann14/asean:resources/js/lib/certificates.ts"
KIND = "booth"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "portrait",
    "sentence",
    "date-range",
    "distractor-person",
    "hours-in-sentence",
    "distractor-date",
)

TEMPLATE = """<style>
.pg { position:absolute; inset:30px; display:flex; flex-direction:column; gap:26px }
.c { flex:1; border:1px solid #d5d8dd; padding:18px 40px; display:flex; flex-direction:column; justify-content:center;
  text-align:center; font-family:${serif}; color:#111; background:linear-gradient(rgba(255,255,255,0.62), rgba(255,255,255,0.62)), ${tint} }
.wm { font: bold 17px ${sans}; letter-spacing:2px; text-transform:uppercase; color:${dark} }
.wm2 { font: 11px ${sans}; letter-spacing:1.5px; color:#555; margin:3px auto 0; padding-bottom:8px; border-bottom:2px solid ${accent}; width:300px }
.ti { font-size:27px; font-weight:bold; letter-spacing:1px; margin:18px 0 12px }
.ld { font-size:16px; margin-top:4px }
.rc { font-size:23px; font-weight:bold; margin-top:8px }
.tx { font-size:15.5px; line-height:24px; margin:12px auto 0; max-width:600px }
.v { font-weight:bold }
.gv { font-size:14px; margin-top:16px }
.sg { margin-top:20px } .sg .h { font: 24px ${hand}; line-height:28px; color:#1a2a6c }
.sn { font-size:14px; font-weight:bold } .st { font-size:12px }
</style>
<div class="pg">
 <div class="c">
  <div class="wm">${wordmark}</div><div class="wm2">${wm_sub}</div>
  <div class="ti">CERTIFICATE OF APPEARANCE</div>
  <div class="ld">This is to certify that</div>
  <div class="rc">${name}</div>
  <div class="tx">has appeared at the <span class="v">${title}</span> during the conduct of <span class="v">${event}</span> on <span class="v">${span}</span> at <span class="v">${venue}</span>.</div>
  <div class="gv">Given this ${given} at ${venue}.</div>
  <div class="sg"><div class="h">${signer}</div><div class="sn">${signer}</div><div class="st">${office}</div></div>
 </div>
 <div class="c">
  <div class="wm">${wordmark}</div><div class="wm2">${wm_sub}</div>
  <div class="ti">CERTIFICATE OF PARTICIPATION</div>
  <div class="ld">This certificate is hereby given to</div>
  <div class="rc">${name}</div>
  <div class="tx">for participating in the <span class="v">${title}</span> at <span class="v">${event}</span> on <span class="v">${span}</span> at <span class="v">${venue}</span>, ${credit_phrase} <span class="v">${hours}</span>.</div>
  <div class="gv">Given this ${given} at ${venue}.</div>
  <div class="sg"><div class="h">${signer}</div><div class="sn">${signer}</div><div class="st">${office}</div></div>
 </div>
</div>
"""


def fill(d):
    from datetime import timedelta

    from corpus.formats import MONTHS, suffix

    event = d.provider()
    given_day = d.completed + timedelta(days=d.pick([0, 0, 1, 3, 7]))
    given = (
        f"{given_day.day}{suffix(given_day.day)} day of "
        f"{MONTHS[given_day.month - 1]} {given_day.year}"
    )
    return {
        "tint": d.pick(["#dbe7f3", "#efe6d2", "#e3efe3", "#eadff0"]),
        "wordmark": d.org_alt,
        "wm_sub": d.pick(["IICRC booth · continuing education", "with the IICRC booth"]),
        "name": d.name("upper"),
        "title": d.set_title(
            d.pick(["IICRC Booth Registration", "IICRC Booth Registration", "IICRC booth"]),
            ["IICRC Booth Registration"],
        ),
        "event": event,
        "span": d.date_range(d.pick([1, 2, 2])),
        "venue": d.venue(),
        "given": given,
        "signer": d.person(),
        "office": d.pick(
            ["IICRC Booth Coordinator", "Show Education Manager", "IICRC Representative"]
        ),
        "credit_phrase": d.pick(["and is credited with", "earning", "for a credit of"]),
        "hours": d.hours(d.pick(["cecs", "cec_hours", "words_cec"])),
    }
