"""A printed e-mail confirming attendance at a webinar: the mail client's
header lines (from, to, date, subject) at the top, then the message card
with a dark coloured header band naming the webinar series, a greeting, a
short paragraph, a two-column table of the attendance record (session, date,
joined, left, time attended, credit) and a closing line. The provider appears
only as the band's series name and the sender."""

SOURCE = "ZeadShalaby/Certificate-System:resources/views/mail/certificate.blade.php"
KIND = "session"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "portrait",
    "dark-band",
    "labelled",
    "table",
    "time-attended",
    "provider-in-logo",
    "email",
)

TEMPLATE = """<style>
.mh { position:absolute; left:48px; right:48px; top:36px; font: 12px ${sans}; color:#222; line-height:18px; border-bottom:1px solid #999; padding-bottom:10px }
.mh b { display:inline-block; width:62px; color:#555; font-weight:normal }
.mh .sj { font: bold 16px ${sans}; margin-bottom:6px }
.bgc { position:absolute; left:48px; right:48px; top:${card_top}px; bottom:60px; background:#f4f4f9 }
.card { position:absolute; left:50%; width:600px; margin-left:-300px; top:${inner_top}px; background:#fff; border-radius:8px;
  box-shadow:0 2px 6px rgba(0,0,0,.12); font: 14.5px ${face}; color:#333; line-height:1.6 }
.band { background:${band}; color:#fff; padding:22px 28px; border-radius:8px 8px 0 0 }
.band .s { font: bold 11px ${sans}; letter-spacing:2px; text-transform:uppercase; opacity:.9 }
.band h1 { margin:4px 0 0; font: bold 24px ${sans}; line-height:30px }
.ct { padding:22px 28px 26px }
.ct p { margin:0 0 12px }
table { width:100%; border-collapse:collapse; margin:6px 0 16px; font-size:13.5px }
td { padding:7px 10px; border:1px solid #e1e1ea; vertical-align:top }
td.k { width:38%; background:#fafafe; color:#555 }
.btn { display:inline-block; background:${btn}; color:#fff; border-radius:4px; padding:8px 18px; font: bold 13px ${sans} }
.sig { font-style:italic; color:#555; margin-top:14px }
.ftr { position:absolute; left:0; right:0; bottom:24px; text-align:center; font: 10px ${sans}; color:#888 }
</style>
<div class="mh">
 <div class="sj">${subject}</div>
 <div><b>From:</b> ${sender}</div>
 <div><b>To:</b> ${to_addr}</div>
 <div><b>Date:</b> ${sent}</div>
</div>
<div class="bgc"></div>
<div class="card">
 <div class="band"><div class="s">${series}</div><h1>${band_title}</h1></div>
 <div class="ct">
  <p>${greeting} ${first},</p>
  <p>${para}</p>
  <table>
   <tr><td class="k">${name_k}</td><td>${name}</td></tr>
   <tr><td class="k">${sess_k}</td><td>${title}</td></tr>
   <tr><td class="k">Date</td><td>${date}</td></tr>
   <tr><td class="k">${join_k}</td><td>${joined}</td></tr>
   <tr><td class="k">${left_k}</td><td>${left}</td></tr>
   <tr><td class="k">${dur_k}</td><td>${duration}</td></tr>
   <tr><td class="k">${credit_k}</td><td>${hours}</td></tr>
  </table>
  <p>${para2}</p>
  <span class="btn">${button}</span>
  <div class="sig">${closing}<br>${team}</div>
 </div>
</div>
<div class="ftr">${footer}</div>
"""


def fill(d):
    r = d.rng
    event = d.provider()
    slug = "".join(ch for ch in event.lower() if ch.isalnum())[:16]
    name = d.name("plain")
    first = name.split()[0]
    start = r.choice([10 * 60, 11 * 60, 12 * 60, 13 * 60, 14 * 60, 15 * 60])
    mins = int(d.credit * 60)
    early, extra = r.randint(1, 8), r.randint(0, 6)
    tz = d.pick(["ET", "CT", "MT", "PT"])

    def clock(m):
        h, mm = divmod(m, 60)
        return f"{(h - 1) % 12 + 1}:{mm:02d} {'AM' if h < 12 else 'PM'} {tz}"

    att = mins + extra
    dur = f"{att // 60} h {att % 60:02d} min" if att >= 60 else f"{att} min"
    return {
        "subject": d.pick(
            [
                "Attendance Confirmed: ",
                "Your CE attendance record \u2013 ",
                "Thanks for attending: ",
            ]
        )
        + d.course,
        "sender": f"{event} Education <education@{slug}.org>",
        "to_addr": f"{first.lower()}.{d.last.lower().replace(' ', '')}@example.com",
        "sent": d.other_date("issue", "weekday") + f" {r.randint(7, 11)}:{r.randint(0, 59):02d} AM",
        "card_top": d.pick([150, 160]),
        "inner_top": d.pick([185, 200]),
        "face": d.fonts["sans"],
        "band": d.pick(["#3498db", "#1f3a5f", "#6b46c1", "#0b3d2e", "#8b0000"]),
        "btn": d.pick(["#2ecc71", "#1e6091", "#4caf50"]),
        "series": d.pick(["Webinar Series", "Online Education", "Live Webinar"]),
        "band_title": event,
        "greeting": d.pick(["Hi", "Hello", "Dear"]),
        "first": first,
        "para": d.pick(
            [
                "Thank you for attending our live webinar. Your attendance has been recorded as follows:",
                "We confirm your participation in the webinar below. Please keep this message for your CE records.",
            ]
        ),
        "name_k": d.pick(["Attendee", "Participant", "Name"]),
        "name": name,
        "sess_k": d.pick(["Webinar", "Session", "Title"]),
        "title": d.title(),
        "date": d.date(d.pick(["long", "weekday", "us_numeric", "short_month"])),
        "join_k": d.pick(["Joined", "Join time"]),
        "joined": clock(start - early),
        "left_k": d.pick(["Left", "Leave time"]),
        "left": clock(start + mins + extra - early),
        "dur_k": d.pick(["Time attended", "Duration in session"]),
        "duration": dur,
        "credit_k": d.pick(["CEC credit", "IICRC CEC hours", "Credit awarded"]),
        "hours": d.hours(d.pick(["cec_hours", "hours_title", "cecs"])),
        "para2": d.pick(
            [
                "Your certificate will be available in your account within five business days.",
                "Credit is reported to the IICRC within 30 days of the webinar.",
            ]
        ),
        "button": d.pick(["View my transcript", "Download certificate", "Take the survey"]),
        "closing": d.pick(["Best regards,", "Thank you,"]),
        "team": d.pick(["The Education Team", "Continuing Education Department"]),
        "footer": f"You are receiving this e-mail because you registered for a webinar. Webinar ID {d.number()}",
    }
