"""A half-sheet landscape certificate of attendance for one education session
at a show, issued by the CE desk only after the codes announced during the
session were checked: the show's name as a bold wordmark with its own
dates and venue at the right, an opening line with the attendee's name set
in a script face, then on the left labelled rows (session, session number,
speaker, date, scheduled time and length, room, member number) and on the
right a boxed verification panel: a small table of the codes announced
during the session with the code the attendee recorded and a tick, check
boxes for full or partial attendance with the minutes attended, and the
hours earned for the time in the room. A signature of the CE coordinator,
the issue date and a line of fine print on partial credit close it."""

SOURCE = (
    "https://www.nycourts.gov/attorneys/cle/attendanceverification_info.shtml (codes spoken "
    "or shown during a session, at least one every 50 minutes, checked before a certificate of "
    "attendance is issued) and https://www.americanbar.org/events-cle/mcle/your-cle-request/ "
    "(full or partial attendance, partial entered as the number of minutes attended)"
)
KIND = "session"
PAPER = "half-letter"
CATEGORIES = (
    "landscape",
    "slip",
    "script-name",
    "labelled",
    "table",
    "time-attended",
    "distractor-person",
    "distractor-date",
)

TEMPLATE = """<style>
.w { position:absolute; inset:20px 26px 16px; font: 12px ${sans}; color:#1c1c1c }
.hd { display:flex; justify-content:space-between; align-items:flex-end; border-bottom:2px solid ${accent}; padding-bottom:5px }
.hd .ev { font: 800 21px ${cond}; color:${dark}; letter-spacing:0.5px; line-height:23px }
.hd .ev small { display:block; margin-bottom:5px; font: 10px ${sans}; letter-spacing:1.6px; color:#666; text-transform:uppercase }
.hd .sp { text-align:right; font-size:10.5px; line-height:19px; color:#333 }
h2 { font: 600 16px ${serif}; text-transform:uppercase; letter-spacing:2.5px; text-align:center; margin:14px 0 0; color:${dark} }
.op { text-align:center; font: 14px ${serif}; margin-top:6px; line-height:34px }
.op .nm { font: 27px ${script}; color:#111; padding:0 6px }
.body { display:flex; gap:18px; margin-top:12px }
.rows { flex:1.25 }
.rows div { display:flex; border-bottom:1px dotted #888; padding:6px 0 5px; line-height:16px }
.rows small { width:96px; flex:none; font-size:9.5px; text-transform:uppercase; color:#555; letter-spacing:0.3px; padding-top:2px }
.rows span { font-size:12px }
.rows b { font-size:12.5px }
.vp { flex:1; border:1.5px solid ${dark}; padding:6px 9px 7px }
.vp .t { font: bold 10px ${sans}; text-transform:uppercase; letter-spacing:0.6px; color:${dark}; margin-bottom:4px }
table { width:100%; border-collapse:collapse; font-size:11px }
th { font-size:8.5px; text-transform:uppercase; color:#555; text-align:left; border-bottom:1px solid #777; padding:2px 3px; font-weight:normal }
td { padding:4px 3px; border-bottom:1px solid #ddd } td.c { font-family:${mono} } td.k { text-align:center }
.ck { margin-top:10px; font-size:11.5px; line-height:20px }
.bx { display:inline-block; width:11px; height:11px; border:1px solid #222; margin-right:5px; vertical-align:-1px; font: bold 10px/10px ${sans}; text-align:center }
.earn { margin-top:10px; border-top:1px solid #777; padding-top:5px; display:flex; justify-content:space-between; align-items:baseline }
.earn small { font-size:9.5px; text-transform:uppercase; color:#444 } .earn b { font-size:15px }
.ft { position:absolute; left:0; right:0; bottom:0; font-size:9.5px; color:#444; line-height:14px }
.ft .r { display:flex; justify-content:space-between; align-items:flex-end }
.ft .s { width:44%; border-top:1px solid #333; padding-top:2px; position:relative; font-size:10px }
.ft .fp { margin-top:7px; border-top:1px solid #ccc; padding-top:3px; font-size:9px; white-space:nowrap; overflow:hidden }
.ft .s .h { position:absolute; top:-25px; left:6px; font: 21px ${hand}; color:#1a2a6c; white-space:nowrap }
</style>
<div class="w">
 <div class="hd"><div class="ev"><small>${desk}</small>${event}</div><div class="sp">${show_span}<br>${venue}</div></div>
 <h2>${heading}</h2>
 <div class="op">${opening} <span class="nm">${name}</span> ${opening_rest}</div>
 <div class="body">
  <div class="rows">
   <div><small>${title_label}</small><b>${title}</b></div>
   <div><small>${no_label}</small><span>${session_no}</span></div>
   <div><small>${speaker_label}</small><span>${speaker}</span></div>
   <div><small>Date</small><span>${date}</span></div>
   <div><small>${sched_label}</small><span>${scheduled}</span></div>
   <div><small>Room</small><span>${room}</span></div>
   <div><small>${member_label}</small><span>${member}</span></div>
  </div>
  <div class="vp">
   <div class="t">${panel_label}</div>
   <table><tr><th>${seg_label}</th><th>${ann_label}</th><th>${rec_label}</th><th></th></tr>${codes_html}</table>
   <div class="ck"><span class="bx">${full_mark}</span>${full_label}<br><span class="bx">${part_mark}</span>${part_label} ${minutes}</div>
   <div class="earn"><small>${earn_label}</small><b>${hours}</b></div>
  </div>
 </div>
 <div class="ft"><div class="r"><div>${issued_label} ${issued}</div>
  <div class="s"><span class="h">${signer}</span>${signer}, ${role}</div></div>
  <div class="fp">${fine}</div></div>
</div>
"""


def _clock(minutes: int) -> str:
    h, m = divmod(minutes, 60)
    return f"{(h - 1) % 12 + 1}:{m:02d} {'a.m.' if h < 12 else 'p.m.'}"


def fill(d):
    from datetime import timedelta

    from corpus.formats import fmt_range

    r = d.rng
    credited = round(d.credit * 60)
    partial = d.chance(0.5)
    scheduled = credited + (d.pick([15, 30, 30, 45]) if partial else 0)
    start = d.pick([8 * 60, 9 * 60 + 30, 10 * 60 + 45, 13 * 60 + 15, 14 * 60 + 30, 15 * 60 + 45])
    segments = max(1, -(-scheduled // 50))
    word = d.pick(["Code", "Segment"])
    codes = []
    for i in range(segments):
        code = f"{r.randrange(100, 999)}"
        missed = partial and segments > 1 and i == segments - 1
        at = min(scheduled - 5, (i + 1) * 50 - r.randrange(5, 11))
        recorded = "—" if missed else code
        codes.append(
            f"<tr><td>{word} {i + 1} · {at} min</td>"
            f"<td class='c'>{code}</td><td class='c'>{recorded}</td>"
            f"<td class='k'>{'' if missed else '✓'}</td></tr>"
        )
    before, after = d.pick([(0, 2), (1, 1), (2, 0), (1, 2), (2, 1)])
    show = fmt_range(d.completed - timedelta(days=before), d.completed + timedelta(days=after), r)
    opening, opening_rest = d.pick(
        [
            ("This certifies that", "attended the education session below."),
            ("This certifies that", "was present for the session described."),
            ("Issued to", "for attendance at the education session below."),
        ]
    )
    return {
        "desk": d.pick(["Education · CE Desk", "Continuing Education Office", "CE Verification"]),
        "event": d.provider("upper"),
        "show_span": show,
        "venue": d.venue(),
        "heading": d.pick(["Certificate of Attendance", "Session Attendance Certificate"]),
        "opening": opening,
        "name": d.name(d.pick(["plain", "plain", "plain", "honorific"])),
        "opening_rest": opening_rest,
        "title_label": d.pick(["Session", "Session title", "Course"]),
        "title": d.title("plain"),
        "no_label": d.pick(["Session no.", "Session code", "Track / no."]),
        "session_no": d.pick(
            [f"{d.pick('ABCDEF')}{r.randrange(10, 60)}", f"ED-{r.randrange(100, 399)}"]
        ),
        "speaker_label": d.pick(["Speaker", "Presenter", "Instructor"]),
        "speaker": d.person(),
        "date": d.date(d.pick(["long", "weekday", "us_numeric", "short_month", "ordinal"])),
        "sched_label": d.pick(["Scheduled", "Session time"]),
        "scheduled": f"{_clock(start)} – {_clock(start + scheduled)} ({scheduled} min)",
        "room": d.pick(
            [f"Room {r.randrange(101, 399)}{d.pick(['', 'A', 'B', 'C'])}", f"Hall {d.pick('ABCD')}"]
        ),
        "member_label": d.pick(["Member no.", "Registration ID", "Badge ID"]),
        "member": f"{r.randrange(100000, 999999)}",
        "panel_label": d.pick(["Attendance verification", "Verified by session codes"]),
        "seg_label": d.pick(["Announced", "Shown at"]),
        "ann_label": "Code",
        "rec_label": d.pick(["Recorded", "Your entry"]),
        "codes_html": "".join(codes),
        "full_mark": "" if partial else "X",
        "part_mark": "X" if partial else "",
        "full_label": d.pick(["Full session", "Attended entire session"]),
        "part_label": d.pick(["Partial — minutes attended:", "Partial attendance, minutes:"]),
        "minutes": f"{credited}" if partial else "____",
        "earn_label": d.pick(["CE hours earned", "Credit for time attended", "Hours awarded"]),
        "hours": d.hours(d.pick(["hours_title", "cec_hours", "hrs", "cecs"])),
        "fine": d.pick(
            [
                "Credit is given only for the time attended, as shown by the codes recorded "
                "and the minutes entered at the CE desk.",
                "Issued after the recorded codes were matched with those announced in the room; "
                "partial attendance earns credit for the minutes attended only.",
            ]
        ),
        "issued_label": d.pick(["Issued", "Certificate issued"]),
        "issued": d.other_date("issue", d.pick(["us_numeric", "short_month"])),
        "signer": d.person(),
        "role": d.pick(["CE Coordinator", "Education Manager", "Director of Education"]),
    }
