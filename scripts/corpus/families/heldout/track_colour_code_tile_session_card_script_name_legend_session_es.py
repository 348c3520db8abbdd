"""A half-sheet session attendance card handed out at the door of an
education session at a trade show, colour-coded by track as the show's
programme is: a tall coloured tile on the left with the track name in
letter-spaced capitals and the session code in very large condensed
figures; on the right the show's name in small caps with its city, a
heading, "this certifies that", the attendee's name in a script face, the
session title in a bold serif, the speaker and their role, a row of four
labelled cells (date, time, room, credit), the education chair's
signature, and along the foot a legend of all the show's tracks as
colour chips with the current one outlined."""

SOURCE = (
    "jonddon/Konverge_Media:resources/views/emails/pdf.blade.php (attendance certificate PDF: "
    "centred headings, attendee name in Dancing Script, certificate fields); track colour "
    "coding as in conference schedule tools (a track is a topic with its own colour, not a "
    "room); wording: the session CE credit value printed on session certificates "
    "(https://support.pheedloop.com/article/643-configuring-ce-continuing-education-credit-"
    "tracking)"
)
KIND = "session"
PAPER = "half-letter"
CATEGORIES = (
    "landscape",
    "script-name",
    "sentence",
    "labelled",
    "distractor-person",
    "provider-in-logo",
    "track",
    "letter-spaced",
)

TEMPLATE = """<style>
.cd { position:absolute; inset:0; background:#fff; font-family:${sans}; color:#1b1b1b }
.tile { position:absolute; left:0; top:0; bottom:0; width:${tile_w}px; background:${track_color}; color:#fff; text-align:center }
.tile .tn { position:absolute; left:0; right:0; top:${tn_top}px; font: bold ${tn_px}px ${sans}; letter-spacing:3px; text-transform:uppercase; padding:0 10px; line-height:1.3 }
.tile .cd2 { position:absolute; left:0; right:0; top:50%; margin-top:-${code_half}px; font: bold ${code_px}px ${cond}; line-height:1; letter-spacing:-1px }
.tile .lbl { position:absolute; left:0; right:0; bottom:${lbl_bottom}px; font: 9px ${sans}; letter-spacing:2px; text-transform:uppercase; opacity:.85 }
.main { position:absolute; left:${main_left}px; right:${pad}px; top:${pad}px; bottom:${foot_h}px }
.top { display:flex; justify-content:space-between; align-items:baseline; border-bottom:1px solid #ccc; padding-bottom:5px }
.top .ev { font: bold ${ev_px}px ${sans}; letter-spacing:1.5px; text-transform:uppercase; color:${track_color} }
.top .ct { font-size:${small_px}px; color:#666 }
.hd { font: ${hd_px}px ${display}; margin-top:${gap}px; color:#222 }
.tx { font: italic ${small_px}px ${serif}; color:#555; margin-top:${gap_s}px }
.nm { font: ${nm_px}px ${script}; color:#1b1b1b; line-height:1.15; margin-top:2px; white-space:nowrap }
.ttl { font: bold ${tt_px}px ${serif}; line-height:1.2; margin-top:${gap_s}px }
.sp { font-size:${small_px}px; color:#444; margin-top:3px }
.cells { display:flex; margin-top:${gap}px; border-top:1px solid #ddd; border-bottom:1px solid #ddd }
.cells div { flex:1; padding:8px 8px; font-size:${cell_px}px; border-left:1px solid #ddd; white-space:nowrap }
.cells div:first-child { border-left:0; padding-left:0 }
.cells span { display:block; font-size:8.5px; letter-spacing:1.2px; text-transform:uppercase; color:#777 }
.cells b { font-weight:600 }
.nt { margin-top:14px; width:56%; font-size:11px; line-height:15px; color:#666 }
.sig { position:absolute; right:0; bottom:4px; text-align:center; font-size:${sig_px}px; color:#555; width:${sig_w}px }
.sig div { white-space:nowrap; border-bottom:1px solid #444; font: ${sig_font_px}px ${hand}; color:#22306b; line-height:1.3 }
.leg { position:absolute; left:${main_left}px; right:${pad}px; bottom:${leg_bottom}px; display:flex; gap:6px; flex-wrap:nowrap; font-size:${leg_px}px; color:#555 }
.leg span { display:flex; align-items:center; gap:4px; padding:2px 6px 2px 2px; border:1px solid transparent; border-radius:10px; white-space:nowrap }
.leg span.on { border-color:#333; color:#111; font-weight:bold }
.leg i { display:inline-block; width:10px; height:10px; border-radius:50% }
</style>
<div class="cd">
 <div class="tile"><div class="tn">${track_name}</div><div class="cd2">${code}</div><div class="lbl">${code_label}</div></div>
 <div class="main">
  <div class="top"><span class="ev">${event}</span><span class="ct">${city}</span></div>
  <div class="hd">${heading}</div>
  <div class="tx">${certifies}</div>
  <div class="nm">${name}</div>
  <div class="tx">${attended}</div>
  <div class="ttl">${title}</div>
  <div class="sp">${speaker_line}</div>
  <div class="cells"><div><span>Date</span><b>${date}</b></div><div><span>Time</span>${time}</div><div><span>${room_label}</span>${room}</div><div><span>${credit_label}</span><b>${hours}</b></div></div>
  <div class="nt">${note}</div>
  <div class="sig"><div>${chair}</div>${chair_role}</div>
 </div>
 <div class="leg">${legend_html}</div>
</div>
"""

TRACKS = [
    ("Water", "W", "#1e6091"),
    ("Fire & Smoke", "F", "#b23a2a"),
    ("Mold & IAQ", "M", "#2d6a4f"),
    ("Business", "B", "#6a4c93"),
    ("Cleaning", "C", "#b8860b"),
    ("Safety", "S", "#444444"),
]


def _full_script(d) -> str:
    """The drawn script face, unless it lacks most letters (then a full one)."""
    face = d.fonts["script"]
    return face if "TypoScript" not in face else "'Dancing Script', cursive"


def fill(d):
    import html

    r = d.rng
    track, letter, color = d.pick(TRACKS)
    code = f"{letter}-{r.randrange(101, 399)}"
    start = d.pick([8 * 60, 9 * 60 + 30, 10 * 60 + 30, 13 * 60, 14 * 60 + 30, 16 * 60])
    stop = start + int(d.credit * 60)

    def clock(m):
        h, mm = divmod(m, 60)
        return f"{(h - 1) % 12 + 1}:{mm:02d}"

    ampm = "AM" if stop < 12 * 60 else "PM"
    legend = "".join(
        f'<span class="{"on" if t == track else ""}"><i style="background:{c}"></i>{html.escape(t)}</span>'
        for t, _, c in TRACKS
    )
    name = d.name(d.pick(["plain", "plain", "plain", "honorific"]))
    long_name = len(name) > 24
    tile_w = d.pick([170, 190, 206])
    return {
        "track_color": color,
        "track_name": d.pick([f"{track} Track", track, f"{track} · Track {letter}"]),
        "code": code,
        "code_label": d.pick(["Session code", "Session", "Code"]),
        "event": d.provider(),
        "city": d.city(),
        "heading": d.pick(
            [
                "Certificate of Session Attendance",
                "Session Attendance",
                "Verification of Attendance",
            ]
        ),
        "certifies": d.pick(["This certifies that", "This is to verify that", "Presented to"]),
        "name": name,
        "attended": d.pick(
            ["attended the education session", "was present for the full session", "attended"]
        ),
        "title": d.title("plain"),
        "speaker_line": f"{d.pick(['Presented by', 'Speaker:', 'with'])} {d.person()}, {d.role()}",
        "date": d.date(d.pick(["short_month", "long", "us_numeric", "dd_mon_yyyy"])),
        "time": f"{clock(start)}–{clock(stop)} {ampm}",
        "room_label": d.pick(["Room", "Location"]),
        "room": d.pick(["204B", "Ballroom C", "118", "Salon F", "Theater 2"]),
        "credit_label": d.pick(["Credit", "CECs", "IICRC CEC"]),
        "hours": d.hours(d.pick(["cecs", "cec_hours", "hrs"])),
        "chair": d.person(),
        "chair_role": d.pick(["Education Chair", "Director of Education", "CE Coordinator"]),
        "legend_html": legend,
        "script": _full_script(d),
        "note": d.pick(
            [
                "Attendance verified by badge scan at entry and exit. Keep this card for your records; "
                "credit is reported to the IICRC by the show.",
                "Credit is given only for the full session. Submit your renewal with this card "
                "attached if your record does not show the session.",
                "Retain for five years. Duplicate cards are not issued after the show.",
            ]
        ),
        "nm_px": 36 if long_name else 46,
        "tile_w": tile_w,
        "tn_top": 26,
        "tn_px": 12,
        "code_half": 36,
        "code_px": d.pick([56, 64, 72]),
        "lbl_bottom": 24,
        "main_left": tile_w + 28,
        "pad": 26,
        "foot_h": 58,
        "ev_px": 11.5,
        "small_px": 13,
        "hd_px": d.pick([26, 28]),
        "gap": 18,
        "gap_s": 10,
        "tt_px": 23,
        "cell_px": 14,
        "sig_px": 10,
        "sig_w": 230,
        "sig_font_px": 18,
        "leg_bottom": 18,
        "leg_px": 10,
    }
