"""A participation certificate made by a mail-merge script that writes each
attendee's values into an SVG template in capital letters: two thin frames
in one accent colour, a spaced-out heading in that colour, short plain
connectors between centred value lines (the attendee over a coloured rule,
a registrant number, the session, where it was held, the date with the start
and end times and the credit), one signature rule captioned with the
organisers' name in the accent colour, and a tiny generator footnote."""

SOURCE = "ColombiaPython/certificate-generator:template.svg"
KIND = "session"
PAPER = ["a4-landscape", "letter-landscape"]
CATEGORIES = (
    "landscape",
    "sentence",
    "letter-spaced",
    "tiny-footer",
    "distractor-date",
)

TEMPLATE = """<style>
.f1 { position:absolute; left:3.37%; right:3.37%; top:4.76%; bottom:4.76%; border:4px solid ${acc} }
.f2 { position:absolute; left:4.38%; right:4.38%; top:6.19%; bottom:6.19%; border:1.2px solid ${acc} }
.c { position:absolute; left:8%; right:8%; text-align:center; color:#2b2b2b; font-family:${face}; white-space:nowrap }
.ti { top:17%; font-weight:bold; font-size:32px; letter-spacing:3px; color:${acc} }
.lb { font-size:21px }
.nm { top:36%; font-weight:bold; font-size:${name_size}px }
.rl { position:absolute; left:11.8%; right:11.8%; top:44.3%; border-top:1.5px solid ${acc} }
.dl { font-size:19px }
.ev { font-weight:bold; font-size:${title_size}px }
.sl { position:absolute; left:33.3%; right:33.3%; top:84.7%; border-top:1px solid #2b2b2b }
.sg { top:85.6%; font-size:17px } .og { top:89.2%; font-size:17px; color:${acc} }
.tn { position:absolute; right:8%; bottom:1.6%; font: 9px ${mono}; color:#777 }
</style>
<div class="f1"></div><div class="f2"></div>
<div class="c ti">${heading}</div>
<div class="c lb" style="top:28.5%">${certifies}</div>
<div class="c nm">${name}</div>
<div class="rl"></div>
<div class="c dl" style="top:46%">${id_line}</div>
<div class="c lb" style="top:53.5%">${participated}</div>
<div class="c ev" style="top:59.5%">${title}</div>
<div class="c dl" style="top:67.5%">${place_line}</div>
<div class="c dl" style="top:72.5%">${date_line}</div>
<div class="sl"></div>
<div class="c sg">${sign_label}</div>
<div class="c og">${org}</div>
<div class="tn">${tiny}</div>
"""


def _clock(minutes):
    h, m = divmod(minutes, 60)
    suffix = "a.m." if h < 12 else "p.m."
    return f"{(h - 1) % 12 + 1}:{m:02d} {suffix}"


def fill(d):
    name = d.name("upper")
    title = d.title("upper")
    start = d.pick([8 * 60, 9 * 60, 10 * 60 + 30, 13 * 60, 14 * 60 + 30, 15 * 60 + 45])
    end = start + round(d.credit * 60)
    hours = d.hours(d.pick(["cec_hours", "hrs", "iicrc_cec", "cecs"]))
    date = d.date(d.pick(["long_upper", "long_upper", "dd_mon_yyyy", "iso"]))
    venue = d.venue().upper()
    return {
        "acc": d.pick(["#e6337f", "#1e6091", "#8b0000", "#2d6a4f", "#6a4c93", "#b85c00"]),
        "face": d.fonts["sans"],
        "heading": d.pick(
            ["CERTIFICATE OF PARTICIPATION", "CERTIFICATE OF ATTENDANCE", "SESSION CERTIFICATE"]
        ),
        "certifies": d.pick(["This certifies that", "We certify that"]),
        "name": name,
        "name_size": "44" if len(name) <= 24 else "36",
        "id_line": d.pick(["IICRC registrant no.", "badge no.", "member no."])
        + f" {d.rng.randrange(100000, 999999)}",
        "participated": d.pick(
            ["participated in the education session", "attended the session", "took part in"]
        ),
        "title": title,
        "title_size": "30" if len(title) <= 40 else "25",
        "place_line": f"held at {venue}",
        "date_line": f"on {date}, from {_clock(start)} to {_clock(end)} · {hours}",
        "sign_label": d.pick(["Organization", "Organizing Committee", "Education Chair"]),
        "org": d.provider("upper"),
        "tiny": f"certg · {d.number('#')} · generated {d.other_date('issue', 'iso')}",
    }
