"""An open-source LMS's built-in course certificate printed from the browser:
the page is the platform's dark blue body colour, with a white panel laid out
as a borderless three-column table. The platform's logo text sits in the
top middle cell and the certificate date alone in the top right cell; the
middle row carries a plain centred statement (the document certifies that
the learner passed the certification exam of the course, with its code in
brackets); the bottom row has a dashed rule, the teacher's name and
"site name - institution". The browser adds its print header and footer
(date and time, page title, address, page count). Some sites add a score
line and a duration line under the statement."""

SOURCE = "chamilo/chamilo-lms:main/default_course_document/certificates/default.html"
KIND = "course"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "landscape",
    "sentence",
    "provider-in-logo",
    "distractor-person",
    "web-printout",
    "tiny-footer",
    "dark-background",
)

TEMPLATE = """<style>
.bg { position:absolute; inset:0; background:${surround} }
.ph { position:absolute; left:0; right:0; height:26px; display:flex; justify-content:space-between; align-items:center; padding:0 22px; font: 10.5px ${sans}; color:#222; background:#fff }
.ph.t { top:0 } .ph.b { bottom:0 }
.main { position:absolute; left:${side}px; right:${side}px; top:52px; bottom:48px; background:#fff; font-family:${face}; color:#222 }
table { position:absolute; left:0; right:0; top:36px; border-collapse:collapse; width:100% }
td { vertical-align:middle; padding:0 }
.lg { height:110px; text-align:center }
.lg b { display:inline-flex; align-items:center; gap:12px; font: bold 24px ${logo_face}; color:${logo_color}; letter-spacing:${logo_spacing}px; line-height:28px; max-width:460px; text-align:left }
.lg i { width:54px; height:54px; border-radius:${mark_radius}; background:${logo_color}; flex:none; position:relative }
.lg i:after { content:""; position:absolute; left:15px; top:15px; width:24px; height:24px; border-radius:50%; background:#fff }
.dt { text-align:left; font-size:15px; padding-left:10px; white-space:nowrap }
.st { height:${mid_h}px; text-align:center; font-size:${st_size}px; line-height:${st_line}px }
.st .nm { font-size:${nm_size}px; font-weight:${nm_weight} }
.st .x { font-size:15px; color:#444; line-height:24px; margin-top:10px }
.sg { height:170px; text-align:center; font-size:16px; line-height:24px }
.sg p { margin:0 0 10px }
.dash { letter-spacing:3px; color:#333 }
</style>
<div class="bg"></div>
<div class="ph t"><span>${printed}</span><span>${page_title}</span><span></span></div>
<div class="main">
<table>
 <tr><td style="width:18%"></td><td class="lg"><b><i></i>${logo}</b></td><td style="width:18%" class="dt">${date}</td></tr>
 <tr><td></td><td class="st">${lead}<br><span class="nm">${name}</span><br>${passed}<br>${title}${extra_html}</td><td></td></tr>
 <tr><td></td><td class="sg"><p class="dash">- - - - - - - - - - - - - - - - - - - -</p><p>${teacher}</p><p>${site} - ${institution}</p></td><td></td></tr>
</table>
</div>
<div class="ph b"><span>${url}</span><span>1/1</span></div>
"""


def fill(d):
    import html

    r = d.rng
    org = d.provider()
    site = d.pick(["Online Campus", "eCampus", "Learning Portal", "e-Learning", "Campus Virtual"])
    if d.code and d.chance(0.7):
        title = d.title("with_code")
    else:
        title = d.title("plain")
    lines = []
    if d.chance(0.5):
        lines.append(f"{d.pick(['Score', 'Result', 'Grade'])}: {r.randrange(72, 100)} %")
    if d.chance(0.6):
        if d.chance(0.5):
            label, styles = d.pick(["Duration", "Course duration"]), ["hours_title", "hrs"]
        else:
            label, styles = d.pick(["Credit", "CE credit"]), ["cec_hours", "cecs"]
        lines.append(f"{label}: {d.hours(d.pick(styles))}")
    extra = ""
    if lines:
        extra = '<div class="x">' + "<br>".join(html.escape(x) for x in lines) + "</div>"
    slug = "".join(ch for ch in (d.org_alt or d.org).lower() if ch.isalnum())[:16]
    hh, mm = r.randrange(1, 12), r.randrange(0, 60)
    return {
        "surround": d.pick(["#264878", d.colors["dark"], "#1d3557", "#2b2b2b"]),
        "side": d.pick([26, 40, 60]),
        "face": d.fonts[d.pick(["sans", "sans", "serif"])],
        "logo_face": d.fonts[d.pick(["sans", "display", "cond"])],
        "logo_color": d.colors["accent"],
        "logo_spacing": d.pick([0, 1, 2]),
        "mark_radius": d.pick(["50%", "8px", "0"]),
        "mid_h": d.pick([260, 290, 310]),
        "st_size": d.pick([19, 20, 22]),
        "st_line": d.pick([34, 38, 40]),
        "nm_size": d.pick([22, 26, 30]),
        "nm_weight": d.pick(["normal", "bold"]),
        "logo": org,
        "date": d.date(d.pick(["long", "short_month", "us_numeric", "dmy_long", "iso"])),
        "lead": d.pick(
            ["This document certifies that", "This certifies that", "This document certifies that"]
        ),
        "name": d.name(d.pick(["plain", "plain", "upper"])),
        "passed": d.pick(
            [
                "has successfully passed the certification exam for the course",
                "has successfully passed the final exam of the course",
                "has passed the assessment for the online course",
            ]
        ),
        "title": title,
        "extra_html": extra,
        "teacher": d.person(),
        "site": site,
        "institution": org,
        "printed": f"{d.other_date('print', 'us_short')}, {hh}:{mm:02d} {d.pick(['AM', 'PM'])}",
        "page_title": d.pick(["Certificate", "Certificate - " + site, "Certificates"]),
        "url": f"https://campus.{slug}.org/certificates/index.php?id={r.randrange(100, 9999)}",
    }
