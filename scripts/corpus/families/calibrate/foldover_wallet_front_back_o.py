"""A print-at-home wallet card emailed with a course: a short instruction to
cut and fold at the top, then the card's two faces side by side inside a
dashed cutting line, with a dashed fold between them. The front is dark with
two bright vertical stripes down its left edge; the holder's name in
capitals in the bright colour is right-aligned at the top with a small line
under it, then a few rows each led by a small bright square (registration
number, phone, web address) and the school's name in white at the foot. The
back is white: a thin bar with the card's type, label-and-value rows
(course, completion date, credit, instructor, card number) and a blank line
for the holder's signature."""

SOURCE = "nurulkafi/card_generator:index.php (front with accent stripes and right-aligned name block, back shown beside it)"
KIND = "course"
PAPER = "slip"
CATEGORIES = ("wallet", "dark-band", "labelled", "landscape", "distractor-person", "cutout")

TEMPLATE = """<style>
.ins { position:absolute; left:30px; right:30px; top:14px; font: 10px ${sans}; color:#444; line-height:14px }
.ins b { color:#111 }
.frame { position:absolute; left:28px; top:52px; width:616px; height:198px; border:1px dashed #777 }
.fold { position:absolute; left:335px; top:44px; height:214px; border-left:1px dashed #999 }
.fl { position:absolute; left:310px; top:258px; width:52px; text-align:center; font: 8px ${sans}; color:#888 }
.fr { position:absolute; left:32px; top:56px; width:300px; height:190px; background:${dark}; overflow:hidden; border-radius:8px }
.s1 { position:absolute; left:16px; top:0; bottom:0; width:18px; background:${bright} }
.s2 { position:absolute; left:38px; top:0; bottom:0; width:5px; background:${bright} }
.nb { position:absolute; right:14px; top:16px; left:56px; text-align:right }
.nm { white-space:nowrap; font: bold ${name_px}px ${sans}; color:${bright}; letter-spacing:0.5px; line-height:17px }
.ps { font: 8px ${sans}; color:#fff; letter-spacing:1px; margin-top:2px }
.rows { position:absolute; left:58px; top:78px; font: 8.5px ${sans}; color:#fff }
.rows div { display:flex; align-items:center; gap:6px; height:16px }
.rows i { display:inline-block; width:9px; height:9px; background:${bright} }
.brand { position:absolute; left:58px; right:12px; bottom:12px; font: bold 9.5px ${sans}; color:#fff; letter-spacing:0.5px; text-align:right }
.bk { position:absolute; left:340px; top:56px; width:300px; height:190px; background:#fff; border:1px solid #ccc; border-radius:8px; overflow:hidden; font: 8.5px ${sans}; color:#222 }
.bar { background:${dark}; color:#fff; font: bold 8px ${sans}; letter-spacing:1.5px; padding:5px 10px; text-transform:uppercase }
.bk table { margin:6px 10px 0; border-collapse:collapse; width:280px }
.bk td { padding:2px 0; vertical-align:top; line-height:13px } .bk td.l { width:70px; color:#666; font-size:7.5px; text-transform:uppercase; letter-spacing:0.5px; padding-top:3.5px }
.bk .v { font-weight:bold }
.sgn { position:absolute; left:10px; right:10px; bottom:9px; border-top:1px solid #333; padding-top:2px; font-size:7px; color:#555 }
.note { position:absolute; left:30px; right:30px; top:280px; font: 9.5px ${sans}; color:#555; line-height:14px }
</style>
<div class="ins"><b>${ins_head}</b> ${ins_text}</div>
<div class="frame"></div><div class="fold"></div><div class="fl">${fold_label}</div>
<div class="fr"><div class="s1"></div><div class="s2"></div>
 <div class="nb"><div class="nm">${name}</div><div class="ps">${card_line}</div></div>
 <div class="rows"><div><i></i>${reg_label} ${reg}</div><div><i></i>${phone}</div><div><i></i>${web}</div></div>
 <div class="brand">${org}</div>
</div>
<div class="bk"><div class="bar">${bar}</div>
 <table>
  <tr><td class="l">${course_label}</td><td class="v">${title}</td></tr>
  <tr><td class="l">${date_label}</td><td class="v">${date}</td></tr>
  <tr><td class="l">${credit_label}</td><td class="v">${hours}</td></tr>
  <tr><td class="l">Instructor</td><td>${instructor}</td></tr>
  <tr><td class="l">Card No.</td><td>${card_no}</td></tr>
 </table>
 <div class="sgn">${sign_label}</div>
</div>
<div class="note">${note}</div>
"""


def fill(d):
    name = d.name("upper")
    # The name is set on one line, smaller when it is long, as card printers fit it.
    name_px = 14 if len(name) <= 18 else 12 if len(name) <= 24 else 10.5 if len(name) <= 30 else 9
    return {
        "bright": d.pick(["#eeb424", "#f2c14e", "#7fd1ae", "#f4a259", "#9ad0f5"]),
        "ins_head": d.pick(["Your wallet card.", "Wallet card:", "Print at 100%."]),
        "ins_text": d.pick(
            [
                "Print this page at actual size, cut along the dashed outline and fold on the "
                "centre line. Laminate if you wish.",
                "Cut along the dashed line, fold in half and keep the card with you on the job.",
            ]
        ),
        "fold_label": "fold",
        "name": name,
        "name_px": name_px,
        "card_line": d.pick(["COURSE GRADUATE", "CERTIFIED TECHNICIAN", "TRAINED TECHNICIAN"]),
        "reg_label": d.pick(["Reg. No.", "Student ID", "Record #"]),
        "reg": d.number(),
        "phone": d.phone(),
        "web": d.web(),
        "org": d.provider(d.pick([None, "upper"])),
        "bar": d.pick(["Training card", "Course completion card", "Wallet card"]),
        "course_label": d.pick(["Course", "Class", "Program"]),
        "title": d.title(d.pick(["plain", "with_code", "code_first"])),
        "date_label": d.pick(["Completed", "Date", "Passed"]),
        "date": d.date(d.pick(["us_numeric", "us_short", "short_month", "dd_mon_yyyy"])),
        "credit_label": d.pick(["Credit", "CECs", "Hours"]),
        "hours": d.hours(d.pick(["cec_hours", "hrs", "hours_title"])),
        "instructor": d.person(),
        "card_no": d.number(),
        "sign_label": d.pick(["Cardholder signature", "Signature of holder"]),
        "note": d.pick(
            [
                "This card is issued for your convenience. The official record of your course is "
                "the certificate issued with it.",
                "Lost cards can be reprinted from your student account at any time.",
            ]
        ),
    }
