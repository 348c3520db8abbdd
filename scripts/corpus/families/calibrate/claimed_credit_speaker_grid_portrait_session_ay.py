"""A portrait credit certificate downloaded from a trade show's conference
app after the attendee claimed one education session: a dark band across
the top with the show's name in light type, its span of days and the venue
under it and a round emblem on the right; a small-caps heading and the
attendee's name in a script face on a rule with the badge number beside
it; then a boxed grid of labelled cells, label above value (session code
and track, the session title and the two speakers with their companies each
across the full width, the day of the session with its start and end times, the
room, the credit type and the credits awarded); a line on how attendance
was verified (badge scanned in and out, with times); a short statement of
what the certificate is for; and at the foot the education director's
signature with name and title, and the day the credit was claimed with the
certificate number."""

SOURCE = (
    "conference-app credit claiming and certificates as EventPilot documents them "
    "(https://support.ativsoftware.com/support/solutions/articles/24000091113: credit type and "
    "credits per session, certificate download after claiming), with the fields a licensing "
    "board asks a certificate of attendance to show "
    "(https://peps.ohio.gov/IndividualLicensing/ContinuingEd/AttendanceDocumentation.aspx: "
    "date, hours, location, topic, instructor) and attendance verified by badge scans on entry "
    "and exit (CSWE APM attendance tracking)"
)
KIND = "session"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "portrait",
    "dark-band",
    "script-name",
    "labelled",
    "date-range",
    "distractor-person",
    "distractor-date",
)

TEMPLATE = """<style>
.band { position:absolute; left:0; right:0; top:0; height:170px; background:${dark}; color:#f4f4f4;
  padding:40px 56px 0; font-family:${sans} }
.band .ev { font: bold ${ev_size}px ${display}; letter-spacing:.5px; max-width:560px; line-height:1.15 }
.band .sp { margin-top:10px; font-size:14px; letter-spacing:1px; color:#d9dde2 }
.emb { position:absolute; right:56px; top:38px; width:92px; height:92px; border-radius:50%;
  border:3px solid ${accent}; display:flex; align-items:center; justify-content:center; text-align:center;
  font: bold 11px ${sans}; line-height:14px; letter-spacing:1px; color:#fff }
.strip { position:absolute; left:0; right:0; top:170px; height:8px; background:${accent} }
.body { position:absolute; left:64px; right:64px; top:214px; font-family:${sans}; color:#222 }
.hd { font: 600 15px ${sans}; letter-spacing:4px; text-transform:uppercase; color:${dark} }
.aw { margin-top:24px; font-size:13px; color:#555 }
.nr { display:flex; justify-content:space-between; align-items:flex-end; border-bottom:1.5px solid #444; padding-bottom:4px }
.nr .nm { font: ${name_size}px ${script}; color:#111; white-space:nowrap; line-height:1.2 }
.nr .bd { font-size:12px; color:#444; white-space:nowrap; padding-bottom:6px }
.grid { margin-top:26px; display:grid; grid-template-columns:1fr 1fr; border:1px solid #9aa1a8 }
.c { padding:8px 12px 9px; border-bottom:1px solid #c8cdd2; border-right:1px solid #c8cdd2; min-height:52px }
.c:nth-child(2n) { border-right:none }
.c.w { grid-column: 1 / 3; border-right:none }
.c.last { border-bottom:none }
.c b { display:block; font-size:10px; letter-spacing:1.5px; text-transform:uppercase; color:#6b7178; font-weight:600 }
.c span { display:block; margin-top:4px; font-size:15px; color:#111; line-height:20px }
.c.w span.t { font-size:19px; font-weight:bold; color:${dark}; line-height:24px }
.vf { margin-top:18px; font-size:12.5px; color:#333 }
.st { margin-top:12px; font: 11.5px ${serif}; line-height:17px; color:#444 }
.foot { position:absolute; left:64px; right:64px; bottom:64px; display:flex; justify-content:space-between; align-items:flex-end;
  font-family:${sans}; font-size:12px; color:#333; line-height:17px }
.sig .h { font: ${sig_size}px ${hand}; color:#1c2f6e; border-bottom:1px solid #555; width:250px; height:44px; line-height:50px;
  white-space:nowrap; overflow:hidden }
.meta { text-align:right }
</style>
<div class="band">
 <div class="ev">${event}</div>
 <div class="sp">${span} &middot; ${venue}</div>
</div>
<div class="emb">${emblem_html}</div>
<div class="strip"></div>
<div class="body">
 <div class="hd">${heading}</div>
 <div class="aw">${awarded}</div>
 <div class="nr"><span class="nm">${name}</span><span class="bd">${badge_label} ${badge}</span></div>
 <div class="grid">
  <div class="c"><b>${code_label}</b><span>${code}</span></div>
  <div class="c"><b>Track</b><span>${track}</span></div>
  <div class="c w"><b>${title_label}</b><span class="t">${title}</span></div>
  <div class="c w"><b>${speaker_label}</b><span>${speaker1}<br>${speaker2}</span></div>
  <div class="c"><b>${when_label}</b><span>${date}<br>${times}</span></div>
  <div class="c"><b>Room</b><span>${room}</span></div>
  <div class="c last"><b>Credit type</b><span>${credit_type}</span></div>
  <div class="c last"><b>${credit_label}</b><span>${hours}</span></div>
 </div>
 <div class="vf">${verified}</div>
 <div class="st">${statement}</div>
</div>
<div class="foot">
 <div class="sig"><div class="h">${director}</div>${director}<br>${director_role}</div>
 <div class="meta">${claimed}<br>${cert_label} ${cert_no}</div>
</div>
"""

TRACKS = [
    "Water & Drying",
    "Mold & Microbial",
    "Fire & Smoke",
    "Business & Management",
    "Cleaning Technology",
    "Safety",
]
COMPANIES = [
    "Northgate Drying Labs",
    "Moisture Science Group",
    "Harbor Forensics",
    "Clearwater Consulting",
    "Restoration Analytics",
    "BlueLine Indoor Air",
    "Pellham & Rowe Adjusters",
]


def _time(minutes: int) -> str:
    h, m = divmod(minutes, 60)
    return f"{(h - 1) % 12 + 1}:{m:02d} {'AM' if h < 12 else 'PM'}"


def fill(d):
    from datetime import timedelta

    from corpus.formats import fmt_range

    r = d.rng
    event = d.provider()
    before, after = d.pick([(0, 2), (1, 1), (2, 0), (1, 2), (0, 1)])
    span = fmt_range(
        d.completed - timedelta(days=before), d.completed + timedelta(days=after), d.rng
    )
    words = [w for w in (d.org_alt or event).replace("&", "").split() if w[:1].isupper()]
    emblem = "".join(w[0] for w in words[:3]) + "<br>" + str(d.completed.year)
    name = d.name(d.pick(["plain", "plain", "plain", "honorific"]))
    start = r.choice(range(8 * 60, 16 * 60, 15))
    length = int(d.credit * 60) + d.pick([0, 0, 15])
    end = start + length
    cut_in = start - r.randint(1, 9)
    cut_out = end + r.randint(0, 6)
    hours_style = "number" if d.credit == 1 else d.pick(["cecs", "cec_hours", "number"])
    hours = d.hours_number() if hours_style == "number" else d.hours(hours_style)
    speakers = [d.person(), d.person()]
    companies = r.sample(COMPANIES, 2)
    director = d.person()
    return {
        "script": d.fonts["script"],
        "hand": d.fonts["hand"].replace(", cursive", ", 'Dancing Script', cursive"),
        "event": event,
        "ev_size": "32" if len(event) <= 30 else "27",
        "span": span,
        "venue": d.venue(),
        "emblem_html": emblem,
        "heading": d.pick(
            [
                "Certificate of Attendance",
                "Continuing Education Certificate",
                "Education Session Credit",
            ]
        ),
        "awarded": d.pick(["Awarded to", "Attendee", "Issued to"]),
        "name": name,
        "name_size": "40" if len(name) <= 22 else "32",
        "badge_label": d.pick(["Badge #", "Attendee ID", "Registration #"]),
        "badge": f"{r.randrange(100000, 999999)}",
        "code_label": d.pick(["Session code", "Session #", "Session ID"]),
        "code": d.pick(["ED", "S", "T", "W"]) + f"{r.randrange(100, 399)}",
        "track": d.pick(TRACKS),
        "title_label": d.pick(["Session title", "Education session", "Session"]),
        "title": d.title("plain"),
        "speaker_label": d.pick(["Speakers", "Presented by", "Instructors"]),
        "speaker1": f"{speakers[0]}, {companies[0]}",
        "speaker2": f"{speakers[1]}, {companies[1]}",
        "when_label": d.pick(["Date and time", "Session date", "Held on"]),
        "date": d.date(d.pick(["weekday", "long", "us_numeric", "short_month", "ordinal"])),
        "times": f"{_time(start)} – {_time(end)}",
        "room": d.pick(["Room ", "Hall ", "Meeting Room ", "Ballroom "])
        + d.pick(["W230", "B", "104A", "3", "S320", "C-2"]),
        "credit_type": d.pick(["IICRC CEC", "IICRC continuing education", "CEC (IICRC)"]),
        "credit_label": d.pick(["Credits awarded", "Credit hours", "Credits"]),
        "hours": hours,
        "verified": d.pick(
            [
                f"Attendance verified by badge scan: in {_time(cut_in)}, out {_time(cut_out)}.",
                f"Badge scanned at entry {_time(cut_in)} and exit {_time(cut_out)}.",
                f"Checked in {_time(cut_in)} · checked out {_time(cut_out)} (room scanner).",
            ]
        ),
        "statement": d.pick(
            [
                "Credit is awarded for sessions attended in full. Keep this certificate with "
                "your continuing education records; the show does not report credit for you.",
                "This session was submitted to the IICRC for continuing education credit. "
                "Certificates are issued only to attendees whose entry and exit were scanned.",
                "Present this certificate when you renew. Partial attendance is not credited "
                "and duplicate certificates are not issued after the show.",
            ]
        ),
        "sig_size": "30" if len(director) <= 16 else "25",
        "director": director,
        "director_role": d.pick(["Director of Education", "Education Chair", "Conference Manager"]),
        "claimed": d.pick(["Claimed", "Certificate generated", "Credit claimed"])
        + " "
        + d.other_date("issue", d.pick(["us_numeric", "short_month", "iso"])),
        "cert_label": d.pick(["Certificate no.", "Cert #", "No."]),
        "cert_no": d.number(),
    }
