"""Not a record: a calendar invitation for an upcoming webinar, printed from
a mail client (portrait screen printout). A browser print header, the
meeting subject, the invitee in the Required line, When/Where/Organizer
rows, Accept/Tentative/Decline buttons, and a body that says what the
session will offer in CEC once attendance is verified. The session has not
happened; nobody has earned anything."""

SOURCE = (
    "refineddata/moodle-local_reminders:templates/email_refined_meet.php (you are invited to "
    "participate in a training meeting scheduled for a date and time zone, join button)"
)
KIND = "other"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "other",
    "web-printout",
    "labelled",
    "sentence",
    "portrait",
    "distractor-person",
    "distractor-date",
    "hours-in-sentence",
)

TEMPLATE = """<style>
.w { position:absolute; inset:0; font: 13px ${sans}; color:#222 }
.ph { display:flex; justify-content:space-between; padding:10px 22px 4px; font-size:9.5px; color:#666 }
.bar { margin:6px 22px 0; border-bottom:1px solid #bbb; padding-bottom:6px; font-size:11px; color:#444 }
.bar b { font-size:12px; color:#111 }
.subj { margin:14px 22px 0; font: 600 21px ${sans}; line-height:26px; color:#111 }
.cal { margin:12px 22px 0; display:flex; gap:16px; align-items:flex-start }
.ico { width:62px; border:1px solid #aaa; border-radius:4px; overflow:hidden; text-align:center; flex:none }
.ico .m { background:${accent}; color:#fff; font: bold 11px ${sans}; padding:2px 0; letter-spacing:1px }
.ico .dd { font: bold 26px ${sans}; padding:4px 0; line-height:30px }
.rows { display:grid; grid-template-columns:92px 1fr; row-gap:5px; font-size:12.5px; line-height:16px }
.rows span { color:#666 }
.btns { margin:14px 22px 0; display:flex; gap:8px }
.btns div { border:1px solid #888; border-radius:3px; padding:4px 14px; font-size:12px }
.body { margin:16px 22px 0; border-top:1px solid #ddd; padding-top:12px; line-height:19px; font-size:13px }
.body p { margin-bottom:10px }
.box { border-left:4px solid ${accent}; background:${light}; padding:8px 12px; margin:10px 0 }
.join { display:inline-block; background:${dark}; color:#fff; padding:7px 18px; font-weight:bold; border-radius:3px; margin:4px 0 10px }
.dial { font-size:11.5px; color:#444; line-height:16px }
.ft { position:absolute; left:22px; right:22px; bottom:12px; font-size:9.5px; color:#777; display:flex; justify-content:space-between }
</style>
<div class="w">
 <div class="ph"><span>${printed}</span><span>${client}</span></div>
 <div class="bar"><b>${mailbox}</b> &middot; ${folder}</div>
 <div class="subj">${subject}</div>
 <div class="cal">
  <div class="ico"><div class="m">${mon}</div><div class="dd">${day}</div></div>
  <div class="rows">
   <span>When</span><b>${when}</b>
   <span>Where</span><div>${where}</div>
   <span>Organizer</span><div>${organizer}</div>
   <span>Required</span><div>${invitee}</div>
   <span>Optional</span><div>${optional}</div>
  </div>
 </div>
 <div class="btns"><div>&#10003; Accept</div><div>? Tentative</div><div>&#10005; Decline</div><div>${propose}</div></div>
 <div class="body">
  <p>${hello}</p>
  <p>${p1}</p>
  <div class="box">${credit}</div>
  <p>${p2}</p>
  <div class="join">${join}</div>
  <div class="dial">${dial_html}</div>
 </div>
 <div class="ft"><span>${url}</span><span>1/1</span></div>
</div>
"""


def fill(d):
    from datetime import timedelta

    from corpus import values as V
    from corpus.formats import fmt_date, fmt_number

    r = d.rng
    day = d.completed + timedelta(days=r.randrange(5, 40))
    title = d.pick(V.SESSIONS + V.CE_COURSES)
    host = d.pick([s for s, _ in V.SCHOOLS] + V.ASSOCIATIONS)
    cec = d.pick([1, 1, 1.5, 2, 2, 3])
    start = d.pick([9, 10, 11, 13, 14])
    dur = int(cec * 60) if cec >= 1 else 60
    end_h, end_m = start + dur // 60, dur % 60
    tz = d.pick(["Eastern Time (US & Canada)", "Central Time", "Pacific Time", "Mountain Time"])
    me = d.person()
    slug = "".join(ch for ch in host.lower() if ch.isalnum())[:14]
    n = fmt_number(cec, r, False)
    unit = d.pick(["CEC", "CECs", "CE hours", "IICRC CEC hours"])
    return {
        "printed": f"{fmt_date(d.completed + timedelta(days=r.randrange(1, 4)), 'us_short')}, {d.pick(['8:14 AM', '4:52 PM', '11:03 AM'])}",
        "client": d.pick(["Mail - Calendar", "Outlook", "Inbox - Webmail"]),
        "mailbox": me,
        "folder": d.pick(["Inbox", "Calendar", "Invitations"]),
        "subject": d.pick([f"Webinar: {title}", f"Invitation: {title}", f"[Live webinar] {title}"]),
        "mon": fmt_date(day, "long")[:3].upper(),
        "day": str(day.day),
        "when": f"{fmt_date(day, 'weekday')} {start % 12 or 12}:00 {'AM' if start < 12 else 'PM'} – {end_h % 12 or 12}:{end_m:02d} {'AM' if end_h < 12 else 'PM'} ({tz})",
        "where": d.pick(
            ["Online – Zoom webinar", "Microsoft Teams meeting", "GoToWebinar (link below)"]
        ),
        "organizer": f"{host} <training@{slug}.org>",
        "invitee": me,
        "optional": d.pick([d.person(), d.person() + "; " + d.person(), "—"]),
        "propose": d.pick(["Propose new time", "Forward", "More"]),
        "hello": d.pick([f"Hi {me.split()[0]},", "Hello,", f"Dear {me},"]),
        "p1": d.pick(
            [
                f"You are registered for the live webinar {title}, presented by {d.person()}. "
                "Please join a few minutes early to test your audio.",
                f"This is a reminder of your upcoming session, {title}, with {d.person()} of {host}.",
            ]
        ),
        "credit": d.pick(
            [
                f"This webinar offers {n} {unit} to participants who attend the full live session "
                "and pass the short quiz at the end.",
                f"Approved for {n} {unit}. Credit is granted only after attendance is verified; "
                "recordings are not eligible.",
                f"CE credit available: {n} {unit} (live attendance required, camera optional).",
            ]
        ),
        "p2": d.pick(
            [
                "Your certificate, if earned, will be e-mailed within ten business days of the session.",
                "Attendance is tracked by the webinar platform. Please log in with the e-mail you "
                "registered with, or your attendance cannot be matched.",
            ]
        ),
        "join": d.pick(["Join webinar", "Click here to join", "Join the session"]),
        "dial_html": f"Webinar ID: {r.randrange(100, 999)} {r.randrange(1000, 9999)} {r.randrange(1000, 9999)} · Passcode: {r.randrange(100000, 999999)}<br>Dial in: {d.phone()}",
        "url": f"https://outlook.office.com/calendar/item/{r.randrange(10**8, 10**9)}",
    }
