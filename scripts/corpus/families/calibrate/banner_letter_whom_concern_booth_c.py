"""A short portrait letter set with a standard letter class: a full-width
banner across the head (a dark band with the show's name in white over its
dates and venue), "To whom it may concern," at the left, one paragraph
certifying the booth visit in a running sentence, and the closing place and
date with a scanned signature, the signer's name and role indented to the
right half of the page."""

SOURCE = "aederocl/AleLOCUtilities:certificate.tex"
KIND = "booth"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "portrait",
    "letter",
    "sentence",
    "dark-band",
    "provider-in-logo",
    "date-range",
    "distractor-date",
    "distractor-person",
)

TEMPLATE = """<style>
.w { position:absolute; left:118px; right:118px; top:70px; bottom:80px; font: 17px ${serif}; color:#111; line-height:25px }
.bn { height:150px; background:linear-gradient(100deg, ${dark} 0 68%, ${accent} 68% 100%); color:#fff; position:relative;
  padding:22px 28px; font-family:${sans} }
.bn .ev { font-size:29px; font-weight:bold; line-height:33px; max-width:72% }
.bn .sub { font-size:14px; margin-top:10px; opacity:0.95 }
.bn .tag { position:absolute; right:22px; bottom:18px; width:23%; text-align:right; font-size:13px; font-weight:bold; line-height:16px }
.to { margin-top:64px }
.body { margin-top:48px; text-indent:28px; text-align:justify }
.cl { margin-left:50%; margin-top:44px }
.cl .h { font-family:${hand}; font-size:34px; color:#1e2f6b; height:64px; margin-top:18px; line-height:64px }
</style>
<div class="w">
 <div class="bn"><div class="ev">${event}</div><div class="sub">${show_range}  |  ${venue}</div><div class="tag">${tag}</div></div>
 <div class="to">To whom it may concern,</div>
 <div class="body">This is to certify that ${name} ${what} at the ${event_alt}, held at the ${venue_short}, on ${date}. ${credit_sentence}</div>
 <div class="cl">${city}, ${issued}
  <div class="h">${signer}</div>
  ${signer}<br>${signer_role}
 </div>
</div>
"""


def fill(d):
    from datetime import timedelta

    from corpus.formats import fmt_range

    before, after = d.pick([(0, 2), (1, 1), (2, 0), (1, 2), (2, 1)])
    show_range = fmt_range(
        d.completed - timedelta(days=before), d.completed + timedelta(days=after), d.rng
    )
    event = d.provider()
    venue = d.venue()
    booth_no = d.rng.randrange(100, 2999)
    if d.chance(0.5):
        title = d.set_title("IICRC Booth Registration")
        what = f"completed the {title} at Booth {booth_no} in the exhibit hall"
    else:
        what = d.pick(
            [
                f"registered at the IICRC booth (Booth {booth_no}) in the exhibit hall",
                f"visited the IICRC booth, No. {booth_no}, and had their badge scanned",
            ]
        )
    form = d.pick(["recorded", "earned", "posted"])
    if form == "earned":
        credit_sentence = f"Credit earned: {d.hours(d.pick(['words', 'cec_hours', 'words_cec']))}."
    elif form == "recorded":
        credit_sentence = (
            f"This visit is recorded as {d.hours('cec_hours')} of continuing education."
        )
    else:
        credit_sentence = (
            f"The IICRC will post {d.hours(d.pick(['cecs', 'cec_hours']))} "
            "to the registrant's certification record."
        )
    return {
        "event": event,
        "show_range": show_range,
        "venue": venue,
        "tag": d.pick(
            ["Exhibit Hall & Education", "Trade Show + Conference", "Exhibitor Services"]
        ),
        "name": d.name(d.pick(["plain", "plain", "honorific"])),
        "what": what,
        "event_alt": d.org_alt,
        "venue_short": venue.split(",")[0],
        "date": d.date(d.pick(["long", "weekday", "ordinal", "dmy_long"])),
        "credit_sentence": credit_sentence,
        "city": d.city().split(",")[0],
        "issued": d.other_date("issue", d.pick(["long", "dmy_long", "short_month"])),
        "signer": d.person(),
        "signer_role": d.pick(
            [
                "Chairperson of the Education Committee",
                "Show Manager",
                "Exhibitor Relations Coordinator",
            ]
        ),
    }
