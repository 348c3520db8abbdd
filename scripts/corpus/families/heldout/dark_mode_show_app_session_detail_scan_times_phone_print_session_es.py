"""A phone screenshot of a trade show app's session detail screen in dark
mode, printed on a portrait sheet. Inside the phone: the status bar, a
back arrow with the show's name, a coloured track pill and the session
code, the session title in large light type, day, time and room lines
with icons, a green "credit earned" banner with the credit and the scan-in
and scan-out times, the speaker row with a round initials avatar and
their role, a star rating the attendee gave, the "download certificate"
and "add to calendar" buttons, and the app's tab bar. Light text on a
near-black ground; the printer's header and footer sit outside."""

SOURCE = (
    "https://support.pheedloop.com/article/643-configuring-ce-continuing-education-credit-"
    "tracking (session credit value shown in the event app where the attendee takes part; "
    "session check-in by badge scan); layout: event-app session detail screens in the "
    "system dark theme, as attendees screenshot them"
)
KIND = "session"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "portrait",
    "screenshot",
    "dark-background",
    "labelled",
    "time-attended",
    "provider-in-logo",
    "distractor-person",
    "distractor-date",
)

TEMPLATE = """<style>
.pg { position:absolute; inset:0; background:#fff; font-family:${sans} }
.pr { position:absolute; left:34px; right:34px; top:16px; display:flex; justify-content:space-between; font: 10px ${sans}; color:#444 }
.pf { position:absolute; left:34px; right:34px; bottom:16px; display:flex; justify-content:space-between; font: 10px ${sans}; color:#444 }
.ph { position:absolute; left:50%; top:50px; width:400px; height:${ph_h}px; margin-left:-200px; border:11px solid #2a2a2c; border-radius:44px;
  background:${bg}; color:#f2f2f7; overflow:hidden }
.sb { height:40px; display:flex; justify-content:space-between; align-items:center; padding:8px 28px 0; font: bold 14px ${sans} }
.nav { display:flex; align-items:center; gap:10px; padding:6px 18px 10px; font-size:14px; color:${tint} }
.nav b { font-size:22px; line-height:1; font-weight:normal }
.nav span { color:#f2f2f7; font-weight:600; white-space:nowrap; overflow:hidden; text-overflow:ellipsis }
.pill { margin:10px 20px 0; display:flex; gap:8px; align-items:center; font-size:12px; color:#aeaeb2 }
.pill i { font-style:normal; background:${track}; color:#fff; border-radius:12px; padding:3px 10px; font-weight:600 }
.tt { margin:10px 20px 0; font: 600 25px ${lfont}; line-height:30px; color:#fff }
.ln { margin:12px 20px 0; font-size:14.5px; color:#d1d1d6; display:flex; gap:10px; align-items:center }
.ln u { flex:none; width:14px; height:14px; border:2px solid ${tint}; margin:0 3px } .ln u.c { border-radius:50% } .ln u.p { border-radius:50% 50% 50% 0; transform:rotate(-45deg) }
.ok { margin:18px 16px 0; background:${ok_bg}; border:1px solid ${ok}; border-radius:14px; padding:12px 14px }
.ok .h { display:flex; justify-content:space-between; align-items:center; font: 600 15px ${sans}; color:${ok} }
.ok .h b { font: bold 19px ${sans}; color:#fff }
.ok .s { font-size:12.5px; color:#c7c7cc; margin-top:6px; line-height:18px }
.ab { margin:0 20px; font-size:13.5px; line-height:19px; color:#c7c7cc }
.sec { margin:20px 20px 6px; font-size:12px; letter-spacing:1px; text-transform:uppercase; color:#8e8e93 }
.spk { margin:0 16px; background:${card}; border-radius:14px; padding:12px 14px; display:flex; gap:12px; align-items:center }
.spk .av { width:44px; height:44px; border-radius:50%; background:${track}; color:#fff; font: bold 16px ${sans}; display:flex; align-items:center;
  justify-content:center; flex:none }
.spk .n { font: 600 15px ${sans} } .spk .r { font-size:12.5px; color:#aeaeb2; margin-top:2px }
.rate { margin:0 16px; background:${card}; border-radius:14px; padding:10px 14px; font-size:13px; color:#d1d1d6; display:flex; justify-content:space-between }
.rate span { color:#ffd60a; letter-spacing:2px }
.me { margin:14px 16px 0; font-size:12.5px; color:#8e8e93; line-height:18px; padding:0 4px }
.btn { margin:12px 16px 0; border-radius:12px; padding:13px; text-align:center; font: 600 15px ${sans}; background:${tint}; color:#000 }
.btn.g { background:${card}; color:${tint} }
.tabs { position:absolute; left:0; right:0; bottom:0; height:70px; background:#1c1c1e; border-top:1px solid #38383a; display:flex;
  justify-content:space-around; align-items:flex-start; padding-top:12px; font-size:10.5px; color:#8e8e93 }
.tabs .on { color:${tint} }
</style>
<div class="pg">
 <div class="pr"><span>${printed}</span><span>${ptitle}</span></div>
 <div class="ph">
  <div class="sb"><span>${clock}</span><span>${signal}</span></div>
  <div class="nav"><b>‹</b><span>${event}</span></div>
  <div class="pill"><i>${track_name}</i>${code}</div>
  <div class="tt">${title}</div>
  <div class="ln"><u></u>${date}</div>
  <div class="ln"><u class="c"></u>${span}</div>
  <div class="ln"><u class="p"></u>${room}</div>
  <div class="ok"><div class="h"><span>✓ ${ok_label}</span><b>${hours}</b></div><div class="s">${scans}</div></div>
  <div class="sec">About</div>
  <div class="ab">${about}</div>
  <div class="sec">${speaker_head}</div>
  <div class="spk"><div class="av">${initials}</div><div><div class="n">${speaker}</div><div class="r">${speaker_role}</div></div></div>
  <div class="sec">${rating_head}</div>
  <div class="rate">${rating_text}<span>${stars}</span></div>
  <div class="me">${attendee_line}</div>
  <div class="btn">${btn1}</div>
  <div class="btn g">${btn2}</div>
  <div class="tabs"><span>Home</span><span>Agenda</span><span class="on">My CE</span><span>Expo</span><span>Profile</span></div>
 </div>
 <div class="pf"><span>${url}</span><span>1/1</span></div>
</div>
"""

TRACKS = [
    ("Water", "#0a84ff"),
    ("Fire & Smoke", "#ff453a"),
    ("Mold & IAQ", "#30d158"),
    ("Business", "#bf5af2"),
    ("Cleaning", "#ff9f0a"),
]


def fill(d):
    r = d.rng
    length = int(d.credit * 60)
    start = d.pick([8 * 60, 9 * 60 + 30, 10 * 60 + 30, 13 * 60, 14 * 60 + 30, 15 * 60 + 45])

    def clock(m):
        h, mm = divmod(m, 60)
        return f"{(h - 1) % 12 + 1}:{mm:02d} {'AM' if h < 12 else 'PM'}"

    track, color = d.pick(TRACKS)
    speaker = d.person()
    parts = [p for p in speaker.split() if p[0].isalpha()]
    initials = (parts[0][0] + parts[-1][0]).upper()
    scan_in = start - r.randrange(0, 8)
    scan_out = start + length + r.randrange(0, 6)
    name = d.name(d.pick(["plain", "plain", "upper"]))
    stars = r.choice([4, 5, 5])
    return {
        "bg": d.pick(["#000000", "#0b0b0d", "#121214"]),
        "card": d.pick(["#1c1c1e", "#1f1f22"]),
        "tint": d.pick(["#64d2ff", "#0a84ff", "#ffd60a", "#30d158"]),
        "ok": "#30d158",
        "ok_bg": "rgba(48,209,88,.14)",
        "track": color,
        "lfont": d.fonts[d.pick(["sans", "sans", "display", "cond"])],
        "ph_h": 930,
        "printed": f"{d.other_date('issue', 'us_short')}, {r.randrange(1, 12)}:{r.randrange(10, 59)} {d.pick(['AM', 'PM'])}",
        "ptitle": d.pick(["Photos", f"IMG_{r.randrange(1000, 9999)}.PNG", "Screenshot"]),
        "clock": f"{r.randrange(1, 12)}:{r.randrange(10, 59)}",
        "signal": d.pick(["5G ▮▮▮", "LTE ▮▮", "Wi-Fi ▮▮▮"]),
        "event": d.provider(),
        "track_name": track,
        "code": f"Session {track[0]}-{r.randrange(101, 399)}",
        "title": d.title("plain"),
        "date": d.date(d.pick(["weekday", "long", "short_month"])),
        "span": f"{clock(start)} – {clock(start + length)}",
        "room": d.pick(["Room 204B", "Learning Theater 1", "Ballroom C", "Room 118", "Salon F"]),
        "ok_label": d.pick(["Credit earned", "CE verified", "Attended"]),
        "hours": d.hours(d.pick(["cecs", "cec_hours", "hrs"])),
        "scans": f"Scanned in {clock(scan_in)} · Scanned out {clock(scan_out)}",
        "about": d.pick(
            [
                "Field-tested methods, the numbers behind them and the questions adjusters ask. "
                "Bring a moisture meter; there will be hands-on time at the end.",
                "A practical walk through real jobs, with photos and readings from each day of the "
                "dry-out and what the crew would change next time.",
                "Short talk, long Q&A. Slides are posted in the app after the session.",
            ]
        ),
        "speaker_head": d.pick(["Speaker", "Presented by"]),
        "initials": initials,
        "speaker": speaker,
        "speaker_role": d.role(),
        "rating_head": "Your rating",
        "rating_text": d.pick(["Submitted", "Thanks for your feedback", "Evaluation complete"]),
        "stars": "★" * stars + "☆" * (5 - stars),
        "attendee_line": d.pick(["Attendee: ", "Credit recorded for ", "Badge holder: "]) + name,
        "btn1": d.pick(["Download certificate", "View certificate (PDF)", "Email my certificate"]),
        "btn2": d.pick(["Add to calendar", "Session handouts", "Ask a question"]),
        "url": d.pick(["", "Printed from Photos", "screenshot — session credit"]),
    }
