"""A session credit certificate printed from an association's event plugin:
a logo left and the organiser's name and address right, a bold heading, the
attendee's name and mailing address with a certification number, then a
ruled grid whose first row is a solid black bar, with one row giving the
session, its date, the time attended, the room and venue and the credits,
"Credits Issued" under it, an approved-provider statement beside two logo
boxes, and two officers signing over underscores."""

SOURCE = "KinnaT/amta-addons:eea-cert/cert-template.php (Event Espresso certificates add-on)"
KIND = "session"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "table",
    "labelled",
    "portrait",
    "provider-in-logo",
    "distractor-person",
    "dark-band",
    "address",
    "time-attended",
)

TEMPLATE = """<style>
.w { position:absolute; left:50%; top:50px; width:640px; margin-left:-320px; font: 14px ${sans}; color:#111 }
table { border-collapse:collapse }
.hd { width:100% } .hd td { vertical-align:middle }
.logo { width:300px; height:100px; display:flex; align-items:center; gap:10px }
.logo .m { width:86px; height:86px; border-radius:50%; background:${dark}; color:#fff; display:flex; align-items:center; justify-content:center; text-align:center;
  font: bold 13px ${display}; line-height:14px; padding:6px }
.logo .t { font: bold 18px ${display}; color:${dark}; line-height:20px }
.logo .t small { display:block; font: 12px ${sans}; color:${accent}; letter-spacing:2px; text-transform:uppercase; margin-top:3px }
.addr { text-align:right; line-height:19px; font-size:13.5px }
h1 { text-align:center; font: bold 28px ${sans}; margin:14px 0 26px }
.who { margin:0 0 26px 22px; line-height:20px }
table.g { width:600px; margin:0 auto; border:1px solid #000 }
.g td, .g th { border:1px solid #555; text-align:center; vertical-align:middle; padding:4px 6px }
.g tr.bar td { background:#000; height:20px; padding:0 }
.g th { height:30px; font-size:14px }
.g tr.v td { height:84px; line-height:1.4em; font-size:13.5px }
.iss { text-align:center; font-weight:bold; margin:18px 0 34px }
.ap { width:645px; margin:0 auto } .ap td { vertical-align:middle; padding:0 6px }
.seal { width:100px; height:100px; border-radius:50%; border:3px double ${accent}; display:flex; align-items:center; justify-content:center; text-align:center;
  font: bold 10px ${sans}; color:${accent}; line-height:13px }
.state { width:150px; height:34px; border:1px solid #777; display:flex; align-items:center; justify-content:center; font: bold 11px ${sans}; color:#444; letter-spacing:1px }
.ap .txt { font: italic bold 13.5px ${sans}; line-height:18px }
.sg { width:572px; margin:34px auto 0 } .sg td { text-align:center; width:50%; padding:0 10px }
.sg .s { font: 24px ${hand}; color:#1a2d63; height:30px }
</style>
<div class="w">
 <table class="hd"><tr>
  <td><div class="logo"><div class="m">${mark}</div><div class="t">${event_short}<small>${tagline}</small></div></div></td>
  <td class="addr"><b>${org}</b><br>${committee}<br>${street}<br>${town}<br>${phone}<br>${email}</td>
 </tr></table>
 <h1>${heading}</h1>
 <div class="who">${name}<br>${h_street}<br>${h_town}<br><br>${cert_label}&nbsp;${cert_no}</div>
 <table class="g">
  <tr class="bar"><td colspan="5"></td></tr>
  <tr><th style="width:190px">${col_name}</th><th>Date</th><th>${col_time}</th><th>Location</th><th style="width:62px">Credits</th></tr>
  <tr class="v"><td>${title}</td><td style="white-space:nowrap">${date}</td><td style="white-space:nowrap">${time}</td><td><b>${room}</b><br>${venue}</td><td>${credits}</td></tr>
 </table>
 <div class="iss">Credits Issued: ${credits}</div>
 <table class="ap"><tr>
  <td><div class="seal">APPROVED<br>CEC<br>EVENT</div></td>
  <td><div class="state">${state_box}</div></td>
  <td class="txt">${statement_html}</td>
 </tr></table>
 <table class="sg"><tr>
  <td><div class="s">${signer1}</div>___________________________</td>
  <td><div class="s">${signer2}</div>___________________________</td></tr>
  <tr><td>${signer1}, ${role1}</td><td>${signer2}, ${role2}</td></tr>
 </table>
</div>
"""


def _clock(minutes: int) -> str:
    h, m = divmod(minutes, 60)
    return f"{(h - 1) % 12 + 1}:{m:02d} {'AM' if h < 12 else 'PM'}"


def fill(d):
    import html

    r = d.rng
    org = d.provider()
    short = d.org_alt or org
    start = r.choice(range(8 * 60, 15 * 60 + 1, 30))
    end = start + round(d.credit * 60)
    dash = d.pick([" – ", " - ", " to "])
    street, town = d.address()
    h_street, h_town = d.address()
    words = [w for w in short.replace("&", "").split() if w[:1].isupper()]
    slug = "".join(w[0] for w in words).lower() + d.pick(["", "-events", "conference", "-ce"])
    return {
        "mark": "".join(w[0] for w in words)[:4] + f" {d.completed.year}",
        "event_short": short,
        "tagline": d.pick(["Education Program", "Annual Conference", "Seminar Series"]),
        "org": org,
        "committee": d.pick(
            ["Education Committee", "Continuing Education Office", "Conference Office"]
        ),
        "street": street,
        "town": town,
        "phone": d.phone(),
        "email": f"education@{slug}.org",
        "heading": d.pick(
            [
                "Certificate of Completion",
                "Certificate of Attendance",
                "Continuing Education Credit",
            ]
        ),
        "name": d.name(d.pick(["plain", "plain", "upper"])),
        "h_street": h_street,
        "h_town": h_town,
        "cert_label": d.pick(
            ["IICRC Certification #:", "IICRC Registrant #:", "Certification No.:"]
        ),
        "cert_no": d.number(),
        "col_name": d.pick(["Name", "Session", "Session Title"]),
        "col_time": d.pick(["Time Attended", "Time", "Hours Attended"]),
        "title": d.title(),
        "date": d.date(d.pick(["us_numeric", "short_month", "long", "us_short"])),
        "time": f"{_clock(start)}{dash}{_clock(end)}",
        "room": d.pick(["Ballroom A", "Room 204", "Salon C", "Breakout Room 3", "Hall E Theater"]),
        "venue": d.venue(),
        "credits": d.hours_number(),
        "state_box": d.pick(["IICRC APPROVED", "CEC EVENT", "APPROVED PROVIDER"]),
        "statement_html": f"{html.escape(org)} is an approved continuing education event of the "
        "Institute of Inspection, Cleaning and Restoration Certification (IICRC) "
        f'<span style="white-space:nowrap">(CEC event #{html.escape(d.approval())}).</span> '
        "Credit is issued for the time attended.",
        "signer1": d.person(),
        "role1": d.pick(["Education Chair", "Program Chair"]),
        "signer2": d.person(),
        "role2": d.pick(["President", "Executive Director"]),
    }
