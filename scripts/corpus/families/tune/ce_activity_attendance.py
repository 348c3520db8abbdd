"""A bordered "ATTENDANCE CERTIFICATE OF CONTINUING EDUCATION ACTIVITY" in
spaced capitals, "<Provider> certifies that" in italics, the name, "has
participated in the ... titled", the title, "on <date>", then "The activity
was designated for" the credit, with release and expiration dates below."""

SOURCE = "realcme/newmigration:certifications/blades/certificate-cdr-cdr-default.tpl.php"
KIND = "course"
PAPER = "letter-portrait"
CATEGORIES = ("sentence", "portrait", "distractor-date", "letter-spaced")

TEMPLATE = """<style>
.b { position:absolute; left:96px; right:96px; top:70px; border:2px solid #000; padding:36px 30px 30px; text-align:center;
  font: 15px ${face}; line-height:21px }
.h { font-size:19px; text-transform:uppercase; line-height:34px; letter-spacing:1px }
.c { padding-top:16px } i { font-style:italic } .sm { font-size:12px }
</style>
<div class="b">
 <div class="h">Attendance Certificate<br>of<br>Continuing Education Activity</div>
 <div class="c"><i>${org} certifies that</i></div>
 <div class="c"><b><i>${name}</i></b></div>
 <div class="c"><i>${participated}</i></div>
 <div class="c"><i>${title}</i></div>
 <div class="c"><i>on ${date}</i></div>
 <div class="c sm">The activity was designated for ${hours}.</div>
 <div class="c sm">${claim}</div>
 <div class="c sm" style="text-align:left;margin-top:26px">Release date: ${release}<br>Expiration date: ${expiry}<br>Activity number: ${approval}</div>
 <div class="c sm" style="text-align:right">${signer}<br>${role}</div>
</div>
"""


def fill(d):
    profession = d.pick(["", ", WRT", ", ASD", ", CR"])
    name = d.name("plain")
    d.printed["holder_name"] = name + profession
    return {
        "face": d.pick(["'Times New Roman', serif", d.fonts["serif"], "Arial, sans-serif"]),
        "org": d.provider(),
        "name": name + profession,
        "participated": d.pick(
            [
                "has participated in the enduring material titled",
                "has participated in the live activity titled",
            ]
        ),
        "title": d.title(),
        "date": d.date(d.pick(["us_numeric", "long", "short_month"])),
        "hours": d.hours(d.pick(["cec_hours", "ceu_and_cec", "contact_and_cec"])),
        "claim": "Participants should claim only credit commensurate with the extent of their participation.",
        "release": d.other_date("registered", "us_numeric"),
        "expiry": d.other_date("expiry", "us_numeric"),
        "approval": d.approval(),
        "signer": d.person(),
        "role": d.role(),
    }
