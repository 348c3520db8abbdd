"""An interoffice memorandum on a restoration contractor's letterhead, in
which a supervisor vouches for an employee's attendance at one education
session of a trade show. Under the letterhead (the contractor's name and
address, which is not the provider) a spaced "MEMORANDUM" heading and the
memo header as label rows: to the certifying body's renewals desk or the
training file, from the supervisor with a role, cc the employee, the memo's
own date and a subject line. One paragraph says in running words that the
employee attended a session at the show, at its venue, on the date; a ruled
two-column grid then lists the session title, the presenter, the room, the
session time, the credit requested and the registrant number. A closing
paragraph names the attachments, then a scribbled signature over the
supervisor's printed name and role; a form number and "Page 1 of 1" in the
footer."""

SOURCE = (
    "the attendance letter a supervisor may write as proof of a continuing-education "
    "activity (https://peps.ohio.gov/IndividualLicensing/ContinuingEd/"
    "AttendanceDocumentation.aspx: date, hours, location, topic and instructor's name), "
    "sent with the IICRC CEC form as evidence of attendance at an approved event "
    "(https://www.randrmagonline.com/articles/85420-iicrc-continuing-education), set as a "
    "standard business memorandum (To / From / CC / Date / Re)"
)
KIND = "session"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "portrait",
    "letter",
    "sentence",
    "table",
    "labelled",
    "record",
    "distractor-person",
    "distractor-date",
    "distractor-org",
)

TEMPLATE = """<style>
.w { position:absolute; left:84px; right:84px; top:58px; bottom:50px; font: 14.5px ${serif}; color:#1a1a1a; line-height:22px }
.lh { display:flex; justify-content:space-between; align-items:flex-end; border-bottom:2px solid ${accent}; padding-bottom:8px }
.co { font: bold 21px ${display}; color:${dark}; display:flex; align-items:center; gap:10px; white-space:nowrap }
.co .mk { width:26px; height:26px; background:${accent}; clip-path: polygon(50% 0, 100% 50%, 50% 100%, 0 50%) }
.ad { text-align:right; font: 11px ${sans}; line-height:18px; color:#444 }
h1 { margin:34px 0 18px; font: bold 22px ${sans}; letter-spacing:7px; color:#222 }
.hdr { border-bottom:1px solid #999; padding-bottom:10px; margin-bottom:18px }
.hdr div { display:flex } .hdr b { width:86px; font: bold 13px ${sans}; letter-spacing:1px; padding-top:2px }
p { margin:0 0 14px; text-align:justify }
table { border-collapse:collapse; width:100%; margin:4px 0 18px; font: 13.5px ${sans} }
td { border:1px solid #888; padding:5px 9px; vertical-align:top; line-height:18px }
td.l { width:34%; background:${light}; font-weight:bold; color:#333 }
.sig { margin-top:26px } .sig .h { font: 30px ${hand}; color:#1d2b5a; line-height:34px; white-space:nowrap }
.sig .n { border-top:1px solid #333; display:inline-block; padding-top:3px; min-width:240px; font: 13.5px ${sans}; line-height:18px }
.ft { position:absolute; left:0; right:0; bottom:0; display:flex; justify-content:space-between; font: 9.5px ${sans}; color:#666; border-top:1px solid #ccc; padding-top:4px }
</style>
<div class="w">
 <div class="lh">
  <div class="co"><span class="mk"></span>${company}</div>
  <div class="ad">${street}<br>${city}<br>${phone}</div>
 </div>
 <h1>${memo_word}</h1>
 <div class="hdr">
  <div><b>TO:</b>${to}</div>
  <div><b>FROM:</b>${supervisor}, ${role}</div>
  <div><b>CC:</b>${name}</div>
  <div><b>DATE:</b>${memo_date}</div>
  <div><b>RE:</b>${subject}</div>
 </div>
 <p>${opening} ${name_again}, ${job} with ${company_short} since ${year_hired}, attended an education session at ${event} at the ${venue} on ${date}. ${presence}</p>
 <table>
  <tr><td class="l">${session_label}</td><td>${title}</td></tr>
  <tr><td class="l">Presenter</td><td>${speaker}</td></tr>
  <tr><td class="l">Room</td><td>${room}</td></tr>
  <tr><td class="l">Session time</td><td>${time}</td></tr>
  <tr><td class="l">${credit_label}</td><td>${hours}</td></tr>
  <tr><td class="l">IICRC registrant no.</td><td>${registrant}</td></tr>
 </table>
 <p>${closing}</p>
 <div class="sig"><div class="h">${scribble}</div><div class="n">${supervisor}<br>${role}</div></div>
 <div class="ft"><span>${form_no}</span><span>Page 1 of 1</span></div>
</div>
"""

COMPANIES = [
    ("Brightline Restoration, Inc.", "Brightline"),
    ("Cardinal Water & Fire Restoration", "Cardinal"),
    ("Pioneer Dry-Out Services LLC", "Pioneer Dry-Out"),
    ("Northgate Cleaning & Restoration", "Northgate"),
    ("Tri-County Emergency Restoration", "Tri-County"),
    ("BlueStone Property Restoration", "BlueStone"),
]
JOBS = [
    "a water mitigation technician",
    "a crew lead",
    "a project manager",
    "a restoration technician",
    "our mold remediation supervisor",
    "an estimator",
]


def fill(d):
    r = d.rng
    company, short = d.pick(COMPANIES)
    street, city = d.address()
    supervisor = d.person()
    parts = supervisor.replace(".", "").split()
    start_h = r.choice([8, 9, 10, 13, 14, 15])
    start_m = r.choice([0, 0, 30])
    minutes = round(d.credit * 60)
    end_total = start_h * 60 + start_m + minutes

    def clock(total: int) -> str:
        h, m = divmod(total, 60)
        return f"{(h - 1) % 12 + 1}:{m:02d} {'AM' if h < 12 else 'PM'}"

    name = d.name("plain")
    return {
        "company": company,
        "company_short": short,
        "street": street,
        "city": city,
        "phone": d.phone(),
        "memo_word": d.pick(["MEMORANDUM", "INTEROFFICE MEMO", "MEMO"]),
        "to": d.pick(
            [
                "IICRC Renewals Department",
                "Employee Training File",
                "Certification Records / HR",
            ]
        ),
        "supervisor": supervisor,
        "role": d.pick(["Operations Manager", "General Manager", "Production Manager", "Owner"]),
        "name": name,
        "memo_date": d.other_date("issue", d.pick(["long", "us_numeric", "short_month"])),
        "subject": d.pick(
            [
                "Verification of education session attendance",
                "CEC documentation, trade show education session",
                "Continuing education attendance for renewal",
            ]
        ),
        "opening": d.pick(["This memo confirms that", "Please accept this memo as proof that"]),
        "name_again": name,
        "job": d.pick(JOBS),
        "year_hired": d.completed.year - r.randint(1, 9),
        "event": d.provider(),
        "venue": d.venue(),
        "date": d.date(d.pick(["long", "weekday", "ordinal", "us_numeric"])),
        "presence": d.pick(
            [
                "I attended the same session and can confirm presence from start to finish.",
                "The session badge scan and the sign-in sheet both show full attendance.",
                "I was in the room for the whole session and initialed the sign-in sheet.",
            ]
        ),
        "session_label": d.pick(["Session title", "Session", "Topic"]),
        "title": d.title("plain"),
        "speaker": d.person(),
        "room": d.pick(["Hall C, Room 204", "Room 112", "Ballroom B", "Meeting Room 3A", "S230"]),
        "time": f"{clock(start_h * 60 + start_m)} – {clock(end_total)}",
        "credit_label": d.pick(["CEC hours requested", "Credit", "CECs"]),
        "hours": d.hours(d.pick(["cec_hours", "hrs", "hours_title", "cecs"])),
        "registrant": d.number(),
        "closing": d.pick(
            [
                "Attached are the session page from the show program and a copy of the "
                "attendee badge. Please call the office with any questions.",
                "A copy of the program listing and the registration receipt are attached. "
                "Contact me at the number above if anything further is needed.",
            ]
        ),
        "scribble": f"{parts[0]} {parts[-1]}",
        "form_no": d.pick(["Form TR-07 rev. 3", "HR-114 (training record)", "Doc. OPS-22"]),
    }
