"""A portrait certificate in a thick blue frame whose left and right sides
are a lighter blue than the top and bottom: the provider only as a round
logo with a wordmark under it, a script heading, "This Certificate is
awarded to" over the name in a green script on a dashed rule, "For the
successful completion of the course" over the course with its code, a
track or program line and a delivery line under it, "Awarded on" with the
date, then the tutor's and a director's signatures."""

SOURCE = "JRendel-main/CapstoneV1:generate-certificate/certificate.php"
KIND = "course"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "script-name",
    "portrait",
    "provider-in-logo",
    "sentence",
    "distractor-person",
)

TRACKS = [
    "Water Restoration Technician Pathway",
    "Restoration Fundamentals Track",
    "Journeyman Textile Cleaner Track",
    "Mold Remediation Career Series",
    "Fire Restoration Specialist Path",
]
DELIVERY = [
    "Instructor-led classroom course, three days",
    "Live online classroom with proctored exam",
    "Hands-on training at our drying lab",
    "Two-day classroom course and field exercise",
]

TEMPLATE = """<style>
.cert { position:absolute; inset:46px 52px; border:15px solid ${blue}; border-left-color:${blue2}; border-right-color:${blue2};
  text-align:center; font-family:Arial, ${sans}; color:#383737 }
.logo { margin:64px auto 0; width:118px; height:118px; border-radius:50%; background:${blue}; color:#fff; display:flex;
  align-items:center; justify-content:center; font: bold 34px ${display}; box-shadow: inset 0 0 0 6px #fff, 0 0 0 2px ${blue} }
.wm { font: bold 15px ${sans}; letter-spacing:1.5px; text-transform:uppercase; color:${blue}; margin-top:10px }
.crt_title { font: 46px ${script}; color:${blue3}; letter-spacing:1px; margin-top:48px }
h2 { font: bold 22px Arial, ${sans}; margin:38px 0 14px }
.crt_user { display:inline-block; width:80%; padding:5px 25px 0; font: 50px ${script}; color:#27ae60; border-bottom:1px dashed #cecece }
h3 { font: 19px Arial, ${sans}; font-weight:normal; margin:40px 0 10px }
.course { font: bold 24px ${serif}; color:#222; margin:0 50px; line-height:30px }
.sub { font-size:14px; color:grey; margin-top:8px; line-height:20px }
.aw { font: bold 18px Arial, ${sans}; margin-top:44px }
.sg { position:absolute; bottom:46px; left:50px; right:50px; display:flex; justify-content:space-between }
.sg div { width:230px; border-top:1px solid #555; padding-top:4px; font-size:13px; line-height:17px; position:relative }
.sg .h { position:absolute; top:-36px; left:0; right:0; font: 28px ${hand}; color:#1c2f7a }
.no { position:absolute; bottom:14px; left:0; right:0; font-size:10px; color:#888 }
</style>
<div class="cert">
 <div class="logo">${initials}</div>
 <div class="wm">${org}</div>
 <div class="crt_title">${heading}</div>
 <h2>This Certificate is awarded to</h2>
 <div class="crt_user">${name}</div>
 <h3>For the successful completion of the course</h3>
 <div class="course">${title}</div>
 <div class="sub">${track_line}<br>${delivery}</div>
 <div class="aw">Awarded on ${date} &nbsp;·&nbsp; ${hours}</div>
 <div class="sg"><div><span class="h">${tutor}</span>${tutor}<br>${tutor_role}</div>
  <div><span class="h">${director}</span>${director}<br>${director_role}</div></div>
 <div class="no">Certificate No. ${cert_no}</div>
</div>
"""

BLUES = [
    ("#0072c6", "#0894fb", "#0060a9"),
    ("#1f3a5f", "#3f6ea5", "#1f3a5f"),
    ("#0b5563", "#2a9bb0", "#0b5563"),
]


def fill(d):
    blue, blue2, blue3 = d.pick(BLUES)
    org = d.provider(d.pick([None, None, "upper"]))
    words = [w for w in (d.org_alt or d.org).replace("&", "").split() if w[:1].isupper()]
    return {
        "blue": blue,
        "blue2": blue2,
        "blue3": blue3,
        "initials": "".join(w[0] for w in words)[:3],
        "org": org,
        "heading": d.pick(
            [
                "Certificate Of Recognition",
                "Certificate of Completion",
                "Certificate of Achievement",
            ]
        ),
        "name": d.name("plain"),
        "title": d.title(d.pick(["code_first", "with_code", "plain"])),
        "track_line": f"{d.pick(['Part of the', 'Track:', 'Program:'])} {d.pick(TRACKS)}",
        "delivery": d.pick(DELIVERY),
        "date": d.date(d.pick(["long", "short_month", "ordinal", "us_numeric"])),
        "hours": d.hours(d.pick(["cec_hours", "hours_title", "iicrc_cec"])),
        "tutor": d.person(),
        "tutor_role": d.pick(["Course Tutor", "Lead Instructor", "IICRC Approved Instructor"]),
        "director": d.person(),
        "director_role": d.pick(["Director of Education", "Registrar", "Chief Executive Officer"]),
        "cert_no": d.number(),
    }
