"""A small session attendance card handed out at the classroom door of a
trade show, printed on badge-size card stock: a fine guilloche border band
round a white panel; the show's name in small spaced capitals over a rule;
a serif heading ("Certificate of Attendance"); the attendee's name in a
script over a dotted line; the session title in bold; one line with the
day, the clock times of the session and the room; a round badge at the
right with the credit in large figures; and along the foot the room
monitor's initials or signature, a card number and a line of small print
about keeping the card."""

SOURCE = (
    "wording: per-session CE attendance cards that trade shows' room monitors hand out at "
    "the door of accredited education sessions (show name, attendee, session title, date, "
    "start and end time, room, CEC credit, monitor's initials, card number, 'retain for "
    "your records')"
)
KIND = "session"
PAPER = "badge"
CATEGORIES = (
    "slip",
    "landscape",
    "ornate",
    "script-name",
    "distractor-person",
    "time-attended",
    "speaker",
    "credit-badge",
)

TEMPLATE = """<style>
.pg { position:absolute; inset:0; background:
  repeating-radial-gradient(ellipse at 0 0, transparent 0 3px, ${g1} 3px 3.6px),
  repeating-radial-gradient(ellipse at 100% 100%, transparent 0 3px, ${g2} 3px 3.6px), ${ground} }
.pn { position:absolute; inset:${inset}px; background:#fff; border:1.5px solid ${ink}; border-radius:${radius}px }
.pn:after { content:""; position:absolute; inset:3px; border:0.6px solid ${ink}; border-radius:${radius}px; opacity:.6 }
.c { position:absolute; left:${cx}px; right:${cx}px; top:${ctop}px; bottom:${cbot}px; color:#151515; font-family:${serif} }
.ev { font: bold ${ev_px}px ${sans}; letter-spacing:1.6px; text-transform:uppercase; color:${ink}; padding-bottom:3px;
  border-bottom:1px solid ${ink}; white-space:nowrap; overflow:hidden }
h1 { margin:6px 0 0; font: ${h_px}px ${display}; color:${ink}; line-height:1.1 }
.nm { margin-top:6px; font: ${n_px}px ${script}; line-height:1.2; border-bottom:1.5px dotted #777; padding-bottom:1px;
  margin-right:86px; white-space:nowrap; overflow:hidden }
.ti { margin-top:7px; font: bold ${t_px}px ${sans}; line-height:1.25; margin-right:86px }
.wh { margin-top:6px; font: 10.5px ${sans}; color:#333; line-height:15px; margin-right:86px }
.sp { margin-top:4px; font: italic 10px ${serif}; color:#444; margin-right:86px }
.bg { position:absolute; right:0; top:${bg_top}px; width:78px; height:78px; border-radius:50%; background:${ink}; color:#fff;
  text-align:center; box-shadow: 0 0 0 3px #fff, 0 0 0 4.5px ${ink} }
.bg b { display:block; font: bold ${b_px}px ${display}; line-height:1; margin-top:14px }
.bg span { display:block; font: bold 8px ${sans}; letter-spacing:1px; margin-top:3px; text-transform:uppercase }
.ft { position:absolute; left:0; right:0; bottom:0; display:flex; justify-content:space-between; align-items:flex-end;
  font: 8.5px ${sans}; color:#444 }
.ft .mo { text-align:center; min-width:112px }
.ft .mo .h { font: 19px ${hand}; color:#1d2c6b; border-bottom:1px solid #555; line-height:22px; white-space:nowrap }
.ft .r { text-align:right; line-height:11px }
</style>
<div class="pg"></div><div class="pn"></div>
<div class="c">
 <div class="ev">${event}</div>
 <h1>${heading}</h1>
 <div class="nm">${name}</div>
 <div class="ti">${title}</div>
 <div class="wh">${date}<br>${start}–${end} · ${room}</div>
 <div class="sp">${speaker_label} ${speaker}</div>
 <div class="bg"><b>${credit}</b><span>${credit_label}</span></div>
 <div class="ft">
  <div class="mo"><div class="h">${monitor}</div>${monitor_label}</div>
  <div class="r">${no_label} ${number}<br>${keep}</div>
 </div>
</div>
"""


def fill(d):
    minutes = round(d.credit * 60)
    start = d.rng.randrange(8 * 60, 17 * 60 - minutes, 15)
    end = start + minutes
    twelve = d.chance(0.75)

    def clock(m):
        h, mm = divmod(m, 60)
        if not twelve:
            return f"{h:02d}:{mm:02d}"
        return f"{(h - 1) % 12 + 1}:{mm:02d} {'am' if h < 12 else 'pm'}"

    event = d.provider(d.pick([None, "upper"]))
    name = d.name(d.pick(["plain", "plain", "plain", "honorific"]))
    title = d.title(d.pick(["plain", "plain", "upper"]))
    date = d.date(d.pick(["short_month", "us_numeric", "weekday", "long", "us_short"]))
    credit = d.hours_number()
    initials = d.person()
    if d.chance(0.4):
        initials = "".join(p[0] for p in initials.split() if p[0].isalpha())[:3] + "."
    return {
        "ground": d.pick(["#eef3f0", "#f4efe2", "#eef0f6", "#f6eef0"]),
        "g1": d.pick(["rgba(31,58,95,.30)", "rgba(11,61,46,.30)", "rgba(91,35,51,.30)"]),
        "g2": d.pick(["rgba(184,134,11,.45)", "rgba(106,76,147,.35)", "rgba(156,102,68,.4)"]),
        "ink": d.pick(["#1f3a5f", "#0b3d2e", "#5b2333", "#123c69", "#3d2b1f"]),
        "script": d.pick(
            [
                "'Dancing Script', cursive",
                "'Z003', 'Dancing Script', cursive",
                "'Kaushan Script', cursive",
                "'Lobster Two', cursive",
            ]
        ),
        "hand": d.fonts["hand"].replace(", cursive", ", 'Dancing Script', cursive"),
        "inset": d.pick([10, 12]),
        "radius": d.pick([0, 4, 8]),
        "cx": 24,
        "ctop": 20,
        "cbot": 20,
        "ev_px": 8.5 if len(event) > 30 else 9.5,
        "h_px": d.pick([19, 21]),
        "n_px": 22 if len(name) > 22 else 26,
        "t_px": 10 if len(title) > 34 else 11.5,
        "bg_top": d.pick([58, 64]),
        "b_px": 30 if len(credit) <= 2 else 25,
        "event": event,
        "heading": d.pick(
            ["Certificate of Attendance", "Session Attendance", "CE Attendance Card"]
        ),
        "name": name,
        "title": title,
        "date": date,
        "start": clock(start),
        "end": clock(end),
        "room": d.pick(["Room ", "Rm. ", "Hall "])
        + d.pick(["N201", "W112", "B3", "Ballroom C", "4", "S230"]),
        "speaker_label": d.pick(["Speaker:", "Presented by", "Instructor:"]),
        "speaker": d.person(),
        "credit": credit,
        "credit_label": d.pick(["CEC", "CECs", "IICRC CEC", "CE Hours"]),
        "monitor": initials,
        "monitor_label": d.pick(["Room Monitor", "Monitor initials", "Verified by"]),
        "no_label": d.pick(["Card", "No.", "#"]),
        "number": d.number(),
        "keep": d.pick(
            [
                "Retain for your records",
                "Keep this card for your CE file",
                "Not valid without monitor initials",
            ]
        ),
    }
