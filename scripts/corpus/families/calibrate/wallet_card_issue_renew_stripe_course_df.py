"""A pocket completion card a training school prints on card stock after a
class: a coloured stripe down the left edge carrying the school's emblem and
name, then the student's name on a rule, the course, the CEC hours, the
completion and renew-by dates and the instructor's signature."""

SOURCE = (
    "kavram/cht-facprcourse:ROOT/WebContent/WEB-INF/jsp/tempCard.jsp (wallet card with the "
    "holder's name, issue date and renew date printed over a pre-designed card)"
)
KIND = "course"
PAPER = "card"
CATEGORIES = (
    "wallet",
    "landscape",
    "labelled",
    "provider-in-logo",
    "distractor-person",
    "distractor-date",
    "tiny-footer",
)

TEMPLATE = """<style>
.c { position:absolute; inset:0; border:1px solid #999; border-radius:8px; background:#fff; font-family:${sans}; display:flex }
.st { width:74px; flex:none; background:${dark}; color:#fff; border-radius:7px 0 0 7px; padding:10px 6px; text-align:center }
.em { width:40px; height:40px; margin:0 auto 6px; border-radius:50%; border:2px solid #fff; display:flex; align-items:center; justify-content:center;
  font: bold 13px ${display}; letter-spacing:.5px }
.on { font: bold 7.5px ${cond}; line-height:9px; text-transform:uppercase; letter-spacing:.3px }
.bd { flex:1; padding:8px 10px 0 11px; position:relative }
.hd { font: bold 9.5px ${sans}; color:${accent}; letter-spacing:1.2px; text-transform:uppercase }
.nm { margin-top:9px; font: bold ${name_px}px ${serif}; border-bottom:1px solid #444; padding-bottom:1px; white-space:nowrap }
.lb { font-size:6px; color:#666; text-transform:uppercase; letter-spacing:.4px; margin-top:1px }
.co { margin-top:5px; font: 9px ${sans}; line-height:11px; color:#111 }
.row { display:flex; gap:6px; margin-top:5px } .row div { flex:1 } .row b { display:block; font-size:8.5px; white-space:nowrap }
.sg { position:absolute; left:11px; right:10px; bottom:12px; display:flex; align-items:flex-end; gap:6px }
.sg .h { font: 14px ${hand}; color:#1d2b6b; line-height:14px; border-bottom:1px solid #777; flex:1; white-space:nowrap }
.sg .r { font-size:5.5px; color:#555; text-align:right; line-height:7px }
.ft { position:absolute; left:11px; right:8px; bottom:2px; font-size:5px; color:#777 }
</style>
<div class="c">
 <div class="st"><div class="em">${initials}</div><div class="on">${school}</div></div>
 <div class="bd">
  <div class="hd">${heading}</div>
  <div class="nm">${name}</div><div class="lb">${name_label}</div>
  <div class="co">${course}</div>
  <div class="row"><div><span class="lb">${date_label}</span><b>${date}</b></div><div><span class="lb">Renew by</span><b>${renew}</b></div><div><span class="lb">${hours_label}</span><b>${hours}</b></div></div>
  <div class="sg"><div class="h">${instructor}</div><div class="r">Instructor<br>${card_no}</div></div>
  <div class="ft">${fine}</div>
 </div>
</div>
"""


def fill(d):
    school = d.provider()
    words = [
        w for w in school.replace(",", "").split() if w[0].isupper() and w not in ("LLC", "Inc.")
    ]
    name = d.name(d.pick(["plain", "plain", "upper"]))
    return {
        "name_px": 13.5 if len(name) <= 22 else round(13.5 * 22 / len(name), 1),
        "initials": "".join(w[0] for w in words[:3]),
        "school": school,
        "heading": d.pick(["Course Completion Card", "Training Card", "Certified Training"]),
        "name": name,
        "name_label": d.pick(["Student", "Cardholder", "Technician"]),
        "course": d.title(d.pick(["plain", "with_code", "code_first"])),
        "date_label": d.pick(["Completed", "Class date", "Date"]),
        "date": d.date(d.pick(["us_numeric", "us_short", "short_month", "iso"])),
        "renew": d.other_date("expiry", d.pick(["us_numeric", "short_month"])),
        "hours_label": d.pick(["CEC hrs", "CECs", "Hours"]),
        "hours": d.hours_number(),
        "instructor": d.person(),
        "card_no": d.pick(["Card #", "No. "]) + d.number(),
        "fine": d.pick(
            [
                "Carry this card as proof of training. Not a certification card.",
                "Wallet copy. Full certificate mailed separately.",
            ]
        ),
    }
