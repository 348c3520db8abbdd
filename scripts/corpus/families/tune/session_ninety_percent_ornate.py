"""An ornate half-sheet certificate of attendance for one convention
session, in running sentences: the licence holder and licence number, the
session, the show and its hall, the date, the clock times and the minutes,
the attendance share the board requires ("at least 90 percent of the
classroom time") beside the share scanned, whether the session is
pre-approved, and the credit awarded written out in words with the figure
in brackets, the credited hours."""

SOURCE = (
    "https://sdlegislature.gov/api/Rules/9798.html (ARSD 20:44:17:10: a certificate of "
    "attendance only for 90 percent or more of the classroom hours, carrying licence number, "
    "course title, date, location, credit hours, whether pre-approved, and the signature)"
)
KIND = "session"
PAPER = "half-letter"
CATEGORIES = (
    "ornate",
    "sentence",
    "hours-in-sentence",
    "landscape",
    "distractor-person",
)

TEMPLATE = """<style>
.o1 { position:absolute; inset:12px; border:3px solid ${accent} }
.o2 { position:absolute; inset:19px; border:1px solid ${accent} }
.o3 { position:absolute; inset:24px; border:6px solid transparent; border-image: repeating-linear-gradient(45deg, ${accent} 0 3px, transparent 3px 7px) 6 }
.cn { position:absolute; width:26px; height:26px; background:${accent}; transform:rotate(45deg) }
.w { position:absolute; inset:54px 62px 36px; text-align:center; font: 13px ${serif}; color:#222 }
.ev { font: 13px ${sans}; letter-spacing:3px; text-transform:uppercase; color:${dark} }
h1 { font: italic 38px ${display}; margin:12px 0 14px; color:${dark} }
.pre { font-size:15px }
.nm { font: 42px ${script}; margin:6px 0 10px }
.s { font-size:16px; line-height:27px; margin:6px 10px 0 }
.s b { font-weight:bold }
.aw { font-size:19px; margin-top:18px } .aw b { color:${accent} }
.bot { position:absolute; left:0; right:0; bottom:0; display:flex; justify-content:space-between; align-items:flex-end; font: 11px ${sans}; text-align:left }
.bot .sig { width:40%; text-align:center; border-top:1px solid #333; padding-top:2px; position:relative }
.bot .sig .h { position:absolute; top:-28px; left:0; right:0; font: 22px ${hand}; color:#1a2a6c }
</style>
<div class="o1"></div><div class="o2"></div><div class="o3"></div>
<div class="cn" style="left:4px;top:4px"></div><div class="cn" style="right:4px;top:4px"></div>
<div class="cn" style="left:4px;bottom:4px"></div><div class="cn" style="right:4px;bottom:4px"></div>
<div class="w">
 <div class="ev">${event}</div>
 <h1>${heading}</h1>
 <div class="pre">${pre}</div>
 <div class="nm">${name}</div>
 <div class="s">${lic_label} ${license}, ${attended} <b>${title}</b> ${in_hall} ${venue}
  on <b>${date}</b> from ${start} to ${end} (${minutes} minutes), ${share}</div>
 <div class="aw">${awarded} <b>${words} (${hours}) ${unit}</b>.</div>
 <div class="bot">
  <div>${pre_label} ${preapproved}<br>${course_no_label} ${course_no}<br>${scan_label} ${scanned}%</div>
  <div class="sig"><div class="h">${signer}</div>${signer}, ${role}</div>
 </div>
</div>
"""
WORDS = {
    0.5: "One-half",
    1: "One",
    1.5: "One and one-half",
    2: "Two",
    2.5: "Two and one-half",
    3: "Three",
}


def _clock(minutes: int) -> str:
    h, m = divmod(minutes, 60)
    return f"{(h - 1) % 12 + 1}:{m:02d} {'a.m.' if h < 12 else 'p.m.'}"


def fill(d):
    r = d.rng
    length = round(d.credit * 60)
    start = d.pick([8 * 60, 9 * 60 + 30, 10 * 60 + 15, 13 * 60 + 30, 15 * 60])
    return {
        "event": d.provider(),
        "heading": d.pick(["Certificate of Attendance", "Continuing Education Attendance"]),
        "pre": d.pick(["This certifies that", "Be it known that"]),
        "name": d.name("plain"),
        "lic_label": d.pick(["license no.", "holder of license", "license #"]),
        "license": f"{d.pick(['CR', 'MR', 'HV', ''])}{r.randrange(1000, 99999)}",
        "attended": d.pick(["attended the session", "was present for the session"]),
        "title": d.title("plain"),
        "in_hall": d.pick(
            ["in Hall " + d.pick("ABCDE") + " of", "in Room 2" + str(r.randrange(10, 60)) + " at"]
        ),
        "venue": d.venue(),
        "date": d.date(d.pick(["long", "weekday", "ordinal"])),
        "start": _clock(start),
        "end": _clock(start + length),
        "minutes": f"{length}",
        "share": d.pick(
            [
                "being present for at least ninety (90) percent of the classroom time,",
                "and was present for not less than 90 percent of the classroom hours,",
            ]
        ),
        "awarded": d.pick(["and is awarded", "and has earned", "for which is granted"]),
        "words": WORDS.get(d.credit, f"{d.credit:g}"),
        "hours": d.hours_number(),
        "unit": d.pick(["credit hours", "continuing education credit hours", "CEC hours"]),
        "pre_label": d.pick(["Pre-approved course:", "Board pre-approved:"]),
        "preapproved": d.pick(["Yes", "Yes", "No (submit for approval)"]),
        "course_no_label": d.pick(["Session code", "Course no."]),
        "course_no": f"{d.pick(['W', 'T', 'S'])}{r.randrange(100, 399)}",
        "scan_label": d.pick(["Attendance scanned:", "Time present:"]),
        "scanned": f"{r.choice([90, 92, 95, 97, 100, 100, 100])}",
        "signer": d.person(),
        "role": d.pick(["Education Coordinator", "Session Moderator", "Instructor"]),
    }
