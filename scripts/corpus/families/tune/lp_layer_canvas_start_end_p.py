"""A WordPress LMS certificate built from text layers laid over a designed
background image: dark and accent corner triangles, a thin inner frame, the
school's ring logo with its name under it, a spaced-out heading, the student
layer on a rule, the course layer, a duration layer, and along the bottom the
course start and end date layers (each under a caption printed in the
background), a QR code with the verification link, and the instructor's
signature."""

SOURCE = (
    "adeleyeayodeji/learnpress-certificates:inc/layers/class-lp-course-end-date-layer.php "
    "(with class-lp-course-start-date-layer.php, class-lp-student-name-layer.php and "
    "class-lp-verified-link-layer.php: text layers placed on a certificate background)"
)
KIND = "course"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "landscape",
    "labelled",
    "distractor-date",
    "distractor-person",
    "provider-in-logo",
    "qr",
)

TEMPLATE = """<style>
.tl { position:absolute; left:0; top:0; width:200px; height:200px; background:${dark}; clip-path:polygon(0 0,100% 0,0 100%) }
.tl2 { position:absolute; left:0; top:0; width:250px; height:250px; background:${accent}; opacity:0.55; clip-path:polygon(0 0,100% 0,0 100%) }
.br { position:absolute; right:0; bottom:0; width:200px; height:200px; background:${dark}; clip-path:polygon(100% 0,100% 100%,0 100%) }
.br2 { position:absolute; right:0; bottom:0; width:250px; height:250px; background:${accent}; opacity:0.55; clip-path:polygon(100% 0,100% 100%,0 100%) }
.fr { position:absolute; inset:30px; border:1px solid ${accent} }
.lg { position:absolute; left:0; right:0; top:52px; text-align:center; font-family:${sans} }
.lg .ring { width:62px; height:62px; margin:0 auto 6px; border-radius:50%; border:3px solid ${dark}; color:${dark};
  display:flex; align-items:center; justify-content:center; font: bold 20px ${display} }
.lg .on { font: bold 13px ${sans}; letter-spacing:1.5px; color:${dark}; text-transform:uppercase }
.hd { position:absolute; left:0; right:0; top:150px; text-align:center }
.hd .a { font: bold 50px ${display}; letter-spacing:12px; color:${dark}; padding-left:12px }
.hd .b { font: 17px ${sans}; letter-spacing:7px; color:${accent}; margin-top:2px; padding-left:7px }
.ct { position:absolute; left:14%; right:14%; top:282px; text-align:center; font-family:${sans}; color:#333 }
.ct .s { font-size:15px; font-style:italic; color:#555 }
.ct .nm { font: ${name_weight} ${name_size}px ${name_face}; color:#1a1a1a; margin:10px auto 0; padding-bottom:8px;
  border-bottom:1.5px solid ${accent}; width:78%; white-space:nowrap }
.ct .cs { font: bold 25px ${sans}; color:${dark}; margin-top:6px; line-height:31px }
.ct .du { margin-top:14px; font-size:14px; color:#444 } .ct .du b { color:#111 }
.bt { position:absolute; left:90px; right:170px; bottom:70px; display:flex; justify-content:space-between; align-items:flex-end; font-family:${sans} }
.dt { width:240px; font-size:15px } .dt div { margin-bottom:10px }
.dt small { display:block; font-size:10.5px; letter-spacing:2px; color:#777; text-transform:uppercase; border-top:1px solid #999; padding-top:3px; margin-top:3px; width:180px }
.qr { text-align:center; font-size:9.5px; color:#555 }
.qr svg { display:block; margin:0 auto 4px }
.qr .u { font-family:${mono}; font-size:9px }
.sg { width:240px; text-align:center; font-size:12.5px }
.sg .h { font: 30px ${hnd}; color:#1d2d6b; border-bottom:1px solid #555; padding-bottom:2px; margin-bottom:4px; white-space:nowrap }
.sg small { display:block; font-size:11px; color:#666 }
</style>
<div class="tl2"></div><div class="tl"></div><div class="br2"></div><div class="br"></div><div class="fr"></div>
<div class="lg"><div class="ring">${mark}</div><div class="on">${org}</div></div>
<div class="hd"><div class="a">CERTIFICATE</div><div class="b">${sub}</div></div>
<div class="ct">
 <div class="s">${lead}</div>
 <div class="nm">${name}</div>
 <div class="s" style="margin-top:14px">${middle}</div>
 <div class="cs">${title}</div>
 <div class="du">${dur_label} <b>${hours}</b></div>
</div>
<div class="bt">
 <div class="dt"><div>${start}<small>${start_label}</small></div><div>${end}<small>${end_label}</small></div></div>
 <div class="qr">${qr_html}${verify_label}<br><span class="u">${link}</span></div>
 <div class="sg"><div class="h">${teacher}</div>${teacher}<small>${role}</small></div>
</div>
"""


def _qr(d, n=25, size=80):
    cell = size / n
    on = [[d.chance(0.5) for _ in range(n)] for _ in range(n)]
    for oy, ox in ((0, 0), (0, n - 7), (n - 7, 0)):
        for y in range(-1, 8):
            for x in range(-1, 8):
                if 0 <= oy + y < n and 0 <= ox + x < n:
                    ring = y in (0, 6) and 0 <= x <= 6 or x in (0, 6) and 0 <= y <= 6
                    core = 2 <= y <= 4 and 2 <= x <= 4
                    on[oy + y][ox + x] = ring or core
    rects = "".join(
        f'<rect x="{x * cell:.2f}" y="{y * cell:.2f}" width="{cell + 0.05:.2f}" '
        f'height="{cell + 0.05:.2f}"/>'
        for y in range(n)
        for x in range(n)
        if on[y][x]
    )
    return f'<svg width="{size}" height="{size}" fill="#111">{rects}</svg>'


def fill(d):
    r = d.rng
    fallback = ", 'Z003', 'Dancing Script', cursive"
    org = d.provider()
    mark = "".join(w[0] for w in org.replace("&", "").split() if w[0].isupper())[:3]
    name = d.name(d.pick(["plain", "plain", "upper"]))
    size = 42 if len(name) <= 20 else 36 if len(name) <= 27 else 31
    style = d.pick(["long", "short_month", "us_numeric", "dmy_long", "iso", "ordinal"])
    scripted = d.chance(0.4)
    return {
        "mark": mark,
        "hnd": d.fonts["hand"].replace(", cursive", fallback),
        "qr_html": _qr(d),
        "org": org,
        "sub": d.pick(["OF COMPLETION", "OF ACHIEVEMENT", "OF COURSE COMPLETION"]),
        "lead": d.pick(["This is to certify that", "This certificate is proudly presented to"]),
        "name": name,
        "name_face": d.fonts["script"].replace(", cursive", fallback)
        if scripted
        else d.fonts["serif"],
        "name_weight": "normal" if scripted else "bold",
        "name_size": str(size + 8 if scripted else size),
        "middle": d.pick(
            [
                "has successfully completed the online course",
                "has completed all lessons and the final quiz of",
                "has finished the course",
            ]
        ),
        "title": d.title(d.pick(["plain", "plain", "with_code"])),
        "dur_label": d.pick(["Course duration:", "Credit:", "Duration:"]),
        "hours": d.hours(d.pick(["hours_title", "cec_hours", "hrs", "ceu_and_cec"])),
        "start": d.other_date("registered", style),
        "start_label": d.pick(["Start date", "Enrolled", "Course started"]),
        "end": d.date(style),
        "end_label": d.pick(["End date", "Completed", "Course finished"]),
        "verify_label": d.pick(["Verify this certificate", "Scan to verify"]),
        "link": f"{d.web()}/certificates/{''.join(r.choice('0123456789abcdef') for _ in range(10))}",
        "teacher": d.person(),
        "role": d.pick(["Course Instructor", "Instructor", d.role()]),
    }
