"""A portrait certificate from a small certificate-builder page: patterned
bands across the top and bottom of the sheet, an ornate inner frame with
corner rosettes, a large title, "This is to certify that", the name, a line
saying the course requirements were met, the course, the date written out in
words ("on the … day of …"), "At:" and the place, "Signed," over a signature,
and a round gold seal carrying the credit hours."""

SOURCE = "azuya/CertificateBuilder:templates/default/default.tpl"
KIND = "course"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = ("portrait", "ornate", "sentence", "date-words", "seal", "distractor-person")

TEMPLATE = """<style>
.band { position:absolute; left:0; right:0; height:54px;
  background: repeating-linear-gradient(45deg, ${dark} 0 10px, ${accent} 10px 14px, ${dark} 14px 24px) }
.band.t { top:0 } .band.b { bottom:0 }
.fr { position:absolute; left:46px; right:46px; top:84px; bottom:84px; border:3px double ${accent}; outline:1px solid ${accent}; outline-offset:-12px }
.co { position:absolute; width:44px; height:44px; border-radius:50%; border:3px double ${accent}; background:
  radial-gradient(circle, ${accent} 0 5px, transparent 6px 10px, ${accent} 11px 12px, transparent 13px) }
.w { position:absolute; left:90px; right:90px; top:${top}px; text-align:center; font-family:${face}; color:#222 }
.ti { font: ${title_px}px ${display}; color:${dark}; letter-spacing:1px; line-height:1.1 }
.ti small { display:block; font-size:20px; letter-spacing:6px; text-transform:uppercase; color:${accent}; margin-top:8px }
.p { font-size:19px; font-style:italic; margin-top:46px }
.nm { font: bold 40px ${display}; margin-top:16px; color:#111; line-height:46px }
.ct { font: bold 28px ${face}; margin-top:16px; color:${dark}; line-height:34px }
.dt { font-size:19px; margin-top:56px; line-height:30px }
.sg { position:absolute; left:110px; bottom:150px; width:300px; text-align:left; font: 15px ${face}; color:#333 }
.sg .h { font: 30px ${hand}; color:#1c2b66; height:46px; line-height:40px; white-space:nowrap; border-bottom:1px solid #444; margin-bottom:4px }
.seal { position:absolute; right:110px; bottom:135px; width:150px; height:150px; border-radius:50%;
  background: radial-gradient(circle, #e9c85a 0 58%, #c9a227 59% 62%, #e9c85a 63% 70%, #b8860b 71%);
  display:flex; flex-direction:column; align-items:center; justify-content:center; text-align:center; color:#4a3500;
  font: bold 12px ${sans}; line-height:15px; padding:18px }
.seal b { font-size:15px; display:block; margin:2px 0 }
.fn { position:absolute; left:0; right:0; bottom:96px; text-align:center; font: 10px ${sans}; color:#666 }
</style>
<div class="band t"></div><div class="band b"></div>
<div class="fr"></div>
<div class="co" style="left:40px;top:78px"></div><div class="co" style="right:40px;top:78px"></div>
<div class="co" style="left:40px;bottom:78px"></div><div class="co" style="right:40px;bottom:78px"></div>
<div class="w">
 <div class="ti">${title_word}<small>${title_small}</small></div>
 <div class="p">This is to certify that</div>
 <div class="nm">${name}</div>
 <div class="p" style="margin-top:18px">${req}</div>
 <div class="ct">${title}</div>
 <div class="dt">${date_line}<br>At: ${place}.</div>
</div>
<div class="sg">Signed,<div class="h">${signer}</div>${signer}, ${role}<br>${org}</div>
<div class="seal">${seal_top}<b>${hours}</b>${seal_bottom}</div>
<div class="fn">${fine}</div>
"""


def fill(d):
    date = d.date("words")
    date_line = f"On {date}" if d.chance(0.6) else f"Given on {date}"
    return {
        "top": d.pick([190, 215]),
        "face": d.fonts["serif"],
        "title_px": d.pick([54, 60]),
        "title_word": d.pick(["Certificate", "Certificate of Completion", "Diploma"]),
        "title_small": d.pick(["of Completion", "of Training", "Continuing Education"]),
        "name": d.name(d.pick(["plain", "plain", "honorific"])),
        "req": d.pick(
            [
                "has successfully completed the course requirements for",
                "has fulfilled all requirements of the course",
                "has satisfactorily completed the requirements for",
            ]
        ),
        "title": d.title(d.pick(["plain", "with_code"])),
        "date_line": date_line,
        "place": d.pick([d.city(), d.venue()]),
        "signer": d.person(),
        "role": d.pick(["Director", "President", "IICRC Approved Instructor"]),
        "org": d.provider(),
        "seal_top": d.pick(["IICRC", "APPROVED", "CEC"]),
        "hours": d.hours(d.pick(["cecs", "cec_hours", "hrs"])),
        "seal_bottom": d.pick(["APPROVED", "CREDIT", "AWARDED"]),
        "fine": f"Certificate {d.number()} \u00b7 Course approval {d.approval()}",
    }
