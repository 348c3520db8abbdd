"""A small landscape certificate (half a letter sheet) from an e-learning
platform's HTML template: a thin black outline on a pale grey ground with
soft wave shapes in two colours along the bottom and a corner, the
completion date alone in the top right corner with no label, then in the
middle a wide letter-spaced CERTIFICATE, a lower-case "this certificate is
present(ed) to", the name, and a sentence with the course in quotation marks
followed by the word "course". The credit is a small line under it; the
school's wordmark sits bottom left on the wave, a signer bottom right."""

SOURCE = "CS20-SIT/Eduroom:eduroom_backend/src/utils/certTemplate.js"
KIND = "course"
PAPER = "half-letter"
CATEGORIES = (
    "landscape",
    "letter-spaced",
    "sentence",
    "provider-in-logo",
    "distractor-person",
)

TEMPLATE = """<style>
.bx { position:absolute; inset:10px; border:1px solid #000; background:#f4f5f7; overflow:hidden; font-family:${face}; color:${ink} }
.wv1 { position:absolute; left:-80px; right:-80px; bottom:-170px; height:260px; border-radius:50%; background:${wave1} }
.wv2 { position:absolute; left:-160px; right:260px; bottom:-200px; height:260px; border-radius:50%; background:${wave2}; opacity:.85 }
.cr { position:absolute; left:-70px; top:-70px; width:170px; height:170px; border-radius:50%; border:18px solid ${wave1}; opacity:.5 }
.dt { position:absolute; right:24px; top:22px; font-size:14px; font-weight:600 }
.in { position:absolute; left:60px; right:60px; top:78px; text-align:center }
.t { font-size:32px; font-weight:bold; letter-spacing:7px; padding:8px 0 }
.s { font-size:18px; margin-top:4px }
.n { font-size:${name_px}px; margin:10px 0 8px; color:#1d1f2e; font-weight:600 }
.x { font-size:15px; line-height:22px; padding:0 20px }
.h { font-size:13px; margin-top:8px; color:#444 }
.wm { position:absolute; left:26px; bottom:20px; color:#fff; font: bold 15px ${sans}; max-width:330px; line-height:1.2 }
.wm small { display:block; font: 10px ${sans}; letter-spacing:2px; opacity:.9 }
.sg { position:absolute; right:30px; bottom:18px; width:210px; text-align:center; font: 11px ${sans}; color:#fff }
.sg i { display:block; font-style:normal; font: 22px ${hand}; border-bottom:1px solid #fff; white-space:nowrap }
</style>
<div class="bx">
 <div class="cr"></div><div class="wv2"></div><div class="wv1"></div>
 <div class="dt">${date}</div>
 <div class="in">
  <div class="t">CERTIFICATE</div>
  <div class="s">${present}</div>
  <div class="n">${name}</div>
  <div class="x">${sentence}</div>
  <div class="h">${hours}</div>
 </div>
 <div class="wm">${org}<small>${tag}</small></div>
 <div class="sg"><i>${signer}</i>${signer}, ${role}</div>
</div>
"""


def fill(d):
    org = d.provider()
    name = d.name(d.pick(["plain", "plain", "upper"]))
    title = d.title(d.pick(["plain", "plain", "with_code"]))
    return {
        "face": d.fonts[d.pick(["sans", "sans", "serif"])],
        "ink": d.pick(["#3d467f", "#2b3a55", "#3b3b58"]),
        "wave1": d.pick(["#3d467f", "#1f3a5f", "#2d6a4f", "#5b2333"]),
        "wave2": d.pick(["#f2b134", "#9c6644", "#6a4c93", "#1e6091"]),
        "date": d.date(d.pick(["long", "dd_mon_yyyy", "us_numeric", "iso", "short_month"])),
        "present": d.pick(["this certificate is present to", "this certificate is presented to"]),
        "name": name,
        "name_px": 30 if len(name) <= 24 else 25,
        "sentence": d.pick(
            [
                f'has successfully complete from "{title}" course',
                f'has successfully completed the "{title}" course',
                f'has successfully completed "{title}" course',
            ]
        ),
        "hours": d.pick(["Credit: ", "", "CE credit awarded: "])
        + d.hours(d.pick(["cec_hours", "cecs", "hours_title"])),
        "org": org,
        "tag": d.pick(["ONLINE CLASSROOM", "LEARNING CENTER", "E-LEARNING"]),
        "signer": d.person(),
        "role": d.pick(["Instructor", "Course Author", d.role()]),
    }
