"""A distance-learning platform's course certificate, portrait: the
provider's logo and the platform's logo side by side at the top, a
heading, "This is to certify that" in spaced capitals, the name large and
bold, then a line that gives the completion date before the course ("on
<date> successfully completed the distance-learning course"), the course in
bold, "passing the final questionnaire" and sometimes the course length.
A round rubber stamp overlapping a signature sits centred near the foot;
the place and the date the paper was printed are set small at the bottom
left."""

SOURCE = (
    "lynxlab/ada2:layout/ada_blu/templates/browsing/userCertificate.tpl (logoProvider and "
    "logo, title, 'Si attesta che', userFullName, 'in data <creditsdate> ha completato con "
    "successo il corso di formazione a distanza', mainSentence, 'superando positivamente il "
    "questionario finale', timbroFirma centred, placeAndDate bottom left)"
)
KIND = "course"
PAPER = ["a4-portrait", "letter-portrait"]
CATEGORIES = (
    "portrait",
    "sentence",
    "provider-in-logo",
    "distractor-date",
    "seal",
    "tiny-footer",
)

TEMPLATE = """<style>
.fr { position:absolute; inset:${fr_inset}px; border:${fr_w}px solid ${frame} }
.lg { position:absolute; left:70px; right:70px; top:64px; display:flex; justify-content:space-between; align-items:center }
.lg .p { display:flex; align-items:center; gap:10px; max-width:360px; font: bold 17px ${sans}; color:${ink}; line-height:20px }
.lg .p i { width:52px; height:52px; flex:none; border-radius:50%; background:${ink}; box-shadow: inset 0 0 0 9px ${accent} }
.lg .q { font: italic bold 22px ${serif}; color:${accent}; letter-spacing:1px }
.w { position:absolute; left:80px; right:80px; top:${w_top}px; text-align:center; font-family:${body}; color:#1a1a1a }
.tt { font: ${tt_px}px ${head}; color:${ink} }
.hc { margin-top:26px; font-size:15px; letter-spacing:4px; text-transform:uppercase; color:#444 }
.nm { margin:34px 0; font-size:32px; font-weight:bold; line-height:1.2 }
.ln { font-size:18px; line-height:1.5 }
.cs { margin:22px 30px; font-size:${cs_px}px; font-weight:bold; line-height:1.3; color:${ink} }
.du { margin-top:18px; font-size:15px; color:#333 }
.st { position:absolute; left:0; right:0; bottom:${st_bottom}px; height:150px }
.st .h { position:absolute; left:50%; top:56px; transform:translateX(-40%); font: 34px ${hand}; color:#1d2c70; white-space:nowrap }
.st .rs { position:absolute; left:50%; top:6px; margin-left:-176px; width:118px; height:118px; border-radius:50%; border:3px solid ${stamp}; color:${stamp};
  opacity:0.8; transform:rotate(-14deg); display:flex; align-items:center; justify-content:center; text-align:center; font: bold 10px ${sans}; line-height:13px; padding:12px }
.st .rs:before { content:""; position:absolute; inset:6px; border-radius:50%; border:1px solid ${stamp} }
.st .sn { position:absolute; left:0; right:0; top:128px; text-align:center; font: 12.5px ${sans}; color:#333 }
.pd { position:absolute; left:80px; bottom:${pd_bottom}px; font: 12.5px ${body}; color:#333 }
</style>
<div class="fr"></div>
<div class="lg"><div class="p"><i></i>${provider}</div><div class="q">${platform}</div></div>
<div class="w">
 <div class="tt">${heading}</div>
 <div class="hc">${certify}</div>
 <div class="nm">${name}</div>
 <div class="ln">${on_line}</div>
 <div class="cs">${title}</div>
 <div class="ln">${passing}</div>
 <div class="du">${duration}</div>
</div>
<div class="st"><div class="h">${signer}</div><div class="rs">${stamp_html}</div><div class="sn">${signer_line}</div></div>
<div class="pd">${place_date}</div>
"""

PLATFORMS = ["ADA e-learning", "RestoLearn", "FAD Campus", "e-Campus"]


def fill(d):
    import html

    provider = d.provider()
    name = d.name(d.pick(["plain", "plain", "upper"]))
    date = d.date(d.pick(["long", "dmy_long", "us_numeric", "dmy_numeric", "ordinal"]))
    on_line = d.pick(
        [
            f"on {date} successfully completed the distance-learning course",
            f"on {date} has successfully completed the online training course",
            f"completed on {date} the distance-learning course",
        ]
    )
    title = d.title(d.pick(["plain", "plain", "with_code", "upper"]))
    duration = ""
    if d.chance(0.75):
        duration = d.pick(["Course length: ", "Duration: ", "Credit: "]) + d.hours(
            d.pick(["hours_title", "cec_hours", "hrs", "cecs"])
        )
    words = [w for w in (d.org_alt or d.org).replace(",", "").split() if w[0].isupper()]
    initials = "".join(w[0] for w in words)[:4].upper()
    printed = d.other_date("issue", d.pick(["long", "dmy_long", "us_numeric"]))
    signer = d.person()
    return {
        "frame": d.pick(["#d9d2c3", "#c9d6e3", "#ddd", "transparent"]),
        "fr_inset": d.pick([20, 28]),
        "fr_w": d.pick([2, 6, 10]),
        "ink": d.pick(["#1f3a5f", "#0b3d2e", "#5b2333", "#123c69", "#2f2f2f"]),
        "stamp": d.pick(["#2a4d9b", "#7a1f2b", "#5a3d8a"]),
        "body": d.fonts[d.pick(["serif", "sans"])],
        "head": d.fonts[d.pick(["display", "serif", "sans"])],
        "w_top": d.pick([170, 184, 196]),
        "tt_px": d.pick([34, 40, 44]),
        "cs_px": 22 if len(title) > 40 else 26,
        "st_bottom": d.pick([110, 124]),
        "pd_bottom": d.pick([56, 64]),
        "provider": provider,
        "platform": d.pick(PLATFORMS),
        "heading": d.pick(["Certificate of Attendance", "Certificate", "Course Certificate"]),
        "certify": d.pick(["This is to certify that", "We hereby certify that"]),
        "name": name,
        "on_line": on_line,
        "title": title,
        "passing": d.pick(
            [
                "passing the final questionnaire",
                "with a positive result in the final questionnaire",
                "passing the final assessment",
            ]
        ),
        "duration": duration,
        "signer": signer,
        "stamp_html": f"{html.escape(initials)}<br>{d.pick(['TRAINING', 'EDUCATION', 'SCHOOL'])}<br>&#9733;",
        "signer_line": d.pick([f"{signer}, {d.role()}", "The Director", f"{signer}"]),
        "place_date": d.pick(
            [
                f"{d.city()}, {printed}",
                f"Place and date: {d.city()}, {printed}",
                f"{d.city()} \u2013 {printed}",
            ]
        ),
    }
