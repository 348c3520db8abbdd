"""A calendar item printed in a desktop mail client's memo style: the
mailbox owner's name large and bold over a heavy rule, then a column of bold
labels with their values (subject, location, start, end, show time as,
recurrence, meeting status, organizer, required and optional attendees),
a thin rule and the organizer's note in plain running text: seats booked
for a class, the daily hours, the hotel, what to bring and the CEC hours the
class carries once passed. A printed footer carries the owner, page number
and print date. It books time on a calendar; it proves nothing was
attended."""

SOURCE = (
    "wording: Microsoft Outlook 'Memo Style' printouts of calendar meetings (owner name over a "
    "heavy rule; Subject, Location, Start, End, Show Time As, Recurrence, Meeting Status, "
    "Organizer, Required Attendees), as restoration company office managers send to book "
    "technicians into a class"
)
KIND = "other"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "other",
    "portrait",
    "labelled",
    "sentence",
    "date-range",
    "distractor-person",
    "email-printout",
)

TEMPLATE = """<style>
.w { position:absolute; inset:56px 64px 70px; font:13.5px ${body}; color:#000 }
.own { font:bold 20px ${body}; padding-bottom:4px; border-bottom:4px solid #000 }
table { border-collapse:collapse; margin-top:14px }
td { padding:1px 0; vertical-align:top; line-height:19px } td.k { font-weight:bold; width:168px; white-space:nowrap; padding-right:10px }
tr.gap td { height:12px }
.rule { border-top:1px solid #000; margin:16px 0 14px }
.body { font:13.5px/20px ${body} } .body p { margin:0 0 11px }
.body ul { margin:0 0 11px; padding-left:22px }
.sig { margin-top:4px; line-height:18px }
.ft { position:absolute; left:64px; right:64px; bottom:30px; display:flex; justify-content:space-between; font:10.5px ${body}; color:#222 }
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
  <tr><td class="k">Recurrence:</td><td>${recurrence}</td></tr>
  <tr class="gap"><td></td><td></td></tr>
  <tr><td class="k">Meeting Status:</td><td>${status}</td></tr>
  <tr class="gap"><td></td><td></td></tr>
  <tr><td class="k">Organizer:</td><td>${organizer}</td></tr>
  <tr><td class="k">Required Attendees:</td><td>${required}</td></tr>
  ${optional_html}
 </table>
 <div class="rule"></div>
 <div class="body">
  <p>${greeting}</p>
  <p>${para1}</p>
  <p>${para2}</p>
  <ul>${bring_html}</ul>
  <p>${para3}</p>
  <div class="sig">${organizer_short}<br>${organizer_role}<br>${company}<br>${phone}</div>
 </div>
</div>
<div class="ft"><span>${owner}</span><span>1</span><span>${printed}</span></div>
"""

COMPANIES = [
    "Apex Restoration Group",
    "Dry Right Water & Fire",
    "Benchmark Disaster Recovery",
    "ProClean Carpet & Restoration",
    "Keystone Emergency Services",
]
BRING = [
    "Photo ID (needed at the exam)",
    "Steel-toe boots for the lab day",
    "A calculator and two pencils",
    "Your company tablet with the moisture app",
    "Safety glasses and gloves",
    "The pre-class reading (link in the confirmation e-mail)",
]


def fill(d):
    import html
    from datetime import timedelta

    from corpus.formats import WEEKDAYS, fmt_date

    e = html.escape
    r = d.rng
    days = max(1, round(d.credit / 7))
    first = d.completed - timedelta(days=days - 1)

    def outlook(day, text=None):
        text = text or f"{day.month}/{day.day}/{day.year}"
        return f"{WEEKDAYS[day.weekday()][:3]} {text}"

    owner = d.name("plain")
    organizer = d.person()
    others = [d.person() for _ in range(r.choice([0, 1, 2]))]
    crew = [owner] + others
    r.shuffle(crew)
    title = d.title(d.pick(["plain", "with_code", "code_first"]))
    org = d.provider()
    street, town = d.address()
    start_t = d.pick(["8:00 AM", "7:30 AM", "8:30 AM"])
    end_t = d.pick(["5:00 PM", "4:30 PM", "5:30 PM"])
    end_text = d.date("us_numeric")
    end_text = end_text.lstrip("0").replace("/0", "/") if "/" in end_text else end_text
    hotel = (
        d.pick(
            [
                "Hampton Inn (conf. #",
                "Holiday Inn Express (conf. #",
                "Courtyard by Marriott (conf. #",
            ]
        )
        + f"{r.randrange(10000000, 99999999)})"
    )
    optional = d.person() if d.chance(0.4) else ""
    hours = d.hours(d.pick(["cec_hours", "cecs", "hours_title"]))
    bring = r.sample(BRING, 3)
    return {
        "body": d.fonts[d.pick(["sans", "sans", "serif"])],
        "owner": owner,
        "subject": d.pick(
            [
                f"{title} \u2013 {org}",
                f"CLASS: {title}",
                f"Training \u2013 {title} ({d.city()})",
            ]
        ),
        "location": d.pick(
            [
                f"{org}, {street}, {town}",
                f"{d.venue()} \u2013 training room B",
                f"{org} training center, {town}",
            ]
        ),
        "start": f"{outlook(first)} {start_t}",
        "end": f"{outlook(d.completed, end_text)} {end_t}",
        "show_as": d.pick(["Out of Office", "Busy"]),
        "recurrence": "(none)" if days == 1 else d.pick(["(none)", "Daily"]),
        "status": d.pick(["Accepted", "Tentatively accepted", "Meeting organizer"]),
        "organizer": organizer,
        "required": "; ".join(crew),
        "optional_html": f"<tr><td class='k'>Optional Attendees:</td><td>{e(optional)}</td></tr>"
        if optional
        else "",
        "greeting": d.pick(["Hi all,", "Team \u2013", "Good morning,"])
        if len(crew) > 1
        else d.pick([f"{d.first.split()[0]},", f"Hi {d.first.split()[0]},", "Good morning,"]),
        "para1": d.pick(
            [
                f"You are booked into {title} with {org}. Class runs {start_t}\u2013{end_t} each day; "
                "please be there 15 minutes early on the first morning to sign in.",
                f"I have registered you for the {title} class. Check-in opens at {start_t} on "
                f"{fmt_date(first, 'weekday')}. Lunch is provided every day.",
            ]
        ),
        "para2": f"Hotel is booked at the {hotel}, paid by the company. Take the "
        f"{d.pick(['F-250', 'box truck', 'Transit van', 'company SUV'])} and log your mileage.",
        "bring_html": "".join(f"<li>{e(b)}</li>" for b in bring),
        "para3": d.pick(
            [
                f"The class is approved for {hours}. Once you pass the exam, send the certificate to "
                "me and I will add it to your file \u2013 this invite is not your proof.",
                f"This counts for {hours} toward your renewal only after the school issues your "
                "certificate. Let me know right away if you cannot attend.",
            ]
        ),
        "organizer_short": organizer,
        "organizer_role": d.pick(["Office Manager", "Operations Manager", "Training Coordinator"]),
        "company": d.pick(COMPANIES),
        "phone": d.phone(),
        "printed": fmt_date(first - timedelta(days=r.randint(1, 14)), "us_short"),
    }
