"""A thank-you letter after a virtual conference, sent as a PDF and printed
portrait: a letterhead where the conference's name sits inside a bordered
logo lock-up with a small "virtual" tag, the letter date, the attendee's
name and mailing address, a salutation, a paragraph thanking them for
attending the event held online over a span of days, a paragraph naming the
live session they attended and its presenter and the credit earned in a
running sentence, a paragraph about recordings available until a later
date, and a signature with the education chair's name and title. No labels
anywhere. The letter date, presenter and recording date are not the
answer."""

SOURCE = (
    "promcon/website:content/2024-berlin/register.md (certificates of attendance sent as letters "
    "after the event, attendance verified from the registration system) and wording of "
    "virtual conference organisers' post-event letters (thank you for attending, session "
    "attended, recordings available until)"
)
KIND = "session"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "letter",
    "sentence",
    "date-range",
    "distractor-person",
    "distractor-date",
    "portrait",
    "hours-in-sentence",
    "provider-in-logo",
)

TEMPLATE = """<style>
.lh { position:absolute; left:72px; right:72px; top:48px; display:flex; align-items:center; justify-content:space-between; padding-bottom:14px; border-bottom:1px solid ${acc} }
.lock { display:flex; align-items:stretch; border:2px solid ${acc} }
.lock .a { background:${acc}; color:#fff; font: bold 22px ${sans}; padding:8px 12px; display:flex; align-items:center }
.lock .b { padding:6px 14px; font: bold 15px ${face}; color:${acc}; line-height:19px; max-width:330px }
.lock .b small { display:block; font: 10px ${sans}; letter-spacing:2.5px; text-transform:uppercase; color:#666; margin-top:2px }
.lh .ad { text-align:right; font: 10.5px ${sans}; color:#555; line-height:15px }
.body { position:absolute; left:72px; right:72px; top:${body_top}px; font: ${px}px ${serif}; line-height:${lh}px; color:#1b1b1b }
.body p { margin:0 0 ${pgap}px }
.sig { margin-top:${sig_gap}px }
.sig .s { font: 28px ${hand}; color:#1e3161; line-height:32px }
.foot { position:absolute; left:72px; right:72px; bottom:30px; font: 9.5px ${sans}; color:#777; text-align:center; border-top:1px solid #ddd; padding-top:6px }
</style>
<div class="lh">
 <div class="lock"><div class="a">${mark}</div><div class="b">${event}<small>${tag}</small></div></div>
 <div class="ad">${street}<br>${town}<br>${web}</div>
</div>
<div class="body">
 <p>${letter_date}</p>
 <p>${name}<br>${to_street}<br>${to_town}</p>
 <p>${salutation}</p>
 <p>${p1}</p>
 <p>${p2}</p>
 <p>${p3}</p>
 <div class="sig">${closing}<div class="s">${signer}</div>${signer}<br>${role}</div>
</div>
<div class="foot">${foot}</div>
"""


def fill(d):
    event = d.provider()
    mark = "".join(w[0] for w in (d.org_alt or event).split() if w[:1].isupper())[:3]
    name = d.name(d.pick(["plain", "plain", "honorific"]))
    span = d.date_range(d.pick([1, 2, 2]))
    title = d.title("plain")
    hours = d.hours(
        d.pick(["cec_hours", "words_cec", "cecs", "ceu_and_cec"]) if d.credit >= 1 else "cec_hours"
    )
    presenter = d.person()
    signer = d.person()
    street, town = d.address()
    to_street, to_town = d.address()
    while to_street == street:
        to_street, to_town = d.address()
    p1 = d.pick(
        [
            f"Thank you for attending the {event}, held online {span}. We were glad to have you with us.",
            f"On behalf of the organising committee, thank you for joining the {event}, which took place "
            f"virtually {span}.",
        ]
    )
    p2 = d.pick(
        [
            f"Our platform records show that you attended the live session \u201c{title}\u201d, presented by "
            f"{presenter}, for the full scheduled time. You have earned {hours} for this session.",
            f"This letter confirms your attendance at \u201c{title}\u201d with {presenter}. In recognition of "
            f"your participation, you are credited with {hours}.",
        ]
    )
    p3 = d.pick(
        [
            f"Session recordings remain available to registered attendees until "
            f"{d.other_date('expiry', 'long')}. Recordings viewed after the event are not eligible for credit.",
            f"Please keep this letter for your records. The on-demand library stays open until "
            f"{d.other_date('expiry', 'long')}; viewing a recording does not add credit.",
        ]
    )
    return {
        "acc": d.pick([d.colors["dark"], "#0b5cab", "#6b2fa3", "#9a3412"]),
        "face": d.fonts[d.pick(["sans", "display", "serif"])],
        "mark": mark or "VC",
        "event": event,
        "tag": d.pick(["Virtual edition", "Online", "Live virtual event"]),
        "street": street,
        "town": town,
        "web": d.web(),
        "body_top": str(d.pick([180, 196, 210])),
        "px": d.pick(["14.5", "15", "15.5"]),
        "lh": d.pick(["22", "23", "24"]),
        "pgap": str(d.pick([14, 16, 18])),
        "sig_gap": str(d.pick([14, 20])),
        "letter_date": d.other_date("issue", d.pick(["long", "dmy_long"])),
        "name": name,
        "to_street": to_street,
        "to_town": to_town,
        "salutation": d.pick([f"Dear {d.first},", f"Dear {name}:", "Dear Attendee,"]),
        "p1": p1,
        "p2": p2,
        "p3": p3,
        "closing": d.pick(["Sincerely,", "With thanks,", "Best regards,"]),
        "signer": signer,
        "role": d.pick(
            ["Education Committee Chair", "Director of Education", "Conference Program Manager"]
        ),
        "foot": d.pick(
            [
                "This letter serves as your record of attendance. No separate certificate will be mailed.",
                f"{event} · Attendee services · {d.phone()}",
            ]
        ),
    }
