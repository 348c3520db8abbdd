"""An upright wallet card an approved school hands out at the end of a
class: a coloured top block with the school's name and the card's type, the
holder's name large, then stacked small caption-over-value pairs (course,
course code, credit, completion date, instructor, card number) and a one-line
footer in tiny type along the bottom edge."""

SOURCE = (
    "Wording printed on course completion wallet cards by IICRC-approved schools "
    "(school name, course and code, CEC credit, instructor, card number)"
)
KIND = "course"
PAPER = "card-portrait"
CATEGORIES = ("wallet", "labelled", "portrait", "distractor-person", "tiny-footer")

TEMPLATE = """<style>
.c { position:absolute; inset:0; border:1px solid #999; border-radius:9px; overflow:hidden; font-family:${face}; background:#fff }
.tp { background:${band}; color:#fff; padding:8px 8px 6px; text-align:center }
.tp .o { font:bold 9.5px ${face}; line-height:11px; text-transform:uppercase; letter-spacing:0.3px }
.tp .t { font-size:6.5px; letter-spacing:1.2px; margin-top:3px; opacity:0.9 }
.nm { text-align:center; font:bold 13px ${face}; padding:8px 6px 4px; line-height:15px; color:#111 }
.rule { height:2px; background:${accent}; margin:0 14px 3px }
.f { padding:3px 10px } .f small { display:block; font-size:5.6px; color:#666; text-transform:uppercase; letter-spacing:0.5px }
.f div { font-size:8.6px; line-height:10px; color:#111 }
.two { display:flex } .two .f { flex:1 }
.sg { position:absolute; left:12px; right:12px; bottom:30px; display:flex; align-items:flex-end; gap:8px }
.sg .l { flex:1; border-top:1px solid #333; font-size:5.6px; color:#555; padding-top:1px; text-transform:uppercase }
.sg .m { width:34px; height:34px; border-radius:50%; border:2px solid ${accent}; color:${accent}; font:bold 5.5px ${face}; display:flex; align-items:center; justify-content:center; text-align:center; line-height:6.5px }
.ft { position:absolute; left:0; right:0; bottom:0; padding:3px 5px; font-size:5px; color:#555; text-align:center; border-top:1px solid #ccc; line-height:6px }
</style>
<div class="c">
 <div class="tp"><div class="o">${org}</div><div class="t">${card_type}</div></div>
 <div class="nm">${name}</div><div class="rule"></div>
 <div class="f"><small>Course</small><div>${title}</div></div>
 <div class="two"><div class="f"><small>${code_label}</small><div>${code}</div></div>
  <div class="f"><small>${credit_label}</small><div>${hours}</div></div></div>
 <div class="two"><div class="f"><small>${date_label}</small><div>${date}</div></div>
  <div class="f"><small>Card No.</small><div>${card}</div></div></div>
 <div class="f"><small>Instructor</small><div>${instructor}</div></div>
 <div class="sg"><div class="l">Holder's signature</div><div class="m">${mark_html}</div></div>
 <div class="ft">${foot}</div>
</div>
"""


def fill(d):
    return {
        "face": d.fonts[d.pick(["sans", "cond"])],
        "band": d.pick([d.colors["dark"], d.colors["accent"]]),
        "org": d.provider(),
        "card_type": d.pick(["COURSE COMPLETION", "STUDENT CARD", "TRAINING RECORD CARD"]),
        "name": d.name(d.pick(["plain", "upper"])),
        "title": d.title("plain"),
        "code_label": d.pick(["Course Code", "Course ID"]),
        "code": d.code or d.pick(["CE", "RST", "TEC"]) + str(d.rng.randrange(100, 999)),
        "credit_label": d.pick(["CECs", "Credit"]),
        "hours": d.hours(d.pick(["cecs", "cec_hours", "hrs"])),
        "date_label": d.pick(["Completed", "Class Date", "Date"]),
        "date": d.date(d.pick(["us_numeric", "us_short", "short_month", "dd_mon_yyyy"])),
        "card": d.number(),
        "instructor": d.person(),
        "mark_html": d.pick(["APPROVED<br>SCHOOL", "IICRC<br>APPROVED", "CERTIFIED<br>CLASS"]),
        "foot": d.pick(
            [
                "Approved school. Card is not valid without the holder's signature on the back.",
                "Carry with photo ID. Report a lost card to the school office.",
            ]
        ),
    }
