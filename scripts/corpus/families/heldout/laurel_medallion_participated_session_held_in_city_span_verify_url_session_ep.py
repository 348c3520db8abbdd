"""A landscape certificate for one education session of a convention, in
the manner of a conference's committee certificates: a cream ground with a
fine double rule, a laurel wreath drawn round a medallion above the
heading (the medallion holds the show's initials), a heading in engraved
capitals, the attendee's name large, then a running sentence without
labels: participated as an attendee in the education session (title in
bold) at the convention, held in a city, over a span of two days. A second
sentence gives the minutes the attendee's badge was scanned in the room
and the credit that time earns. One signature (the education chair) at
the lower right, the venue at the lower left, and a line of small print
at the foot with a verification address and a long hash."""

SOURCE = (
    "robsonferduda/sgc:resources/views/templates/comite_ciki_2021.blade.php ('Participated as "
    "member of ... at the ... Congress ..., held in <city>, ... on November 18th and 19th', "
    "name as the main heading, a footer 'The authenticity of this document must be verified "
    "in the url .../validacao/<hash>'); credit for time attended as show education programs "
    "print it"
)
KIND = "session"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "landscape",
    "ornate",
    "sentence",
    "date-range",
    "time-attended",
    "hours-in-sentence",
    "distractor-person",
    "tiny-footer",
    "seal",
)

TEMPLATE = """<style>
.pg { position:absolute; inset:0; background:${stock}; font-family:${serif}; color:#222 }
.r1 { position:absolute; inset:20px; border:2px solid ${accent} }
.r2 { position:absolute; inset:27px; border:1px solid ${accent} }
.lw { position:absolute; left:50%; top:42px; width:150px; height:118px; margin-left:-75px }
.md { position:absolute; left:43px; top:22px; width:64px; height:64px; border-radius:50%; background:${dark};
  color:${stock}; display:flex; align-items:center; justify-content:center; font: bold 17px ${engr};
  box-shadow: 0 0 0 3px ${stock}, 0 0 0 4px ${dark} }
.w { position:absolute; left:100px; right:100px; top:172px; bottom:${w_bot}px; text-align:center;
  display:flex; flex-direction:column; justify-content:space-evenly }
.hd { font: ${hd_px}px ${engr}; letter-spacing:3px; text-transform:uppercase; color:${dark}; line-height:1.15 }
.nm { font: bold ${nm_px}px ${engr}; color:#111; line-height:1.15 }
.s { font-size:18px; line-height:29px; color:#333; padding:0 20px }
.s b { color:${dark} }
.s2 { font-size:16px; line-height:24px; color:#444 }
.vn { position:absolute; left:72px; bottom:${foot_b}px; font: 13px ${sans}; color:#555; line-height:18px; max-width:360px }
.sg { position:absolute; right:72px; bottom:${foot_b}px; width:250px; text-align:center; font: 13px ${sans};
  color:#333; line-height:17px }
.sg .h { font: 28px ${hand}; color:${ink}; white-space:nowrap; border-bottom:1px solid #444; line-height:40px }
.vf { position:absolute; left:40px; right:40px; bottom:36px; text-align:center; font: 10px ${sans}; color:#666 }
</style>
<div class="pg">
<div class="r1"></div><div class="r2"></div>
<div class="lw"><svg width="150" height="118" viewBox="0 0 150 118">${laurel_html}</svg><div class="md">${mono}</div></div>
<div class="w">
 <div class="hd">${heading}</div>
 <div class="nm">${name}</div>
 <div class="s">${sentence_html}</div>
 <div class="s2">${time_line}</div>
</div>
<div class="vn">${venue_label}<br>${venue}</div>
<div class="sg"><div class="h">${signer}</div>${signer}<br>${role}</div>
<div class="vf">${verify}</div>
</div>
"""

ENGRAVED = [
    "'Linux Libertine Display O', serif",
    "'Old Standard TT', serif",
    "'C059', serif",
    "'EB Garamond', serif",
]


def _laurel(color):
    import math

    leaves = []
    for i in range(9):
        for a in (120 + i * 15, 60 - i * 15):
            r = math.radians(a)
            cx, cy = 75 + 58 * math.cos(r), 58 + 50 * math.sin(r)
            leaves.append(
                f'<ellipse cx="{cx:.1f}" cy="{cy:.1f}" rx="9" ry="3.6" fill="{color}" '
                f'transform="rotate({a + 90 + (25 if a > 90 else -25)} {cx:.1f} {cy:.1f})"/>'
            )
    stem = f'<path d="M40 104 Q75 118 110 104" stroke="{color}" stroke-width="2" fill="none"/>'
    return stem + "".join(leaves)


def fill(d):
    import hashlib
    from html import escape as e

    event_full = d.org
    words = [w for w in (d.org_alt or d.org).split() if w[0].isupper()]
    mono = "".join(w[0] for w in words)[:3]
    name = d.name(d.pick(["plain", "plain", "upper"]))
    title = d.title("plain")
    event = d.provider()
    city = d.city()
    span = d.date_range(d.pick([1, 1, 2]))
    minutes = round(d.credit * 60) + d.pick([0, 0, 3, 5, 8])
    hours = d.hours(d.pick(["cec_hours", "words", "cecs", "iicrc_cec"]))
    role_word = d.pick(["an attendee", "a registered attendee", "a full conference attendee"])
    sentence = d.pick(
        [
            f"participated as {role_word} in the education session <b>{e(title)}</b> at the "
            f"{e(event)}, held in {e(city)}, {e(span)}.",
            f"attended the education session <b>“{e(title)}”</b> presented at the {e(event)} in "
            f"{e(city)}, {e(span)}.",
        ]
    )
    if hours.startswith("IICRC"):
        time_line = f"Time in the session room: {minutes} minutes. {hours}."
    else:
        time_line = d.pick(
            [
                f"Badge scans show {minutes} minutes in the room, for which {hours} are awarded."
                if not hours[0].isupper()
                else f"Badge scans show {minutes} minutes in the room. Credit awarded: {hours}.",
                f"Time attended: {minutes} minutes · credit earned: {hours}",
            ]
        )
    digest = hashlib.sha1(f"{name}{title}{d.completed}".encode()).hexdigest()
    host = "".join(ch for ch in (d.org_alt or d.org).lower() if ch.isalnum())[:16]
    return {
        "stock": d.pick(["#fbf8ef", "#fdfbf5", "#f6f3ea", "#ffffff"]),
        "ink": d.pick(["#1d2c6b", "#222", "#123a7a"]),
        "engr": d.pick(ENGRAVED),
        "laurel_html": _laurel(d.pick(["#6b8e4e", "#8a7a3a", "#b8860b", "#4f6d3a"])),
        "mono": mono or event_full[:2],
        "w_bot": d.pick([150, 160]),
        "foot_b": d.pick([70, 76]),
        "hd_px": d.pick([30, 34]),
        "nm_px": 38 if len(name) > 24 else 46,
        "heading": d.pick(
            [
                "Certificate of Session Attendance",
                "Certificate of Participation",
                "Education Session Certificate",
            ]
        ),
        "name": name,
        "sentence_html": sentence,
        "time_line": time_line,
        "venue_label": d.pick(["Venue", "Location", "Held at"]),
        "venue": d.venue(),
        "signer": d.person(),
        "role": d.pick(["Chair, Education Committee", "Education Program Chair", "Show Director"]),
        "verify": d.pick(
            [
                f"The authenticity of this document can be verified at https://ce.{host}.org/verify/{digest[:24]}",
                f"Verify at {host}.org/certificates/validate — code {digest[:20].upper()}",
            ]
        ),
    }
