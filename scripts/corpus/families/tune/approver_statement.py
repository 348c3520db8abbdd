"""A plain portrait statement built from a nurses' approver's list of what a
completion certificate must carry: the provider's name, street address and web
address at the top, a centred heading, labelled lines for the participant,
the activity title, its date and the contact hours awarded, and the approver
statement naming a second body (the approver, not the provider) in a boxed
paragraph at the foot."""

SOURCE = "https://coloradonurses.org/faqs-2/ (items required on each certificate of completion)"
KIND = "course"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = ("labelled", "portrait", "plain", "address", "distractor-org", "distractor-person")

TEMPLATE = """<style>
.w { position:absolute; inset:70px 80px; font: 15px ${serif}; color:#1a1a1a }
.hd { text-align:left; border-bottom:2px solid #333; padding-bottom:10px; line-height:20px }
.hd b { font-size:20px } .hd span { font-size:13px; color:#444 }
h1 { text-align:center; font: 26px ${display}; margin:46px 0 6px; letter-spacing:1px }
.sub { text-align:center; font-size:13px; color:#444; margin-bottom:40px }
table { width:100%; border-collapse:collapse } td { padding:11px 0; vertical-align:bottom }
td.l { width:34%; font-weight:bold; font-size:14px } td.v { border-bottom:1px solid #777; font-size:16px }
.appr { margin-top:46px; border:1px solid #888; padding:12px 16px; font-size:12.5px; line-height:18px; background:#fafafa }
.sign { margin-top:44px; width:48%; border-top:1px solid #333; padding-top:4px; font-size:13px }
.keep { position:absolute; bottom:0; left:0; right:0; font-size:10px; color:#555; text-align:center }
</style>
<div class="w">
 <div class="hd"><b>${org}</b><br><span>${street} · ${town}<br>${web}</span></div>
 <h1>${heading}</h1>
 <div class="sub">${sub}</div>
 <table>
  <tr><td class="l">${name_label}</td><td class="v">${name}</td></tr>
  <tr><td class="l">${title_label}</td><td class="v">${title}</td></tr>
  <tr><td class="l">${date_label}</td><td class="v">${date}</td></tr>
  <tr><td class="l">${hours_label}</td><td class="v">${hours}</td></tr>
 </table>
 <div class="appr">${approver}</div>
 <div class="sign">${planner}, ${planner_role}</div>
 <div class="keep">Retain this certificate for ${years} years. Activity ID ${activity}.</div>
</div>
"""
APPROVERS = [
    "Western States Nurses Association",
    "Tri-State Continuing Education Approver Unit",
    "Central Plains Nursing Council",
]


def fill(d):
    street, town = d.address()
    approver = d.pick(APPROVERS)
    return {
        "org": d.provider(),
        "street": street,
        "town": town,
        "web": d.web(),
        "heading": d.pick(["Certificate of Completion", "Certificate of Attendance"]),
        "sub": d.pick(["Continuing Professional Development", "Continuing Education Activity"]),
        "name_label": d.pick(["Participant name:", "Participant:", "Name:"]),
        "name": d.name("plain"),
        "title_label": d.pick(["Title of activity:", "Educational activity:", "Program:"]),
        "title": d.title(),
        "date_label": d.pick(["Date of activity:", "Date:", "Date completed:"]),
        "date": d.date(),
        "hours_label": d.pick(["Contact hours awarded:", "Contact hours:", "Credit awarded:"]),
        "hours": d.hours_number(),
        "approver": f"This continuing professional development activity was approved by {approver}, "
        "an accredited approver of continuing education. Approval refers only to the educational "
        "activity and does not imply endorsement of any product.",
        "planner": d.person(),
        "planner_role": d.pick(["Nurse Planner", "Lead Planner", "Program Coordinator"]),
        "years": d.pick(["four", "six", "5"]),
        "activity": d.number(),
    }
