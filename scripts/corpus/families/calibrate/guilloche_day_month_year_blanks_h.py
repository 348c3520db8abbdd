"""A portrait certificate inside a guilloche frame drawn with repeating CSS
gradients: the provider as a letterhead crest at the top, a title, the holder
and the course each on their own centred line, then the day, the month and
the year of completion written into three separate underlined blanks of one
"On the ... Day of ... In the Year ..." line, the place on an "At:" line,
hours in words and a "Signed," block with two signers and the approval
number at the foot."""

SOURCE = "azuya/CertificateBuilder:templates/default/default.tpl"
KIND = "course"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "ornate",
    "portrait",
    "sentence",
    "provider-in-logo",
    "date-in-words",
    "split-date",
    "hours-in-words",
    "distractor-person",
    "approval-footer",
)

TEMPLATE = """<style>
.g { position:absolute; inset:22px;
  background:
    repeating-radial-gradient(circle at 0 0, transparent 0 7px, ${accent}55 7px 8px),
    repeating-radial-gradient(circle at 100% 100%, transparent 0 7px, ${dark}44 7px 8px),
    ${light} }
.g2 { position:absolute; inset:48px; background:#fff; border:3px double ${dark} }
.g3 { position:absolute; inset:56px; border:1px solid ${accent} }
.w { position:absolute; inset:78px 84px 70px; text-align:center; font-family:${serif}; color:#222 }
.crest { width:74px; height:74px; margin:0 auto; border-radius:50%; border:3px solid ${accent};
  background:repeating-conic-gradient(${light} 0 10deg, #fff 10deg 20deg); display:flex; align-items:center;
  justify-content:center; font: bold 22px ${display}; color:${dark} }
.org { font: 600 15px ${sans}; letter-spacing:2.5px; color:${dark}; margin-top:10px }
.addr { font: 11px ${sans}; color:#555; margin-top:2px }
h1 { font: 40px ${display}; color:${dark}; margin:30px 0 0; letter-spacing:1px }
.sub { font: italic 17px ${serif}; color:${accent}; margin-top:2px }
.p { font-size:17px; margin-top:26px }
.nm { font: 42px ${script}; color:#1b1b3a; margin-top:12px }
.crs { font: bold 22px ${serif}; color:${dark}; margin:10px 20px 0; line-height:29px }
.on { font-size:17px; margin-top:28px; line-height:30px }
.on u { text-decoration:none; border-bottom:1px solid #444; padding:0 14px; font-style:italic }
.hrs { font-size:16px; margin-top:14px }
.seal { width:118px; height:118px; margin:44px auto 0; border-radius:50%;
  background:repeating-conic-gradient(${accent} 0 6deg, ${accent}cc 6deg 12deg); display:flex; align-items:center; justify-content:center }
.seal div { width:86px; height:86px; border-radius:50%; border:2px solid #fff; color:#fff; display:flex; align-items:center;
  justify-content:center; text-align:center; font: bold 10px ${sans}; line-height:13px; letter-spacing:1px }
.bot { position:absolute; left:0; right:0; bottom:0; font-size:13px }
.signed { text-align:left; font-style:italic; font-size:15px; margin-bottom:4px }
.sigs { display:flex; justify-content:space-between }
.sig { width:44%; text-align:center }
.sig .h { font: 27px ${hand}; color:#243b7a; border-bottom:1px solid #333; height:38px }
.sig .r { font: 11.5px ${sans}; margin-top:4px; color:#333 }
.ap { margin-top:16px; font: 11.5px ${sans}; color:#333; letter-spacing:0.5px }
</style>
<div class="g"></div><div class="g2"></div><div class="g3"></div>
<div class="w">
 <div class="crest">${initials}</div>
 <div class="org">${org}</div>
 <div class="addr">${street} · ${city}</div>
 <h1>${heading}</h1>
 <div class="sub">${sub}</div>
 <div class="p">${pre}</div>
 <div class="nm">${name}</div>
 <div class="p">${mid}</div>
 <div class="crs">${title}</div>
 <div class="on">On the <u>${day}</u> Day of <u>${month}</u> In the Year <u>${year}</u><br>At: ${venue}</div>
 <div class="hrs">${hours_lead} ${hours}</div>
 <div class="seal"><div>${seal_html}</div></div>
 <div class="bot">
  <div class="signed">Signed,</div>
  <div class="sigs">
   <div class="sig"><div class="h">${s1}</div><div class="r">${s1}, ${r1}</div></div>
   <div class="sig"><div class="h">${s2}</div><div class="r">${s2}, ${r2}</div></div>
  </div>
  <div class="ap">${ap_label} ${approval} &nbsp;·&nbsp; ${cert_label} ${cert}</div>
 </div>
</div>
"""


def fill(d):
    from corpus.formats import MONTHS, ORDINAL_WORDS, suffix

    c = d.completed
    if d.chance(0.5):
        day = ORDINAL_WORDS[c.day].title()
    else:
        day = f"{c.day}{suffix(c.day)}"
    month, year = MONTHS[c.month - 1], str(c.year)
    d.put(
        "completion_date",
        c.isoformat(),
        f"On the {day} Day of {month} In the Year {year}",
    )
    org = d.provider()
    words = [w for w in org.replace(",", "").split() if w[0].isupper() and w not in ("LLC", "Inc.")]
    street, city = d.address()
    r1 = d.pick(["Lead Instructor", "IICRC Approved Instructor", "Course Instructor"])
    r2 = d.pick(["Director of Education", "President", "Training Manager"])
    return {
        "initials": "".join(w[0] for w in words[:3]),
        "org": org,
        "street": street,
        "city": city,
        "heading": d.pick(["Certificate of Completion", "Certificate of Training"]),
        "sub": d.pick(
            ["Continuing Education", "IICRC Continuing Education Credit", "Course Record"]
        ),
        "pre": d.pick(["This is to certify that", "Be it known that"]),
        "name": d.name(d.pick(["plain", "plain", "honorific"])),
        "mid": d.pick(
            [
                "has successfully completed the course requirements for",
                "has satisfactorily met all course requirements of",
            ]
        ),
        "title": d.title(d.pick(["plain", "with_code"])),
        "day": day,
        "month": month,
        "year": year,
        "venue": d.venue(),
        "hours_lead": d.pick(["and is credited with", "Credit awarded:", "earning"]),
        "hours": d.hours(d.pick(["words", "words_cec", "words"])),
        "seal_html": d.pick(["OFFICIAL<br>SEAL", "CERTIFIED<br>TRAINING", "IICRC<br>CEC"]),
        "s1": d.person(),
        "r1": r1,
        "s2": d.person(),
        "r2": r2,
        "ap_label": d.pick(["IICRC Course Approval No.", "IICRC Approval #", "CEC Approval:"]),
        "approval": d.approval(),
        "cert_label": d.pick(["Certificate No.", "Serial"]),
        "cert": d.number(),
    }
