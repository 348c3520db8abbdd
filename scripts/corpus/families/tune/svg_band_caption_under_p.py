"""A certificate drawn as one SVG on a landscape sheet: a thin black frame, a
solid coloured band near the top with a big word in white at its left and the
school in small light capitals at its right, the rest of the heading under
the band, the holder's name written on a long rule with the caption printed
beneath the rule rather than above it, the course and credit under that, a
signature rule at the left and the date on a short rule at the right (each
captioned underneath), and a thin band of the same colour at the foot with
the approval line in white."""

SOURCE = "jpenrici/Simple_Certificate_SVG-JS:certificate.svg"
KIND = "course"
PAPER = ["a4-landscape", "letter-landscape"]
CATEGORIES = (
    "landscape",
    "dark-band",
    "labelled",
    "distractor-person",
    "provider-in-logo",
    "tiny-footer",
)

TEMPLATE = """<style>
.fr { position:absolute; inset:0; border:2px solid #000 }
.band { position:absolute; left:8.4%; right:8.4%; top:7.1%; height:16.7%; background:${band}; color:#fff; font-family:${sans} }
.band .w { position:absolute; left:22px; top:18px; font: bold 58px ${face}; letter-spacing:3px; line-height:62px }
.band .o { position:absolute; right:24px; bottom:14px; text-align:right; font-size:13px; letter-spacing:2px; text-transform:uppercase; opacity:0.92; line-height:18px }
.band .o b { display:block; font-size:15px }
.sub { position:absolute; left:32%; top:26.5%; font: 34px ${face}; letter-spacing:2px; color:#111 }
.nl { position:absolute; left:20.2%; right:19.2%; top:38%; height:9.6%; border-bottom:1.2px solid #000 }
.nl .n { position:absolute; left:0; right:0; bottom:6px; text-align:center; font: ${name_style} ${name_size}px ${name_face}; color:#111; white-space:nowrap }
.cap { position:absolute; left:20.2%; right:19.2%; top:49.4%; text-align:center; font: 16px ${sans}; color:#222; line-height:24px }
.cap .t { display:block; font: bold 23px ${sans}; color:${band}; margin-top:6px; line-height:28px }
.cap .h { display:block; font-size:15px; margin-top:4px }
.sg { position:absolute; left:12%; width:24%; top:69.5%; text-align:center; font: 12.5px ${sans} }
.dt { position:absolute; right:12.5%; width:22%; top:69.5%; text-align:center; font: 12.5px ${sans} }
.sg .v, .dt .v { height:44px; border-bottom:1px solid #000; position:relative; margin-bottom:4px }
.sg .v i { position:absolute; left:0; right:0; bottom:2px; font: normal 28px ${hnd}; color:#1d2d6b; white-space:nowrap }
.dt .v span { position:absolute; left:0; right:0; bottom:4px; font: 17px ${sans}; color:#111 }
.sg small, .dt small { display:block; color:#444; font-size:11px }
.foot { position:absolute; left:8.4%; right:8.4%; top:85.7%; height:4.8%; background:${band}; color:#fff; font: 11px ${sans};
  display:flex; align-items:center; justify-content:space-between; padding:0 16px }
.tiny { position:absolute; left:8.4%; right:8.4%; top:91.5%; font: 9px ${sans}; color:#666; text-align:center }
</style>
<div class="fr"></div>
<div class="band"><div class="w">CERTIFICATE</div><div class="o"><b>${org}</b>${org_line}</div></div>
<div class="sub">${sub}</div>
<div class="nl"><div class="n">${name}</div></div>
<div class="cap">${caption}<span class="t">${title}</span><span class="h">${hours_line}</span></div>
<div class="sg"><div class="v"><i>${signer}</i></div>${signer}<small>${signer_role}</small></div>
<div class="dt"><div class="v"><span>${date}</span></div>${date_label}</div>
<div class="foot"><span>${approval_label} ${approval}</span><span>${web}</span></div>
<div class="tiny">${tiny}</div>
"""


def fill(d):
    fallback = ", 'Z003', 'Dancing Script', cursive"
    scripted = d.chance(0.35)
    name = d.name(d.pick(["plain", "plain", "upper"]))
    base = 40 if len(name) <= 20 else 34 if len(name) <= 27 else 29
    hours = d.hours(d.pick(["cec_hours", "words_cec", "credit_hours", "hours_title", "cecs"]))
    return {
        "band": d.pick(["#44aa00", "#2d6a4f", "#1f3a5f", "#123c69", "#5b2333", "#3d2b1f"]),
        "face": d.fonts[d.pick(["sans", "display"])],
        "hnd": d.fonts["hand"].replace(", cursive", fallback),
        "org": d.provider(),
        "org_line": d.pick(["IICRC Approved School", "Continuing Education", "Training Division"]),
        "sub": d.pick(["OF ACHIEVEMENT", "OF COMPLETION", "OF TRAINING"]),
        "name": name,
        "name_face": d.fonts["script"].replace(", cursive", fallback)
        if scripted
        else d.fonts["serif"],
        "name_style": "normal" if scripted else "bold",
        "name_size": str(base + 8 if scripted else base),
        "caption": d.pick(
            [
                "This certificate is presented to the person named above for completing",
                "This certificate is presented to the technician named above, who completed",
                "Awarded to the student named above upon completion of",
            ]
        ),
        "title": d.title(d.pick(["plain", "plain", "with_code"])),
        "hours_line": hours
        if ":" in hours
        else d.pick([f"Credit earned: {hours}", f"({hours})", hours]),
        "signer": d.person(),
        "signer_role": d.pick(["Instructor", "Lead Instructor", "Training Director"]),
        "date": d.date(d.pick(["us_numeric", "us_numeric", "long", "dmy_long", "short_month"])),
        "date_label": "Date",
        "approval_label": d.pick(["Course approval no.", "Approval #", "CEC course no."]),
        "approval": d.approval(),
        "web": d.web(),
        "tiny": d.pick(
            [
                f"Certificate ID {d.number()} · printed {d.other_date('print', 'us_numeric')}",
                "This certificate was generated electronically and is valid without a seal.",
                f"Reprinted {d.other_date('print', 'iso')} at the student's request.",
            ]
        ),
    }
