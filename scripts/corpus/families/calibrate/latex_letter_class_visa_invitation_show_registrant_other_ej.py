"""Not a CE record: a visa-support invitation letter for a trade show,
typeset with the plain LaTeX letter class: the organiser's address ranged
right at the top, the date under it, the consulate's address at the left,
a bold reference line with the registrant's name and passport number, then
running paragraphs saying the person is registered to attend the show at
its venue over its span of days, with the registration number, the
employer, and the usual lines that the organiser pays no costs and the
letter is not a guarantee; closed with "Yours faithfully", the signer and
their title. It names people, organisations, dates and numbers and records
no continuing-education credit for anyone."""

SOURCE = "wording of a trade-show organiser's visa invitation letter (LaTeX letter class layout)"
KIND = "other"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "other",
    "letter",
    "portrait",
    "sentence",
    "date-range",
    "distractor-person",
    "distractor-date",
)

TEMPLATE = """<style>
.w { position:absolute; left:100px; right:100px; top:70px; bottom:60px; font: 15.5px ${face}; color:#111; line-height:22px }
.from { margin-left:auto; width:300px }
.date { margin-left:auto; width:300px; margin-top:${date_gap}px }
.to { margin-top:${to_gap}px }
.re { margin-top:${re_gap}px; font-weight:bold }
.body { margin-top:18px; text-align:justify }
.body p { margin:0 0 13px; text-indent:${indent}px }
.cl { margin-top:18px; margin-left:${close_left}px; text-align:left }
</style>
<div class="w">
 <div class="from">${org}<br>${street}<br>${town}<br>${phone}</div>
 <div class="date">${letter_date}</div>
 <div class="to">${consulate}<br>${c_line2}<br>${c_line3}</div>
 <div class="re">Re: ${re_label} — ${person}, ${passport_label} ${passport}</div>
 <div class="body">
  <p>${salute}</p>
  <p>${p1}</p>
  <p>${p2}</p>
  <p>${p3}</p>
  <div class="cl">${close},<br><br><br>${signer}<br>${signer_role}<br>${org}</div>
 </div>
</div>
"""


def fill(d):
    from datetime import timedelta

    from corpus import values as V
    from corpus.formats import fmt_date, fmt_range

    event = d.pick(V.EVENTS)
    end = d.completed
    start = end - timedelta(days=d.pick([2, 2, 3]))
    span = fmt_range(start, end, d.rng)
    street, town = d.address()
    person = d.person()
    employer, country, post = d.pick(
        [
            ("Restauración Integral S.A. de C.V.", "Mexico", "Mexico City"),
            ("DryTech Sanierung GmbH", "Germany", "Berlin"),
            ("Kowloon Cleaning Services Co.", "Hong Kong SAR", "Hong Kong"),
            ("Osuchowski Renowacje Sp. z o.o.", "Poland", "Warsaw"),
            ("Lagoon Facility Cleaning Ltd.", "Nigeria", "Lagos"),
            ("Secagem Técnica Ltda.", "Brazil", "São Paulo"),
        ]
    )
    letter_day = end - timedelta(days=d.rng.randint(30, 90))
    passport = f"{d.pick(['P', 'X', 'G', 'K'])}{d.rng.randrange(1000000, 9999999)}"
    return {
        "face": d.pick([d.fonts["serif"], "'Latin Modern Roman', 'C059', serif"]),
        "org": d.pick(
            [
                f"{event} Management Office",
                f"{event} Organizing Committee",
                f"{event} Attendee Services",
            ]
        ),
        "street": street,
        "town": town,
        "phone": d.phone(),
        "date_gap": d.pick([14, 22]),
        "letter_date": fmt_date(letter_day, d.pick(["long", "dmy_long"])),
        "to_gap": d.pick([24, 36]),
        "consulate": d.pick(["Consular Section", "Visa Section", "Nonimmigrant Visa Unit"]),
        "c_line2": "Embassy of the United States of America",
        "c_line3": post,
        "re_gap": d.pick([28, 40]),
        "re_label": d.pick(["Letter of invitation", "Visa support letter", "Invitation to attend"]),
        "person": person,
        "passport_label": d.pick(["passport no.", "Passport"]),
        "passport": passport,
        "indent": d.pick([0, 30]),
        "salute": d.pick(
            ["Dear Consular Officer,", "To the Consular Officer:", "Dear Sir or Madam,"]
        ),
        "p1": (
            f"This letter confirms that {person}, {d.pick(['owner', 'operations manager', 'project manager', 'technician'])} "
            f"of {employer}, {country}, is registered to attend the {event} {end.year}, "
            f"to be held at the {d.venue()} from {span}. "
            f"The registration number is {d.number('R')}."
        ),
        "p2": d.pick(
            [
                "The show is a trade exhibition and conference for the cleaning and restoration "
                "industry. The registrant has paid the full registration fee.",
                "The event brings together restoration contractors, manufacturers and trade "
                "associations. Registration includes access to the exhibit hall.",
            ]
        ),
        "p3": d.pick(
            [
                "The organizers will not be responsible for any costs of travel, lodging or "
                "subsistence. This letter does not constitute a guarantee of a visa or of "
                "financial support.",
                "All expenses related to this visit are the responsibility of the registrant. "
                "This letter is issued at the registrant's request and implies no further "
                "obligation.",
            ]
        ),
        "close": d.pick(["Yours faithfully", "Sincerely", "Respectfully"]),
        "close_left": d.pick([0, 300]),
        "signer": d.person(),
        "signer_role": d.pick(["Registration Manager", "Show Director", "Attendee Services Lead"]),
    }
