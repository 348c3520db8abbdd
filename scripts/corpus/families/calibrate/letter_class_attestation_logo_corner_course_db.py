"""A short attestation typeset with the standard letter class: the school's
logo alone in the top right corner, the place and date of issue flush right,
a centred one-word opening, one paragraph stating that the person took part
in the named training on a given day and for how many hours, and the
coordinator's title flush right at the foot of the page."""

SOURCE = "STWUR/STWUR:certificate.tex"
KIND = "course"
PAPER = ["a4-portrait", "letter-portrait"]
CATEGORIES = (
    "letter",
    "sentence",
    "provider-in-logo",
    "portrait",
    "hours-in-sentence",
    "distractor-date",
    "distractor-person",
)

TEMPLATE = """<style>
.logo { position:absolute; right:70px; top:46px; display:flex; align-items:center; gap:10px; max-width:360px }
.logo .m { width:74px; height:74px; flex:none; border-radius:14px; background:${accent}; color:#fff; font:bold 30px ${display};
  display:flex; align-items:center; justify-content:center }
.logo .t { font:bold 17px ${sans}; color:${dark}; line-height:20px } .logo .t small { display:block; font-weight:normal; font-size:11px; color:#555; letter-spacing:1px; text-transform:uppercase }
.w { position:absolute; left:96px; right:96px; top:200px; bottom:110px; display:flex; flex-direction:column; font:16px 'Latin Modern Roman', ${serif}; line-height:25px }
.dt { text-align:right } .op { text-align:center; margin:56px 0 30px; font-size:17px; letter-spacing:${spacing} }
.b { text-align:justify; text-indent:32px } .b + .b { margin-top:12px }
.sp { flex:1 } .sg { text-align:right } .sg .h { font:28px ${hand}; color:#223; line-height:34px }
</style>
<div class="logo"><div class="m">${initials}</div><div class="t">${org}<small>${tag}</small></div></div>
<div class="w">
 <div class="dt">${city}, ${issued}</div>
 <div class="op">${opening}</div>
 <div class="b">${body}</div>
 <div class="b">${body2}</div>
 <div class="sp"></div>
 <div class="sg"><div class="h">${signer}</div>${signer}<br>${role}</div>
</div>
"""


def fill(d):
    org = d.provider()
    initials = "".join(w[0] for w in org.replace("&", "").split() if w[0].isupper())[:3]
    name = d.name(d.pick(["plain", "plain", "honorific"]))
    title = d.title(d.pick(["plain", "with_code"]))
    date = d.date(d.pick(["long", "us_numeric", "dmy_long", "ordinal", "weekday"]))
    hours = d.hours(d.pick(["cec_hours", "words", "hours_title", "hrs"]))
    verb = d.pick(["took part in", "attended", "participated in"])
    body = d.pick(
        [
            f"I hereby declare that {name} {verb} the training “{title}” conducted by our "
            f"instructors on {date}. The training comprised {hours} of instruction.",
            f"This is to confirm that {name} {verb} the course “{title}”, held on {date}, "
            f"and was credited with {hours}.",
        ]
    )
    return {
        "initials": initials,
        "org": org,
        "tag": d.pick(["Education & Training", "IICRC Approved School", "Continuing Education"]),
        "city": d.city(),
        "issued": d.other_date("issue", d.pick(["long", "us_numeric"])),
        "opening": d.pick(["ATTESTATION", "CONFIRMATION OF ATTENDANCE", "TO WHOM IT MAY CONCERN"]),
        "spacing": d.pick(["1px", "3px", "0"]),
        "body": body,
        "body2": d.pick(
            [
                "This attestation is issued at the participant's request for submission to the "
                "certifying body.",
                "The attendance record and the course materials are kept on file for five years.",
                "Please retain this letter with your certification records.",
            ]
        ),
        "signer": d.person(),
        "role": d.pick(["Training Coordinator", "Registrar", "Coordinator of Courses"]),
    }
