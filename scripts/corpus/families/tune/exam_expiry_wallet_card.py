"""A laminated training certificate card of the kind asbestos-accreditation
rules require, reused by a restoration school for its classes: a dark band
with the training provider and its phone, a unique card number, the holder,
the course, the course dates and its length in days, the exam date and
score, an expiry one year (or three) after the course, and the IICRC CECs.
Days, score, validity years and card number all sit beside the one credited
figure."""

SOURCE = (
    "https://ecfr.io/Title-40/Part-763/Appendix-C (Asbestos Model Accreditation Plan: "
    "certificates carry a unique number, the course, the dates of the course, the date of the "
    "examination, an expiration date one year after the course, and the provider's name, "
    "address and telephone)"
)
KIND = "course"
PAPER = "card"
CATEGORIES = ("wallet", "dark-band", "labelled", "landscape", "distractor-date")

TEMPLATE = """<style>
.c { position:absolute; inset:0; border-radius:10px; border:1px solid #999; overflow:hidden; font: 8.5px ${cond}; color:#111; background:${light} }
.b { background:${dark}; color:#fff; padding:5px 9px 4px; display:flex; justify-content:space-between; align-items:flex-end }
.b .o { font: bold 11px ${sans}; line-height:12px; max-width:205px } .b .p { font-size:7.5px; text-align:right; line-height:9px }
.k { font: bold 9px ${sans}; color:${accent}; text-transform:uppercase; letter-spacing:0.8px; padding:4px 9px 0 }
.nm { font: bold 14px ${sans}; padding:1px 9px 0; white-space:nowrap }
.ti { font-size:10px; padding:1px 9px 3px; font-weight:bold; line-height:11px }
.g { display:grid; grid-template-columns:1.25fr 1fr 0.8fr; gap:2px 8px; padding:0 9px }
.st { font-size:7.5px; color:#333; padding:0 9px 4px; line-height:9px }
.g .two { grid-column:1 / span 2 }
.g small { display:block; font-size:6.5px; text-transform:uppercase; color:#555 }
.g span { font-size:9px; font-weight:bold; white-space:nowrap }
.f { position:absolute; left:9px; right:9px; bottom:4px; display:flex; justify-content:space-between; font-size:7px; color:#333 }
</style>
<div class="c">
 <div class="b"><div class="o">${org}</div><div class="p">${phone}<br>${city}</div></div>
 <div class="k">${card_type}</div>
 <div class="nm">${name}</div>
 <div class="ti">${title}</div>
 <div class="st">${statement}</div>
 <div class="g">
  <div><small>Course dates</small><span>${dates}</span></div>
  <div><small>Exam date</small><span>${exam}</span></div>
  <div><small>Exam score</small><span>${score}%</span></div>
  <div><small>Length</small><span>${length}</span></div>
  <div><small>${expiry_label}</small><span>${expiry}</span></div>
  <div><small>${cec_label}</small><span>${hours}</span></div>
  <div class="two"><small>Instructor</small><span>${instructor}</span></div>
  <div><small>Exam</small><span>${exam_kind}</span></div>
 </div>
 <div class="f"><span>Card No. ${card_no}</span><span>${valid}</span></div>
</div>
"""


def fill(d):
    from datetime import timedelta

    from corpus.formats import fmt_date

    r = d.rng
    days = 1 if d.credit <= 8 else 2 if d.credit <= 16 else 3
    style = d.pick(["us_numeric", "us_short", "short_month"])
    if days > 1:
        start = d.completed - timedelta(days=days - 1)
        dates = f"{fmt_date(start, style)}–{d.date(style)}"
        d.put("completion_date", d.completed.isoformat(), dates)
    else:
        dates = d.date(style)
    years = d.pick([1, 1, 3])
    expiry = d.completed.replace(year=d.completed.year + years)
    if expiry.month == 2 and expiry.day == 29:
        expiry = expiry.replace(day=28)
    return {
        "org": d.provider(),
        "phone": d.phone(),
        "city": d.city(),
        "card_type": d.pick(["Training Certificate", "Course Completion Card", "Student Card"]),
        "name": d.name(d.pick(["plain", "upper"])),
        "title": d.title(d.pick(["plain", "with_code"])),
        "dates": dates,
        "exam": fmt_date(d.completed, style),
        "score": f"{r.randrange(72, 100)}",
        "length": d.pick([f"{days} day" + ("s" if days > 1 else ""), f"{days}-day course"]),
        "expiry_label": d.pick(["Expires", "Valid until", "Refresher due"]),
        "expiry": fmt_date(expiry, style),
        "cec_label": d.pick(["IICRC CECs", "CEC hours", "CECs"]),
        "hours": d.hours_number(),
        "card_no": f"{d.completed.year % 100:02d}-{r.randrange(1000, 9999)}-{d.pick('ABCDEFGH')}",
        "statement": d.pick(
            [
                "has completed the requisite training and passed the course examination.",
                "successfully completed the course named below and its written exam.",
            ]
        ),
        "instructor": d.person(),
        "exam_kind": d.pick(["Written", "Written, 50 q.", "Hands-on + written"]),
        "valid": d.pick(
            [f"Valid {years} year{'s' if years > 1 else ''} from course date", "Passed exam 70%+"]
        ),
    }
