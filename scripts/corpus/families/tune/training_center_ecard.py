"""A wallet eCard as a training centre issues it: a diagonal status ribbon in
the top-left corner, the accrediting body's mark (not the provider) top
right, the program name in small capitals over the course, the eCard code
printed under the course, the holder's name, issue and recommended renewal
dates, and a block of small labelled lines naming the Training Center (the
provider), a separate Training Site, and the instructor with an ID."""

from corpus import values as V

SOURCE = (
    "https://cpr.heart.org/en/resources/course-card-information and "
    "http://www.cprpensacola.com/node/495 (eCard layout: status banner, eCard code below the "
    "course name, issue and renewal dates, Training Center, Training Site and instructor)"
)
KIND = "course"
PAPER = "card"
CATEGORIES = (
    "wallet",
    "labelled",
    "landscape",
    "distractor-person",
    "distractor-date",
    "distractor-org",
)

PROGRAMS = [
    "Water Restoration Program",
    "Restoration Technician Program",
    "Indoor Environment Program",
    "Cleaning Technician Program",
    "Fire Restoration Program",
]

TEMPLATE = """<style>
.c { position:absolute; inset:0; border-radius:10px; border:1px solid #bbb; overflow:hidden; font-family:${sans}; color:#222; background:#fff }
.rib { position:absolute; top:12px; left:-30px; width:110px; transform:rotate(-38deg); background:${ribbon}; color:#fff;
  font: bold 7px ${sans}; text-align:center; letter-spacing:1.5px; padding:2px 0 }
.mark { position:absolute; top:7px; right:9px; display:flex; align-items:center; gap:4px; font: bold 7px ${sans}; color:${accent}; text-align:right; line-height:8px }
.mark b { display:inline-block; width:22px; height:22px; border-radius:50%; border:2px solid ${accent}; font: bold 6.5px ${sans};
  line-height:18px; text-align:center }
.top { position:absolute; left:0; right:0; top:32px; text-align:center }
.prog { font: 6.5px ${sans}; letter-spacing:1.2px; text-transform:uppercase; color:#555 }
.course { font: bold 10.5px ${sans}; color:${dark}; margin:1px 12px 0; line-height:12px }
.code { font: 6.5px ${mono}; color:#444; margin-top:1px }
.nm { font: bold 11px ${sans}; margin-top:5px }
.stmt { font: 5.8px ${sans}; color:#444; margin:1px 16px 0; line-height:7px }
.grid { position:absolute; left:10px; right:10px; bottom:8px; display:grid; grid-template-columns: 1.45fr 1fr; column-gap:8px; row-gap:1px;
  font: 6px ${sans}; line-height:7.5px; border-top:1px solid ${light_rule}; padding-top:3px }
.grid span { color:#666 }
</style>
<div class="c">
 <div class="rib">${status}</div>
 <div class="mark"><span>${mark_text_html}</span><b>${mark_badge}</b></div>
 <div class="top">
  <div class="prog">${program}</div>
  <div class="course">${title}</div>
  <div class="code">eCard Code: ${ecard}</div>
  <div class="nm">${name}</div>
  <div class="stmt">${statement}</div>
 </div>
 <div class="grid">
  <div><span>Issue Date:</span> ${date}</div><div><span>Recommended Renewal:</span> ${renew}</div>
  <div><span>Training Center:</span> ${org}</div><div><span>TC ID:</span> ${tc_id}</div>
  <div><span>Training Site:</span> ${site}</div><div><span>CECs:</span> ${hours}</div>
  <div><span>Instructor:</span> ${instructor}</div><div><span>Instructor ID:</span> ${instructor_id}</div>
 </div>
</div>
"""


def fill(d):
    r = d.rng
    program = d.pick(PROGRAMS)
    others = [s for s, _ in V.SCHOOLS if s != d.org]
    site = d.pick([d.venue(), f"{d.pick(others)} – {d.city()}", f"{d.city()} Training Site"])
    renew = d.other_date("expiry", "us_numeric")
    code = d.code or "CE"
    return {
        "status": d.pick(["ACTIVE", "ACTIVE", "VALID"]),
        "ribbon": d.pick(["#2e7d32", "#1b5e20", "#2d6a4f"]),
        "mark_text_html": d.pick(
            ["IICRC<br>Approved School", "Approved<br>CE Provider", "IICRC<br>Approved Course"]
        ),
        "mark_badge": d.pick(["CEC", "IICRC", "CE"]),
        "program": program,
        "title": d.title(d.pick(["plain", "plain", "with_code"])),
        "ecard": f"{d.completed.year % 100:02d}{code}{r.randrange(1000000, 9999999)}",
        "name": d.name(d.pick(["plain", "plain", "upper"])),
        "statement": "has successfully completed the written and hands-on evaluations "
        f"in accordance with the curriculum of the {program}.",
        "date": d.date(d.pick(["us_numeric", "us_numeric", "short_month"])),
        "renew": renew[:3] + renew[6:] if renew[2] == "/" else renew,
        "org": d.provider(),
        "tc_id": f"{d.pick(['WA', 'TX', 'FL', 'OH', 'GA', 'IL'])}{r.randrange(10000, 99999)}",
        "site": site,
        "hours": d.hours_number(),
        "instructor": d.person(),
        "instructor_id": f"{r.randrange(10, 99)}{r.randrange(100000, 999999)}",
        "light_rule": "#ccc",
    }
