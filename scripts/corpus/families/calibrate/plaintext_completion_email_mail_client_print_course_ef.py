"""A plain-text completion notice from an online school's registration
system, printed from a desktop mail client: the mailbox owner's name in
bold over a thick rule, a header table (from, sent, to, subject,
attachments) with bold labels, then the message itself in a typewriter
face: a salutation, a line saying the course is complete, an indented block
of label and value lines (participant, course, provider, completed, credit,
sometimes the approval number), a paragraph about the attached
certificate, a sign-off by a named coordinator with title, school and
phone, and a line of automated-mail boilerplate. The sent date is not the
completion date."""

SOURCE = (
    "b1gMail-OSS/b1gMail:src/templates/modern/li/email.read.inline.tpl (printable message: "
    "from / subject / date / to header table over a courier plain-text body) and "
    "gpearson/MuraEventRegistrationPlugin:library/components/EmailTemplates/"
    "SendEventPGPCertificateToIndividual.cfm (plain-text notice of a completed workshop with "
    "its credit and an attached PDF certificate)"
)
KIND = "course"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "letter",
    "labelled",
    "portrait",
    "distractor-person",
    "distractor-date",
    "web-printout",
    "mono",
)

TEMPLATE = """<style>
.w { position:absolute; left:60px; right:60px; top:50px; font: 13px ${sans}; color:#000 }
.own { font: bold 16px ${sans}; padding-bottom:4px; border-bottom:${rule}px solid #000 }
table.h { border-collapse:collapse; margin-top:10px; font-size:12.5px }
table.h td { padding:2px 12px 2px 0; vertical-align:top } table.h td.k { font-weight:bold; white-space:nowrap; width:96px }
.body { margin-top:22px; font: ${body_px}px ${mono}; line-height:${lh}px; white-space:pre-wrap; color:#111 }
.pf { position:absolute; left:60px; right:60px; bottom:22px; display:flex; justify-content:space-between; font: 9.5px ${sans}; color:#555 }
</style>
<div class="w">
 <div class="own">${owner}</div>
 <table class="h">
  <tr><td class="k">From:</td><td>${sender}</td></tr>
  <tr><td class="k">Sent:</td><td>${sent}</td></tr>
  <tr><td class="k">To:</td><td>${to}</td></tr>
  <tr><td class="k">Subject:</td><td>${subject}</td></tr>
  ${attach_html}
 </table>
 <div class="body">${body}</div>
</div>
<div class="pf"><span>${pf_left}</span><span>1</span></div>
"""


def fill(d):
    import unicodedata

    r = d.rng
    org = d.provider()
    name = d.name(d.pick(["plain", "plain", "upper"]))
    title = d.title(d.pick(["plain", "with_code", "code_first"]))
    date = d.date(d.pick(["us_numeric", "long", "short_month", "iso", "us_dash"]))
    hours = d.hours(
        d.pick(["cec_hours", "hours_title", "credit_hours", "contact_and_cec", "iicrc_cec"])
    )
    coord = d.person()
    slug = "".join(ch for ch in (d.org_alt or org).lower() if ch.isalnum())[:16]
    ascii_first = (
        "".join(
            ch
            for ch in unicodedata.normalize("NFKD", d.first.lower())
            if ch.isalnum() and ch.isascii()
        )
        or "tech"
    )
    width = 15
    rows = [
        (d.pick(["Participant", "Student", "Name"]), name),
        ("Course", title),
        (d.pick(["Provider", "School", "Offered by"]), org),
        (d.pick(["Completed", "Date completed", "Completion date"]), date),
        (d.pick(["Credit", "CE credit", "Credits"]), hours),
    ]
    if d.chance(0.45):
        rows.append(("IICRC approval #", d.approval()))
    block = "\n".join(f"   {(k + ':').ljust(width + 2)}{v}" for k, v in rows)
    opening = d.pick(
        [
            "This message confirms that you have completed the following online course:",
            "Congratulations! Our records show the course below is now complete.",
            "You are receiving this e-mail because you finished an online course with us.",
        ]
    )
    attach = d.chance(0.7)
    para = d.pick(
        [
            "Your certificate of completion is attached as a PDF. Please keep it for your records "
            "and submit it to your certifying body when you renew.",
            "A copy of your certificate is attached. You can also print it at any time from the "
            "My Certificates page after you log in.",
        ]
        if attach
        else [
            "You can print your certificate from the My Certificates page after you log in. "
            "Keep a copy for your records.",
        ]
    )
    body = (
        f"{d.pick(['Dear', 'Hello', 'Hi'])} {d.first},\n\n{opening}\n\n{block}\n\n{para}\n\n"
        f"{d.pick(['Regards,', 'Thank you,', 'Sincerely,'])}\n\n{coord}\n"
        f"{d.pick(['Registration Coordinator', 'Online Learning Coordinator', 'Student Services', 'Registrar'])}\n"
        f"{org}\n{d.phone()}\n\n"
        f"{d.pick(['This is an automated notification. Replies to this address are not monitored.', 'Please do not reply to this message.', '---'])}"
    )
    sent = d.other_date("issue", d.pick(["weekday", "long"]))
    cert_no = r.randrange(10000, 99999)
    return {
        "rule": str(d.pick([2, 3, 4])),
        "body_px": d.pick(["12.5", "13", "13.5"]),
        "lh": d.pick(["18", "19", "20"]),
        "owner": name,
        "sender": d.pick(
            [
                f"{org} <registration@{slug}.com>",
                f"no-reply@{slug}.com",
                f"{coord} <{coord.split()[0].lower()}@{slug}.com>".encode(
                    "ascii", "ignore"
                ).decode(),
            ]
        ),
        "sent": f"{sent} {r.randint(1, 12)}:{r.randrange(0, 60):02d} {d.pick(['AM', 'PM'])}",
        "to": f"{ascii_first}.{r.randrange(10, 99)}@{d.pick(['gmail.com', 'outlook.com', 'comcast.net'])}",
        "subject": d.pick(
            [
                "Course completion confirmation",
                "Your certificate of completion",
                f"Completed: {d.course}",
                "CE course completed - certificate enclosed",
            ]
        ),
        "attach_html": f'<tr><td class="k">Attachments:</td><td>Certificate_{cert_no}.pdf</td></tr>'
        if attach
        else "",
        "body": body,
        "pf_left": d.pick(["", f"Printed {d.other_date('print', 'us_short')}"]),
    }
