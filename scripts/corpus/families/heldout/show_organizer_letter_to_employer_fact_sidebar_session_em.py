"""A trade show organizer's attendance letter written to an attendee's
employer, portrait, with a tinted column at the right of the page that
holds the show's facts (show name with its year, venue, the show's full
span of days, the exhibit-hall hours, the organizer's registration number
for the attendee, the education office's phone) in small labelled blocks;
the letter fills the left: the organizer's wordmark in letter-spaced
capitals, the date, the employer's address block with an "Attention" line,
a salutation, then running paragraphs with no labels: the attendee
attended one education session on a given day, the door scans placed them
in the room between two clock times, and the CEC hours credited for it;
a sentence that the exhibit floor itself carries no credit; and the
education manager's signature."""

SOURCE = (
    "awidarto/ipa36:modules/auth/views/public/ipa36_email_individual_group.php (convention "
    "co-organizer's notification letter: attention block, registration number, summary, "
    "policies) and wording of trade show education offices' attendance letters for employers"
)
KIND = "session"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "letter",
    "sentence",
    "portrait",
    "time-attended",
    "hours-in-sentence",
    "letter-spaced",
    "address",
    "distractor-person",
    "distractor-date",
    "date-range",
)

TEMPLATE = """<style>
.col { position:absolute; right:0; top:0; bottom:0; width:${col_w}px; background:${light}; border-left:3px solid ${accent}; padding:64px 22px 30px; font: 11px ${sans}; color:#333 }
.col .k { font: bold 9px ${sans}; letter-spacing:1.4px; text-transform:uppercase; color:${dark}; margin-top:16px }
.col .v { font-size:12px; line-height:16px; margin-top:2px }
.w { position:absolute; left:64px; right:${w_right}px; top:60px; font: 14px ${body}; line-height:21px; color:#1b1b1b }
.wm { font: ${wm_weight} 17px ${wm_face}; letter-spacing:${wm_ls}px; text-transform:uppercase; color:${dark}; border-bottom:1px solid ${accent}; padding-bottom:8px; margin-bottom:26px }
.w p { margin:0 0 12px; text-align:${align} }
.sg .h { font: 28px ${hand}; color:#1e2d63; line-height:36px; white-space:nowrap }
</style>
<div class="col">
 <div class="k">Event</div><div class="v">${event_plain}</div>
 <div class="k">Venue</div><div class="v">${venue}</div>
 <div class="k">${k_show}</div><div class="v">${show_span}</div>
 <div class="k">Exhibit hall</div><div class="v">${hall}</div>
 <div class="k">${k_reg}</div><div class="v">${reg_no}</div>
 <div class="k">Education office</div><div class="v">${phone}</div>
</div>
<div class="w">
 <div class="wm">${organizer}</div>
 <p>${letter_date}</p>
 <p>${to_html}</p>
 <p>${salutation}</p>
 <p>${p1}</p>
 <p>${p2}</p>
 <p>${p3}</p>
 <p>${closing}</p>
 <div class="sg"><div class="h">${signer}</div>${signer}<br>${signer_role}</div>
</div>
"""

EMPLOYERS = [
    "Bayside Restoration Partners",
    "Ridgeview Water & Fire",
    "Elite Carpet Care, Inc.",
    "Mountain West Mitigation",
    "Harbor Point Property Services",
]


def clock(minutes):
    h, m = divmod(minutes, 60)
    return f"{(h - 1) % 12 + 1}:{m:02d} {'a.m.' if h < 12 else 'p.m.'}"


def fill(d):
    import html
    from datetime import timedelta

    from corpus import formats as F

    e = html.escape
    r_street, r_town = d.address()
    employer = d.pick(EMPLOYERS)
    attn = d.person()
    name = d.name(d.pick(["plain", "plain", "honorific"]))
    title = d.title("plain")
    event = d.provider()
    date = d.date(d.pick(["long", "weekday", "ordinal", "dmy_long"]))
    hours = d.hours(d.pick(["cec_hours", "cecs", "cec_hours"]))
    start = d.pick([9 * 60, 10 * 60 + 30, 13 * 60 + 15, 14 * 60 + 45, 16 * 60])
    t_in = clock(start - d.pick([1, 3, 6]))
    t_out = clock(start + int(d.credit * 60) + d.pick([0, 2, 4]))
    first = d.completed - timedelta(days=d.pick([0, 1, 2]))
    last = first + timedelta(days=d.pick([2, 3]))
    sfmt = d.pick(["short_month", "long"])
    show_span = f"{F.fmt_date(first, sfmt)} – {F.fmt_date(last, sfmt)}"
    p1 = d.pick(
        [
            f"This letter is to confirm that {name} attended {event} and took part in the "
            f"education session “{title}” on {date}.",
            f"We are writing at the request of {name} to confirm attendance at the education "
            f"session “{title}”, held at {event} on {date}.",
        ]
    )
    p2 = d.pick(
        [
            f"Our door scanners recorded entry to the session room at {t_in} and exit at "
            f"{t_out}; on that basis the attendee is credited with {hours} for the session.",
            f"Badge scans show the attendee in the room from {t_in} until {t_out}, which "
            f"covers the full session; credit recorded: {hours}.",
        ]
    )
    p3 = d.pick(
        [
            "Time spent on the exhibit floor and at social events does not earn continuing "
            "education credit and is not included above.",
            "Only education sessions with both an entry and an exit scan are credited; "
            "exhibit hall visits are not counted.",
        ]
    )
    col_w = d.pick([190, 210])
    organizer = d.pick(["Show Management", "Education Department", "Event Services"])
    event_plain = d.org_alt or event
    return {
        "col_w": col_w,
        "w_right": col_w + 40,
        "wm_face": d.fonts[d.pick(["sans", "display", "cond"])],
        "wm_weight": d.pick(["bold", "normal"]),
        "wm_ls": d.pick([3, 5]),
        "body": d.fonts[d.pick(["serif", "sans"])],
        "align": d.pick(["left", "justify"]),
        "hand": d.fonts["hand"],
        "event_plain": event_plain,
        "venue": d.venue(),
        "k_show": d.pick(["Show dates", "Dates"]),
        "show_span": show_span,
        "hall": d.pick(["10 a.m. – 5 p.m. daily", "11:00–6:00, last day 11:00–3:00", "9:30–4:30"]),
        "k_reg": d.pick(["Registration no.", "Badge ID"]),
        "reg_no": d.number(),
        "phone": d.phone(),
        "organizer": f"{event_plain} · {organizer}",
        "letter_date": d.other_date("issue", d.pick(["long", "dmy_long"])),
        "to_html": "<br>".join(e(x) for x in [employer, f"Attention: {attn}", r_street, r_town]),
        "salutation": f"Dear {attn.split(' ')[0]}:" if d.chance(0.5) else "Dear Sir or Madam:",
        "p1": p1,
        "p2": p2,
        "p3": p3,
        "closing": d.pick(["Sincerely,", "Best regards,"]),
        "signer": d.person(),
        "signer_role": d.pick(["Education Manager", "Director of Education", "CE Coordinator"]),
    }
