"""A phone screenshot of a text-message thread with a conference's CE
text-in number. The attendee texted the session code at the end of a
session; the service's reply confirms the credit is recorded to the
attendee's record for that one session. Grey and blue bubbles, a status
bar, the short-code header, a typing bar. The earlier reminder text and
the message time stamps are not the answer."""

SOURCE = (
    "trumpton/ContactManager:Samples/messages/README.txt (one-line SMS confirmation and "
    "reminder message templates with name, day and date substitutions)"
)
KIND = "session"
PAPER = "receipt"
CATEGORIES = (
    "phone-screenshot",
    "portrait",
    "sentence",
    "distractor-date",
    "hours-in-sentence",
)

TEMPLATE = """<style>
.ph { position:absolute; inset:0; background:${bg}; font-family:${sans}; color:${fg}; overflow:hidden }
.sb { height:24px; display:flex; justify-content:space-between; align-items:center; padding:0 14px; font: bold 11px ${sans} }
.hd { text-align:center; padding:4px 10px 8px; border-bottom:1px solid ${line}; background:${hbg} }
.hd .av { width:34px; height:34px; border-radius:50%; background:#9aa3ad; color:#fff; margin:0 auto 3px; font: bold 13px ${sans}; line-height:34px }
.hd b { font-size:12px } .hd div.s { font-size:9.5px; color:${muted} }
.th { padding:8px 10px 0 }
.ts { text-align:center; font-size:9px; color:${muted}; margin:8px 0 5px }
.bu { width:fit-content; max-width:82%; padding:7px 10px; border-radius:15px; font-size:11.5px; line-height:15px; margin-bottom:4px; word-wrap:break-word }
.in { background:${inbg}; color:${fg}; border-bottom-left-radius:4px }
.out { background:${outbg}; color:#fff; margin-left:auto; border-bottom-right-radius:4px }
.dl { text-align:right; font-size:8.5px; color:${muted}; margin:-1px 4px 4px }
.ty { position:absolute; left:8px; right:8px; bottom:20px; height:30px; border:1px solid ${line}; border-radius:15px; font-size:11px; color:${muted}; padding:7px 12px }
.home { position:absolute; bottom:6px; left:50%; margin-left:-50px; width:100px; height:4px; border-radius:2px; background:${fg}; opacity:.6 }
</style>
<div class="ph">
 <div class="sb"><span>${clock}</span><span>${net} ${battery}%</span></div>
 <div class="hd"><div class="av">${mark}</div><b>${sender}</b><div class="s">${sender_sub}</div></div>
 <div class="th">
  <div class="ts">${ts1}</div>
  <div class="bu in">${m1}</div>
  <div class="ts">${ts2}</div>
  <div class="bu out">${m2}</div>
  <div class="dl">Delivered</div>
  <div class="bu in">${m3}</div>
  ${m4_html}
 </div>
 <div class="ty">${ty}</div>
 <div class="home"></div>
</div>
"""


def fill(d):
    import html

    r = d.rng
    dark = d.chance(0.3)
    event = d.provider()
    code = f"{d.pick(['S', 'T', 'CE', 'R'])}{r.randrange(100, 999)}"
    reminder = d.pick(
        [
            f"{event}: to receive CE credit, text the session code shown on the last slide "
            f"to this number before you leave the room. Reply HELP for help.",
            f"Welcome to {event}! Session credit is tracked by text. Send the code from the "
            f"room sign after each session. Msg&data rates may apply.",
        ]
    )
    name = d.name(d.pick(["plain", "plain", "upper"]))
    title = d.title("plain")
    hours = d.hours(d.pick(["cecs", "cec_hours", "hrs", "iicrc_cec"]))
    date = d.date(d.pick(["short_month", "us_numeric", "us_short", "long"]))
    reply = d.pick(
        [
            f"Thanks {name}! {hours} recorded for \u201c{title}\u201d on {date}. "
            f"Your transcript will show this session.",
            f"CONFIRMED \u2013 {name}: \u201c{title}\u201d, {date}, {hours}. "
            f"Credit posted to your {event} CE record.",
            f"Got it, {name}. Session \u201c{title}\u201d ({date}) \u2013 {hours} "
            f"added to your attendance record. Reply LIST to see all sessions.",
        ]
    )
    extra = ""
    if d.chance(0.5):
        extra = (
            f'<div class="ts">{html.escape(d.pick(["Today", "Now"]))} {r.randrange(1, 12)}:'
            f'{r.randrange(0, 60):02d} PM</div><div class="bu out">'
            f"{html.escape(d.pick(['Thank you', 'thx', 'Great, thanks!']))}</div>"
        )
    hour = r.randrange(9, 17)
    return {
        "bg": "#000000" if dark else "#ffffff",
        "hbg": "#111111" if dark else "#f6f6f8",
        "fg": "#f2f2f2" if dark else "#111111",
        "muted": "#8e8e93",
        "line": "#2c2c2e" if dark else "#dcdce0",
        "inbg": "#26262a" if dark else "#e9e9eb",
        "outbg": d.pick(["#0a84ff", "#34c759", "#1a73e8"]),
        "clock": f"{hour % 12 or 12}:{r.randrange(0, 60):02d}",
        "net": d.pick(["5G", "LTE", "4G"]),
        "battery": str(r.randrange(9, 98)),
        "mark": d.pick(["CE", "#", "\u2709"]),
        "sender": d.pick([f"{r.randrange(20000, 99999)}", f"+1 {d.phone()}"]),
        "sender_sub": d.pick(["Text Message", "SMS", "Text Message \u00b7 Today"]),
        "ts1": d.other_date("start", "weekday"),
        "m1": reminder,
        "ts2": f"{d.pick(['Today', 'Yesterday'])} {hour % 12 or 12}:{r.randrange(0, 60):02d} "
        f"{'AM' if hour < 12 else 'PM'}",
        "m2": code,
        "m3": reply,
        "m4_html": extra,
        "ty": d.pick(["Text Message", "iMessage", "Message"]),
    }
