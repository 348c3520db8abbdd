"""A letter from an event's education department, of the kind a licensing
board accepts in place of a certificate: a dark letterhead band with the
show's name in light letter-spaced capitals, a dated address block, a
"Re:" line, then paragraphs stating the session topic, date, location,
instructor and credit hours earned, a signature by the education manager,
and a tiny footer with the sponsor number and a reference."""

SOURCE = (
    "https://peps.ohio.gov/IndividualLicensing/ContinuingEd/AttendanceDocumentation.aspx "
    "(a letter from the provider stating the dates, hours, location, topic and instructor)"
)
KIND = "session"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "letter",
    "portrait",
    "dark-band",
    "sentence",
    "distractor-person",
    "distractor-date",
    "provider-in-logo",
    "letter-spaced",
    "tiny-footer",
)

TEMPLATE = """<style>
.band { position:absolute; left:0; right:0; top:0; height:110px; background:${dark}; color:${light}; padding:28px 60px }
.band .n { font: 24px ${sans}; letter-spacing:6px; text-transform:uppercase } .band .s { font: 11px ${sans}; letter-spacing:2px; margin-top:8px; opacity:0.85 }
.b { position:absolute; left:72px; right:72px; top:150px; font: 14.5px ${face}; line-height:22px; color:#1a1a1a }
.b p { margin:0 0 14px } .re { font-weight:bold }
.ft { position:absolute; left:72px; right:72px; bottom:34px; border-top:1px solid #bbb; padding-top:4px; font: 8.5px ${sans}; color:#666; display:flex; justify-content:space-between }
</style>
<div class="band"><div class="n">${event}</div><div class="s">${dept} · ${venue}</div></div>
<div class="b">
 <p>${letter_date}</p>
 <p>${name}<br>${street}<br>${town}</p>
 <p class="re">Re: ${re}</p>
 <p>${dear}</p>
 <p>${p1}</p>
 <p>${p2}</p>
 <p>${p3}</p>
 <p>${closing}<br><br><br>${signer}<br>${signer_role}</p>
</div>
<div class="ft"><span>Sponsor No. ${sponsor} · Ref. ${ref}</span><span>${web} · ${phone}</span></div>
"""


def fill(d):
    r = d.rng
    street, town = d.address()
    name = d.name(d.pick(["plain", "plain", "honorific"]))
    title = d.title("plain")
    date = d.date(d.pick(["long", "weekday", "ordinal", "dmy_long"]))
    hours = d.hours(d.pick(["words", "cec_hours", "hours_title", "words_cec"]))
    instructor = d.person()
    return {
        "event": d.provider(),
        "dept": d.pick(
            ["Education Department", "Continuing Education Office", "Conference Programs"]
        ),
        "venue": d.venue(),
        "letter_date": d.other_date("issue", "long"),
        "name": name,
        "street": street,
        "town": town,
        "re": d.pick(["Verification of session attendance", "Continuing education attendance"]),
        "dear": d.pick(
            [f"Dear {d.first} {d.last},", "To the licensing board:", "To whom it may concern:"]
        ),
        "p1": f"This letter confirms that the above-named attendee was present for the full session "
        f"\u201c{title}\u201d on {date}.",
        "p2": f"The session was held in {d.pick(['Room', 'Hall', 'Meeting Room'])} "
        f"{r.randrange(100, 330)} of the convention centre and was taught by {instructor}. "
        f"Attendance was verified by badge scan at entry and exit.",
        "p3": f"Credit earned: {hours}. Please keep this letter with your continuing education records.",
        "closing": d.pick(["Sincerely,", "Kind regards,", "Respectfully,"]),
        "signer": d.person(),
        "signer_role": d.pick(["Education Manager", "CE Coordinator", d.role()]),
        "sponsor": f"{r.randrange(100, 9999)}",
        "ref": d.number(),
        "web": d.web(),
        "phone": d.phone(),
        "face": d.fonts[d.pick(["serif", "sans"])],
    }
