"""The back of a show badge used as the attendee's education log: a thin
coloured header strip with the show's name and year, the attendee's name
and registration number printed by the badge printer, then a ruled grid of
numbered rows (session, monitor sticker, credit). The first row is filled
in: the session title written by hand, and in the sticker column the small
peel-off label the room monitor stuck on at the door, printed with the
session code, the day and a verified mark. The credit is written by hand.
The other rows are blank. A line of fine print along the foot says how to
claim."""

SOURCE = (
    "jawj/conference-name-badges:README.md (double-sided conference badges, day indicators and "
    "role stamps merged onto a badge printed on card); wording of show badge-back CE logs"
)
KIND = "session"
PAPER = "badge"
CATEGORIES = ("table", "landscape", "handwriting", "slip", "distractor-date")

TEMPLATE = """<style>
.b { position:absolute; inset:0; background:#fff; font-family:${sans}; color:#1a1a1a }
.hole { position:absolute; left:50%; top:5px; width:44px; height:8px; margin-left:-22px; border-radius:4px; border:1px solid #999 }
.hd { position:absolute; left:0; right:0; top:16px; height:24px; background:${strip}; color:#fff; display:flex;
  justify-content:space-between; align-items:center; padding:0 12px; font: bold 10.5px ${sans}; letter-spacing:0.6px }
.who { position:absolute; left:12px; right:12px; top:45px; font-size:10px; line-height:13px; display:flex; justify-content:space-between }
.who b { font-size:11.5px }
table { position:absolute; left:12px; right:12px; top:75px; width:360px; border-collapse:collapse; font-size:8.5px }
th { text-align:left; background:#eee; border:1px solid #777; padding:2px 4px; font-size:8px; letter-spacing:0.5px }
td { border:1px solid #777; height:33px; padding:1px 4px; vertical-align:middle }
td.n { width:14px; text-align:center; color:#555 }
td.h { font: 14px ${hand}; color:#1d2f7a; line-height:14px }
td.c { width:46px; text-align:center; font: 17px ${hand}; color:#1d2f7a }
td.s { width:118px; padding:2px }
.stk { border:1px solid #2d6a4f; background:#f2fbf4; padding:1px 3px; font: 7.5px/9.5px ${mono}; color:#123; transform: rotate(${tilt}deg) }
.stk b { font-size:8px; color:#2d6a4f }
.fp { position:absolute; left:12px; right:12px; bottom:6px; font-size:6.8px; color:#555; line-height:8.5px }
</style>
<div class="b"><div class="hole"></div>
 <div class="hd"><span>${event}</span><span>${log_head}</span></div>
 <div class="who"><div><b>${name}</b><br>${company}</div><div style="text-align:right">Reg # ${reg}<br>${pass_type}</div></div>
 <table>
  <tr><th></th><th>${col1}</th><th>${col2}</th><th>${col3}</th></tr>
  <tr><td class="n">1</td><td class="h">${title}</td><td class="s"><div class="stk"><b>${verified}</b> ${code}<br>${date} &middot; ${room}</div></td><td class="c">${hours}</td></tr>
  <tr><td class="n">2</td><td></td><td class="s"></td><td class="c"></td></tr>
  <tr><td class="n">3</td><td></td><td class="s"></td><td class="c"></td></tr>
 </table>
 <div class="fp">${fine}</div>
</div>
"""


def fill(d):
    r = d.rng
    return {
        "strip": d.pick(["#0f4c81", "#7a1f3d", "#1b5e20", "#37474f", "#6a1b9a"]),
        "tilt": d.pick([-2.5, -1.5, 1, 2]),
        "event": d.provider("upper"),
        "log_head": d.pick(["CE LOG", "EDUCATION LOG", "MY CE CREDITS"]),
        "name": d.name(d.pick(["plain", "plain", "upper"])),
        "company": d.pick(
            [
                "Rapid Dry Restoration",
                "Coastal Clean & Dry",
                "Summit Carpet Care",
                "ServiceFirst Water",
            ]
        ),
        "reg": f"{r.randrange(100000, 999999)}",
        "pass_type": d.pick(["Full Conference", "Education Pass", "2-Day Pass"]),
        "col1": d.pick(["SESSION ATTENDED", "SESSION TITLE"]),
        "col2": d.pick(["MONITOR STICKER", "ROOM MONITOR LABEL"]),
        "col3": d.pick(["CECs", "CREDIT"]),
        "title": d.title("plain"),
        "verified": d.pick(["VERIFIED", "ATTENDED", "OK"]),
        "code": f"{d.pick(['S', 'ED', 'T'])}{r.randrange(10, 99)}",
        "date": d.date(d.pick(["us_short", "us_numeric", "short_month"])),
        "room": f"Rm {r.randrange(101, 260)}{d.pick(['', 'A', 'B'])}",
        "hours": d.hours_number(),
        "fine": d.pick(
            [
                "Each session needs the monitor's sticker. Turn in this badge or enter your codes online "
                "within 30 days to claim credit.",
                "No sticker, no credit. Claim online after the show; credits are reported to the IICRC "
                "by the show organizer.",
            ]
        ),
    }
