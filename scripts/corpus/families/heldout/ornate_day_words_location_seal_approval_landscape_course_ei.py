"""A traditional certificate produced by an LMS certificate builder from a
classic template: an ornate double frame with corner rosettes, a big serif
display title, "this is to certify that", the learner in large italic
serif, "has successfully completed the course requirements for" the course,
the date written as the day of the month and year, where it was held, the
credit in words and figures and the course approval number, a red seal and
two signatures under "Signed,"; a certificate number sits in the corner."""

SOURCE = "azuya/CertificateBuilder:templates/default/default.tpl"
KIND = "course"
PAPER = ["a4-landscape", "letter-landscape"]
CATEGORIES = (
    "landscape",
    "ornate",
    "big-serif-title",
    "sentence",
    "date-words",
    "hours-in-sentence",
    "seal",
    "approval",
    "distractor-person",
)

TEMPLATE = """<style>
.f1 { position:absolute; inset:20px; border:10px solid ${dark} }
.f2 { position:absolute; inset:36px; border:2px solid ${accent} }
.f3 { position:absolute; inset:42px; border:1px solid ${accent} }
.ro { position:absolute; width:44px; height:44px; border-radius:50%; background:radial-gradient(circle, ${accent} 0 30%, #fff 31% 42%, ${accent} 43% 55%, #fff 56%); border:2px solid ${accent} }
.no { position:absolute; right:76px; top:62px; font: 12px ${serif}; color:#555 }
.w { position:absolute; left:110px; right:110px; top:78px; text-align:center; color:#222; font-family:${serif} }
h1 { font: normal 54px ${display}; color:${dark}; margin:0; letter-spacing:2px }
.cert { font: 19px ${serif}; font-style:italic; margin-top:16px }
.nm { font: italic 44px ${serif}; color:#111; margin:8px auto 4px; border-bottom:1px solid #999; display:inline-block; padding:0 40px 4px; line-height:1.2 }
.p { font-size:17px; line-height:26px; margin-top:8px }
.ti { font: bold 26px ${serif}; color:${dark}; margin:8px 0 6px; line-height:1.25 }
.sg { position:absolute; left:150px; right:150px; bottom:86px; display:flex; justify-content:space-between; align-items:flex-end }
.sg .s { width:230px; border-top:1px solid #333; padding-top:5px; font: 13px ${serif}; text-align:center; position:relative; line-height:17px }
.sg .s em { position:absolute; left:-60px; right:-60px; top:-38px; white-space:nowrap; font: normal 26px ${hand}; color:#1c2a55 }
.nw { white-space:nowrap }
.signed { position:absolute; left:150px; bottom:176px; font: italic 15px ${serif}; color:#444 }
.seal { width:112px; height:112px; border-radius:50%; background:#a11d22; color:#fff; display:flex; align-items:center; justify-content:center; text-align:center; font: bold 10.5px ${serif}; letter-spacing:1px; line-height:14px; box-shadow:0 0 0 5px #fff, 0 0 0 8px #a11d22; padding:12px }
</style>
<div class="f1"></div><div class="f2"></div><div class="f3"></div>
<div class="ro" style="left:24px;top:24px"></div><div class="ro" style="right:24px;top:24px"></div>
<div class="ro" style="left:24px;bottom:24px"></div><div class="ro" style="right:24px;bottom:24px"></div>
<div class="no">${no_label} ${number}</div>
<div class="w">
 <h1>${heading}</h1>
 <div class="cert">${certify}</div>
 <div class="nm">${name}</div>
 <div class="p">${req}</div>
 <div class="ti">${title}</div>
 <div class="p">${offered} ${org}, ${on} <span class="nw">${date}</span>${at}</div>
 <div class="p">${credit_lead} <span class="nw">${hours}</span> ${credit_tail} ${approval}.</div>
</div>
<div class="signed">Signed,</div>
<div class="sg"><div class="s"><em>${s1}</em>${s1}<br>${r1}</div><div class="seal">${seal}</div><div class="s"><em>${s2}</em>${s2}<br>${r2}</div></div>
"""


def fill(d):
    where = d.pick([d.city(), d.venue(), "online"])
    return {
        "no_label": d.pick(["No.", "Certificate No.", "Serial"]),
        "number": d.number(),
        "heading": d.pick(["Certificate of Completion", "Certificate of Training", "Certificate"]),
        "certify": d.pick(["This is to certify that", "Be it known that", "This certifies that"]),
        "name": d.name(d.pick(["plain", "plain", "honorific"])),
        "req": d.pick(
            [
                "has successfully completed the course requirements for",
                "has satisfactorily fulfilled every requirement of the course",
                "is awarded this certificate in recognition of completing",
            ]
        ),
        "title": d.title(d.pick(["plain", "plain", "with_code"])),
        "offered": d.pick(["offered by", "conducted by", "as given by"]),
        "org": d.provider(),
        "on": "on",
        "date": d.date("words"),
        "at": "" if where == "online" else f", at {where}",
        "credit_lead": d.pick(
            ["This course carries", "The holder is credited with", "Credit awarded:"]
        ),
        "hours": d.hours(d.pick(["words", "words_cec", "words"])),
        "credit_tail": d.pick(
            ["under IICRC course approval no.", "— approval number", "per approval"]
        ),
        "approval": d.approval(),
        "s1": d.person(),
        "r1": d.pick(["Instructor", "IICRC Approved Instructor", "Course Director"]),
        "s2": d.person(),
        "r2": d.role(),
        "seal": d.pick(["OFFICIAL SEAL", "SEAL OF COMPLETION", "CERTIFIED"]),
    }
