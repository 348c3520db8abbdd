"""A certificate-register lookup printed from a browser: logo, a heading, a
"certificate found" notice, then a definition list of student name, course
name, dates, score and the certificate code."""

SOURCE = "tunquipe/easycertificate:template/certificate_info.tpl"
KIND = "course"
PAPER = "letter-portrait"
CATEGORIES = ("record", "labelled", "portrait", "provider-in-logo", "distractor-date")

TEMPLATE = """<style>
.w { position:absolute; left:90px; right:90px; top:70px; font: 15px ${sans} }
.logo { text-align:center; font: bold 26px ${display}; color:${dark}; border-bottom:3px solid ${dark}; padding-bottom:10px }
.hs { margin:24px 0 10px; font-size:21px }
.ok { background:#dff0d8; border:1px solid #b2dba1; color:#3c763d; padding:12px; margin-bottom:20px }
.nm h5 { font-size:13px; color:#777; margin:0 } .nm h3 { font-size:24px; margin:4px 0 18px }
dt { font-weight:bold; margin-top:12px } dd { margin:2px 0 0 0 } .code { font-family:${mono} }
.pf { position:absolute; left:40px; right:40px; bottom:24px; display:flex; justify-content:space-between; font-size:9px; color:#555 }
</style>
<div class="w">
 <div class="logo">${org}</div>
 <div class="hs">${register}</div>
 <div class="ok"><strong>${found}</strong></div>
 <div class="nm"><h5>Student name</h5><h3>${name}</h3></div>
 <dl><dt>Course name</dt><dd>${title}</dd>
  <dt>${date_label}</dt><dd>${date}</dd>
  <dt>Hours</dt><dd>${hours}</dd>
  <dt>Score</dt><dd>${score}</dd>
  <dt>Date printed</dt><dd>${printed}</dd>
  <dt>Certificate code</dt><dd class="code">${code}</dd></dl>
</div>
<div class="pf"><span>${url}</span><span>${printed_short}</span><span>1/1</span></div>
"""


def fill(d):
    printed = d.other_date("print", "long")
    return {
        "org": d.provider(),
        "register": d.pick(["Register of generated certificates", "Certificate verification"]),
        "found": d.pick(["Certificate found", "This certificate is valid"]),
        "name": d.name(d.pick(["plain", "last_first"])),
        "title": d.title(),
        "date_label": d.pick(["Completion date", "Date completed", "Finished on"]),
        "date": d.date(d.pick(["long", "iso", "us_numeric"])),
        "hours": d.hours(d.pick(["hours_title", "cec_hours", "hrs"])),
        "score": d.pick(["86 / 100", "94%", "Pass"]),
        "printed": printed,
        "code": d.number().replace("-", ""),
        "url": f"https://{d.web()}/certificates/verify",
        "printed_short": printed,
    }
