"""A landscape certificate of achievement in the style of quiz and LMS
award pages: white stock inside a thin gold rule, a dark ribbon hanging
from the top edge on the right with a notched tail and a gold starburst
seal at its foot, everything else set flush left. The provider's name in
letter-spaced capitals over a short gold bar, a big serif word with a
script second line, "proudly presented to" and the holder's name very
large in a script face, a gold rule, and a running sentence with the
course, its credit hours, the provider again and the date. Two signature
blocks (ink signature, printed name, role) along the foot, left of the
ribbon, and a small verification code in the bottom corner."""

SOURCE = (
    "Suraj-0228/QuizMaster:certificate.php (1100x780 certificate: gold inset border, a navy "
    "ribbon hanging from the top right cut to a notched tail, a gold seal, a large serif title "
    "with a script accent line and the recipient's name in a script face)"
)
KIND = "course"
PAPER = ["a4-landscape", "letter-landscape"]
CATEGORIES = (
    "landscape",
    "ornate",
    "script-name",
    "sentence",
    "hours-in-sentence",
    "seal",
    "letter-spaced",
    "distractor-person",
    "dark-band",
)

TEMPLATE = """<style>
.pg { position:absolute; inset:0; background:${stock}; font-family:${serif}; color:#222 }
.b1 { position:absolute; inset:25px; border:2px solid ${gold} }
.b2 { position:absolute; inset:32px; border:1px solid ${gold}; opacity:.6 }
.rib { position:absolute; top:0; right:${rib_r}px; width:92px; height:${rib_h}px; background:${dark};
  clip-path: polygon(0 0,100% 0,100% 100%,50% 88%,0 100%); }
.rib:before { content:""; position:absolute; left:10px; right:10px; top:0; bottom:0; border-left:2px solid ${gold};
  border-right:2px solid ${gold} }
.seal { position:absolute; right:${seal_r}px; top:${seal_t}px; width:132px; height:132px; border-radius:50%;
  background: repeating-conic-gradient(${gold} 0 5deg, ${gold2} 5deg 10deg);
  display:flex; align-items:center; justify-content:center }
.seal div { width:98px; height:98px; border-radius:50%; background:${gold}; border:3px double #fff8e0;
  color:#fff; text-align:center; display:flex; flex-direction:column; justify-content:center;
  font: bold 11px ${sans}; letter-spacing:1.5px; line-height:15px }
.seal div b { font: bold 22px ${engr}; letter-spacing:0 }
.w { position:absolute; left:88px; right:330px; top:82px; bottom:190px; display:flex; flex-direction:column;
  justify-content:space-between }
.org { font: bold 13px ${sans}; letter-spacing:4px; text-transform:uppercase; color:${dark} }
.bar { width:70px; height:4px; background:${gold}; margin-top:10px }
.h1 { font: bold ${h1_px}px ${engr}; color:${dark}; letter-spacing:3px; line-height:1; margin-top:18px }
.h2 { font: 40px ${script}; color:${gold}; line-height:1.1; margin-top:2px }
.pr { font: 14px ${sans}; letter-spacing:3px; text-transform:uppercase; color:#666 }
.nm { font: ${nm_px}px ${script}; color:#151515; line-height:1.2; margin-top:4px; white-space:nowrap }
.rl { width:80%; border-top:2px solid ${gold}; margin-top:4px }
.tx { font-size:17px; line-height:27px; color:#333; margin-top:14px; max-width:660px }
.tx b { color:${dark} }
.sg { position:absolute; bottom:78px; width:220px; font: 12.5px ${sans}; color:#333; line-height:17px }
.sg .h { font: 26px ${hand}; color:${ink}; white-space:nowrap; height:36px; line-height:36px }
.sg .l { border-top:1px solid #444; padding-top:5px }
.sg .l b { display:block; font-size:14px; color:#111 }
.vc { position:absolute; right:60px; bottom:44px; font: 10px ${mono}; color:#777 }
</style>
<div class="pg">
<div class="b1"></div><div class="b2"></div>
<div class="rib"></div>
<div class="seal"><div>${seal_top}<b>${seal_mid}</b>${seal_bot}</div></div>
<div class="w">
 <div><div class="org">${provider}</div><div class="bar"></div>
  <div class="h1">${h1}</div><div class="h2">${h2}</div></div>
 <div><div class="pr">${presented}</div>
  <div class="nm">${name}</div><div class="rl"></div></div>
 <div class="tx">${sentence_html}</div>
</div>
<div class="sg" style="left:88px"><div class="h">${sig1}</div><div class="l"><b>${sig1}</b>${role1}</div></div>
<div class="sg" style="left:360px"><div class="h">${sig2}</div><div class="l"><b>${sig2}</b>${role2}</div></div>
<div class="vc">${vc_label} ${vc}</div>
</div>
"""

ENGRAVED = [
    "'Linux Libertine Display O', serif",
    "'Old Standard TT', serif",
    "'C059', serif",
    "'P052', serif",
]
SCRIPTS = [
    "'Z003', cursive",
    "'Dancing Script', cursive",
    "'Lobster Two', cursive",
]


def fill(d):
    from html import escape as e

    name = d.name("plain")
    provider = d.provider()
    title = d.title(d.pick(["plain", "plain", "with_code"]))
    hours = d.hours(d.pick(["cec_hours", "words_cec", "iicrc_cec", "cecs"]))
    date = d.date(d.pick(["long", "ordinal", "dmy_long", "weekday"]))
    if hours.startswith("IICRC CECs"):
        tail = f" ({e(hours)})"
        credit = ""
    else:
        tail = ""
        credit = f", a course approved for <b>{e(hours)}</b>"
    sentence = d.pick(
        [
            f"for successfully completing <b>{e(title)}</b>{credit}{tail}, "
            f"offered by {e(provider)} and completed on {e(date)}.",
            f"in recognition of the successful completion of <b>{e(title)}</b>{credit}{tail}. "
            f"Presented by {e(provider)} on {e(date)}.",
        ]
    )
    long_name = len(name) > 22
    rib_r = d.pick([140, 160, 170])
    rib_h = d.pick([400, 430, 460])
    return {
        "stock": d.pick(["#ffffff", "#fffdf7", "#fbf9f2"]),
        "gold": d.pick(["#ce9c3a", "#b8862b", "#c59d45"]),
        "gold2": d.pick(["#e8c572", "#f0d58c", "#dcb45a"]),
        "ink": d.pick(["#1d2c6b", "#222", "#123a7a"]),
        "engr": d.pick(ENGRAVED),
        "script": d.pick(SCRIPTS),
        "rib_r": rib_r,
        "rib_h": rib_h,
        "seal_r": rib_r - 20,
        "seal_t": rib_h - 90,
        "h1_px": d.pick([58, 64]),
        "nm_px": 52 if long_name else 64,
        "provider": provider,
        "h1": d.pick(["CERTIFICATE", "CERTIFICATE"]),
        "h2": d.pick(["of Achievement", "of Completion", "of Excellence"]),
        "presented": d.pick(
            ["Proudly presented to", "This certificate is presented to", "Awarded to"]
        ),
        "name": name,
        "sentence_html": sentence,
        "seal_top": d.pick(["CERTIFIED", "OFFICIAL", "APPROVED"]),
        "seal_mid": d.pick(["CEC", "★", "IICRC"]),
        "seal_bot": d.pick(["TRAINING", "COURSE", "SEAL"]),
        "sig1": d.person(),
        "role1": d.pick(["Lead Instructor", "Course Instructor", "IICRC Approved Instructor"]),
        "sig2": d.person(),
        "role2": d.pick(["Director of Education", "President", "Program Director"]),
        "vc_label": d.pick(["Verify:", "Credential ID", "Code"]),
        "vc": d.pick(["", "QM-", "AC-"]) + d.number().replace("-", ""),
    }
