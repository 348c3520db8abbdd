"""A landscape session certificate in an Art Deco frame (stepped corner fans
and a thick-thin border), a small red line naming the conference over a
widely letter-spaced "CERTIFICATE" and "of Attendance", the attendee in a
script over a dotted rule, a sentence naming the session, its speaker and
its room, the day with the clock times it ran, and the credit for the time;
two signature blocks and a certificate number."""

SOURCE = "gopakumar-nfonics/amrita_expense_track:resources/views/lead/release_order.blade.php"
KIND = "session"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "landscape",
    "ornate",
    "script-name",
    "sentence",
    "time-attended",
    "hours-in-sentence",
    "distractor-person",
    "letter-spaced",
)

TEMPLATE = """<style>
.o { position:absolute; inset:20px; border:8px solid ${ink} }
.i { position:absolute; inset:34px; border:2px solid ${ink2} }
.fan { position:absolute; width:110px; height:110px; background:
  repeating-radial-gradient(circle at var(--x) var(--y), ${ink2} 0 2px, transparent 2px 10px);
  -webkit-mask: radial-gradient(circle at var(--x) var(--y), #000 0 100px, transparent 101px) }
.f1 { left:36px; top:36px; --x:0 ; --y:0 } .f2 { right:36px; top:36px; --x:100%; --y:0 }
.f3 { left:36px; bottom:36px; --x:0; --y:100% } .f4 { right:36px; bottom:36px; --x:100%; --y:100% }
.c { position:absolute; left:150px; right:150px; top:104px; text-align:center; color:#1c1c1c; font-family:${serif} }
.ev { font: 600 15px ${sans}; color:${red}; letter-spacing:1px }
h1 { margin:12px 0 0; font: 60px ${display}; letter-spacing:16px; color:${ink}; line-height:66px; padding-left:16px }
.of { font: 20px ${display}; letter-spacing:6px; text-transform:uppercase; color:${ink}; margin-top:4px }
.pr { font: italic 17px ${serif}; margin-top:36px; color:#444 }
.nm { font: 50px ${script}; line-height:70px; color:#111; margin:4px auto 0; display:inline-block; padding:0 40px;
  border-bottom:2px dotted ${ink2}; white-space:nowrap }
.s { font-size:18px; line-height:31px; margin-top:26px }
.vf { font: 12px ${sans}; color:#555; margin-top:30px; letter-spacing:.4px }
.s b { color:${ink} }
.ft { position:absolute; left:150px; right:150px; bottom:84px; display:flex; justify-content:space-between; align-items:flex-end;
  font: 12px ${sans}; color:#333 }
.ft .sg { width:230px; text-align:center; line-height:16px }
.ft .h { font: 26px ${hand}; color:#1c2b66; border-bottom:1px solid #333; line-height:40px; height:36px; white-space:nowrap }
.ft .no { text-align:center; font-size:10.5px; color:#666; line-height:15px }
</style>
<div class="o"></div><div class="i"></div>
<div class="fan f1"></div><div class="fan f2"></div><div class="fan f3"></div><div class="fan f4"></div>
<div class="c">
 <div class="ev">${event}</div>
 <h1>CERTIFICATE</h1>
 <div class="of">${of}</div>
 <div class="pr">${presented}</div>
 <div class="nm">${name}</div>
 <div class="s">${attended} <b>${title}</b>, ${by} ${speaker}, ${room_text} ${on} ${date}
 ${from_text} ${start} ${to} ${end}, ${credit_lead} <b>${hours}</b>${tail}</div>
 <div class="vf">${verify}</div>
</div>
<div class="ft">
 <div class="sg"><div class="h">${s1}</div>${s1}<br>${r1}</div>
 <div class="no">${venue}<br>${no_label} ${number}</div>
 <div class="sg"><div class="h">${s2}</div>${s2}<br>${r2}</div>
</div>
"""


def fill(d):
    minutes = round(d.credit * 60)
    start = d.rng.randrange(8 * 60, 17 * 60 - minutes, 15)
    end = start + minutes
    twelve = d.chance(0.7)

    def clock(m):
        h, mm = divmod(m, 60)
        if not twelve:
            return f"{h:02d}:{mm:02d}"
        return f"{(h - 1) % 12 + 1}:{mm:02d} {'a.m.' if h < 12 else 'p.m.'}"

    joint = d.pick([("from", "to"), ("between", "and"), ("from", "until")])
    return {
        "ink": d.pick(["#1f3a5f", "#2f2f2f", "#0b3d2e", "#4a1c40"]),
        "ink2": d.pick(["#b8860b", "#a67c00", "#9c6644"]),
        "red": d.pick(["#b0242a", "#a4161a", "#8b0000"]),
        "script": d.fonts["script"].replace("'TypoScript'", "'Dancing Script'"),
        "hand": d.fonts["hand"],
        "event": d.provider(),
        "of": d.pick(["of Attendance", "of Participation", "of Continuing Education"]),
        "presented": d.pick(
            ["This is to certify that", "This certificate is presented to", "We certify that"]
        ),
        "name": d.name("plain"),
        "attended": d.pick(
            ["attended the education session", "was present for the session", "participated in"]
        ),
        "title": d.title("plain"),
        "by": d.pick(["presented by", "led by", "with speaker"]),
        "speaker": d.person(),
        "room_text": d.pick(["in", "in Room", "in Hall"])
        + " "
        + d.pick(["B", "C2", "204", "North 120", "A", "7"]),
        "on": "on",
        "date": d.date(d.pick(["weekday", "long", "ordinal", "dmy_long"])),
        "from_text": joint[0],
        "start": clock(start),
        "to": joint[1],
        "end": clock(end),
        "credit_lead": d.pick(["and is credited with", "earning", "for"]),
        "hours": d.hours(d.pick(["cec_hours", "cecs", "words"])),
        "tail": d.pick([".", " of continuing education.", "."]),
        "verify": d.pick(
            [
                f"Time attended: {minutes} minutes · attendance verified by badge scan",
                f"Session length {minutes} min. · Verified by room monitor",
                "One CEC is granted for each 60 minutes of instruction attended.",
            ]
        ),
        "s1": d.person(),
        "r1": d.pick(["Education Chair", "Conference Director", "CE Coordinator"]),
        "venue": d.venue(),
        "no_label": d.pick(["Certificate no.", "No.", "Ref."]),
        "number": d.number(),
        "s2": d.person(),
        "r2": d.pick(["Session Moderator", "Room Monitor", "Program Manager"]),
    }
