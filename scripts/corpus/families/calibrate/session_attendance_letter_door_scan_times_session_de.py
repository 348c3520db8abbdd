"""A show organizer's letter confirming attendance at one education
session, portrait: a coloured top strip with the show's wordmark, the
letter date and recipient, a paragraph that names the session, room and
day, a second one giving the times the attendee's badge was scanned in and
out and the credit that follows from them, and the education manager's
signature. Values sit in running prose only."""

SOURCE = (
    "wording: trade-show education departments answering attendee requests for proof of "
    "session attendance, with door-scan times (cf. Cvent session check-in and duration tracking)"
)
KIND = "session"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "letter",
    "sentence",
    "portrait",
    "time-attended",
    "hours-in-sentence",
    "distractor-person",
    "provider-in-logo",
)

TEMPLATE = """<style>
.strip { position:absolute; top:0; left:0; right:0; height:14px; background:${accent} }
.wm { position:absolute; top:40px; left:72px; right:72px; display:flex; justify-content:space-between; align-items:center }
.wm .ev { font: bold 26px ${head}; color:${dark}; line-height:28px; max-width:460px }
.wm .ev small { display:block; font: 12px ${sans}; color:#555; letter-spacing:1.5px; text-transform:uppercase; margin-top:3px }
.wm .c { text-align:right; font: 10.5px ${sans}; color:#444; line-height:15px }
.b { position:absolute; top:${top}px; left:80px; right:80px; font: 14px ${body}; line-height:22.5px; color:#1a1a1a }
.b p { margin:0 0 14px }
.sg .h { font: 28px ${hand}; color:#20306e; height:38px; white-space:nowrap }
.ft { position:absolute; left:80px; right:80px; bottom:34px; font: 9px ${sans}; color:#777; text-align:center }
</style>
<div class="strip"></div>
<div class="wm"><div class="ev">${event}<small>${tag}</small></div><div class="c">${venue}<br>${web}<br>${phone}</div></div>
<div class="b">
 <p>${letter_date}</p>
 <p>${name}<br>${email}</p>
 <p>${dear}</p>
 <p>${p1}</p>
 <p>${p2}</p>
 <p>${p3}</p>
 <p>${close}</p>
 <div class="sg"><div class="h">${signer}</div>${signer}<br>${role}</div>
</div>
<div class="ft">${fine}</div>
"""


def _clock(minutes: int, style: str) -> str:
    h, m = divmod(minutes, 60)
    if style == "24":
        return f"{h:02d}:{m:02d}"
    suffix = "a.m." if h < 12 else "p.m."
    return f"{(h - 1) % 12 + 1}:{m:02d} {suffix}"


def fill(d):
    r = d.rng
    event = d.provider()
    name = d.name(d.pick(["plain", "plain", "honorific"]))
    title = d.title()
    date = d.date(d.pick(["weekday", "long", "ordinal"]))
    start = d.pick([8 * 60, 9 * 60 + 30, 10 * 60 + 30, 13 * 60, 14 * 60 + 30, 15 * 60 + 30])
    length = round(d.credit * 60)
    style = d.pick(["12", "12", "24"])
    t_in = _clock(start - r.randrange(2, 12), style)
    t_out = _clock(start + length + r.randrange(0, 8), style)
    hours = d.hours(d.pick(["cec_hours", "words", "cecs", "words_cec"]))
    speaker = d.person()
    room = d.pick(["Room", "Hall", "Ballroom", "Salon"]) + f" {r.randrange(101, 260)}"
    first = name.split()[1] if name.split()[0] in ("Mr.", "Ms.", "Mx.") else d.first
    return {
        "head": d.fonts[d.pick(["display", "sans", "cond"])],
        "body": d.fonts[d.pick(["serif", "sans"])],
        "top": d.pick([170, 190, 210]),
        "event": event,
        "tag": d.pick(["Education Department", "Show Management", "Conference Education"]),
        "venue": d.venue(),
        "web": d.web(),
        "phone": d.phone(),
        "letter_date": d.other_date("issue", "long"),
        "name": name,
        "email": f"{first.split()[0].lower()}@{d.pick(['gmail.com', 'outlook.com', 'yahoo.com'])}",
        "dear": f"Dear {first},",
        "p1": f"Thank you for attending our education program. As you requested, this letter "
        f"confirms that you attended the session {title}, presented by {speaker} in {room} on {date}.",
        "p2": f"Our door scanners recorded your badge entering the room at {t_in} and leaving at "
        f"{t_out}, and on that record you are credited with {hours} for this session.",
        "p3": d.pick(
            [
                "Please keep this letter with your continuing education records; we do not "
                "report session attendance to certifying bodies on your behalf.",
                "Sessions without both an entry and an exit scan cannot be confirmed. Keep this "
                "letter for your records.",
            ]
        ),
        "close": d.pick(["Best regards,", "Kind regards,", "Sincerely,"]),
        "signer": d.person(),
        "role": d.pick(["Education Manager", "Director of Conference Education", "Show Director"]),
        "fine": d.pick(
            [
                "Scan times are recorded by the venue's badge readers and shown in local time.",
                "Letters of attendance are issued on request up to twelve months after the show.",
            ]
        ),
    }
