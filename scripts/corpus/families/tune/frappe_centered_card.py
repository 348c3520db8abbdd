"""A white card on a thin framed page: the school's wordmark alone at the top
(no "issued by" line), "This certifies that", the name in a medium weight, then
one running sentence holding the course in bold and the date, and under it two
ruled blocks in a cursive hand: the course instructor and the expiry date."""

SOURCE = "frappe/lms:lms/templates/certificate.html"
KIND = "course"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "sentence",
    "provider-in-logo",
    "distractor-person",
    "distractor-date",
    "landscape",
    "plain",
)

TEMPLATE = """<style>
.card { position:absolute; inset:34px; border-radius:8px; box-shadow:0 0 0 1px #d9dde2, 0 2px 6px rgba(25,39,52,0.12) }
.frame { position:absolute; inset:18px; border:6px double ${accent}; text-align:center; font: 16px ${sans}; color:#333 }
.logo { margin-top:96px; font: bold 26px ${display}; color:${dark}; letter-spacing:0.5px }
.logo small { display:block; font: 10px ${sans}; letter-spacing:3px; color:#777; text-transform:uppercase; margin-top:2px }
.lead { margin-top:90px; font-size:18px }
.nm { font-size:40px; font-weight:500; color:#192734; margin-top:6px }
.sent { margin:12px auto 0; width:74%; line-height:28px; font-size:18px }
.hrs { margin-top:8px; font-size:14px; color:#555 }
.sig { display:flex; justify-content:center; gap:60px; margin-top:96px }
.sig div { min-width:210px } .sig .h { font-family:${hand}; font-size:22px; color:#192734; font-weight:bold }
.sig hr { margin:6px 0; border:0; border-top:1px solid #999 } .sig .l { font-size:13px }
</style>
<div class="card"><div class="frame">
 <div class="logo">${org}<small>${tagline}</small></div>
 <div class="lead">${lead}</div>
 <div class="nm">${name}</div>
 <div class="sent">${completed} <b>${title}</b> on ${date}.</div>
 <div class="hrs">${hours}</div>
 <div class="sig">
  <div><div class="h">${instructor}</div><hr><div class="l">${instructor_label}</div></div>
  <div><div class="h">${expiry}</div><hr><div class="l">Expiry date</div></div>
 </div>
</div></div>
"""


def fill(d):
    return {
        "org": d.provider(),
        "tagline": d.pick(["Online Learning", "Training Portal", "Learning Center"]),
        "lead": d.pick(["This certifies that", "This is to certify that"]),
        "name": d.name("plain"),
        "completed": d.pick(
            [
                "has successfully completed the course on",
                "has successfully completed the course",
                "has completed all lessons and the final quiz of",
            ]
        ),
        "title": d.title(d.pick(["plain", "with_code"])),
        "date": d.date(d.pick(["short_month", "long", "dmy_long"])),
        "hours": d.hours(d.pick(["credit_hours", "cec_hours", "iicrc_cec"])),
        "instructor": d.person(),
        "instructor_label": d.pick(["Course Instructor", "Instructor", "Evaluator"]),
        "expiry": d.other_date("expiry", d.pick(["short_month", "long"])),
    }
