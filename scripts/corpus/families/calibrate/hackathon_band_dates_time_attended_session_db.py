"""A collaboration-style event certificate: a dark band across the top with a
logo at each end and the show's name, host city and dates in the middle,
"Certificate of Attendance" under it, one centred paragraph naming the
attendee with their trade role and company, the session and its presenter,
a line with the time span attended and the credit, and the education
chair's signature rule."""

SOURCE = "brainhackorg/brainhack_certificates:certificate.tex"
KIND = "session"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "dark-band",
    "sentence",
    "landscape",
    "date-range",
    "time-attended",
    "distractor-person",
)

TEMPLATE = """<style>
.band { position:absolute; left:0; right:0; top:0; height:172px; background:${dark}; color:#fff; display:flex; align-items:center; padding:0 56px; gap:26px }
.lg { width:120px; height:120px; flex:none; border:3px solid rgba(255,255,255,0.85); border-radius:12px; display:flex; align-items:center; justify-content:center;
  text-align:center; font:bold 15px ${sans}; line-height:18px }
.ev { flex:1; text-align:center; font-family:${serif} } .ev .a { font-size:34px; font-weight:bold; line-height:40px } .ev .b { font-size:19px; margin-top:6px } .ev .c { font-size:19px }
.w { position:absolute; left:96px; right:96px; top:200px; bottom:54px; display:flex; flex-direction:column; text-align:center; font-family:'Charter', ${serif} }
.h { font-size:30px; font-weight:bold; letter-spacing:0.5px }
.p { flex:1; display:flex; flex-direction:column; justify-content:center; font-size:19px; line-height:32px }
.p b { font-size:22px } .t { margin-top:14px; font-size:17px; color:#222 }
.sg { align-self:flex-start; width:330px; text-align:left; border-top:0.5px solid #000; padding-top:4px; font-size:15px; line-height:19px }
</style>
<div class="band"><div class="lg">${logo_l_html}</div>
 <div class="ev"><div class="a">${org}</div><div class="b">${venue}</div><div class="c">${range}</div></div>
 <div class="lg">${logo_r_html}</div></div>
<div class="w">
 <div class="h">${heading}</div>
 <div class="p"><div>${lead} <b>${name}</b>, ${role} of ${company}, ${verb} <i><b>${title}</b></i>, ${by} ${speaker}, ${during}.</div>
  <div class="t">${time_label} ${span} &nbsp;&middot;&nbsp; ${credit_label} ${hours}</div></div>
 <div class="sg">${chair}<br>${chair_role}</div>
</div>
"""


def fill(d):
    r = d.rng
    start = r.choice([8 * 60, 9 * 60, 10 * 60 + 30, 13 * 60, 14 * 60 + 15, 15 * 60 + 30])
    end = start + int(d.credit * 60)

    def clock(m):
        h, mm = divmod(m, 60)
        return f"{h if h <= 12 else h - 12}:{mm:02d}"

    dash = d.pick(["–", " – ", "-"])
    ampm = " p.m." if end >= 12 * 60 else " a.m."
    return {
        "logo_l_html": d.pick(["RESTORE<br>EDUCATE", "Show<br>Education", "CE<br>Program"]),
        "logo_r_html": d.pick(["IICRC<br>Approved CE", "Learning<br>Lab", "CEC"]),
        "org": d.provider(),
        "venue": d.venue(),
        "range": d.date_range(d.pick([1, 2, 2])),
        "heading": d.pick(["Certificate of Attendance", "Certificate of Session Attendance"]),
        "lead": d.pick(["This is to certify that", "We certify that"]),
        "name": d.name(d.pick(["plain", "plain", "upper"])),
        "role": d.pick(["Project Manager", "Lead Technician", "Owner", "Estimator", "Crew Chief"]),
        "company": d.pick(
            [
                "Dry Right Restoration",
                "Premier Cleaning Co.",
                "Tri-City Water Cleanup",
                "Blue Sky Disaster Services",
            ]
        ),
        "verb": d.pick(["attended the education session", "participated in the session"]),
        "title": d.title("plain"),
        "by": d.pick(["presented by", "led by"]),
        "speaker": d.person(),
        "during": d.pick(
            ["during the show's education program", "held in the show's classroom track"]
        ),
        "time_label": d.pick(["Time attended:", "Attended:", "Session time:"]),
        "span": f"{clock(start)}{dash}{clock(end)}{ampm}",
        "credit_label": d.pick(["Credit:", "CE credit:", ""]),
        "hours": d.hours(d.pick(["cec_hours", "cecs", "iicrc_cec", "hrs"])),
        "chair": d.person(),
        "chair_role": d.pick(["Chair, Education Committee", "Education Director", "Show Manager"]),
    }
