"""A credit-card-size wallet card a manufacturer hands out after a factory
class: a dark band across the top with the maker's name, "Trained
Technician" and the holder's name, then labelled lines for the class, the
date and the credit, the instructor, a card number, a signature line and a tiny line on the bottom edge."""

SOURCE = (
    "developerakhi/library:membership-id-card/index.php (logo on top, name, membership id, "
    "level and expiry date in rows, barcode at the foot)"
)
KIND = "course"
PAPER = "card"
CATEGORIES = ("wallet", "dark-band", "labelled", "landscape", "tiny-footer", "barcode")

TEMPLATE = """<style>
.c { position:absolute; inset:0; border-radius:10px; overflow:hidden; background:#fff; font-family:${cond} }
.band { background:${dark}; color:#fff; padding:6px 10px 5px; display:flex; justify-content:space-between; align-items:center }
.band .m { font: bold 10.5px ${sans}; letter-spacing:.4px; line-height:12px; max-width:220px }
.band .t { font: bold 8px ${sans}; letter-spacing:1.5px; text-align:right; color:${light}; line-height:10px }
.body { padding:5px 10px 0 }
.nm { font: bold 15px ${sans}; color:#111; line-height:19px; margin-bottom:2px }
.sig { position:absolute; left:10px; bottom:17px; width:170px; border-top:1px solid #777; font-size:7px; color:#666; padding-top:1px }
.row { display:flex; font-size:10.5px; line-height:14px; color:#222 } .row .k { width:58px; color:#666; flex:none }
.bc { position:absolute; right:10px; bottom:16px; width:54px; height:20px;
  background: repeating-linear-gradient(90deg, #111 0 1px, #fff 1px 3px, #111 3px 5px, #fff 5px 6px, #111 6px 7px, #fff 7px 9px) }
.ft { position:absolute; left:10px; right:10px; bottom:4px; font-size:6.5px; color:#555; display:flex; justify-content:space-between }
</style>
<div class="c">
 <div class="band"><div class="m">${maker}</div><div class="t">${badge_html}</div></div>
 <div class="body">
  <div class="nm">${name}</div>
  <div class="row"><span class="k">${class_label}</span><span>${title}</span></div>
  <div class="row"><span class="k">${date_label}</span><span>${date}</span></div>
  <div class="row"><span class="k">Credit</span><span>${hours}</span></div>
  <div class="row"><span class="k">Instructor</span><span>${instr}</span></div>
  <div class="row"><span class="k">Card #</span><span>${card}</span></div>
 </div>
 <div class="sig">Holder signature</div>
 <div class="bc"></div>
 <div class="ft"><span>${foot}</span><span>${web}</span></div>
</div>
"""


def fill(d):
    return {
        "maker": d.provider(d.pick([None, "upper"])),
        "badge_html": d.pick(
            ["TRAINED<br>TECHNICIAN", "FACTORY<br>TRAINED", "CERTIFIED<br>OPERATOR"]
        ),
        "name": d.name(d.pick(["plain", "upper"])),
        "class_label": d.pick(["Class", "Course"]),
        "title": d.title(d.pick(["plain", "plain", "code_first"])),
        "date_label": d.pick(["Completed", "Date", "Trained"]),
        "date": d.date(d.pick(["us_numeric", "short_month", "us_short", "dd_mon_yyyy"])),
        "hours": d.hours(d.pick(["cec_hours", "cecs", "hrs", "hours_title"])),
        "card": d.number(),
        "foot": d.pick(
            ["Not valid without holder signature", "Present when ordering service parts"]
        ),
        "web": d.phone(),
        "instr": d.person(),
    }
