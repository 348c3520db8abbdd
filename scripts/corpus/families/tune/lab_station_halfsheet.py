"""A half-sheet attendance certificate for the hands-on part of a class held
in a school's flood house or burn house: a dark band with the school's name
and the lab's name in white, edged by a strip of hazard-tape stripes; a
left block with the student and class in large type and a short sentence;
a right-hand grid of labelled cells (class dates, lab facility, station or
team number, lab hours, credit, school number, approval number); the lead
instructor's and lab assistant's names with a signature; and a line of
small print with the school's phone and a print date."""

SOURCE = (
    "https://randrmagonline.com/articles/91009-navigating-the-franchise-vs-independent-decision-"
    "key-factors-beyond-ownership (training courses that include flood houses for WRT training)"
)
KIND = "course"
PAPER = "half-letter"
CATEGORIES = (
    "slip",
    "landscape",
    "dark-band",
    "labelled",
    "sentence",
    "provider-in-logo",
    "date-range",
    "distractor-person",
    "distractor-date",
)

TEMPLATE = """<style>
.band { position:absolute; left:0; right:0; top:0; height:78px; background:${band}; color:#fff; padding:14px 30px 0;
  display:flex; justify-content:space-between }
.band b { font: bold 23px ${head}; display:block; letter-spacing:.3px }
.band span { font: 12px ${sans}; letter-spacing:2.5px; text-transform:uppercase; color:${hi} }
.band .rt { text-align:right; font: 11px ${sans}; line-height:15px; opacity:.9 }
.tape { position:absolute; left:0; right:0; top:78px; height:14px;
  background: repeating-linear-gradient(-45deg, ${hi} 0 14px, #111 14px 28px) }
.l { position:absolute; left:30px; top:112px; width:380px; font-family:${sans}; color:#1b1b1b }
.l h1 { font: bold 15px ${sans}; letter-spacing:2px; text-transform:uppercase; margin:0 0 10px; color:${band} }
.l small { display:block; font-size:10px; text-transform:uppercase; letter-spacing:1px; color:#666; margin-top:8px }
.l .nm { font: bold 25px ${face}; line-height:1.25; margin-top:2px }
.l .cr { font: bold 17px ${sans}; line-height:1.3; margin-top:2px }
.ex { margin-top:10px; font: 11.5px ${sans}; color:#222; columns:2; column-gap:18px; line-height:17px }
.ex div { break-inside:avoid }
.l p { font-size:12.5px; line-height:17px; margin-top:10px; color:#333 }
.g { position:absolute; right:30px; top:112px; width:340px; display:grid; grid-template-columns:1fr 1fr; border:1px solid #999 }
.g div { border:1px solid #ccc; padding:5px 8px 7px; font: 14.5px ${sans} }
.g small { display:block; font-size:9px; text-transform:uppercase; letter-spacing:.7px; color:#666 }
.g .w { grid-column: span 2 }
.sig { position:absolute; left:30px; right:30px; bottom:42px; display:flex; justify-content:space-between; align-items:flex-end; font: 11px ${sans}; color:#333 }
.sig .s { width:230px } .sig .h { font: 24px ${hand}; height:28px; white-space:nowrap; color:#1a237e }
.sig .ln { border-top:1px solid #222; padding-top:2px; line-height:14px }
.stamp { width:84px; height:84px; border:2.5px solid ${stamp}; border-radius:50%; color:${stamp}; transform:rotate(-14deg);
  display:flex; align-items:center; justify-content:center; text-align:center; font: bold 10.5px ${sans}; line-height:12px;
  opacity:.75; letter-spacing:.5px }
.fine { position:absolute; left:30px; right:30px; bottom:12px; font: 8.5px ${sans}; color:#666; display:flex; justify-content:space-between; gap:20px }
</style>
<div class="band"><div><b>${org}</b><span>${lab}</span></div><div class="rt">${street}<br>${town}</div></div>
<div class="tape"></div>
<div class="l">
 <h1>${heading}</h1>
 <small>${name_label}</small><div class="nm">${name}</div>
 <small>${course_label}</small><div class="cr">${title}</div>
 <p>${sentence}</p>
 <div class="ex">${exercises_html}</div>
</div>
<div class="g">${cells_html}</div>
<div class="sig">
 <div class="s"><div class="h">${lead}</div><div class="ln">${lead} · ${lead_role}</div></div>
 <div class="stamp">${stamp_text_html}</div>
 <div class="s"><div class="h"></div><div class="ln">${assistant} · ${asst_role}</div></div>
</div>
<div class="fine"><span>${fine}</span><span>${printed}</span></div>
"""
EXERCISES = {
    "water": [
        "Extraction passes",
        "Moisture mapping",
        "Dehu sizing & set-up",
        "Psychrometric logs",
        "Wall cavity drying",
        "Floor drying mats",
    ],
    "fire": [
        "Soot identification",
        "Dry sponge & HEPA vac",
        "Wet cleaning tests",
        "Thermal fogging",
        "Hydroxyl set-up",
        "Contents pack-out",
    ],
    "mold": [
        "Containment build",
        "Negative air set-up",
        "HEPA sanding",
        "Clearance walk-through",
        "PPE donning / doffing",
    ],
    "other": [
        "Equipment set-up",
        "Safety walk-through",
        "Documentation exercise",
        "Cleaning tests",
        "Tool handling",
    ],
}
LABS = {
    "water": ["Flood House", "Wet Lab", "Flood Lab & Drying Structure"],
    "fire": ["Burn House", "Burn Lab", "Smoke & Soot Lab"],
    "mold": ["Containment Lab", "Remediation Lab"],
    "other": ["Hands-on Lab", "Training Structure", "Field Lab"],
}


def fill(d):
    r = d.rng
    course = d.course.lower()
    if "water" in course or "drying" in course or "flood" in course or "crawl" in course:
        kind = "water"
    elif "fire" in course or "smoke" in course or "odor" in course:
        kind = "fire"
    elif "microbial" in course or "mold" in course or "containment" in course:
        kind = "mold"
    else:
        kind = "other"
    lab = d.pick(LABS[kind])
    org = d.provider()
    street, town = d.address()
    title = d.title(d.pick(["plain", "plain", "with_code", "upper"]))
    dates = d.date_range(d.pick([1, 2, 2, 3]))
    lab_hours = d.pick([v for v in (3, 4, 5, 6, 7.5, 8) if v != d.credit])
    cells = [
        ("Class dates", dates, True),
        ("Lab facility", lab, False),
        (d.pick(["Station", "Team", "Crew"]), f"{r.choice('ABCDEFG')}-{r.randrange(1, 9)}", False),
        (d.pick(["Lab hours", "Hands-on hours"]), f"{lab_hours:g}", False),
        (d.pick(["CEC hours", "CECs", "Credit"]), d.hours_number(), False),
        (d.pick(["School no.", "IICRC school #"]), f"{r.randrange(1000, 9999)}", False),
    ]
    if d.chance(0.5):
        cells.append((d.pick(["Approval no.", "Course approval"]), d.approval(), False))
    else:
        cells.append(("Class no.", f"{r.randrange(100, 999)}-{r.randrange(10, 99)}", False))
    cells_html = "".join(
        f"<div class='{'w' if wide else ''}'><small>{k}</small>{v}</div>" for k, v, wide in cells
    )
    lead, assistant = d.person(), d.person()
    box = d.pick(["☑", "✔", "■", "[x]"])
    exercises_html = "".join(
        f"<div>{box} {e}</div>" for e in r.sample(EXERCISES[kind], d.pick([4, 4, 5]))
    )
    tail = d.pick(["PPE required in all lab areas.", "Retain with your class certificate.", ""])
    return {
        "band": d.pick(["#1b1b1b", "#1f2d3d", "#3b0d0d", "#0d2b45", d.colors["dark"]]),
        "hi": d.pick(["#ffcc00", "#f5b700", "#ffd400"]),
        "head": d.pick([d.fonts["sans"], d.fonts["cond"], d.fonts["display"]]),
        "face": d.pick([d.fonts["sans"], d.fonts["serif"], d.fonts["cond"]]),
        "stamp": d.pick(["#b71c1c", "#1a5e20", "#0d47a1"]),
        "org": org,
        "lab": lab,
        "street": street,
        "town": town,
        "heading": d.pick(
            ["Hands-on lab attendance", "Lab completion certificate", "Practical session record"]
        ),
        "name_label": d.pick(["Student", "Participant", "Technician"]),
        "name": d.name(d.pick(["plain", "plain", "upper"])),
        "course_label": d.pick(["Class", "Course", "Program"]),
        "title": title,
        "sentence": d.pick(
            [
                f"attended every hands-on session in the {lab.lower()} and completed the practical "
                "exercises under the supervision of the instructors named below.",
                "completed the practical portion of this class, including set-up, monitoring "
                "and teardown at an assigned station.",
                "was present for the full practical component of the class listed above.",
            ]
        ),
        "cells_html": cells_html,
        "lead": lead,
        "lead_role": d.pick(["Lead Instructor", "IICRC Approved Instructor", "Instructor"]),
        "stamp_text_html": d.pick(["LAB<br>VERIFIED", "PRACTICAL<br>COMPLETE", "HANDS-ON<br>✓"]),
        "assistant": assistant,
        "asst_role": d.pick(["Lab Assistant", "Lab Tech", "Assistant Instructor"]),
        "exercises_html": exercises_html,
        "fine": " · ".join(x for x in (org, d.phone(), tail) if x),
        "printed": f"Printed {d.other_date('issue', d.pick(['us_numeric', 'us_short']))}",
    }
