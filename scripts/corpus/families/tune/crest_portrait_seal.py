"""Portrait page with a pale tinted ground, corner ornaments and a fine
double frame: a small crest, a centred stack of lines in one serif ("This
certifies that", the name in a large script, "has completed", the course,
the credit) each on its own line, then "Date of completion" and an expiry
line, and a gold seal with ribbon tails at the foot beside one signature."""

SOURCE = "remotelearner/elis.cm:core/elis/program/pix/certificate/templates/default.php"
KIND = "course"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = ("ornate", "portrait", "seal", "script-name", "distractor-date", "sentence")

TEMPLATE = """<style>
.bg { position:absolute; inset:0; background:${light} }
.f1 { position:absolute; inset:30px; border:3px double ${accent} } .f2 { position:absolute; inset:42px; border:1px solid ${accent} }
.co { position:absolute; width:64px; height:64px; border:3px solid ${accent}; border-radius:0 0 64px 0; }
.tl { left:30px; top:30px } .tr { right:30px; top:30px; transform:scaleX(-1) } .bl { left:30px; bottom:30px; transform:scaleY(-1) } .br { right:30px; bottom:30px; transform:scale(-1) }
.c { position:absolute; left:90px; right:90px; top:96px; text-align:center; font-family:${serif}; color:#222 }
.crest { width:70px; height:82px; margin:0 auto; background:${dark}; clip-path: polygon(0 0, 100% 0, 100% 60%, 50% 100%, 0 60%) }
.org { font: 15px ${serif}; letter-spacing:3px; text-transform:uppercase; margin-top:12px; color:${dark} }
.h { font: 42px ${display}; margin:18px 0 26px; color:${dark} }
.l { font: italic 18px ${serif}; margin:14px 0 } .nm { font: 58px ${script}; line-height:74px } .t { font: bold 24px ${serif}; line-height:31px }
.cr { font-size:17px } .dt { margin-top:32px; font-size:15px; line-height:23px }
.seal { position:absolute; left:120px; bottom:110px; width:110px; height:110px; border-radius:50%;
  background: radial-gradient(circle, ${accent} 0 52%, #d8b24a 53% 58%, ${accent} 59%); color:#fff; font: bold 11px ${serif}; display:flex; align-items:center; justify-content:center; text-align:center }
.rb { position:absolute; left:148px; bottom:70px; width:18px; height:60px; background:${accent}; transform:rotate(14deg) } .rb2 { left:184px; transform:rotate(-14deg) }
.sg { position:absolute; right:120px; bottom:120px; width:250px; border-top:1px solid #333; padding-top:5px; text-align:center; font: 14px ${serif} }
</style>
<div class="bg"></div><div class="f1"></div><div class="f2"></div>
<div class="co tl"></div><div class="co tr"></div><div class="co bl"></div><div class="co br"></div>
<div class="c">
 <div class="crest"></div>
 <div class="org">${org}</div>
 <div class="h">${heading}</div>
 <div class="l">${certifies}</div>
 <div class="nm">${name}</div>
 <div class="l">${completed}</div>
 <div class="t">${title}</div>
 <div class="l cr">${hours}</div>
 <div class="dt">${date_label} ${date}<br>${expiry_label} ${expiry}</div>
</div>
<div class="rb"></div><div class="rb rb2"></div><div class="seal">${seal}</div>
<div class="sg">${signer}<br>${role}</div>
"""


def fill(d):
    script = f"'{d.pick(['Dancing Script', 'Lobster Two', 'Kaushan Script', 'Z003'])}', cursive"
    return {
        "script": script,
        "org": d.provider(),
        "heading": d.pick(
            ["Certificate of Completion", "Certificate", "Continuing Education Certificate"]
        ),
        "certifies": d.pick(
            ["This certifies that", "This is to certify that", "We hereby certify that"]
        ),
        "name": d.name("plain"),
        "completed": d.pick(
            ["has completed", "has successfully completed the course", "has completed the program"]
        ),
        "title": d.title(d.pick(["plain", "with_code"])),
        "hours": d.hours(d.pick(["words", "words_cec", "hours_title", "cec_hours"])),
        "date_label": d.pick(["Date of completion:", "Completed:", "Awarded"]),
        "date": d.date(d.pick(["long", "ordinal", "dmy_long", "ordinal_dmy"])),
        "expiry_label": d.pick(["Expires:", "Valid until"]),
        "expiry": d.other_date("expiry", d.pick(["long", "ordinal", "dmy_long"])),
        "seal": d.pick(["OFFICIAL SEAL", "CERTIFIED", "APPROVED"]),
        "signer": d.person(),
        "role": d.role(),
    }
