"""A single-session attendance certificate with the heading stacked on three
centred lines of spaced capitals inside a heavy double rule with corner
ornaments; italic sentences below carry the attendee, the session title,
the date written in words, a statement designating the credit, and the
presenter. A two-signature foot and a small accreditation line with a
provider number and a review date close the page."""

SOURCE = "realcme/newmigration:certifications/blades/certificate-cdr-cdr-default.tpl.php"
KIND = "session"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "sentence",
    "portrait",
    "ornate",
    "distractor-person",
    "letter-spaced",
    "date-words",
    "tiny-footer",
)

TEMPLATE = """<style>
.fr { position:absolute; inset:34px; border:6px double ${dark} }
.fr2 { position:absolute; inset:48px; border:1px solid ${accent} }
.cn { position:absolute; width:34px; height:34px; border:2px solid ${accent}; transform:rotate(45deg); background:#fff }
.w { position:absolute; left:90px; right:90px; top:120px; text-align:center; font: italic 16px ${serif}; color:#222 }
.h { font: 23px ${display}; letter-spacing:6px; text-transform:uppercase; line-height:40px; color:${dark}; font-style:normal }
.w p { margin:18px 0 } .nm { font: bold italic 27px ${serif}; font-style:italic } .t { font: bold 19px ${serif}; font-style:normal }
.des { font: 14px ${sans}; font-style:normal; line-height:20px; margin-top:26px }
.sg { position:absolute; left:100px; right:100px; bottom:140px; display:flex; justify-content:space-between; font: 12px ${sans} }
.sg div { width:42%; border-top:1px solid #333; padding-top:3px; text-align:center }
.ft { position:absolute; left:70px; right:70px; bottom:70px; text-align:center; font: 9px ${sans}; color:#555; line-height:12px }
</style>
<div class="fr"></div><div class="fr2"></div>
<div class="cn" style="left:24px;top:24px"></div><div class="cn" style="right:24px;top:24px"></div>
<div class="cn" style="left:24px;bottom:24px"></div><div class="cn" style="right:24px;bottom:24px"></div>
<div class="w">
 <div class="h">${h1}<br>${h2}<br>${h3}</div>
 <p style="margin-top:34px">${lead}</p>
 <div class="nm">${name}</div>
 <p>${verb}</p>
 <div class="t">${title}</div>
 <p>${on} ${date}, ${at} ${event}</p>
 <div class="des">${designation}<br>${presenter_line}</div>
</div>
<div class="sg"><div>${signer}<br>${signer_role}</div><div>${signer2}<br>${signer2_role}</div></div>
<div class="ft">${accr}<br>Provider No. ${provider_no} · Content reviewed ${reviewed} · ${activity_id}</div>
"""


def fill(d):
    r = d.rng
    return {
        "h1": d.pick(["Attendance", "Certificate", "Record"]),
        "h2": d.pick(["Certificate", "of Attendance", "of Participation"]),
        "h3": d.pick(["of Education Session", "Continuing Education", "Professional Activity"]),
        "lead": d.pick(
            ["The education committee certifies that", "This certifies that", "We certify that"]
        ),
        "name": d.name(d.pick(["plain", "plain", "honorific"])),
        "verb": d.pick(
            ["participated in the live session titled", "attended the education session entitled"]
        ),
        "title": d.title("plain"),
        "on": d.pick(["held on", "presented on"]),
        "date": d.date(d.pick(["words", "words", "long"])),
        "at": d.pick(["at", "during"]),
        "event": d.provider(),
        "designation": f"This session was designated for {d.hours(d.pick(['words', 'words_cec', 'cec_hours']))} "
        "of continuing education credit.",
        "presenter_line": f"Presenter: {d.person()}",
        "signer": d.person(),
        "signer_role": d.pick(["Education Committee Chair", d.role()]),
        "signer2": d.person(),
        "signer2_role": d.pick(["Conference Director", "Program Coordinator"]),
        "accr": d.pick(
            [
                "Credit is awarded for attendance at the full session. Retain this certificate for audit.",
                "Partial attendance is not credited. Duplicate certificates are issued for a fee.",
            ]
        ),
        "provider_no": f"{r.randrange(1000, 9999)}",
        "reviewed": d.other_date("registered", "us_numeric"),
        "activity_id": d.number("Activity "),
    }
