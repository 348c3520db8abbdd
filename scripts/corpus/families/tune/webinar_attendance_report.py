"""A plain attendance confirmation produced from a web-meeting platform's
attendee report: the host's name as a small header line, a title, a
labelled list (attendee, e-mail, webinar topic, date, join and leave times,
time in session, credit), the presenter and moderator, and a note that the
record comes from the platform's log. Landscape, no border, no artwork."""

SOURCE = (
    "https://cccep.ca/requirements-for-accreditation/statements-of-attendance/ (records of "
    "attendance downloaded from a videoconference platform)"
)
KIND = "session"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = ("labelled", "landscape", "plain", "distractor-person")

TEMPLATE = """<style>
.w { position:absolute; inset:54px 80px; font: 15px ${face}; color:#222 }
.host { font-size:13px; color:#666; letter-spacing:1px; text-transform:uppercase }
h1 { font: 30px ${face}; margin:8px 0 26px; font-weight:normal; color:${dark} }
dl { display:grid; grid-template-columns:210px 1fr; gap:11px 16px; margin:0 }
dt { color:#666 } dd { margin:0; font-weight:bold }
.ppl { margin-top:28px; display:flex; gap:70px; font-size:14px } .ppl span { color:#666; display:block; font-size:12px }
.nt { position:absolute; left:0; right:0; bottom:0; font-size:11.5px; color:#666; line-height:17px }
</style>
<div class="w">
 <div class="host">${host}</div>
 <h1>${heading}</h1>
 <dl>
  <dt>${who_label}</dt><dd>${name}</dd>
  <dt>E-mail</dt><dd>${email}</dd>
  <dt>${topic_label}</dt><dd>${title}</dd>
  <dt>Date</dt><dd>${date}</dd>
  <dt>Joined / Left</dt><dd>${joined} – ${left}</dd>
  <dt>Time in session</dt><dd>${minutes} minutes</dd>
  <dt>${credit_label}</dt><dd>${hours}</dd>
 </dl>
 <div class="ppl"><div><span>Presenter</span>${presenter}</div><div><span>Moderator</span>${moderator}</div><div><span>Webinar ID</span>${wid}</div></div>
 <div class="nt">${note}</div>
</div>
"""


def fill(d):
    start = d.pick([9 * 60, 11 * 60, 13 * 60, 14 * 60 + 30])
    minutes = int(d.credit * 60) + d.pick([1, 3, 6])
    join = start - d.pick([0, 2, 4])

    def clock(m):
        h, mm = divmod(m, 60)
        return f"{(h - 1) % 12 + 1}:{mm:02d} {'AM' if h < 12 else 'PM'}"

    user = "".join(ch for ch in (d.first[0] + d.last).lower() if ch.isascii() and ch.isalpha())
    return {
        "face": d.fonts[d.pick(["sans", "sans", "serif"])],
        "host": d.provider(),
        "heading": d.pick(
            [
                "Webinar Attendance Confirmation",
                "Attendance Verification – Live Webinar",
                "Webinar Attendance",
            ]
        ),
        "who_label": d.pick(["Attendee", "Registrant", "Participant name"]),
        "name": d.name(d.pick(["plain", "plain", "last_first"])),
        "email": f"{user}@{d.pick(['gmail.com', 'outlook.com', 'icloud.com'])}",
        "topic_label": d.pick(["Webinar", "Topic", "Session"]),
        "title": d.title("plain"),
        "date": d.date(d.pick(["weekday", "long", "us_numeric", "dmy_long"])),
        "joined": clock(join),
        "left": clock(join + minutes),
        "minutes": minutes,
        "credit_label": d.pick(["Credit", "CE credit", "Credit earned"]),
        "hours": d.hours(d.pick(["cecs", "cec_hours", "hrs", "hours_title"])),
        "presenter": d.person(),
        "moderator": d.person(),
        "wid": f"{d.rng.randrange(100, 999)} {d.rng.randrange(100, 999)} {d.rng.randrange(1000, 9999)}",
        "note": d.pick(
            [
                "Generated from the platform's attendee report. Attendees must be connected for at "
                "least 90% of the session to receive credit.",
                "This confirmation is produced automatically from the webinar log and is valid "
                "without a signature.",
            ]
        ),
    }
