"""Not a certificate: one page of a manufacturer's printed training
catalogue (portrait). A running head with the season and page number, a
section title, course listings as cards (title, code, length, credit,
price, upcoming dates and cities), a dark sidebar with how to register, and
a "featured instructor" box with a name and bio line."""

SOURCE = (
    "wording: equipment manufacturers' and distributors' seasonal training catalogues (course "
    "code, days, CEC hours, tuition, upcoming dates by city, how to register)"
)
KIND = "other"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "other",
    "portrait",
    "labelled",
    "dark-band",
    "distractor-person",
    "tiny-footer",
)

TEMPLATE = """<style>
.rh { position:absolute; left:40px; right:40px; top:24px; display:flex; justify-content:space-between; font: 10px ${sans}; color:#777; letter-spacing:1px; text-transform:uppercase; border-bottom:1px solid #ccc; padding-bottom:4px }
.main { position:absolute; left:40px; top:56px; right:260px; bottom:40px; font: 12px ${sans}; color:#222 }
.main h1 { font: bold 30px ${display}; color:${dark}; margin:0 0 4px } .main .in { font: italic 13px ${serif}; color:#555; margin-bottom:14px; line-height:18px }
.card { border:1px solid #ccc; border-left:5px solid ${accent}; padding:9px 12px; margin-bottom:11px }
.card h3 { margin:0; font: bold 15px ${sans}; color:#111 } .card .code { font: bold 11px ${mono}; color:${accent} }
.card .facts { display:flex; gap:14px; margin:5px 0; font-size:11.5px } .card .facts span b { color:#555; font-weight:normal }
.card p { font-size:12px; line-height:16px; color:#333; margin-top:3px }
.card .dts { margin-top:5px; font-size:11px; color:#333 } .card .dts b { color:${dark} }
.side { position:absolute; right:0; top:48px; bottom:0; width:232px; background:${dark}; color:#fff; padding:22px 18px; font: 12px ${sans}; line-height:17px }
.side h2 { font: bold 17px ${sans}; margin:0 0 8px; color:${light} } .side ol { padding-left:18px; margin:0 0 16px } .side li { margin-bottom:5px }
.side .ib { background:rgba(255,255,255,.1); padding:10px; margin-top:10px } .side .ib b { display:block; font-size:14px; margin:2px 0 }
.side .ph { font: bold 18px ${sans}; margin-top:14px }
.pn { position:absolute; left:40px; bottom:16px; font: 10px ${sans}; color:#777 }
</style>
<div class="rh"><span>${maker} &middot; Training Catalog</span><span>${season}</span></div>
<div class="main">
 <h1>${section}</h1>
 <div class="in">${intro}</div>
 ${cards_html}
</div>
<div class="side">
 <h2>How to register</h2>
 <ol><li>Choose a class and date.</li><li>Call or register online with your account number.</li><li>Seats are held for 7 days pending payment.</li><li>Confirmation is e-mailed within one business day.</li></ol>
 <h2>Questions</h2>${phone}<br>${web}
 <div class="ib">Featured instructor<b>${instr}</b>${bio}</div>
 <div class="ph">${promo}</div>
</div>
<div class="pn">${page} &nbsp;|&nbsp; Prices and dates subject to change. CEC approvals listed are current at time of printing.</div>
"""

BLURBS = [
    "Lecture and hands-on lab. Prepares technicians for the IICRC certification exam.",
    "Covers the current standard of care, job documentation and safe work practices.",
    "Includes equipment set-up on live drying chambers in our warehouse lab.",
    "Recommended for crew leads and new technicians with six months in the field.",
    "Student manual included. Exam proctored on the final afternoon.",
]


def fill(d):
    import html
    from datetime import timedelta

    from corpus import values as V
    from corpus.formats import fmt_date, fmt_number

    e = html.escape
    r = d.rng
    listings = [(d.course, d.code, d.credit)]
    for t, c in r.sample([x for x in V.IICRC_COURSES if x[0] != d.course], 4):
        listings.append((t, c, r.choice([7, 14, 21, 19])))
    r.shuffle(listings)
    cards = []
    blurbs = r.sample(BLURBS, len(listings))
    for (t, c, h), blurb in zip(listings, blurbs, strict=True):
        days = max(1, round(h / 7))
        when = []
        for day in sorted(d.completed + timedelta(days=r.randint(20, 240)) for _ in range(3)):
            when.append(f"{fmt_date(day, 'short_month')[:-6]} <b>{e(d.city())}</b>")
        cards.append(
            f"<div class='card'><h3>{e(t)}</h3><span class='code'>{c or 'CE'}-{r.randrange(100, 999)}</span>"
            f"<div class='facts'><span><b>Length</b> {days} day{'s' if days > 1 else ''}</span>"
            f"<span><b>Credit</b> {fmt_number(h, r)} CECs</span>"
            f"<span><b>Tuition</b> ${r.choice([395, 495, 595, 795, 995]):,}</span></div>"
            f"<p>{blurb}</p>"
            f"<div class='dts'>Upcoming: {' &middot; '.join(when)}</div></div>"
        )
    return {
        "maker": d.provider(),
        "season": f"{d.pick(['Spring', 'Fall', 'Winter'])} {d.completed.year + 1} Schedule",
        "section": d.pick(
            ["IICRC Certification Courses", "Certification Classes", "Technician Courses"]
        ),
        "intro": d.pick(
            [
                "Every class below is taught at one of our branch training centers by an "
                "IICRC-approved instructor. The IICRC exam is given on the last day.",
                "Classes combine lecture with hands-on work on current equipment. "
                "Tuition includes the student manual; the IICRC exam fee is billed separately.",
            ]
        ),
        "cards_html": "".join(cards),
        "phone": d.phone(),
        "web": d.web(),
        "instr": d.person(),
        "bio": d.pick(
            [
                "25 years in water and fire restoration; IICRC Master Restorer.",
                "Former franchise owner and IICRC-approved instructor since 2009.",
            ]
        ),
        "promo": d.pick(
            ["Bring 3 techs, the 4th seat is free", "Early-bird: save $50 on any class"]
        ),
        "page": str(r.randrange(6, 30)),
    }
