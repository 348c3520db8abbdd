"""A certificate assembled from freely placed elements on a background: a
coloured stripe down the left edge with the provider's name turned sideways,
then left-aligned blocks each with a small caption: the participant, the
course, the period "from ... to ..." as a date-range element prints it, the
credit, and a code line with a verification address, and a signature
element bottom right."""

SOURCE = "mdjnelson/moodle-mod_customcert:element/daterange/classes/element.php"
KIND = "course"
PAPER = ["a4-landscape", "letter-landscape"]
CATEGORIES = ("date-range", "labelled", "landscape", "distractor-person", "provider-in-logo")

TEMPLATE = """<style>
.stripe { position:absolute; left:0; top:0; bottom:0; width:120px; background:${accent} }
.vert { position:absolute; left:60px; top:50%; transform:translate(-50%,-50%) rotate(-90deg); white-space:nowrap; color:#fff;
  font: bold 24px ${sans}; letter-spacing:2px }
.w { position:absolute; left:190px; right:80px; top:100px; font-family:${sans}; color:#222 }
h1 { font: 40px ${display}; margin:0 0 50px; color:${dark}; font-weight:normal }
.el { margin-bottom:34px } .el small { display:block; font-size:12px; text-transform:uppercase; letter-spacing:1.5px; color:#777; margin-bottom:3px }
.el .v { font-size:22px } .el .nm { font: bold 34px ${serif} }
.two { display:flex; gap:70px }
.code { position:absolute; left:190px; bottom:56px; font-size:11px; color:#555 }
.sg { position:absolute; right:90px; bottom:56px; width:250px; text-align:center; font: 12px ${sans} }
.sg .h { font-family:${hand}; font-size:26px; border-bottom:1px solid #444; padding-bottom:2px; margin-bottom:4px }
</style>
<div class="stripe"></div><div class="vert">${org}</div>
<div class="w">
 <h1>${heading}</h1>
 <div class="el"><small>${name_label}</small><div class="nm">${name}</div></div>
 <div class="el"><small>${course_label}</small><div class="v">${title}</div></div>
 <div class="two">
  <div class="el"><small>${period_label}</small><div class="v">${period}</div></div>
  <div class="el"><small>${credit_label}</small><div class="v">${hours}</div></div>
 </div>
</div>
<div class="code">Code: ${code} · Verify at ${web}/verify</div>
<div class="sg"><div class="h">${teacher}</div>${teacher}, ${role}</div>
"""


def fill(d):
    r = d.rng
    return {
        "org": d.provider("upper"),
        "heading": d.pick(
            ["Certificate of Participation", "Course Certificate", "Certificate of Attendance"]
        ),
        "name_label": d.pick(["Participant", "Learner", "This certificate is issued to"]),
        "name": d.name("plain"),
        "course_label": d.pick(["Course", "Course completed", "Programme"]),
        "title": d.title(),
        "period_label": d.pick(["Period", "Date(s) of attendance", "Dates"]),
        "period": d.pick(["", "From "]) + d.date_range(d.pick([1, 2])),
        "credit_label": d.pick(["CE units", "Credit hours", "Credits"]),
        "hours": d.hours(d.pick(["hrs", "cecs", "hours_title", "ceu_and_cec"])),
        "code": "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(10)),
        "web": d.web(),
        "teacher": d.person(),
        "role": d.pick(["Teacher", "Course Instructor", d.role()]),
    }
