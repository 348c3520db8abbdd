"""A thank-you letter after an event that doubles as proof of attendance:
the event's letterhead, "Dear <name>," and a few paragraphs thanking them
for attending, naming the session they attended, the date and the CEC
credit, signed by the event's education manager."""

SOURCE = (
    "cuckoo-network/cuckoo:packages/home/src/pages/hub/email/thank-you-letter-for-participation.tsx"
)
KIND = "session"
PAPER = "letter-portrait"
CATEGORIES = (
    "letter",
    "sentence",
    "portrait",
    "provider-in-logo",
    "distractor-person",
    "distractor-date",
)

TEMPLATE = """<style>
.lh { background:${dark}; color:#fff; padding:28px 72px 20px; font-family:${sans} }
.lh .e { font: bold 24px ${display} } .lh .a { font-size:11px; margin-top:4px }
.b { margin:40px 72px; font: 15px ${face}; line-height:24px } .b p { margin:0 0 16px }
</style>
<div class="lh"><div class="e">${event}</div><div class="a">${venue} &middot; ${phone}</div></div>
<div class="b">
 <p>${letter_date}</p>
 <p>${inside_name}<br>${street}<br>${town}</p>
 <p>Dear ${dear},</p>
 <p>Thank you for attending the ${event_short}. We hope you found the sessions valuable; your presence helped make this year's education programme a success.</p>
 <p>${record}</p>
 <p>We appreciate your support and look forward to seeing you next year.</p>
 <p>Best regards,</p>
 <p>${signer}<br>${role}<br>${event_short}</p>
</div>
"""


def fill(d):
    event = d.provider()
    name = d.name("plain")
    title = d.title("plain")
    date = d.date(d.pick(["long", "weekday", "ordinal"]))
    hours = d.hours(d.pick(["cec_hours", "cecs", "words_cec"]))
    record = d.pick(
        [
            f"Our records show that {name} attended “{title}” on {date}, which is approved for {hours}. "
            "Please keep this letter as your proof of attendance.",
            f"This letter confirms your attendance at {title} on {date} ({hours}). Keep it with your "
            "renewal records.",
        ]
    )
    street, town = d.address()
    return {
        "inside_name": name,
        "street": street,
        "town": town,
        "event": event,
        "event_short": d.org_alt or event,
        "venue": d.venue(),
        "phone": d.phone(),
        "face": d.fonts[d.pick(["serif", "sans"])],
        "letter_date": d.other_date("issue", "long"),
        "dear": d.first.split()[0],
        "record": record,
        "signer": d.person(),
        "role": d.pick(["Education Manager", "Conference Director"]),
    }
