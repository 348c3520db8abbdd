"""A portrait certificate drawn in a vector editor and filled by an LMS badge
plugin: artwork down the left margin, the one big heading word set sideways
(reading upward) beside it, and a ragged-left column of text: a two-line
sub-heading, the first and last name in colour on separate lines, a sentence
with the dates from/to and the length of the training, the course in colour,
then the sign-off (town and date, the provider and its address, the signer)
also set sideways in the lower left. A small code line and a funding note
close the foot."""

SOURCE = "atlet/moodle-local_badgecerts:docs/examples/136_potrdilo_varna_raba_interneta.svg"
KIND = "course"
PAPER = ["a4-portrait", "a4-portrait", "letter-portrait"]
CATEGORIES = (
    "portrait",
    "sentence",
    "date-range",
    "hours-in-sentence",
    "distractor-person",
    "provider-in-logo",
)

TEMPLATE = """<style>
.art { position:absolute; left:0; top:0; bottom:0; width:118px; background:
  linear-gradient(160deg, ${hi} 0 22%, transparent 22.2%),
  repeating-linear-gradient(20deg, ${art} 0 14px, ${art2} 14px 28px) }
.art2 { position:absolute; left:118px; top:0; bottom:0; width:6px; background:${hi} }
.word { position:absolute; left:140px; top:${word_top}px; transform-origin:0 0; transform:rotate(-90deg);
  font: bold ${word_size}px ${face}; color:#111; white-space:nowrap; letter-spacing:1px }
.logo { position:absolute; right:60px; top:56px; display:flex; align-items:center; gap:10px; font: bold 15px ${face}; color:${art}; max-width:300px; line-height:19px }
.logo i { width:44px; height:44px; flex:none; border-radius:50%; border:5px solid ${hi}; background:${art} }
.col { position:absolute; left:${col_left}px; right:60px; font-family:${face}; color:#111 }
.sub { top:200px; font-size:23px; line-height:26px }
.nm { top:292px; font-size:32px; line-height:42px; color:${hi} }
.sent { top:${sent_top}px; font-size:20px; line-height:27px }
.crs { top:${crs_top}px; font-size:25px; line-height:31px; color:${hi} }
.offa { position:absolute; left:144px; bottom:150px; width:0; height:0 }
.off { position:absolute; left:0; top:0; transform-origin:0 0; transform:rotate(-90deg);
  font: 14px ${face}; line-height:17px; white-space:nowrap; color:#111 }
.code { position:absolute; left:150px; bottom:78px; font: 11px ${face}; line-height:13px; color:#111 }
.code span { font-family:${mono} }
.fund { position:absolute; left:460px; right:50px; bottom:62px; font: 9px ${sans}; line-height:10.5px; color:#222 }
</style>
<div class="art"></div><div class="art2"></div>
<div class="word">${word}</div>
<div class="logo"><i></i><span>${logo_name}</span></div>
<div class="col sub">${sub_html}</div>
<div class="col nm">${first}<br>${last}</div>
<div class="col sent">${sentence}</div>
<div class="col crs">${title}</div>
<div class="offa"><div class="off">${place}, ${date}<br>${org}<br>${street}, ${town}<br>${signer}, ${signer_role}</div></div>
<div class="code">${code_label}<br><span>${code}</span></div>
<div class="fund">${funding}</div>
"""

ARTS = [
    ("#e6832a", "#1f3a5f", "#2b4d7a"),
    ("#2d9c8f", "#23395d", "#30507f"),
    ("#c0392b", "#3d2b1f", "#5a4030"),
]


def fill(d):
    hi, art, art2 = d.pick(ARTS)
    org = d.provider()
    street, town = d.address()
    d.name("plain")
    first = " ".join(p for p in [d.first, d.middle] if p)
    last = " ".join(p for p in [d.last, d.suffix] if p)
    style = d.pick(["long", "us_numeric", "dmy_long", "short_month"])
    start = d.other_date("start", style)
    date = d.date(style)
    hours = d.hours_number()
    unit = d.pick(["hour", "-hour"])
    length = f"{hours}-hour" if unit == "-hour" else f"{hours} hour"
    sentence = d.pick(
        [
            f"attended, from {start} to {date}, the {length} training",
            f"took part from {start} to {date} in the {length} course",
            f"between {start} and {date} completed the {length} program",
        ]
    )
    return {
        "hi": hi,
        "art": art,
        "art2": art2,
        "face": d.pick(
            ["'Nimbus Sans', sans-serif", "'Liberation Sans', sans-serif", d.fonts["sans"]]
        ),
        "word": d.pick(["Certificate", "Certificate", "Attestation"]),
        "word_size": d.pick([50, 52, 56]),
        "word_top": d.pick([470, 500, 520]),
        "col_left": d.pick([222, 230]),
        "logo_name": d.org_alt or org,
        "sub_html": d.pick(
            [
                "of continuing education<br>for restoration professionals",
                "of professional training<br>for cleaning and restoration technicians",
                "of completed training<br>in the continuing education program",
            ]
        ),
        "first": first,
        "last": last,
        "sentence": sentence,
        "sent_top": 410,
        "crs_top": 410 + d.pick([92, 100]),
        "title": d.title(d.pick(["plain", "plain", "with_code"])),
        "place": d.pick([town.split(",")[0], d.city().split(",")[0]]),
        "date": date,
        "org": org,
        "street": street,
        "town": town,
        "signer": d.person(),
        "signer_role": d.pick([d.role(), "Director", "Head of Training"]),
        "code_label": d.pick(["Certificate code:", "Badge hash:", "Verification code:"]),
        "code": "".join(d.pick("0123456789abcdef") for _ in range(40)),
        "funding": d.pick(
            [
                "This program is supported in part by a state workforce development grant and by "
                "the regional apprenticeship and training fund.",
                "Training delivered under a cooperative agreement with the county workforce board. "
                "Equal opportunity program; auxiliary aids available on request.",
            ]
        ),
    }
