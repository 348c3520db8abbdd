"""A registration confirmation e-mail printed from a mail client, not a
certificate: the client's print header (account, subject, From / To / Date
lines), then "Dear" the student, a paragraph saying their seat is reserved
in an upcoming class, a labelled block with the course, dates, times,
venue, instructor and the credit the class will carry, and paragraphs on
what to bring, parking and the cancellation policy, all in the future
tense. It names a person, a course, dates and hours; nothing is completed."""

SOURCE = (
    "PhantomWatson/elemental:app/View/Emails/html/registered.ctp (you have been registered, "
    "dates, location, cancel registration), ConstellationMarketing/TLC-Project:"
    "Divi_Child/emails/reg-course-client.php (thank you for registering, scheduled for) and "
    "https://swap.stanford.edu/was/20140911222256mp_/https://itservices.stanford.edu/service/"
    "techtraining/policies (allow time for parking, late arrival, cancellation wording)"
)
KIND = "other"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "other",
    "letter",
    "sentence",
    "labelled",
    "portrait",
    "distractor-person",
    "date-range",
)

TEMPLATE = """<style>
.pt { position:absolute; left:40px; right:40px; top:22px; display:flex; justify-content:space-between; font: 10px ${sans}; color:#555 }
.cl { position:absolute; left:48px; right:48px; top:52px; display:flex; justify-content:space-between; align-items:center; border-bottom:2px solid #888; padding-bottom:8px; font: 13px ${sans} }
.cl b { font: bold 19px ${sans}; color:#555 } .cl span { color:#333 }
.w { position:absolute; left:48px; right:56px; top:100px }
.sj { font: bold 19px ${sans}; color:#111; line-height:24px; margin-bottom:10px }
.hdr { font: 12px ${sans}; color:#333; line-height:18px; border-bottom:1px solid #ccc; padding-bottom:10px; margin-bottom:18px }
.hdr .f b { color:#111 } .hdr .dt { float:right; color:#555; padding-left:12px }
.b { font: 13.5px ${face}; line-height:20px; color:#1a1a1a }
.b p { margin:0 0 11px }
.blk { margin:4px 0 13px; border-left:4px solid ${accent}; padding:6px 12px; background:${light} }
.blk table { border-collapse:collapse } .blk td { padding:2px 10px 2px 0; vertical-align:top } .blk td:first-child { font-weight:bold; white-space:nowrap; color:#333 }
.b h4 { font: bold 13.5px ${face}; margin:12px 0 3px }
.b ul { margin:0 0 10px; padding-left:20px }
.sig { margin-top:12px }
.foot { position:absolute; left:40px; right:40px; bottom:20px; display:flex; justify-content:space-between; font: 10px ${sans}; color:#555 }
</style>
<div class="pt"><span>${print_stamp}</span><span>${client_title}</span></div>
<div class="cl"><b>${client}</b><span>${account}</span></div>
<div class="w">
<div class="sj">${subject}</div>
<div class="hdr"><div class="f"><b>${from_name}</b> &lt;${from_addr}&gt;<span class="dt">${sent}</span></div>
 <div>To: ${to_name} &lt;${to_addr}&gt;</div>${cc_html}</div>
<div class="b">
 <p>Dear ${dear},</p>
 <p>${para1}</p>
 <div class="blk"><table>
  <tr><td>Course:</td><td>${course}</td></tr>
  <tr><td>${dates_label}</td><td>${dates}</td></tr>
  <tr><td>Time:</td><td>${time}</td></tr>
  <tr><td>Location:</td><td>${venue}<br>${street}, ${town}</td></tr>
  <tr><td>Instructor:</td><td>${instructor}</td></tr>
  <tr><td>Credit:</td><td>${credit}</td></tr>
  <tr><td>Confirmation #:</td><td>${conf}</td></tr>
 </table></div>
 <p>${para2}</p>
 <h4>What to bring</h4>
 <ul>${bring_html}</ul>
 <h4>Parking and arrival</h4>
 <p>${parking}</p>
 <h4>Cancellations and transfers</h4>
 <p>${cancel}</p>
 <div class="sig">${closing}<br>${signer}<br>${signer_role}, ${school}<br>${phone}</div>
</div>
</div>
<div class="foot"><span>${print_url}</span><span>1/1</span></div>
"""


def fill(d):
    import unicodedata
    from datetime import timedelta

    from corpus import values as V
    from corpus.formats import fmt_date, fmt_range

    r = d.rng

    def ascii_slug(text):
        flat = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
        return "".join(ch for ch in flat.lower() if ch.isalnum() or ch == " ").split()

    def clock():
        hour = r.randint(7, 18)
        return f"{(hour - 1) % 12 + 1}:{r.randint(0, 59):02d} {'AM' if hour < 12 else 'PM'}"

    client = d.pick(["Gmail", "Outlook", "Mail"])
    school, short = d.pick(V.SCHOOLS)
    school = short or school
    domain = (
        "".join(w[0] for w in ascii_slug(school)) + d.pick(["training", "school", "edu"]) + ".com"
    )
    person = ascii_slug(f"{d.first} {d.last}")
    to_addr = d.pick(
        [
            f"{person[0]}.{person[-1]}@gmail.com",
            f"{person[0][0]}{person[-1]}@{d.pick(['yahoo.com', 'outlook.com', 'comcast.net'])}",
            f"{person[0]}@{d.pick(['rapiddryresto', 'bluelinecleaning', 'apexwaterfire'])}.com",
        ]
    )
    if d.chance(0.6):
        course, code = d.pick(V.IICRC_COURSES)
        course_text = f"{course} ({code})"
        days = d.pick([2, 3, 3])
        hours = days * 7
    else:
        course_text = d.pick(V.CE_COURSES)
        days = 1
        hours = d.pick([3, 4, 7])
    start = d.completed + timedelta(days=r.randint(12, 50))
    end = start + timedelta(days=days - 1)
    sent = start - timedelta(days=r.randint(6, 40))
    dates = fmt_range(start, end, r) if days > 1 else fmt_date(start, "weekday")
    arrive = d.pick(["7:30 a.m.", "7:45 a.m.", "8:15 a.m."])
    street, town = d.address()
    venue = d.pick(
        ["Training Center, Classroom B", "Hampton Inn & Suites, Meeting Room 1", d.pick(V.VENUES)]
    )
    credit = d.pick(
        [
            f"{hours} IICRC CECs (credit will be posted after the class)",
            f"{hours} continuing education hours, upon full attendance",
            f"This class will carry {hours} CECs",
        ]
    )
    bring = [
        "A government-issued photo ID (required for the exam)"
        if days > 1
        else "Your confirmation number",
        "Calculator and pen; the student manual will be handed out on the first morning",
        "Closed-toe shoes and work clothes for the hands-on portion",
        "A light jacket; the classroom can be cool",
    ]
    r.shuffle(bring)
    first = d.first
    return {
        "print_stamp": f"{fmt_date(sent + timedelta(days=r.randint(0, 5)), 'us_short')}, {clock()}",
        "client_title": f"{client} - "
        + d.pick(["Registration Confirmed", "Your class registration"]),
        "client": client,
        "account": f"{d.plain_name} <{to_addr}>",
        "subject": d.pick(
            [
                f"Registration Confirmed: {course_text}",
                f"You're registered! {course_text} – {fmt_date(start, 'short_month')}",
                f"Class confirmation – {course_text}",
            ]
        ),
        "from_name": f"{school} {d.pick(['Registration', 'Student Services', 'Training'])}",
        "from_addr": f"{d.pick(['registration', 'classes', 'info'])}@{domain}",
        "sent": f"{fmt_date(sent, 'weekday')} at {clock()}",
        "to_name": d.plain_name,
        "to_addr": to_addr,
        "cc_html": f"<div>Cc: {d.person()} &lt;office@{d.pick(['rapiddryresto', 'primemitigation'])}.com&gt;</div>"
        if d.chance(0.4)
        else "",
        "dear": d.pick([first, first, d.plain_name]),
        "para1": d.pick(
            [
                f"Thank you for registering with {school}. This e-mail confirms that a seat has "
                "been reserved for you in the class below. Please keep it for your records; you "
                "will not receive a separate ticket.",
                f"Good news: your registration is complete and your seat is confirmed. We look "
                f"forward to seeing you at {school}. The details of your class are below.",
            ]
        ),
        "course": course_text,
        "dates_label": "Dates:" if days > 1 else "Date:",
        "dates": dates,
        "time": f"{d.pick(['8:00 a.m.', '8:30 a.m.'])} – {d.pick(['4:30 p.m.', '5:00 p.m.'])}"
        + (" each day" if days > 1 else ""),
        "venue": venue,
        "street": street,
        "town": town,
        "instructor": d.person(),
        "credit": credit,
        "conf": d.number(d.pick(["REG-", "#", ""])),
        "para2": d.pick(
            [
                f"Please plan to arrive by {arrive} on the first day to sign in; class will begin "
                "promptly. Attendance will be taken each morning and afternoon, and credit will only "
                "be reported for students who attend every session.",
                f"Check-in will open at {arrive}; you will need to sign the attendance roster each "
                "day, and your certificate of attendance will be e-mailed after the class once "
                "attendance has been verified.",
            ]
        ),
        "bring_html": "".join(f"<li>{b}</li>" for b in bring[:3]),
        "parking": "Free parking will be available behind the building; please do not park in "
        "spaces marked for tenants. Allow extra time to find the classroom on your first morning."
        if venue.startswith("Training Center")
        else "Parking will be in the venue's garage; bring your ticket to the registration "
        "table to have it validated. Students arriving more than 15 minutes late may be "
        "asked to transfer to a later class.",
        "cancel": d.pick(
            [
                "If you cannot attend, let us know as soon as possible. Cancellations received 14 "
                "or more days before the start date will be refunded less a processing fee; after "
                "that, tuition will not be refunded, but you may send a colleague in your place.",
                "You may transfer to a later date up to 7 days before class at no charge. No-shows "
                "will forfeit their tuition. If the class is cancelled for low enrollment, you will "
                "receive a full refund.",
            ]
        ),
        "closing": d.pick(["See you in class,", "Best regards,", "Thank you,"]),
        "signer": d.person(),
        "signer_role": d.pick(["Registrar", "Student Services", "Training Coordinator"]),
        "school": school,
        "phone": d.phone(),
        "print_url": {
            "Gmail": f"https://mail.google.com/mail/u/0/?ik={r.randrange(16**10):010x}&view=pt&search=all",
            "Outlook": f"https://outlook.office.com/mail/inbox/id/AAQkAG{r.randrange(10**8)}",
            "Mail": "about:blank",
        }[client],
        "face": d.fonts[d.pick(["serif", "sans", "sans"])],
    }
