"""A hard-hat decal on its peel-off backing sheet, as safety trainers hand out
when a crew member finishes a course: a rounded vinyl label with a dark top
band carrying the trainer's name in white capitals, a big outlined word
meaning "trained", the course, the worker's name and date and credit in
small labelled cells; beside it on the same backing, three small round
year dots and a narrow label with a card number and a renewal date. The
backing sheet has printed slits and a reorder code along its edge."""

SOURCE = (
    "klinzmandr/MbrDB:Incls/label_print_css.inc.php (label sheet cells on a backing); "
    "wording of the training-completion hard-hat stickers that safety and restoration "
    "trainers issue to crews"
)
KIND = "course"
PAPER = "badge"
CATEGORIES = (
    "landscape",
    "dark-band",
    "labelled",
    "provider-in-logo",
    "letter-spaced",
    "distractor-date",
)

TEMPLATE = """<style>
.bk { position:absolute; inset:0; background:${backing}; font-family:${sans} }
.slit { position:absolute; top:0; bottom:0; left:262px; border-left:1px dashed #9aa }
.code { position:absolute; left:10px; bottom:3px; font: 7px ${mono}; color:#667 }
.dc { position:absolute; left:12px; top:12px; width:240px; height:256px; border-radius:18px; background:#fff; border:1.5px solid #ccd; overflow:hidden; box-shadow:0 1px 2px rgba(0,0,0,.25) }
.bd { background:${dark}; color:#fff; padding:8px 10px 7px; text-align:center }
.bd b { display:block; font: bold ${p_px}px ${cond}; letter-spacing:1.4px; text-transform:uppercase; line-height:14px }
.bd span { font-size:8px; letter-spacing:2px; opacity:.85 }
.tw { text-align:center; font: 900 30px ${sans}; color:#fff; -webkit-text-stroke:1.4px ${accent}; letter-spacing:3px; margin-top:4px; line-height:34px }
.ti { text-align:center; font: bold ${t_px}px ${sans}; color:${dark}; line-height:15px; margin:1px 10px 0; min-height:30px }
.g { display:grid; grid-template-columns:1fr 1fr; gap:5px 8px; margin:7px 12px 0 }
.g div { border-top:1px solid #ccc; padding-top:2px; font: bold 11px ${sans}; color:#111; line-height:13px }
.g div.w { grid-column:1 / 3 }
.g small { display:block; font: 7.5px ${sans}; color:#666; text-transform:uppercase; letter-spacing:.6px }
.dots { position:absolute; left:276px; top:16px; display:flex; flex-direction:column; gap:8px }
.dot { width:40px; height:40px; border-radius:50%; background:${accent}; color:#fff; font: bold 11px ${cond}; display:flex; align-items:center; justify-content:center }
.nl { position:absolute; left:326px; top:16px; width:48px; height:250px; border-radius:6px; background:#fff; border:1px solid #ccd }
.nl div { position:absolute; left:50%; top:50%; width:230px; margin-left:-115px; margin-top:-18px; transform:rotate(-90deg); text-align:center; font: 9.5px ${sans}; color:#222; line-height:13px }
</style>
<div class="bk">
 <div class="slit"></div>
 <div class="dc">
  <div class="bd"><b>${provider}</b><span>${band_sub}</span></div>
  <div class="tw">${big}</div>
  <div class="ti">${title}</div>
  <div class="g">
   <div class="w"><small>${name_label}</small>${name}</div>
   <div><small>${date_label}</small>${date}</div>
   <div><small>Credit</small>${hours}</div>
  </div>
 </div>
 <div class="dots"><div class="dot">${y1}</div><div class="dot">${y2}</div><div class="dot">${y3}</div></div>
 <div class="nl"><div>${card_label} ${card}<br>${renew_label} ${renew}</div></div>
 <div class="code">${reorder}</div>
</div>
"""


def fill(d):
    y = d.completed.year
    title = d.title(d.pick(["plain", "with_code"]))
    prov = d.provider()
    return {
        "backing": d.pick(["#e9eef2", "#eef0e6", "#f2ecec", "#e8e8e8"]),
        "provider": prov,
        "p_px": 12 if len(prov) < 30 else 10,
        "band_sub": d.pick(["SAFETY TRAINING", "CREW TRAINING PROGRAM", "FIELD TRAINING"]),
        "big": d.pick(["TRAINED", "QUALIFIED", "CERTIFIED"]),
        "title": title,
        "t_px": 12 if len(title) < 36 else 10.5,
        "name_label": d.pick(["Worker", "Name", "Technician"]),
        "name": d.name(d.pick(["plain", "upper"])),
        "date_label": d.pick(["Completed", "Date", "Trained on"]),
        "date": d.date(d.pick(["us_numeric", "us_short", "short_month", "iso"])),
        "hours": d.hours(d.pick(["hrs", "cecs", "hours_title"])),
        "y1": y,
        "y2": y + 1,
        "y3": y + 2,
        "card_label": d.pick(["Card #", "ID"]),
        "card": d.number(),
        "renew_label": d.pick(["Renew by", "Refresher due"]),
        "renew": d.other_date("expiry", "us_numeric"),
        "reorder": f"Reorder {d.pick(['HH-', 'DC-', 'LBL-'])}{d.rng.randrange(100, 999)} \u00b7 peel from backing",
    }
