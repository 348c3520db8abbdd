"""A webinar's calendar invitation printed from a desktop mail client in its
memo style: the mailbox owner's name in bold over a heavy rule, then the
appointment's fields in two columns (subject, location as a join link,
start and end, show time as, recurrence, meeting status, organizer,
attendees) and the invitation body: the greeting, the session and the
event, the join link, webinar ID and passcode, dial-in numbers, and a note
saying how credit will be earned (attend live long enough and answer the
polls; the certificate comes later by e-mail). It records that someone was
invited, not that anyone attended or earned credit."""

SOURCE = (
    "wording and layout: desktop mail client 'Memo Style' print of a calendar item "
    "(Subject / Location / Start / End / Show Time As / Recurrence / Meeting Status / "
    "Organizer), with the join details webinar platforms put in registration invites"
)
KIND = "other"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = ("other", "portrait", "labelled", "web-printout", "distractor-person")

TEMPLATE = """<style>
.w { position:absolute; left:${mx}px; right:${mx}px; top:64px; font: 13.5px ${face}; color:#000 }
.own { font: bold 17px ${face}; padding-bottom:4px; border-bottom:${rule}px solid #000 }
table { margin-top:16px; border-collapse:collapse; width:100% }
td { padding:1px 0; vertical-align:top; line-height:19px }
td.k { width:150px; font-weight:bold }
.gap td { height:12px }
.body { margin-top:26px; line-height:20px; white-space:normal }
.body p { margin:0 0 12px }
.body .ln { color:#1a0dab; text-decoration:underline; word-break:break-all }
.body .hr { border-top:1px solid #999; margin:14px 0 }
.ce { border-left:3px solid ${accent}; padding:6px 12px; background:#f7f7f7 }
.pf { position:absolute; left:${mx}px; right:${mx}px; bottom:40px; text-align:center; font: 11px ${face}; color:#444 }
</style>
<div class="w">
 <div class="own">${owner}</div>
 <table>
  <tr><td class="k">Subject:</td><td>${subject}</td></tr>
  <tr><td class="k">Location:</td><td>${location}</td></tr>
  <tr class="gap"><td></td><td></td></tr>
  <tr><td class="k">Start:</td><td>${start}</td></tr>
  <tr><td class="k">End:</td><td>${end}</td></tr>
  <tr><td class="k">Show Time As:</td><td>${show_as}</td></tr>
  <tr class="gap"><td></td><td></td></tr>
  <tr><td class="k">Recurrence:</td><td>(none)</td></tr>
  <tr class="gap"><td></td><td></td></tr>
  <tr><td class="k">Meeting Status:</td><td>${status}</td></tr>
  <tr class="gap"><td></td><td></td></tr>
  <tr><td class="k">Organizer:</td><td>${organizer}</td></tr>
  ${attendees_html}
 </table>
 <div class="body">
  <p>${greeting}</p>
  <p>${registered}</p>
  <p>${presenter_line}</p>
  <div class="hr"></div>
  <p>${join_lead}<br><span class="ln">${link}</span></p>
  <p>Webinar ID: ${wid}<br>Passcode: ${passcode}</p>
  <p>${dial_lead}<br>${dial1}<br>${dial2}</p>
  <div class="hr"></div>
  <p class="ce">${ce_note}</p>
  <p>${closing}<br>${signoff}</p>
 </div>
</div>
<div class="pf">1</div>
"""


def fill(d):
    import html

    from corpus.formats import WEEKDAYS
    from corpus.values import EVENTS, SESSIONS

    r = d.rng
    session = d.pick(SESSIONS)
    event = f"{d.pick(EVENTS)} {d.completed.year}"
    day = d.completed
    start = d.pick([11 * 60, 12 * 60, 13 * 60, 14 * 60])
    minutes = d.pick([60, 60, 90, 120])

    def stamp(m):
        h, mm = divmod(m, 60)
        return (
            f"{WEEKDAYS[day.weekday()][:3]} {day.month}/{day.day}/{day.year} "
            f"{(h - 1) % 12 + 1}:{mm:02d} {'AM' if h < 12 else 'PM'}"
        )

    wid = f"{r.randrange(800, 999)} {r.randrange(1000, 9999)} {r.randrange(1000, 9999)}"
    link = f"https://us02web.zoom.us/w/{wid.replace(' ', '')}?tk={''.join(r.choice('abcdefghijkmnopqrstuvwxyz0123456789') for _ in range(24))}"
    owner = d.person()
    attendees = ""
    if d.chance(0.6):
        attendees = (
            '<tr class="gap"><td></td><td></td></tr><tr><td class="k">Required Attendees:</td>'
            f"<td>{html.escape(owner)}</td></tr>"
        )
    cecs = d.pick(["1", "1.5", "2"])
    return {
        "mx": d.pick([72, 86, 96]),
        "face": d.fonts[d.pick(["sans", "sans", "serif"])],
        "rule": d.pick([3, 4, 5]),
        "owner": owner,
        "subject": d.pick(
            [
                f"{session} - {event} Webinar",
                f"[Webinar] {session}",
                f"{event}: {session} (live online)",
            ]
        ),
        "location": link
        if d.chance(0.6)
        else d.pick(["Zoom Webinar", "Online - see join link below"]),
        "start": stamp(start),
        "end": stamp(start + minutes),
        "show_as": d.pick(["Busy", "Tentative"]),
        "status": d.pick(["Accepted", "Not yet responded", "Tentatively accepted"]),
        "organizer": f"{event.rsplit(' ', 1)[0]} Education",
        "attendees_html": attendees,
        "greeting": d.pick(["Hi there,", f"Hello {owner.split()[0]},", "Dear attendee,"]),
        "registered": d.pick(
            [
                f"You are registered for {session}, part of the {event} virtual education series.",
                f"Thank you for registering for \u201c{session}\u201d ({event}).",
            ]
        ),
        "presenter_line": f"Presenter: {d.person()}  \u00b7  Moderator: {d.person()}",
        "join_lead": d.pick(
            [
                "Join from a PC, Mac, iPad, iPhone or Android device:",
                "Please click the link below to join the webinar:",
            ]
        ),
        "link": link,
        "wid": wid,
        "passcode": f"{r.randrange(100000, 999999)}",
        "dial_lead": "Or One tap mobile:",
        "dial1": f"US: +1{r.randrange(200, 999)}{r.randrange(1000000, 9999999)},,{wid.replace(' ', '')}#",
        "dial2": f"Or Telephone: {d.phone()}",
        "ce_note": d.pick(
            [
                f"This webinar is approved for {cecs} IICRC CEC{'' if cecs == '1' else 's'}. To receive credit you must attend "
                "the live session for at least 90% of its length and answer the polling questions. "
                "Certificates are e-mailed within 10 business days.",
                f"Continuing education: {cecs} CEC pending approval. Recordings do not qualify. "
                "Your attendance report, not this invitation, is your proof of participation.",
            ]
        ),
        "closing": d.pick(["See you there,", "Thank you,", "Regards,"]),
        "signoff": f"{event.rsplit(' ', 1)[0]} Education Team",
    }
