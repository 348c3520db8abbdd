"""A modern landscape completion certificate typeset from one file: a
rounded double frame with faint circle arcs bleeding off two corners, the
provider's mark and name centred on top, the kind of certificate in spaced
capitals over a short rule, grey connecting lines around the bold name and
course, and one small details line joining sessions, credit, dates and place
with middle dots. Two signatures flank a small "Issued" date; a footer
carries the certificate ID and contact line."""

SOURCE = "neu-data/certificate-template:certificate.typ"
KIND = "course"
PAPER = ["a4-landscape", "letter-landscape"]
CATEGORIES = (
    "landscape",
    "sentence",
    "date-range",
    "distractor-person",
    "distractor-date",
    "provider-in-logo",
    "details-line",
    "ceu-hours",
)

TEMPLATE = """<style>
.f1 { position:absolute; inset:34px; border:3.5px solid ${dark}; border-radius:6px }
.f2 { position:absolute; inset:45px; border:1px solid #9fd3cb; border-radius:4px }
.arc { position:absolute; width:318px; height:318px; border-radius:50%; border:8px solid; opacity:0.16 }
.a1 { left:-120px; top:-120px; border-color:${dark} } .a2 { right:-120px; bottom:-120px; border-color:${accent} }
.w { position:absolute; left:90px; right:90px; top:92px; text-align:center; font-family:${sans}; color:#04242f }
.logo { display:inline-flex; align-items:center; gap:12px }
.logo i { width:54px; height:54px; border-radius:50%; border:7px solid ${dark}; border-right-color:${accent} }
.logo b { font-size:21px; letter-spacing:0.5px; text-align:left; max-width:360px; line-height:24px }
.kind { margin-top:40px; font-size:34px; font-weight:bold; letter-spacing:0.08em; text-transform:uppercase; color:${dark} }
.rule { width:226px; border-top:2px solid ${dark}; margin:16px auto 30px }
.g { font-size:17px; color:#7d8c96 }
.nm { font-weight:bold; margin:18px 0 20px; line-height:1.15 }
.co { font-size:26px; font-weight:bold; color:${accent}; margin:18px auto 22px; max-width:820px; line-height:31px }
.det { font-size:15px }
.sg { position:absolute; left:120px; right:120px; bottom:128px; display:flex; justify-content:space-between; align-items:flex-end;
  font-family:${sans}; color:#04242f }
.sg .s { width:250px; text-align:center } .sg .s .h { font-family:${hand}; font-size:25px; color:#2a3f7a; height:34px }
.sg .s .ln { border-top:1px solid #04242f; padding-top:5px; font-size:14.5px; font-weight:bold }
.sg .s small { display:block; font-size:12px; color:#7d8c96; font-weight:normal; margin-top:2px }
.sg .iss { text-align:center; font-size:12px; color:#7d8c96 } .sg .iss b { display:block; font-size:14.5px; color:#04242f; margin-top:2px }
.ft { position:absolute; left:90px; right:90px; bottom:66px; text-align:center; font: 11px ${sans}; color:#7d8c96; line-height:16px }
.ft b { color:#04242f } .ft i { color:${dark} }
</style>
<div class="arc a1"></div><div class="arc a2"></div>
<div class="f1"></div><div class="f2"></div>
<div class="w">
 <div class="logo"><i></i><b>${org}</b></div>
 <div class="kind">${kind}</div>
 <div class="rule"></div>
 <div class="g">This is to certify that</div>
 <div class="nm" style="font-size:${name_px}px">${name}</div>
 <div class="g">${connector}</div>
 <div class="co">${title}</div>
 <div class="det">${sessions}  ·  ${hours}  ·  ${dates}  ·  ${place}</div>
</div>
<div class="sg">
 <div class="s"><div class="h">${sign1}</div><div class="ln">${sign1}<small>${sign1_title}</small></div></div>
 <div class="iss">Issued<b>${issued}</b></div>
 <div class="s"><div class="h">${sign2}</div><div class="ln">${sign2}<small>${sign2_title}</small></div></div>
</div>
<div class="ft">Certificate ID: <b>${cert_id}</b>  ·  ${verify}  ·  ${org_short}  ·  ${web}<br><i>${tagline}</i></div>
"""


def fill(d):
    name = d.name(d.pick(["plain", "plain", "upper"]))
    n = len(name)
    name_px = 30 if n > 32 else 36 if n > 24 else 44
    org = d.provider()
    days = d.pick([1, 1, 2])
    sessions = d.pick(
        [
            f"{days + 1} classroom days",
            f"{d.pick([3, 4, 5, 6])} online sessions",
            f"{days + 1}-day course",
            "Classroom and hands-on lab",
        ]
    )
    how = d.pick(["mail", "web", "approval"])
    if how == "approval":
        verify = f"IICRC approval {d.approval()}"
    else:
        verify = (
            f"Verify at education@{d.web()[4:]}" if how == "mail" else f"Verify at {d.web()}/verify"
        )
    return {
        "org": org,
        "kind": d.pick(
            [
                "Certificate of Completion",
                "Certificate of Training",
                "Continuing Education Certificate",
            ]
        ),
        "name_px": name_px,
        "name": name,
        "connector": d.pick(
            ["has successfully completed", "has completed the course", "has completed"]
        ),
        "title": d.title(),
        "sessions": sessions,
        "hours": d.hours(
            d.pick(["ceu_and_cec", "ceu_and_cec", "contact_and_cec", "hours_title", "cec_hours"])
        ),
        "dates": d.date_range(days),
        "place": "Online" if "online" in sessions else d.pick([d.city(), d.venue(), "On site"]),
        "sign1": d.person(),
        "sign1_title": d.pick(["Lead Trainer", "Lead Instructor, WRT/ASD", d.role()]),
        "issued": d.other_date("issue", d.pick(["us_dash", "dmy_numeric", "long", "us_numeric"])),
        "sign2": d.person(),
        "sign2_title": d.pick(["Trainer", "Program Director", d.role()]),
        "cert_id": d.number(d.pick(["", "TR-", "CE-"])),
        "verify": verify,
        "org_short": org,
        "web": d.web(),
        "tagline": d.pick(["Dry it right the first time.", "Training the people who restore.", ""]),
    }
