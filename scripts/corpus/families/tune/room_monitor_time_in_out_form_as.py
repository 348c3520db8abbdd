"""A landscape education-session attendance verification form from a trade
show's education desk, filled in by hand and signed by the room monitor: a
dark band across the top with the show's square mark, its name and its
dates and venue in light type, a form number at the right; a "Part A"
attendee block of labelled underlines filled in by hand (name, certification
number, company); a "Part B" session block of typed labelled fields
(session title, code, room, speaker, date held); a ruled table row with the
scheduled time, the time in and time out the monitor wrote down, the
minutes in the room, the CEC hours the attendee may claim and the monitor's
initials; a "Part C" verification sentence with the monitor's signature,
printed name and the later date it was signed; and a line of small print
on how credit is counted and which copy the attendee keeps."""

SOURCE = (
    "Attendance registers as regulators require them (WAC 284-17-273: arrival and departure "
    "times, instructor or monitor signature; 812 IAC 3-1-9: a designated monitor verifies "
    "entrance and exit) and the NASBA Registry's sign-in sheet advice (sign-in and sign-out "
    "times, a room monitor's attestation), re-drawn as a single-attendee carbon form"
)
KIND = "session"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "landscape",
    "dark-band",
    "labelled",
    "table",
    "record",
    "handwriting",
    "script-name",
    "provider-in-logo",
    "date-range",
    "distractor-person",
    "distractor-date",
    "hours-by-time",
    "time-attended",
)

TEMPLATE = """<style>
.band { position:absolute; left:0; right:0; top:0; height:78px; background:${dark}; color:#f4f4ef;
  display:flex; align-items:center; padding:0 36px; font-family:${sans} }
.mk { width:50px; height:50px; border:2px solid #f4f4ef; display:flex; align-items:center; justify-content:center;
  font: bold 19px ${display}; letter-spacing:1px; margin-right:16px; flex:none }
.ev { flex:1; min-width:0; line-height:22px } .ev b { display:block; font-size:${ev_size}px; letter-spacing:${ev_ls}px; white-space:nowrap }
.ev span { display:block; font-size:12.5px; opacity:.9; white-space:nowrap; margin-top:3px }
.fno { flex:none; text-align:right; font-size:10.5px; line-height:15px; opacity:.85; white-space:nowrap; margin-left:24px }
.w { position:absolute; left:40px; right:40px; top:100px; bottom:18px; font: 13.5px ${sans}; color:#1a1a1a }
h1 { margin:0; font: bold 21px ${face}; letter-spacing:.5px } .sub { font-size:12px; color:#555; margin:3px 0 10px }
.part { font: bold 10.5px ${sans}; letter-spacing:1.6px; text-transform:uppercase; color:${dark};
  border-bottom:1.5px solid ${dark}; padding-bottom:3px; margin:20px 0 6px }
.row { display:flex; gap:24px } .fld { display:flex; align-items:flex-end; margin:9px 0 }
.fld span { white-space:nowrap; font-size:12px; color:#333; margin-right:7px; padding-bottom:2px }
.fld .v { flex:1; border-bottom:1px solid #222; min-height:26px; padding-left:6px; white-space:nowrap; overflow:hidden }
.hand { font: ${hand_size}px ${hand}; color:#1b2d78; line-height:22px }
.typed { font: 15px ${typef}; line-height:22px }
table { width:100%; border-collapse:collapse; margin-top:14px }
th { font: bold 10px ${sans}; letter-spacing:.6px; text-transform:uppercase; background:#ececec; border:1px solid #555;
  padding:7px 8px; text-align:left }
td { border:1px solid #555; padding:4px 9px; height:46px; vertical-align:middle }
.chk { margin-top:8px; font-size:12.5px; color:#333 } .chk i { font-style:normal; display:inline-block; width:12px; height:12px;
  border:1px solid #333; margin:0 5px -1px 16px; text-align:center; line-height:11px; font-size:11px }
td.hand { font-size:21px }
.att { margin-top:6px; line-height:19px; font-size:13px }
.sig { display:flex; gap:26px; margin-top:10px } .sig .fld { flex:1 }
.sig .hand { font-size:24px; line-height:26px }
.off { position:absolute; left:0; right:0; bottom:42px; border:1px dashed #888; padding:7px 12px; font-size:11.5px;
  color:#444; display:flex; gap:34px } .off b { letter-spacing:1px; font-size:10.5px; text-transform:uppercase }
.fine { position:absolute; left:0; right:0; bottom:0; font-size:9px; line-height:12px; color:#555;
  border-top:1px solid #bbb; padding-top:4px }
</style>
<div class="band">
 <div class="mk">${initials}</div>
 <div class="ev"><b>${event}</b><span>${show_dates} &middot; ${venue}</span></div>
 <div class="fno">${form_no}<br>${copy_line_html}</div>
</div>
<div class="w">
 <h1>${heading}</h1>
 <div class="sub">${sub}</div>
 <div class="part">${part_a}</div>
 <div class="row">
  <div class="fld" style="flex:1.5"><span>${name_label}</span><div class="v hand">${name}</div></div>
  <div class="fld" style="flex:1"><span>${cert_label}</span><div class="v hand">${cert_no}</div></div>
  <div class="fld" style="flex:1.2"><span>Company</span><div class="v hand">${company}</div></div>
 </div>
 <div class="part">${part_b}</div>
 <div class="row">
  <div class="fld" style="flex:2.4"><span>${title_label}</span><div class="v typed">${title}</div></div>
  <div class="fld" style="flex:.7"><span>Code</span><div class="v typed">${code}</div></div>
  <div class="fld" style="flex:.7"><span>Room</span><div class="v typed">${room}</div></div>
 </div>
 <div class="row">
  <div class="fld" style="flex:1.6"><span>${speaker_label}</span><div class="v typed">${speaker}</div></div>
  <div class="fld" style="flex:1.4"><span>${date_label}</span><div class="v typed">${date}</div></div>
 </div>
 <table>
  <tr><th>Scheduled</th><th>Time in</th><th>Time out</th><th>${length_label}</th><th>${hours_label}</th><th>Monitor initials</th></tr>
  <tr><td class="typed">${scheduled}</td><td class="hand">${time_in}</td><td class="hand">${time_out}</td>
   <td class="hand">${length}</td><td class="hand">${hours}</td><td class="hand">${initials_m}</td></tr>
 </table>
 <div class="chk">${chk_label}<i>${mark_full}</i>Full session<i></i>Arrived late<i></i>Left early</div>
 <div class="part">${part_c}</div>
 <div class="att">${attest}</div>
 <div class="sig">
  <div class="fld" style="flex:1.3"><span>Monitor signature</span><div class="v hand">${monitor_sig}</div></div>
  <div class="fld" style="flex:1.2"><span>Printed name</span><div class="v typed">${monitor}</div></div>
  <div class="fld" style="flex:.9"><span>Date signed</span><div class="v hand">${signed}</div></div>
 </div>
 <div class="off"><b>Office use only</b><span>Received by ________</span><span>Matched to badge scan ____</span><span>Batch no. ${batch}</span></div>
 <div class="fine">${fine}</div>
</div>
"""
COMPANIES = [
    "Eastside Water Pros",
    "Rapid Dry Restoration",
    "Blue Ribbon Carpet Care",
    "Allstate Water & Fire",
    "Precision Cleaning Co.",
    "Heritage Restoration LLC",
    "North Star Mitigation",
]


def _clock(minutes: int) -> str:
    h, m = divmod(minutes, 60)
    return f"{(h - 1) % 12 + 1}:{m:02d} {'AM' if h < 12 else 'PM'}"


def fill(d):
    from datetime import timedelta

    from corpus import formats as F

    r = d.rng
    event = d.provider("upper")
    words = [w for w in d.org_alt.split() if w[0].isupper()]
    start_day = d.completed - timedelta(days=d.pick([0, 1, 1, 2]))
    end_day = d.completed + timedelta(days=d.pick([0, 1, 2]))
    if start_day == end_day:
        end_day += timedelta(days=1)
    length = round(d.credit * 60)
    begin = d.pick([8 * 60, 9 * 60 + 30, 10 * 60, 10 * 60 + 30, 13 * 60, 14 * 60, 15 * 60 + 30])
    t_in = begin - d.pick([0, 2, 4, 7])
    t_out = begin + length + d.pick([0, 1, 3])
    monitor = d.person()
    hours = d.pick(["number", "number", "style"])
    typef = d.fonts[d.pick(["mono", "sans"])]
    return {
        "hand": d.fonts["hand"].replace(", cursive", ", 'Kristi', 'Dancing Script', cursive"),
        "hand_size": d.pick([19, 20, 22]),
        "face": d.fonts[d.pick(["sans", "serif"])],
        "typef": typef,
        "ev_ls": d.pick([1, 2]),
        "ev_size": 17 if len(event) > 30 else 20,
        "initials": "".join(w[0] for w in words)[:3],
        "event": event,
        "show_dates": F.fmt_range(start_day, end_day, r),
        "venue": d.venue(),
        "form_no": d.pick(["Form EV-3", "Form CE-2", "Education Desk Form 7"]),
        "copy_line_html": d.pick(
            [
                "White: Education Desk<br>Yellow: Attendee",
                "Original to show office<br>Copy to attendee",
            ]
        ),
        "heading": d.pick(
            [
                "Education Session Attendance Verification",
                "Session Attendance Verification Form",
                "CE Session Verification",
            ]
        ),
        "sub": d.pick(
            [
                "One form per session. Complete Part A before the session begins; the room "
                "monitor completes Parts B and C.",
                "Present this form to the room monitor at the door when you enter and when you "
                "leave. Illegible forms cannot be credited.",
            ]
        ),
        "part_a": d.pick(["Part A \u2014 Attendee", "A. Attendee information"]),
        "name_label": d.pick(["Attendee name (print)", "Name", "Participant name"]),
        "name": d.name("plain"),
        "cert_label": d.pick(["IICRC Cert. #", "Certification no.", "Registrant ID"]),
        "cert_no": f"{r.randrange(10000, 999999)}",
        "company": d.pick(COMPANIES),
        "part_b": d.pick(["Part B \u2014 Session", "B. Session information"]),
        "title_label": d.pick(["Session title", "Title of session", "Session"]),
        "title": d.title("plain"),
        "code": f"{d.pick(['ED', 'S', 'T'])}-{r.randrange(101, 348)}",
        "room": d.pick(["W207", "Room 114", "Hall C-3", "N231", "Ballroom B", "S320"]),
        "speaker_label": d.pick(["Speaker", "Presenter", "Instructor"]),
        "speaker": d.person(),
        "date_label": d.pick(["Date held", "Session date", "Date"]),
        "date": d.date(d.pick(["weekday", "long", "us_numeric", "short_month", "ordinal"])),
        "scheduled": f"{_clock(begin)} \u2013 {_clock(begin + length)}",
        "time_in": _clock(t_in),
        "time_out": _clock(t_out),
        "length_label": d.pick(["Session length", "Minutes in room", "Length (min.)"]),
        "length": f"{length} min",
        "hours_label": d.pick(["CEC hours claimed", "CEC hours", "Hours credited"]),
        "hours": d.hours_number()
        if hours == "number"
        else d.hours(d.pick(["cec_hours", "cecs", "hrs"])),
        "initials_m": "".join(p[0] for p in monitor.replace(".", "").split()),
        "part_c": d.pick(["Part C \u2014 Room monitor verification", "C. Monitor verification"]),
        "attest": d.pick(
            [
                "I verify that the attendee named above entered and left the session room at "
                "the times recorded, was present for the full session, and may claim the CEC "
                "hours shown.",
                "By my signature I attest that I observed this attendee's arrival and departure "
                "and that the credit entered does not exceed the time spent in the session.",
            ]
        ),
        "chk_label": d.pick(["Attendance:", "Monitor check:"]),
        "mark_full": "✓",
        "batch": f"{r.randrange(10, 99)}-{r.randrange(100, 999)}",
        "monitor_sig": monitor,
        "monitor": monitor,
        "signed": d.other_date("issue", d.pick(["us_short", "us_numeric", "short_month"])),
        "fine": d.pick(
            [
                "Credit is counted at one CEC hour per 60 minutes of instruction. Attendees who "
                "arrive more than ten minutes late or leave early receive no credit for the "
                "session. Keep your copy for your renewal records; the show reports credit to "
                "the IICRC within 30 days.",
                "Partial credit is not given. Forms are matched to badge scans before credit "
                "is reported. Keep the attendee copy with your certificate records.",
            ]
        ),
    }
