"""A landscape certificate on a printed ornamental background (a double
frame with flourished corners and a faint centre rosette): the school's
small logo block in the top left corner and nothing else naming it, a tall
condensed-capitals heading, "This is presented to:", the holder in a large
script face, the course introduced by a short phrase, then a three-cell row
with values over small captions (the class dates as a span, the credit, and
the director's script signature over a printed name and role), a line
saying how long the certificate is valid, and a verification square with a
certificate code in the bottom right corner."""

SOURCE = (
    "0xWormh0le/ian-bland-lms:resources/views/certificate-templates/starter-template.php "
    "(condensed heading, script recipient, date-span and signature info row, validity, QR code)"
)
KIND = "course"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "script-name",
    "ornate",
    "landscape",
    "date-range",
    "provider-in-logo",
    "distractor-person",
    "distractor-date",
    "qr",
)

TEMPLATE = """<style>
.bg { position:absolute; inset:0; background:
  repeating-conic-gradient(from 0deg at 50% 56%, rgba(0,0,0,0.025) 0 1deg, transparent 1deg 6deg),
  repeating-radial-gradient(circle at 50% 56%, transparent 0 9px, rgba(0,0,0,0.03) 9px 10px) }
.bg:after { content:''; position:absolute; inset:0; background:radial-gradient(ellipse at 50% 45%, #fff 0 36%, transparent 62%) }
.f1 { position:absolute; inset:22px; border:5px solid ${accent} }
.f2 { position:absolute; inset:36px; border:1.5px solid ${accent} }
.cr { position:absolute; width:46px; height:46px; border:2px solid ${accent}; border-radius:50%;
  background: radial-gradient(circle, ${accent} 0 5px, transparent 6px 13px, ${accent} 14px 15px, transparent 16px) }
.cr.a { left:-24px; top:-24px } .cr.b { right:-24px; top:-24px } .cr.c { left:-24px; bottom:-24px } .cr.d { right:-24px; bottom:-24px }
.logo { position:absolute; left:70px; top:64px; display:flex; align-items:center; gap:9px; max-width:300px }
.logo .m { width:46px; height:46px; flex:none; background:${dark}; color:#fff; font: bold 16px ${display};
  display:flex; align-items:center; justify-content:center; transform:rotate(45deg) scale(0.78) }
.logo .m span { transform:rotate(-45deg) }
.logo .t { font: bold 11.5px ${sans}; color:${dark}; line-height:14px; letter-spacing:0.6px }
.c { position:absolute; left:90px; right:90px; text-align:center; color:#414042 }
.title { top:142px; font: bold 50px ${cond}; letter-spacing:3px; text-transform:uppercase; color:${dark} }
.act { top:226px; font: 19px ${cond}; letter-spacing:1px }
.nm { top:258px; font: 68px ${script}; color:#594741; line-height:88px }
.rs { top:372px; font: 15px ${sans}; line-height:21px; left:190px; right:190px }
.rs b { font-size:20px; display:block; margin-top:6px; color:#222; line-height:26px }
table.info { position:absolute; left:80px; right:80px; bottom:140px; border-collapse:collapse; table-layout:fixed }
.info td.gap { width:70px; border:none }
.info td { text-align:center; vertical-align:bottom; padding:0 16px }
.info .v { font: 15px ${sans}; color:#333; letter-spacing:1px; border-bottom:1px solid #777; padding-bottom:4px; height:44px }
.info .v.s { font: 30px ${hand}; letter-spacing:0; color:#1a2a6c; height:44px }
.info .k { font: 11px ${sans}; color:#666; letter-spacing:1.5px; text-transform:uppercase; padding-top:5px; vertical-align:top }
.valid { position:absolute; left:0; right:0; bottom:72px; text-align:center; font: 10.5px ${sans}; color:#666 }
.qr { position:absolute; right:78px; bottom:64px; width:62px; text-align:center; font: 7.5px ${mono}; color:#444 }
.qr i { display:block; width:62px; height:62px; margin-bottom:3px; background:
  conic-gradient(#222 25%, #fff 0 50%, #222 0 75%, #fff 0) 0 0/12px 12px; border:4px solid #222 }
</style>
<div class="bg"></div><div class="f1"></div>
<div class="f2"><div class="cr a"></div><div class="cr b"></div><div class="cr c"></div><div class="cr d"></div></div>
<div class="logo"><div class="m"><span>${mark}</span></div><div class="t">${org}</div></div>
<div class="c title">${heading}</div>
<div class="c act">${presented}</div>
<div class="c nm">${name}</div>
<div class="c rs">${reason}<b>${title}</b></div>
<table class="info"><tr><td class="v">${range}</td><td class="gap"></td><td class="v">${hours}</td><td class="gap"></td><td class="v s">${signer}</td></tr>
 <tr><td class="k">${range_label}</td><td class="gap"></td><td class="k">${hours_label}</td><td class="gap"></td><td class="k">${signer}<br>${role}</td></tr></table>
<div class="valid">${valid}</div>
<div class="qr"><i></i>${code}</div>
"""


def fill(d):
    r = d.rng
    org = d.provider("upper")
    words = [w for w in org.replace("&", " ").replace(",", " ").split() if w[0].isupper()]
    expiry = d.other_date("expiry", "long")
    return {
        "mark": "".join(w[0] for w in words[:2]),
        "org": org,
        "heading": d.pick(
            ["Certificate of Completion", "Certificate of Achievement", "Certificate"]
        ),
        "presented": d.pick(
            ["This is presented to:", "This certificate is presented to:", "Awarded to:"]
        ),
        "name": d.name("plain"),
        "reason": d.pick(
            [
                "For completing the course:",
                "For successfully completing the training course:",
                "In recognition of completing:",
            ]
        ),
        "title": d.title(d.pick(["plain", "with_code", "code_first"])),
        "range": d.date_range(d.pick([1, 2, 2, 3])),
        "range_label": d.pick(["Course dates", "Date(s) of training", "Class held"]),
        "hours": d.hours(d.pick(["cec_hours", "hours_title", "iicrc_cec", "cecs"])),
        "hours_label": d.pick(["Credit", "Continuing education", "Awarded"]),
        "signer": d.person(),
        "role": d.pick(["Director", "Director of Training", d.role()]),
        "valid": d.pick(
            [
                f"Valid until {expiry} · renew through your certifying body",
                f"This certificate remains valid through {expiry}.",
                f"Expires {expiry}",
            ]
        ),
        "code": "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(8)),
    }
