"""A webinar attendance e-mail as printed from a phone's mail app: the
printer's header line, sender, subject and received time, then a short
message in sentences: the attendee was in the live webinar for so many
minutes between join and leave times, and so many CEC hours were credited;
the presenter and a support address close it."""

SOURCE = (
    "wording: post-webinar attendance e-mails sent by trade-association and show organisers' "
    "webinar platforms (join and leave times, minutes in session, CE hours credited)"
)
KIND = "session"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "portrait",
    "sentence",
    "time-attended",
    "hours-in-sentence",
    "distractor-person",
    "screenshot",
)

TEMPLATE = """<style>
.pr { position:absolute; left:34px; right:34px; top:18px; display:flex; justify-content:space-between; font: 10px ${sans}; color:#666 }
.w { position:absolute; left:64px; right:64px; top:52px; font: 14px ${sans}; color:#1a1a1a; line-height:21px }
.sub { font: bold 21px ${sans}; line-height:27px; margin-bottom:14px }
.fr { display:flex; gap:12px; align-items:center; border-bottom:1px solid #ddd; padding-bottom:12px }
.av { width:40px; height:40px; border-radius:50%; background:${accent}; flex:none }
.fr .n { font-weight:bold } .fr .a { font-size:12px; color:#666; line-height:16px }
.to { font-size:12px; color:#666; margin-top:6px }
.body { margin-top:20px } .body p { margin:0 0 13px }
.box { border-left:4px solid ${dark}; background:#f4f6f8; padding:8px 12px; margin:0 0 14px; font-size:13.5px }
.sig { margin-top:8px; color:#333 }
.ft { margin-top:26px; font-size:11px; color:#777; line-height:15px; border-top:1px solid #eee; padding-top:10px }
</style>
<div class="pr"><span>${print_stamp}</span><span>Mail - ${subject_short}</span></div>
<div class="w">
 <div class="sub">${subject}</div>
 <div class="fr"><div class="av"></div><div><div class="n">${event_short} Education</div><div class="a">${sender}</div></div></div>
 <div class="to">To: ${email} &middot; ${received}</div>
 <div class="body">
  <p>Hi ${first},</p>
  <p>Thank you for attending <b>${title}</b>, presented by ${presenter} as part of the ${event} webinar series on ${date}.</p>
  <p>Our attendance report shows you joined at ${join} and left at ${leave}, for ${minutes} minutes in the live session. ${rule}</p>
  <div class="box">${name}, you have been credited with ${hours} for this session.</div>
  <p>${closing}</p>
  <p class="sig">${sign_off}<br>${coordinator}<br>${coord_role}</p>
 </div>
 <div class="ft">You are receiving this message because you registered for a ${event_short} webinar. Questions: ${support}</div>
</div>
"""


def _clock(minutes):
    h, m = divmod(minutes, 60)
    return f"{(h - 1) % 12 + 1}:{m:02d} {'AM' if h < 12 else 'PM'}"


def fill(d):
    from datetime import timedelta

    from corpus.formats import fmt_date

    sent = d.completed + timedelta(days=d.rng.randint(1, 6))
    start = d.pick([11 * 60, 12 * 60, 13 * 60, 14 * 60, 15 * 60 + 30])
    minutes = round(d.credit * 60) + d.pick([2, 4, 7, 11])
    event = d.provider()
    title = d.title()
    short = (d.org_alt or event).split(" ")[0] + " " + (d.org_alt or event).split(" ")[1]
    return {
        "print_stamp": fmt_date(sent, "us_short") + d.pick([", 7:42 AM", ", 6:15 PM"]),
        "subject_short": "Your certificate of attendance",
        "subject": d.pick(
            [
                "Your certificate of attendance",
                "Attendance confirmed: CEC credit",
                "Thanks for attending!",
            ]
        ),
        "event_short": short,
        "sender": "noreply@" + d.web().removeprefix("www."),
        "email": (d.first[0] + d.last.split()[-1]).lower().replace("'", "") + "@gmail.com",
        "received": fmt_date(sent, "short_month") + d.pick([" at 9:03 AM", " at 4:48 PM"]),
        "first": d.first,
        "title": title,
        "presenter": d.person(),
        "event": event,
        "date": d.date(d.pick(["long", "weekday", "short_month"])),
        "join": _clock(start - d.pick([1, 3])),
        "leave": _clock(start + minutes),
        "minutes": str(minutes),
        "rule": d.pick(
            [
                "Credit is based on the minutes you were connected, in half-hour steps.",
                "Attendees must stay for the whole session and answer the polls to receive credit.",
            ]
        ),
        "name": d.name("plain"),
        "hours": d.hours(d.pick(["cec_hours", "cecs", "hours_title"])),
        "closing": d.pick(
            [
                "Please keep this e-mail as your certificate of attendance. We report credit to the "
                "certifying body within 30 days.",
                "Save or print this message for your records; no separate certificate will be mailed.",
            ]
        ),
        "sign_off": d.pick(["Best regards,", "Thank you,", "Sincerely,"]),
        "coordinator": d.person(),
        "coord_role": d.pick(["Education Coordinator", "Webinar Program Manager", "Registrar"]),
        "support": d.pick(["education@", "webinars@"]) + d.web().removeprefix("www."),
    }
