"""A landscape certificate of attendance for one education session of a trade
show, in a gilt frame: a broad gold gradient border, a band of fine gold
grid lines inside it, then two thin gold rules, with a small gold disc
holding a fleuron at each corner. Everything is centred. At the top a thin
line in spaced capitals names the show's education programme (the show's
name with its year, which appears nowhere else), and under it the days the
show ran and its venue. Then the heading, "This is to certify that", the
attendee's name large in a script face over a gold rule, and a line saying
the attendee attended the session. The session's education track or series
("Water Damage Track", "Leadership Series") sits in a dark cartouche
with light spaced capitals, sometimes with the session's place in the
series or its code, and the session's own title follows it in large bold
type, then the presenter (with a credential) on a line of its own. The day
of the session and the credit are either one running sentence or two small
labelled cells. Along the foot: the education chair's ink signature over
the printed name and role on one side, a round gold seal in the middle, and
the issue date over a rule on the other; the certificate number in tiny
type in the lower right corner."""

SOURCE = (
    "kakadp1/Novorbis-Final-Version:certificate_small.php (gold gradient outer border, a band "
    "of gold grid lines, inner gold rules and decorative borders, a fleuron disc in each corner, "
    "centred content, two signature boxes and the certificate id in the corner); IECA Great "
    "Rivers conference agenda (ieca.org: each session printed with its speakers and an "
    "'Education Track: ...' line beside its title); restoration show education programmes that "
    "group sessions into technical and business tracks and leadership series"
)
KIND = "session"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "landscape",
    "ornate",
    "script-name",
    "dark-band",
    "provider-in-logo",
    "distractor-person",
    "distractor-date",
    "date-words",
    "track",
)

TEMPLATE = """<style>
.fr { position:absolute; inset:20px; padding:11px; border-radius:3px;
  background:linear-gradient(135deg, #f2d36b 0%, #d9a92e 35%, #b8862b 60%, #8b6914 100%) }
.gr { position:absolute; inset:11px; padding:9px;
  background:repeating-linear-gradient(0deg, transparent 0 2px, #c9a13b 2px 3px),
    repeating-linear-gradient(90deg, #fffaf0 0 2px, #c9a13b 2px 3px) }
.in { position:absolute; inset:9px; background:${paper}; border:1.5px solid #b8862b }
.in2 { position:absolute; inset:7px; border:0.75px solid #c9a13b }
.cn { position:absolute; width:26px; height:26px; border-radius:50%; z-index:2;
  background:linear-gradient(45deg, #f5d76e, #b8862b); box-shadow:0 1px 2px rgba(0,0,0,.35);
  color:#6d520f; font-size:15px; line-height:26px; text-align:center }
.tl { top:4px; left:4px } .tr { top:4px; right:4px } .bl { bottom:4px; left:4px } .br { bottom:4px; right:4px }
.c { position:absolute; left:70px; right:70px; top:${top}px; bottom:${body_bottom}px; text-align:center; color:#222;
  display:flex; flex-direction:column; justify-content:space-evenly }
.sh { font: 12px ${sans}; letter-spacing:3px; text-transform:uppercase; color:${dark}; font-weight:bold }
.sd { font: italic 12.5px ${serif}; color:#555; margin-top:4px }
h1 { margin:0; font: ${h1_px}px ${display}; color:${dark}; letter-spacing:2px; line-height:1.1 }
.ct { font: italic 17px ${serif}; color:#444 }
.nm { font: ${name_px}px ${script}; color:#1b1b1b; line-height:1.15; margin-top:${nm_gap}px }
.rl { width:52%; margin:2px auto 0; border-bottom:1.5px solid #c9a13b }
.at { font: 16px ${serif}; color:#333 }
.cart { display:inline-block; margin-top:14px; background:${dark}; color:#fff4d6; padding:6px 34px;
  font: bold 12.5px ${sans}; letter-spacing:3px; text-transform:uppercase; border:1.5px solid #c9a13b;
  outline:1.5px solid ${dark}; outline-offset:2px }
.ti { font: bold ${title_px}px ${tfont}; color:#151515; margin-top:12px; line-height:1.2 }
.by { font: italic 15px ${serif}; color:#444; margin-top:8px }
.sn { font: 16px ${serif}; color:#333; margin:0 auto; max-width:760px; line-height:23px }
.cells { display:flex; justify-content:center; gap:54px }
.cells div { font: bold 16px ${serif}; color:#151515 }
.cells span { display:block; font: 10px ${sans}; letter-spacing:2px; text-transform:uppercase; color:#8b6914;
  margin-bottom:3px; font-weight:normal }
.ft { position:absolute; left:110px; right:110px; bottom:${foot}px; display:flex; justify-content:space-between;
  align-items:flex-end }
.sg { width:250px; text-align:center; font: 12.5px ${sans}; color:#333; line-height:16px }
.sg .h { font: 28px ${handf}; color:#1f2f6e; height:38px; line-height:44px; white-space:nowrap }
.sg .ln { border-top:1px solid #8b6914; margin-bottom:4px }
.sg .v { font: 15px ${serif}; color:#222; height:38px; line-height:50px }
.seal { width:96px; height:96px; border-radius:50%; background:radial-gradient(circle, #f5d76e 0 52%, #d9a92e 53% 100%);
  border:3px double #8b6914; display:flex; align-items:center; justify-content:center; text-align:center;
  font: bold 13px ${sans}; letter-spacing:2px; color:#5b430c; text-transform:uppercase }
.no { position:absolute; right:98px; bottom:60px; font: 9.5px ${sans}; color:#8a7a55 }
</style>
<div class="fr"><div class="gr"><div class="in"><div class="in2"></div></div></div>
 <div class="cn tl">&#10086;</div><div class="cn tr">&#10086;</div><div class="cn bl">&#10086;</div><div class="cn br">&#10086;</div>
</div>
<div class="c">
 <div><div class="sh">${show_line}</div>
 <div class="sd">${show_days} &middot; ${venue}</div></div>
 <h1>${heading}</h1>
 <div><div class="ct">${certify}</div>
 <div class="nm">${name}</div>
 <div class="rl"></div></div>
 <div><div class="at">${attended}</div>
 <div class="cart">${track_line}</div>
 <div class="ti">${title}</div>
 <div class="by">${by_label} ${speaker}</div></div>
 ${when_html}
</div>
<div class="ft">
 <div class="sg"><div class="h">${chair}</div><div class="ln"></div>${chair}<br>${chair_role}</div>
 <div class="seal"><div>${seal}</div></div>
 <div class="sg"><div class="v">${issued}</div><div class="ln"></div>${issued_label}</div>
</div>
<div class="no">${no_label} ${cert_no}</div>
"""

# Tracks and series a show's programme would file each session under.
TRACKS = {
    "Inside the S500: What Changed": ["Water Damage Track", "Standards Update Series"],
    "Drying Dense Materials Without Demolition": ["Water Damage Track", "Structural Drying Track"],
    "The Science of Evaporation": ["Drying Science Series", "Water Damage Track"],
    "Panel: Working With Adjusters": ["Insurance & Claims Track", "Business Track"],
    "Mold Myths Every Tech Should Know": ["Mold & Indoor Air Track", "Technician Series"],
    "Hydroxyl vs. Ozone: A Field Comparison": ["Fire & Odor Track", "Odor Control Series"],
    "Marketing Your Restoration Business": ["Leadership Series", "Business Growth Track"],
    "Heat Drying Hardwood: Case Studies": ["Water Damage Track", "Flooring Track"],
    "Safety Stand-Down for Restoration Crews": ["Safety & Compliance Track", "Leadership Series"],
    "Emerging Standards in Textile Cleaning": [
        "Carpet & Textile Track",
        "Cleaning Technician Series",
    ],
    "Reading a Psychrometric Chart in Five Minutes": [
        "Technician Fundamentals Series",
        "Water Damage Track",
    ],
    "Fire Residue Chemistry Demystified": ["Fire & Smoke Track", "Technician Series"],
}
CREDENTIALS = [
    "",
    ", CR",
    ", WLS",
    ", CIEC",
    ", CMH",
    ", MSc",
    ", PE",
    " (IICRC Approved Instructor)",
]
SCRIPTS = [
    "'Dancing Script', cursive",
    "'Kaushan Script', cursive",
    "'Lobster Two', cursive",
    "'Z003', 'Dancing Script', cursive",
]


def fill(d):
    from datetime import timedelta

    from corpus import formats as F

    r = d.rng
    event = d.provider(d.pick([None, None, "upper"]))
    name = d.name(d.pick(["plain", "plain", "plain", "honorific"]))
    title = d.title("plain")
    track = d.pick(TRACKS.get(title, ["Technical Track", "Leadership Series"]))
    code = f"{track[0]}{r.randrange(1, 9)}{r.randrange(0, 9)}"
    n_of = r.randrange(3, 7)
    track_line = d.pick(
        [
            track,
            track,
            f"{track} \u00b7 Session {r.randrange(1, n_of + 1)} of {n_of}",
            f"Education Track: {track}",
            f"{track} \u00b7 {code}",
        ]
    )
    # The show ran over several days; the session was on one of them.
    before, after = d.pick([(0, 2), (1, 1), (2, 0), (1, 2), (0, 1)])
    show_days = F.fmt_range(
        d.completed - timedelta(days=before), d.completed + timedelta(days=after), r
    )
    speaker = d.person() + d.pick(CREDENTIALS)
    if d.chance(0.55):
        date = d.date(d.pick(["long", "words", "ordinal", "weekday", "dmy_long"]))
        style = "words_cec" if d.credit >= 1 else "cecs"
        hours = d.hours(d.pick(["cec_hours", "cecs", "hours_title", style]))
        verb = d.pick(["and is awarded", "earning", "for which the attendee receives"])
        when = f'<div class="sn">This session was held on {date}, {verb} {hours}.</div>'
    else:
        date = d.date(d.pick(["long", "short_month", "us_numeric", "ordinal", "dmy_long"]))
        hours = d.hours(d.pick(["cec_hours", "cecs", "hrs", "hours_title"]))
        when = (
            f'<div class="cells"><div><span>{d.pick(["Date attended", "Session date", "Held on"])}'
            f"</span>{date}</div><div><span>{d.pick(['CEC credit', 'Credit awarded', 'Credit'])}"
            f"</span>{hours}</div></div>"
        )
    chair = d.person()
    long_name = len(name) > 24
    return {
        "paper": d.pick(["#fffdf6", "#fffaf0", "#fdfbf3"]),
        "script": d.pick(SCRIPTS),
        "handf": d.fonts["hand"].replace(", cursive", ", 'Dancing Script', cursive"),
        "tfont": d.pick([d.fonts["sans"], d.fonts["serif"], d.fonts["display"]]),
        "top": d.pick([58, 64]),
        "body_bottom": d.pick([190, 200]),
        "nm_gap": d.pick([4, 10]),
        "h1_px": d.pick([38, 42]),
        "name_px": 42 if long_name else d.pick([48, 54]),
        "title_px": 26 if len(title) < 36 else 23,
        "foot": d.pick([82, 88]),
        "show_line": f"{event} \u00b7 {d.pick(['Education Program', 'Conference Education', 'Education Sessions'])}",
        "show_days": show_days,
        "venue": d.venue(),
        "heading": d.pick(
            [
                "Certificate of Attendance",
                "Certificate of Session Attendance",
                "Certificate of Participation",
            ]
        ),
        "certify": d.pick(["This is to certify that", "This certifies that", "Presented to"]),
        "name": name,
        "attended": d.pick(
            [
                "attended the education session",
                "was present for the full education session",
                "attended in full the conference session",
            ]
        ),
        "track_line": track_line,
        "title": title,
        "by_label": d.pick(["presented by", "Presenter:", "led by"]),
        "speaker": speaker,
        "when_html": when,
        "chair": chair,
        "chair_role": d.pick(
            ["Education Chair", "Director of Education", "Conference Program Chair"]
        ),
        "seal": d.pick(["CEC", "Official", "Verified"]),
        "issued": d.other_date("issue", d.pick(["long", "short_month", "us_numeric"])),
        "issued_label": d.pick(["Date issued", "Issued", "Date of issue"]),
        "no_label": d.pick(["Certificate no.", "No.", "Cert. ID"]),
        "cert_no": d.number(),
    }
