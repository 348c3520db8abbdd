"""Not a certificate: the receipt a presenter gets at a trade show's
speaker ready room after handing in the slides for an education session.
A dark band with "Speaker Ready Room" and the show's name in light text,
then two columns of labelled fields: the presenter, the session title and
code, the day, time, room, the file name and the time it was uploaded, the
CE credit the session carries for attendees, tick boxes for the checks
made (slides reviewed, video tested, fonts), AV notes, the technician's
initials, and a perforated claim stub on the right with a big number.
It names a person, a session, a date and a CEC figure, but it is the
speaker's receipt for a file, not credit for anyone."""

SOURCE = (
    "wording: speaker ready room procedures at conferences (check in, upload and review "
    "slides, session code, date/time, venue, operator notes), as described at "
    "https://eventpresenter.app.itcarer.com/upload-presentation and "
    "https://annualsession.aaoinfo.org/education/for-speakers"
)
KIND = "other"
PAPER = "slip"
CATEGORIES = (
    "other",
    "landscape",
    "slip",
    "labelled",
    "dark-band",
    "checkboxes",
    "distractor-person",
    "distractor-date",
    "handwriting",
)

TEMPLATE = """<style>
.sl { position:absolute; inset:0; background:${paper}; font-family:${sans}; color:#1b1b1b }
.band { position:absolute; left:0; top:0; right:${stub_w}px; height:58px; background:${dark}; color:#fff; padding:10px 20px 0 }
.band .k { font: bold 17px ${cond}; letter-spacing:3px; text-transform:uppercase }
.band .e { font-size:11.5px; opacity:.88; margin-top:2px; white-space:nowrap }
.grid { position:absolute; left:20px; right:${grid_right}px; top:70px; display:grid; grid-template-columns: 1fr 1fr; column-gap:22px; row-gap:6px }
.f { border-bottom:1px solid #bbb; padding:2px 0 3px; min-width:0 }
.f span { display:block; font-size:8.5px; letter-spacing:.8px; text-transform:uppercase; color:#666 }
.f div { font-size:${v_px}px; line-height:1.25; overflow:hidden; text-overflow:ellipsis; white-space:nowrap }
.f.w { grid-column: span 2 } .f.w div { white-space:normal }
.f .mono { font: ${mono_px}px ${mono} }
.bot { position:absolute; left:20px; right:${grid_right}px; bottom:${ck_bottom}px; display:flex; justify-content:space-between; align-items:flex-end; gap:14px }
.ck { font-size:${ck_px}px; line-height:1.8 }
.ck b { display:inline-block; width:12px; height:12px; border:1px solid #333; vertical-align:-2px; margin:0 5px 0 0; font: 16px ${hand};
  color:#1b2f6b; line-height:10px; text-align:center; background:#fff }
.ck span { margin-right:12px; white-space:nowrap }
.tech { flex:none; font-size:9.5px; color:#555; text-align:center; width:110px }
.tech div { border-bottom:1px solid #555; font: 22px ${hand}; color:#1b2f6b; line-height:26px }
.stub { position:absolute; right:0; top:0; bottom:0; width:${stub_w}px; border-left:2px dashed #888; background:${stub_bg}; text-align:center; padding-top:16px }
.stub .k { font: bold 9px ${sans}; letter-spacing:2px; text-transform:uppercase; color:#555 }
.stub .n { font: bold ${num_px}px ${cond}; color:${dark}; margin-top:6px; line-height:1 }
.stub .s { font-size:10px; color:#333; margin-top:8px; padding:0 8px; line-height:14px }
.stub .h { position:absolute; left:0; right:0; bottom:14px; font-size:8.5px; color:#666; padding:0 8px }
</style>
<div class="sl">
 <div class="band"><div class="k">${band_title}</div><div class="e">${event} · ${venue}</div></div>
 <div class="grid">
  <div class="f"><span>Presenter</span><div>${speaker}</div></div>
  <div class="f"><span>${code_label}</span><div>${code}</div></div>
  <div class="f w"><span>Session title</span><div>${session}</div></div>
  <div class="f"><span>Presentation date</span><div>${day}</div></div>
  <div class="f"><span>Time · Room</span><div>${time} · ${room}</div></div>
  <div class="f"><span>File</span><div class="mono">${file}</div></div>
  <div class="f"><span>Received</span><div>${received}</div></div>
  <div class="f"><span>${credit_label}</span><div>${credit}</div></div>
  <div class="f"><span>AV notes</span><div>${av}</div></div>
 </div>
 <div class="bot"><div class="ck">${checks_html}</div><div class="tech"><div>${tech}</div>Technician</div></div>
 <div class="stub"><div class="k">${stub_title}</div><div class="n">${claim}</div><div class="s">${stub_text}</div><div class="h">${stub_foot}</div></div>
</div>
"""

ROOMS = ["Room 204B", "Learning Theater 1", "Ballroom C", "Room 118", "Salon F", "Hall E Stage"]
CHECKS = [
    "Slides reviewed",
    "Video plays",
    "Fonts OK",
    "16:9",
    "Mac → PC converted",
    "Backup on USB",
    "Disclosure slide",
]


def fill(d):
    from datetime import timedelta

    from corpus import values as V
    from corpus.formats import fmt_date

    r = d.rng
    day = d.completed + timedelta(days=r.randint(-1, 1))
    start = d.pick([8 * 60, 9 * 60 + 30, 10 * 60 + 30, 13 * 60, 14 * 60 + 30])
    length = d.pick([30, 60, 60, 90, 120])

    def clock(m):
        h, mm = divmod(m, 60)
        return f"{(h - 1) % 12 + 1}:{mm:02d} {'AM' if h < 12 else 'PM'}"

    speaker = d.person()
    surname = "".join(c for c in speaker.split()[-1] if c.isascii() and c.isalnum()) or "Speaker"
    code = f"{d.pick(['W', 'F', 'M', 'B', 'T'])}{r.randrange(100, 399)}"
    done = set(r.sample(CHECKS, r.randrange(2, 5)))
    checks = "".join(
        f"<span><b>{'✓' if c in done else ''}</b>{c}</span>" for c in r.sample(CHECKS, 5)
    )
    upload_day = day - timedelta(days=d.pick([0, 0, 1]))
    tech = d.person().split()
    credit_value = d.pick(["0.5", "1", "1.5", "2", "3"])
    return {
        "paper": d.pick(["#ffffff", "#fdfbf3", "#f6fafd"]),
        "stub_bg": d.pick(["#f3f1ea", "#eef2f6", "#f6efe6"]),
        "dark": d.pick(["#1f3a5f", "#23395d", "#2f2f2f", "#4a1c40", "#0b3d2e"]),
        "stub_w": 128,
        "grid_right": 148,
        "v_px": 12.5,
        "mono_px": 10.5,
        "ck_px": 10,
        "ck_bottom": 12,
        "num_px": 40,
        "band_title": d.pick(
            ["Speaker Ready Room", "Speaker Ready Room · Receipt", "Presenter Check-In"]
        ),
        "event": f"{d.pick(V.EVENTS)} {day.year}",
        "venue": d.venue(),
        "speaker": speaker,
        "code_label": d.pick(["Session code", "Session ID"]),
        "code": code,
        "session": d.pick(V.SESSIONS),
        "day": fmt_date(day, d.pick(["weekday", "short_month", "us_numeric"])),
        "time": f"{clock(start)}–{clock(start + length)}",
        "room": d.pick(ROOMS),
        "file": f"{code}_{surname}_{d.pick(['final', 'v3', 'FINAL2'])}.pptx",
        "received": f"{fmt_date(upload_day, 'us_short')} {clock(start - d.pick([60, 120, 180, 240]))}",
        "credit_label": d.pick(["CE credit (attendees)", "Attendee CECs", "Session credit value"]),
        "credit": d.pick([f"{credit_value} CEC", f"{credit_value} IICRC CECs", "Pending approval"]),
        "av": d.pick(
            [
                "Lavalier mic, clicker",
                "Handheld mic · no audio in slides",
                "Two screens, confidence monitor",
            ]
        ),
        "checks_html": checks,
        "tech": tech[0][0] + tech[-1][0],
        "stub_title": d.pick(["Claim no.", "Receipt", "Upload #"]),
        "claim": f"{r.randrange(100, 999)}",
        "stub_text": d.pick(
            [
                "Arrive at your room 15 minutes before the session. Do not bring a laptop to the room.",
                "Keep this stub. Changes to slides must be made here, not in the session room.",
            ]
        ),
        "stub_foot": d.pick(["Speaker copy", "Presenter copy", "Not valid for CE credit"]),
    }
