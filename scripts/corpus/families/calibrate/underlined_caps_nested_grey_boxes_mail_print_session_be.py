"""A show's emailed certificate for one education session, as the attendee
prints it from webmail: portrait, with the browser's print header (date and
time printed, the mail tab's title) and footer (the mail address and page
count) in tiny type at the page edges. Under the mail's subject and sender
lines the certificate itself is a narrow plain block built of tables: a
bold, underlined capitals heading, then two grey hairline boxes one inside
the other. Inside, the attendee's name in bold, "has attended the education
session", the session title in bold, a running sentence naming the speaker
and the show, and a statement that the session was approved for so many
credits. A small ruled table gives the session's code, date, start and end
times and room; a program ID line, the education manager's script signature
over a typed name and role and a paragraph of fine print (keep for your
records, the show does not report credit) close it. The credited date is
printed only in the table."""

SOURCE = (
    "realcme/newmigration:certifications/certificate-naccme-aanp.tpl.php (an emailed CE "
    "certificate built of inline-styled tables: underlined bold capitals heading over two "
    "nested grey-bordered tables, name in bold, 'has attended and successfully completed the "
    "educational activity', bold course title, 'This program has been granted N contact hours "
    "of continuing education by ...', 'Program ID #'); print header and footer as a browser "
    "prints a webmail message; accreditation wording as trade-show education programs print it "
    "(session approved by the IICRC for CECs, attendance verified by badge scan)"
)
KIND = "session"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "portrait",
    "sentence",
    "table",
    "distractor-person",
    "distractor-date",
    "email",
)

TEMPLATE = """<style>
.ph { position:absolute; left:28px; right:28px; top:14px; display:flex; justify-content:space-between; font: 10px ${sans}; color:#333 }
.pf { position:absolute; left:28px; right:28px; bottom:14px; display:flex; justify-content:space-between; font: 10px ${sans}; color:#333 }
.ml { position:absolute; left:64px; right:64px; top:48px; font: 13px ${sans}; color:#222; border-bottom:1px solid #ccc; padding-bottom:8px }
.ml .s { font-size:20px; color:#202124; margin-bottom:8px }
.ml .f { line-height:18px }
.ml .f span { color:#5f6368 }
.ct { position:absolute; left:50%; top:${cert_top}px; width:600px; margin-left:-300px; font: 15px ${body}; color:#000 }
.hd { text-align:center; font-weight:bold; font-size:18px; text-decoration:underline; padding:4px 0 10px }
.o { border:1px solid #ccc; padding:3px }
.i { border:1px solid #ccc; padding:14px 22px 16px; text-align:center }
.i p { margin-top:14px; line-height:21px }
.nm { font-size:19px; font-weight:bold; margin-top:6px !important }
.ti { font-weight:bold; font-size:17px }
table { margin:18px auto 0; border-collapse:collapse; font-size:12.5px }
th, td { border:1px solid #999; padding:4px 9px; text-align:left }
th { background:#eee; font-weight:bold; font-size:11px }
.pid { margin-top:14px !important; font-size:12.5px }
.sg { text-align:left; margin-top:22px !important; font-size:13.5px; line-height:18px !important }
.sg .h { font: 24px ${hand}; color:#1b2a4a; line-height:30px }
.fn { text-align:left; font-size:11px; line-height:15px !important; color:#333; margin-top:16px !important }
</style>
<div class="ph"><span>${printed}</span><span>${tab_title}</span></div>
<div class="ml"><div class="s">${subject}</div>
 <div class="f"><b>${from_name}</b> <span>&lt;${from_addr}&gt;</span><br><span>To:</span> ${to_addr}</div></div>
<div class="ct">
 <div class="hd">${heading}</div>
 <div class="o"><div class="i">
  <p class="nm">${name}</p>
  <p>${attended}</p>
  <p class="ti">${title}</p>
  <p>${sentence_html}</p>
  <p>${credit_sentence}</p>
  <table><tr>${head_html}</tr><tr>${row_html}</tr></table>
  <p class="pid">${program_id}</p>
  <p class="sg"><span class="h">${scrawl}</span><br>${manager}<br>${manager_role}<br>${event_short}</p>
  <p class="fn">${fine}</p>
 </div></div>
</div>
<div class="pf"><span>${mail_url}</span><span>1/1</span></div>
"""

ROOMS = ["Room 204", "Ballroom B", "Hall C Theater", "Room 118-120", "Salon D", "Education Stage 2"]
MAILS = ["Gmail", "Outlook", "Mail"]


def _clock(minutes: int) -> str:
    h, m = divmod(minutes, 60)
    return f"{(h - 1) % 12 + 1}:{m:02d} {'PM' if h >= 12 else 'AM'}"


def fill(d):
    import html
    import unicodedata

    r = d.rng
    event = d.provider(d.pick([None, None, "upper"]))
    speaker = d.person() + d.pick(["", "", ", CR", ", WLS", ", CIH"])
    manager = d.person()
    name = d.name(d.pick(["plain", "plain", "upper"]))
    title = d.title("plain")
    date = d.date(d.pick(["us_numeric", "us_numeric", "short_month", "long", "iso"]))
    credit = d.hours(d.pick(["cec_hours", "cecs", "cecs"]))
    start = d.pick([8 * 60, 9 * 60 + 30, 10 * 60 + 45, 13 * 60, 14 * 60 + 30, 15 * 60 + 15])
    end = start + round(d.credit * 60)
    code = f"{d.pick(['ED', 'S', 'T', 'W'])}{r.randrange(100, 499)}"
    slug = "".join(ch for ch in d.org_alt.lower() if ch.isalnum())[:14]
    mail = d.pick(MAILS)

    def ascii_slug(text):
        plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
        return "".join(ch for ch in plain.lower() if ch.isalnum() or ch == "-")

    def esc(text):
        return html.escape(text, quote=False)

    first = ascii_slug(d.first)
    cells = [
        ("Session", code),
        ("Date", date),
        ("Start", _clock(start)),
        ("End", _clock(end)),
        ("Room", d.pick(ROOMS)),
    ]
    head_html = "".join(f"<th>{k}</th>" for k, _ in cells)
    row_html = "".join(f"<td>{html.escape(v, quote=False)}</td>" for _, v in cells)
    credit_sentence = d.pick(
        [
            f"This session has been approved by the IICRC for {credit}.",
            f"This session was granted {credit} by the IICRC. Attendance was verified by badge "
            "scan at the session door.",
            f"Credit awarded: {credit}, as approved for this session by the IICRC.",
        ]
    )
    return {
        "body": d.pick(["Arial, 'Liberation Sans', sans-serif", d.fonts["serif"], d.fonts["sans"]]),
        "printed": f"{d.other_date('print', 'us_short')}, {_clock(r.randrange(7 * 60, 22 * 60))}",
        "tab_title": f"{mail} - {d.pick(['Your CE certificate', 'Certificate of attendance'])}",
        "subject": d.pick(
            [
                "Your CE certificate is attached",
                "Your session certificate",
                "Certificate of Attendance – education session",
            ]
        ),
        "from_name": d.pick(["Education Department", "CE Desk", "Show Education Team"]),
        "from_addr": f"education@{slug}.org",
        "to_addr": f"{first}.{ascii_slug(d.last)}@{d.pick(['gmail.com', 'outlook.com', 'yahoo.com'])}",
        "cert_top": 160,
        "heading": d.pick(
            [
                "CERTIFICATE OF CONTINUING EDUCATION ATTENDANCE",
                "CERTIFICATE OF SESSION ATTENDANCE",
                "CONTINUING EDUCATION CERTIFICATE",
            ]
        ),
        "name": name,
        "attended": d.pick(
            [
                "has attended the education session",
                "has attended and completed the educational session",
                "attended in full the education session",
            ]
        ),
        "title": title,
        "sentence_html": d.pick(
            [
                f"presented by {esc(speaker)}<br>at the {esc(event)}.",
                f"given by {esc(speaker)} as part of the education program<br>of the {esc(event)}.",
                f"Speaker: {esc(speaker)}.<br>Offered at the {esc(event)}.",
            ]
        ),
        "credit_sentence": credit_sentence,
        "head_html": head_html,
        "row_html": row_html,
        "program_id": f"{d.pick(['Program ID #', 'Event ID #', 'Course ID #'])}{d.number()}",
        "scrawl": manager,
        "manager": manager,
        "manager_role": d.pick(["Education Manager", "Director of Education", "CE Coordinator"]),
        "event_short": d.org_alt,
        "fine": d.pick(
            [
                "Please keep this certificate for your records. The show does not report "
                "credit to certifying bodies on your behalf; submit it with your renewal.",
                "Certificates are issued only for sessions where both the entry and exit scans "
                "were recorded. Retain for four years.",
            ]
        ),
        "mail_url": f"https://mail.{d.pick(['google.com/mail/u/0', 'live.com/mail/0', 'yahoo.com/d'])}/"
        f"#inbox/{r.randrange(16**10, 16**11):x}",
    }
