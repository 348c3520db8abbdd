"""Not a CE record: a certificate typeset with the LaTeX letter class and a
large faded logo shipped out behind the page (eso-pic), thanking someone
for serving on a trade show's host committee or volunteer crew. Seven blank
lines of space, a huge bold heading, "This is to certify the participation
of", the person's name bold and large, then a sentence naming the role in
italics, the show in quotes and the town and the span of days; a signer
ranged right "on behalf of" the committee, and a small line with the
volunteer's shift count and badge number. It names a person, an
organisation, dates and numbers, and grants no continuing-education credit."""

SOURCE = "jjomiste/jjomiste.github.io:Certificados/organizer.awk"
KIND = "other"
PAPER = ["a4-portrait", "letter-portrait"]
CATEGORIES = (
    "other",
    "portrait",
    "sentence",
    "date-range",
    "distractor-person",
    "distractor-date",
    "provider-in-logo",
)

TEMPLATE = """<style>
.wm { position:absolute; left:50%; top:300px; width:520px; height:520px; margin-left:-260px; border-radius:50%;
  border:26px solid ${col}; opacity:.09; display:flex; align-items:center; justify-content:center;
  font: bold 150px ${face}; color:${col} }
.x { position:absolute; left:90px; right:90px; text-align:center; font-family:${face}; color:#111 }
h1 { margin:0; font: bold 46px ${face}; letter-spacing:1px }
.l1 { font-size:19px }
.nm { font: bold 30px ${face} }
.s { font-size:19px; line-height:30px }
.s em { font-style:italic }
.sg { position:absolute; right:100px; top:${sig_top}px; text-align:right; font: 17px ${face}; line-height:24px; color:#111 }
.ft { position:absolute; left:90px; right:90px; bottom:60px; font: 11px ${face}; color:#555; display:flex; justify-content:space-between }
</style>
<div class="wm">${mark}</div>
<div class="x" style="top:200px"><h1>${heading}</h1></div>
<div class="x l1" style="top:320px">${intro}</div>
<div class="x nm" style="top:385px">${person}</div>
<div class="x s" style="top:470px">as ${article} <em>${role}</em> at the ${which} “${show}” held in ${city}, ${span}</div>
<div class="sg">${signer}<br>${behalf}</div>
<div class="ft"><span>${shift_line}</span><span>${badge_line}</span></div>
"""


def fill(d):
    from datetime import timedelta

    from corpus import values as V
    from corpus.formats import fmt_range

    event = d.pick(V.EVENTS)
    end = d.completed
    start = end - timedelta(days=d.pick([1, 2, 2]))
    role = d.pick(
        [
            "member of the Host Committee",
            "volunteer of the Show Floor Crew",
            "member of the Organizing Committee",
            "room host of the education program",
            "member of the Registration Desk team",
        ]
    )
    article = "a" if role[0] not in "aeiou" else "an"
    words = [w for w in event.split() if w[0].isupper()]
    shifts = d.rng.randint(2, 6)
    return {
        "face": d.pick([d.fonts["serif"], "'Latin Modern Roman', 'C059', serif", "'P052', serif"]),
        "col": d.pick(["#1f3a5f", "#5b2333", "#0b3d2e", "#444444"]),
        "mark": "".join(w[0] for w in words)[:3],
        "heading": d.pick(["CERTIFICATE", "CERTIFICATE OF SERVICE", "CERTIFICATE"]),
        "intro": d.pick(
            [
                "This is to certify the participation of",
                "This is to acknowledge the service of",
            ]
        ),
        "person": d.person(),
        "article": article,
        "role": role,
        "which": d.pick(["trade show", "convention", "annual show"]),
        "show": f"{event} {end.year}",
        "city": d.city(),
        "span": fmt_range(start, end, d.rng) + ".",
        "sig_top": d.pick([700, 740, 780]),
        "signer": d.person(),
        "behalf": d.pick(
            [
                "on behalf of the Organizing Committee",
                "on behalf of the Host Committee",
                "Volunteer Coordinator",
            ]
        ),
        "shift_line": d.pick(
            [
                f"Shifts served: {shifts} ({shifts * 4} hours)",
                f"Volunteer shifts: {shifts}",
                f"Service: {shifts} shifts of 4 h",
            ]
        ),
        "badge_line": d.pick([f"Badge no. {d.number()}", f"Volunteer ID {d.number('V')}"]),
    }
