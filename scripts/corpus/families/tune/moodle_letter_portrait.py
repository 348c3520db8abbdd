"""Portrait letter with a drawn border and faint watermark: the heading in
blue sans, "This is to certify that", the name, "has completed the course",
the course, the date, small grade and "Credit Hours:" lines, the code at the
foot and the teachers' names by the signature."""

SOURCE = "mdjnelson/moodle-mod_certificate:type/letter_embedded/certificate.php"
KIND = "course"
PAPER = "letter-portrait"
CATEGORIES = ("portrait", "labelled", "distractor-person", "ornate", "watermark")

TEMPLATE = """<style>
.b { position:absolute; inset:13px; border:6px double ${accent} }
.b2 { position:absolute; inset:30px; border:1px solid ${accent} }
.wm { position:absolute; left:100px; top:170px; width:616px; height:640px; border-radius:50%;
  border:40px solid ${accent}; opacity:0.07 }
.t { position:absolute; left:28px; right:28px; text-align:center; font-family:${serif} }
.seal { position:absolute; left:580px; top:780px; width:120px; height:120px; border-radius:50%; border:3px solid ${accent};
  font: bold 12px ${sans}; color:${accent}; display:flex; align-items:center; justify-content:center; text-align:center }
.teach { position:absolute; left:113px; top:800px; font: 15px ${serif}; line-height:20px }
</style>
<div class="b"></div><div class="b2"></div><div class="wm"></div>
<div class="t" style="top:200px;font:40px ${sans};color:#000078">${heading}</div>
<div class="t" style="top:270px;font-size:26px">This is to certify that</div>
<div class="t" style="top:335px;font-size:38px">${name}</div>
<div class="t" style="top:405px;font-size:26px">has completed the course</div>
<div class="t" style="top:470px;font-size:30px;padding:0 60px">${title}</div>
<div class="t" style="top:565px;font-size:19px">${date}</div>
<div class="t" style="top:600px;font-size:13px">${grade}</div>
<div class="t" style="top:625px;font-size:13px">Credit Hours: ${hours}</div>
<div class="t" style="top:880px;font-size:13px">${code}</div>
<div class="teach">${teachers_html}</div>
<div class="seal">${org_seal}</div>
"""


def fill(d):
    org = d.provider()
    teachers = [d.person() for _ in range(d.pick([1, 2]))]
    return {
        "heading": d.pick(["Certificate of Achievement", "Certificate of Completion"]),
        "name": d.name(),
        "title": d.title(d.pick(["plain", "with_code"])),
        "date": d.date(d.pick(["long", "ordinal", "dmy_long", "short_month"])),
        "grade": d.pick(["Course Grade: 92.50%", "Course Grade: Pass", "Final exam: 88%", ""]),
        "hours": d.hours_number(),
        "code": d.number(d.pick(["", "Code: "])),
        "teachers_html": "<br>".join(teachers) + f"<br><i>{org}</i>",
        "org_seal": "".join(w[0] for w in org.split()[:4] if w[0].isalpha()) + "<br>SEAL",
    }
