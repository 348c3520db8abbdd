"""An inter-office style memorandum a convention's education office sends to
an attendee who asked for proof of a session, printed on the show's
letterhead: the show's emblem and name form the only mark at the top (the
convention is not named again in the body, only "the convention"), the word
MEMORANDUM, a TO / FROM / DATE / RE block in which FROM is the education
manager and DATE is the day the memo was written (not the session), a rule,
then three short paragraphs: the session title, the day it was held and the
room, the clock times it ran, the credit it was approved for and its
approval number all sit inside sentences. A cc line and the writer's initials
close it."""

SOURCE = (
    "Memorandum form (TO / FROM / DATE / RE) as used for attendance verification letters by CE "
    "offices, e.g. https://csweorg-dev.azurewebsites.net/Events-Meetings/APM-Archives/2014-APM/"
    "CEs/Attendance-Tracking (verifying session attendance after a conference)"
)
KIND = "session"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "letter",
    "sentence",
    "labelled",
    "portrait",
    "provider-in-logo",
    "distractor-person",
    "distractor-date",
    "hours-in-sentence",
)

TEMPLATE = """<style>
.w { position:absolute; inset:56px 76px; font: 14.5px ${serif}; color:#1c1c1c; line-height:22px }
.lh { display:flex; align-items:center; gap:14px; padding-bottom:10px; border-bottom:2px solid ${dark} }
.em { width:58px; height:58px; border:3px solid ${dark}; border-radius:50%; display:flex; align-items:center; justify-content:center; font: bold 15px ${display}; color:${dark}; position:relative }
.em:after { content:""; position:absolute; inset:4px; border:1px solid ${accent}; border-radius:50% }
.lh .nm { font: bold 22px ${display}; color:${dark}; line-height:26px } .lh .ad { font: 11px ${sans}; color:#555; line-height:15px }
h1 { font: bold 26px ${sans}; letter-spacing:6px; margin:30px 0 16px }
table.hd { border-collapse:collapse; font-size:14.5px }
table.hd td { padding:3px 0; vertical-align:top } table.hd td.l { width:80px; font: bold 13px ${sans}; padding-top:5px }
hr { border:0; border-top:1px solid #333; margin:14px 0 18px }
.b p { margin:0 0 14px } .b span { white-space:nowrap }
.cl { margin-top:26px } .cc { margin-top:34px; font-size:12.5px; color:#333 }
</style>
<div class="w">
 <div class="lh"><div class="em">${initials}</div><div><div class="nm">${event}</div><div class="ad">${office} &middot; ${street}, ${town} &middot; ${phone}</div></div></div>
 <h1>MEMORANDUM</h1>
 <table class="hd">
  <tr><td class="l">TO:</td><td>${name}</td></tr>
  <tr><td class="l">FROM:</td><td>${writer}, ${writer_role}</td></tr>
  <tr><td class="l">DATE:</td><td>${memo_date}</td></tr>
  <tr><td class="l">RE:</td><td>${re}</td></tr>
 </table>
 <hr>
 <div class="b">
  <p>${p1_html}</p>
  <p>${p2_html}</p>
  <p>${p3}</p>
 </div>
 <div class="cl">${initials_line}</div>
 <div class="cc">cc: ${cc}<br>${enc}</div>
</div>
"""


def fill(d):
    from html import escape

    def span(text):
        return f"<span>{escape(text)}</span>"

    event = d.provider()
    words = [w for w in (d.org_alt or event).split() if w[:1].isupper()]
    street, town = d.address()
    writer = d.person()
    name = d.name(d.pick(["plain", "plain", "honorific"]))
    title = span(d.title())
    date = span(d.date(d.pick(["weekday", "long", "ordinal"])))
    start = d.pick(["8:30 a.m.", "10:15 a.m.", "1:00 p.m.", "2:45 p.m.", "9:00 a.m."])
    room = d.pick(["Room 201B", "Ballroom C", "Hall E, Classroom 3", "Meeting Room 114", "Salon 6"])
    hours = span(d.hours(d.pick(["cec_hours", "cecs", "hours_title"])))
    approval = span(d.approval())
    p1 = d.pick(
        [
            f"This memo confirms that you attended the education session {title}, held on "
            f"{date} in {escape(room)} during the convention.",
            f"Our session scans show that you were present for {title} on {date} ({escape(room)}).",
        ]
    )
    p2 = (
        f"The session began at {escape(start)} and you remained through its close. It was approved "
        f"for {hours} under approval number {approval}, and your attendance has been reported."
    )
    w_init = "".join(p[0] for p in writer.split() if p[:1].isupper())
    return {
        "initials": "".join(w[0] for w in words)[:3],
        "event": event,
        "office": d.pick(
            ["Education Office", "Office of Education Programs", "Education Department"]
        ),
        "street": street,
        "town": town,
        "phone": d.phone(),
        "name": name,
        "writer": writer,
        "writer_role": d.pick(["Education Manager", "CE Coordinator", "Director of Education"]),
        "memo_date": d.other_date("issue", d.pick(["long", "us_numeric", "short_month"])),
        "re": d.pick(
            [
                "Verification of continuing education attendance",
                "Your request for proof of attendance",
                "Session attendance confirmation",
            ]
        ),
        "p1_html": p1,
        "p2_html": p2,
        "p3": "Please keep this memo with your renewal records. If a certifying body asks for further "
        "proof, reply to this office and we will send the scan log for the session.",
        "initials_line": f"{w_init}/{d.pick(['jm', 'kt', 'rb', 'lf'])}",
        "cc": d.pick(["Registrant file", "CE records", "Education Committee"]),
        "enc": d.pick(["", "Enc.: session description"]),
    }
