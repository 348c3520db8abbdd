"""A peel-off session credit label printed at the door when an attendee
scans out of a show's education session, still on its backing sheet: a
white label with rounded corners over a tinted liner, cut into a main part
and a narrow stub on the right by a perforation. The main part has a dark
strip along the top with the show's name and year (the only naming of the
show) and the label's caption, then labelled rows in a printer's face: the
attendee, the session, its speaker, the room, the day, the scans in and
out, the minutes credited and the credit itself, sometimes the session's
approval number. The stub keeps a session code, the badge number and a bar
code for the organizer, and a line along the liner says to stick the label
into the attendee's CE log."""

SOURCE = (
    "Nevada Registry, 'Training events with multiple sessions' (where attendees may choose "
    "sessions, hours are earned per session and 'a certificate (or label) will be issued at the "
    "conclusion of each session'); ACFI 'Method of calculating CPD hours' (each 50-minute "
    "contact unit is worth one credit); show CE pages asking attendees to scan in and out"
)
KIND = "session"
PAPER = "slip"
CATEGORIES = (
    "slip",
    "labelled",
    "dark-band",
    "provider-in-logo",
    "distractor-person",
    "time-attended",
    "barcode",
    "mono",
)

TEMPLATE = """<style>
.liner { position:absolute; inset:0; background:${liner}; }
.liner .tip { position:absolute; left:26px; right:26px; bottom:8px; font: 10px ${sans}; color:#666; display:flex; justify-content:space-between }
.lab { position:absolute; left:22px; right:22px; top:16px; bottom:30px; background:#fff; border-radius:16px;
  box-shadow:0 0 0 1px rgba(0,0,0,.16); overflow:hidden; display:flex }
.main { flex:1; display:flex; flex-direction:column }
.top { background:${dark}; color:#fff; padding:7px 16px 7px; display:flex; align-items:center; gap:10px }
.top .mk { width:30px; height:30px; border:2px solid ${accent}; border-radius:50%; display:flex; align-items:center; justify-content:center;
  font: bold 12px ${display}; color:#fff }
.top .ev { font: bold ${ev_size}px ${sans}; letter-spacing:.4px; line-height:17px; white-space:nowrap }
.top .cap { font: 9.5px ${sans}; letter-spacing:2px; text-transform:uppercase; color:${light}; line-height:12px; margin-top:2px; white-space:nowrap }
.rows { padding:12px 16px 0; font: 12px ${sans}; color:#222 }
.rows div { display:flex; padding:4px 0; border-bottom:1px dotted #ccc; align-items:baseline }
.rows span { flex:0 0 104px; color:#555; font-size:10.5px; text-transform:uppercase; letter-spacing:.6px }
.rows b { font: ${val_weight} 12.5px ${vface}; white-space:nowrap }
.rows .big b { font-size:14.5px }
.pf { width:0; border-left:2px dashed #aaa; margin:10px 0 }
.stub { flex:0 0 150px; padding:14px 12px 10px; font: 11px ${sans}; color:#333; display:flex; flex-direction:column; gap:6px }
.stub .c { font-size:9.5px; letter-spacing:1.5px; text-transform:uppercase; color:#666 }
.stub b { display:block; font: bold 13px ${mono}; color:#111 }
.bars { height:44px; margin-top:auto; background: repeating-linear-gradient(90deg, #111 0 ${b1}px, #fff ${b1}px ${b2}px, #111 ${b2}px ${b3}px, #fff ${b3}px ${b4}px) }
.stub .n { font: 10px ${mono}; text-align:center; letter-spacing:1px }
</style>
<div class="liner"><div class="tip"><span>${tip_left}</span><span>${tip_right}</span></div></div>
<div class="lab">
 <div class="main">
  <div class="top"><div class="mk">${initials}</div><div><div class="ev">${event}</div><div class="cap">${caption}</div></div></div>
  <div class="rows">
   <div class="big"><span>${name_label}</span><b>${name}</b></div>
   <div><span>Session</span><b style="font-size:${title_size}px">${title}</b></div>
   <div><span>${speaker_label}</span><b>${speaker}</b></div>
   <div><span>Room</span><b>${room}</b></div>
   <div><span>${date_label}</span><b>${date}</b></div>
   <div><span>${scan_label}</span><b>${scans}</b></div>
   <div><span>${minutes_label}</span><b>${minutes}</b></div>
   <div class="big"><span>${credit_label}</span><b>${hours}</b></div>
   ${approval_html}
  </div>
 </div>
 <div class="pf"></div>
 <div class="stub">
  <div class="c">${stub_cap}</div>
  <div><div>Session code</div><b>${code}</b></div>
  <div><div>Badge</div><b>${badge}</b></div>
  <div class="bars"></div>
  <div class="n">${barcode_text}</div>
 </div>
</div>
"""


def fill(d):
    import html

    r = d.rng
    words = [w for w in (d.org_alt or d.org).split() if w[:1].isupper()]
    fifty = d.chance(0.4)
    unit = 50 if fifty else 60
    minutes = int(round(d.credit * unit))
    start = r.randrange(8, 16) * 60 + d.pick([0, 15, 30, 45])
    scan_in = start - r.randrange(0, 9)
    scan_out = start + minutes + r.randrange(0, 7)
    ampm = d.chance(0.6)

    def clock(m):
        h, mm = divmod(m, 60)
        if not ampm:
            return f"{h:02d}:{mm:02d}"
        return f"{(h - 1) % 12 + 1}:{mm:02d} {'AM' if h < 12 else 'PM'}"

    minutes_text = d.pick(
        [
            f"{minutes} min",
            f"{minutes} minutes",
            f"{minutes} min ({unit} min = 1 credit)",
        ]
    )
    upper = d.chance(0.5)
    approval_html = ""
    if d.chance(0.35):
        label = d.pick(["IICRC approval", "Approval no.", "CEC approval #"])
        approval_html = (
            f"<div><span>{html.escape(label)}</span><b>{html.escape(d.approval())}</b></div>"
        )
    code = f"{d.pick(['ED', 'S', 'T', 'W'])}{r.randrange(100, 999)}"
    badge = f"{r.randrange(100000, 999999)}"
    caption = d.pick(["Session credit", "CE attendance", "Education credit"])
    event = d.provider(d.pick([None, "upper"]))
    widths = [1, 1, 2, 3]
    b = [d.pick(widths)]
    for _ in range(3):
        b.append(b[-1] + d.pick(widths))
    return {
        "liner": d.pick(["#f3ead2", "#e9eef3", "#efe6f0", "#eef0e4"]),
        "tip_left": d.pick(
            [
                "Peel and place in your CE log. Keep with your records.",
                "Stick this label in your continuing education record.",
                "Remove from liner and attach to your CE tracking sheet.",
            ]
        ),
        "tip_right": d.pick(
            ["Do not photocopy", "One label per session", f"Station {r.randint(1, 9)}"]
        ),
        "initials": "".join(w[0] for w in words)[:3],
        "event": event,
        "ev_size": "15" if len(event) <= 30 else "14",
        "caption": caption,
        "val_weight": d.pick(["600", "normal"]),
        "vface": d.fonts[d.pick(["mono", "mono", "sans", "cond"])],
        "name_label": d.pick(["Attendee", "Name", "Participant"]),
        "name": d.name("upper" if upper else d.pick(["plain", "last_first"])),
        "title": d.title("upper" if upper else "plain"),
        "title_size": "12.5" if len(d.course) <= 32 else "11",
        "speaker_label": d.pick(["Speaker", "Presenter", "Instructor"]),
        "speaker": d.person().upper() if upper else d.person(),
        "room": d.pick(["Room ", "Hall ", "Salon ", "Meeting Room "])
        + d.pick(["A", "B", "C", "D", "104", "212", "3"]),
        "date_label": d.pick(["Date", "Session date", "Attended"]),
        "date": d.date(d.pick(["us_numeric", "short_month", "iso", "dd_mon_yyyy", "us_short"])),
        "scan_label": d.pick(["Scans in/out", "In / Out", "Entry - exit"]),
        "scans": f"{clock(scan_in)} / {clock(scan_out)}",
        "minutes_label": d.pick(["Time credited", "Minutes", "Contact time"]),
        "minutes": minutes_text,
        "credit_label": d.pick(["Credit", "CE credit", "Earned"]),
        "hours": d.hours(d.pick(["cec_hours", "cecs", "hrs", "hours_title"])),
        "approval_html": approval_html,
        "stub_cap": d.pick(["Organizer copy", "Retained by show", "Audit stub"]),
        "code": code,
        "badge": badge,
        "b1": str(b[0]),
        "b2": str(b[1]),
        "b3": str(b[2]),
        "b4": str(b[3]),
        "barcode_text": f"*{code}{badge}*",
    }
