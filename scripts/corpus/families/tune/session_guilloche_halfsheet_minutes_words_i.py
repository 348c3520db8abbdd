"""Half-sheet session attendance acknowledgement with a guilloche-patterned
border drawn in CSS. Everything is in running sentences: the attendee's name
in script on its own line, then the session, its presenters, the day in
words, the meeting, the minutes checked in and the credit in words, with a
small line on the check-in/check-out rule and a signer at the foot."""

SOURCE = (
    "https://conference.wacubo.org/2024-cpe-information (check in and check out of each "
    "session; credit from the time between the two timestamps, none under 50 minutes)"
)
KIND = "session"
PAPER = "half-letter"
CATEGORIES = (
    "landscape",
    "sentence",
    "script-name",
    "ornate",
    "guilloche",
    "date-words",
    "hours-in-sentence",
    "distractor-person",
    "time-attended",
)

TEMPLATE = """<style>
.g { position:absolute; inset:10px;
  background:
    repeating-radial-gradient(circle at 0 0, ${accent} 0 1px, transparent 1px 6px),
    repeating-radial-gradient(circle at 100% 100%, ${dark} 0 1px, transparent 1px 6px), ${light} }
.g2 { position:absolute; inset:30px; background:#fff; border:2px solid ${dark};
  box-shadow: 0 0 0 4px #fff, 0 0 0 5px ${accent} }
.c { position:absolute; left:62px; right:62px; top:66px; text-align:center; font: 15px ${serif}; color:#222; line-height:24px }
.k { font: 11px ${sans}; letter-spacing:4px; text-transform:uppercase; color:${accent} }
.t { font: 28px ${display}; color:${dark}; margin:4px 0 14px }
.nm { font: 40px ${script}; color:#111; line-height:1.3; margin:6px 0 10px }
.nm + p { max-width:640px; margin:0 auto }
.c i { font-style:italic }
.r { font: 10.5px ${sans}; color:#555; margin-top:16px }
.f { position:absolute; left:70px; right:70px; bottom:44px; display:flex; justify-content:space-between; align-items:flex-end; font: 11.5px ${serif} }
.f .s { width:210px; text-align:center; border-top:1px solid #333; padding-top:2px; position:relative }
.f .s .h { position:absolute; left:0; right:0; top:-34px; font: 21px ${hand}; white-space:nowrap; color:#1b2d66 }
.em { position:absolute; left:50%; bottom:46px; width:74px; height:74px; margin-left:-37px; border-radius:50%;
  background: repeating-radial-gradient(circle, ${dark} 0 1px, transparent 1px 4px); border:3px double ${accent} }
.f .o { font: 11px ${sans}; color:#555; text-align:right }
</style>
<div class="g"></div><div class="g2"></div>
<div class="c">
 <div class="k">${kicker}</div>
 <div class="t">${heading}</div>
 <p>${acknowledge}</p>
 <div class="nm">${name}</div>
 <p>${body_html}</p>
 <div class="r">${rule}</div>
</div>
<div class="em"></div>
<div class="f"><div class="s"><div class="h">${signer}</div>${signer}, ${role}</div>
 <div class="o">${ref_label} ${ref}</div></div>
"""


def fill(d):
    import html

    e = html.escape
    length = round(d.credit * 60) + d.pick([0, 2, 5, 8])
    speakers = [d.person() for _ in range(d.pick([1, 2, 2]))]
    by = " and ".join(speakers)
    title = d.title("plain")
    date = d.date("words")
    event = d.provider()
    hours = d.hours(d.pick(["words", "words", "words_cec"]))
    body = (
        f"attended the session <i>{e(title)}</i>, presented by {e(by)}, on {e(date)}, "
        f"at {e(event)}. {d.pick(['The attendee was checked in for', 'Recorded attendance was'])} "
        f"{length} minutes and is credited with {e(hours)}."
    )
    return {
        "kicker": d.pick(["Session credit", "Continuing education", "Attendance record"]),
        "heading": d.pick(
            ["Acknowledgement of Attendance", "Session Attendance", "Record of Attendance"]
        ),
        "acknowledge": d.pick(
            ["This acknowledges that", "We are pleased to confirm that", "Be it known that"]
        ),
        "name": d.name("plain"),
        "body_html": body,
        "rule": d.pick(
            [
                "Credit is calculated from check-in and check-out times; no credit is given under 50 minutes.",
                "Attendees must check in within 10 minutes of the start and check out at the close of the session.",
            ]
        ),
        "signer": d.person(),
        "role": d.pick(["Education Committee Chair", "Conference Manager", "CE Administrator"]),
        "ref_label": d.pick(["Record", "Ref.", "No."]),
        "ref": d.number(),
    }
