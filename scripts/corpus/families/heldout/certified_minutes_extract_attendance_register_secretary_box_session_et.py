"""A certified extract from the minutes and attendance register of one
education session at a show, issued by the education committee's
recording secretary to an attendee (portrait, set like LaTeX meeting
minutes). A small-caps heading over the committee's name; a two-column
block of bold labels and values (session, event, date, room and venue,
moderator, presenter, recorder, attendance count); the minutes as
numbered items in running prose with clock times (call to order, the
register, the presentation, the credit and its approval, adjournment);
then a ruled box with the certification in a sentence naming the
attendee, the register line and the times signed in and out, the
secretary's signature and date, and a "certified true copy" stamp."""

from datetime import timedelta
from html import escape

from corpus import formats as F

SOURCE = (
    "Angus-repo/meeting-notes-skill:assets/meeting-template.md (meeting information: title, "
    "date, time, location, chairperson, recorder; attendees present; numbered summary items) "
    "and the LaTeX meetingmins class's minutes sample (Brian D. Beitzel: heading block, numbered "
    "items, 'respectfully submitted' by the secretary); certified extracts of minutes as "
    "secretaries issue them for a member"
)
KIND = "session"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "record",
    "sentence",
    "labelled",
    "portrait",
    "numbered",
    "stamp",
    "distractor-person",
    "distractor-date",
    "distractor-number",
    "times",
)

TEMPLATE = """<style>
.w { position:absolute; left:82px; right:82px; top:58px; bottom:44px; font: 14px ${face}; color:#151515; line-height:21px }
.k { text-align:center; font: 12px ${face}; letter-spacing:3px; text-transform:uppercase; color:#333 }
h1 { text-align:center; font: ${h_weight} 22px ${head}; margin:6px 0 2px; font-variant:small-caps; letter-spacing:.5px }
.org { text-align:center; font-style:italic; font-size:13.5px }
hr { border:none; border-top:1px solid #222; margin:12px 0 10px }
.meta { display:grid; grid-template-columns: 140px 1fr; gap:1px 12px; font-size:13.5px }
.meta b { font-weight:bold }
ol { margin:8px 0 0; padding-left:0; list-style:none; counter-reset:it }
li { counter-increment:it; position:relative; padding-left:28px; margin-top:7px; text-align:justify }
li:before { content: counter(it) "."; position:absolute; left:0; font-weight:bold }
li b { font-weight:bold }
.cert { margin-top:20px; border:1.5px solid #222; padding:10px 14px 12px; position:relative }
.cert h2 { margin:0 0 4px; font: bold 13px ${face}; letter-spacing:2px; text-transform:uppercase }
.cert .sg { display:flex; justify-content:space-between; align-items:flex-end; margin-top:14px }
.cert .s { width:300px; overflow:hidden; font-size:12.5px; line-height:17px }
.cert .h { font: 25px ${hand}; color:#1b2a6e; height:32px; line-height:32px; border-bottom:1px solid #222; white-space:nowrap }
.stamp { border:2px solid ${ink}; color:${ink}; border-radius:6px; padding:4px 10px; font: bold 11px ${sans}; letter-spacing:1px;
  text-transform:uppercase; text-align:center; line-height:15px; transform:rotate(${tilt}deg); opacity:.85 }
.fn { position:absolute; left:0; right:0; bottom:0; font-size:10px; color:#555; text-align:center; font-style:italic }
</style>
<div class="w">
 <div class="k">${kicker}</div>
 <h1>${doc_title}</h1>
 <div class="org">${committee}</div>
 <hr>
 <div class="meta">
  <b>${l_session}</b><span>${title}</span>
  <b>Event</b><span>${event}</span>
  <b>Date</b><span>${date}</span>
  <b>Place</b><span>${room}, ${venue}</span>
  <b>${l_mod}</b><span>${moderator}</span>
  <b>Presenter</b><span>${presenter}</span>
  <b>Recorder</b><span>${secretary}</span>
  <b>Present</b><span>${present}</span>
 </div>
 <hr>
 <ol>${items_html}</ol>
 <div class="cert"><h2>${cert_head}</h2>${cert_text}
  <div class="sg"><div class="s"><div class="h">${secretary}</div>${secretary}<br>${sec_role}<br>${cert_date}</div>
   <div class="stamp">${stamp_html}</div></div>
 </div>
 <div class="fn">${fine}</div>
</div>
"""

COMMITTEES = [
    "Education Committee",
    "Continuing Education Committee",
    "Program & Education Committee",
]
ROOMS = ["Room 204B", "Meeting Room 7", "Ballroom C", "Breakout Room 3", "Hall E, Room 12"]
STARTS = [("8:30", "a.m."), ("10:30", "a.m."), ("1:30", "p.m."), ("2:15", "p.m.")]


def _at(t, minutes: int) -> str:
    """A clock time `minutes` after (or before) `t`, printed as the minutes print it."""
    h, m = (int(v) for v in t[0].split(":"))
    total = (h % 12 + (12 if t[1] == "p.m." else 0)) * 60 + m + minutes
    hh, mm = divmod(total, 60)
    half = "p.m." if hh >= 12 else "a.m."
    return f"{(hh - 1) % 12 + 1}:{mm:02d} {half}"


def _end(text: str) -> str:
    """Close a sentence without doubling the period of "a.m." or "p.m."."""
    return text if text.endswith(".") else text + "."


def fill(d):
    r = d.rng
    committee = d.pick(COMMITTEES)
    event = d.provider()
    title = d.title("plain")
    date = d.date(d.pick(["long", "weekday", "dmy_long", "ordinal"]))
    hours = d.hours(d.pick(["cec_hours", "words_cec", "cecs", "hours_title"]))
    approval = d.approval() if d.chance(0.6) else None
    name = d.name(d.pick(["plain", "plain", "upper", "honorific"]))
    moderator, presenter, secretary = d.person(), d.person(), d.person()
    start = d.pick(STARTS)
    length = round(d.credit * 60)
    present = r.randint(24, 160)
    line_no = r.randint(3, present)
    open_t = _at(start, r.randint(1, 5))
    reg_close = _at(start, r.randint(12, 18))
    close_t = _at(start, length + r.randint(-3, 2))
    sign_in = _at(start, -r.randint(2, 12))
    sign_out = _at(start, length + r.randint(1, 8))
    e = escape
    credit = (
        f"The session is approved for {e(hours)}"
        + (f" under approval no. {e(approval)}" if approval else "")
        + d.pick(
            [
                ", to be awarded only to attendees present for the whole session.",
                "; partial attendance is not credited.",
            ]
        )
    )
    items = [
        f"<b>Call to order.</b> The moderator opened the session at {open_t} and read the "
        "rules for continuing education credit.",
        f"<b>Attendance.</b> {present} attendees signed the register at the door. The register "
        f"was closed to new entries at {_end(reg_close)}",
        f"<b>Presentation.</b> {e(presenter)} presented “{e(title)}.” Questions from the floor "
        "followed.",
        f"<b>Credit.</b> {credit}",
        f"<b>Adjournment.</b> The session adjourned at {close_t}; the sign-out register was "
        "collected by the recorder.",
    ]
    cert_day = d.completed + timedelta(days=r.randint(3, 45))
    return {
        "face": d.fonts[d.pick(["serif", "serif", "mono"])],
        "head": d.fonts[d.pick(["serif", "display"])],
        "h_weight": d.pick(["bold", "normal"]),
        "ink": d.pick(["#7a1f1f", "#1f3d7a", "#333333"]),
        "tilt": d.pick([-5, -3, 3, 4]),
        "kicker": d.pick(["Certified extract", "Extract", "Copy for the member"]),
        "doc_title": d.pick(
            [
                "Minutes and Attendance Register",
                "Extract from the Minutes of an Education Session",
                "Session Minutes — Attendance Extract",
            ]
        ),
        "committee": f"{committee}, {event}",
        "l_session": d.pick(["Session", "Subject", "Education session"]),
        "title": title,
        "event": event,
        "date": date,
        "room": d.pick(ROOMS),
        "venue": d.venue(),
        "l_mod": d.pick(["Moderator", "Chair", "Room host"]),
        "moderator": moderator,
        "presenter": presenter,
        "secretary": secretary,
        "present": f"{present} (per register)",
        "items_html": "".join(f"<li>{it}</li>" for it in items),
        "cert_head": d.pick(["Certification", "Certified extract"]),
        "cert_text": d.pick(
            [
                f"I certify that the above is a true extract of the minutes of the session named "
                f"above, and that the attendance register shows {name} on line {line_no}, signed "
                f"in at {sign_in} and out at {_end(sign_out)}",
                f"I hereby certify that {name} is recorded in the attendance register of this "
                f"session (line {line_no}: in {sign_in}, out {sign_out}) and that this extract "
                "agrees with the minutes kept by me.",
            ]
        ),
        "sec_role": d.pick(
            ["Recording Secretary", "Secretary, " + committee, "Recorder, " + committee]
        ),
        "cert_date": F.fmt_date(cert_day, d.pick(["long", "us_numeric"])),
        "stamp_html": d.pick(
            [
                "Certified<br>true copy",
                "Certified copy<br>" + escape(committee),
                "Verified<br>from register",
            ]
        ),
        "fine": d.pick(
            [
                "This extract is issued at the member's request and does not reproduce the full "
                "register.",
                "Extracts are issued on request to attendees listed in the register.",
            ]
        ),
    }
