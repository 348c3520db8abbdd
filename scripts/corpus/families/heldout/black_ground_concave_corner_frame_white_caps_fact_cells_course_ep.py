"""A certificate printed white on a black ground, after an online course
platform's certificate background: a thin white frame whose four corners
are cut inwards in quarter circles, a second grey frame inside it that
follows the same concave corners, and small ringed dots at the outer
corners. The provider's wordmark sits at the top left in white capitals;
the heading is a small letter-spaced line; the holder's name is very large
in an engraved-looking serif; a short line and the course title follow in
a warm accent colour. Along the foot, three cells with tiny captions over
their values (the completion date, the credit, the certificate id) and the
instructor's signature at the right."""

SOURCE = (
    "badass-courses/course-builder:apps/ai-hero/src/components/certificates/background.tsx "
    "(an 842x595 black certificate background: a white frame with quarter-circle concave "
    "corners, an inner grey frame with the same corners, ringed dots at the four corners)"
)
KIND = "course"
PAPER = "a4-landscape"
CATEGORIES = (
    "landscape",
    "dark-band",
    "dark-background",
    "provider-in-logo",
    "labelled",
    "letter-spaced",
    "distractor-person",
    "ornate",
)

TEMPLATE = """<style>
.pg { position:absolute; inset:0; background:${ground}; font-family:${sans}; color:#f3f3f3 }
.fr { position:absolute; inset:0; width:100%; height:100% }
.wm { position:absolute; left:96px; top:86px; font: bold 15px ${sans}; letter-spacing:3px; text-transform:uppercase;
  color:#fff; max-width:460px; line-height:20px }
.wm small { display:block; font-weight:normal; font-size:10px; letter-spacing:3px; color:#aaa; margin-top:3px }
.w { position:absolute; left:96px; right:96px; top:${w_top}px }
.hd { font: 14px ${sans}; letter-spacing:6px; text-transform:uppercase; color:${acc} }
.nm { font: ${nm_px}px ${engr}; color:#fff; line-height:1.1; margin-top:18px; white-space:nowrap }
.ln { font: italic 18px ${engr}; color:#cfcfcf; margin-top:22px }
.ti { font: ${ti_px}px ${engr}; color:${acc}; margin-top:8px; line-height:1.2; max-width:860px }
.cells { position:absolute; left:96px; bottom:92px; display:flex; gap:58px }
.cells div { font: 16px ${sans}; color:#fff }
.cells span { display:block; font-size:10px; letter-spacing:2.5px; text-transform:uppercase; color:#9a9a9a;
  margin-bottom:6px }
.sg { position:absolute; right:96px; bottom:88px; width:230px; text-align:left; font: 12px ${sans}; color:#bbb;
  line-height:16px }
.sg .h { font: 28px ${hand}; color:#fff; white-space:nowrap; border-bottom:1px solid #777; line-height:40px }
.sg b { color:#fff; font-size:13.5px; font-weight:normal; display:block; margin-top:4px }
</style>
<div class="pg">
<svg class="fr" viewBox="0 0 842 595" preserveAspectRatio="none">
 <path d="M47.7 25.2 H794.3 A25.6 25.6 0 0 0 819.9 50.9 V544.1 A25.6 25.6 0 0 0 794.3 569.8 H47.7 A25.6 25.6 0 0 0 22.1 544.1 V50.9 A25.6 25.6 0 0 0 47.7 25.2 Z" fill="none" stroke="#fff" stroke-width="1"/>
 <path d="M54.3 32.2 H787.7 A25 25 0 0 0 812.7 57.2 V537.8 A25 25 0 0 0 787.7 562.8 H54.3 A25 25 0 0 0 29.3 537.8 V57.2 A25 25 0 0 0 54.3 32.2 Z" fill="none" stroke="#9c9c9c" stroke-width=".8"/>
 <circle cx="22.1" cy="25.2" r="5.1" fill="${ground}" stroke="#fff" stroke-width="2"/>
 <circle cx="819.9" cy="25.2" r="5.1" fill="${ground}" stroke="#fff" stroke-width="2"/>
 <circle cx="22.1" cy="569.8" r="5.1" fill="${ground}" stroke="#fff" stroke-width="2"/>
 <circle cx="819.9" cy="569.8" r="5.1" fill="${ground}" stroke="#fff" stroke-width="2"/>
</svg>
<div class="wm">${provider}<small>${tag}</small></div>
<div class="w">
 <div class="hd">${heading}</div>
 <div class="nm">${name}</div>
 <div class="ln">${line}</div>
 <div class="ti">${title}</div>
</div>
<div class="cells">
 <div><span>${c1}</span>${date}</div>
 <div><span>${c2}</span>${hours}</div>
 <div><span>${c3}</span>${cid}</div>
</div>
<div class="sg"><div class="h">${signer}</div><b>${signer}</b>${role}</div>
</div>
"""

ENGRAVED = [
    "'Linux Libertine Display O', serif",
    "'Old Standard TT', serif",
    "'C059', serif",
    "'EB Garamond', serif",
    "'P052', serif",
]


def fill(d):
    name = d.name("plain")
    title = d.title(d.pick(["plain", "plain", "with_code", "code_first"]))
    return {
        "ground": d.pick(["#000000", "#0b0b0c", "#111418", "#14110d"]),
        "acc": d.pick(["#e0b45c", "#d8a657", "#c9a96e", "#9fd3c7", "#f0c987"]),
        "engr": d.pick(ENGRAVED),
        "w_top": d.pick([196, 210, 224]),
        "nm_px": 56 if len(name) > 22 else 68,
        "ti_px": 28 if len(title) > 40 else 34,
        "provider": d.provider(d.pick([None, "upper"])),
        "tag": d.pick(["Continuing Education", "Technician Training", "Online Academy"]),
        "heading": d.pick(
            ["Certificate of Completion", "Certificate of Achievement", "Course Certificate"]
        ),
        "name": name,
        "line": d.pick(
            [
                "has successfully completed",
                "has completed the course",
                "completed all lessons and the final quiz of",
            ]
        ),
        "title": title,
        "c1": d.pick(["Completed", "Date", "Issued on completion"]),
        "date": d.date(d.pick(["long", "short_month", "iso", "dmy_long", "us_numeric"])),
        "c2": d.pick(["Credit", "CEC hours", "Credit hours"]),
        "hours": d.hours(d.pick(["cec_hours", "cecs", "hrs", "hours_title"])),
        "c3": d.pick(["Certificate ID", "Credential", "No."]),
        "cid": d.number(d.pick(["", "AH-", "#"])),
        "signer": d.person(),
        "role": d.pick(["Instructor", "Course Author", "Lead Instructor", "Head of Education"]),
    }
