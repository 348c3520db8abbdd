"""A safety-training wallet card with its required fields: a dark band across
the top with the program and course type in white, "This card acknowledges
that" over the student name, the course and its hours, then a row with the
trainer's name and ID and the training date, and a card number printed small
at the bottom edge."""

SOURCE = (
    "OSHA Outreach Training Program Guidelines, Construction Industry (Oct 2008), "
    "VIII.F 'Information on Student Course Completion Cards' - "
    "https://studylib.net/doc/18430397/construction-guide-2008-1---uw-departments-web-server"
)
KIND = "course"
PAPER = "card"
CATEGORIES = ("wallet", "dark-band", "labelled", "distractor-person", "landscape")

TEMPLATE = """<style>
.c { position:absolute; inset:0; border-radius:10px; border:1px solid #999; overflow:hidden; font-family:${sans}; background:${light} }
.band { background:${dark}; color:#fff; padding:5px 10px 4px; display:flex; justify-content:space-between; align-items:center }
.band b { font-size:9.5px; letter-spacing:0.4px } .band span { font-size:7px; text-align:right; line-height:8px }
.body { padding:9px 10px 0; font-size:8px; color:#333 }
.nm { font-size:13.5px; font-weight:bold; color:#000; margin:2px 0 5px }
.cs { font-size:9px; font-weight:bold; color:${dark}; line-height:10px }
.row { display:flex; gap:10px; margin-top:12px } .row div { flex:1 }
small { display:block; font-size:5.8px; text-transform:uppercase; color:#666 } .v { font-size:8px; color:#000; font-weight:bold }
.no { position:absolute; left:10px; bottom:4px; font-size:6px; color:#555 } .pv { position:absolute; right:10px; bottom:4px; font-size:6px; color:#555 }
</style>
<div class="c">
 <div class="band"><b>${program}</b><span>${org}</span></div>
 <div class="body">${acknowledges}
  <div class="nm">${name}</div>
  ${completed} <div class="cs">${title} · ${hours}</div>
  <div class="row"><div><small>${trainer_label}</small><div class="v">${trainer}</div></div>
   <div><small>Trainer ID</small><div class="v">${trainer_id}</div></div>
   <div><small>${date_label}</small><div class="v">${date}</div></div></div>
 </div>
 <div class="no">Card No. ${card_no}</div><div class="pv">${web}</div>
</div>
"""


def fill(d):
    return {
        "program": d.pick(
            ["SAFETY & HEALTH TRAINING", "WORKER SAFETY TRAINING", "CONTINUING EDUCATION"]
        ),
        "org": d.provider(),
        "acknowledges": d.pick(
            [
                "This card acknowledges that",
                "This card certifies that",
                "Be it known that",
            ]
        ),
        "name": d.name(d.pick(["plain", "upper"])),
        "completed": d.pick(["has successfully completed", "completed the training course"]),
        "title": d.title(d.pick(["plain", "code_first"])),
        "hours": d.hours(d.pick(["hours_title", "hrs", "cecs"])),
        "trainer_label": d.pick(["Trainer", "Authorized Trainer", "Instructor"]),
        "trainer": d.person(),
        "trainer_id": d.number(),
        "date_label": d.pick(["Training Date", "Date", "Completed"]),
        "date": d.date(d.pick(["us_numeric", "us_short", "short_month"])),
        "card_no": d.number(),
        "web": d.web(),
    }
