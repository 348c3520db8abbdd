"""A landscape award whose text is placed piece by piece over a printed
background: a coloured heading, then short coloured phrases with the filled-in
values set bold and underlined between them (holder, course, credit), a line
of recognition, the issuer and the date at the lower right beside a round
seal, and at the lower left a monospaced digest of the certificate's
contents. The background is a guilloche band drawn with gradients."""

SOURCE = (
    "thudep/award-cert-printer:template.typ (Typst: page background image, #place'd "
    "coloured phrases with underlined bold fill-ins, issuer at lower right, department "
    "image, certificate digest printed as raw text)"
)
KIND = "course"
PAPER = ["a4-landscape", "letter-landscape"]
CATEGORIES = (
    "sentence",
    "ornate",
    "landscape",
    "underlined-fill-ins",
    "hours-in-sentence",
    "date-words",
    "distractor-number",
    "seal",
)

TEMPLATE = """<style>
.bg { position:absolute; inset:0;
  background:
   repeating-radial-gradient(circle at 0 0, transparent 0 9px, ${light} 9px 10px),
   repeating-radial-gradient(circle at 100% 100%, transparent 0 9px, ${light} 9px 10px); }
.band { position:absolute; inset:22px; border:18px solid transparent;
  border-image: repeating-linear-gradient(45deg, ${accent} 0 3px, #fff 3px 6px, ${dark} 6px 8px, #fff 8px 11px) 18; }
.inner { position:absolute; inset:46px; border:1px solid ${dark}; background:rgba(255,255,255,0.93) }
.t { position:absolute; left:0; right:0; text-align:center; color:${dark}; letter-spacing:1.5px }
.h { top:10%; font: bold 46px ${display} }
.h small { display:block; font: 15px ${sans}; letter-spacing:5px; text-transform:uppercase; color:${accent}; margin-top:4px }
.row { position:absolute; font: 22px ${serif}; color:${dark}; letter-spacing:1px; white-space:nowrap }
.row u { color:#111; font-weight:bold; text-underline-offset:5px; text-decoration-thickness:1.5px }
.r1 { top:33%; left:14% }
.r1 u { font-size:29px }
.r2 { top:43%; left:8%; right:8%; text-align:center; white-space:normal; line-height:36px }
.r2 u { font-size:25px }
.r3 { top:56%; left:0; right:0; text-align:center }
.r3 u { font-size:26px }
.r4 { top:65%; left:14%; font-style:italic }
.iss { position:absolute; top:73%; left:55%; right:7%; text-align:center; font: bold 18px ${serif}; color:${dark}; line-height:25px }
.iss .dt { font: 15px ${serif}; font-weight:normal; color:#222 }
.iss .ap { font: 12.5px ${sans}; font-weight:normal; color:#333; margin-top:3px }
.seal { position:absolute; top:71%; left:33%; width:108px; height:108px; border-radius:50%;
  background: repeating-conic-gradient(${accent} 0 6deg, #fff 6deg 9deg);
  display:flex; align-items:center; justify-content:center }
.seal div { width:78px; height:78px; border-radius:50%; background:${accent}; color:#fff; border:2px solid #fff;
  display:flex; align-items:center; justify-content:center; text-align:center; font: bold 10px ${sans}; line-height:12px }
.dg { position:absolute; bottom:9%; left:14%; font: bold 12px ${sans}; color:${dark}; letter-spacing:1px }
.dg code { font: 13px ${mono}; letter-spacing:0; margin-left:10px; color:#222 }
</style>
<div class="bg"></div><div class="band"></div><div class="inner"></div>
<div class="t h">${heading}<small>${sub}</small></div>
<div class="row r1"><u>${name}</u>${comma}</div>
<div class="row r2">${w_in} <u>${title}</u></div>
<div class="row r3">${w_earned} <u>${hours}</u></div>
<div class="row r4">${w_recog}</div>
<div class="seal"><div>${seal_html}</div></div>
<div class="iss">${provider}<div class="dt">${date}</div><div class="ap">${ap_label} ${approval}</div></div>
<div class="dg">${dg_label}<code>${digest}</code></div>
"""


def fill(d):
    r = d.rng
    hexchars = "0123456789abcdef"
    digest = "".join(r.choice(hexchars) for _ in range(40))
    from decimal import ROUND_HALF_UP, Decimal

    ceu = Decimal(str(d.credit / 10)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    ceu = max(ceu, Decimal("0.1"))
    hours_style = d.pick(["ceu_contact", "words", "cec_hours", "ceu_and_cec", "words_cec"])
    if hours_style == "ceu_contact":
        number = d.hours_number()
        hours = f"{ceu} CEUs ({number} contact hours)"
    else:
        hours = d.hours(hours_style)
    return {
        "heading": d.pick(["Certificate of Completion", "Award of Completion", "Certificate"]),
        "sub": d.pick(["Continuing Education", "Professional Development", "CEC Program"]),
        "name": d.name(d.pick(["plain", "plain", "upper"])),
        "comma": d.pick([",", ""]),
        "w_in": d.pick(["you have completed", "for completing the course", "having completed"]),
        "title": d.title(d.pick(["plain", "plain", "with_code"])),
        "w_earned": d.pick(["and earned", "for a total of", "carrying"]),
        "hours": hours,
        "w_recog": d.pick(
            [
                "This certificate is awarded in recognition thereof.",
                "Issued in recognition of this achievement.",
                "We are pleased to recognise this accomplishment.",
            ]
        ),
        "provider": d.provider(),
        "date": d.date(d.pick(["words", "words", "long", "ordinal"])),
        "ap_label": d.pick(["IICRC approval no.", "Course approval #", "Approved course no."]),
        "approval": d.approval(),
        "seal_html": d.pick(["OFFICIAL<br>SEAL", "CERTIFIED<br>TRAINING", "APPROVED<br>COURSE"]),
        "dg_label": d.pick(["Certificate digest", "Verification digest", "Fingerprint"]),
        "digest": digest,
    }
