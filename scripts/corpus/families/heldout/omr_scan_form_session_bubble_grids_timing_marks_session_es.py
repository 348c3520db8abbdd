"""A machine-scored session attendance form from a trade show's education
programme, filled in pencil: black timing marks down the left edge and
registration squares in the corners, the show's name and the form number,
a "use a No. 2 pencil" instruction box with right and wrong marks, the
session block pre-printed for the room (title, code, date, room, speaker,
credit value), the attendee's name printed by hand with a signature, then
bubble grids: the last name letter by letter with the letters written in
boxes above, the first initial, the badge number and the session code,
and a row of rating bubbles. A "do not write in this area" strip and a
monitor box at the foot."""

SOURCE = (
    "iansan5653/open-mcr:readme.md (open bubble-sheet design: last, first and middle name "
    "grids, student and course ID digit grids, timing marks for orientation-independent "
    "reading); wording: scan-in attendance forms used by conference CE programmes "
    "(https://csweorg-dev.azurewebsites.net/Events-Meetings/APM-Archives/2014-APM/CEs/"
    "Attendance-Tracking)"
)
KIND = "session"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "portrait",
    "form",
    "handwriting",
    "labelled",
    "table",
    "checkboxes",
    "provider-in-logo",
    "distractor-person",
)

TEMPLATE = """<style>
.pg { position:absolute; inset:0; background:${paper}; font-family:${sans}; color:${ink} }
.tm { position:absolute; left:16px; top:44px; width:16px }
.tm i { display:block; width:16px; height:5px; background:#000; margin-bottom:13px }
.rg { position:absolute; width:16px; height:16px; background:#000 }
.hd { position:absolute; left:54px; right:44px; top:34px; display:flex; justify-content:space-between; align-items:flex-end;
  border-bottom:2px solid ${ink}; padding-bottom:6px }
.hd .e { font: bold 19px ${display}; color:#111 } .hd .s { font: bold 11px ${sans}; letter-spacing:2px; text-transform:uppercase; margin-top:2px }
.hd .f { text-align:right; font-size:9.5px; line-height:13px }
.ins { position:absolute; left:54px; right:44px; top:100px; border:1px solid ${ink}; padding:5px 10px; font-size:9.5px; display:flex;
  justify-content:space-between; align-items:center; line-height:13px }
.ins .ex span { display:inline-block; width:12px; height:12px; border-radius:50%; border:1px solid ${ink}; vertical-align:-3px; margin:0 3px }
.sec { position:absolute; left:54px; font: bold 10px ${sans}; letter-spacing:1.5px; text-transform:uppercase; background:${ink}; color:${paper};
  padding:2px 8px }
.pre { position:absolute; left:54px; right:44px; top:166px; display:grid; grid-template-columns: 88px 1fr 70px 150px; border:1px solid ${ink} }
.pre div { padding:5px 7px; border-bottom:1px solid ${ink}; font-size:12.5px; color:#111; min-height:26px }
.pre div.l { font-size:9px; text-transform:uppercase; letter-spacing:.6px; color:${ink}; background:${tint} }
.pre div.t { font: bold 14px ${sans} }
.pre div.nb { border-bottom:0 }
.hw { position:absolute; left:54px; display:flex; align-items:flex-end; border-bottom:1px solid ${ink}; height:30px; gap:8px }
.hw .l { font-size:8.5px; text-transform:uppercase; color:${ink}; padding-bottom:3px; white-space:nowrap; letter-spacing:.5px }
.hw .v { font: 22px ${hand}; color:#2b2b2b; line-height:26px; white-space:nowrap }
.grids { position:absolute; left:54px; top:${grid_top}px; display:flex; gap:16px; align-items:flex-start }
.held { width:130px } .held .row { display:flex; align-items:center; gap:6px; font-size:10px; margin:0 0 4px 2px }
.held .row .bb { margin:0 }
.gb { border:1px solid ${ink}; padding:0 4px 4px }
.gb .cap { font: bold 8.5px ${sans}; letter-spacing:1px; text-align:center; padding:3px 0; border-bottom:1px solid ${ink}; margin:0 -4px 4px;
  background:${tint} }
.cols { display:flex; gap:2px }
.col { width:15px; text-align:center }
.bx { height:19px; border:1px solid ${ink}; font: 15px ${hand}; color:#2b2b2b; line-height:19px; margin-bottom:3px; background:#fff }
.bb { width:13px; height:13px; margin:0 auto 1px; border-radius:50%; border:0.8px solid ${ink}; font: 7px ${sans}; line-height:12px; color:${ink} }
.bb.on { background:#222; border-color:#222; color:#222 }
.rate { position:absolute; left:54px; right:44px; top:${rate_top}px; font-size:10.5px; color:#111 }
.rate div { display:flex; align-items:center; gap:10px; margin-top:4px }
.rate div span.q { width:330px }
.rate .bb { display:inline-block; margin:0 3px }
.mon { position:absolute; right:44px; top:${rate_top}px; width:210px; border:1.5px dashed ${ink}; padding:6px 8px; font-size:9px; line-height:15px }
.mon b { font-size:9.5px; letter-spacing:1px }
.dn { position:absolute; left:54px; right:44px; bottom:40px; height:46px; border:1px solid ${ink};
  background: repeating-linear-gradient(45deg, ${tint} 0 6px, transparent 6px 12px); display:flex; align-items:center; justify-content:space-between; padding:0 12px }
.dn span { font: bold 10px ${sans}; letter-spacing:2px; background:${paper}; padding:2px 6px }
.dn i { display:block; width:240px; height:26px; background: repeating-linear-gradient(90deg, #000 0 2px, transparent 2px 4px, #000 4px 7px, transparent 7px 9px) }
.ft { position:absolute; left:54px; right:44px; bottom:18px; font-size:8px; color:${ink}; display:flex; justify-content:space-between }
</style>
<div class="pg">
 <div class="rg" style="left:16px;top:14px"></div><div class="rg" style="right:16px;top:14px"></div>
 <div class="rg" style="left:16px;bottom:14px"></div><div class="rg" style="right:16px;bottom:14px"></div>
 <div class="tm">${marks_html}</div>
 <div class="hd"><div><div class="e">${event}</div><div class="s">${form_title}</div></div>
  <div class="f">${form_no}<br>${form_rev}</div></div>
 <div class="ins"><span>${instructions}</span><span class="ex">RIGHT <span style="background:#222"></span> WRONG <span>✓</span><span>✕</span></span></div>
 <div class="sec" style="top:146px">${sec_a}</div>
 <div class="pre">
  <div class="l">Session</div><div class="t" style="grid-column: span 3">${title}</div>
  <div class="l">Date</div><div>${date}</div><div class="l">Code</div><div>${code}</div>
  <div class="l">${room_label}</div><div>${room}</div><div class="l">${credit_label}</div><div><b>${hours}</b></div>
  <div class="l nb">Speaker</div><div class="nb" style="grid-column: span 3">${speaker}</div>
 </div>
 <div class="sec" style="top:${sec_b_top}px">${sec_b}</div>
 <div class="hw" style="top:${name_top}px;width:420px"><span class="l">${name_label}</span><span class="v">${name}</span></div>
 <div class="hw" style="top:${name_top}px;left:494px;width:278px"><span class="l">Signature</span>${scrawl_html}</div>
 <div class="sec" style="top:${sec_c_top}px">${sec_c}</div>
 <div class="grids">${grids_html}</div>
 <div class="rate">${rate_html}</div>
 <div class="mon"><b>MONITOR USE ONLY</b><br>${mon_html}</div>
 <div class="dn"><span>DO NOT WRITE IN THIS AREA</span><i></i></div>
 <div class="ft"><span>${foot_left}</span><span>${serial}</span></div>
</div>
"""

LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
CATS = ["WRT", "ASD", "AMRT", "FSRT", "OCT", "CCT", "UFT", "HST", "RRT", "CDS", "None yet"]


def _ascii_upper(text: str) -> str:
    from unicodedata import normalize

    plain = normalize("NFKD", text).encode("ascii", "ignore").decode().upper()
    return "".join(c for c in plain if c.isalpha())


def _grid(caption: str, values: str, alphabet: str, width: int) -> str:
    cols = []
    for i in range(width):
        ch = values[i] if i < len(values) else ""
        bubbles = "".join(f'<div class="bb{" on" if a == ch else ""}">{a}</div>' for a in alphabet)
        cols.append(f'<div class="col"><div class="bx">{ch}</div>{bubbles}</div>')
    return f'<div class="gb"><div class="cap">{caption}</div><div class="cols">{"".join(cols)}</div></div>'


def _scrawl(r) -> str:
    x, pts = 4, ["M4 20"]
    for _ in range(r.randrange(6, 10)):
        x += r.randrange(12, 24)
        pts.append(f"Q{x - 8} {r.randrange(0, 12)} {x} {r.randrange(14, 26)}")
    return (
        f'<svg width="{x + 8}" height="28" viewBox="0 0 {x + 8} 28"><path d="{" ".join(pts)}" '
        'fill="none" stroke="#333" stroke-width="1.5"/></svg>'
    )


def fill(d):
    r = d.rng
    last = _ascii_upper(d.last)[:12]
    first = _ascii_upper(d.first)[:1]
    badge = f"{r.randrange(100000, 999999)}"
    code_digits = f"{r.randrange(100, 999)}"
    grids = (
        _grid("LAST NAME", last, LETTERS, 12)
        + _grid("FI", first, LETTERS, 1)
        + _grid("BADGE NUMBER", badge, "0123456789", 6)
        + _grid("SESSION", code_digits, "0123456789", 3)
    )
    held = set(r.sample(CATS, r.randrange(1, 4)))
    grids += (
        '<div class="gb held"><div class="cap">CERTIFIED IN</div>'
        + "".join(
            f'<div class="row"><div class="bb{" on" if c in held else ""}"></div>{c}</div>'
            for c in CATS
        )
        + "</div>"
    )
    questions = d.rng.sample(
        [
            "The session met its stated objectives",
            "The speaker was knowledgeable",
            "The content applies to my daily work",
            "The room and audio were adequate",
            "I would recommend this session",
        ],
        3,
    )
    rate = "".join(
        f'<div><span class="q">{q}</span>'
        + "".join(f'<span class="bb{" on" if n == pick else ""}">{n}</span>' for n in "12345")
        + "</div>"
        for q, pick in ((q, r.choice("345")) for q in questions)
    )
    marks = "".join("<i></i>" for _ in range(54))
    grid_top = 408
    track = d.pick(["W", "F", "M", "B", "C"])
    return {
        "paper": d.pick(["#fffdf6", "#fbf7ec", "#ffffff"]),
        "ink": d.pick(["#b0302a", "#1d5f8a", "#2f6b3a", "#8a4b12"]),
        "tint": d.pick(["rgba(176,48,42,.08)", "rgba(29,95,138,.08)", "rgba(47,107,58,.08)"]),
        "marks_html": marks,
        "event": d.provider(),
        "form_title": d.pick(
            [
                "Session attendance scan form",
                "CE session verification · scan form",
                "Education attendance record",
            ]
        ),
        "form_no": f"Form {d.pick(['CE', 'EDU', 'SA'])}-{r.randrange(2, 40)}",
        "form_rev": d.pick(["Scannable · do not fold", "Rev. 2 · OMR", "Page 1 of 1"]),
        "instructions": d.pick(
            [
                "Use a No. 2 pencil. Fill each bubble completely. Erase cleanly. Print one letter per box.",
                "Pencil only. Darken the circle fully. Drop this form in the box at the door as you leave.",
            ]
        ),
        "sec_a": d.pick(["A · Session (printed for this room)", "A · Session information"]),
        "title": d.title("plain"),
        "date": d.date(d.pick(["long", "us_numeric", "weekday", "short_month"])),
        "code": f"{track}-{code_digits}",
        "room_label": d.pick(["Room", "Location"]),
        "room": d.pick(
            ["Room 204B", "Learning Theater 1", "Ballroom C", "Room 118", "Salon F", "Hall E Stage"]
        ),
        "credit_label": d.pick(["CEC value", "Credit", "CECs"]),
        "hours": d.hours(d.pick(["cecs", "cec_hours", "hrs", "iicrc_cec"])),
        "speaker": f"{d.person()}, {d.pick(['Lead Instructor', 'IICRC Approved Instructor', 'Technical Director', 'Consultant'])}",
        "sec_b_top": 318,
        "sec_b": "B · Attendee",
        "name_top": 340,
        "name_label": d.pick(["Print name", "Name (print)", "Attendee"]),
        "name": d.name(d.pick(["plain", "plain", "upper"])),
        "scrawl_html": _scrawl(r),
        "sec_c_top": grid_top - 22,
        "sec_c": "C · Bubble your name, badge and session",
        "grid_top": grid_top,
        "grids_html": grids,
        "rate_top": grid_top + 430,
        "rate_html": "<b style='font-size:9.5px;letter-spacing:1px'>D · RATE THIS SESSION (5 = strongly agree)</b>"
        + rate,
        "mon_html": d.pick(
            [
                "○ Arrived late &nbsp; ○ Left early<br>○ Credit withheld &nbsp; Initials ______",
                "Entry time ______ Exit time ______<br>○ Partial attendance",
            ]
        ),
        "foot_left": d.pick(
            [
                "Forms are scanned after the show; credit posts to your record within 30 days.",
                "Illegible or incomplete forms cannot be scored.",
            ]
        ),
        "serial": f"{r.randrange(1000000, 9999999)}",
    }
