"""A university extension group's certificate typeset with a LaTeX class
built for batch certificates (article, A4 landscape): across the top a round
state-style coat of arms at the left, the institution's name with its
office below it in bold beside it, and the issuing group's own mark at the
right; a huge letter-spaced heading that reads either as a declaration or a
certification; one justified paragraph with the holder's name in bold caps,
the short course in quotes, the day it ran and the workload in hours; then,
ranged right, the town and the day the paper was issued written out; a
single signature line for the coordinator centred at the foot, and a soft
geometric background strip along the bottom edge."""

SOURCE = "pesader/certificatex:main.tex"
KIND = "course"
PAPER = "a4-landscape"
CATEGORIES = (
    "landscape",
    "sentence",
    "provider-in-logo",
    "hours-in-sentence",
    "distractor-person",
    "distractor-date",
    "letter-spaced",
)

TEMPLATE = """<style>
.bg { position:absolute; left:0; right:0; bottom:0; height:120px; background:
  linear-gradient(172deg, transparent 0 48%, ${tint} 48.3% 70%, ${col} 70.3% 100%) }
.bg2 { position:absolute; right:0; bottom:0; width:360px; height:160px; background:
  linear-gradient(200deg, transparent 0 55%, ${col2} 55.3%) ; opacity:.75 }
.top { position:absolute; left:70px; right:70px; top:44px; display:flex; align-items:center; gap:20px; font-family:${face} }
.coat { width:92px; height:92px; border-radius:50%; border:4px double ${col}; display:flex; align-items:center; justify-content:center; font: bold 13px ${face}; color:${col}; text-align:center; line-height:14px; flex:none }
.ies { font: bold 21px ${face}; line-height:26px; color:#222 }
.ies span { display:block; font-size:16px; color:#444 }
.em { margin-left:auto; text-align:center; font: bold 30px ${sans}; letter-spacing:2px; color:${col}; border:3px solid ${col}; padding:6px 14px; line-height:32px }
.em small { display:block; font: 9px ${sans}; letter-spacing:1px; color:#555 }
h1 { position:absolute; left:0; right:0; top:196px; margin:0; text-align:center; font: bold 46px ${face}; letter-spacing:${spacing}px; color:#1a1a1a }
.txt { position:absolute; left:120px; right:120px; top:300px; font: 22px ${face}; line-height:36px; text-align:justify; color:#111; text-indent:50px }
.txt b { font-weight:bold }
.pl { position:absolute; right:120px; top:520px; font: 19px ${face}; color:#222 }
.sg { position:absolute; left:0; right:0; top:610px; text-align:center; font: 16px ${face}; color:#222 }
.sg div { width:330px; margin:0 auto 4px; border-top:1px solid #222 }
.sg b { display:block; font-size:17px }
</style>
<div class="bg"></div><div class="bg2"></div>
<div class="top">
 <div class="coat">${coat_html}</div>
 <div class="ies">${provider}<span>${office}</span></div>
 <div class="em">${mark}<small>${mark_sub}</small></div>
</div>
<h1>${heading}</h1>
<div class="txt">${lead} <b>${name}</b> ${verb} ${title_q}, ${held} ${date}, ${load}.</div>
<div class="pl">${place}, ${issued}.</div>
<div class="sg"><div></div><b>${coord}</b>${coord_role}</div>
"""


def fill(d):
    from datetime import timedelta

    from corpus.formats import MONTHS, NUMBER_WORDS

    org = d.provider()
    words = [w for w in org.replace("&", "").replace(",", "").split() if w[0].isupper()]
    mark = "".join(w[0] for w in words)[:4]
    name = d.name(d.pick(["upper", "upper", "plain"]))
    title = d.title(d.pick(["plain", "plain", "with_code"]))
    date = d.date(d.pick(["dmy_long", "long", "dmy_numeric", "ordinal"]))
    n = d.hours_number()
    load = d.pick(
        [
            f"with a total workload of {n} hours",
            f"totalling {n} hours of instruction",
            f"for a course load of {n} (CEC) hours",
        ]
    )
    issue = d.completed + timedelta(days=d.rng.randint(2, 25))
    day_word = NUMBER_WORDS[issue.day] if issue.day < len(NUMBER_WORDS) else str(issue.day)
    issued = d.pick(
        [
            f"{issue.day} {MONTHS[issue.month - 1]} {issue.year}",
            f"{MONTHS[issue.month - 1]} {issue.day}, {issue.year}",
            f"on day {day_word} of {MONTHS[issue.month - 1]}, {issue.year}",
        ]
    )
    declaration = d.chance(0.5)
    return {
        "face": d.pick([d.fonts["serif"], "'Linux Libertine O', serif", "'C059', serif"]),
        "col": d.pick(["#1f3a5f", "#0b3d2e", "#5b2333", "#2f2f2f"]),
        "col2": d.pick(["#d9c27a", "#9cc3d5", "#b7d3a8"]),
        "tint": d.pick(["#e8eef5", "#eef3ea", "#f3ece4"]),
        "coat_html": d.pick(["STATE<br>OF<br>LEARNING", "★<br>EXT.<br>PROGRAM", "SEAL"]),
        "office": d.pick(
            [
                "Office of Continuing Education",
                "Extension Training Department",
                "Restoration Training Programs",
            ]
        ),
        "provider": org,
        "mark": mark,
        "mark_sub": d.pick(["TRAINING GROUP", "CE PROGRAM", "TECH EDUCATION"]),
        "heading": "DECLARATION" if declaration else "CERTIFICATE",
        "spacing": d.pick([6, 8, 10]),
        "lead": (
            d.pick(["We hereby declare, for all due purposes, that", "We declare that"])
            if declaration
            else d.pick(["We certify that", "This certifies that"])
        ),
        "name": name,
        "verb": d.pick(
            ["attended the short course", "took part in the mini-course", "completed the course"]
        ),
        "title_q": f"“{title}”",
        "held": d.pick(["held on", "offered on", "given on"]),
        "date": date,
        "load": load,
        "place": d.pick([d.address()[1].rsplit(" ", 1)[0], d.city()]),
        "issued": issued,
        "coord": d.person(),
        "coord_role": d.pick(["Course Coordinator", "Program Coordinator", "Extension Director"]),
    }
