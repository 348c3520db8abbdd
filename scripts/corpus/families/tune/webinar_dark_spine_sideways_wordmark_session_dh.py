"""A portrait webinar certificate with a dark spine down the left edge that
carries the organiser's wordmark turned sideways between two stars; on
the white field, "Certificate of Participation" in large type, the
participant's name, then label/value pairs in two columns (webinar,
presenter, broadcast date, log-in and log-out times, minutes viewed,
credit), a polling-questions note, and a verifying signature."""

SOURCE = (
    "wording: live-webinar attendance certificates issued by restoration trade shows' online "
    "education series (log-in and log-out times, minutes viewed, polling questions answered)"
)
KIND = "session"
PAPER = ["a4-portrait", "letter-portrait"]
CATEGORIES = (
    "portrait",
    "dark-band",
    "labelled",
    "time-attended",
    "provider-in-logo",
    "distractor-person",
    "webinar",
)

TEMPLATE = """<style>
.sp { position:absolute; left:0; top:0; bottom:0; width:150px; background:${dark} }
.sp .wm { position:absolute; left:50%; top:50%; width:760px; margin-left:-380px; transform:rotate(-90deg); text-align:center;
  font: bold 26px ${sans}; letter-spacing:4px; color:#fff; text-transform:uppercase; white-space:nowrap }
.sp .wm small { display:block; font: 12px ${sans}; letter-spacing:6px; color:${accent_light}; margin-top:6px }
.sp .st { position:absolute; left:0; right:0; top:60px; text-align:center; font: 40px ${serif}; color:${accent_light} }
.sp .st2 { position:absolute; left:0; right:0; bottom:60px; text-align:center; font: 40px ${serif}; color:${accent_light} }
.edge { position:absolute; left:150px; top:0; bottom:0; width:6px; background:${accent_light} }
.m { position:absolute; left:210px; right:60px; top:90px; font-family:${sans}; color:#222 }
.k { font: 12px ${sans}; letter-spacing:4px; text-transform:uppercase; color:${dark} }
h1 { margin:10px 0 0; font: 50px ${display}; line-height:56px; color:${dark} }
.pt { margin-top:50px; font: 13px ${sans}; color:#666 }
.nm { font: 600 34px ${serif}; color:#111; border-bottom:2px solid ${accent_light}; padding-bottom:8px; margin-top:4px }
.g { margin-top:50px; display:grid; grid-template-columns: 1fr 1fr; column-gap:34px; row-gap:28px }
.g div.w { grid-column: 1 / span 2 }
.g .l { font: 10.5px ${sans}; letter-spacing:1.5px; text-transform:uppercase; color:#777 }
.g .v { font: 17px ${serif}; color:#111; margin-top:3px; line-height:22px }
.nt { margin-top:42px; font: 12.5px ${serif}; color:#444; line-height:19px; border-left:3px solid ${accent_light}; padding-left:12px }
.sg { position:absolute; left:210px; bottom:90px; width:280px; font: 12px ${sans}; color:#333; line-height:16px }
.sg .h { font: 28px ${hand}; color:#1d2c6b; border-bottom:1px solid #333; height:40px; line-height:46px; white-space:nowrap }
.id { position:absolute; right:60px; bottom:90px; text-align:right; font: 11px ${mono}; color:#555; line-height:16px }
</style>
<div class="sp"><div class="st">★</div><div class="wm">${org}<small>${series}</small></div><div class="st2">★</div></div>
<div class="edge"></div>
<div class="m">
 <div class="k">${kicker}</div>
 <h1>${heading}</h1>
 <div class="pt">${awarded}</div>
 <div class="nm">${name}</div>
 <div class="g">
  <div class="w"><div class="l">${l_title}</div><div class="v">${title}</div></div>
  <div><div class="l">${l_presenter}</div><div class="v">${presenter}</div></div>
  <div><div class="l">${l_date}</div><div class="v">${date}</div></div>
  <div><div class="l">${l_in}</div><div class="v">${t_in}</div></div>
  <div><div class="l">${l_out}</div><div class="v">${t_out}</div></div>
  <div><div class="l">${l_min}</div><div class="v">${minutes}</div></div>
  <div><div class="l">${l_hours}</div><div class="v">${hours}</div></div>
 </div>
 <div class="nt">${note}</div>
</div>
<div class="sg"><div class="h">${signer}</div>${signer}<br>${signer_role}</div>
<div class="id">${id_label}<br>${number}</div>
"""


def fill(d):
    minutes = round(d.credit * 60)
    viewed = minutes + d.rng.randrange(0, 9)
    start = d.rng.randrange(9 * 60, 16 * 60, 30)
    tz = d.pick(["ET", "CT", "MT", "PT", "EST", "CST"])

    def clock(m):
        h, mm = divmod(m, 60)
        return f"{(h - 1) % 12 + 1}:{mm:02d} {'AM' if h < 12 else 'PM'} {tz}"

    return {
        "dark": d.pick(["#1f3a5f", "#23395d", "#4a1c40", "#0b3d2e", "#2f2f2f", "#123c69"]),
        "accent_light": d.pick(["#d9b44a", "#e0c068", "#9ec5e6", "#cfe3c1"]),
        "org": d.provider("upper"),
        "series": d.pick(["Webinar Series", "Online Education", "Live Virtual Classroom"]),
        "kicker": d.pick(["Live webinar", "Online education", "Virtual session"]),
        "heading": d.pick(
            ["Certificate of Participation", "Certificate of Attendance", "Webinar Certificate"]
        ),
        "awarded": d.pick(["Awarded to", "This certifies that", "Participant"]),
        "name": d.name(d.pick(["plain", "plain", "upper"])),
        "l_title": d.pick(["Webinar", "Session title", "Program"]),
        "title": d.title("plain"),
        "l_presenter": d.pick(["Presenter", "Speaker", "Instructor"]),
        "presenter": d.person(),
        "l_date": d.pick(["Broadcast date", "Date", "Date attended"]),
        "date": d.date(d.pick(["long", "us_numeric", "weekday", "short_month"])),
        "l_in": d.pick(["Logged in", "Join time", "First join"]),
        "t_in": clock(start - d.rng.randrange(0, 6)),
        "l_out": d.pick(["Logged out", "Leave time", "Last leave"]),
        "t_out": clock(start + viewed),
        "l_min": d.pick(["Minutes viewed", "Time in session", "Duration attended"]),
        "minutes": f"{viewed} min",
        "l_hours": d.pick(["CEC hours", "Credit awarded", "IICRC CECs"]),
        "hours": d.hours_number() if d.chance(0.6) else d.hours(d.pick(["cec_hours", "cecs"])),
        "note": d.pick(
            [
                "Credit requires attendance for the full live broadcast and a response to "
                "each polling question. Recordings are not eligible for credit.",
                "Attendance was verified from the webinar platform's participant report.",
                "Participants answered three of three polling questions during the broadcast.",
            ]
        ),
        "signer": d.person(),
        "signer_role": d.pick(["Education Manager", "Webinar Host", "CE Administrator"]),
        "id_label": d.pick(["Certificate ID", "Attendee ID", "Verification no."]),
        "number": d.number(),
    }
