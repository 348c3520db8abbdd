"""A WordPress LMS certificate built the way the plugin's sample is: the
school uploads a finished artwork as the background (its logo, a heading,
"proudly presented to", a rule for the name, a signature line with the
signer's caption and a "date" line, sometimes a seal and a credit line for
that one course), and the certificate post only overlays three values: the
learner's first and last name very large in a plain sans, the course title
under it, and the completion date pushed right by a text indent so that it
lands on the artwork's date line. The date keeps the plugin's default
format with the time of completion unless the school set a format."""

SOURCE = (
    "wording and layout: LearnDash sample certificate (sfwd-certificates post: "
    "[usermeta field=first_name] [usermeta field=last_name], [courseinfo show=course_title], "
    "[courseinfo show=completed_on] with the default format 'F j, Y, g:i a', text-indent "
    "over an uploaded background image)"
)
KIND = "course"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "landscape",
    "provider-in-logo",
    "distractor-person",
    "big-sans-name",
    "positioned",
    "ornate",
)

TEMPLATE = """<style>
.art { position:absolute; inset:0; background:${paper} }
.geo1 { position:absolute; left:0; top:0; width:${geo_w}px; height:100%; background:${dark}; clip-path:polygon(0 0, 100% 0, 35% 100%, 0 100%); display:${geo} }
.geo2 { position:absolute; left:0; top:0; width:${geo_w2}px; height:100%; background:${accent}; clip-path:polygon(0 0, 100% 0, 20% 100%, 0 100%); opacity:.85; display:${geo} }
.geo3 { position:absolute; right:0; bottom:0; width:260px; height:170px; background:${dark}; clip-path:polygon(100% 0, 100% 100%, 0 100%); display:${geo} }
.brd { position:absolute; inset:24px; border:12px solid ${dark}; outline:2px solid ${accent}; outline-offset:-22px; display:${brd} }
.cq { position:absolute; width:34px; height:34px; background:${accent}; display:${brd} }
.lg { position:absolute; left:${lg_left}px; right:70px; top:58px; display:flex; align-items:center; justify-content:${lg_justify}; gap:12px; font: bold 17px ${logo_face}; color:${dark}; letter-spacing:1px; text-transform:uppercase }
.lg i { width:44px; height:44px; border:4px solid ${accent}; border-radius:50%; flex:none }
.h { position:absolute; left:${body_left}px; right:70px; top:118px; text-align:center; white-space:nowrap; font: ${h_weight} ${h_size}px ${h_face}; letter-spacing:${h_spacing}px; color:${dark}; text-transform:uppercase }
.pp { position:absolute; left:${body_left}px; right:70px; top:${pp_top}px; text-align:center; font: italic 17px ${serif}; color:#555 }
.rule { position:absolute; left:${rule_left}px; right:${rule_right}px; top:328px; border-top:1.5px solid ${accent} }
.fc { position:absolute; left:${body_left}px; right:70px; top:346px; text-align:center; font: 15px ${serif}; color:#555; letter-spacing:1px }
.cr { position:absolute; left:${body_left}px; right:70px; top:480px; text-align:center; font: 14px ${sans}; color:#444 }
.sl { position:absolute; bottom:104px; width:230px; border-top:1px solid #333; padding-top:5px; text-align:center; font: 12.5px ${sans}; color:#333; text-transform:uppercase; letter-spacing:1px }
.hand { position:absolute; bottom:132px; width:230px; text-align:center; font: 25px ${hand}; color:#1b2a5a; white-space:nowrap }
.seal { position:absolute; left:calc(50% + ${seal_shift}px); bottom:86px; width:104px; height:104px; border-radius:50%; background:${accent}; color:#fff; display:${seal}; align-items:center; justify-content:center; text-align:center; font: bold 11px ${sans}; line-height:14px; letter-spacing:1px; box-shadow:0 0 0 5px ${paper}, 0 0 0 8px ${accent} }
.v { position:absolute; left:${body_left}px; right:70px; text-align:center; color:#1a1a1a; font-family:${vface} }
.nm { top:238px; font-size:${nm_size}px; line-height:${nm_line}px }
.ti { top:382px; font-size:${ti_size}px; line-height:1.25; padding:0 40px }
.dt { bottom:${dt_bottom}px; font-size:15px; text-indent:calc(100% - ${indent}px) }
</style>
<div class="art"></div>
<div class="geo1"></div><div class="geo2"></div><div class="geo3"></div>
<div class="brd"></div>
<div class="cq" style="left:24px;top:24px"></div><div class="cq" style="right:24px;top:24px"></div>
<div class="cq" style="left:24px;bottom:24px"></div><div class="cq" style="right:24px;bottom:24px"></div>
<div class="lg"><i></i><span>${org}</span></div>
<div class="h">${heading}</div>
<div class="pp">${presented}</div>
<div class="rule"></div>
<div class="fc">${for_text}</div>
<div class="cr">${credit}</div>
<div class="hand" style="left:${sig_left}px">${signer}</div>
<div class="sl" style="left:${sig_left}px">${signer_caption}</div>
<div class="sl" style="right:${date_right}px">${date_caption}</div>
<div class="seal">${seal_text_html}</div>
<div class="v nm">${name}</div>
<div class="v ti">${title}</div>
<div class="v dt">${date}${time}</div>
"""


def fill(d):
    r = d.rng
    geo = d.chance(0.5)
    body_left = 200 if geo else 70
    style = d.pick(["long", "long", "short_month", "us_numeric"])
    time = ""
    if d.chance(0.6):
        time = f", {r.randrange(1, 13)}:{r.randrange(0, 60):02d} {d.pick(['am', 'pm'])}"
    credit = ""
    if d.chance(0.65):
        credit = d.pick(
            [
                "This course is approved for {h}.",
                "Approved for {h} by the IICRC.",
                "IICRC approved course · {h}",
            ]
        ).format(h=d.hours(d.pick(["cec_hours", "cecs", "words_cec", "hours_title"])))
    seal = d.chance(0.6)
    date_right = d.pick([90, 110])
    return {
        "paper": d.pick(["#fff", "#fffdf6", d.colors["light"]]),
        "geo": "block" if geo else "none",
        "brd": "none" if geo else "block",
        "geo_w": d.pick([210, 240]),
        "geo_w2": d.pick([150, 170]),
        "lg_left": body_left,
        "lg_justify": d.pick(["center", "center", "flex-end"]),
        "logo_face": d.fonts[d.pick(["sans", "cond", "display"])],
        "body_left": body_left,
        "h_weight": d.pick(["bold", "normal"]),
        "h_size": d.pick([30, 33] if geo else [36, 40]),
        "h_face": d.fonts[d.pick(["display", "serif", "cond"])],
        "h_spacing": d.pick([2, 4, 6]),
        "pp_top": 190,
        "rule_left": body_left + 90,
        "rule_right": 160,
        "seal": "flex" if seal else "none",
        "seal_shift": (body_left - 70) // 2 - 52,
        "seal_text_html": d.pick(
            ["CERTIFIED<br>ONLINE<br>TRAINING", "IICRC<br>APPROVED<br>SCHOOL"]
        ),
        "vface": d.fonts[d.pick(["sans", "sans", "serif"])],
        "nm_size": d.pick([50, 56, 60]),
        "nm_line": 70,
        "ti_size": d.pick([28, 30, 34]),
        "indent": 2 * date_right + 90 + d.pick([-40, -20, 0, 0, 20, 40]),
        "dt_bottom": d.pick([128, 132, 136]),
        "sig_left": body_left + d.pick([20, 50]),
        "date_right": date_right,
        "org": d.provider(d.pick([None, "upper"])),
        "heading": d.pick(
            ["Certificate of Completion", "Certificate of Achievement", "Course Certificate"]
        ),
        "presented": d.pick(
            [
                "This certificate is proudly presented to",
                "This is to certify that",
                "Awarded to",
            ]
        ),
        "for_text": d.pick(
            ["for successfully completing", "has completed the online course", "for completion of"]
        ),
        "credit": credit,
        "signer": d.person(),
        "signer_caption": d.pick(["Instructor", "Director of Education", d.role()]),
        "date_caption": d.pick(["Date", "Date Completed", "Completion Date"]),
        "name": d.name(d.pick(["plain", "plain", "plain", "upper"])),
        "title": d.title(d.pick(["plain", "plain", "with_code", "upper"])),
        "date": d.date(style),
        "time": time,
    }
