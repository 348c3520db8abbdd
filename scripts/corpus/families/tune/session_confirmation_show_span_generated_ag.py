"""A session attendance confirmation that a show's attendance-tracking system
prints for one attendee, portrait: a coloured header block with the show's
name, its days as a span and the venue, the confirmation's title and a
reference number; an attendee block of labelled values (name, badge number,
company); a short sentence; a one-row table of the session attended with
its day, the badge scans in and out and the credit; a note on how credit
is counted; and at the foot the date and time the confirmation was
generated, labelled one of several ways or printed bare in the corner."""

SOURCE = (
    "attendance-tracking.com Conference Tracker manual (attendance logs of badge scans into and "
    "out of sessions, CEU reports printed or e-mailed per attendee); the wording of show CE "
    "pages that ask attendees to scan in and out of each session for credit"
)
KIND = "session"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "portrait",
    "table",
    "labelled",
    "sentence",
    "dark-band",
    "date-range",
    "distractor-date",
    "distractor-person",
    "provider-in-logo",
    "tiny-footer",
)

TEMPLATE = """<style>
.hdr { position:absolute; left:0; right:0; top:0; height:150px; background:${dark}; color:#fff; padding:34px 56px 0; font-family:${sans} }
.hdr .ev { font: bold 26px ${sans}; letter-spacing:.5px }
.hdr .dt { font-size:14.5px; margin-top:8px; opacity:.92 }
.hdr .ac { position:absolute; right:56px; top:36px; width:74px; height:74px; border:3px solid ${accent}; border-radius:10px;
  display:flex; align-items:center; justify-content:center; font: bold 22px ${display}; color:#fff }
.strip { position:absolute; left:0; right:0; top:150px; height:6px; background:${accent} }
.w { position:absolute; left:56px; right:56px; top:190px; font: 14px ${face}; color:#222 }
.w h1 { margin:0; font: bold 22px ${face}; color:${dark} }
.w .ref { font-size:12px; color:#666; margin-top:4px }
.at { margin-top:22px; border:1px solid #ccc; background:${light}; padding:12px 16px }
.at div { display:flex; padding:3px 0 }
.at span { flex:0 0 150px; color:#555 }
.w p { margin:20px 0 14px; line-height:21px }
table { width:100%; border-collapse:collapse; font-size:12.5px }
th { text-align:left; background:#eee; border:1px solid #bbb; padding:7px 15px; font-size:11.5px; text-transform:uppercase; letter-spacing:.5px; white-space:nowrap }
td { border:1px solid #bbb; padding:8px 15px; vertical-align:top }
td.c { white-space:nowrap }
.nt { margin-top:18px; font-size:12px; color:#444; line-height:17px }
.sig { margin-top:34px; font-size:12.5px; color:#333; line-height:17px }
.sig .h { font: 26px ${hand}; color:#1d2c6b; height:38px; line-height:44px; overflow:hidden; white-space:nowrap }
.gen { position:absolute; left:56px; right:56px; bottom:26px; border-top:1px solid #ccc; padding-top:6px; font: 10.5px ${sans}; color:#555;
  display:flex; justify-content:space-between }
</style>
<div class="hdr">
 <div class="ev">${event}</div>
 <div class="dt">${show_span} &nbsp;·&nbsp; ${venue}</div>
 <div class="ac">${initials}</div>
</div>
<div class="strip"></div>
<div class="w">
 <h1>${heading}</h1>
 <div class="ref">${ref_label} ${ref}</div>
 <div class="at">
  <div><span>${name_label}</span><b>${name}</b></div>
  <div><span>${badge_label}</span>${badge}</div>
  <div><span>Company</span>${company}</div>
 </div>
 <p>${sentence}</p>
 <table>
  <tr><th>Session</th><th style="width:19%">${date_head}</th><th style="width:10%">${in_head}</th><th style="width:10%">${out_head}</th><th style="width:13%">Credit</th></tr>
  <tr><td><b style="white-space:nowrap">${title}</b><br><span style="font-size:12px;color:#555">${room}</span></td><td class="c">${date}</td><td class="c">${t_in}</td><td class="c">${t_out}</td><td class="c">${hours}</td></tr>
 </table>
 <div class="nt">${note}</div>
 <div class="sig"><div class="h">${chair}</div>${chair}, ${chair_role}</div>
</div>
<div class="gen"><span>${gen_left}</span><span>${gen_right}</span></div>
"""

COMPANIES = [
    "Dry-Rite Restoration LLC",
    "Rapid Response Water Removal",
    "Summit Carpet & Tile Care",
    "Heritage Fire & Flood",
    "Clearwater Remediation Inc.",
]


def fill(d):
    from datetime import timedelta

    from corpus.formats import fmt_range

    r = d.rng
    # the show's days as its header prints them; the session was on one of them
    before, after = d.pick([(1, 1), (2, 0), (0, 2), (1, 2), (2, 1)])
    span = fmt_range(d.completed - timedelta(days=before), d.completed + timedelta(days=after), r)
    words = [w for w in (d.org_alt or d.org).split() if w[:1].isupper()]
    start_h = r.randrange(8, 16)
    start_m = d.pick([0, 15, 30])
    length = int(d.credit * 60)
    scan_in = start_h * 60 + start_m - r.randrange(0, 8)
    scan_out = start_h * 60 + start_m + length + r.randrange(0, 6)

    def clock(m):
        h, mm = divmod(m, 60)
        return f"{(h - 1) % 12 + 1}:{mm:02d} {'AM' if h < 12 else 'PM'}"

    scans = d.pick(
        [("Scan in", "Scan out"), ("Entry", "Exit"), ("In", "Out"), ("Check-in", "Check-out")]
    )
    gen_date = d.other_date("issue", d.pick(["us_numeric", "long", "short_month", "iso"]))
    gen_time = clock(r.randrange(6 * 60, 22 * 60))
    gen_label = d.pick(["Generated", "Report generated on", "Printed", "Run date:", ""])
    gen_text = f"{gen_label} {gen_date} {gen_time}".strip()
    if d.chance(0.5):
        gen_left, gen_right = gen_text, "Page 1 of 1"
    else:
        gen_left, gen_right = d.pick(["Attendance record", "Keep for your records"]), gen_text
    return {
        "hand": d.fonts["hand"].replace(", cursive", ", 'Dancing Script', cursive"),
        "face": d.fonts[d.pick(["sans", "serif"])],
        "event": d.provider(),
        "show_span": span,
        "venue": d.venue(),
        "initials": "".join(w[0] for w in words)[:3],
        "heading": d.pick(
            [
                "Session Attendance Confirmation",
                "Confirmation of Session Attendance",
                "Education Session Attendance Record",
            ]
        ),
        "ref_label": d.pick(["Confirmation no.", "Reference:", "Record #"]),
        "ref": d.number(),
        "name_label": d.pick(["Attendee", "Name", "Participant"]),
        "name": d.name(d.pick(["plain", "plain", "upper"])),
        "badge_label": d.pick(["Badge ID", "Registration no.", "Badge #"]),
        "badge": f"{r.randrange(100000, 999999)}",
        "company": d.pick(COMPANIES),
        "sentence": d.pick(
            [
                "Our scan records show that the attendee named above was present for the full "
                "education session listed below.",
                "This confirms attendance at the following education session. Badge scans were "
                "recorded on entry and exit.",
                "The attendee above scanned in and out of the session below and has earned the "
                "credit shown.",
            ]
        ),
        "date_head": d.pick(["Date", "Session date", "Date attended"]),
        "in_head": scans[0],
        "out_head": scans[1],
        "title": d.title("plain"),
        "room": d.pick(["Room ", "Hall ", "Ballroom "]) + d.pick(["A", "B", "C", "201", "114"]),
        "date": d.date(d.pick(["us_numeric", "short_month", "long", "dmy_long", "us_short"])),
        "t_in": clock(scan_in),
        "t_out": clock(scan_out),
        "hours": d.hours(d.pick(["cec_hours", "cecs", "hrs", "hours_title"])),
        "note": d.pick(
            [
                "Credit is given only for sessions with both an entry and an exit scan. One CEC is "
                "awarded per hour of instruction.",
                "Attendees who leave before the session ends receive no credit. Submit this "
                "confirmation to your certifying body with your renewal.",
            ]
        ),
        "chair": d.person(),
        "chair_role": d.pick(["Education Chair", "Director of Education", "Show Manager"]),
        "gen_left": gen_left,
        "gen_right": gen_right,
    }
