"""A trade show's session attendance card on ruled index-card stock, filled
in by hand at the door and validated by the room monitor as the attendee
leaves. A printed heading and a line under it sit above the red top rule;
below, pale blue rules with small printed captions at their left ends,
where the attendee has written their name, their certification number and
city, the session title, the speaker and the arrival and departure times
in pen; on the last ruled line the monitor has signed and written the
credit in a small box at its right end. The show is named only in a
violet rubber stamp pressed at a slight angle over the top right corner
(show, venue, education desk). Near the foot, an oval date stamp in the
same ink; a line of small print on keeping the card and a red serial
number run along the bottom edge."""

SOURCE = (
    "State rules on what an attendance record must hold (the provider, course title, "
    "location, the monitor's signature, the attendee's name and licence number, arrival and "
    "departure times: WAC 284-17-273, lawfilesext.leg.wa.gov; NASBA registry guidance on "
    "sign-in records with time in and out and a room monitor's signature, nasbaregistry.org); "
    "trade shows' CE attendance practice (tracked at the start and end of each session, "
    "csweorg 2014 APM attendance tracking page); the ruled 5 x 3 index card and rubber date "
    "stamp used for chapter-meeting and seminar sign-ins"
)
KIND = "session"
PAPER = "slip"
CATEGORIES = (
    "slip",
    "landscape",
    "labelled",
    "handwriting",
    "stamp",
    "provider-in-logo",
    "distractor-person",
    "time-attended",
)

TEMPLATE = """<style>
.cd { position:absolute; inset:0; background:${stock}; font-family:${sans}; color:#2a2a2a;
  background-image:repeating-linear-gradient(to bottom, transparent 0 ${gap_m1}px, ${rule} ${gap_m1}px ${gap}px);
  background-position:0 ${rules_top}px; background-size:100% calc(100% - ${rules_top}px); background-repeat:no-repeat }
.top { position:absolute; left:0; right:0; top:0; height:${red_y}px; background:${stock} }
.red { position:absolute; left:0; right:0; top:${red_y}px; border-top:2px solid #d9534f }
.hd { position:absolute; left:22px; top:${hd_top}px; font: bold 13px ${cond}; letter-spacing:1.6px;
  text-transform:uppercase; color:#263a5a }
.hd small { display:block; font: 9.5px ${sans}; letter-spacing:.4px; text-transform:none; color:#4a5a70;
  margin-top:7px }
.sn { position:absolute; right:22px; bottom:5px; font: bold 13px ${mono}; color:#c0392b; letter-spacing:1px;
  background:${stock} }
.stp { position:absolute; right:${stamp_r}px; top:${stamp_t}px; transform:rotate(${tilt}deg); color:${ink2};
  border:2.5px solid ${ink2}; outline:1px solid ${ink2}; outline-offset:2px; padding:2px 10px 2px;
  text-align:center; opacity:.82; font-family:${cond}; background:transparent; max-width:330px }
.stp b { display:block; font-size:${stamp_px}px; letter-spacing:.5px; line-height:23px; white-space:nowrap }
.stp span { display:block; font-size:9.5px; letter-spacing:.6px; line-height:15px; white-space:nowrap }
.row { position:absolute; left:22px; right:22px; height:${gap}px; display:flex; align-items:flex-end }
.row label { flex:none; width:${lab_w}px; font-size:8.5px; letter-spacing:.8px; text-transform:uppercase;
  color:#4a5a70; padding-bottom:4px }
.row .w { font: ${hand_px}px ${handf}; color:${ink}; line-height:${hand_px}px; padding-bottom:2px;
  white-space:nowrap; transform:rotate(${wob}deg) }
.row .sp { flex:1 }
.row .mo { color:${ink3}; font-family:${monf}; font-size:${mon_px}px; padding-left:10px }
.row label.in { width:auto; margin:0 8px 0 16px }
.row .cr { flex:none; width:64px; height:${gap}px; margin-bottom:-6px; border:1.5px solid #263a5a;
  background:${stock}; text-align:center; font: 26px ${handf}; color:${ink}; line-height:${gap}px }
.ds { position:absolute; right:${ds_r}px; bottom:24px; width:184px; height:88px; border:2px solid ${ink2};
  border-radius:50%; color:${ink2}; text-align:center; transform:rotate(${tilt2}deg); opacity:.85;
  font-family:${cond}; background:${stock} }
.ds small { display:block; font-size:9px; letter-spacing:2px; margin-top:11px; line-height:12px }
.ds b { display:block; font-size:${ds_px}px; letter-spacing:.5px; margin-top:7px; line-height:18px; white-space:nowrap }
.ds i { display:block; font-style:normal; font-size:8.5px; letter-spacing:1.5px; margin-top:7px; line-height:11px }
.fp { position:absolute; left:22px; right:140px; bottom:8px; font-size:8px; color:#4a5a70; background:${stock} }
</style>
<div class="cd">
 <div class="top"></div><div class="red"></div>
 <div class="hd">${heading}<small>${subhead}</small></div>
 <div class="sn">${serial}</div>
 <div class="stp"><b>${show}</b><span>${venue}</span><span>${desk}</span></div>
 <div class="row" style="top:${r1}px"><label>${name_label}</label><div class="w">${name}</div></div>
 <div class="row" style="top:${r2}px"><label>${reg_label}</label><div class="w">${reg}</div>
  <div class="sp"></div><label class="in">${city_label}</label><div class="w" style="width:150px">${city}</div></div>
 <div class="row" style="top:${r3}px"><label>${title_label}</label><div class="w">${title}</div></div>
 <div class="row" style="top:${r4}px"><label>${speaker_label}</label><div class="w">${speaker}</div>
  <div class="sp"></div><label class="in">In</label><div class="w" style="width:58px">${t_in}</div>
  <label class="in">Out</label><div class="w" style="width:58px">${t_out}</div></div>
 <div class="row" style="top:${r5}px"><label>${mon_label}</label><div class="w mo">${monitor}</div>
  <div class="sp"></div><label class="in">${credit_label}</label><div class="cr">${hours}</div></div>
 <div class="ds"><small>${ds_top}</small><b>${date}</b><i>${ds_bottom}</i></div>
 <div class="fp">${fine}</div>
</div>
"""

HEADINGS = [
    ("Session Attendance Card", "Continuing education \u00b7 one card per session"),
    ("CE Attendance Card", "Print clearly \u00b7 validated as you leave"),
    ("Education Session \u2013 Attendance", "For IICRC continuing education credit"),
]
FINE = [
    "Keep this card: it is your record of attendance. No certificates are mailed after the show.",
    "Cards are validated only at the end of the session. Keep the card with your CEC records.",
    "Not valid without the monitor's signature and the education desk stamp. Keep for your records.",
]


def _clock(minutes: int) -> str:
    h, m = divmod(minutes, 60)
    return f"{(h % 12) or 12}:{m:02d}"


def fill(d):
    r = d.rng
    gap = d.pick([34, 36])
    red_y = d.pick([62, 66])
    first = red_y - 1
    start = d.pick([8, 9, 10, 13, 14, 15]) * 60 + d.pick([0, 0, 15, 30])
    stay = round(max(d.credit, 0.5) * 60) + d.pick([-4, 0, 2, 5])
    t_in = _clock(start - d.pick([2, 5, 8]))
    t_out = _clock(start + stay)
    show = d.provider("upper")
    title = d.title("plain")
    speaker = d.person()
    monitor = d.person()
    date = d.date(d.pick(["long_upper", "short_month", "dd_mon_yyyy", "us_numeric"]))
    heading, subhead = d.pick(HEADINGS)
    hand_px = 21 if len(title) < 38 else 19
    return {
        "stock": d.pick(["#fdfdf7", "#fbfaf2", "#ffffff", "#f9f7ee"]),
        "rule": d.pick(["#9cc3e4", "#a9cbe8", "#8fb8dc"]),
        "ink": d.pick(["#1d2c6b", "#1a1a1a", "#123a7a"]),
        "ink2": d.pick(["#5b3d8f", "#4b3a8c", "#6a2c70", "#2b4c9a"]),
        "ink3": d.pick(["#1a1a1a", "#1d2c6b"]),
        "monf": d.pick(["'Kristi', cursive", "'Kaushan Script', cursive", "'Z003', cursive"]),
        "handf": d.fonts["hand"].replace(", cursive", ", 'Dancing Script', cursive"),
        "gap": gap,
        "gap_m1": gap - 1,
        "red_y": red_y,
        "rules_top": red_y + 1,
        "hd_top": d.pick([16, 20]),
        "r1": first,
        "r2": first + gap,
        "r3": first + 2 * gap,
        "r4": first + 3 * gap,
        "r5": first + 4 * gap,
        "mon_px": hand_px + 3,
        "stamp_px": 13 if len(show) < 28 else 11.5,
        "lab_w": d.pick([104, 112]),
        "hand_px": hand_px,
        "wob": d.pick([-0.8, -0.4, 0, 0.5]),
        "tilt": d.pick([-1.5, -1, 1, 1.5]) if len(show) < 28 else d.pick([-1, -0.6, 0.8]),
        "tilt2": d.pick([-1.5, -1, 1, 1.5]),
        "stamp_r": d.pick([22, 30, 40]),
        "stamp_t": d.pick([5, 7]),
        "ds_r": d.pick([40, 150, 260]),
        "ds_px": 15 if len(date) < 14 else 13,
        "heading": heading,
        "subhead": subhead,
        "serial": f"N\u00ba {r.randrange(1000, 99999):05d}",
        "show": show,
        "venue": d.venue(),
        "desk": d.pick(["EDUCATION DESK", "CE DESK \u00b7 HALL LOBBY", "EDUCATION OFFICE"]),
        "name_label": d.pick(["Attendee", "Name (print)", "Your name"]),
        "name": d.name(d.pick(["plain", "plain", "last_first"])),
        "reg_label": d.pick(["IICRC cert. no.", "Registrant no.", "Cert. #"]),
        "reg": f"{r.randrange(10000, 999999)}",
        "city_label": d.pick(["City / State", "Home city"]),
        "city": d.city(),
        "title_label": d.pick(["Session title", "Session", "Class attended"]),
        "title": title,
        "speaker_label": d.pick(["Speaker", "Presenter", "Instructor"]),
        "speaker": speaker,
        "t_in": t_in,
        "t_out": t_out,
        "credit_label": d.pick(["CECs", "CEC credit", "Credit hrs"]),
        "hours": d.hours_number(),
        "monitor": monitor,
        "mon_label": d.pick(["Room monitor", "Monitor signature", "Validated by"]),
        "ds_top": d.pick(["ATTENDED", "EDUCATION", "VALIDATED"]),
        "date": date,
        "ds_bottom": d.pick(["ROOM MONITOR", "CE DESK", "SESSION CREDIT"]),
        "fine": d.pick(FINE),
    }
