"""A landscape A4 course certificate drawn on a background layout, as a MOOC
platform's ReportLab generator places it: all the wording left-aligned from
the left margin, "This is to certify that:" over the name in bold, then
"Successfully completed:" over the course in bold and a short course
description in small type (which holds the length and credit). A dark
panel down the right side holds three stacked bold words making the heading
and, lower, the date on its own with no label. The school's logo sits top
left of the panel; the instructor's name is printed in bold near the foot
with no caption, over a small disclaimer naming the school as offering the
course."""

SOURCE = "Edraak/edx-platform:lms/djangoapps/edraak_certificates/edraakcertificate.py"
KIND = "course"
PAPER = "a4-landscape"
CATEGORIES = (
    "landscape",
    "dark-band",
    "provider-in-logo",
    "labelled",
    "hours-in-sentence",
    "distractor-person",
    "tiny-footer",
)

TEMPLATE = """<style>
.pn { position:absolute; top:0; bottom:0; right:0; width:370px; background:${dark} }
.pn::before { content:''; position:absolute; left:-10px; top:0; bottom:0; width:4px; background:${accent} }
.hw { position:absolute; right:0; width:370px; top:190px; text-align:center; color:#fff; font: bold 26px ${face}; line-height:34px }
.dt { position:absolute; right:0; width:370px; top:318px; text-align:center; color:#fff; font: 24px ${face} }
.dt::before { content:''; display:block; width:60px; height:2px; background:${accent}; margin:0 auto 16px }
.logo { position:absolute; left:85px; top:40px; height:110px; display:flex; align-items:center; gap:14px; max-width:600px }
.logo .m { width:96px; height:96px; flex:none; border:4px solid ${dark}; border-radius:14px; display:flex; align-items:center;
  justify-content:center; font: bold 34px ${serif}; color:${dark}; background:${light} }
.logo .t { font: bold ${logo_px}px ${sans}; color:${dark}; line-height:1.2 }
.tx { position:absolute; left:85px; width:630px; color:#424a52; font-family:${face} }
.l1 { top:200px; font-size:24px }
.nm { top:246px; font-size:${name_px}px; font-weight:bold; white-space:nowrap }
.l2 { top:318px; font-size:24px }
.co { top:358px; font-size:${title_px}px; font-weight:bold; line-height:1.2 }
.ds { top:${desc_top}px; font-size:15px; line-height:20px }
.in { top:578px; font-size:25px; font-weight:bold }
.dc { top:622px; font-size:15px; line-height:20px }
.no { position:absolute; left:85px; bottom:26px; font: 10px ${sans}; color:#888 }
</style>
<div class="pn"></div>
<div class="hw">${heading_html}</div>
<div class="dt">${date}</div>
<div class="logo"><div class="m">${mark}</div><div class="t">${org}</div></div>
<div class="tx l1">${certify}</div>
<div class="tx nm">${name}</div>
<div class="tx l2">${completed}</div>
<div class="tx co">${title}</div>
<div class="tx ds">${desc}</div>
<div class="tx in">${instructor}</div>
<div class="tx dc">${disclaimer}</div>
<div class="no">${number}</div>
"""


def fill(d):
    org = d.provider()
    words = [w for w in (d.org_alt or org).replace("&", " ").split() if w[:1].isupper()]
    name = d.name(d.pick(["plain", "plain", "upper"]))
    title = d.title(d.pick(["plain", "plain", "with_code"]))
    hours = d.hours(d.pick(["cec_hours", "words_cec", "iicrc_cec", "cecs"]))
    desc = d.pick(
        [
            f"A classroom course with hands-on exercises. Approved for {hours}.",
            f"Lectures, demonstrations and a written examination ({hours}).",
            f"This course carries {hours} toward IICRC certification renewal.",
        ]
    )
    long_title = len(title) > 28
    return {
        "face": d.fonts[d.pick(["sans", "serif"])],
        "heading_html": d.pick(
            ["Course<br>Certificate<br>of Completion", "Training<br>Certificate<br>of Completion"]
        ),
        "date": d.date(d.pick(["long", "dmy_long", "dd_mon_yyyy", "short_month"])),
        "mark": "".join(w[0] for w in words[:2]),
        "org": org,
        "logo_px": 24 if len(org) <= 32 else 20,
        "certify": "This is to certify that:",
        "name": name,
        "name_px": min(46, int(630 / (max(len(name), 1) * (0.72 if name.isupper() else 0.62)))),
        "completed": d.pick(
            ["Successfully completed:", "Successfully completed:", "Has completed:"]
        ),
        "title": title,
        "title_px": 32 if not long_title else 26,
        "desc_top": 402 if not long_title else 428,
        "desc": desc,
        "instructor": d.person(),
        "disclaimer": f"A course of study offered by {org}. The learning experience has been "
        "supervised and managed by the course team.",
        "number": d.pick(["", f"Verify: {d.number()}"]),
    }
