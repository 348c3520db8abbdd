"""A course completion record in two panels, landscape (a half sheet or a
smaller slip): a thin coloured strip across the top carries the school's
name and "Course Completion Record". The left panel holds labelled lines
for the student, the course, the day it was completed, the course approval
number and the CEC hours awarded, set large. The right panel, "Time on
schedule", is a small table of how the class time was spent (lecture,
hands-on lab, field demonstration, review and exam, breaks and lunch) in
hours or, for short courses, minutes, with a line for the whole time on
schedule and a note that breaks carry no credit. None of the time figures
is the credit; only the left panel's award is. A signature with printed
name and a record number close the card."""

SOURCE = (
    "the course completion records IICRC-approved schools and state-approved CE providers hand "
    "out with a class outline's time allocation (approved courses list minutes of lecture, "
    "hands-on and exam, and lunch and breaks are not credited); layout after "
    "PactoSigna/Sample.QMS.ISO13485:docs/templates/TMPL-002-training-log.md (labelled record "
    "block beside a table of training time)"
)
KIND = "course"
PAPER = ["half-letter", "half-letter", "slip"]
CATEGORIES = ("record", "labelled", "table", "landscape", "tiny-footer", "provider-in-logo")

TEMPLATE = """<style>
.strip { position:absolute; left:0; right:0; top:0; height:${strip_h}vw; background:${strip}; color:#fff; display:flex; align-items:center; justify-content:space-between; padding:0 4.2vw }
.strip b { font: bold ${logo_px}vw ${head}; letter-spacing:.05vw }
.strip span { font: ${doc_w} 1.45vw ${face}; letter-spacing:${ls}; text-transform:uppercase }
.w { position:absolute; left:4.2vw; right:4.2vw; top:8.2vw; bottom:4.4vw; display:flex; gap:3vw; font: ${fpx}vw ${face}; color:#1b1b1b }
.l { flex:1.2 } .r { flex:1; border-left:${divider}; padding-left:3vw }
.f { border-bottom:1px solid #aaa; padding:.35vw 0 .5vw; margin-bottom:${fgap}vw }
.f small { display:block; font-size:1.05vw; color:#666; text-transform:uppercase; letter-spacing:.08vw }
.f.big { border:0; margin-top:.6vw } .f.big b { font: bold ${big_px}vw ${head}; color:${dark}; white-space:nowrap }
h3 { margin:0 0 .6vw; font: bold 1.35vw ${face}; color:${dark}; text-transform:uppercase; letter-spacing:.08vw }
table { width:100%; border-collapse:collapse; font-size:${tpx}vw }
td { padding:.6vw .4vw; border-bottom:1px dotted #999 } td.n { text-align:right; white-space:nowrap }
tr.br td { color:#666; font-style:italic }
tr.tot td { border-bottom:0; border-top:1.5px solid #333; font-weight:bold }
.nt { font-size:1.3vw; color:#555; margin-top:.7vw; line-height:1.35 }
.tp { font-size:1.45vw; color:#333; line-height:1.4; margin-top:.4vw }
.tp b { font-size:1.05vw; text-transform:uppercase; letter-spacing:.08vw; color:#666; font-weight:normal }
.sig { margin-top:3.2vw; font-size:1.3vw; color:#444 }
.sig i { display:block; font: 2.5vw ${hand}; font-style:normal; color:#1b2f6b; border-bottom:1px solid #444; height:3.4vw; white-space:nowrap }
.ft { position:absolute; left:4.2vw; right:4.2vw; bottom:1.1vw; font-size:.95vw; color:#777; display:flex; justify-content:space-between }
</style>
<div class="strip"><b>${school}</b><span>${doc_title}</span></div>
<div class="w">
 <div class="l">
  <div class="f"><small>${name_label}</small>${name}</div>
  <div class="f"><small>Course</small>${title}</div>
  <div class="f"><small>${date_label}</small>${completed}</div>
  <div class="f"><small>${appr_label}</small>${approval}</div>
  <div class="f big"><small>${award_label}</small><b>${award}</b></div>
  <div class="tp"><b>${topics_label}</b><br>${topics}</div>
 </div>
 <div class="r">
  <h3>${alloc_title}</h3>
  <table>${alloc_html}</table>
  <div class="nt">${alloc_note}</div>
  <div class="sig"><i>${sig}</i>${signer}, ${signer_role}</div>
 </div>
</div>
<div class="ft"><span>${record_no}</span><span>${footer}</span></div>
"""


TOPICS = [
    "safety and PPE",
    "moisture measurement",
    "psychrometry",
    "equipment placement",
    "documentation",
    "antimicrobial use",
    "containment",
    "cleaning chemistry",
    "customer communication",
    "standards of care",
    "job-site hazards",
]


def fill(d):
    import html

    e = html.escape
    r = d.rng
    credit = float(d.credit)
    minutes = credit <= 3
    inst = int(round(credit * 60))
    # split instruction time into lecture / lab / demo, then exam and breaks beside it
    if minutes:
        parts = [
            ("Video lecture" if d.chance(0.5) else "Lecture", 0),
            ("Case review", 0),
            ("Quiz", 0),
        ]
        w = [r.randint(5, 8), r.randint(2, 4), 1]
    else:
        parts = [("Lecture", 0), ("Hands-on lab", 0), ("Field demonstration", 0)]
        w = [r.randint(4, 7), r.randint(2, 4), r.randint(1, 2)]
    step = 5 if minutes else 15
    units = inst // step
    shares = [max(1, units * x // sum(w)) for x in w]
    shares[0] += units - sum(shares)
    segs = [(label, s * step) for (label, _), s in zip(parts, shares, strict=True)]
    exam = 0 if minutes else d.pick([30, 45, 60, 60, 90])
    breaks = (
        d.pick([10, 15]) if minutes else d.pick([60, 75, 90, 105, 120]) * max(1, int(credit // 7))
    )
    rows = segs + ([("Review and exam", exam)] if exam else [])

    fmt_unit = d.pick(["{:g} h", "{:g} hr."])

    def show_h(mins):
        if minutes:
            return f"{mins} min"
        h = round(mins / 60, 2)
        return fmt_unit.format(h) if h != credit else f"{mins} min"

    alloc = "".join(f"<tr><td>{e(k)}</td><td class='n'>{show_h(v)}</td></tr>" for k, v in rows)
    alloc += f"<tr class='br'><td>{d.pick(['Breaks and lunch', 'Breaks / meal', 'Breaks'])} *</td><td class='n'>{show_h(breaks)}</td></tr>"
    total = sum(v for _, v in rows) + breaks
    alloc += f"<tr class='tot'><td>{d.pick(['Total time on schedule', 'Scheduled time', 'Time on site'])}</td><td class='n'>{show_h(total)}</td></tr>"

    award_style = d.pick(["cec_hours", "iicrc_cec", "hours_title", "cecs", "number"])
    award = d.hours_number() if award_style == "number" else d.hours(award_style)
    if award_style == "number":
        award = f"{award} {d.pick(['CEC', 'CE hours', 'hours'])}"
    signer = d.person()
    return {
        "face": d.fonts[d.pick(["sans", "sans", "serif", "cond"])],
        "head": d.fonts[d.pick(["display", "serif", "sans"])],
        "strip": d.colors["dark"],
        "strip_h": d.pick([5, 5.6]),
        "logo_px": d.pick(["2.1", "2.3", "2.5"]),
        "doc_w": d.pick(["bold", "normal"]),
        "ls": d.pick([".15vw", ".3vw", ".4vw"]),
        "divider": d.pick(["1px solid #999", "2px solid " + d.colors["accent"], "1px dashed #777"]),
        "fpx": d.pick(["2.05", "2.2"]),
        "fgap": d.pick([1.1, 1.4]),
        "big_px": d.pick(["3.3", "3.6", "3.9"]),
        "tpx": d.pick(["1.85", "1.95"]),
        "topics_label": d.pick(["Topics covered", "Course content", "Outline"]),
        "topics": ", ".join(r.sample(TOPICS, d.pick([3, 4]))),
        "school": d.provider(),
        "doc_title": d.pick(
            ["Course Completion Record", "Completion Record", "Record of Completion"]
        ),
        "name_label": d.pick(["Student", "Participant", "Issued to"]),
        "name": d.name(d.pick(["plain", "plain", "upper", "last_first"])),
        "title": d.title(),
        "date_label": d.pick(["Completed", "Date completed", "Course end date"]),
        "completed": d.date(),
        "appr_label": d.pick(["Course approval no.", "IICRC course no.", "Approval #"]),
        "approval": d.approval(),
        "award_label": d.pick(
            ["CEC hours awarded", "Credit awarded", "Continuing education credit"]
        ),
        "award": award,
        "alloc_title": d.pick(
            ["Time on schedule", "How class time was spent", "Class time allocation"]
        ),
        "alloc_html": alloc,
        "alloc_note": d.pick(
            [
                "* Breaks and meals are not instructional time and carry no credit.",
                "* Not credited. Times are from the approved course outline.",
            ]
        ),
        "sig": signer if d.chance(0.7) else "",
        "signer": signer,
        "signer_role": d.pick(["Instructor", "Lead Instructor", "Director of Training"]),
        "record_no": f"Record {d.number()}",
        "footer": d.pick(["Keep this record for your renewal", d.web(), "Student copy"]),
    }
