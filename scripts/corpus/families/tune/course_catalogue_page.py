"""A page from a school's class catalogue, not a certificate: a dark band
across the top with the school's name and the season's schedule heading,
then a grid of class cards, each with a course code tag, the course name,
its dates, the city and venue, credit hours, tuition and the instructor,
and a strip of registration and transfer policy at the foot. It lists
several courses, dates, hours and people, none of them a completion."""

SOURCE = (
    "zkessin/zachkessin.com:classes.md (upcoming classes: title, location, date), "
    "jnatalzia/ucb-class-bot:spec/test_helpers/mocks/data/mock_html_body.js (open courses with "
    "day/time, start date, teacher) and https://atexsupply.com/?p=7654 (IICRC class registration, "
    "transfer and cancellation policy wording)"
)
KIND = "other"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "other",
    "dark-band",
    "landscape",
    "provider-in-logo",
    "distractor-person",
    "date-range",
)

TEMPLATE = """<style>
.band { position:absolute; left:0; right:0; top:0; height:96px; background:${dark}; color:#fff; display:flex; align-items:center; padding:0 44px; gap:16px }
.band .lg { width:54px; height:54px; border:2px solid #fff; border-radius:${logo_radius}; font: bold 17px ${display}; display:flex; align-items:center; justify-content:center }
.band .sc { font: bold 22px ${display} } .band .tg { font: 12px ${sans}; opacity:0.85; letter-spacing:1px }
.band .se { margin-left:auto; text-align:right; font: 13px ${sans} } .band .se b { display:block; font: bold 24px ${sans}; letter-spacing:1px }
.strip { position:absolute; left:0; right:0; top:96px; height:6px; background:${accent} }
.grid { position:absolute; left:40px; right:40px; top:124px; display:grid; grid-template-columns: repeat(3, 1fr); gap:18px 14px; font: 13px ${sans}; color:#222 }
.card { border:1px solid #c9c9c9; border-top:4px solid ${accent}; padding:10px 12px 10px; line-height:19px; background:#fff }
.card .cd { display:inline-block; background:${light}; color:${dark}; font: bold 11px ${sans}; padding:1px 7px; border-radius:3px }
.card .cr { float:right; font: bold 11.5px ${sans}; color:${accent} }
.card .bl { font-style:italic; color:#444; margin:0 0 6px; font-size:12px }
.card h3 { font: bold 15px ${face}; margin:6px 0 5px; color:${dark}; line-height:19px }
.card .r { display:flex; gap:6px } .card .r span:first-child { width:66px; color:#666; flex:none }
.card .pr { margin-top:6px; padding-top:5px; border-top:1px dashed #bbb; display:flex; justify-content:space-between; font-weight:bold }
.ft { position:absolute; left:40px; right:40px; bottom:30px; display:flex; gap:24px; font: 10.5px ${sans}; color:#444; line-height:14.5px; border-top:1px solid #999; padding-top:8px }
.ft div { flex:1 } .ft b { color:${dark} }
.pg { position:absolute; right:40px; bottom:10px; font: 10px ${sans}; color:#777 }
</style>
<div class="band"><div class="lg">${logo}</div><div><div class="sc">${school}</div><div class="tg">${tagline}</div></div>
 <div class="se">${season_label}<b>${season}</b></div></div><div class="strip"></div>
<div class="grid">${cards_html}</div>
<div class="ft">
 <div><b>How to register.</b> ${register}</div>
 <div><b>Transfers and cancellations.</b> ${policy}</div>
</div>
<div class="pg">${page}</div>
"""


def fill(d):
    import html
    from datetime import timedelta

    from corpus import values as V
    from corpus.formats import fmt_range

    r = d.rng
    school, short = d.pick(V.SCHOOLS)
    school_name = short or school
    logo = "".join(w[0] for w in school_name.replace("&", "").split() if w[0].isupper())[:4]
    web = f"www.{(logo or 'ts').lower()}{d.pick(['training', 'school', 'classes'])}.com"
    start = d.completed + timedelta(days=r.randint(20, 45))
    count = d.pick([6, 6, 6])
    iicrc = r.sample(V.IICRC_COURSES, 4)
    other = r.sample(V.CE_COURSES, count - 4)
    offerings = [(t, c, d.pick([2, 3, 3, 4])) for t, c in iicrc] + [(t, None, 1) for t in other]
    r.shuffle(offerings)
    cards = []
    day = start
    for title, code, days in offerings:
        day = day + timedelta(days=r.randint(3, 12))
        end = day + timedelta(days=days - 1)
        when = fmt_range(day, end, r) if days > 1 else f"{day:%a}, {day:%b} {day.day}, {day.year}"
        hours = days * 7 if code else d.pick([3, 3.5, 4, 7])
        credit = d.pick([f"{hours:g} CECs", f"{hours:g} hrs", f"CEC {hours:g}"])
        price = (
            f"${d.pick([395, 595, 895, 1150, 1395]):,}"
            if code
            else d.pick(["$89", "$129", "$149", "$195", "Members free"])
        )
        where = (
            d.pick(V.VENUES)
            if r.random() < 0.3
            else d.pick(
                ["Training Center", "Live online (Zoom)", "Hampton Inn", "Main Campus, Room 2"]
            )
        )
        city = "" if "online" in where or where in V.VENUES else f"{d.city()} · "
        blurb = d.pick(
            [
                "Prepares you for the certification exam, given on the final afternoon.",
                "Includes hands-on lab time with current equipment. Exam fee billed separately.",
                "Student manual included. Bring photo ID for the exam.",
                "Prerequisite for advanced courses in this category.",
            ]
            if code
            else [
                "Approved for continuing education credit. Certificate of attendance issued.",
                "A half-day refresher for working technicians and crew leads.",
                "Case studies and field demonstrations; no exam.",
                "Good for CEC renewal. Lunch and handouts included.",
            ]
        )
        cards.append(
            f'<div class="card"><span class="cd">{html.escape(code or "CE")}</span>'
            f'<span class="cr">{html.escape(credit)}</span>'
            f"<h3>{html.escape(title)}</h3>"
            f'<p class="bl">{html.escape(blurb)}</p>'
            f'<div class="r"><span>Dates</span><span>{html.escape(when)}</span></div>'
            f'<div class="r"><span>Time</span><span>{d.pick(["8:00 am – 5:00 pm", "8:30 am – 4:30 pm"] + ([] if code else ["9:00 am – 1:00 pm"]))}</span></div>'
            f'<div class="r"><span>Location</span><span>{html.escape(city + where)}</span></div>'
            f'<div class="r"><span>Instructor</span><span>{html.escape(d.person())}</span></div>'
            f'<div class="pr"><span>Tuition</span><span>{html.escape(price)}</span></div></div>'
        )
    season = d.pick(["Spring", "Summer", "Fall", "Winter"]) + f" {start.year}"
    return {
        "logo": logo or "TS",
        "logo_radius": d.pick(["50%", "4px"]),
        "school": school_name,
        "tagline": d.pick(
            [
                "IICRC-approved school · Hands-on training",
                "Cleaning & restoration education since 1998",
                "Certification classes and continuing education",
            ]
        ),
        "season_label": d.pick(["Class schedule", "Course catalogue", "Upcoming classes"]),
        "season": season,
        "cards_html": "".join(cards),
        "register": d.pick(
            [
                f"Register online at {web}/classes or call {d.phone()}. Payment is due at "
                "registration and your seat is held once payment is received. A confirmation "
                "e-mail with directions will follow.",
                f"Call {d.phone()} or sign up at {web}. Class size is limited; seats are "
                "confirmed in the order payment is received. Exam fees are billed separately.",
            ]
        ),
        "policy": d.pick(
            [
                "Seats may be transferred to a later class up to 14 days before the start date "
                "for a fee. Cancellations 13 days or less before class are not refunded; you "
                "may send another student in your place.",
                "Full refund up to 30 days before class, less a $50 processing fee. Classes with "
                "too few students may be rescheduled, and tuition will be refunded in full.",
            ]
        ),
        "page": f"Page {r.randint(2, 9)}",
        "face": d.fonts[d.pick(["serif", "sans", "cond"])],
    }
