"""The address side of a thank-you postcard mailed after a trade show by a
print-and-mail service: a solid coloured banner across the top with "THANK
YOU", a short note on the left in a swashy display face (a greeting, a few
sentences saying the booth visit was logged, on which day, for how many
credits, and when next year's show is, a sign-off), and on the right the
presorted-postage indicia, a mail barcode and the technician's mailing
address."""

SOURCE = (
    "MelindaJoArmbruster/easycard:server/lob/html/thankyou04back.js (4x6 postcard back: banner, "
    "message block, address area); booth wording as IICRC booth staff at restoration trade shows "
    "describe it (registering at the IICRC booth earns CECs, posted to the registrant's record)"
)
KIND = "booth"
PAPER = "slip"
CATEGORIES = (
    "slip",
    "landscape",
    "sentence",
    "hours-in-sentence",
    "dark-band",
    "address",
    "distractor-date",
)

TEMPLATE = """<style>
.bn { position:absolute; left:0; right:0; top:0; height:92px; background:${band}; color:#fff; text-align:center;
  font: bold 30px ${slab}; letter-spacing:3px; text-transform:uppercase; padding-top:30px }
.bn small { position:absolute; left:0; right:0; bottom:6px; font: 10px ${sans}; letter-spacing:1.5px }
.ms { position:absolute; left:22px; top:106px; width:318px; font: ${msg_px}px ${swash}; line-height:1.32; color:#222 }
.ms .a { color:${band}; font-weight:bold }
.ind { position:absolute; right:22px; top:106px; width:104px; border:1.5px solid #111; text-align:center; font: bold 9px ${sans}; line-height:12px; padding:5px 2px }
.ad { position:absolute; left:372px; right:24px; top:262px; font: 13px ${mono}; line-height:17px; color:#111 }
.ad .e { font-size:10px; letter-spacing:.5px; margin-bottom:3px }
.bc { position:absolute; left:372px; top:240px; height:13px; width:260px; display:flex; align-items:flex-end; gap:1.3px }
.bc i { display:block; width:1.7px; background:#111 }
.rt { position:absolute; left:372px; top:108px; font: 9px ${sans}; line-height:12px; color:#333 }
</style>
<div class="bn">THANK YOU<small>${banner_small}</small></div>
<div class="ms"><span class="a">${greeting},</span><br><br>${message}<br><br>${salutation}<br>${from_name}</div>
<div class="rt">${ret_org}<br>${ret_street}<br>${ret_town}</div>
<div class="ind">${indicia_html}</div>
<div class="bc">${bars_html}</div>
<div class="ad"><div class="e">${endorse}</div>${name}<br>${company_html}${street}<br>${town}</div>
"""

COMPANIES = [
    "Rapid Dry Restoration",
    "Apex Water & Fire Inc.",
    "Hometown Carpet Care",
    "Summit Peak Restoration",
]


def fill(d):
    from datetime import timedelta

    from corpus import values as V
    from corpus.formats import fmt_range

    r = d.rng
    event = d.provider()
    name = d.name(d.pick(["upper", "upper", "plain"]))
    title = d.set_title(
        d.pick(["IICRC Booth Registration", "IICRC booth registration", "IICRC booth visit"]),
        ["IICRC Booth Registration"],
    )
    date = d.date(d.pick(["long", "weekday", "short_month", "ordinal"]))
    hours = d.hours(d.pick(["cecs", "cec_hours", "cecs"]))
    next_start = d.completed + timedelta(days=d.pick([357, 364, 371]))
    next_range = fmt_range(next_start, next_start + timedelta(days=2), r)
    message = d.pick(
        [
            f"Thanks for stopping by the IICRC booth at {event} on {date}! Your {title} has been "
            f"logged, and {hours} will be posted to your certification record.",
            f"It was great to see you at {event}. We recorded your {title} on {date}; "
            f"{hours} go on your record within 30 days.",
        ]
    )
    message += f" Save the date: next year's show runs {next_range}."
    street, town = d.address()
    zip5 = "".join(ch for ch in town if ch.isdigit())[:5]
    ret_street, ret_town = d.pick([a for a in V.CITIES if a[0] != street])
    bars = "".join(f'<i style="height:{d.pick([5, 9, 9, 13])}px"></i>' for _ in range(65))
    company = f"{d.pick(COMPANIES)}<br>" if d.chance(0.5) else ""
    return {
        "band": d.pick(["#fb6000", "#1e6091", "#2d6a4f", "#8b0000", "#23395d"]),
        "slab": d.pick(["'Roboto Slab', serif", d.fonts["display"]]),
        "sans": d.fonts["sans"],
        "swash": d.pick(
            ["'Dancing Script', cursive", "'Z003', cursive", "'Dancing Script', cursive"]
        ),
        "msg_px": d.pick([15, 16]),
        "mono": d.pick([d.fonts["mono"], d.fonts["sans"]]),
        "banner_small": d.pick(["FOR VISITING OUR BOOTH", "FROM THE IICRC BOOTH TEAM", ""]),
        "greeting": d.pick([f"Hi {d.first}", f"Dear {d.first}", "Hello"]),
        "message": message,
        "salutation": d.pick(["See you next year,", "Cheers,", "Thanks again,"]),
        "from_name": d.pick([f"{d.person()} & the booth team", "The IICRC booth team", d.person()]),
        "ret_org": d.pick(["IICRC Booth Programs", "Show Education Desk", "Booth Services"]),
        "ret_street": ret_street,
        "ret_town": ret_town,
        "indicia_html": d.pick(
            [
                "PRSRT STD<br>U.S. POSTAGE<br>PAID<br>PERMIT NO. " + str(r.randrange(100, 9999)),
                "PRESORTED<br>FIRST-CLASS MAIL<br>U.S. POSTAGE PAID",
            ]
        ),
        "bars_html": bars,
        "endorse": d.pick(["*****AUTO**5-DIGIT " + zip5, "ECRLOT", "*****SCH 3-DIGIT " + zip5[:3]]),
        "name": name,
        "company_html": company,
        "street": street,
        "town": town,
    }
