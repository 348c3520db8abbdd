"""Not a certificate: a learning-management system's automatic "training
due" reminder e-mail, printed from a mail client. The client's print header
(print stamp, subject, From / To / Date), then the LMS's coloured banner
with the company's training portal name, "Hi" a learner, a paragraph saying
a course has been assigned and is due (or overdue), a labelled box with the
course, its estimated length in hours, the assigned and due dates, who
assigned it and the status ("Not started" or a percentage), a "Start
course" button, a short list of other assignments in the learner's queue,
and the unsubscribe and system footer. It names a person, courses, hours
and dates; nobody has completed anything."""

SOURCE = (
    "inimist/Training-LMS-CakePHP-Plugin:View/Emails/html/training_reminder_pre_month.ctp "
    "(enrolled course that will be overdue: course name, start date, end date, repeats) and "
    "OpenOLAT/OpenOLAT-docs:sites/manual_user/docs/learningresources/Course_Reminders.md "
    "(automatic reminder e-mails to learners who have not completed a course)"
)
KIND = "other"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "other",
    "letter",
    "sentence",
    "labelled",
    "portrait",
    "dark-band",
    "distractor-person",
    "distractor-date",
)

TEMPLATE = """<style>
.pt { position:absolute; left:36px; right:36px; top:18px; display:flex; justify-content:space-between; font: 10px ${sans}; color:#555 }
.mh { position:absolute; left:48px; right:48px; top:44px; font: 12px ${sans}; color:#333; line-height:18px; border-bottom:1px solid #bbb; padding-bottom:10px }
.mh .sj { font: bold 18px ${sans}; color:#111; margin-bottom:8px; line-height:23px }
.mh .dt { float:right; color:#555 }
.card { position:absolute; left:90px; right:90px; top:${card_top}px; border:1px solid #d6d6d6; font: 13.5px ${sans}; color:#222; line-height:20px }
.ban { background:${band}; color:#fff; padding:16px 24px; display:flex; justify-content:space-between; align-items:center }
.ban b { font: bold 19px ${sans}; letter-spacing:.3px } .ban span { font-size:11px; opacity:.85; text-transform:uppercase; letter-spacing:1px }
.in { padding:20px 26px 16px }
.in p { margin:0 0 12px }
.alert { background:${alert_bg}; color:${alert_fg}; font-weight:bold; padding:6px 12px; margin:0 0 14px; font-size:12.5px }
.box { background:#f6f7f9; border:1px solid #e2e4e8; padding:10px 14px; margin:0 0 14px }
.box table { border-collapse:collapse; width:100% } .box td { padding:3px 8px 3px 0; vertical-align:top; font-size:13px }
.box td:first-child { color:#666; width:150px }
.btn { display:inline-block; background:${band}; color:#fff; font-weight:bold; padding:9px 22px; border-radius:4px; margin:2px 0 16px }
.q { font-size:12.5px } .q table { border-collapse:collapse; width:100% }
.q th { text-align:left; font-size:11px; color:#666; border-bottom:1px solid #ccc; padding:3px 6px 3px 0; text-transform:uppercase }
.q td { border-bottom:1px solid #eee; padding:4px 6px 4px 0 }
.ft { border-top:1px solid #e5e5e5; padding:10px 26px; font-size:10.5px; color:#777; line-height:15px; background:#fafafa }
.pf { position:absolute; left:36px; right:36px; bottom:16px; display:flex; justify-content:space-between; font: 10px ${sans}; color:#555 }
</style>
<div class="pt"><span>${print_stamp}</span><span>${client} - ${subject}</span></div>
<div class="mh"><div class="sj">${subject}</div>
 <div><b>${portal}</b> &lt;${from_addr}&gt;<span class="dt">${sent}</span></div>
 <div>To: ${learner} &lt;${to_addr}&gt;</div></div>
<div class="card">
 <div class="ban"><b>${portal}</b><span>${lms_word}</span></div>
 <div class="in">
  <p>Hi ${first},</p>
  <div class="alert">${alert}</div>
  <p>${para1}</p>
  <div class="box"><table>
   <tr><td>Course</td><td><b>${course}</b></td></tr>
   <tr><td>Estimated length</td><td>${length}</td></tr>
   <tr><td>Assigned</td><td>${assigned}</td></tr>
   <tr><td>Due date</td><td>${due}</td></tr>
   <tr><td>Assigned by</td><td>${assigner}</td></tr>
   <tr><td>Your progress</td><td>${progress}</td></tr>
  </table></div>
  <span class="btn">${button}</span>
  <div class="q"><b>Also in your queue</b><table><tr><th>Course</th><th>Length</th><th>Due</th></tr>${queue_html}</table></div>
 </div>
 <div class="ft">${footer}</div>
</div>
<div class="pf"><span>${url}</span><span>1/1</span></div>
"""

COMPANIES = [
    "Rapid Dry Restoration",
    "BlueLine Cleaning & Restoration",
    "Apex Water & Fire",
    "Prime Mitigation Group",
    "Heritage Property Services",
]
INTERNAL = [
    "Annual Safety Orientation",
    "Company Vehicle Policy",
    "Harassment Prevention for Employees",
    "Ladder Safety Refresher",
    "Hazard Communication (GHS)",
    "Customer Home Etiquette",
]


def fill(d):
    import unicodedata
    from datetime import timedelta

    from corpus import values as V
    from corpus.formats import fmt_date

    r = d.rng
    style = d.pick(["long", "short_month", "us_numeric", "weekday"])
    learner = d.person()
    first = learner.split()[0]
    plain = unicodedata.normalize("NFKD", first).encode("ascii", "ignore").decode().lower()
    company = d.pick(COMPANIES)
    portal = d.pick(
        [f"{company} Academy", f"{company.split()[0]} Learning Hub", f"{company} University"]
    )
    lms_word = d.pick(["Learning portal", "Training reminder", "Assigned learning"])
    if d.chance(0.5):
        course, code = d.pick(V.IICRC_COURSES)
        course = d.pick([f"{course} – Online Prep", f"{code} Exam Prep: {course}"])
    else:
        course = d.pick(V.CE_COURSES)
    hrs = d.pick([1, 1.5, 2, 3, 4, 7])
    assigned = d.completed - timedelta(days=r.randint(20, 60))
    due = d.completed + timedelta(days=r.choice([-6, -2, 3, 7, 14]))
    overdue = due < d.completed
    pct = d.pick([0, 0, 15, 40, 65])
    queue = r.sample(INTERNAL + V.CE_COURSES[:6], 3)
    queue_html = "".join(
        f"<tr><td>{q}</td><td>{d.pick(['20 min', '30 min', '45 min', '1 hr', '2 hrs'])}</td>"
        f"<td>{fmt_date(d.completed + timedelta(days=r.randint(5, 60)), style)}</td></tr>"
        for q in queue
    )
    client = d.pick(["Gmail", "Outlook"])
    slug = company.split()[0].lower()
    subject = (
        f"OVERDUE: {course}"
        if overdue
        else f"Reminder: {course} is due {fmt_date(due, 'short_month')}"
    )
    return {
        "print_stamp": f"{fmt_date(d.completed, 'us_short')}, {r.randint(1, 12)}:{r.randint(0, 59):02d} {d.pick(['AM', 'PM'])}",
        "client": client,
        "subject": subject,
        "portal": portal,
        "from_addr": f"no-reply@{slug}.{d.pick(['talentlms.com', 'docebosaas.com', 'litmos.com', 'lms-mail.net'])}",
        "sent": f"{fmt_date(d.completed, 'weekday')}, {r.randint(6, 9)}:{r.randint(0, 59):02d} AM",
        "learner": learner,
        "to_addr": f"{plain}@{slug}{d.pick(['resto', 'clean', 'co'])}.com",
        "first": first,
        "card_top": d.pick([150, 160]),
        "band": d.pick(["#1f4e79", "#0f5e5a", "#5a2a82", "#263238", "#9a3412"]),
        "alert_bg": "#fde2e1" if overdue else "#fff3cd",
        "alert_fg": "#9b1c1c" if overdue else "#7a5800",
        "alert": f"This course is {(d.completed - due).days} days past due."
        if overdue
        else f"This course is due in {(due - d.completed).days} days.",
        "lms_word": lms_word,
        "para1": d.pick(
            [
                "You have been enrolled in the course below as part of your required training plan. "
                "Please complete it by the due date; your manager is notified of overdue assignments.",
                "Our records show you have not yet finished the training assigned to you below. "
                "Completion is required before your next review period.",
            ]
        ),
        "course": course,
        "length": d.pick([f"{hrs:g} hours", f"Approx. {hrs:g} hrs", f"{int(hrs * 60)} minutes"]),
        "assigned": fmt_date(assigned, style),
        "due": fmt_date(due, style),
        "assigner": f"{d.person()}, {d.pick(['Operations Manager', 'Training Coordinator', 'HR Generalist'])}",
        "progress": "Not started" if pct == 0 else f"{pct}% complete – in progress",
        "button": d.pick(["Start course", "Resume course", "Go to my training"]),
        "queue_html": queue_html,
        "footer": f"This is an automated message from {portal}. Please do not reply. "
        f"Completion certificates are issued only when a course reaches 100%. "
        f"Manage notification settings in your profile.",
        "url": f"https://mail.google.com/mail/u/0/?view=pt&th={r.randrange(16**12):012x}"
        if client == "Gmail"
        else f"https://outlook.office.com/mail/inbox/id/AAQk{r.randrange(10**9)}",
    }
