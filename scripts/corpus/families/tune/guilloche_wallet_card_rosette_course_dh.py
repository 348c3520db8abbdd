"""A security-printed wallet card: a fine guilloche ground inside a rounded
ornamental border, the school's name across the top on a narrow coloured
strip, a small rosette seal at the right, and compact label/value lines for
the holder, the course, the completion day and the credit, with a card
number and an expiry in small type along the bottom."""

SOURCE = (
    "wording: pocket completion cards that IICRC-approved schools mail with the "
    "wall certificate (holder, course, date completed, CECs, card number, expiry)"
)
KIND = "course"
PAPER = "card"
CATEGORIES = (
    "wallet",
    "landscape",
    "ornate",
    "labelled",
    "seal",
    "dark-band",
    "distractor-date",
)

TEMPLATE = """<style>
.cd { position:absolute; inset:0; border-radius:10px; background:${paper};
  background-image: repeating-radial-gradient(ellipse at 20% 120%, transparent 0 3px, ${line} 3px 3.6px),
   repeating-radial-gradient(ellipse at 90% -20%, transparent 0 4px, ${line2} 4px 4.6px) }
.bo { position:absolute; inset:5px; border:2px solid ${ink}; border-radius:7px }
.bo:after { content:""; position:absolute; inset:2px; border:1px dashed ${ink}; border-radius:5px }
.st { position:absolute; left:9px; right:9px; top:9px; height:24px; background:${ink}; color:#fff; border-radius:3px;
  font: bold 9.5px ${sans}; letter-spacing:.6px; text-transform:uppercase; display:flex; align-items:center; justify-content:center; text-align:center; line-height:10px; padding:0 6px }
.ty { position:absolute; left:14px; top:37px; font: italic 10px ${serif}; color:${ink} }
.fl { position:absolute; left:14px; top:56px; right:72px; font: 9px ${sans}; color:#1a1a1a; line-height:16px }
.fl div { white-space:nowrap }
.fl span { display:inline-block; width:${lw}; color:#555; font-size:7.5px; text-transform:uppercase }
.fl b { font-size:10px }
.fl .t { white-space:normal; padding-left:${lw}; text-indent:-${lw} }
.fl .t span { text-indent:0 }
.ro { position:absolute; right:14px; top:66px; width:52px; height:52px; border-radius:50%;
  background: repeating-conic-gradient(${ink} 0 6deg, ${paper} 6deg 12deg) }
.ro:after { content:"${seal_word}"; position:absolute; inset:8px; border-radius:50%; background:${paper}; border:1px solid ${ink};
  font: bold 5.5px ${sans}; color:${ink}; display:flex; align-items:center; justify-content:center; text-align:center; letter-spacing:.3px }
.bt { position:absolute; left:14px; right:14px; bottom:11px; display:flex; justify-content:space-between; font: 7.5px ${mono}; color:#333 }
</style>
<div class="cd">
 <div class="bo"></div>
 <div class="st">${org}</div>
 <div class="ty">${card_type}</div>
 <div class="fl">
  <div><span>${l_name}</span><b>${name}</b></div>
  <div class="t"><span>${l_course}</span>${title}</div>
  <div><span>${l_date}</span>${date}</div>
  <div><span>${l_hours}</span>${hours}</div>
 </div>
 <div class="ro"></div>
 <div class="bt"><span>${no_label} ${number}</span><span>${exp_label} ${expiry}</span></div>
</div>
"""


def fill(d):
    ink = d.pick(["#1f3a5f", "#5b2333", "#0b3d2e", "#3d2b1f", "#123c69"])
    return {
        "ink": ink,
        "paper": d.pick(["#f7f3e6", "#eef3f7", "#f4f0f6", "#f1f5ee"]),
        "line": d.pick(["rgba(31,58,95,.13)", "rgba(160,120,40,.16)", "rgba(40,100,70,.13)"]),
        "line2": d.pick(["rgba(150,60,60,.10)", "rgba(60,60,150,.10)", "rgba(120,120,120,.12)"]),
        "lw": d.pick(["52px", "56px"]),
        "seal_word": d.pick(["VERIFIED", "OFFICIAL", "CERTIFIED"]),
        "org": d.provider(),
        "card_type": d.pick(
            ["Certificate of Completion", "Course Completion Card", "Pocket Certificate"]
        ),
        "l_name": d.pick(["Name", "Holder", "Student"]),
        "name": d.name(d.pick(["plain", "upper", "plain"])),
        "l_course": d.pick(["Course", "Class"]),
        "title": d.title(d.pick(["plain", "code_first", "with_code"])),
        "l_date": d.pick(["Completed", "Date", "Passed"]),
        "date": d.date(d.pick(["us_numeric", "short_month", "us_short", "dd_mon_yyyy"])),
        "l_hours": d.pick(["CECs", "Credit", "CEC Hrs"]),
        "hours": d.hours_number() if d.chance(0.5) else d.hours(d.pick(["cec_hours", "hrs"])),
        "no_label": d.pick(["No.", "Card #", "ID"]),
        "number": d.number(),
        "exp_label": d.pick(["Exp.", "Valid to", "Renew by"]),
        "expiry": d.other_date("expiry", d.pick(["us_numeric", "us_short"])),
    }
