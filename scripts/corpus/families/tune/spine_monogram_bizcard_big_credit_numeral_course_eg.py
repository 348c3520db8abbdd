"""A business-card sized training card: a dark spine down the left edge with
the school's monogram in a ring and its name stacked word by word in small
white capitals, and a large credit figure with a tiny unit caption at the foot of the spine;
a white field on the right with the holder's name in widely letter-spaced
capitals, the course under a short rule, and a bottom row of small labelled
blocks: completion date, card number, valid-through date."""

SOURCE = (
    "CyrusYip/latex-business-card:README.md (single business card with a coloured side and "
    "stacked contact lines) and bamos/bamos.github.io:_posts/2014-12-30-latex-business-cards.md"
)
KIND = "course"
PAPER = "card"
CATEGORIES = (
    "distractor-person",
    "wallet",
    "landscape",
    "dark-band",
    "provider-in-logo",
    "letter-spaced",
    "labelled",
    "distractor-date",
)

TEMPLATE = """<style>
.bc { position:absolute; inset:0; display:flex; font-family:${sans}; background:#fff; border-radius:8px; overflow:hidden }
.sp { width:92px; background:${dark}; color:#fff; padding:12px 7px; display:flex; flex-direction:column; align-items:center; text-align:center }
.ring { width:42px; height:42px; border:2px solid ${ring}; border-radius:50%; display:flex; align-items:center; justify-content:center;
  font: bold 14px ${display}; color:${ring}; flex:none }
.sp .w { margin-top:7px; font: bold 7px ${sans}; letter-spacing:0.3px; line-height:9px; text-transform:uppercase; word-spacing:100px }
.f { flex:1; padding:11px 11px 8px 12px; position:relative; display:flex; flex-direction:column }
.cap { font: 6.5px ${sans}; letter-spacing:2px; color:${accent}; text-transform:uppercase }
.nm { font: bold 10.5px ${sans}; letter-spacing:2.4px; margin-top:2px; line-height:13px; color:#111 }
.rl { width:34px; border-top:2px solid ${accent}; margin:5px 0 4px }
.ct { font: 11.5px ${serif}; line-height:14px; color:#222 }
.in { font: 7.5px ${sans}; color:#555; margin-top:6px; line-height:10px }
.big { margin-top:auto; text-align:center; color:#fff; border-top:1px solid ${ring}; padding-top:3px; width:100% }
.big b { font: bold 26px ${cond}; line-height:27px; display:block }
.big small { font: 6px ${sans}; letter-spacing:1px; text-transform:uppercase; display:block }
.bot { margin-top:auto; display:flex; gap:9px }
.bot small { display:block; font-size:5.5px; color:#777; text-transform:uppercase; letter-spacing:0.6px }
.bot div { font-size:8px; font-weight:bold; color:#222 }
</style>
<div class="bc">
 <div class="sp"><div class="ring">${mark}</div><div class="w">${org}</div>
  <div class="big"><b>${credit}</b><small>${unit}</small></div></div>
 <div class="f">
  <div class="cap">${cap}</div>
  <div class="nm">${name}</div>
  <div class="rl"></div>
  <div class="ct">${title}</div>
  <div class="in">${inst_label} ${instructor}</div>
  <div class="bot">
   <div><small>${done_label}</small>${date}</div>
   <div><small>${no_label}</small>${card_no}</div>
   <div><small>${valid_label}</small>${valid}</div>
  </div>
 </div>
</div>
"""


def fill(d):
    words = [w for w in (d.org_alt or d.org).replace("&", "").split() if w[0].isalpha()]
    return {
        "ring": d.pick(["#e8c766", "#ffffff", "#9fd3c7", "#f2b880"]),
        "mark": "".join(w[0] for w in words)[:3].upper(),
        "org": d.provider(),
        "cap": d.pick(["Trained technician", "Course graduate", "Training card"]),
        "name": d.name("upper"),
        "title": d.title(d.pick(["plain", "with_code"])),
        "inst_label": d.pick(["Instructor:", "Taught by", "Trainer:"]),
        "instructor": d.person(),
        "credit": d.hours_number(),
        "unit": d.pick(["CEC hours", "IICRC CECs", "credit hrs"]),
        "done_label": d.pick(["Completed", "Passed", "Date"]),
        "date": d.date(d.pick(["us_numeric", "us_short", "short_month", "dd_mon_yyyy"])),
        "no_label": d.pick(["Card no.", "ID", "Reg."]),
        "card_no": d.number(),
        "valid_label": d.pick(["Valid thru", "Renew by", "Expires"]),
        "valid": d.other_date("expiry", d.pick(["us_numeric", "us_short"])),
    }
