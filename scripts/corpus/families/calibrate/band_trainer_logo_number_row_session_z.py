"""A half-sheet certificate for one convention session: a dark band across
the top with the heading in white, an opening line, the attendee's name in
bold, a running sentence with the session in quotes, the credit and the
date, and a three-cell bottom row: the speaker's signature on the left,
the show's logo in the middle (the only place the show is named) and the
certificate number on the right."""

SOURCE = "soul-wellness/uspace:manager/views/certificates/generate.php"
KIND = "session"
PAPER = ["half-letter", "letter-landscape"]
CATEGORIES = (
    "dark-band",
    "provider-in-logo",
    "sentence",
    "hours-in-sentence",
    "landscape",
    "distractor-person",
)

TEMPLATE = """<style>
.pg { position:absolute; inset:0; background:radial-gradient(circle at 85% 110%, ${light} 0 38%, #fff 38.2%) }
.band { position:absolute; left:0; right:0; top:0; height:${band_h}%; background:${dark}; display:flex; align-items:center; justify-content:center }
.band h1 { margin:0; color:#fff; font: bold ${h1_vw}vw ${head}; letter-spacing:0.3vw; text-transform:uppercase }
.c { position:absolute; left:8%; right:8%; top:${c_top}%; text-align:center; font-family:${face}; color:#333 }
.o { font-size:2.1vw } .nm { font: bold 4.4vw ${face}; color:#111; margin:1.4vw 0 1.2vw; line-height:1.15 }
.s { font-size:2.1vw; line-height:1.55; max-width:74vw; margin:0 auto }
.row { position:absolute; left:6%; right:6%; bottom:6%; display:flex; justify-content:space-between; align-items:flex-end; font-family:${face} }
.row .cell { width:30%; text-align:center; font-size:1.55vw; color:#444 }
.row .hand { font: 3.2vw ${hand}; color:#1b2a66; white-space:nowrap; border-bottom:1px solid #888; padding-bottom:0.3vw; margin-bottom:0.5vw }
.logo { display:inline-flex; flex-direction:column; align-items:center; justify-content:center; width:15vw; height:15vw; border-radius:${logo_radius};
  border:0.5vw solid ${accent}; color:${accent}; font: bold 1.5vw ${cond}; text-transform:uppercase; line-height:1.15; padding:1vw; text-align:center }
.logo .ic { font-size:3vw; line-height:3.2vw }
.no { font: 1.5vw ${mono}; color:#333 }
</style>
<div class="pg"></div>
<div class="band"><h1>${heading}</h1></div>
<div class="c">
 <div class="o">${opening}</div>
 <div class="nm">${name}</div>
 <div class="s">${sentence}</div>
</div>
<div class="row">
 <div class="cell"><div class="hand">${speaker}</div>${speaker}, ${speaker_role}</div>
 <div class="cell"><span class="logo"><span class="ic">${icon}</span>${event}</span></div>
 <div class="cell"><div class="no">${cert_no}</div>${no_label}</div>
</div>
"""


def fill(d):
    name = d.name(d.pick(["plain", "plain", "upper"]))
    title = d.title("plain")
    event = d.provider(d.pick([None, "upper"]))
    hours = d.hours(d.pick(["cec_hours", "words", "hours_title", "hrs", "cecs"]))
    date = d.date(d.pick(["long", "ordinal", "weekday", "dmy_long"]))
    sentence = d.pick(
        [
            f"attended the education session “{title}” and earned {hours} on {date}.",
            f"has completed the session “{title}” on {date}, for {hours}.",
            f"was present for the full session “{title}”, {date} ({hours}).",
        ]
    )
    return {
        "band_h": d.pick([20, 22, 24]),
        "c_top": 30,
        "h1_vw": d.pick([3.6, 4.0]),
        "head": d.fonts[d.pick(["display", "sans", "serif"])],
        "face": d.fonts[d.pick(["sans", "serif"])],
        "heading": d.pick(
            ["Certificate of Attendance", "Session Certificate", "Continuing Education Certificate"]
        ),
        "opening": d.pick(
            ["This is to certify that", "This certifies that", "We hereby confirm that"]
        ),
        "name": name,
        "sentence": sentence,
        "speaker": d.person(),
        "speaker_role": d.pick(["Speaker", "Presenter", "Trainer"]),
        "icon": d.pick(["◆", "▲", "●", "✦"]),
        "event": event,
        "logo_radius": d.pick(["50%", "18%", "8%"]),
        "cert_no": f"{d.pick(['No. ', '#', ''])}{d.rng.randrange(10000, 99999)}",
        "no_label": d.pick(["Certificate number", "Certificate no.", "Reference"]),
    }
