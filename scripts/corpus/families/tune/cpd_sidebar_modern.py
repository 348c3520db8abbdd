"""A modern flat certificate: a dark vertical sidebar down the left with the
issuer's name and a validation seal, and on the white side the heading, the
name, the course, the CPD hours, the completion date, the instructor and a
unique certificate ID."""

SOURCE = "HashimZaffar/cpd365-docs:cpd365-user-docs/docs/learner-guide/certificates-cpd-tracking.md"
KIND = "course"
PAPER = ["a4-landscape", "letter-landscape"]
CATEGORIES = (
    "dark-band",
    "landscape",
    "labelled",
    "seal",
    "provider-in-logo",
    "distractor-person",
    "script-name",
)

TEMPLATE = """<style>
.sb { position:absolute; left:0; top:0; bottom:0; width:250px; background:${dark}; color:#fff; padding:50px 26px; font-family:${sans} }
.sb .o { font-size:22px; font-weight:bold; line-height:28px } .seal { width:120px; height:120px; border-radius:50%; border:4px solid #fff;
  margin:190px auto 0; display:flex; align-items:center; justify-content:center; text-align:center; font-size:12px; font-weight:bold }
.m { position:absolute; left:310px; right:60px; top:70px; font-family:${sans}; color:#222 }
.h { font-size:15px; letter-spacing:4px; text-transform:uppercase; color:${accent} } .n { font: ${name_px}px ${script}; margin:18px 0 8px; line-height:1.2 }
.c { font-size:25px; font-weight:bold; margin:10px 0 26px } .g { display:grid; grid-template-columns:1fr 1fr; gap:14px 40px; font-size:15px }
.g small { display:block; font-size:11px; color:#777; text-transform:uppercase; letter-spacing:1px }
</style>
<div class="sb"><div class="o">${org}</div><div class="seal">${seal_html}</div></div>
<div class="m">
 <div class="h">${heading}</div>
 <div class="n">${name}</div>
 <div style="font-size:16px">${completed}</div>
 <div class="c">${title}</div>
 <div class="g"><div><small>${hours_label}</small>${hours}</div><div><small>Completion date</small>${date}</div>
  <div><small>Instructor</small>${instructor}</div><div><small>Certificate ID</small>${number}</div></div>
</div>
"""


def fill(d):
    return {
        "org": d.provider(),
        "seal_html": d.pick(["VERIFIED<br>CPD", "VALIDATED", "APPROVED<br>PROVIDER"]),
        "heading": d.pick(["Certificate of Completion", "CPD Certificate"]),
        "name_px": d.pick([46, 56, 62]),
        "name": d.name("plain"),
        "completed": d.pick(["has successfully completed", "completed the course"]),
        "title": d.title(),
        "hours_label": d.pick(["CPD hours", "CE hours", "Credit"]),
        "hours": d.hours(d.pick(["hours_title", "hrs", "cec_hours"])),
        "date": d.date(d.pick(["dmy_long", "long", "iso"])),
        "instructor": d.person(),
        "number": d.number("CPD-"),
    }
