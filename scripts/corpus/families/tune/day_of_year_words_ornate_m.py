"""A formal award with a double ornamental border top and bottom: the title
in display capitals, "This is to certify that", the name in a large script
face, "has successfully completed the course requirements for" over the
course, the date written out in words and the place, the hours in a
sentence, then "Signed," with a handwritten signature and the signer's
typed name, and the school only inside a round seal."""

SOURCE = "azuya/CertificateBuilder:templates/default/default.tpl"
KIND = "course"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "ornate",
    "sentence",
    "script-name",
    "landscape",
    "provider-in-logo",
    "distractor-person",
)

TEMPLATE = """<style>
.bt, .bb { position:absolute; left:36px; right:36px; height:26px; border-top:4px solid ${accent}; border-bottom:1px solid ${accent};
  background: repeating-linear-gradient(45deg, ${light} 0 6px, #fff 6px 12px) }
.bt { top:30px } .bb { bottom:30px }
.w { position:absolute; left:60px; right:60px; top:78px; text-align:center; font: 19px ${serif}; color:#2b2b2b }
.t { font: 44px ${display}; letter-spacing:5px; color:${dark}; text-transform:uppercase }
.p { margin-top:14px } .nm { font: 60px ${script}; color:${dark}; margin:4px 0 2px; line-height:1.25 }
.crs { font: italic bold 26px ${serif}; color:#111; margin:6px 0 10px }
.sg { position:absolute; left:90px; bottom:78px; text-align:left; font: 15px ${serif} }
.sg .h { font: 30px ${hand}; color:#1b2a6b; border-bottom:1px solid #333; width:250px; padding:0 0 2px 10px }
.seal { position:absolute; right:80px; bottom:70px; width:330px; height:120px; border-radius:50%; white-space:nowrap; border:3px double ${accent};
  display:flex; align-items:center; justify-content:center; text-align:center; font: bold 12.5px ${display}; color:${accent}; padding:10px; line-height:16px;
  background: radial-gradient(circle, #fff 0 58%, ${light} 59%) }
</style>
<div class="bt"></div><div class="bb"></div>
<div class="w">
 <div class="t">${heading}</div>
 <div class="p">This is to certify that</div>
 <div class="nm">${name}</div>
 <div>has successfully completed the course requirements for</div>
 <div class="crs">${title}</div>
 <div>On ${date}</div>
 <div>At: ${place}.</div>
 <div style="margin-top:8px;font-size:15px">${hours_lead} ${hours}.</div>
</div>
<div class="sg">Signed,<div class="h">${signer}</div>${signer}, ${role}</div>
<div class="seal">${org}</div>
"""


def fill(d):
    return {
        "heading": d.pick(["Certificate of Completion", "Certificate", "Award of Completion"]),
        "name": d.name("plain"),
        "title": d.title(d.pick(["plain", "with_code"])),
        "date": d.date("words"),
        "place": d.pick([d.venue(), d.city()]),
        "hours_lead": d.pick(["This course is approved for", "Continuing education awarded:"]),
        "hours": d.hours(d.pick(["words", "words_cec", "cec_hours"])),
        "signer": d.person(),
        "role": d.pick(["Instructor", "Director of Training", "Lead Instructor"]),
        "org": d.provider(),
    }
