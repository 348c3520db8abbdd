"""A portrait certificate with a deep colour band across the top carrying
the school's name and a thin rule under it, a large "Certificate of
Training" heading, "awarded to" and the name in a script face, and right
under the name a row of two signatures (instructor and director) with
their typed names; below them a labelled block with the course, the
completion date, the credit and a certificate number."""

SOURCE = (
    "rtharayil/certify-me.github.io:_certificate-templates/continuing-education-credit-certificate-"
    "template.md (A4 CEU template: name, course, date, signature, certificate ID) and "
    "azuya/CertificateBuilder:templates/default/default.tpl (border bands, signed line)"
)
KIND = "course"
PAPER = ["a4-portrait", "letter-portrait"]
CATEGORIES = ("portrait", "dark-band", "script-name", "labelled", "distractor-person")

TEMPLATE = """<style>
.band { position:absolute; left:0; right:0; top:0; height:150px; background:${dark}; color:#fff; text-align:center; padding-top:48px }
.band .o { font: 28px ${display}; letter-spacing:2px } .band .r { width:120px; height:3px; background:${accent}; margin:12px auto 0 }
.bb { position:absolute; left:0; right:0; bottom:0; height:26px; background:${dark} }
.w { position:absolute; top:200px; left:70px; right:70px; text-align:center; font: 16px ${serif}; color:#222 }
h1 { font: 46px ${display}; color:${dark}; margin:0; letter-spacing:1px }
.aw { margin-top:26px; font: italic 17px ${serif}; color:#555 }
.nm { font: 58px ${script}; color:#111; margin:8px 0 4px; line-height:1.2 }
.line { width:70%; height:1px; background:#999; margin:0 auto }
.sigs { display:flex; justify-content:space-between; margin:26px 40px 0 }
.sigs > div { width:42%; font-size:13px } .sigs .h { font: 26px ${hand}; color:#1b2a6b; border-bottom:1px solid #333; padding-bottom:2px; white-space:nowrap }
.sigs small { display:block; color:#666; font-size:11.5px }
.det { margin:46px auto 0; width:78%; border-collapse:collapse; font: 15px ${sans}; text-align:left }
.det td { padding:8px 6px; border-bottom:1px solid #ddd } .det td:first-child { color:#666; width:36%; font-size:13px; text-transform:uppercase; letter-spacing:1px }
</style>
<div class="band"><div class="o">${org}</div><div class="r"></div></div>
<div class="w">
 <h1>${heading}</h1>
 <div class="aw">${awarded}</div>
 <div class="nm">${name}</div>
 <div class="line"></div>
 <div class="sigs"><div><div class="h">${instructor}</div>${instructor}<small>Instructor</small></div>
  <div><div class="h">${director}</div>${director}<small>${role}</small></div></div>
 <table class="det">
  <tr><td>${course_label}</td><td><b>${title}</b></td></tr>
  <tr><td>${date_label}</td><td>${date}</td></tr>
  <tr><td>Credit</td><td>${hours}</td></tr>
  <tr><td>Certificate no.</td><td>${cert}</td></tr>
 </table>
</div>
<div class="bb"></div>
"""


def fill(d):
    return {
        "org": d.provider(),
        "heading": d.pick(["Certificate of Training", "Training Certificate"]),
        "awarded": d.pick(["is awarded to", "awarded to", "presented to"]),
        "name": d.name("plain"),
        "instructor": d.person(),
        "director": d.person(),
        "role": d.pick(["Director of Training", "School Director", "Program Manager"]),
        "course_label": d.pick(["Course", "Program", "Course completed"]),
        "title": d.title(),
        "date_label": d.pick(["Date completed", "Completed on", "Date"]),
        "date": d.date(),
        "hours": d.hours(d.pick(["cec_hours", "iicrc_cec", "ceu_and_cec", "contact_and_cec"])),
        "cert": d.number(),
    }
