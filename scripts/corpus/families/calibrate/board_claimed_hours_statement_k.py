"""A narrow, centred statement under the provider's logo: "this document
certifies that" the person, on a date, completed the course listed below,
the city, a signature and the signer's title, then a row of asterisks and
the fine print: the approval for a maximum number of hours with the approval
number, and a second sentence saying how many hours the person claimed. The
provider is named only in the logo; the hours and date only inside sentences."""

SOURCE = "realcme/newmigration:certifications/blades/certificate-kbn-kbn.tpl.php"
KIND = "course"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "sentence",
    "provider-in-logo",
    "portrait",
    "distractor-person",
    "hours-in-sentence",
    "tiny-footer",
)

TEMPLATE = """<style>
.w { position:absolute; top:70px; left:50%; width:600px; margin-left:-300px; text-align:center;
  font: 14.5px ${serif}; color:#111; line-height:20px }
.logo { display:flex; flex-direction:column; align-items:center; gap:8px; margin-bottom:26px }
.mk { width:54px; height:54px; background:${dark}; color:#fff; font: bold 22px ${display};
  display:flex; align-items:center; justify-content:center; border-radius:${radius}; font-size:18px }
.wm { text-align:center; font: bold 18px ${logo_face}; color:${dark}; line-height:21px; white-space:nowrap }
.wm span { display:block; font: 10px ${sans}; letter-spacing:2px; text-transform:uppercase; color:#555; font-weight:normal }
p { margin:0 0 14px } h3 { font-size:19px; margin:4px 0 16px }
.sig { font: 27px ${hand}; color:#1d2f6f; margin:22px 0 0; height:34px }
.stars { letter-spacing:1px; margin:18px 0; color:#444; overflow:hidden; white-space:nowrap }
.fine { font-size:12.5px; line-height:17px; text-align:${fine_align} }
h4 { font: bold 11.5px ${serif}; text-transform:uppercase; margin:22px 10px 0; line-height:16px }
</style>
<div class="w">
 <div class="logo"><div class="mk">${initials}</div><div class="wm"><div>${org}</div><span>${tagline}</span></div></div>
 <p>${certifies}</p>
 <h3>${name}</h3>
 <p>On ${date} the individual listed above successfully completed the ${kind_word} listed below:</p>
 <h3 style="margin-bottom:0">${title}</h3>
 <p style="margin:0">${city}</p>
 <div class="sig">${signer}</div>
 <p>${signer}, ${role}<br>${dept}</p>
 <div class="stars">${stars}</div>
 <p class="fine">This ${kind_short} has been approved by the IICRC for ${max_hours} under approval number
  ${approval}. ${fine_rule}</p>
 <p class="fine">This document certifies that the individual listed above claimed <b>${hours} CEC hours</b>
  of continuing education credit.</p>
 <p class="fine">${accredit}</p>
 <h4>${keep}</h4>
</div>
"""


def fill(d):
    org = d.provider()
    words = [w for w in org.replace(",", "").split() if w[0].isalpha() and w[0].isupper()]
    name = d.name(d.pick(["plain", "plain", "upper"]))
    date = d.date(d.pick(["long", "long", "ordinal", "us_numeric", "weekday"]))
    title = d.title(d.pick(["plain", "with_code"]))
    approval = d.approval()
    hours = d.hours_number()
    extra = d.pick([0, 0, 1, 2, 3.5, 7])
    maximum = d.credit + extra
    max_text = f"{maximum:g} CEC hours" if extra == 0 else f"a maximum of {maximum:g} CEC hours"
    return {
        "radius": d.pick(["50%", "6px", "0"]),
        "logo_face": d.fonts[d.pick(["display", "sans", "serif"])],
        "initials": "".join(w[0] for w in words[:3]),
        "org": org,
        "tagline": d.pick(
            ["Continuing Education", "Training & Certification", "Education Department"]
        ),
        "certifies": d.pick(["This document certifies that", "This is to certify that"]),
        "name": name,
        "date": date,
        "kind_word": d.pick(
            ["continuing education course", "training course", "IICRC-approved class"]
        ),
        "title": title,
        "city": d.city(),
        "signer": d.person(),
        "role": d.pick(["Director of Education", "Assistant Director", "Lead Instructor"]),
        "dept": d.pick(["Continuing Education & Professional Development", "Training Department"]),
        "stars": "*" * 62,
        "fine_align": d.pick(["center", "justify"]),
        "kind_short": d.pick(["program", "course", "class"]),
        "max_hours": max_text,
        "approval": approval,
        "fine_rule": d.pick(
            [
                "Approval of a course does not constitute endorsement of its content. Participants must "
                "attend the entire class, provide their IICRC registrant number and complete an evaluation "
                "to receive credit.",
                "Credit is awarded only for the time actually attended; partial attendance is credited in "
                "half-hour steps. An evaluation must be completed before credit is posted.",
            ]
        ),
        "hours": hours,
        "accredit": d.pick(
            [
                "The training office is an IICRC Approved School and keeps attendance records for five years.",
                "Questions about this record may be sent to the registrar at " + d.web() + ".",
            ]
        ),
        "keep": "Please print and/or save this document and keep it on file for purposes of audit, "
        "or send it to the IICRC if required.",
    }
