"""Landscape A4 with a decorative frame: the heading in a sans face, the
certify line, the name, the statement and the course in a serif, the date,
then three small lines for grade, outcome and credit hours, and the code at
the bottom; the course teachers print under the signature line."""

SOURCE = "mdjnelson/moodle-mod_certificate:type/A4_non_embedded/certificate.php"
KIND = "course"
PAPER = "a4-landscape"
CATEGORIES = ("landscape", "labelled", "ornate", "distractor-person")

TEMPLATE = """<style>
.f1 { position:absolute; inset:10px; border:3px solid ${accent} } .f2 { position:absolute; inset:18px; border:1px solid ${accent} }
.f3 { position:absolute; inset:26px; border:8px solid transparent;
  border-image: repeating-linear-gradient(45deg, ${accent} 0 6px, transparent 6px 12px) 8 }
.x { position:absolute; left:30px; right:30px; text-align:center }
.teach { position:absolute; left:120px; top:620px; font: 14px ${serif}; line-height:18px; text-align:left }
</style>
<div class="f1"></div><div class="f2"></div><div class="f3"></div>
<div class="x" style="top:110px;font:34px ${sans};color:${dark}">${heading}</div>
<div class="x" style="top:170px;font:22px ${serif}">${certify}</div>
<div class="x" style="top:215px;font:36px ${serif}">${name}</div>
<div class="x" style="top:275px;font:22px ${serif}">${statement}</div>
<div class="x" style="top:320px;font:28px ${serif}">${title}</div>
<div class="x" style="top:385px;font:17px ${serif}">${date}</div>
<div class="x" style="top:420px;font:12px ${serif}">${grade}</div>
<div class="x" style="top:440px;font:12px ${serif}">${outcome}</div>
<div class="x" style="top:460px;font:12px ${serif}">${credit_label}: ${hours}</div>
<div class="x" style="top:710px;font:11px ${serif}">${code}</div>
<div class="teach">____________________________<br>${teachers_html}</div>
"""


def fill(d):
    org = d.provider()
    teachers = [d.person() for _ in range(d.pick([1, 2, 3]))]
    return {
        "heading": d.pick(["CERTIFICATE of ACHIEVEMENT", "Certificate of Completion"]),
        "certify": d.pick(["This is to certify that", "This is to confirm that"]),
        "name": d.name(d.pick(["plain", "upper"])),
        "statement": d.pick(["has completed the course", "has completed the workshop"]),
        "title": d.title(),
        "date": d.date(d.pick(["long", "dmy_long", "ordinal", "short_month"])),
        "grade": d.pick(["Grade: 91.00%", "Grade: B+", ""]),
        "outcome": d.pick(["Outcome: Competent", "Practical assessment: Satisfactory", ""]),
        "credit_label": d.pick(["Credit Hours", "CEC Hours", "CE Hours"]),
        "hours": d.hours_number(),
        "code": d.number(),
        "teachers_html": "<br>".join(teachers) + f"<br>{org}",
    }
