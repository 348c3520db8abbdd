"""Landscape certificate of attendance for one conference session: a tall dark
band down the left third carrying the show's name, year and city in light
type, and on the white right side a "Certificate of Attendance" head, the
attendee's name in a large script, one sentence naming the session, the
speaker and the day, the credit in a small outlined box, and the speaker's
and show director's signatures."""

SOURCE = (
    "PriyaDadhaniya/DRUPAL-6:ImgtoHtml/index.php (coloured title band, granted-to line, "
    "name in italic bold, completion sentence)"
)
KIND = "session"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "dark-band",
    "script-name",
    "sentence",
    "landscape",
    "distractor-person",
    "hours-in-box",
)

TEMPLATE = """<style>
.band { position:absolute; left:0; top:0; bottom:0; width:${band_w}px; background:${dark}; color:#fff; padding:64px 34px }
.band .yr { font: bold 64px ${display}; line-height:1; color:${pale} }
.band .ev { font: bold 27px ${lfont}; line-height:1.2; margin-top:18px; text-transform:${ev_case} }
.band .ci { font: 14px ${sans}; margin-top:16px; letter-spacing:1.5px; text-transform:uppercase; opacity:.85 }
.band .bt { position:absolute; left:34px; right:34px; bottom:50px; font: 11px ${sans}; line-height:16px; opacity:.8 }
.band .acc { position:absolute; right:0; top:0; bottom:0; width:8px; background:${accent} }
.r { position:absolute; left:${r_left}px; right:60px; top:70px; bottom:40px; font-family:${serif}; color:#222 }
.r h1 { font: 600 40px ${head}; margin:0; letter-spacing:1px; color:${dark}; text-transform:uppercase }
.r .pr { font-size:17px; margin-top:30px; color:#444 }
.r .nm { font: ${nm_px}px ${script}; color:#111; margin-top:10px; line-height:1.25; border-bottom:1px solid #bbb; padding-bottom:6px }
.r .tx { font-size:17px; line-height:27px; margin-top:22px }
.r .tx b { color:${dark} }
.box { display:inline-block; margin-top:22px; border:2px solid ${accent}; padding:6px 16px; font: bold 15px ${sans}; color:${accent}; letter-spacing:.5px }
.code { margin-top:14px; font: 12px ${sans}; color:#666 }
.sig { position:absolute; bottom:0; width:44%; font: 12px ${sans}; color:#333; line-height:16px }
.sig .ink { font: 30px ${hand}; color:#1c2f6e; height:40px; border-bottom:1px solid #333; margin-bottom:4px }
.sig.a { left:0 } .sig.b { right:0 }
</style>
<div class="band"><div class="yr">${year}</div><div class="ev">${event_name}</div><div class="ci">${city}</div>
 <div class="bt">${band_note}</div><div class="acc"></div></div>
<div class="r">
 <h1>${heading}</h1>
 <div class="pr">${pre}</div>
 <div class="nm">${name}</div>
 <div class="tx">${verb} <b>${title}</b>, ${by} ${speaker}, ${at} <b>${event}</b> on ${date}.</div>
 <div class="box">${hours}</div>
 <div class="code">${code_line}</div>
 <div class="sig a"><div class="ink">${speaker}</div>${speaker}<br>${spk_role}</div>
 <div class="sig b"><div class="ink">${director}</div>${director}<br>${dir_role}</div>
</div>
"""


def fill(d):
    event = d.provider()
    event_name = d.org_alt or event
    name = d.name("plain")
    speaker = d.person()
    director = d.person()
    return {
        "band_w": d.pick([300, 320, 340]),
        "r_left": d.pick([380, 400]),
        "pale": d.pick(["#f2c230", "#9fc6e8", "#e8b4a0", "#b5d6b2"]),
        "lfont": d.fonts[d.pick(["sans", "cond", "display"])],
        "head": d.fonts[d.pick(["sans", "display", "serif"])],
        "ev_case": d.pick(["none", "uppercase"]),
        "nm_px": 50 if len(name) < 22 else 40,
        "year": str(d.completed.year),
        "event_name": event_name,
        "city": d.city(),
        "band_note": d.pick(
            [
                "Education sessions approved for IICRC continuing education credit.",
                "Presented by the show\u2019s education committee.",
                "Keep this certificate for your renewal records.",
            ]
        ),
        "heading": d.pick(
            ["Certificate of Attendance", "Attendance Certificate", "Certificate of Participation"]
        ),
        "pre": d.pick(["Presented to", "This certifies that", "Awarded to"]),
        "name": name,
        "verb": d.pick(
            [
                "attended the education session",
                "was present for the full session",
                "participated in the conference session",
            ]
        ),
        "title": d.title("plain"),
        "by": d.pick(["presented by", "led by", "with speaker"]),
        "speaker": speaker,
        "at": d.pick(["at the", "during the"]),
        "event": event,
        "date": d.date(d.pick(["long", "ordinal", "dmy_long", "weekday"])),
        "hours": d.hours(d.pick(["cec_hours", "iicrc_cec", "cecs_colon", "hours_title"])),
        "code_line": f"Session {d.pick(['ED', 'S', 'T'])}-{d.rng.randrange(100, 399)} \u00b7 "
        f"{d.pick(['Certificate no.', 'Record'])} {d.number()}",
        "spk_role": d.pick(["Session Speaker", "Presenter"]),
        "dir_role": d.pick(["Show Director", "Education Chair", "Conference Director"]),
        "director": director,
    }
