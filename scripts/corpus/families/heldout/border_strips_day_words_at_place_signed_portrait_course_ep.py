"""A portrait wall certificate in the manner of a certificate builder's
default template: a deep patterned strip across the top and another across
the foot (no side borders), a heading in engraved-looking capitals, "This
is to certify that", the holder's name in a large script face, "has
successfully completed the course requirements for" and the course title,
then the date written out as a day of a month of a year, a line "At:" with
the training centre's city, and the credit in its own line. Lower down,
"Signed," over an ink signature, the signer's printed name and role, and
"for and on behalf of" the provider, with the course approval number in
small type beside a small round embossed seal."""

SOURCE = (
    "azuya/CertificateBuilder:templates/default/default.tpl ('This is to certify that', "
    "name, 'has successfully completed the course requirements for', certification, 'On the "
    "[day] Day of [month] In the Year [year]', 'At: [location]', 'Signed,' over a signature, "
    "border strips at the top and bottom)"
)
KIND = "course"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "portrait",
    "ornate",
    "script-name",
    "sentence",
    "date-words",
    "distractor-person",
    "seal",
    "address",
)

TEMPLATE = """<style>
.pg { position:absolute; inset:0; background:${stock}; font-family:${serif}; color:#1e1e1e }
.strip { position:absolute; left:0; right:0; height:${strip_h}px;
  background: repeating-linear-gradient(${ang}deg, ${dark} 0 6px, ${accent} 6px 9px, ${dark} 9px 15px, ${stock} 15px 17px) }
.strip:after { content:""; position:absolute; left:0; right:0; height:4px; background:${accent} }
.st { top:0 } .st:after { bottom:-8px } .sb { bottom:0 } .sb:after { top:-8px }
.w { position:absolute; left:70px; right:70px; top:${w_top}px; bottom:${w_bot}px; text-align:center;
  display:flex; flex-direction:column; justify-content:space-between }
.h { font: ${h_px}px ${engr}; letter-spacing:${h_ls}px; color:${dark}; line-height:1.15; text-transform:uppercase }
.orn { font-size:22px; color:${accent}; letter-spacing:10px; margin-top:6px }
.p { font: italic 19px ${serif}; color:#333 }
.nm { font: ${nm_px}px ${script}; color:#111; line-height:1.25; white-space:nowrap }
.ti { font: bold ${ti_px}px ${engr}; color:${dark}; line-height:1.25; padding:0 10px }
.dt { font-size:19px; color:#222; line-height:30px }
.cr { font: 15px ${sans}; letter-spacing:1px; color:#444 }
.sgn { display:flex; justify-content:space-between; align-items:flex-end; text-align:left }
.sgn .s { width:300px; font-size:14px; line-height:19px }
.sgn .s i { font-size:17px }
.sgn .s .h2 { font: 32px ${hand}; color:${ink}; white-space:nowrap; height:44px; line-height:44px }
.sgn .s .l { border-top:1px solid #333; padding-top:4px }
.seal { width:110px; height:110px; border-radius:50%; background:${sealbg}; position:relative;
  box-shadow: inset 0 0 0 5px ${sealbg}, inset 0 0 0 7px ${sealrim}, inset 0 0 0 9px ${sealbg};
  display:flex; align-items:center; justify-content:center; text-align:center; font: bold 10px ${sans};
  color:${sealrim}; letter-spacing:1px; line-height:14px }
.ap { font: 11px ${sans}; color:#555; margin-top:8px; text-align:right }
</style>
<div class="pg">
<div class="strip st"></div><div class="strip sb"></div>
<div class="w">
 <div><div class="h">${heading}</div><div class="orn">❧ ✦ ☙</div></div>
 <div class="p">${certify}</div>
 <div class="nm">${name}</div>
 <div class="p">${completed}</div>
 <div class="ti">${title}</div>
 <div class="dt">${on} ${date}<br>${at_label} ${place}</div>
 <div class="cr">${credit}</div>
 <div>
  <div class="sgn">
   <div class="s"><i>${signed}</i><div class="h2">${signer}</div><div class="l">${signer}, ${role}<br>${behalf} ${provider}</div></div>
   <div class="seal">${seal_html}</div>
  </div>
  <div class="ap">${ap_label} ${approval}</div>
 </div>
</div>
</div>
"""

ENGRAVED = [
    "'Linux Libertine Display O', serif",
    "'Old Standard TT', serif",
    "'C059', serif",
    "'EB Garamond', serif",
]
SCRIPTS = ["'Z003', cursive", "'Dancing Script', cursive"]


def fill(d):
    name = d.name("plain")
    title = d.title(d.pick(["plain", "with_code", "upper"]))
    date = d.date("words")
    on = d.pick(["On", "Given on", "Completed on"])
    addr = d.address()
    place = d.pick(
        [addr[1], f"{d.org_alt or d.org} Training Center, {addr[1]}", f"{addr[0]}, {addr[1]}"]
    )
    hours = d.hours(d.pick(["words_cec", "credit_hours", "cec_hours", "ceu_and_cec"]))
    credit = (
        hours
        if hours.startswith("Credit")
        else d.pick(
            [f"Continuing education credit: {hours}", f"This course carries {hours}.", hours]
        )
    )
    provider = d.provider()
    long_name = len(name) > 22
    return {
        "stock": d.pick(["#ffffff", "#fdfbf4", "#f9f6ec"]),
        "ink": d.pick(["#1d2c6b", "#222", "#123a7a"]),
        "engr": d.pick(ENGRAVED),
        "script": d.pick(SCRIPTS),
        "strip_h": d.pick([46, 56, 64]),
        "ang": d.pick([45, 60, 90, 135]),
        "w_top": d.pick([100, 112]),
        "w_bot": d.pick([96, 108]),
        "h_px": d.pick([38, 42]),
        "h_ls": d.pick([2, 4]),
        "nm_px": 50 if long_name else 62,
        "ti_px": 24 if len(title) > 36 else 28,
        "heading": d.pick(["Certificate of Training", "Certificate of Completion", "Certificate"]),
        "certify": d.pick(["This is to certify that", "Be it known that", "This certifies that"]),
        "name": name,
        "completed": d.pick(
            [
                "has successfully completed the course requirements for",
                "has satisfactorily completed all requirements of the course",
                "has fulfilled the requirements of",
            ]
        ),
        "title": title,
        "on": on,
        "date": date,
        "at_label": d.pick(["At:", "At", "Held at:"]),
        "place": place,
        "credit": credit,
        "signed": d.pick(["Signed,", "Witnessed and signed,", "Signed and sealed,"]),
        "signer": d.person(),
        "role": d.pick(
            ["Lead Instructor", "Director of Training", "IICRC Approved Instructor", "Registrar"]
        ),
        "behalf": d.pick(["for and on behalf of", "for"]),
        "provider": provider,
        "sealbg": d.pick(["#e9e4d6", "#dcd6c5", "#ece8dc"]),
        "sealrim": d.pick(["#8c8470", "#7a725c"]),
        "seal_html": d.pick(["CORPORATE<br>SEAL", "OFFICIAL<br>SEAL", "EMBOSSED<br>SEAL"]),
        "ap_label": d.pick(["IICRC course approval no.", "Course approval #", "Approval No."]),
        "approval": d.approval(),
    }
