"""A programme certificate from a MOOC platform's credentials service,
themed for one academy, landscape on a cream page with a faint emblem
watermark: two logos pushed to the top corners, the programme (course)
title first, in large coloured capitals, with its dates in brackets under
it, "Certificate presented to" in bold, the holder's name in a script face
over a dashed underline, then a three-line centred body that names the
academy, its campus and its city (and the credit hours), and two
signatories with dashed signature lines, bold names and titles."""

SOURCE = (
    "openedx/credentials:credentials/templates/credentials/programs/fbr-program/"
    "certificate.html (two top logos, uppercase programme title with '(start – end)' under "
    "it, 'Certificate presented to', Corsiva name in a dashed-underline box, 'On successful "
    "completion of ... of ... at ..., <city>', two signatories on dashed lines)"
)
KIND = "course"
PAPER = ["a4-landscape", "letter-landscape"]
CATEGORIES = (
    "landscape",
    "date-range",
    "script-name",
    "distractor-person",
    "provider-in-logo",
    "title-first",
    "sentence",
)

SCRIPTS = ["Dancing Script", "Z003", "Kaushan Script", "Lobster Two"]
SCRIPT_STACK = "'{}', 'Z003', 'Kaushan Script', cursive"

TEMPLATE = """<style>
.pg { position:absolute; inset:0; background: radial-gradient(circle at 50% 0, rgba(59,81,180,0.05), transparent 44%), ${paper} }
.wm { position:absolute; left:50%; top:50%; width:420px; height:420px; margin:-210px 0 0 -210px; border-radius:50%;
  border:26px solid ${ink}; opacity:0.06 }
.wm:after { content:""; position:absolute; inset:60px; border-radius:50%; border:14px solid ${ink} }
.top { position:absolute; left:52px; right:52px; top:30px; display:flex; justify-content:space-between; align-items:flex-start }
.lg { width:170px; text-align:center; font: bold 12.5px ${sans}; color:${ink}; line-height:15px }
.lg i { display:block; width:66px; height:66px; margin:0 auto 6px; border-radius:50%; background:${ink}; box-shadow: inset 0 0 0 6px ${paper_solid}, inset 0 0 0 9px ${accent} }
.lg.r i { border-radius:10px; background:${accent}; box-shadow: inset 0 0 0 6px ${paper_solid}, inset 0 0 0 9px ${ink} }
.w { position:absolute; left:70px; right:70px; top:${w_top}px; text-align:center }
.pt { font: ${pt_px}px ${head}; color:${ink}; letter-spacing:1px; line-height:1.08; margin:0 40px }
.pd { margin-top:14px; font: 16px ${serif}; color:#545454 }
.pr { margin-top:20px; font: bold 16px ${serif}; color:#111 }
.nb { width:48%; min-width:420px; margin:44px auto 0; padding:0 24px 8px; border-bottom:1.5px dashed #000 }
.nb p { font: ${nm_px}px ${script}; color:${name_ink}; line-height:1.15 }
.bc { margin-top:16px; font: 18px ${serif}; line-height:1.3; color:#181818 }
.sigs { position:absolute; left:140px; right:140px; bottom:46px; display:flex; justify-content:space-between }
.sigs > div { width:300px; text-align:center; font-family:${sans} }
.sigs .h { font: 26px ${hand}; color:#23306b; height:44px; white-space:nowrap; display:flex; align-items:flex-end; justify-content:center }
.sigs .l { width:62%; margin:3px auto 4px; border-top:1.5px dashed #000 }
.sigs b { display:block; font-size:15px; color:#161616 }
.sigs span { font-size:12px; color:#404040 }
</style>
<div class="pg"></div><div class="wm"></div>
<div class="top"><div class="lg"><i></i>${left_logo}</div><div class="lg r"><i></i>${right_logo}</div></div>
<div class="w">
 <div class="pt">${title}</div>
 <div class="pd">(${dates})</div>
 <div class="pr">${presented}</div>
 <div class="nb"><p>${name}</p></div>
 <div class="bc">${line1}<br>${line2}<br>${line3}</div>
</div>
<div class="sigs">
 <div><div class="h">${s1}</div><div class="l"></div><b>${s1}</b><span>${s1r}</span></div>
 <div><div class="h">${s2}</div><div class="l"></div><b>${s2}</b><span>${s2r}</span></div>
</div>
"""

CAMPUSES = ["Training Center", "Hands-On Lab", "Regional Campus", "Flood House Facility"]


def fill(d):
    provider = d.provider()
    title = d.title(d.pick(["upper", "upper", "plain"]))
    dates = d.date_range(d.pick([1, 2, 3, 4, 9]))
    name = d.name(d.pick(["plain", "plain", "plain", "upper"]))
    city = d.city()
    campus = d.pick(CAMPUSES)
    hours = d.hours(d.pick(["cec_hours", "hours_title", "hrs", "cec_hours"]))
    line1, line3 = d.pick(
        [
            ("On successful completion of the above programme of", f"{city} \u2014 {hours}"),
            (f"On successful completion of {hours} of training with", city),
            (
                "On successful completion of the classroom and lab programme of",
                f"{city}. Credit: {hours}",
            ),
        ]
    )
    return {
        "paper": d.pick(["#fffdfa", "#fffcf5", "#fbfaf6"]),
        "paper_solid": "#fffdfa",
        "ink": d.pick(["#000087", "#273bb2", "#1f3a5f", "#4a1c40", "#0b3d2e"]),
        "name_ink": d.pick(["#2171ae", "#1e6091", "#23306b"]),
        "script": SCRIPT_STACK.format(d.pick(SCRIPTS)),
        "head": d.fonts[d.pick(["display", "serif"])],
        "left_logo": d.org_alt or provider,
        "right_logo": d.pick(
            [
                "IICRC Approved School",
                "Continuing Education Partner",
                "Restoration Industry Academy",
            ]
        ),
        "w_top": d.pick([150, 160, 172]),
        "pt_px": 30 if len(title) > 40 else 36,
        "title": title,
        "dates": dates,
        "presented": d.pick(
            [
                "Certificate presented to",
                "Certificate presented to",
                "This certificate is presented to",
            ]
        ),
        "nm_px": d.pick([30, 34]),
        "name": name,
        "line1": line1,
        "line2": f"{provider} at its {campus},",
        "line3": line3,
        "s1": d.person(),
        "s1r": d.pick(["Director General", "Executive Director", "Dean of Training"]),
        "s2": d.person(),
        "s2r": d.pick(["Programme Coordinator", "Lead Instructor", "Registrar"]),
    }
