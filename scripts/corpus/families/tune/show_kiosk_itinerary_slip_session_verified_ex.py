"""A slip printed at a show's education kiosk when an attendee scans out of
a session: at the left a verification panel (show, attendee, the session
just left, its room and time, the CE credit posted, the scan time), and at
the right "the rest of your day" from the attendee's saved schedule, each
session with its start time and its length in minutes or hours, marked as
saved but not attended. Only the verified session carries credit; the
lengths of the saved sessions are not credit."""

SOURCE = (
    "jeremylightsmith/agileopennorthwest:public/2011/schedule.php (day schedule table: time "
    "range and session per row); wording: show education kiosks and apps that print a "
    "scan-out confirmation with the attendee's saved itinerary"
)
KIND = "session"
PAPER = "slip"
CATEGORIES = (
    "slip",
    "landscape",
    "table",
    "labelled",
    "dark-band",
    "distractor-person",
    "barcode",
)

TEMPLATE = """<style>
.s { position:absolute; inset:0; font: 11.5px ${body}; color:#151515; display:flex }
.l { width:${left_w}px; padding:14px 16px 12px 18px; border-right:2px dashed #888; position:relative }
.band { background:${dark}; color:#fff; margin:-14px -16px 10px -18px; padding:8px 18px 7px }
.band b { display:block; font: bold 13px ${head}; letter-spacing:${band_ls}; text-transform:uppercase; white-space:nowrap; overflow:hidden }
.band span { font-size:9.5px; opacity:.9 }
.ok { display:inline-block; border:2px solid #2d6a4f; color:#2d6a4f; font: bold 10.5px ${body}; letter-spacing:1.5px; padding:1px 7px; margin-bottom:7px; text-transform:uppercase }
.kv { display:grid; grid-template-columns:66px 1fr; row-gap:4px; line-height:14px }
.kv span { color:#666; font-size:9.5px; text-transform:uppercase; letter-spacing:.4px; padding-top:1px }
.kv .t { font-weight:bold }
.cr { margin-top:8px; background:${light}; border-left:4px solid ${accent}; padding:5px 9px; font-size:11px }
.cr b { font-size:15px; display:block }
.sofar { margin-top:8px; font-size:10.5px; color:#444; line-height:14px }
.bc { position:absolute; left:18px; bottom:10px; display:flex; gap:1px; height:20px; align-items:stretch }
.bc i { background:#111 }
.bcn { position:absolute; left:18px; bottom:0; font: 8px ${mono}; color:#333 }
.r { flex:1; padding:14px 16px 10px 16px }
.r h3 { margin:0 0 2px; font: bold 12.5px ${head}; text-transform:uppercase; letter-spacing:1px }
.r .sub { font-size:9.5px; color:#666; margin-bottom:6px }
table { width:100%; border-collapse:collapse; font-size:10.5px }
th { text-align:left; font-size:8.5px; text-transform:uppercase; letter-spacing:.6px; color:#666; border-bottom:1px solid #444; padding:2px 3px }
td { padding:4px 3px; border-bottom:1px solid #ddd; vertical-align:top; line-height:12px } td.nw { white-space:nowrap } td.n { text-align:right; white-space:nowrap }
td .m { display:block; font-size:9px; color:#777 }
.fn { margin-top:6px; font-size:8.5px; color:#555; line-height:11px }
</style>
<div class="s">
 <div class="l">
  <div class="band"><b>${event}</b><span>${venue}</span></div>
  <div class="ok">${ok_word}</div>
  <div class="kv">
   <span>${who_label}</span><div class="t">${name}</div>
   <span>Session</span><div>${title}</div>
   <span>Room</span><div>${room}</div>
   <span>${when_label}</span><div>${date} · ${slot}</div>
  </div>
  <div class="cr">${credit_label}<b>${hours}</b></div>
  <div class="sofar">${sofar}</div>
  <div class="bc">${bars_html}</div>
  <div class="bcn">${scan}</div>
 </div>
 <div class="r">
  <h3>${right_head}</h3>
  <div class="sub">${right_sub}</div>
  <table><tr><th>Start</th><th>Saved session</th><th class="n">${len_head}</th></tr>${rows_html}</table>
  <div class="fn">${fine}</div>
 </div>
</div>
"""

ROOMS = ["Hall B, Room 104", "Room 211", "Ballroom C", "Theater 2", "Room 3A", "Lab Pavilion"]


def _clock(minutes):
    h, m = divmod(minutes, 60)
    return f"{(h - 1) % 12 + 1}:{m:02d} {'AM' if h < 12 else 'PM'}"


def fill(d):
    from html import escape

    from corpus import values as V

    r = d.rng
    c = d.credit
    length_min = int(max(c, 1) * 60)
    t0 = d.pick([t for t in (480, 570, 645, 780) if t + length_min <= 810 or t == 480])
    t1 = t0 + length_min
    start, end = _clock(t0), _clock(t1)
    picks = r.sample([s for s in V.SESSIONS if s != d.course], d.pick([3, 4]))
    rows = []
    t = t1 + d.pick([15, 30, 45])
    for title in picks:
        mins = d.pick([m for m in (30, 45, 60, 75, 90, 120) if m / 60 != c])
        length = d.pick([f"{mins} min", f"{mins / 60:g} hr" if mins < 120 else "2 hrs"])
        status = d.pick(["Saved", "Saved · not scanned", "Saved"])
        rows.append(
            f'<tr><td class="nw">{_clock(t)}</td><td>{escape(title)}<span class="m">{status} · '
            f'{d.pick(ROOMS)}</span></td><td class="n">{length}</td></tr>'
        )
        t += mins + d.pick([0, 15, 15, 30])
    sofar = ""
    if d.chance(0.6):
        from corpus.formats import fmt_number

        before = d.pick([1, 1.5, 2, 3, 4])
        sofar = (
            f"{d.pick(['Your CE at this show so far', 'Show total to date', 'All sessions scanned'])}: "
            f"{fmt_number(c + before, r, False)} {d.pick(['CEC', 'hours'])} "
            f"({d.pick([2, 3, 4])} sessions)"
        )
    bars = "".join(f'<i style="width:{d.pick([1, 1, 2, 3])}px"></i>' for _ in range(44))
    scan_time = _clock(t1 + r.randrange(1, 12))
    return {
        "body": d.fonts[d.pick(["sans", "cond", "mono"])],
        "head": d.fonts[d.pick(["sans", "display", "cond"])],
        "left_w": d.pick(["330", "345", "360"]),
        "band_ls": d.pick(["0.5px", "1.5px"]),
        "event": d.provider(),
        "venue": d.venue(),
        "ok_word": d.pick(["Attendance verified", "Scan-out recorded", "CE verified"]),
        "who_label": d.pick(["Attendee", "Name", "Badge"]),
        "name": d.name(d.pick(["plain", "upper"])),
        "title": d.title("plain"),
        "room": d.pick(ROOMS),
        "when_label": d.pick(["When", "Date"]),
        "date": d.date(d.pick(["short_month", "us_numeric", "weekday"])),
        "slot": f"{start}–{end}",
        "credit_label": d.pick(["CE credit posted", "Credit for this session", "CEC earned"]),
        "hours": d.hours(d.pick(["cec_hours", "cecs", "hours_title", "iicrc_cec"])),
        "bars_html": bars,
        "sofar": sofar,
        "scan": f"{d.number()} · scanned {scan_time}",
        "right_head": d.pick(["Rest of your day", "Still on your schedule", "Coming up"]),
        "right_sub": d.pick(
            [
                "From your saved itinerary. Scan in and out at each room to earn credit.",
                "Sessions you saved in the show app. Credit posts only after a scan-out.",
            ]
        ),
        "len_head": d.pick(["Length", "Runs", "Duration"]),
        "rows_html": "".join(rows),
        "fine": d.pick(
            [
                f"Exhibit hall open until {d.pick(['5:00', '5:30', '6:00'])} PM. Questions: Education desk, Lobby {d.pick(['A', 'B', 'C'])}.",
                f"Lost your slip? Your credits are in the show app under My CE. {d.web()}",
            ]
        ),
    }
