"""An e-mail printed from a web mail client: the client's name and the
account at the top, the subject large, a From / Sent / To / Subject header
block, then a short message saying the attendee's booth visit was logged,
with a small two-column summary and a sign-off from the show's education
desk. The sent time and a page footer carry dates that are not the visit."""

SOURCE = (
    "https://rozz.certain.com/pages/attendees.html (event check-ins and CE credits awarded to an "
    "attendee) and https://www.randrmagonline.com/articles/85420-iicrc-continuing-education "
    "(signing in at the IICRC booth)"
)
KIND = "booth"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = ("record", "portrait", "labelled", "sentence", "distractor-date")

TEMPLATE = """<style>
.w { position:absolute; inset:36px 48px; font: 13px ${sans}; color:#222 }
.app { display:flex; justify-content:space-between; font-size:12px; color:#555; border-bottom:2px solid #444; padding-bottom:5px }
.app b { color:#222; font-size:14px }
h1 { font: 20px ${sans}; margin:18px 0 10px } .hdr { border-bottom:1px solid #bbb; padding-bottom:10px }
.hdr table td { padding:1.5px 10px 1.5px 0; font-size:12.5px } .hdr td:first-child { font-weight:bold; width:70px }
.msg { margin-top:20px; font: 14px ${face}; line-height:21px } .msg p { margin:0 0 13px }
.sum { border-collapse:collapse; margin:4px 0 16px } .sum td { border:1px solid #ccc; padding:5px 12px; font-size:13.5px }
.sum td:first-child { background:#f3f3f3 }
.foot { position:absolute; left:0; right:0; bottom:0; display:flex; justify-content:space-between; font-size:10px; color:#666 }
</style>
<div class="w">
 <div class="app"><b>${client}</b><span>${account}</span></div>
 <h1>${subject}</h1>
 <div class="hdr"><table>
  <tr><td>From:</td><td>${from_line}</td></tr>
  <tr><td>Sent:</td><td>${sent}</td></tr>
  <tr><td>To:</td><td>${to_line}</td></tr>
  <tr><td>Subject:</td><td>${subject}</td></tr></table></div>
 <div class="msg">
  <p>${greeting}</p>
  <p>${body}</p>
  <table class="sum">
   <tr><td>${visit_label}</td><td>${date}</td></tr>
   <tr><td>Activity</td><td>${title}</td></tr>
   <tr><td>${credit_label}</td><td>${hours}</td></tr>
  </table>
  <p>${keep}</p>
  <p>${closing}<br>${desk}<br>${event_line}</p>
 </div>
 <div class="foot"><span>${foot_left}</span><span>Page 1 of 1</span></div>
</div>
"""


def fill(d):
    event = d.provider()
    slug = "".join(ch for ch in (d.org_alt or event).lower() if ch.isalnum())[:16]
    name = d.name("plain")
    user = (d.first.split()[0][0] + d.last.replace(" ", "").replace("'", "")).lower()
    user = user.encode("ascii", "ignore").decode() or "tech"
    return {
        "face": d.fonts[d.pick(["serif", "sans"])],
        "client": d.pick(["Webmail", "Mail", "Inbox"]),
        "account": f"{user}@{d.pick(['gmail.com', 'outlook.com', 'yahoo.com'])}",
        "subject": d.pick(
            [
                "Your booth visit has been recorded",
                "Booth check-in confirmation",
                "We logged your visit to the certification booth",
            ]
        ),
        "from_line": f"Education Desk <education@{slug}.org>",
        "sent": d.other_date("issue", "weekday") + d.pick([" 9:14 AM", " 4:52 PM", " 11:03 PM"]),
        "to_line": f"{name} <{user}@…>",
        "greeting": d.pick([f"Hello {d.first},", f"Dear {name},", "Hi there,"]),
        "body": d.pick(
            [
                f"Thank you for stopping by the certification booth at the {event}. Your badge was "
                "scanned and your visit has been added to your continuing education record.",
                f"This message confirms that your registration at the certification booth during "
                f"the {event} was received. The credit below will be posted to your account.",
            ]
        ),
        "visit_label": d.pick(["Visit date", "Checked in", "Date"]),
        "date": d.date(d.pick(["long", "short_month", "us_numeric", "dmy_long"])),
        "title": d.set_title(
            d.pick(
                ["IICRC Booth Registration", "IICRC booth check-in", "Certification booth visit"]
            ),
            ["IICRC Booth Registration"],
        ),
        "credit_label": d.pick(["Credit", "CECs earned", "Continuing education"]),
        "hours": d.hours(d.pick(["cecs", "cec_hours", "hours_title"])),
        "keep": d.pick(
            [
                "Please keep this e-mail as proof of attendance. Allow up to 30 days for the credit "
                "to appear.",
                "No further action is needed. Keep this message for your records.",
            ]
        ),
        "closing": d.pick(["Regards,", "Thank you,", "See you next year,"]),
        "desk": d.person(),
        "event_line": f"Education Desk, {event}",
        "foot_left": f"Printed {d.other_date('print', 'us_numeric')}",
    }
