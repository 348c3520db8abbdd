"""A portrait certificate built as one bordered table, as e-mailed HTML
certificates are: the school's logo block centred at the top, a bold heading,
then one centred cell per line ("certifies that", the name, "has completed",
the course, "on", the date); two signature cells side by side and a small
credit line and certificate number at the foot."""

SOURCE = "realcme/newmigration:certifications2/certificate-healthhiv.tpl.php"
KIND = "course"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = ("portrait", "sentence", "provider-in-logo", "distractor-person", "table-layout")

TEMPLATE = """<style>
.t { position:absolute; left:70px; width:calc(100% - 140px); top:${top}px; border:7px solid ${frame}; border-collapse:collapse;
  font-family:${face}; color:${ink}; text-align:center }
.t td { padding:0 24px }
.logo { padding-top:26px !important }
.lg { display:inline-flex; align-items:center; gap:12px; border-bottom:2px solid ${frame}; padding-bottom:10px }
.mk { width:52px; height:52px; border-radius:10px; background:${frame}; color:#fff; font: bold 20px ${sans};
  display:flex; align-items:center; justify-content:center }
.wn { font: bold 19px ${display}; color:${dark}; text-align:left; max-width:380px; line-height:23px }
.wn small { display:block; font: 10px ${sans}; letter-spacing:2px; color:#555; text-transform:uppercase }
.hd { padding-top:${gap}px !important; font-size:26px; font-weight:bold; color:${dark} }
.s { padding-top:22px !important; font-size:16px; font-weight:bold }
.nm { padding-top:16px !important; font-size:30px; font-weight:bold; color:#303030 }
.ct { padding-top:16px !important; font-size:22px; font-weight:bold; color:#303030; line-height:28px }
.dt { padding-top:14px !important; font-size:18px; font-weight:bold; color:#303030 }
.sg td { width:50%; padding-top:${siggap}px !important; padding-bottom:10px !important; vertical-align:top; font-size:13px; line-height:18px }
.sg .h { font: 26px ${hand}; color:#1c2e6e; height:34px; white-space:nowrap }
.sg .ln { border-top:1px solid #777; margin:0 20px; padding-top:4px }
.ft { padding:12px 24px 18px !important; font-size:11.5px; color:#555; border-top:1px solid #ccc; line-height:16px }
</style>
<table class="t">
 <tr><td colspan="2" class="logo"><div class="lg"><div class="mk">${initials}</div><div class="wn">${org}<small>${tagline}</small></div></div></td></tr>
 <tr><td colspan="2" class="hd">${heading}</td></tr>
 <tr><td colspan="2" class="s">${certifies}</td></tr>
 <tr><td colspan="2" class="nm">${name}</td></tr>
 <tr><td colspan="2" class="s">${completed}</td></tr>
 <tr><td colspan="2" class="ct">${title}</td></tr>
 <tr><td colspan="2" class="s">on</td></tr>
 <tr><td colspan="2" class="dt">${date}</td></tr>
 <tr class="sg">
  <td><div class="h">${signer1}</div><div class="ln">${signer1}<br>${role1}</div></td>
  <td><div class="h">${signer2}</div><div class="ln">${signer2}<br>${role2}</div></td>
 </tr>
 <tr><td colspan="2" class="ft">${credit_line}<br>Certificate No. ${cert_no} &middot; ${web}</td></tr>
</table>
"""


def fill(d):
    org = d.provider()
    initials = "".join(w[0] for w in org.replace("&", "").split() if w[0].isupper())[:3]
    if d.chance(0.5):
        credit_line = f"This course has been approved by the IICRC for {d.hours('cec_hours')}."
    else:
        hours = d.hours(d.pick(["iicrc_cec", "credit_hours", "cecs_colon"]))
        credit_line = d.pick([f"{hours}", f"Continuing education credit \u2014 {hours}"])
    approval = d.approval() if d.chance(0.5) else None
    if approval:
        credit_line += f" IICRC course approval {approval}."
    return {
        "top": d.pick([60, 80, 100]),
        "gap": d.pick([50, 70]),
        "siggap": d.pick([100, 130]),
        "frame": d.pick(["#828385", "#6b6f75", "#8a7f6a", "#4f6d7a"]),
        "ink": d.pick(["#555759", "#4a4a4a", "#333"]),
        "face": d.fonts[d.pick(["sans", "sans", "serif"])],
        "hand": d.fonts["hand"],
        "initials": initials or "CE",
        "org": org,
        "tagline": d.pick(["Training & Certification", "Continuing Education", "Est. 2004"]),
        "heading": d.pick(
            [
                "Certificate of Proficiency",
                "Certificate of Course Completion",
                "Certificate of Training",
            ]
        ),
        "certifies": d.pick(
            ["certifies that", "This certifies that", "It is hereby certified that"]
        ),
        "name": d.name(d.pick(["plain", "plain", "upper"])),
        "completed": d.pick(
            ["has completed", "has satisfactorily completed", "has completed the course"]
        ),
        "title": d.title(),
        "date": d.date(),
        "signer1": d.person(),
        "role1": d.pick(["Executive Director", "President", "Director of Education"]),
        "signer2": d.person(),
        "role2": d.pick(["Lead Instructor", "IICRC Approved Instructor", "Course Instructor"]),
        "credit_line": credit_line,
        "cert_no": d.number(),
        "web": d.web(),
    }
