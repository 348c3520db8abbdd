"""A landscape certificate of attendance for one education session at a
multi-day show, issued after the show from its door scans: a guilloche
frame with round corner rosettes, a small line naming the show's education
programme over a large heading, "This certifies that" over the attendee in a
script, then one running sentence with no labels: attended the session
presented by a speaker, on its day, during the show held over its span of
days at its venue, and is granted the credit for the minutes attended of a
session that may have run longer. A footnote strip under a rule prints the
scheduled clock times and length, the badge scans in and out and the minutes
counted. At the foot the education director's signature over a printed name,
a certificate number and the day the certificate was generated."""

SOURCE = (
    "CSWE APM CE attendance tracking page (participants scan their badge bar code as they enter "
    "and exit CE session rooms; credit tabulated from the scans) and the conferences.io "
    "attendance-tracking help pages (check-in and check-out timestamps, total time spent in the "
    "session, credit granted per session on the certificate)"
)
KIND = "session"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "landscape",
    "ornate",
    "script-name",
    "sentence",
    "date-range",
    "hours-in-sentence",
    "distractor-person",
    "distractor-date",
)

TEMPLATE = """<style>
.fr { position:absolute; inset:22px; padding:14px;
  background: repeating-linear-gradient(45deg, ${accent} 0 1.2px, transparent 1.2px 7px),
    repeating-linear-gradient(-45deg, ${dark} 0 1px, transparent 1px 7px), ${light} }
.in { position:absolute; inset:14px; background:#fff; border:3px double ${dark} }
.ro { position:absolute; width:58px; height:58px; border-radius:50%; border:2px solid ${dark};
  background: repeating-radial-gradient(circle, ${accent} 0 1.5px, #fff 1.5px 5px) }
.ro.a { left:6px; top:6px } .ro.b { right:6px; top:6px } .ro.c { left:6px; bottom:6px } .ro.d { right:6px; bottom:6px }
.bd { position:absolute; left:96px; right:96px; top:82px; text-align:center; color:#1b1b1b; font-family:${serif} }
.pg { font: 13px ${sans}; letter-spacing:3px; text-transform:uppercase; color:${accent} }
h1 { margin:10px 0 0; font: 48px ${display}; color:${dark}; letter-spacing:1px }
.ct { margin-top:22px; font: italic 16px ${serif}; color:#333 }
.nm { margin:8px auto 0; font: 50px ${script}; color:${dark}; line-height:70px; white-space:nowrap;
  border-bottom:1px solid #999; width:72% }
.st { margin:26px auto 0; font: 17px ${serif}; line-height:30px; width:90%; color:#222 }
.st b { font-weight:bold; color:${dark} }
.fn { margin:34px auto 0; width:88%; border-top:1px solid ${accent}; padding-top:8px; line-height:17px;
  font: 11.5px ${sans}; color:#444; text-align:center; letter-spacing:.2px }
.ft { position:absolute; left:120px; right:130px; bottom:50px; display:flex; justify-content:space-between; align-items:flex-end;
  font: 12px ${sans}; color:#333 }
.sg { width:270px; text-align:center }
.sg .h { font: 28px ${hand}; color:#1d2c6b; height:40px; line-height:46px; white-space:nowrap; overflow:hidden }
.sg .l { border-top:1px solid #333; padding-top:4px; line-height:16px }
.sl { width:74px; height:74px; border-radius:50%; border:3px double ${accent}; margin-bottom:2px;
  background: repeating-conic-gradient(${accent} 0 6deg, #fff 6deg 12deg); box-shadow: inset 0 0 0 15px #fff }
.meta { text-align:right; line-height:18px; font-size:11.5px; color:#555 }
</style>
<div class="fr"><div class="in">
 <div class="ro a"></div><div class="ro b"></div><div class="ro c"></div><div class="ro d"></div>
</div></div>
<div class="bd">
 <div class="pg">${programme}</div>
 <h1>${heading}</h1>
 <div class="ct">${certifies}</div>
 <div class="nm">${name}</div>
 <div class="st">${attended} <b>${title}</b>, ${presented} ${speaker}, ${on} ${date}, ${during}
 <b>${event}</b>, ${held} ${show_span} ${at} ${venue}, ${granted} <b>${hours}</b> ${for_time}</div>
<div class="fn">${footnote}</div>
</div>
<div class="ft">
 <div class="sg"><div class="h">${director}</div><div class="l">${director}<br>${director_role}</div></div>
 <div class="sl"></div>
 <div class="meta">${cert_label} ${cert}<br>${gen_label} ${generated}</div>
</div>
"""


def fill(d):
    from datetime import timedelta

    from corpus.formats import fmt_range

    r = d.rng
    credited = round(d.credit * 60)
    length = credited + d.pick([0, 0, 30, 30, 60])
    length = max(length, 45)
    # minutes counted: credit is granted in half-hour steps of the time attended
    attended = min(length, credited + r.randrange(0, 30))
    start = r.randrange(8 * 60, 16 * 60 - length + 60, 15)
    end = start + length
    missed = length - attended
    if missed == 0:
        scan_in, scan_out = start - r.randrange(0, 10), end + r.randrange(0, 6)
    else:
        late = r.randrange(0, missed + 1)
        scan_in, scan_out = start + late, end - (missed - late)
    twelve = d.chance(0.6)

    def clock(m):
        h, mm = divmod(m, 60)
        if not twelve:
            return f"{h:02d}:{mm:02d}"
        return f"{(h - 1) % 12 + 1}:{mm:02d} {'a.m.' if h < 12 else 'p.m.'}"

    before, after = d.pick([(1, 1), (2, 0), (0, 2), (1, 2), (2, 1), (3, 0)])
    span = fmt_range(d.completed - timedelta(days=before), d.completed + timedelta(days=after), r)
    date_style = d.pick(["weekday", "long", "ordinal", "words", "weekday"])
    date_text = d.date(date_style)
    scans = d.pick([("Badge in", "badge out"), ("Scanned in", "scanned out"), ("Entry", "exit")])
    footnote = (
        f"Scheduled {clock(start)} – {clock(end)} ({length} minutes) · {scans[0]} "
        f"{clock(scan_in)}, {scans[1]} {clock(scan_out)} · Time attended: {attended} minutes · "
        + d.pick(
            [
                "Credit is granted in half-hour units of time attended.",
                "One credit hour per 60 minutes attended, in half-hour steps.",
                "Credit reflects time in the room, not the scheduled length.",
            ]
        )
    )
    return {
        "script": d.fonts["script"].replace(", cursive", ", 'Dancing Script', cursive"),
        "hand": d.fonts["hand"].replace(", cursive", ", 'Dancing Script', cursive"),
        "programme": d.pick(
            ["Education Program", "Continuing Education Sessions", "Show Education Series"]
        ),
        "heading": d.pick(
            [
                "Certificate of Attendance",
                "Certificate of Session Attendance",
                "Attendance Certificate",
            ]
        ),
        "certifies": d.pick(["This certifies that", "This is to certify that", "Be it known that"]),
        "name": d.name(d.pick(["plain", "plain", "plain", "honorific"])),
        "attended": d.pick(["attended the education session", "was present at the session"]),
        "title": d.title("plain"),
        "presented": d.pick(["presented by", "led by", "given by"]),
        "speaker": d.person(),
        "on": "on",
        "date": date_text,
        "during": d.pick(["during the", "at the", "as part of the"]),
        "event": d.provider(),
        "held": d.pick(["held", "which ran", "held on"]),
        "show_span": span,
        "at": "at",
        "venue": d.venue(),
        "granted": d.pick(["and is granted", "and has been granted", "and earned"]),
        "hours": d.hours(d.pick(["cec_hours", "cecs", "words_cec", "cec_hours"])),
        "for_time": f"for {attended} minutes attended"
        + (f" of the {length} minutes scheduled." if attended < length else "."),
        "footnote": footnote,
        "director": d.person(),
        "director_role": d.pick(
            ["Director of Education", "Education Manager", "CE Program Coordinator"]
        ),
        "cert_label": d.pick(["Certificate no.", "Certificate #", "No."]),
        "cert": d.number(),
        "gen_label": d.pick(["Generated", "Issued", "Date generated:", "Certificate generated"]),
        "generated": d.other_date("issue", d.pick(["us_numeric", "long", "short_month", "iso"])),
    }
