"""A two-part carbonless verification slip for one education session at a
trade show, filled in by hand: the show's name, dates and venue in a
header with its logo block, the slip's number printed in red, a line of
instructions, then ruled boxes the attendee fills in (name, certification
number, session number and title, speaker, date) and a tinted panel the
door monitor completes (time in, time out, credit awarded, the monitor's
printed name and initials) with a rotated "verified" stamp. Along the
bottom, which copy goes where."""

SOURCE = (
    "https://omcemonitor.info/room-responsibilities/index.html (door monitors record departures, "
    "no partial credit) and "
    "https://www.nasbaregistry.org/what-sponsors-need-to-know/what-are-some-best-practices-for-"
    "the-use-of-sign-in-sheets-for-a-group-live-program (arrival and departure times verified "
    "and attested by a room monitor)"
)
KIND = "session"
PAPER = ["half-letter", "slip"]
CATEGORIES = (
    "slip",
    "labelled",
    "record",
    "landscape",
    "distractor-person",
    "provider-in-logo",
    "date-range",
    "handwriting",
)

TEMPLATE = """<style>
.w { position:absolute; inset:${inset}; font: 10px ${sans}; color:#222 }
.hd { display:flex; align-items:center; gap:10px; border-bottom:2px solid ${dark}; padding-bottom:5px }
.lg { width:40px; height:40px; flex:none; background:${dark}; color:#fff; font: bold 13px ${cond}; display:flex;
  align-items:center; justify-content:center; border-radius:4px; text-align:center; line-height:13px }
.ev { flex:1 } .ev b { display:block; font: bold 15px ${sans}; color:${dark} } .ev span { font-size:9.5px; color:#444 }
.no { text-align:right; font: bold 12px ${mono}; color:#c0392b } .no small { display:block; font: 8px ${sans}; color:#555 }
h2 { margin:6px 0 2px; font: bold 13px ${sans}; letter-spacing:1.2px; text-transform:uppercase }
.ins { font-size:8.2px; color:#444; line-height:10.5px; margin-bottom:4px }
.g { display:grid; grid-template-columns:${cols}; gap:0; border-left:1px solid #777; border-top:1px solid #777 }
.g > div { border-right:1px solid #777; border-bottom:1px solid #777; padding:2px 5px 1px; min-height:${box_h}px }
.g small { display:block; font-size:7.2px; color:#555; text-transform:uppercase; letter-spacing:0.4px }
.h { font: ${hand_size}px ${hand}; color:${ink}; line-height:${hand_line}px; white-space:nowrap; overflow:visible }
.wide { grid-column: 1 / -1 }
.mon { margin-top:5px; background:${light}; border:1px solid #777; padding:3px 6px 4px; position:relative }
.mon h3 { margin:0 0 2px; font: bold 8.5px ${sans}; letter-spacing:1px; text-transform:uppercase; color:${dark} }
.mr { display:flex; gap:8px } .mr > div { flex:1; border-bottom:1px solid #888; min-height:${box_h}px }
.mr small { display:block; font-size:7.2px; color:#555; text-transform:uppercase }
.st { position:absolute; right:${stamp_right}px; top:-30px; transform:rotate(-9deg); background:rgba(255,255,255,0.25); border:2.5px solid #b22; color:#b22; padding:2px 8px;
  font: bold 12px ${sans}; letter-spacing:2px; opacity:0.8; text-align:center; line-height:13px }
.st small { display:block; font-size:7px; letter-spacing:0.5px }
.cp { position:absolute; left:0; right:0; bottom:0; font-size:7.5px; color:#555; display:flex; justify-content:space-between;
  border-top:1px dashed #999; padding-top:2px }
</style>
<div class="w">
 <div class="hd"><div class="lg">${mark_html}</div>
  <div class="ev"><b>${event}</b><span>${show_range} &middot; ${venue}</span></div>
  <div class="no"><small>${no_label}</small>${slip_no}</div></div>
 <h2>${heading}</h2>
 <div class="ins">${instructions}</div>
 <div class="g">
  <div class="wide"><small>${name_label}</small><div class="h">${name}</div></div>
  <div><small>IICRC cert. #</small><div class="h">${cert}</div></div>
  <div><small>${num_label}</small><div class="h">${session_no}</div></div>
  <div><small>Date</small><div class="h">${date}</div></div>
  <div class="wide"><small>${title_label}</small><div class="h">${title}</div></div>
  <div class="wide"><small>${speaker_label}</small><div class="h">${speaker}</div></div>
 </div>
 <div class="mon"><h3>${monitor_head}</h3>
  <div class="mr"><div><small>Time in</small><span class="h">${t_in}</span></div>
   <div><small>Time out</small><span class="h">${t_out}</span></div>
   <div><small>${credit_label}</small><span class="h">${hours}</span></div>
   <div style="flex:2"><small>${monitor_label}</small><span class="h">${monitor}</span></div>
   <div style="flex:0.6"><small>Initials</small><span class="h">${initials}</span></div></div>
  <div class="st">${stamp}<small>${stamp_date}</small></div>
 </div>
 <div class="cp"><span>${copy1}</span><span>${copy2}</span></div>
</div>
"""


def _clock(minutes: int) -> str:
    h, m = divmod(minutes, 60)
    return f"{(h - 1) % 12 + 1}:{m:02d}"


def fill(d):
    import html
    from datetime import timedelta

    from corpus.formats import fmt_date, fmt_range

    r = d.rng
    event = d.provider()
    before, after = d.pick([(0, 2), (1, 1), (2, 0), (1, 2), (0, 1)])
    show = fmt_range(d.completed - timedelta(days=before), d.completed + timedelta(days=after), r)
    words = [w for w in d.org_alt.split() if w[0].isupper()]
    mark = html.escape("".join(w[0] for w in words[:3])) + f"<br>{d.completed.year % 100:02d}"
    start = d.pick([8 * 60, 9 * 60, 10 * 60 + 30, 13 * 60, 14 * 60 + 30, 15 * 60 + 45])
    arrive = start - r.randrange(0, 9)
    leave = start + int(d.credit * 60) + r.randrange(-2, 4)
    monitor = d.person()
    copies = d.pick(
        [
            ("White copy – CE desk", "Yellow copy – attendee"),
            ("Part 1 – show office", "Part 2 – keep for your records"),
        ]
    )
    date_style = d.pick(["us_short", "us_numeric", "us_short"])
    return {
        "inset": d.pick(["16px 22px 14px", "18px 26px 16px"]),
        "mark_html": mark,
        "event": event,
        "show_range": show,
        "venue": d.venue(),
        "no_label": d.pick(["Slip no.", "No."]),
        "slip_no": f"{r.randrange(10000, 99999)}",
        "heading": d.pick(
            [
                "CE Session Verification",
                "Session Attendance Verification",
                "Continuing Education Slip",
            ]
        ),
        "instructions": d.pick(
            [
                "One slip per session. Print clearly and hand this slip to the door monitor as you "
                "leave. No partial credit: arriving more than ten minutes late or leaving early voids the slip.",
                "Complete the top section before the session starts. The room monitor records your "
                "times and signs below; keep the yellow copy with your records.",
            ]
        ),
        "cols": "1.3fr 0.8fr 1fr",
        "box_h": 27,
        "hand_size": 17,
        "hand_line": 20,
        "ink": d.pick(["#1a2a6c", "#222", "#0b3d91"]),
        "name_label": d.pick(["Attendee name (print)", "Name", "Your name"]),
        "name": d.name("plain"),
        "cert": f"{r.randrange(100000, 999999)}",
        "num_label": d.pick(["Session #", "Session no. / room"]),
        "session_no": d.pick(
            [
                f"{r.randrange(100, 399)}",
                f"E-{r.randrange(10, 99)}",
                f"{r.randrange(100, 399)} / {r.choice('ABCD')}{r.randrange(1, 20)}",
            ]
        ),
        "date": d.date(date_style),
        "title_label": d.pick(["Session title", "Title of session"]),
        "title": d.title("plain"),
        "speaker_label": d.pick(["Speaker(s)", "Presenter"]),
        "speaker": d.person() if d.chance(0.6) else f"{d.person()} & {d.person()}",
        "monitor_head": d.pick(["Door monitor use only", "For the room monitor"]),
        "t_in": _clock(arrive),
        "t_out": _clock(leave),
        "credit_label": d.pick(["CECs", "Credit hrs", "Hours"]),
        "hours": d.hours_number(),
        "monitor_label": d.pick(["Monitor (print)", "Verified by"]),
        "monitor": monitor,
        "initials": "".join(p[0] for p in monitor.split() if p[0].isalpha())[:3],
        "stamp": d.pick(["VERIFIED", "CE DESK"]),
        "stamp_date": fmt_date(d.completed, "short_month"),
        "stamp_right": d.pick([24, 60, 110]),
        "copy1": copies[0],
        "copy2": copies[1],
    }
