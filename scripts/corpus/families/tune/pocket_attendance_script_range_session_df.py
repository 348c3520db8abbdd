"""A half-sheet certificate of attendance handed out at a multi-day show:
a narrow coloured column at the left with the show's dates and venue set
vertically, "Certificate of Attendance", the attendee's name in a script
face, and a sentence naming the session, the show and its span, with the
credit in a small box and the education chair's signature."""

SOURCE = (
    'yussariunaf/laravel:resources/views/upt/pelatihan/certificate.blade.php ("Certificate of '
    'Attendance" in a script face, "This is to certify that ... has attended ... On ...")'
)
KIND = "session"
PAPER = "half-letter"
CATEGORIES = (
    "script-name",
    "sentence",
    "date-range",
    "landscape",
    "dark-band",
    "distractor-person",
    "letter-spaced",
)

TEMPLATE = """<style>
.col { position:absolute; left:0; top:0; bottom:0; width:92px; background:${dark}; color:#fff }
.col .y { position:absolute; left:0; right:0; top:8px; text-align:center; font: bold 24px ${sans}; letter-spacing:1px }
.col .v { position:absolute; left:8px; right:8px; bottom:96px; text-align:center; font: bold 10px ${cond}; letter-spacing:1.5px; text-transform:uppercase; line-height:14px }
.col .r { position:absolute; left:22px; right:22px; bottom:30px; height:48px; border:2px solid ${accent}; border-radius:50% }
.w { position:absolute; left:132px; right:46px; top:36px; bottom:30px; font-family:${serif}; color:#222 }
.ev { font: 12px ${sans}; letter-spacing:3px; text-transform:uppercase; color:${accent} }
h1 { font: 36px ${display}; margin:6px 0 0; color:${dark} }
.pre { margin-top:18px; font-size:14px; font-style:italic }
.nm { font: ${name_px}px ${script}; color:#111; line-height:1.3; white-space:nowrap; border-bottom:1px solid #999; padding-right:20px; display:inline-block }
.txt { margin-top:12px; font-size:15px; line-height:23px; max-width:560px }
.bt { position:absolute; left:0; right:0; bottom:0; display:flex; justify-content:space-between; align-items:flex-end }
.cr { border:2px solid ${dark}; padding:6px 14px; text-align:center; font: 11px ${sans}; letter-spacing:1px; text-transform:uppercase; color:#333 }
.cr b { display:block; font-size:17px; letter-spacing:0; color:${dark}; text-transform:none; margin-top:2px }
.sg { width:230px; font: 11px ${sans}; color:#333; line-height:14px }
.sg .h { font: 24px ${hand}; color:#1d2b6b; border-bottom:1px solid #555; line-height:30px; white-space:nowrap }
</style>
<div class="col"><div class="y">${year}</div><div class="v">${col_text}</div><div class="r"></div></div>
<div class="w">
 <div class="ev">${event_caps}</div>
 <h1>${heading}</h1>
 <div class="pre">${pre}</div>
 <div class="nm">${name}</div>
 <div class="txt">${verb} the education session <b>&ldquo;${title}&rdquo;</b> presented at the ${event}, ${venue}, ${dates}.</div>
 <div class="bt">
  <div class="cr">${cr_label}<b>${hours}</b></div>
  <div class="sg"><div class="h">${chair}</div>${chair}<br>${chair_role}</div>
 </div>
</div>
"""


def fill(d):
    name = d.name(d.pick(["plain", "plain", "honorific"]))
    event = d.provider()
    venue = d.venue()
    dates = d.date_range(d.pick([2, 2, 3]))
    return {
        "year": str(d.completed.year),
        "col_text": d.pick(["Education Program", "CE Sessions", "Learning Track"]),
        "event_caps": d.pick(["Education Program", "Conference Education", "Continuing Education"]),
        "heading": "Certificate of Attendance",
        "pre": d.pick(["This is to certify that", "This certifies that", "Presented to"]),
        "name_px": 36 if len(name) <= 22 else round(36 * 22 / len(name)),
        "name": name,
        "verb": d.pick(["attended", "was present for", "has attended"]),
        "title": d.title(),
        "event": event,
        "venue": venue,
        "dates": dates,
        "cr_label": d.pick(["CEC credit", "IICRC CECs", "Credit hours"]),
        "hours": d.hours_number(),
        "chair": d.person(),
        "chair_role": d.pick(["Education Chair", "Conference Director", "Director of Education"]),
    }
