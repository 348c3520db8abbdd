"""A portrait attendance certificate for one education session of a show,
made by the show's registration system: the show named only in a ring mark
and wordmark lockup at the top left with a certificate number opposite, a
tall condensed capital heading, "presented to" over a large script name,
the session title in quotes, then a two-column grid of the facts a licensing
board asks of attendance documentation (location, date, clock times,
instructor, credit awarded and sometimes the course approval number), a
short note on how attendance was verified, a foot row with the date the
certificate was generated on a rule at the left and the education chair's
signature at the right, and a verification square in the corner."""

SOURCE = (
    "0xWormh0le/ian-bland-lms:resources/views/certificate-templates/starter-template.php "
    "(condensed title, 'presented to', script recipient, info table of dates and signer, QR "
    "corner); the facts listed from https://peps.ohio.gov/IndividualLicensing/ContinuingEd/"
    "AttendanceDocumentation.aspx (date, hours, location, topic and instructor's name)"
)
KIND = "session"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "portrait",
    "script-name",
    "table",
    "labelled",
    "provider-in-logo",
    "distractor-person",
    "distractor-date",
    "qr",
)

TEMPLATE = """<style>
.fr { position:absolute; inset:30px; border:1px solid ${dark}55 }
.fr:before { content:''; position:absolute; left:0; right:0; top:0; height:10px; background:${dark} }
.hd { position:absolute; left:62px; right:62px; top:66px; display:flex; align-items:center; gap:12px }
.ring { width:60px; height:60px; border-radius:50%; border:5px solid ${dark}; position:relative; flex:none }
.ring:after { content:''; position:absolute; inset:7px; border-radius:50%; border:3px solid ${accent} }
.ring b { position:absolute; inset:0; display:flex; align-items:center; justify-content:center; font: bold 15px ${cond}; color:${dark}; letter-spacing:0.5px }
.wm .n { font: bold 17px ${sans}; color:${dark}; line-height:21px; white-space:nowrap }
.wm .t { font: 10.5px ${sans}; color:#666; letter-spacing:1.6px; text-transform:uppercase; margin-top:10px; white-space:nowrap }
.no { margin-left:auto; text-align:right; font: 11px ${sans}; color:#555 }
.no b { display:block; margin-top:12px; font: 13px ${mono}; color:#222 }
.w { position:absolute; left:62px; right:62px; top:168px; text-align:center; color:#333 }
h1 { margin:0; font: bold 37px ${cond}; letter-spacing:2px; color:#414042; text-transform:uppercase; line-height:48px }
.h2 { font: 13px ${sans}; letter-spacing:2.5px; color:${accent}; text-transform:uppercase; margin-top:6px }
.act { font: 16px ${cond}; color:#594741; margin-top:44px; letter-spacing:1px }
.nm { font: 54px ${script}; color:#3b2f2a; margin-top:6px; line-height:70px; white-space:nowrap }
.rule { width:60%; margin:0 auto; border-top:1px solid #999 }
.rs { font: 15px ${serif}; margin-top:26px }
.ti { font: bold 21px ${serif}; color:#222; margin:8px auto 0; width:82%; line-height:27px }
table { margin:44px auto 0; width:88%; border-collapse:collapse; font: 13.5px ${sans}; text-align:left }
td { border:1px solid #bbb; padding:11px 12px; vertical-align:middle }
td.l { width:34%; background:${light}; color:#444; font-size:11.5px; text-transform:uppercase; letter-spacing:0.8px }
.note { width:84%; margin:22px auto 0; font: 11.5px ${serif}; color:#555; line-height:16px }
.ft { position:absolute; left:90px; right:90px; bottom:92px; display:flex; justify-content:space-between; align-items:flex-end; font-family:${sans}; color:#414042 }
.ft > div { width:36%; text-align:center; font-size:13px }
.ft .v { font-size:12.5px; letter-spacing:1.5px; border-bottom:1px solid #555; padding-bottom:4px; position:relative; height:30px; display:flex; align-items:flex-end; justify-content:center }
.ft .sig { font: 30px ${hand}; color:#1c2f6b; letter-spacing:0; white-space:nowrap; line-height:30px }
.ft small { display:block; font-size:10px; letter-spacing:1.2px; text-transform:uppercase; color:#666; margin-top:4px }
.qr { position:absolute; right:52px; bottom:50px; width:60px; height:60px; border:3px solid #fff; outline:1px solid #ccc;
  background: repeating-conic-gradient(#222 0 25%, #fff 0 50%) 0 0/7px 7px,
  repeating-conic-gradient(#fff 0 25%, #222 0 50%) 0 0/11px 11px; background-blend-mode:multiply }
.qr i { position:absolute; width:19px; height:19px; background:#fff; border:4px solid #222; box-shadow:inset 0 0 0 2px #fff, inset 0 0 0 7px #222 }
.vf { position:absolute; left:62px; right:130px; bottom:50px; font: 9.5px ${sans}; color:#777; line-height:13px }
</style>
<div class="fr"></div>
<div class="hd"><div class="ring"><b>${mark}</b></div>
 <div class="wm"><div class="n">${event}</div><div class="t">${event_sub}</div></div>
 <div class="no">${no_label}<b>${cert_no}</b></div></div>
<div class="w">
 <h1>${heading}</h1>
 <div class="h2">${subheading}</div>
 <div class="act">${presented}</div>
 <div class="nm">${name}</div>
 <div class="rule"></div>
 <div class="rs">${reason}</div>
 <div class="ti">&ldquo;${title}&rdquo;</div>
 <table>${rows_html}</table>
 <div class="note">${note}</div>
</div>
<div class="ft">
 <div><div class="v">${generated}</div><small>${gen_label}</small></div>
 <div><div class="v"><span class="sig">${chair}</span></div>${chair}<small>${chair_role}</small></div>
</div>
<div class="vf">${verify}</div>
<div class="qr"><i style="left:0;top:0"></i><i style="right:0;top:0"></i><i style="left:0;bottom:0"></i></div>
"""


def fill(d):
    import html

    r = d.rng
    start = d.pick([8, 9, 10, 11, 13, 14, 15, 16]) * 60 + d.pick([0, 15, 30])
    end = start + round(d.credit * 60) + d.pick([0, 0, 15])

    def clock(m):
        h = m // 60
        return f"{h % 12 or 12}:{m % 60:02d} {'AM' if h < 12 else 'PM'}"

    event = d.provider()
    words = [w for w in event.split() if w[0].isalpha()]
    mark = "".join(w[0] for w in words if w[0].isupper())[:4]
    _, town = d.address()
    venue = d.venue()
    instructor = d.person()
    creds = d.pick(["", ", CR", ", WLS", ", CIH", ", MSc", ", CMP"])
    style = d.pick(["long", "weekday", "us_numeric", "short_month", "ordinal"])
    rows = [
        (
            d.pick(["Location", "Venue"]),
            f"{venue}, {d.pick(['Room', 'Hall', 'Salon'])} "
            f"{d.pick(['A', 'B', 'C', 'D', 'E'])}{r.randrange(1, 9)}",
        ),
        (d.pick(["Date of session", "Session date", "Date attended"]), d.date(style)),
        (d.pick(["Time", "Session time"]), f"{clock(start)} – {clock(end)}"),
        (d.pick(["Instructor", "Presenter", "Speaker"]), f"{instructor}{creds}"),
        (
            d.pick(["Credit awarded", "CE hours awarded", "Credit hours"]),
            d.hours(d.pick(["cec_hours", "hours_title", "cecs", "iicrc_cec", "ceu_and_cec"])),
        ),
    ]
    if d.chance(0.5):
        rows.append((d.pick(["IICRC course no.", "CEC approval no.", "Approval #"]), d.approval()))
    rows_html = "".join(
        f'<tr><td class="l">{html.escape(a)}</td><td>{html.escape(b)}</td></tr>' for a, b in rows
    )
    chair = d.person()
    return {
        "mark": mark or "CE",
        "event": event,
        "event_sub": d.pick(["Education Program", "Conference & Exhibition", f"{town}"]),
        "no_label": d.pick(["Certificate No.", "Record ID", "Cert. #"]),
        "cert_no": d.number(d.pick(["", "ED-", "S"])),
        "heading": d.pick(["Certificate of Attendance", "Attendance Certificate"]),
        "subheading": d.pick(
            ["Continuing Education · Education Session", "Education Session Credit", "Session CE"]
        ),
        "presented": d.pick(
            ["This is presented to:", "Presented to", "This certificate is presented to"]
        ),
        "name": d.name("plain"),
        "reason": d.pick(
            [
                "for attending in full the education session",
                "for attendance at the conference education session",
                "in recognition of attending the session",
            ]
        ),
        "title": d.title("plain"),
        "rows_html": rows_html,
        "note": d.pick(
            [
                "Attendance was verified by badge scan at the session door on entry and exit. "
                "Partial attendance is not credited.",
                "The attendee named above was scanned in within ten minutes of the start and "
                "scanned out at the end of this session.",
                "Retain this certificate for your records. Credit is reported to the "
                "certifying body only when requested by the attendee.",
            ]
        ),
        "generated": d.other_date("issue", d.pick(["us_numeric", "short_month", "long"])),
        "gen_label": d.pick(["Certificate generated", "Date issued", "Printed"]),
        "chair": chair,
        "chair_role": d.pick(
            ["Education Committee Chair", "Director of Education", "Show Director"]
        ),
        "verify": f"Verify at {d.web()}/verify · code {r.randrange(100000, 999999):X}",
    }
