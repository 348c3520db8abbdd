"""A student's folded name tent from a classroom table, printed flat, not a
certificate: a sheet folded along the middle, the top half upside down,
each half with the student's name in large letters, the company, and a
small line with the school, the course and the class dates. It names a
technician, a course, a provider and dates; it records no one's
completion."""

SOURCE = (
    "sslater11/Toastmasters-Name-Plaque-Creator:README.md (an A4 sheet folded lengthways, "
    "the member's name on both sides) and the tent cards of nametag generators (dashed fold "
    "line, top half rotated so the name reads from both sides)"
)
KIND = "other"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "other",
    "landscape",
    "provider-in-logo",
    "distractor-person",
    "date-range",
)

TEMPLATE = """<style>
.h { position:absolute; left:0; right:0; height:50%; padding:30px 56px; display:flex; flex-direction:column; justify-content:center; align-items:center; text-align:center; font-family:${sans} }
.top { top:0; transform:rotate(180deg) } .bot { bottom:0 }
.fold { position:absolute; left:20px; right:20px; top:50%; border-top:1px dashed #999 }
.fold span { position:absolute; right:0; top:-8px; background:#fff; font-size:9px; color:#999; padding:0 4px }
.nm { font: bold ${name_px}px ${name_font}; color:#111; line-height:1.15; white-space:nowrap }
.co { font: 22px ${sans}; color:#444; margin-top:4px }
.ft { position:absolute; left:56px; right:56px; bottom:22px; display:flex; justify-content:space-between; align-items:center; font-size:12px; color:#555; border-top:3px solid ${accent}; padding-top:6px }
.ft b { color:${dark} }
.mk { display:inline-block; width:20px; height:20px; background:${accent}; color:#fff; font: bold 10px ${sans}; text-align:center; line-height:20px; border-radius:3px; margin-right:6px; vertical-align:middle }
</style>
<div class="h top"><div class="nm">${first}</div><div class="co">${rest}</div>
 <div class="ft"><span><span class="mk">${mark}</span><b>${school}</b></span><span>${course} · ${dates}</span></div></div>
<div class="fold"><span>fold here</span></div>
<div class="h bot"><div class="nm">${first}</div><div class="co">${rest}</div>
 <div class="ft"><span><span class="mk">${mark}</span><b>${school}</b></span><span>${course} · ${dates}</span></div></div>
"""

COMPANIES = [
    "Rapid Dry Restoration",
    "Apex Water & Fire",
    "Hometown Carpet Care",
    "Prime Mitigation Group",
    "Allied Property Restoration",
    "Blue Line Cleaning Co.",
    "ServiceMaster Restore",
]


def fill(d):
    from datetime import timedelta

    from corpus import values as V
    from corpus.formats import fmt_range

    r = d.rng
    school, short = d.pick(V.SCHOOLS)
    short = short or school
    mark = "".join(w[0] for w in short.replace("&", "").split() if w[0].isupper())[:2]
    course, code = d.pick(V.IICRC_COURSES) if d.chance(0.7) else (d.pick(V.CE_COURSES), None)
    start = d.completed - timedelta(days=d.pick([1, 2]))
    who = d.person()
    style = d.pick(["first", "full", "full"])
    first = who.split()[0] if style == "first" else who
    company = d.pick(COMPANIES)
    return {
        "name_font": d.fonts[d.pick(["sans", "display", "cond"])],
        "first": first,
        "name_px": min(72, int(1500 / max(len(first), 1))),
        "rest": f"{who} · {company}" if style == "first" else company,
        "mark": mark,
        "school": short,
        "course": code or course,
        "dates": fmt_range(start, d.completed, r),
    }
