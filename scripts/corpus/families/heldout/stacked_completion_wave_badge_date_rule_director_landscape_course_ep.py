"""A landscape certificate of completion as a diploma-issuing service lays
one out: two swept waves across the top edge in the house colours, the
provider's wordmark in white in a ruled box on the dark wave at the upper
left, a ribbon badge with
tails at the upper right, and a stacked heading (one huge letter-spaced
word over a smaller line between two rules). Under it, a short line, the
holder's name large in an italic serif, "upon ..." and the course title,
then a one-line description that carries the credit hours. At the foot,
the date sits over a rule captioned in bold capitals, and the director's
name and role in capitals sit under a signature rule on the right; a
small diploma id runs along the bottom edge."""

SOURCE = (
    "romanovlab08/diplomasafe-dompdf-previewer:resources/views/example-diploma.blade.php "
    "(upper waves, badge image, 'CERTIFICATE' over 'OF COMPLETION', 'awarded to', italic name, "
    "'Upon successful completion of', course description, date over a rule captioned DATE, "
    "director's name and role in capitals under a signature rule)"
)
KIND = "course"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "landscape",
    "ornate",
    "provider-in-logo",
    "big-serif-title",
    "letter-spaced",
    "hours-in-sentence",
    "distractor-person",
    "tiny-footer",
    "seal",
    "dark-band",
)

TEMPLATE = """<style>
.pg { position:absolute; inset:0; background:#fff; font-family:${serif}; color:#1d1d1d }
.wv { position:absolute; left:0; top:0; width:100%; height:150px }
.frame { position:absolute; inset:16px; border:1px solid ${accent}; }
.logo { position:absolute; left:52px; top:16px; border:1px solid rgba(255,255,255,.7); padding:5px 12px;
  font: bold 13px ${sans}; letter-spacing:1.5px; text-transform:uppercase; color:#fff; max-width:380px;
  line-height:16px }
.logo small { display:block; font: 9px ${sans}; letter-spacing:2.5px; color:#e8e8e8; margin-top:2px }
.bdg { position:absolute; right:74px; top:78px; width:108px; height:170px }
.bdg .c { position:absolute; left:0; top:0; width:108px; height:108px; border-radius:50%;
  background: repeating-conic-gradient(${accent} 0 7deg, ${seal2} 7deg 14deg);
  display:flex; align-items:center; justify-content:center }
.bdg .c b { width:78px; height:78px; border-radius:50%; background:${dark}; color:#f4e7c0;
  border:2px solid #f4e7c0; display:flex; align-items:center; justify-content:center; text-align:center;
  font: bold 11px ${sans}; letter-spacing:1px; line-height:14px }
.bdg .t { position:absolute; top:88px; width:30px; height:80px; background:${dark};
  clip-path: polygon(0 0,100% 0,100% 100%,50% 82%,0 100%) }
.ttl { position:absolute; left:0; right:0; top:${ttl_top}px; text-align:center }
.ttl h1 { margin:0; font: ${h1_w} ${h1_px}px ${engr}; letter-spacing:${h1_ls}px; color:${dark}; line-height:1 }
.ttl h2 { margin:8px auto 0; font: 19px ${sans}; letter-spacing:6px; color:${accent}; display:flex;
  align-items:center; justify-content:center; gap:16px; text-transform:uppercase }
.ttl h2:before, .ttl h2:after { content:""; width:90px; border-top:1px solid ${accent} }
.bd { position:absolute; left:120px; right:120px; top:${bd_top}px; bottom:200px; text-align:center;
  display:flex; flex-direction:column; justify-content:space-evenly }
.st { font-size:18px; color:#444 }
.nm { font: italic ${nm_px}px ${engr}; color:#111; line-height:1.15 }
.ti { font: bold ${ti_px}px ${serif}; color:${dark}; line-height:1.2 }
.ds { font-size:15px; color:#555; margin:0 60px; line-height:21px }
.ft { position:absolute; left:110px; right:110px; bottom:70px; display:flex; justify-content:space-between;
  align-items:flex-end }
.cap { width:250px; text-align:center; font-size:15px }
.cap hr { border:0; border-top:1px solid #111; margin:4px 0 5px }
.cap strong { font: bold 11.5px ${sans}; letter-spacing:1.5px; line-height:15px }
.cap .h { font: 26px ${hand}; color:${ink}; height:34px; line-height:34px; white-space:nowrap }
.id { position:absolute; left:0; right:0; bottom:28px; text-align:center; font: 9.5px ${sans}; color:#777;
  letter-spacing:.5px }
</style>
<div class="pg">
<svg class="wv" viewBox="0 0 1000 150" preserveAspectRatio="none">
 <path d="M0 0 H1000 V${w1} C760 ${w2} 560 12 300 70 C170 98 70 92 0 70 Z" fill="${dark}"/>
 <path d="M0 70 C70 92 170 98 300 70 C560 12 760 ${w2} 1000 ${w1} V${w3} C760 ${w4} 560 40 300 92 C170 118 70 112 0 92 Z" fill="${accent}" opacity=".85"/>
</svg>
<div class="frame"></div>
<div class="logo">${provider}<small>${tagline}</small></div>
<div class="bdg"><div class="t" style="left:18px;transform:rotate(14deg)"></div><div class="t" style="right:18px;transform:rotate(-14deg)"></div>
 <div class="c"><b>${badge_html}</b></div></div>
<div class="ttl"><h1>${h1}</h1><h2>${h2}</h2></div>
<div class="bd">
 <div class="st">${awarded}</div>
 <div class="nm">${name}</div>
 <div class="st">${upon}</div>
 <div class="ti">${title}</div>
 <div class="ds">${desc}</div>
</div>
<div class="ft">
 <div class="cap"><span>${date}</span><hr><strong>${date_cap}</strong></div>
 <div class="cap"><div class="h">${sig}</div><hr><strong>${signer_caps}<br>${role}</strong></div>
</div>
<div class="id">${id_label} ${diploma_id} &nbsp;·&nbsp; ${web}</div>
</div>
"""

DESCS = [
    "{h} of instruction covering inspection, documentation and safe work practice.",
    "A course of {h}, combining lecture, field demonstration and a written review.",
    "This program was delivered as {h} of classroom and hands-on training.",
    "Approved for {h} toward the holder's continuing education requirement.",
]

ENGRAVED = [
    "'Linux Libertine Display O', serif",
    "'Old Standard TT', serif",
    "'C059', serif",
    "'P052', serif",
    "'EB Garamond', serif",
]


def fill(d):
    provider = d.provider(d.pick([None, "upper"]))
    name = d.name(d.pick(["plain", "plain", "honorific"]))
    title = d.title(d.pick(["plain", "with_code", "code_first"]))
    hours = d.hours(d.pick(["cec_hours", "words", "hours_title", "ceu_and_cec", "contact_and_cec"]))
    desc = d.pick(DESCS)
    if desc.startswith("{h}"):
        desc = desc[3:]
        desc = hours[0].upper() + hours[1:] + desc
    else:
        desc = desc.format(h=hours)
    signer = d.person()
    h1 = d.pick(["CERTIFICATE", "DIPLOMA"])
    return {
        "engr": d.pick(ENGRAVED),
        "seal2": d.pick(["#d4af37", "#c9a227", "#e0c068"]),
        "ink": d.pick(["#1d2c6b", "#222", "#123a7a"]),
        "w1": d.pick([40, 55]),
        "w2": d.pick([110, 130]),
        "w3": d.pick([62, 78]),
        "w4": d.pick([140, 150]),
        "ttl_top": d.pick([150, 160]),
        "h1_w": d.pick(["normal", "bold"]),
        "h1_px": d.pick([60, 66]) if h1 == "CERTIFICATE" else 70,
        "h1_ls": d.pick([8, 12]),
        "bd_top": d.pick([296, 306]),
        "nm_px": 40 if len(name) > 24 else 48,
        "ti_px": 22 if len(title) > 38 else 26,
        "provider": provider,
        "tagline": d.pick(
            [
                "TRAINING & CERTIFICATION",
                "EST. " + str(d.pick(range(1984, 2012))),
                "IICRC APPROVED SCHOOL",
            ]
        ),
        "badge_html": d.pick(["CEC<br>APPROVED", "IICRC<br>CEC", "OFFICIAL<br>SEAL"]),
        "h1": h1,
        "h2": d.pick(["of Completion", "of Training", "of Course Completion"]),
        "awarded": d.pick(
            ["This certificate is awarded to", "Awarded to", "This diploma is conferred upon"]
        ),
        "name": name,
        "upon": d.pick(
            [
                "upon successful completion of",
                "for successfully completing",
                "upon completing the course",
            ]
        ),
        "title": title,
        "desc": desc,
        "date": d.date(d.pick(["long", "short_month", "us_numeric", "dmy_long", "ordinal"])),
        "date_cap": d.pick(["DATE", "DATE COMPLETED", "COMPLETION DATE"]),
        "sig": signer,
        "signer_caps": signer.upper(),
        "role": d.pick(
            ["DIRECTOR", "DIRECTOR OF EDUCATION", "TRAINING DIRECTOR", "SCHOOL DIRECTOR"]
        ),
        "id_label": d.pick(["Diploma ID", "Credential ID", "Certificate no."]),
        "diploma_id": d.number(),
        "web": d.web(),
    }
