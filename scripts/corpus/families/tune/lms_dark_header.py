"""A certificate with a full-width dark header band carrying the heading in
white and the school's name small above it, a white body with "Awarded to"
and the name in a large script face, the course and its credit in a running
sentence, and a footer row with the completion date on the left, a round
emblem in the middle and the instructor's signature on the right."""

SOURCE = "gocodebox/lifterlms:templates/certificates/template.php (with dynamic-styles.php)"
KIND = "course"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = ("dark-band", "script-name", "sentence", "landscape", "distractor-person")

TEMPLATE = """<style>
.band { position:absolute; left:0; right:0; top:0; height:210px; background:${dark}; color:#fff; text-align:center; padding-top:44px }
.band small { display:block; font: 15px ${sans}; letter-spacing:4px; text-transform:uppercase; opacity:0.85 }
.band h1 { font: 52px ${display}; margin:14px 0 0; font-weight:normal; letter-spacing:1px }
.stripe { position:absolute; left:0; right:0; top:210px; height:8px; background:${accent} }
.b { position:absolute; left:90px; right:90px; top:300px; text-align:center; font: 18px ${serif}; color:#333 }
.aw { font: 14px ${sans}; letter-spacing:3px; text-transform:uppercase; color:#777 }
.nm { font-family:${script}; font-size:66px; color:${dark}; line-height:92px; margin-top:4px }
.sent { line-height:32px; margin-top:18px; font-size:20px }
.ft { position:absolute; left:110px; right:110px; bottom:70px; display:flex; justify-content:space-between; align-items:flex-end; font: 13px ${sans}; color:#444 }
.ft .c { width:230px; text-align:center } .ft .v { font-size:17px; color:#111; border-bottom:1px solid #555; padding-bottom:4px; margin-bottom:4px }
.ft .hand { font-family:${hand}; font-size:28px }
.emb { width:86px; height:86px; border-radius:50%; border:6px double ${accent}; display:flex; align-items:center; justify-content:center; font: bold 13px ${sans}; color:${accent} }
</style>
<div class="band"><small>${org}</small><h1>${heading}</h1></div><div class="stripe"></div>
<div class="b">
 <div class="aw">${awarded}</div>
 <div class="nm">${name}</div>
 <div class="sent">${for_text} <b>${title}</b>${credit_text}</div>
</div>
<div class="ft">
 <div class="c"><div class="v">${date}</div>${date_label}</div>
 <div class="emb">${emblem}</div>
 <div class="c"><div class="v hand">${instructor}</div>${instructor}, ${role}</div>
</div>
"""


def fill(d):
    hours = d.hours(d.pick(["cec_hours", "words", "hours_title", "contact_and_cec"]))
    return {
        "org": d.provider(),
        "heading": d.pick(
            ["Certificate of Achievement", "Certificate of Completion", "Certificate of Training"]
        ),
        "awarded": d.pick(["Awarded to", "Presented to", "Proudly presented to"]),
        "name": d.name("plain"),
        "for_text": d.pick(
            [
                "for successfully completing",
                "in recognition of completing the course",
                "for the completion of",
            ]
        ),
        "title": d.title(d.pick(["plain", "with_code"])),
        "credit_text": d.pick([f", earning {hours}.", f" ({hours})."]),
        "date": d.date(d.pick(["long", "long_upper", "ordinal", "short_month_dot"])),
        "date_label": d.pick(["Date", "Date of completion", "Completed"]),
        "emblem": d.pick(["CE", "CEC", "★"]),
        "instructor": d.person(),
        "role": d.pick(["Instructor", "Lead Instructor", d.role()]),
    }
