"""A school's completion letter mailed to the technician, portrait, with a
wallet card printed in its lower part to be torn off: a letterhead (an
emblem, the school's name in the wordmark, a tagline and the address,
phone and web address on the right) over a thin rule; the letter date; the
technician's name and home address as a window-envelope block; a "Re:"
line; a salutation by first name; running paragraphs with no labels that
thank the holder for the course held at a city between two days (a span of
days), say the requirements and the examination were met, and give the
credit hours the course is approved for; a closing, an ink signature over
the signer's name and title, and a "cc:" line naming the employer's
contact. Below a dashed perforation with a scissors mark and "detach and
keep" small print, the wallet card: front with a dark band carrying the
school's short name, the holder's name, the course, the completion date and
the hours in small labelled rows; back with the card number, the issue date,
a line for the holder's signature and the instructor's name."""

SOURCE = (
    "Certification letter wording from greatsampleresume.com/letters/certification-letter "
    "('We want to express our appreciation for your participation in the (course) that was "
    "conducted from (date) to (date) ... you have successfully completed the course'); the "
    "elements a training entity's certificate must carry under WAC 388-112A-0480 (student, "
    "training, hours, training entity, instructor, date of completion); and outreach trainers' "
    "practice of mailing a paper wallet card with the completion letter"
)
KIND = "course"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "portrait",
    "letter",
    "wallet",
    "sentence",
    "provider-in-logo",
    "date-range",
    "distractor-person",
    "distractor-date",
)

TEMPLATE = """<style>
.lt { position:absolute; left:72px; right:72px; top:46px; font: ${fs}px/${lh}px ${serif}; color:#1a1a1a }
.lh { display:flex; justify-content:space-between; align-items:center; border-bottom:2px solid ${dark}; padding-bottom:10px }
.lg { display:flex; align-items:center; gap:12px }
.lg .em { width:46px; height:46px; background:${dark}; transform:rotate(45deg); flex:none; margin:4px 8px 4px 4px;
  display:flex; align-items:center; justify-content:center }
.lg .em i { width:18px; height:18px; border:3px solid ${accent}; border-radius:50%; transform:rotate(-45deg) }
.lg b { display:block; font: bold ${mark_px}px ${head}; white-space:nowrap; color:${dark}; line-height:24px; letter-spacing:.3px }
.lg span { display:block; font: italic 12px ${serif}; color:#555; margin-top:2px }
.lh .ad { text-align:right; font: 11px/15px ${sans}; color:#444 }
.dt { margin-top:22px }
.to { margin-top:16px; line-height:${lh}px }
.re { margin-top:16px; font-weight:bold }
.lt p { margin-top:11px }
.sg { margin-top:16px }
.sg .h { font: 28px ${hand}; color:#1c2f7a; line-height:34px; margin-top:2px }
.cc { margin-top:10px; font-size:12px; color:#333 }
.cut { position:absolute; left:40px; right:40px; top:${cut_top}px; border-top:1.5px dashed #777 }
.cut span { position:absolute; left:8px; top:-12px; background:#fff; padding:0 6px; font: 16px ${sans}; color:#555 }
.cut small { position:absolute; right:0; top:4px; font: 9.5px ${sans}; color:#666 }
.cards { position:absolute; top:${cards_top}px; left:0; right:0; display:flex; justify-content:center; gap:26px }
.cd { width:324px; height:204px; border:1px solid #9a9a9a; border-radius:9px; overflow:hidden; font: 12px/17px ${sans};
  color:#111; position:relative; background:${card_bg} }
.cd .bn { background:${dark}; color:#fff; padding:6px 12px 5px }
.cd .bn b { display:block; font: bold 13px/16px ${sans}; letter-spacing:.3px; white-space:nowrap; overflow:hidden }
.cd .bn span { display:block; font-size:9px; line-height:12px; letter-spacing:1.4px; text-transform:uppercase; opacity:.85 }
.cd .nm { padding:10px 12px 5px; font: bold 17px ${sans}; line-height:20px }
.cd .rw { display:flex; padding:1px 12px } .cd .rw i { font-style:normal; color:#555; flex:0 0 78px }
.cd .bk { padding:12px 14px; font-size:11px; line-height:15px }
.cd .bk .ln { margin-top:26px; border-top:1px solid #333; padding-top:2px; font-size:9px; color:#444 }
.cd .bk .vf { margin-top:8px; font-size:9.5px; color:#555 }
.cd .bk .rw { padding:1px 0 }
</style>
<div class="lt">
 <div class="lh">
  <div class="lg"><div class="em"><i></i></div><div><b>${provider}</b><span>${tagline}</span></div></div>
  <div class="ad">${street}<br>${town}<br>${phone}<br>${web}</div>
 </div>
 <div class="dt">${letter_date}</div>
 <div class="to">${name}<br>${h_street}<br>${h_town}</div>
 <div class="re">Re: ${re}</div>
 <p>${salute}</p>
 <p>${para1}</p>
 <p>${para2}</p>
 <p>${para3}</p>
 <div class="sg">${closing}<div class="h">${signer}</div>${signer}<br>${signer_role}</div>
 <div class="cc">cc: ${cc}</div>
</div>
<div class="cut"><span>&#9986;</span><small>${cut_note}</small></div>
<div class="cards">
 <div class="cd">
  <div class="bn"><b>${short}</b><span>${card_kicker}</span></div>
  <div class="nm">${card_name}</div>
  <div class="rw"><i>Course</i>${card_title}</div>
  <div class="rw"><i>${done_label}</i>${card_date}</div>
  <div class="rw"><i>${hours_label}</i>${card_hours}</div>
  <div class="rw"><i>Location</i>${city}</div>
 </div>
 <div class="cd">
  <div class="bk">
   ${back_text}
   <div class="rw" style="margin-top:8px"><i>Card no.</i>${card_no}</div>
   <div class="rw"><i>Issued</i>${issued}</div>
   <div class="rw"><i>Instructor</i>${instructor}</div>
   <div class="ln">Cardholder signature</div>
   <div class="vf">${verify}</div>
  </div>
 </div>
</div>
"""

TAGLINES = {
    "school": [
        "IICRC-approved school \u00b7 classroom and hands-on training",
        "Training for the cleaning and restoration trades",
        "Technical education for restorers since 1998",
    ],
    "association": [
        "Education committee \u00b7 member training",
        "Serving cleaning and restoration firms since 1987",
    ],
    "maker": ["Manufacturer training program", "Equipment training center"],
}


def fill(d):
    from datetime import timedelta

    from corpus import formats as F
    from corpus import values as V

    r = d.rng
    days = d.pick([1, 2, 2, 3, 4]) if d.credit >= 7 else d.pick([0, 0, 1])
    start = d.completed - timedelta(days=days)
    if days:
        span = F.fmt_range(start, d.completed, r)
        when = d.pick([f"from {span}", f"on {span}"]) if " to " not in span else f"from {span}"
    else:
        when = f"on {F.fmt_date(d.completed, 'long')}"
    card_style = d.pick(["us_numeric", "short_month", "long", "dd_mon_yyyy"])
    card_date = d.date(card_style)
    provider = d.provider()
    pool = "school"
    if d.org in V.ASSOCIATIONS:
        pool = "association"
    elif d.org in (m[0] for m in V.MANUFACTURERS):
        pool = "maker"
    short = (d.org_alt or d.org).upper()
    if len(short) > 30:
        short = "".join(w[0] for w in short.replace("&", "").split())
    name = d.name("plain")
    title = d.title(d.pick(["plain", "plain", "with_code"]))
    n = F.fmt_number(d.credit, r)
    unit = "hour" if d.credit == 1 else "hours"
    styles = [f"{n} CEC {unit}", f"{d.credit / 10:g} CEUs ({n} IICRC CEC {unit})"]
    if d.credit >= 1:
        words = F.number_words(d.credit)
        styles += [
            f"{words} ({n}) IICRC CEC {unit}",
            f"{words} ({n}) {unit} of continuing education credit",
        ]
    hours = d.pick(styles)
    d.put("hours", float(d.credit), hours)
    card_hours = F.fmt_number(d.credit, r) + d.pick([" CEC hrs", " CECs", " hours"])
    city = d.city()
    signer = d.person()
    role = d.pick(["Director of Education", "Training Manager", "Registrar", "Program Coordinator"])
    instructor = d.person()
    h_street, h_town = d.address()
    street, town = d.address()
    approval = ""
    if d.chance(0.5):
        approval = f" under IICRC course approval number {d.approval()}"
    para1 = d.pick(
        [
            f"We want to thank you for your participation in the {title} course that we "
            f"conducted in {city} {when}.",
            f"Thank you for attending our {title} class, held in {city} {when}.",
            f"It was a pleasure to have you in the {title} course taught by {instructor} in "
            f"{city} {when}.",
        ]
    )
    para2 = d.pick(
        [
            "This letter is to confirm that you met all attendance requirements, passed the "
            "course examination and have successfully completed the course.",
            "Our records show that you attended every session and passed the written "
            "examination; you have therefore completed the course successfully.",
        ]
    ) + d.pick(
        [
            f" The course is approved for {hours}{approval}.",
            f" You have been credited with {hours}{approval}.",
        ]
    )
    para3 = d.pick(
        [
            "Your wallet card is printed below. Cut or tear it along the dotted line and keep it "
            "with your certification papers; please keep this letter for your records as well.",
            "Please detach the wallet card below and carry it on the job. A replacement card can "
            "be ordered from our office for a small fee.",
        ]
    )
    issued_day = d.completed + timedelta(days=r.randint(2, 24))
    letter_date = F.fmt_date(issued_day, d.pick(["long", "long", "dmy_long", "weekday"]))
    cc_company = d.pick(
        [
            "Rapid Dry Restoration LLC",
            "Apex Water & Fire, Inc.",
            "Clearwater Cleaning Co.",
            "Summit Peak Restoration",
            "BlueLine Mitigation",
            "Four Seasons Carpet & Restoration",
        ]
    )
    return {
        "fs": d.pick([14, 14.5]),
        "lh": d.pick([20, 21]),
        "dark": d.colors["dark"],
        "accent": d.colors["accent"],
        "card_bg": d.pick(["#ffffff", d.colors["light"]]),
        "head": d.fonts["display"],
        "hand": d.fonts["hand"],
        "cut_top": 760 if d.chance(0.5) else 770,
        "cards_top": 790 if d.chance(0.5) else 800,
        "provider": provider,
        "tagline": d.pick(TAGLINES[pool]),
        "mark_px": 21 if len(provider) < 32 else (18 if len(provider) < 40 else 16),
        "street": street,
        "town": town,
        "phone": d.phone(),
        "web": d.web(),
        "letter_date": letter_date,
        "name": name,
        "h_street": h_street,
        "h_town": h_town,
        "re": d.pick(
            [
                "Course completion",
                f"Your {d.code or 'course'} wallet card",
                "Confirmation of training",
            ]
        ),
        "salute": f"Dear {d.first},",
        "para1": para1,
        "para2": para2,
        "para3": para3,
        "closing": d.pick(["Sincerely,", "Best regards,", "Congratulations again,"]),
        "signer": signer,
        "signer_role": role,
        "cc": f"{d.person()}, {cc_company}",
        "cut_note": d.pick(["Detach and keep", "Fold here, then tear along the perforation"]),
        "short": short,
        "card_kicker": d.pick(["Training card", "Wallet card", "Proof of training"]),
        "card_name": name,
        "card_title": title,
        "done_label": d.pick(["Completed", "Date", "Passed"]),
        "card_date": card_date,
        "hours_label": d.pick(["Credit", "CEC hours", "Hours"]),
        "card_hours": card_hours,
        "back_text": d.pick(
            [
                "The holder of this card has completed the course named on the front.",
                "This card is proof of training only. It is not a certification card.",
            ]
        ),
        "card_no": d.number(),
        "issued": F.fmt_date(issued_day, card_style),
        "instructor": instructor,
        "city": city,
        "verify": d.pick([f"Verify: {d.web()}/cards", f"Questions? Call {d.phone()}"]),
    }
