"""A landscape attendance certificate for one education session at a show, as
an event-management system's document template prints it: a dark band across
the top with the organizer's name and postal address in light type at the
left and a round logo at the right; the document title and a small kicker
line; one centred paragraph with no labels that names the attendee (and
often the attendee's company), the session title in curly quotes, its presenter,
the show, the show's dates as a span and the venue, and ends with the credit
earned; a line under it on how attendance was verified (badge scans in and
out with clock times and minutes in the room); the signatories in a row
(two or three: name and role under a handwritten signature); and a thin footer with a
certificate number, an issue date and a line on how credit is given."""

SOURCE = (
    "LEARN-LK/Indico:certificate.md (Indico 'Certificate of Attendance' document "
    "template: organizer address, venue, logo, one certificate-text paragraph, up to three "
    "places of signature); attendance-by-scan wording as CSWE prints it for its CE sessions, "
    "https://csweorg-dev.azurewebsites.net/Events-Meetings/APM-Archives/2014-APM/CEs/"
    "Attendance-Tracking"
)
KIND = "session"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "landscape",
    "dark-band",
    "sentence",
    "date-range",
    "distractor-person",
)

TEMPLATE = """<style>
.band { position:absolute; left:0; right:0; top:0; height:118px; background:${dark}; color:#f3f0e8;
  display:flex; align-items:center; justify-content:space-between; padding:0 54px; font-family:${sans} }
.band .o { font: bold 22px ${orgf}; letter-spacing:.3px }
.band .a { font-size:12.5px; line-height:17px; opacity:.88; margin-top:5px }
.lg { width:78px; height:78px; border-radius:50%; border:3px solid ${accent}; background:${lgbg}; color:${dark};
  display:flex; align-items:center; justify-content:center; font: bold 23px ${display}; flex:none }
.edge { position:absolute; left:0; right:0; top:118px; height:5px; background:${accent} }
.kick { position:absolute; left:0; right:0; top:160px; text-align:center; font: 13px ${sans}; letter-spacing:3.5px;
  text-transform:uppercase; color:${accent} }
h1 { position:absolute; left:0; right:0; top:180px; margin:0; text-align:center; font: ${h_weight} 44px ${headf}; color:${dark} }
.txt { position:absolute; left:110px; right:110px; top:262px; text-align:center; font: 19px ${bodyf}; line-height:31px; color:#222 }
.txt b { font-size:22px; color:#111 }
.ver { position:absolute; left:130px; right:130px; top:${ver_top}px; text-align:center; font: 13px ${sans}; color:#555;
  border-top:1px solid #ccc; padding-top:9px; line-height:18px }
.sigs { position:absolute; left:70px; right:70px; bottom:64px; display:flex; justify-content:space-around; font-family:${sans} }
.sigs div { width:230px; text-align:center }
.sigs .h { font: 29px ${handf}; color:${pen}; height:40px; white-space:nowrap; overflow:hidden }
.sigs .n { border-top:1px solid #333; padding-top:5px; font: bold 14px ${sans} }
.sigs .r { font-size:12px; color:#555; margin-top:2px }
.ft { position:absolute; left:54px; right:54px; bottom:16px; display:flex; justify-content:space-between;
  font: 10.5px ${sans}; color:#666; border-top:1px solid #ddd; padding-top:6px }
</style>
<div class="band">
 <div><div class="o">${organizer}</div><div class="a">${street}<br>${town} &middot; ${phone}</div></div>
 <div class="lg">${initials}</div>
</div>
<div class="edge"></div>
<div class="kick">${kicker}</div>
<h1>${heading}</h1>
<div class="txt">${text_html}</div>
<div class="ver">${verified}</div>
<div class="sigs">${sigs_html}</div>
<div class="ft"><span>${cert_no}</span><span>${rule}</span><span>${issued}</span></div>
"""

COMPANIES = [
    "Blue Ridge Restoration, Inc.",
    "ServPro of North Mesa",
    "Dry Tech Services LLC",
    "All-Pro Water & Fire",
    "Cornerstone Cleaning Co.",
    "Paul Davis Restoration of the Valley",
    "Rapid Response Restoration",
    "Summit Carpet & Upholstery",
]
SIGNER_ROLES = [
    "Conference Chair",
    "Education Committee Chair",
    "Show Director",
    "CE Coordinator",
    "Executive Director",
    "Director of Education",
]


def _clock(minutes: int) -> str:
    h, m = divmod(minutes, 60)
    return f"{h % 12 or 12}:{m:02d} {'AM' if h < 12 else 'PM'}"


def fill(d):
    import html

    esc = html.escape
    org = d.org_alt or d.org
    words = [w for w in org.replace("&", " ").split() if w[0].isupper()]
    initials = "".join(w[0] for w in words)[:3]
    street, town = d.address()
    # The band names the organizer; the paragraph names the show (both are the provider).
    organizer = d.provider()
    name = d.name(d.pick(["plain", "plain", "plain", "upper"]))
    company = d.pick(COMPANIES) if d.chance(0.7) else ""
    title = d.title("plain")
    speaker = d.person()
    speaker2 = d.person() if d.chance(0.25) else ""
    presenters = f"{speaker} and {speaker2}" if speaker2 else speaker
    span = d.date_range(d.pick([1, 2, 2, 3]))
    venue = d.venue()
    hours = d.hours(d.pick(["cec_hours", "cec_hours", "words", "hours_title", "iicrc_cec"]))
    if hours.startswith("IICRC CECs:"):
        earned = f"and was awarded continuing education credit ({hours})."
    elif "CEC" in hours:
        earned = f"and has earned {hours}."
    else:
        earned = f"and has earned {hours} of continuing education credit."
    who = f"<b>{esc(name)}</b>" + (f" of {esc(company)}" if company else "")
    attended = d.pick(
        [
            "attended the education session",
            "participated in the educational session",
            "was present for the full session",
        ]
    )
    show = d.pick([org, "the " + org])
    text_html = (
        f"This is to certify that {who} {attended} &ldquo;{esc(title)}&rdquo;, presented by "
        f"{esc(presenters)}, at {esc(show)}, held {esc(span)} at {esc(venue)}, "
        f"{esc(earned)}"
    )
    minutes = round(d.credit * 60)
    start = d.pick([8, 9, 10, 13, 14, 15]) * 60 + d.pick([0, 15, 30])
    scan_in = start - d.pick([1, 3, 4, 6])
    scan_out = start + minutes + d.pick([0, 1, 2, 5])
    verified = d.pick(
        [
            f"Attendance verified by badge scan: in {_clock(scan_in)}, out {_clock(scan_out)} "
            f"({scan_out - scan_in} minutes in the room).",
            f"Badge scanned on entry {_clock(scan_in)} and on exit {_clock(scan_out)}; "
            f"time in session {scan_out - scan_in} min.",
        ]
    )
    count = d.pick([2, 3, 3])
    signers = [d.person() for _ in range(count)]
    roles = d.rng.sample(SIGNER_ROLES, count)
    sigs_html = "".join(
        f'<div><div class="h">{esc(s.split()[0][0] + ". " + s.split()[-1])}</div>'
        f'<div class="n">{esc(s)}</div><div class="r">{esc(r)}</div></div>'
        for s, r in zip(signers, roles, strict=True)
    )
    long_text = len(text_html) > 330
    return {
        "orgf": d.pick([d.fonts["sans"], d.fonts["display"], d.fonts["cond"]]),
        "headf": d.pick([d.fonts["display"], d.fonts["serif"], d.fonts["sans"]]),
        "h_weight": d.pick(["normal", "bold"]),
        "bodyf": d.pick([d.fonts["serif"], d.fonts["sans"]]),
        "handf": d.fonts["hand"].replace(", cursive", ", 'Dancing Script', cursive"),
        "pen": d.pick(["#1d2c6b", "#222", "#123a7a"]),
        "lgbg": d.pick(["#ffffff", d.colors["light"]]),
        "ver_top": 470 if long_text else 440,
        "organizer": organizer,
        "street": street,
        "town": town,
        "phone": d.phone(),
        "initials": initials,
        "kicker": d.pick(
            ["Education session", "Continuing education", "Session credit", "CE session record"]
        ),
        "heading": d.pick(
            [
                "Certificate of Attendance",
                "Certificate of Attendance",
                "Certificate of Participation",
            ]
        ),
        "text_html": text_html,
        "verified": verified,
        "sigs_html": sigs_html,
        "cert_no": d.number(d.pick(["Certificate no. ", "Document ", "No. "])),
        "rule": d.pick(
            [
                "1 CEC hour per 60 minutes of instruction; partial sessions are not credited.",
                "Credit is awarded per 60-minute session (50 minutes of instruction).",
                "Verification of attendance cannot be provided after the show.",
            ]
        ),
        "issued": d.pick(["Issued ", "Generated ", "Date issued: "]) + d.other_date("issue"),
    }
