"""A training entry card from an employer's personnel file, a half-sheet
turned sideways: two punched holes along the top edge, the company's name
and the card's form number in a small header, and a grid of ruled boxes
whose tiny printed captions sit at the top left of each box while the
values are typed into them (employee, department, course or seminar,
school or vendor, date completed, CEC / hours, certificate number, cost,
renewal due). A narrow column at the right has a boxed "entered by"
block with handwritten initials and a date, and a tilted rubber stamp
with the day the card was posted to the file."""

SOURCE = (
    "wording of employers' personnel-file training record cards (Kardex-style ruled file "
    "cards with small box captions and typed entries) and cuonghoit/POC:resources/views/"
    "training_management/TI.blade.php (training request: ref., date, programme title, "
    "participant rows)"
)
KIND = "course"
PAPER = ["half-letter"]
CATEGORIES = (
    "record",
    "labelled",
    "landscape",
    "handwriting",
    "stamp",
    "mono",
    "distractor-date",
    "distractor-person",
)

TEMPLATE = """<style>
.card { position:absolute; inset:0; background:${paper} }
.hole { position:absolute; top:12px; width:16px; height:16px; border-radius:50%; background:#cfcfcf; box-shadow: inset 0 1px 2px #888 }
.hd { position:absolute; left:34px; right:34px; top:36px; display:flex; justify-content:space-between; align-items:baseline; border-bottom:2px solid ${ink}; padding-bottom:3px; font: 10px ${sans}; color:${ink} }
.hd b { font: bold 14px ${sans}; letter-spacing:1.5px; text-transform:uppercase }
.g { position:absolute; left:34px; top:66px; width:560px; display:grid; grid-template-columns:1fr 1fr; border-left:1px solid ${ink}; border-top:1px solid ${ink} }
.g div { border-right:1px solid ${ink}; border-bottom:1px solid ${ink}; height:54px; padding:2px 6px; position:relative }
.g .w2 { grid-column:1 / span 2 }
.g small { display:block; font: 8.5px ${sans}; text-transform:uppercase; letter-spacing:.4px; color:${ink} }
.g span { position:absolute; left:8px; bottom:7px; right:6px; font: 14px ${typed}; color:#1a1a1a; white-space:nowrap }
.side { position:absolute; left:610px; right:34px; top:66px; font: 9px ${sans}; color:${ink} }
.side .b { border:1px solid ${ink}; padding:3px 6px; height:96px; position:relative }
.side .b .h { position:absolute; left:12px; top:22px; font: 30px ${hand}; color:#1b3a8a; transform:rotate(-4deg) }
.side .b .hd2 { position:absolute; left:10px; bottom:8px; font: 16px ${hand}; color:#1b3a8a }
.stp { margin:26px 0 0 6px; width:136px; border:2.5px solid ${stamp}; color:${stamp}; text-align:center; padding:4px 2px; transform:rotate(${rot}deg); font: bold 15px ${sans}; letter-spacing:2px; opacity:.85; border-radius:3px }
.stp span { display:block; font: bold 12px ${mono}; letter-spacing:0 }
.ft { position:absolute; left:34px; bottom:16px; font: 8px ${sans}; color:${ink} }
</style>
<div class="card">
 <div class="hole" style="left:${hole1}px"></div><div class="hole" style="left:${hole2}px"></div>
 <div class="hd"><b>${card_title}</b><span>${company} · ${form_no}</span></div>
 <div class="g">
  <div class="w2"><small>Employee</small><span>${name}</span></div>
  <div class="w2"><small>${k_course}</small><span>${title}</span></div>
  <div class="w2"><small>${k_school}</small><span>${provider}</span></div>
  <div><small>${k_date}</small><span>${date}</span></div>
  <div><small>${k_hours}</small><span>${hours}</span></div>
  <div><small>Cert. no.</small><span>${cert}</span></div>
  <div><small>${k_cost}</small><span>${cost}</span></div>
  <div><small>Dept. / crew</small><span>${dept}</span></div>
  <div><small>Location</small><span>${city}</span></div>
 </div>
 <div class="side">
  <div class="b">ENTERED BY / DATE<div class="h">${initials}</div><div class="hd2">${entered}</div></div>
  <div class="b" style="height:60px;margin-top:8px">RENEWAL DUE<div class="hd2" style="font:13px ${typed};color:#1a1a1a">${renew}</div></div>
  <div class="stp">${stamp_word}<span>${posted}</span></div>
 </div>
 <div class="ft">${footer}</div>
</div>
"""

COMPANIES = [
    "Garrison Restoration Group",
    "Clear Creek Water Damage Inc.",
    "ProTeam Mitigation",
    "Hometown Cleaning & Restoration",
    "Westfield Emergency Services",
]


def fill(d):
    from corpus import formats as F

    r = d.rng
    person = d.person()
    initials = "".join(p[0] for p in person.split() if p[0].isalpha())[:3]
    cost = d.pick(["$450.00", "$1,195.00", "$89.00", "$325.00", "$780.00", "n/c"])
    return {
        "paper": d.pick(["#fbf8ef", "#f7f4e8", "#ffffff", "#f2f6f8"]),
        "ink": d.pick(["#8a3b2a", "#2a4f7a", "#3c6e47", "#555"]),
        "stamp": d.pick(["#b3261e", "#1d4fa0", "#6a1b9a"]),
        "rot": d.pick([-8, -5, 4, 7]),
        "typed": d.fonts[d.pick(["mono", "mono", "sans"])],
        "hand": d.fonts["hand"],
        "hole1": 200,
        "hole2": 600,
        "card_title": d.pick(
            ["Training record", "Employee training card", "Training / certification"]
        ),
        "company": d.pick(COMPANIES),
        "form_no": d.pick(["Form HR-14", "Card T-2", "Form 207 (rev. 4/19)"]),
        "name": d.name(d.pick(["last_first", "last_first", "upper", "plain"])),
        "dept": d.pick(["Water mitigation", "Crew 3", "Carpet & upholstery", "Reconstruction"]),
        "k_course": d.pick(["Course / seminar", "Training course", "Course title"]),
        "title": d.title(d.pick(["plain", "with_code", "upper"])),
        "k_school": d.pick(["School / vendor", "Given by", "Training provider"]),
        "provider": d.provider(),
        "k_date": d.pick(["Date completed", "Completed", "Date of training"]),
        "date": d.date(d.pick(["us_numeric", "us_short", "us_dash", "dd_mon_yyyy"])),
        "k_hours": d.pick(["CEC / hours", "Hours", "CECs earned"]),
        "hours": d.hours_number(),
        "cert": d.number(),
        "city": d.city(),
        "k_cost": d.pick(["Cost", "Tuition paid"]),
        "cost": cost,
        "initials": initials,
        "entered": d.other_date("issue", "us_short"),
        "renew": d.other_date("expiry", "us_numeric"),
        "stamp_word": d.pick(["POSTED", "ENTERED", "FILED"]),
        "posted": d.other_date("issue", d.pick(["dd_mon_yyyy", "us_numeric"])).upper(),
        "footer": d.pick(
            [
                f"File in employee folder, section T · {F.MONTHS[r.randrange(12)][:3]} audit",
                "Attach school certificate to back of card",
                "One card per course",
            ]
        ),
    }
