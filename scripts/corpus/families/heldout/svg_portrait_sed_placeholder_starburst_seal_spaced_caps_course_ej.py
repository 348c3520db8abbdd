"""A portrait certificate drawn as one SVG and filled by sed replacing a
NAME_HERE placeholder: a wide coloured top panel cut by a diagonal with the
school's name in letter-spaced white capitals, a big serif display heading
straddling the panel edge, "AWARDED TO" in small spaced caps, the name in
large italic serif over a long hairline, two lines of running text with the
course and the day, a large gold starburst seal at the lower centre with
the credit printed inside it, and two signatures either side of the seal
with names and titles. A tiny line at the foot prints the certificate
number and the day it was issued."""

SOURCE = "kwpap/Thessaloniki_Open_2022:Certificate_template.svg"
KIND = "course"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "portrait",
    "ornate",
    "dark-band",
    "letter-spaced",
    "provider-in-logo",
    "distractor-person",
    "distractor-date",
)

TEMPLATE = """<style>
.panel { position:absolute; left:0; right:0; top:0; height:300px; background:${dark};
  clip-path: polygon(0 0, 100% 0, 100% 70%, 0 100%) }
.stripe { position:absolute; left:0; right:0; top:0; height:318px; background:${gold};
  clip-path: polygon(0 94%, 100% 64%, 100% 70%, 0 100%) }
.org { position:absolute; left:60px; right:60px; top:56px; text-align:center; font: bold 17px ${sans}; letter-spacing:5px; color:#fff; line-height:24px }
h1 { position:absolute; left:0; right:0; top:112px; margin:0; text-align:center; font: 64px ${display}; color:#fff; line-height:70px }
h1 small { display:block; font-size:26px; letter-spacing:8px; line-height:32px }
.aw { position:absolute; left:0; right:0; top:360px; text-align:center; font: 14px ${sans}; letter-spacing:6px; color:#555 }
.nm { position:absolute; left:70px; right:70px; top:392px; text-align:center; font: italic ${name_size}px ${serif}; color:#111; border-bottom:1px solid #999; padding-bottom:8px }
.tx { position:absolute; left:90px; right:90px; top:${tx_top}px; text-align:center; font: 18px ${serif}; line-height:28px; color:#222 }
.tx b { font-weight:600 }
.seal { position:absolute; left:50%; top:${seal_top}px; width:170px; height:170px; margin-left:-85px; background:${gold};
  clip-path: polygon(50% 0,58% 12%,72% 5%,74% 20%,89% 18%,84% 32%,98% 38%,88% 50%,98% 62%,84% 68%,89% 82%,74% 80%,72% 95%,58% 88%,50% 100%,42% 88%,28% 95%,26% 80%,11% 82%,16% 68%,2% 62%,12% 50%,2% 38%,16% 32%,11% 18%,26% 20%,28% 5%,42% 12%);
  display:flex; align-items:center; justify-content:center }
.seal div { width:112px; height:112px; border-radius:50%; border:2px solid ${dark}; display:flex; flex-direction:column; align-items:center; justify-content:center; font: bold 13px ${sans}; color:${dark}; text-align:center; line-height:16px }
.seal b { font-size:15px }
.sg { position:absolute; top:${sg_top}px; width:220px; text-align:center; font: 13px ${sans}; color:#333 }
.sg .h { font: ${h1}px ${hand}; color:#1b2a6b; line-height:40px; height:40px; white-space:nowrap; border-bottom:1px solid #555 }
.sg b { display:block; font-size:14px; color:#111; margin-top:4px }
.s1 { left:60px } .s2 { right:60px }
.ft { position:absolute; left:0; right:0; bottom:28px; text-align:center; font: 10px ${sans}; color:#888; letter-spacing:1px }
</style>
<div class="stripe"></div><div class="panel"></div>
<div class="org">${provider}</div>
<h1>${h_main}<small>${h_sub}</small></h1>
<div class="aw">${awarded}</div>
<div class="nm">${name}</div>
<div class="tx">${line1} <b>${title}</b>${line2} ${date}.</div>
<div class="seal"><div>${seal_top_text}<b>${hours}</b></div></div>
<div class="sg s1"><div class="h">${s1}</div><b>${s1}</b>${r1}</div>
<div class="sg s2"><div class="h" style="font-size:${h2}px">${s2}</div><b>${s2}</b>${r2}</div>
<div class="ft">${num_label} ${number} · ${issued_label} ${issued}</div>
"""


def fill(d):
    name = d.name(d.pick(["plain", "plain", "honorific"]))
    s1, s2 = d.person(), d.person()
    return {
        "sans": d.fonts["sans"],
        "serif": d.fonts["serif"],
        "display": d.fonts["display"],
        "hand": d.fonts["hand"],
        "dark": d.pick(["#1f3a5f", "#23395d", "#4a1c40", "#1b4332", "#2f2f2f"]),
        "gold": d.pick(["#d4af37", "#c9a227", "#e0b84c"]),
        "provider": d.provider("upper"),
        "h_main": d.pick(["Certificate", "Diploma"]),
        "h_sub": d.pick(["OF COMPLETION", "OF TRAINING", "OF ACHIEVEMENT"]),
        "awarded": d.pick(["AWARDED TO", "PRESENTED TO", "GRANTED TO"]),
        "name": name,
        "name_size": 42 if len(name) <= 24 else 34,
        "tx_top": 478,
        "line1": d.pick(
            [
                "in recognition of the successful completion of",
                "who has satisfactorily completed",
                "for completing all classroom work in",
            ]
        ),
        "title": d.title(d.pick(["plain", "plain", "with_code"])),
        "line2": d.pick([", concluded on", ", finished on", " on"]),
        "date": d.date(d.pick(["ordinal", "long", "dmy_long", "long_upper"])),
        "seal_top": d.pick([630, 650]),
        "seal_top_text": d.pick(["CREDIT", "IICRC CE", "EARNED"]),
        "hours": d.hours(d.pick(["cecs", "hrs", "hours_title"])),
        "sg_top": d.pick([680, 700]),
        "s1": s1,
        "h1": 28 if len(s1) <= 16 else 22 if len(s1) <= 22 else 18,
        "h2": 28 if len(s2) <= 16 else 22 if len(s2) <= 22 else 18,
        "r1": d.pick(["Course Instructor", "Approved Instructor", "Chief Examiner"]),
        "s2": s2,
        "r2": d.pick(["Director", "School Director", "President"]),
        "num_label": d.pick(["Certificate no.", "No.", "Cert. ID"]),
        "number": d.number(),
        "issued_label": d.pick(["Issued", "Printed", "Date of issue"]),
        "issued": d.other_date("issue", d.pick(["us_numeric", "iso", "short_month"])),
    }
