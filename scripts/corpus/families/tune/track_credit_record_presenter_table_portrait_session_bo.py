"""A portrait record a trade show's education office issues when an attendee
has sat through every session of one education track or workshop series,
credited as a whole rather than session by session: the show's roundel mark
with its initials, the show's name and year, the education programme's venue
and the days the show ran at the top left, the office and web address at the
top right, over a coloured rule; under it the record's heading in spaced
capitals with its number at the right. A labelled block gives the attendee,
the company, the certification number and the badge number. The track's name
is printed once, large, in a tinted box under a small caption. One short
sentence says credit is given for the track as a whole. A table lists the
track's sessions (the day, the start time, the session title, the presenter
with a credential or a moderator's note, and the length), then a bold closing
row with the credit for the whole track. Below, the education chair's ink
signature with printed name and role and the issue date, a ruled box of
three notes on how the credit is reported, and a line of small print about
single sessions earning no credit."""

SOURCE = (
    "CPM Professional Learning, 'Certificates of Completion' (support.cpm.org: one certificate "
    "issued for a set of sessions of a named series, e.g. virtual sessions 1-6, showing the "
    "hours completed); Oregon trainer guidebook, 'Reducing Hours on the Training Session "
    "Certificate' (series not attended in their entirety earn no certificate); RIA and "
    "Experience-show education tracks (technical, restoration, business tracks of several "
    "presenter-led sessions)"
)
KIND = "session"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "portrait",
    "table",
    "labelled",
    "record",
    "date-range",
    "distractor-person",
    "provider-in-logo",
    "distractor-date",
)

TEMPLATE = """<style>
.w { position:absolute; inset:50px 58px 44px; font: 13px ${sans}; color:#1c1c1c }
.hd { display:flex; justify-content:space-between; align-items:flex-start; gap:18px; padding-bottom:12px;
  border-bottom:3px solid ${accent} }
.lg { display:flex; gap:13px; align-items:center; min-width:0 }
.rd { width:58px; height:58px; flex:none; border-radius:50%; background:${dark}; color:#fff;
  border:3px solid ${accent}; font: bold 17px ${display}; display:flex; align-items:center; justify-content:center;
  letter-spacing:1px }
.lg .ev { font: bold ${ev_px}px ${display}; color:${dark}; line-height:1.15; white-space:nowrap }
.lg .sub { font-size:11px; color:#555; margin-top:3px; line-height:15px }
.hd .ct { text-align:right; flex:none; font-size:10.5px; color:#555; line-height:15px }
.dr { display:flex; justify-content:space-between; align-items:baseline; margin-top:14px; font-size:11px; color:#444 }
.dr b { font: bold 17px ${sans}; color:#111; text-transform:uppercase; letter-spacing:1.2px }
.who { display:grid; grid-template-columns:118px 1fr 112px 1fr; row-gap:8px; column-gap:8px; margin:16px 0 18px }
.who span { color:#666; font-size:10.5px; text-transform:uppercase; letter-spacing:.5px; padding-top:2px }
.who b { font-size:14px }
.tk { background:${light}; border-left:6px solid ${dark}; padding:10px 16px 12px; margin-bottom:12px }
.tk span { display:block; font-size:10.5px; color:#555; text-transform:uppercase; letter-spacing:1px }
.tk div { font: bold ${tk_px}px ${display}; color:${dark}; margin-top:3px; line-height:1.2 }
.intro { font-size:12.5px; line-height:18px; margin-bottom:12px; color:#333 }
table { width:100%; border-collapse:collapse; font-size:12px }
th { text-align:left; font-size:10px; text-transform:uppercase; letter-spacing:.5px; color:#333;
  border-bottom:2px solid ${dark}; padding:5px 6px }
td { padding:9px 6px; border-bottom:1px solid #d4d4d4; vertical-align:top; line-height:15px }
td.n, th.n { text-align:right; white-space:nowrap } td.t { white-space:nowrap }
td i { color:#444 }
tr.tot td { border-top:2px solid #222; border-bottom:none; font-weight:bold; font-size:13px; padding-top:9px }
.sg { display:flex; justify-content:space-between; align-items:flex-end; margin-top:34px }
.sg .s { width:270px; font-size:12px; line-height:17px }
.sg .h { font: 28px ${handf}; color:#1f2f6e; border-bottom:1px solid #333; height:38px; line-height:44px }
.sg .d { font-size:12px; text-align:right; line-height:17px }
.nt { margin-top:30px; border:1px solid #cfcfcf; padding:10px 16px 8px; font-size:11.5px; line-height:17px; color:#333 }
.nt b { display:block; font-size:10.5px; text-transform:uppercase; letter-spacing:.8px; color:${dark}; margin-bottom:3px }
.nt ul { margin:0; padding-left:18px }
.fp { position:absolute; left:0; right:0; bottom:0; font-size:9px; color:#777; border-top:1px solid #ccc;
  padding-top:5px; line-height:13px }
</style>
<div class="w">
 <div class="hd">
  <div class="lg"><div class="rd">${initials}</div><div><div class="ev">${event}</div>
   <div class="sub">${programme} &middot; ${venue}<br>${span}</div></div></div>
  <div class="ct">${office}<br>${web}</div>
 </div>
 <div class="dr"><b>${doc_title}</b><span>${ref_label} ${ref}</span></div>
 <div class="who">
  <span>${name_label}</span><b>${name}</b><span>Company</span><div>${company}</div>
  <span>${cert_label}</span><div>${cert}</div><span>Badge no.</span><div>${badge}</div>
 </div>
 <div class="tk"><span>${track_caption}</span><div>${track}</div></div>
 <div class="intro">${intro}</div>
 <table>
  <tr><th style="width:13%">Day</th><th style="width:12%">Time</th><th>Session</th><th style="width:27%">Presenter</th>
   <th class="n" style="width:9%">Length</th></tr>
  ${rows_html}
  <tr class="tot"><td colspan="4">${total_label}</td><td class="n">${total}</td></tr>
 </table>
 <div class="sg">
  <div class="s"><div class="h">${signer}</div>${signer}<br>${signer_role}</div>
  <div class="d">${issued_label} ${issued}</div>
 </div>
 <div class="nt"><b>${note_head}</b><ul>${notes_html}</ul></div>
 <div class="fp">${fine}</div>
</div>
"""

TRACKS = [
    "Water Restoration Technical Track",
    "Mold & Indoor Air Quality Series",
    "Fire Restoration Workshop Series",
    "Structural Drying Deep-Dive Track",
    "Contents & Pack-Out Workshop Series",
    "Carpet & Textile Care Education Track",
    "Restoration Business Leadership Track",
    "Field Technician Skills Series",
]
COMPANIES = [
    "Cornerstone Water Removal",
    "Big Sky Restoration Services",
    "ProDry Emergency Response",
    "Lone Pine Carpet & Tile",
    "All-Phase Fire & Flood",
    "Riverbend Cleaning Co.",
]
NOTES = [
    "Credit for this track is reported to the certifying body under the number above.",
    "A session missed in whole or in part voids the credit for the complete track.",
    "Presenters' handouts stay on the show's education page for ninety days.",
    "This record replaces the individual session slips; slips handed in are not returned.",
    "Corrections to the attendee's name or number must reach the education office in writing.",
]
CREDENTIALS = ["", "", ", CR", ", CIEC", ", WLS", ", MSc", ", PE", ", CMH"]


def _clock(minutes: int, style: str) -> str:
    h, m = divmod(minutes, 60)
    if style == "24h":
        return f"{h:02d}:{m:02d}"
    h12 = (h - 1) % 12 + 1
    return f"{h12}:{m:02d} {'AM' if h < 12 else 'PM'}" if style == "ampm" else f"{h12}:{m:02d}"


def fill(d):
    import html
    from datetime import timedelta

    from corpus import values as V
    from corpus.formats import MONTHS, WEEKDAYS

    r = d.rng
    days = d.pick([1, 1, 2, 2])
    first = d.completed - timedelta(days=days)
    n = d.pick([3, 4, 4, 5])
    length = d.pick([60, 60, 90])
    # The track is credited as a whole: its sessions' time together, in hours.
    d.credit = n * length / 60
    titles = r.sample(V.SESSIONS, n)
    day_of = sorted(r.randrange(0, days + 1) for _ in range(n - 1)) + [days]
    slots = [8 * 60, 9 * 60 + 30, 11 * 60, 13 * 60 + 30, 15 * 60]
    clock = d.pick(["ampm", "ampm", "24h"])
    day_style = d.pick(["wkd", "mon", "num"])
    taken: dict[int, list[int]] = {}
    rows = []
    for title, di in zip(titles, day_of, strict=True):
        used = taken.setdefault(di, [])
        begin = d.pick([s for s in slots if s not in used] or slots)
        used.append(begin)
        rows.append((di, begin, title))
    rows.sort()
    out = []
    for di, begin, title in rows:
        day = first + timedelta(days=di)
        if day_style == "wkd":
            shown = f"{WEEKDAYS[day.weekday()][:3]} {MONTHS[day.month - 1][:3]} {day.day}"
        elif day_style == "mon":
            shown = f"{MONTHS[day.month - 1][:3]}. {day.day}"
        else:
            shown = f"{day.month}/{day.day}"
        if "Panel" in title:
            who = f"{html.escape(d.person())} <i>(moderator)</i>"
        else:
            who = html.escape(d.person() + d.pick(CREDENTIALS))
        out.append(
            f"<tr><td>{html.escape(shown)}</td><td class=t>{_clock(begin, clock)}</td>"
            f"<td>{html.escape(title)}</td><td>{who}</td><td class=n>{length} min</td></tr>"
        )

    event = d.provider(d.pick([None, None, "upper"]))
    words = [w for w in d.org_alt.replace("&", "").split() if w[:1].isupper()]
    span = d.date_range(days)
    name = d.name(d.pick(["plain", "plain", "upper", "last_first"]))
    track = d.set_title(d.pick(TRACKS))
    total = d.hours(d.pick(["cec_hours", "cecs", "hours_title", "iicrc_cec"]))
    signer = d.person()
    return {
        "handf": d.fonts["hand"].replace(", cursive", ", 'Dancing Script', cursive"),
        "ev_px": 17 if len(event) > 30 else 19,
        "tk_px": d.pick([21, 23, 25]),
        "initials": "".join(w[0] for w in words)[:3],
        "event": event,
        "office": d.pick(["Education Office", "Show Management", "Attendee Services"]),
        "web": d.web(),
        "programme": d.pick(["Education Program", "Conference Education", "Technical Program"]),
        "venue": d.venue(),
        "span": span,
        "doc_title": d.pick(
            ["Track Completion Record", "Education Track Record", "Series Credit Record"]
        ),
        "ref_label": d.pick(["Record no.", "Ref.", "No."]),
        "ref": d.number(),
        "name_label": d.pick(["Attendee", "Participant", "Name"]),
        "name": name,
        "company": d.pick(COMPANIES),
        "cert_label": d.pick(["IICRC Reg. No.", "Certification no.", "Registrant ID"]),
        "cert": f"{r.randrange(10000, 999999)}",
        "badge": f"{r.randrange(100000, 999999)}",
        "track_caption": d.pick(
            ["Education track credited", "Workshop series completed", "Track attended in full"]
        ),
        "track": track,
        "intro": d.pick(
            [
                "Credit is granted for the track as a whole. The attendee's badge was scanned at "
                "the door of every session listed below.",
                "The sessions below make up the track named above. Room monitors recorded the "
                "attendee present for each of them, and credit is given for the complete track.",
                "This record covers the full series. Each session was verified by badge scan on "
                "entry and exit; the credit below applies to the series, not to single sessions.",
            ]
        ),
        "rows_html": "\n".join(out),
        "total_label": d.pick(
            ["Credit for the complete track", "Series credit awarded", "Total credit, whole track"]
        ),
        "total": total,
        "signer": signer,
        "signer_role": d.pick(["Education Committee Chair", "Director of Education", d.role()]),
        "issued_label": d.pick(["Issued", "Date issued:", "Record printed"]),
        "issued": d.other_date("issue", d.pick(["long", "short_month", "us_numeric"])),
        "note_head": d.pick(["About this record", "Credit reporting", "Notes"]),
        "notes_html": "".join(f"<li>{html.escape(t)}</li>" for t in r.sample(NOTES, 3)),
        "fine": d.pick(
            [
                "Single sessions from this track carry no separate credit. Keep this record with "
                "your renewal papers; the show does not reissue lost records after one year.",
                "Attendees who left a session early or missed one receive no credit for the "
                "track. Questions: contact the education office within 30 days of the show.",
            ]
        ),
    }
