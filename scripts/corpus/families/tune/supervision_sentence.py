"""Centred lines only, no labels: "This is to certify that", the name in bold,
"has successfully completed the course in", the course in bold, "at" the
provider in bold, "under the supervision of" the instructor in bold with
their role, and "on" the date; a signature block repeats the instructor."""

SOURCE = "Hummatech-Indonesia/kelas-industri:resources/views/exports/certify.blade.php"
KIND = "course"
PAPER = ["letter-portrait", "letter-landscape"]
CATEGORIES = ("sentence", "distractor-person", "portrait", "landscape")

TEMPLATE = """<style>
.pg { position:absolute; inset:0; background:#f2f2f2 }
.ct { position:absolute; left:50px; right:50px; top:60px; bottom:60px; background:#fff; box-shadow:0 0 10px rgba(0,0,0,0.1);
  text-align:center; padding:50px 40px; font-family:${face} }
.h { font-size:24px; font-weight:bold; margin-bottom:30px } .ct p { line-height:1.5; font-size:17px; margin:0 }
.sig { position:absolute; bottom:40px; left:0; right:0; font-size:14px; font-style:italic }
</style>
<div class="pg"></div>
<div class="ct">
 <div class="h">${heading}</div>
 <p>This is to certify that</p><p><strong>${name}</strong></p>
 <p>has successfully completed the course in</p><p><strong>${title}</strong></p>
 <p>at <strong>${org}</strong></p>
 <p>under the supervision of</p><p><strong>${instructor}</strong></p><p>${role}</p>
 <p>${hours_line}</p>
 <p>on <strong>${date}</strong></p>
 <div class="sig">${instructor} - ${role}</div>
</div>
"""


def fill(d):
    return {
        "face": d.pick(["Arial, sans-serif", d.fonts["sans"], d.fonts["serif"]]),
        "heading": d.pick(["Certificate of Completion", "Course Completion Certificate"]),
        "name": d.name(d.pick(["plain", "plain", "upper"])),
        "title": d.title(),
        "org": d.provider(),
        "instructor": d.person(),
        "role": d.pick(["Lead Instructor", "IICRC Approved Instructor", "Master Restorer"]),
        "hours_line": f"for a total of {d.hours(d.pick(['cec_hours', 'hours_title', 'cecs']))}",
        "date": d.date(d.pick(["dmy_long", "long", "weekday"])),
    }
