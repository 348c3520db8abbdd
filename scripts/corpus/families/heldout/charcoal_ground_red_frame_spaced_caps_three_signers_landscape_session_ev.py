"""A landscape session certificate printed light on dark: the whole sheet is a
charcoal ground inside a thick coloured frame with rounded corners, and
every line is set centred in bold sans capitals with wide letter spacing
and near-white ink: the show's name (the provider) first, the heading
("Certificate of Attendance"), a small line ("This certificate is
presented to"), the attendee's name large in a light weight, a line in the
frame colour naming the education session attended, a line with the day,
the room and the credit, and at the foot a row of three signers (printed
names over their roles, no signature lines), with a certificate number in
small type under them."""

SOURCE = (
    "peterpardo/ticaphub:resources/views/certificates/panelist-certificate.blade.php "
    "(a dark #222831 ground inside a 15px coloured border with rounded corners; centred bold "
    "letter-spaced light lines: the event, the certificate's name, 'This certificate is "
    "presented to', the name, 'for participating in ...' in the border colour, and a row of "
    "three advisers' names over their titles)"
)
KIND = "session"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "landscape",
    "dark-ground",
    "letter-spaced",
    "sentence",
    "distractor-person",
    "light-on-dark",
)

TEMPLATE = """<style>
.pg { position:absolute; inset:0; background:#fff }
.cf { position:absolute; inset:${margin}px; background:${ground}; border:${bw}px solid ${frame}; border-radius:12px }
.c { position:absolute; left:${cx}px; right:${cx}px; top:${ctop}px; bottom:${cbot}px; display:flex; flex-direction:column;
  justify-content:space-between; text-align:center; color:#eeeeee; font-family:${face} }
.ev { font: 800 ${ev_px}px ${face}; letter-spacing:4px; text-transform:uppercase; line-height:1.3 }
.yr { font: 600 13px ${face}; letter-spacing:3px; color:#bbb; margin-top:4px }
h1 { margin:22px 0 0; font: 800 ${h_px}px ${face}; letter-spacing:${h_ls}px; text-transform:uppercase; line-height:1.15 }
.pr { font: 700 14px ${face}; letter-spacing:2px; text-transform:uppercase; color:#d8d8d8 }
.nm { font: 200 ${nm_px}px ${face}; letter-spacing:1px; color:#f4f4f4; margin:10px auto 0; line-height:1.2;
  display:inline-block; padding:0 26px 4px; border-bottom:1px solid #777 }
.fo { font: 700 15px ${face}; letter-spacing:2px; color:#e0e0e0; margin-top:22px; text-transform:uppercase }
.ti { font: 900 ${ti_px}px ${face}; letter-spacing:1.5px; color:${frame_text}; margin-top:8px; line-height:1.3; padding:0 20px }
.dt { font: 700 14px ${face}; letter-spacing:1.5px; color:#cfcfcf; margin-top:16px; line-height:1.6 }
.dt b { color:#fff }
.sg { display:flex; justify-content:space-evenly; font: 800 13px ${face}; color:#ededed; letter-spacing:.5px; line-height:19px }
.sg div { width:30% }
.sg i { font-style:normal; font-weight:400; color:#b9b9b9; font-size:12px; letter-spacing:.3px }
.no { font: 11px ${face}; color:#9a9a9a; letter-spacing:1.2px; margin-top:14px }
</style>
<div class="pg"></div><div class="cf"></div>
<div class="c">
 <div>
  <div class="ev">${event}</div>
  <div class="yr">${venue}</div>
  <h1>${heading}</h1>
 </div>
 <div>
  <div class="pr">${presented}</div>
  <div class="nm">${name}</div>
  <div class="fo">${for_text}</div>
  <div class="ti">${title}</div>
  <div class="dt">${date_label} <b>${date}</b> &nbsp;·&nbsp; ${room} &nbsp;·&nbsp; ${credit_lead} <b>${hours}</b></div>
 </div>
 <div>
  <div class="sg">
   <div>${s1}<br><i>${r1}</i></div>
   <div>${s2}<br><i>${r2}</i></div>
   <div>${s3}<br><i>${r3}</i></div>
  </div>
  <div class="no">${no_line}</div>
 </div>
</div>
"""

HEADINGS = [
    "Certificate of Attendance",
    "Certificate of Participation",
    "Certificate of Completion",
    "CE Attendance Certificate",
]
PRESENTED = [
    "This certificate is presented to",
    "This certifies that",
    "Awarded to",
    "Presented to",
]
FOR_TEXT = {
    "This certifies that": ["attended the education session", "was present for the full session"],
    "other": [
        "for attending the education session",
        "for participating in the session",
        "for completing the seminar",
    ],
}
ROLES = [
    ("Education Chair", "Show Director", "Session Moderator"),
    ("Conference Chair", "Program Director", "Room Monitor"),
    ("Education Committee Chair", "Executive Director", "Session Speaker"),
]


def fill(d):
    frame, frame_text = d.pick(
        [
            ("#da0037", "#ff4d6d"),
            ("#b8860b", "#e0b74a"),
            ("#1e6091", "#6fb1e6"),
            ("#2d6a4f", "#74c69d"),
            ("#8b0000", "#e05a5a"),
        ]
    )
    presented = d.pick(PRESENTED)
    for_text = d.pick(
        FOR_TEXT["This certifies that" if presented == "This certifies that" else "other"]
    )
    event = d.provider(d.pick([None, "upper"]))
    name = d.name(d.pick(["plain", "plain", "upper"]))
    title = d.title(d.pick(["plain", "plain", "upper"]))
    date = d.date(d.pick(["long", "weekday", "long_upper", "short_month", "us_numeric"]))
    hours = d.hours(d.pick(["cecs", "cec_hours", "iicrc_cec", "hrs"]))
    credit_lead = (
        ""
        if hours.startswith("IICRC")
        else d.pick(["Credit:", "Earned", "CE credit", "Approved for"])
    )
    roles = d.pick(ROLES)
    no_line = d.pick(["Certificate No. ", "Cert. #", "Attendee ID "]) + d.number()
    if d.chance(0.35):
        no_line += d.pick([" · IICRC approval ", " · Course approval "]) + d.approval()
    face = d.pick(
        [
            "'Lato', 'Open Sans', sans-serif",
            "'Open Sans', sans-serif",
            "'Nimbus Sans', sans-serif",
            "'Cantarell', sans-serif",
            "'DejaVu Sans', sans-serif",
        ]
    )
    margin = d.pick([0, 14, 24])
    return {
        "ground": d.pick(["#222831", "#1e1e24", "#262626", "#1b2431"]),
        "frame": frame,
        "frame_text": frame_text,
        "face": face,
        "margin": margin,
        "bw": d.pick([13, 15, 18]),
        "cx": margin + 70,
        "ctop": margin + 62,
        "cbot": margin + 48,
        "ev_px": 20 if len(event) > 32 else 23,
        "h_px": d.pick([30, 34, 38]),
        "h_ls": d.pick([4, 6, 8]),
        "nm_px": 40 if len(name) > 26 else 48,
        "ti_px": 20 if len(title) > 40 else 23,
        "event": event,
        "venue": d.venue(),
        "heading": d.pick(HEADINGS),
        "presented": presented,
        "name": name,
        "for_text": for_text,
        "title": title,
        "date_label": d.pick(["Held", "Date:", "On"]),
        "date": date,
        "room": d.pick(["Room ", "Hall ", "Session room "])
        + d.pick(["N201", "W112", "B", "Ballroom C", "4", "South 230"]),
        "credit_lead": credit_lead,
        "hours": hours,
        "s1": d.person(),
        "r1": roles[0],
        "s2": d.person(),
        "r2": roles[1],
        "s3": d.person(),
        "r3": roles[2],
        "no_line": no_line,
    }
