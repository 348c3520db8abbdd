"""A training school's records kept the way a library keeps its catalogue: a
3 x 5 card typed on a typewriter, one card per student and course, with a
round hole at the foot for the drawer rod. A stacked call number at the top
left (course code, year, a serial), the main entry (the student, surname
first), then an indented paragraph in catalogue punctuation: course title
slash school, city and date, the credit as a physical description, notes
(instructor, exam), and the tracings line. An accession number and a filing
date sit at the bottom corners."""

SOURCE = (
    "tu-graz-library/tualpaka:tpl/label.tpl (stacked call-number pieces over a library label); "
    "the typed library catalogue card (main entry, indented title paragraph with ' / ' and "
    "' -- ', notes, tracings, rod hole), as catalogue-card scrapers print it"
)
KIND = "course"
PAPER = "slip"
CATEGORIES = (
    "slip",
    "landscape",
    "mono",
    "record",
    "sentence",
    "distractor-person",
    "distractor-date",
)

TEMPLATE = """<style>
.cd { position:absolute; inset:0; background:${stock}; font: 14px ${mono}; color:#1d1d1d; line-height:19px }
.edge { position:absolute; left:0; right:0; top:0; height:6px; background:${tint} }
.cn { position:absolute; left:26px; top:30px; width:90px; line-height:18px }
.me { position:absolute; left:128px; top:30px; right:30px }
.bd { text-indent:28px; margin-top:0 }
.nt { margin-top:10px; text-indent:28px }
.tr { margin-top:10px; text-indent:28px }
.hole { position:absolute; left:50%; bottom:16px; width:30px; height:30px; margin-left:-15px; border-radius:50%; background:#6d6d6d; box-shadow: inset 0 2px 3px #333 }
.acc { position:absolute; left:26px; bottom:14px; font-size:12px }
.fd { position:absolute; right:26px; bottom:14px; font-size:12px }
</style>
<div class="cd">
 <div class="edge"></div>
 <div class="cn">${cn1}<br>${cn2}<br>${cn3}</div>
 <div class="me">
  <div>${name}</div>
  <div class="bd">${title} / ${provider}${pdot} -- ${city}, ${date}.</div>
  <div class="bd">1 ${unit} (${hours}) ; ${mode}.</div>
  <div class="nt">${note1}</div>
  <div class="nt">Instructor: ${instructor}.</div>
  <div class="tr">${tracings}</div>
 </div>
 <div class="hole"></div>
 <div class="acc">${acc}</div>
 <div class="fd">${filed}</div>
</div>
"""

SUBJECTS = [
    "Water damage -- Study and teaching",
    "Buildings -- Drying",
    "Mold remediation",
    "Carpet cleaning -- Certification",
    "Fire damage -- Restoration",
]


def fill(d):
    r = d.rng
    code = d.code or d.pick(["CE", "CEC", "TR"])
    instructor = d.person()
    n = r.randrange(1, 4)
    return {
        "stock": d.pick(["#fdfbf3", "#f8f4e6", "#ffffff", "#f4f1e8"]),
        "tint": d.pick(["#e8d9b0", "#cfe0ea", "#f0f0f0"]),
        "cn1": code,
        "cn2": str(d.completed.year),
        "cn3": f".{d.last[0].upper()}{r.randrange(10, 99)}",
        "name": d.name("last_first"),
        "title": d.title("plain"),
        "provider": d.provider(),
        "pdot": "" if d.org.endswith(".") else ".",
        "city": d.city(),
        "date": d.date(d.pick(["long", "dmy_long", "short_month", "iso"])),
        "unit": d.pick(["course", "class", "v."]),
        "hours": d.hours(d.pick(["hrs", "cec_hours", "cecs"])),
        "mode": d.pick(["classroom", "lecture and hands-on", "online, proctored exam"]),
        "note1": d.pick(
            [
                "Exam passed; certificate mailed.",
                f"Exam score {r.randrange(78, 99)}%.",
                "Attendance verified by sign-in sheet.",
            ]
        ),
        "instructor": instructor,
        "tracings": f"1. {d.pick(SUBJECTS)}. {n + 1}. Technicians. I. Title. II. {instructor.split()[-1]}.",
        "acc": f"Acc. {d.number()}",
        "filed": f"Filed {d.other_date('issue', d.pick(['us_numeric', 'iso']))}",
    }
