"""A landscape attendance certificate generated for each row of a list: two
logo tiles pushed to the top corners, "Certificate of attendance" in large
bold type, the name equally large, then short centred lines that make one
sentence: "has attended:", the event type, session and organiser in
parentheses in bold, "by: <speaker> with date: <date>", "and a duration of
<n> hour(s).", and "Signed by:" over a signature, the signer and the
signer's role."""

SOURCE = "EcologyR/labeleR:inst/rmarkdown/templates/attendance_EN/skeleton/skeleton.Rmd"
KIND = "session"
PAPER = ["a4-landscape", "letter-landscape"]
CATEGORIES = (
    "landscape",
    "sentence",
    "distractor-person",
    "date-range",
    "two-logos",
    "hours-in-sentence",
)

TEMPLATE = """<style>
.w { position:absolute; inset:38px 76px 40px; display:flex; flex-direction:column; align-items:center; justify-content:space-between;
  text-align:center; font-family:${face}; color:#111 }
.logos { align-self:stretch; display:flex; justify-content:space-between }
.lg { width:176px; height:118px; padding-top:18px; text-align:center }
.lg .i { font: bold 34px ${display}; letter-spacing:2px; line-height:40px }
.lg small { display:block; font: 10px ${sans}; letter-spacing:1px; line-height:14px; margin-top:6px }
.lg.a { background:${dark}; color:#fff }
.lg.b { border:3px solid ${accent}; color:${accent}; padding-top:15px } .lg.b small { font-weight:bold; padding:0 8px }
.big { font-size:46px; font-weight:bold; line-height:52px }
.nm { font-size:44px; line-height:50px } .nm.sc { font-family:${script} }
.l { font-size:21px; line-height:28px } .l b { font-weight:bold }
.sg .h { font: 30px ${hand}; color:#1c2c66; line-height:40px }
</style>
<div class="w">
 <div class="logos"><div class="lg a"><div class="i">${mark}</div><small>${mark_sub}</small></div>
  <div class="lg b"><div class="i">${partner_mark}</div><small>${partner_line}</small></div></div>
 <div class="big">${heading}</div>
 <div class="nm ${nm_class}">${name}</div>
 <div class="l">${attended}</div>
 <div class="l"><b>${type} - ${title} (${org})</b></div>
 <div class="l">${by_line}</div>
 <div class="l">${duration_line}</div>
 <div class="l">Signed by:</div>
 <div class="sg"><div class="h">${signer}</div><div class="l">${signer}</div><div class="l">${signer_role}</div></div>
</div>
"""


def fill(d):
    from datetime import timedelta

    from corpus import values as V
    from corpus.formats import fmt_range

    org = d.provider()
    words = [w for w in (d.org_alt or org).split() if w[0].isupper()]
    partner = d.pick([m for m, _ in V.MANUFACTURERS] + V.ASSOCIATIONS[:3])
    speaker = d.person()
    name = d.name(d.pick(["plain", "plain", "upper"]))
    title = d.title("plain")
    date = d.date(d.pick(["us_numeric", "dmy_numeric", "long", "iso"]))
    show = fmt_range(
        d.completed - timedelta(days=d.pick([0, 1, 2])),
        d.completed + timedelta(days=d.pick([0, 1, 2])),
        d.rng,
    )
    n = d.hours_number()
    by_line = d.pick(
        [
            f"by: {speaker} with date: {date}",
            f"by: {speaker}, on: {date}",
            f"presented by {speaker} on {date}",
        ]
    )
    return {
        "face": d.fonts[d.pick(["serif", "sans"])],
        "mark": "".join(w[0] for w in words)[:3],
        "mark_sub": show,
        "partner_mark": "".join(w[0] for w in partner.split() if w[0].isupper())[:3],
        "partner_line": d.pick(["Education sponsor: ", "Sponsored by "]) + partner,
        "heading": d.pick(
            ["Certificate of attendance", "Certificate of Attendance", "Attendance Certificate"]
        ),
        "nm_class": d.pick(["", "", "sc"]),
        "name": name,
        "attended": d.pick(["has attended to:", "has attended:", "attended the session:"]),
        "type": d.pick(["Seminar", "Breakout session", "Workshop", "Education session"]),
        "title": title,
        "org": org,
        "by_line": by_line,
        "duration_line": d.pick(
            [f"and a duration of {n} hour(s).", f"with a duration of {n} hour(s)."]
        ),
        "signer": d.person(),
        "signer_role": d.pick(
            ["Education Committee Chair", "Show Director", "Conference Education Manager"]
        ),
    }
