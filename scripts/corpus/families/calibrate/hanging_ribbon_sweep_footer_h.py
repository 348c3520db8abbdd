"""A landscape certificate with pale sweeps at the sides, a dark ribbon that
hangs from the top edge near the right with a round seal at its notched end,
and two curved bands (accent over dark) filling the bottom. A big spaced
heading over a small ruled subtitle, the holder in a script face over a dotted
rule, the course in accent capitals, one line with credit and approval, and a
footer pair (date over a rule, signature over a rule) sitting above the bands;
the provider is printed only in white inside the dark bottom band."""

SOURCE = "Suraj-0228/QuizMaster:certificate.php"
KIND = "course"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "landscape",
    "script-name",
    "dark-band",
    "provider-in-logo",
    "labelled",
    "seal",
    "distractor-person",
)

TEMPLATE = """<style>
.bg { position:absolute; inset:0; width:100%; height:100% }
.fr { position:absolute; inset:22px; border:2px solid ${accent} }
.rib { position:absolute; top:0; right:120px; width:84px; height:300px; background:${dark};
  clip-path:polygon(0 0, 100% 0, 100% 100%, 50% 88%, 0 100%) }
.seal { position:absolute; top:236px; right:105px; width:114px; height:114px; border-radius:50%;
  background:radial-gradient(circle, ${accent} 0 52%, #fff 52% 55%, ${accent} 55% 100%);
  display:flex; align-items:center; justify-content:center; color:#fff; text-align:center;
  font: bold 11px ${sans}; line-height:14px; letter-spacing:1px; box-shadow:0 4px 8px rgba(0,0,0,0.35) }
.c { position:absolute; top:74px; left:60px; right:230px; text-align:center; color:${dark} }
h1 { font: bold 54px ${display}; letter-spacing:8px; margin:0 }
.st { display:flex; align-items:center; justify-content:center; gap:14px; font: bold 14px ${sans};
  letter-spacing:3px; color:${accent}; margin-top:8px }
.st:before, .st:after { content:''; width:80px; height:1px; background:${accent} }
.pr { font: 500 12.5px ${sans}; letter-spacing:1.5px; margin-top:34px }
.nm { font: 50px ${script}; margin-top:14px; line-height:62px }
.dv { width:52%; margin:4px auto 0; border-bottom:1px dotted #888 }
.gold { font: 600 15px ${sans}; color:${accent}; letter-spacing:1px; margin-top:22px; line-height:21px }
.ds { font: 13.5px ${sans}; line-height:21px; margin:8px auto 0; max-width:78% }
.ap { font: 600 12px ${sans}; letter-spacing:1px; margin-top:8px; color:#444 }
.ft { position:absolute; left:120px; right:290px; top:${foot_top}px; display:flex; justify-content:space-between; color:${dark} }
.bx { width:250px; text-align:center; white-space:nowrap }
.bx .v { font: 500 15px ${sans}; min-height:30px; display:flex; align-items:flex-end; justify-content:center }
.bx .s { font: 28px ${hand}; color:#1c2f6b }
.bx .ln { border-top:1px solid #888; margin-top:4px; padding-top:5px; font: 600 12px ${sans} }
.org { position:absolute; left:0; right:0; bottom:34px; text-align:center; color:#fff; font: bold 17px ${sans};
  letter-spacing:3px }
.org small { display:block; font: 11px ${sans}; letter-spacing:1px; margin-top:3px; opacity:0.9 }
</style>
<svg class="bg" viewBox="0 0 1100 800" preserveAspectRatio="none">
 <path d="M0,0 L330,0 C200,300 150,540 0,800 Z" fill="${light}"/>
 <path d="M1100,0 L860,0 C1000,300 1040,540 1100,800 Z" fill="${light}" opacity="0.6"/>
 <path d="M0,${sweep1} C300,${sweep1c} 700,${sweep1d} 1100,${sweep1e} L1100,800 L0,800 Z" fill="${accent}"/>
 <path d="M0,${sweep2} C300,${sweep2c} 750,${sweep2d} 1100,${sweep2e} L1100,800 L0,800 Z" fill="${dark}"/>
</svg>
<div class="fr"></div>
<div class="rib"></div>
<div class="seal">${seal_html}</div>
<div class="c">
 <h1>${heading}</h1>
 <div class="st">${subtitle}</div>
 <div class="pr">${presented}</div>
 <div class="nm">${name}</div>
 <div class="dv"></div>
 <div class="gold">${title}</div>
 <div class="ds">${desc} ${hours}.</div>
 <div class="ap">${ap_label} ${approval}</div>
</div>
<div class="ft">
 <div class="bx"><div class="v">${date}</div><div class="ln">${date_label}</div></div>
 <div class="bx"><div class="v s">${signer}</div><div class="ln">${signer}, ${role}</div></div>
</div>
<div class="org">${org}<small>${web}</small></div>
"""


def fill(d):
    return {
        "sweep1": 600,
        "sweep1c": 700,
        "sweep1d": 740,
        "sweep1e": 640,
        "sweep2": 625,
        "sweep2c": 735,
        "sweep2d": 775,
        "sweep2e": 665,
        "foot_top": d.pick([452, 468]),
        "heading": d.pick(["CERTIFICATE", "CERTIFICATE"]),
        "subtitle": d.pick(["OF COMPLETION", "OF ACHIEVEMENT", "OF TRAINING"]),
        "presented": d.pick(
            [
                "THIS CERTIFICATE IS PROUDLY PRESENTED TO",
                "THIS CERTIFICATE IS AWARDED TO",
                "PRESENTED TO",
            ]
        ),
        "seal_html": d.pick(["CEC<br>APPROVED", "IICRC<br>CEC", "CERTIFIED<br>COURSE"]),
        "name": d.name(d.pick(["plain", "plain", "plain", "honorific"])),
        "title": d.title(d.pick(["plain", "upper", "code_first"])),
        "desc": d.pick(
            [
                "for successfully completing all course requirements, earning",
                "in recognition of completing the course and its examination, with",
                "having attended and completed the course for",
            ]
        ),
        "hours": d.hours(d.pick(["cec_hours", "ceu_and_cec", "hours_title", "words_cec"])),
        "ap_label": d.pick(["IICRC Course #", "Approval No.", "IICRC approval"]),
        "approval": d.approval(),
        "date": d.date(d.pick(["long", "short_month", "us_numeric", "dmy_long"])),
        "date_label": d.pick(["Date", "Date Completed", "Completion Date"]),
        "signer": d.person(),
        "role": d.pick(["Lead Instructor", "Instructor", "Director of Education", "President"]),
        "org": d.provider("upper"),
        "web": d.web(),
    }
