"""A4/letter portrait page as a Moodle custom-certificate template prints it:
a double line border element, the site logo text, the learner's name in a
script face, the course name element, a date-range element ("from ... to
..."), a grade element, a code element with verification link, an expiry
element and a teacher signature image above the teacher's name."""

SOURCE = "mdjnelson/moodle-mod_customcert:element/daterange/classes/element.php"
KIND = "course"
PAPER = ["a4-portrait", "letter-portrait"]
CATEGORIES = (
    "portrait",
    "ornate",
    "script-name",
    "date-range",
    "distractor-person",
    "sentence",
    "tiny-footer",
)

# Script faces with the accented letters the names need; Z003 fills any gap.
SCRIPTS = ["Dancing Script", "Z003", "Kaushan Script", "Kristi", "Lobster Two"]
SCRIPT_STACK = "'{}', 'Z003', 'Kaushan Script', cursive"

TEMPLATE = """<style>
.b1 { position:absolute; inset:22px; border:6px double ${accent} }
.b2 { position:absolute; inset:40px; border:1px solid ${accent}; }
.cn { position:absolute; width:22px; height:22px; border:2px solid ${accent}; transform:rotate(45deg); background:#fff }
.w { position:absolute; left:70px; right:70px; top:120px; text-align:center; color:#222; font-family:${serif} }
.site { font: 600 15px ${sans}; letter-spacing:4px; text-transform:uppercase; color:${dark} }
.rule { width:120px; margin:14px auto; border-top:2px solid ${accent} }
h1 { font: 44px ${display}; margin:26px 0 4px; color:${dark} }
.sub { font-size:17px; font-style:italic; color:#555 }
.nm { font: 50px ${script}; color:#1a1a1a; margin:48px 0 14px; line-height:1.25 }
.st { font-size:17px; line-height:27px; margin:10px 30px }
.ti { font: bold 26px ${serif}; color:${dark}; margin:16px 10px; line-height:1.3 }
.dr { font-size:17px; margin-top:14px }
.gr { font: 14px ${sans}; margin-top:34px; color:#333 }
.gr span { display:inline-block; margin:0 14px }
.sig { position:absolute; left:0; right:0; bottom:210px; display:flex; justify-content:space-around; font: 13px ${sans}; color:#333 }
.sig > div { width:230px; text-align:center; border-top:1px solid #444; padding-top:4px; position:relative }
.sig .h { position:absolute; top:-40px; left:0; right:0; font: 30px ${hand}; color:#24306b }
.ft { position:absolute; left:70px; right:70px; bottom:62px; font: 10.5px ${mono}; color:#555; display:flex; justify-content:space-between }
</style>
<div class="b1"></div><div class="b2"></div>
<div class="cn" style="left:29px;top:29px"></div><div class="cn" style="right:29px;top:29px"></div>
<div class="cn" style="left:29px;bottom:29px"></div><div class="cn" style="right:29px;bottom:29px"></div>
<div class="w">
 <div class="site">${site}</div>
 <div class="rule"></div>
 <h1>${heading}</h1>
 <div class="sub">${sub}</div>
 <div class="nm">${name}</div>
 <div class="st">${statement}</div>
 <div class="ti">${title}</div>
 <div class="dr">${range_lead} ${range}</div>
 <div class="gr"><span>${grade}</span><span>${credit_label} ${hours}</span></div>
</div>
<div class="sig">
 <div><div class="h">${teacher}</div>${teacher}<br>${teacher_role}</div>
 <div><div class="h">${director}</div>${director}<br>${director_role}</div>
</div>
<div class="ft"><span>${code_label} ${code}</span><span>${expiry_label} ${expiry}</span></div>
<div class="ft" style="bottom:46px"><span>${verify}</span><span>${printed}</span></div>
"""


def fill(d):
    r = d.rng
    site = d.provider(d.pick(["upper", None]))
    code = "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(10))
    slug = "".join(ch for ch in d.org.lower() if ch.isalnum())[:16]
    return {
        "script": SCRIPT_STACK.format(d.pick(SCRIPTS)),
        "site": site,
        "heading": d.pick(["Certificate of Completion", "Certificate", "Course Certificate"]),
        "sub": d.pick(["Online learning programme", "Self-paced online course", "E-learning"]),
        "name": d.name("plain"),
        "statement": d.pick(
            [
                "has satisfied the completion requirements of the online course",
                "has successfully completed all activities and assessments of",
                "is hereby recognised for completing the course",
            ]
        ),
        "title": d.title(d.pick(["plain", "with_code", "code_first"])),
        "range_lead": d.pick(["Enrolled and completed", "Course dates:", "Studied"]),
        "range": d.date_range(d.pick([3, 5, 9, 14, 21])),
        "grade": d.pick(["Final grade: 88.50 %", "Grade: Pass", "Course total: 92 %", "Grade: A"]),
        "credit_label": d.pick(["Credit hours:", "CEC hours:", "Hours:"]),
        "hours": d.hours_number(),
        "teacher": d.person(),
        "teacher_role": d.pick(["Course teacher", "Instructor", "Facilitator"]),
        "director": d.person(),
        "director_role": d.role(),
        "code_label": d.pick(["Code:", "Certificate code:", "Verification code:"]),
        "code": code,
        "expiry_label": d.pick(["Expires:", "Valid until:", "Expiry date:"]),
        "expiry": d.other_date("expiry", d.pick(["dmy_long", "long", "iso"])),
        "verify": f"Verify at https://learn.{slug}.org/mod/customcert/verify_certificate.php",
        "printed": f"Issued {d.other_date('issue', 'iso')}",
    }
