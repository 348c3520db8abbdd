"""A half-letter certificate printed on parchment-coloured stock at the
certification body's booth and handed to each technician who registers
there: an ornamental frame (a thick rule, a hairline and small fleurons at
the corners and mid-sides), a letter-spaced caption and a large display
title naming the booth registration, "This is to certify that" over the name
in a script, one centred sentence naming the show and the day written out
in words, a second sentence giving the credit in words and figures, a
signature line for the booth attendant and a round embossed-style seal."""

SOURCE = (
    "azuya/CertificateBuilder:templates/default/default.tpl (border top and bottom, 'This is to "
    "certify that', name, 'On the __ Day of __ In the Year __', 'At:' line, signature); booth "
    "registration credit from https://www.randrmagonline.com/articles/85420-iicrc-continuing-education"
)
KIND = "booth"
PAPER = "half-letter"
CATEGORIES = (
    "ornate",
    "landscape",
    "script-name",
    "sentence",
    "seal",
    "date-words",
    "hours-in-sentence",
    "letter-spaced",
    "distractor-person",
)

TEMPLATE = """<style>
.pg { position:absolute; inset:0; background:${paper} }
.f1 { position:absolute; inset:16px; border:7px solid ${ink} }
.f2 { position:absolute; inset:28px; border:1px solid ${ink} }
.f3 { position:absolute; inset:32px; border:1px dotted ${ink2} }
.fl { position:absolute; width:26px; height:26px; font: 24px ${serif}; color:${ink}; background:${paper}; text-align:center; line-height:26px }
.tl { left:19px; top:19px } .tr { right:19px; top:19px } .bl { left:19px; bottom:19px } .br { right:19px; bottom:19px }
.tm { left:50%; top:15px; margin-left:-13px } .bm { left:50%; bottom:15px; margin-left:-13px }
.c { position:absolute; left:64px; right:64px; top:54px; text-align:center; color:#2a2118; font-family:${serif} }
.cap { font: 10.5px ${sans}; letter-spacing:5px; text-transform:uppercase; color:${ink} }
.pre { font: italic 15px ${display}; color:${ink}; margin-top:4px; min-height:4px }
h1 { margin:0; font: 31px ${display}; color:${ink}; letter-spacing:1px; line-height:36px }
.ct { font-style:italic; font-size:14px; margin-top:10px }
.nm { font: 38px ${scriptf}; line-height:48px; color:#1b1410; margin:2px auto 0; border-bottom:1px solid ${ink2}; display:inline-block; padding:0 30px }
.s1 { font-size:14.5px; line-height:22px; margin-top:18px }
.s2 { font-size:14px; line-height:21px; margin-top:12px }
.ft { position:absolute; left:78px; right:78px; bottom:48px; display:flex; justify-content:space-between; align-items:flex-end; font: 11px ${sans}; color:#333 }
.sg { width:210px; text-align:center; line-height:14px }
.sg .h { font: 22px ${handf}; color:#1d2c6b; border-bottom:1px solid #333; height:30px; line-height:36px; white-space:nowrap; overflow:hidden }
.seal { width:86px; height:86px; border-radius:50%; background: radial-gradient(circle, ${seal} 0 55%, ${seal2} 56% 60%, ${seal} 61%);
  box-shadow: 0 0 0 3px ${paper}, 0 0 0 5px ${seal2}; display:flex; align-items:center; justify-content:center; text-align:center;
  font: bold 9px ${sans}; letter-spacing:1.2px; color:#fff; line-height:12px; text-transform:uppercase; margin-bottom:2px }
.no { width:210px; text-align:center; font-size:10px; color:#555; line-height:14px }
</style>
<div class="pg"></div><div class="f1"></div><div class="f2"></div><div class="f3"></div>
<span class="fl tl">&#10087;</span><span class="fl tr">&#10087;</span><span class="fl bl">&#10087;</span><span class="fl br">&#10087;</span>
<span class="fl tm">&#10086;</span><span class="fl bm">&#10086;</span>
<div class="c">
 <div class="cap">${caption}</div>
 <div class="pre">${pre}</div>
 <h1>${title}</h1>
 <div class="ct">${certify}</div>
 <div class="nm">${name}</div>
 <div class="s1">${s1a} <b>${event}</b> ${s1b} <span style="white-space:nowrap">${date}.</span></div>
 <div class="s2">${s2a} <b>${hours}</b> ${s2b}</div>
</div>
<div class="ft">
 <div class="sg"><div class="h">${staff}</div>${staff}<br>${staff_role}</div>
 <div class="seal">${seal_html}</div>
 <div class="no">${no_label}<br>${number}</div>
</div>
"""


def fill(d):
    papers = ["#f6eed8", "#f3ead2", "#f7f1e1", "#efe8d6"]
    inks = [
        ("#5a1e1e", "#a07850"),
        ("#1f3550", "#7c8ca8"),
        ("#2f3b1f", "#8c9a6a"),
        ("#3a2a14", "#a88a58"),
    ]
    ink, ink2 = d.pick(inks)
    seal = d.pick([("#9b1c1c", "#c9a227"), ("#1f3a5f", "#c0c6d0"), ("#7a5a12", "#e0c878")])
    return {
        "paper": d.pick(papers),
        "ink": ink,
        "ink2": ink2,
        "seal": seal[0],
        "seal2": seal[1],
        "handf": d.fonts["hand"].replace(", cursive", ", 'Dancing Script', cursive"),
        "scriptf": d.fonts["script"].replace(", cursive", ", 'Dancing Script', cursive"),
        "caption": d.pick(["Continuing education", "Exhibit hall credit", "Certification booth"]),
        "pre": d.pick(["Certificate of", "Record of", ""]),
        "title": d.set_title("IICRC Booth Registration"),
        "certify": d.pick(["This is to certify that", "Be it known that", "This certifies that"]),
        "name": d.name("plain"),
        "s1a": d.pick(
            [
                "registered in person at the IICRC booth on the exhibit floor of the",
                "visited the IICRC booth and completed registration at the",
            ]
        ),
        "event": d.provider(),
        "s1b": "on",
        "date": d.date("words"),
        "s2a": d.pick(["and is hereby awarded", "and has earned", "and is credited with"]),
        "hours": d.hours(d.pick(["words", "words_cec"]) if d.credit != 1 else "cecs"),
        "s2b": d.pick(
            [
                "of continuing education credit toward certification renewal.",
                "toward the renewal of IICRC certification.",
                "for this visit.",
            ]
        ),
        "staff": d.person(),
        "staff_role": d.pick(["Booth Attendant", "IICRC Booth Staff", "Registrar on duty"]),
        "seal_html": d.pick(["IICRC<br>Booth<br>Credit", "Booth<br>Verified", "CEC<br>Verified"]),
        "no_label": d.pick(["Certificate no.", "Booth log no.", "Registration no."]),
        "number": d.number(),
    }
