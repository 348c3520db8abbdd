"""A conference's statement of attendance for one education session, printed
on letter paper: a dark band with the event name, venue and the days of the
show, the statement's title and a note that it is not a certificate, a
labelled block (participant, registrant number, session, presenter, room,
date attended), a table of badge-scan entry and exit times per segment with
minutes, the minutes verified and the credit granted in quarter-hour steps,
the event's approval number and the dates it is valid, and the contact
person's signature."""

SOURCE = (
    "https://www.cccep.ca/pages/guideline_f_statements_of_attendance.html (what a statement of "
    "attendance lists); https://csweorg-dev.azurewebsites.net/Events-Meetings/APM-Archives/"
    "2014-APM/CEs/Attendance-Tracking (scan on entry and exit); http://wirules.elaws.us/rule/"
    "a-e12.07 (quarter-hour increments)"
)
KIND = "session"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "portrait",
    "letter",
    "record",
    "labelled",
    "table",
    "dark-band",
    "distractor-person",
    "distractor-date",
    "approval",
    "time-attended",
)

TEMPLATE = """<style>
.band { position:absolute; left:0; right:0; top:0; height:104px; background:${dark}; color:#fff; padding:22px 56px; font-family:${sans} }
.band .ev { font: bold 25px ${display}; letter-spacing:0.5px } .band .sub { font-size:13px; margin-top:6px; opacity:0.92 }
.w { position:absolute; left:56px; right:56px; top:136px; font: 14px ${body}; color:#1a1a1a }
h1 { font: bold 22px ${sans}; margin:0; color:${dark}; letter-spacing:0.5px }
.nt { font-size:11.5px; color:#555; margin:4px 0 16px; font-style:italic }
.lab { display:grid; grid-template-columns: 150px 1fr 130px 1fr; row-gap:10px; column-gap:10px; border-top:1.5px solid ${dark};
  border-bottom:1.5px solid ${dark}; padding:12px 0 }
.lab .k { color:#555; font-size:11.5px; text-transform:uppercase; letter-spacing:0.4px; padding-top:1px } .lab .v { font-weight:600 }
.lab .wide { grid-column: 2 / 5 }
h3 { font: bold 13px ${sans}; margin:28px 0 8px; text-transform:uppercase; letter-spacing:1px; color:${dark} }
table { width:100%; border-collapse:collapse; font-size:12.5px }
th { text-align:left; background:#e9e9e9; border:1px solid #999; padding:5px 8px; font-size:11px; text-transform:uppercase }
td { border:1px solid #999; padding:8px 8px } td.r, th.r { text-align:right }
tr.tot td { font-weight:bold; background:#f6f6f6 }
.cr { margin-top:12px; font-size:14px } .cr b { font-size:15px }
.rule { font-size:11px; color:#444; margin-top:6px; line-height:15px }
.att { margin-top:22px; font-size:12.5px; line-height:18px; display:flex; gap:10px }
.att .bx { flex:none; width:14px; height:14px; border:1.5px solid #333; font: bold 12px ${sans}; line-height:12px; text-align:center; margin-top:2px }
.acc { margin-top:24px; display:grid; grid-template-columns: 200px 1fr; row-gap:5px; font-size:12.5px }
.acc .k { color:#555 }
.sg { margin-top:56px; display:flex; justify-content:space-between; align-items:flex-end }
.sg .s { font: 28px ${script}; color:#1b2a60; height:36px; white-space:nowrap } .sg .ln { border-top:1px solid #333; width:280px; padding-top:4px; font-size:12px; line-height:16px }
.sg .ct { font-size:11.5px; text-align:right; line-height:16px; color:#333 }
.ft { position:absolute; left:56px; right:56px; bottom:34px; font: 10.5px ${sans}; color:#555; border-top:1px solid #bbb; padding-top:6px; line-height:14px }
</style>
<div class="band"><div class="ev">${event}</div><div class="sub">${venue} &nbsp;·&nbsp; ${show_days}</div></div>
<div class="w">
 <h1>${heading}</h1>
 <div class="nt">${not_cert}</div>
 <div class="lab">
  <div class="k">${participant_label}</div><div class="v">${name}</div><div class="k">${reg_label}</div><div class="v">${reg}</div>
  <div class="k">Session</div><div class="v wide">${title}</div>
  <div class="k">${presenter_label}</div><div class="v">${presenter}</div><div class="k">Session code</div><div class="v">${code}</div>
  <div class="k">${date_label}</div><div class="v">${date}</div><div class="k">Room</div><div class="v">${room}</div>
 </div>
 <h3>${scan_head}</h3>
 <table><tr><th>Segment</th><th>${in_label}</th><th>${out_label}</th><th class="r">Minutes</th></tr>
 ${rows_html}
 <tr class="tot"><td colspan="3">${verified_label}</td><td class="r">${minutes}</td></tr></table>
 <div class="cr">${credit_label} <b>${hours}</b> ${unit}</div>
 <div class="rule">${rule}</div>
 <div class="att"><div class="bx">✓</div><div>${attest}</div></div>
 <div class="acc">
  <div class="k">${approval_label}</div><div>${approval}</div>
  <div class="k">${valid_label}</div><div>${valid_from} – ${valid_to}</div>
 </div>
 <div class="sg">
  <div><div class="s">${sig}</div><div class="ln">${signer}<br>${signer_role}, ${event}</div></div>
  <div class="ct">${contact_label} ${contact}<br>${phone}<br>${web}</div>
 </div>
</div>
<div class="ft">${footer}</div>
"""


def clock(minutes: int) -> str:
    h, m = divmod(minutes, 60)
    return f"{(h - 1) % 12 + 1}:{m:02d} {'AM' if h < 12 else 'PM'}"


def fill(d):
    from datetime import timedelta

    from corpus.formats import fmt_range

    r = d.rng
    event = d.provider()
    before, after = d.pick([(0, 2), (1, 1), (2, 0), (1, 2), (2, 1)])
    show_days = fmt_range(
        d.completed - timedelta(days=before), d.completed + timedelta(days=after), r
    )
    credited = round(d.credit * 60)
    start = d.pick([8 * 60, 9 * 60 + 30, 10 * 60 + 45, 13 * 60 + 15, 14 * 60, 15 * 60 + 30])
    extra = r.randrange(0, 13)
    total = credited + extra
    rows, t = [], start - r.randrange(0, 6)
    if credited >= 90 and d.chance(0.6):
        first = (total // 2) // 5 * 5 + d.pick([-15, 0, 0, 10])
        parts = [first, total - first]
    else:
        parts = [total]
    for i, length in enumerate(parts):
        rows.append(
            f"<tr><td>{i + 1}{' (after break)' if i else ''}</td><td>{clock(t)}</td>"
            f'<td>{clock(t + length)}</td><td class="r">{length}</td></tr>'
        )
        t += length + d.pick([15, 15, 20, 30])
    signer = d.person()
    scan_labels = d.pick(
        [("Scanned in", "Scanned out"), ("Time in", "Time out"), ("Entry", "Exit")]
    )
    return {
        "body": d.fonts[d.pick(["serif", "sans"])],
        "event": event,
        "venue": d.venue(),
        "show_days": show_days,
        "heading": d.pick(
            ["Statement of Attendance", "Record of Verified Attendance", "Attendance Statement"]
        ),
        "not_cert": d.pick(
            [
                "This statement is issued in place of a certificate. Keep it with your continuing "
                "education records.",
                "Issued for one education session. It does not certify completion of any "
                "certification course.",
            ]
        ),
        "participant_label": d.pick(["Participant", "Attendee", "Name"]),
        "name": d.name(d.pick(["plain", "plain", "last_first", "upper"])),
        "reg_label": d.pick(["Registrant #", "IICRC ID", "License no."]),
        "reg": d.number(),
        "title": d.title("plain"),
        "presenter_label": d.pick(["Presenter", "Speaker", "Instructor"]),
        "presenter": d.person(),
        "code": f"{d.pick(['ED', 'S', 'T', 'W'])}-{r.randrange(10, 299)}",
        "date_label": d.pick(["Date attended", "Session date", "Date"]),
        "date": d.date(d.pick(["long", "weekday", "us_numeric", "short_month", "dmy_long"])),
        "room": d.pick(["Room 210B", "Hall C", "Ballroom A", "Room 114", "Salon 3"]),
        "scan_head": d.pick(
            ["Attendance verified by badge scan", "Entry and exit times", "Time in room"]
        ),
        "in_label": scan_labels[0],
        "out_label": scan_labels[1],
        "rows_html": "\n".join(rows),
        "verified_label": d.pick(["Minutes verified", "Total minutes in session"]),
        "minutes": str(total),
        "credit_label": d.pick(["Credit granted:", "Credit awarded:", "Hours credited:"]),
        "hours": d.hours_number(),
        "unit": d.pick(["contact hours", "CE hours", "IICRC CECs", "hours"]),
        "rule": d.pick(
            [
                "Credit is granted for verified time in the room, rounded down to the nearest "
                "quarter hour. Sixty minutes of instruction equal one hour of credit.",
                "One hour of credit per sixty minutes attended; partial attendance is credited in "
                "quarter-hour increments. Scans missing at entry or exit earn no credit.",
            ]
        ),
        "attest": d.pick(
            [
                "The participant attested at check-out that the times above are accurate and that "
                "the session was attended in person.",
                "Attendee attestation received online. Entry and exit times come from the badge "
                "scanners at the session room doors.",
            ]
        ),
        "approval_label": d.pick(
            ["Event approval no.", "CEC event approval #", "Provider approval"]
        ),
        "approval": d.approval(),
        "valid_label": d.pick(["Approval valid", "Accreditation period"]),
        "valid_from": d.other_date("registered", "us_numeric"),
        "valid_to": d.other_date("expiry", "us_numeric"),
        "sig": signer,
        "signer": signer,
        "signer_role": d.pick(["Education Chair", "CE Coordinator", "Program Director"]),
        "contact_label": d.pick(["Questions:", "Contact:"]),
        "contact": d.person(),
        "phone": d.phone(),
        "web": d.web(),
        "footer": d.pick(
            [
                "Retain this statement for at least four years. Duplicates can be requested from "
                "the education office for up to 36 months after the event.",
                "Provide this statement to your certifying body if asked. A program, badge or "
                "receipt alone is not proof of attendance.",
            ]
        ),
    }
