"""Not a certificate: a supply distributor's printed invitation to a product
training open house, half a letter sheet turned sideways. The distributor's
mark and name head a left panel with a big display heading, a running
sentence naming the distributor, the manufacturer and a course-like topic,
the day written out with a time window, the branch address and a short
agenda with clock times and a visiting trainer with his title. A dashed
reply panel at the right asks for a name, company and head count, to be
returned by a date. It names people, organisations, dates and times; no one
has attended anything and no credit is recorded."""

SOURCE = (
    "jasonlimantoro/mnemonic:resources/views/emails/wedding/RSVPReservation.blade.php "
    "(invitation with reply / reservation block) and wording of equipment distributors' "
    "open-house and product demo invitations"
)
KIND = "other"
PAPER = "half-letter"
CATEGORIES = (
    "other",
    "sentence",
    "landscape",
    "provider-in-logo",
    "distractor-person",
    "distractor-date",
    "date-words",
    "checkboxes",
)

TEMPLATE = """<style>
.l { position:absolute; left:0; top:0; bottom:0; width:560px; padding:26px 30px 20px 34px; font: 12.5px ${sans}; color:#1c1c1c }
.lg { display:flex; align-items:center; gap:10px }
.mk { width:44px; height:44px; border-radius:${mk_radius}; background:${dark}; color:#fff; font: bold 17px ${display}; display:flex; align-items:center; justify-content:center }
.dn { font: bold 16px ${sans}; color:${dark}; line-height:18px } .dn span { display:block; font: 10.5px ${sans}; color:#555; letter-spacing:1px; text-transform:uppercase }
.kick { margin-top:18px; font: 11px ${sans}; letter-spacing:3px; text-transform:uppercase; color:${accent} }
h1 { font: ${h_weight} 34px ${display}; margin:2px 0 8px; color:#111; line-height:36px }
.tx { font-size:13px; line-height:19px }
.when { margin-top:10px; display:flex; gap:18px; font-size:12.5px; line-height:17px }
.when b { display:block; font-size:10px; letter-spacing:1.5px; text-transform:uppercase; color:${accent} }
ul.ag { margin:16px 0 0; padding:0; list-style:none; font-size:12px; line-height:17px }
ul.ag li span { display:inline-block; width:84px; color:#555 } ul.ag li { font-size:13px; line-height:21px }
.nt { position:absolute; left:34px; right:30px; bottom:16px; font-size:10px; color:#555; line-height:13px }
.r { position:absolute; right:14px; top:14px; bottom:14px; width:226px; border:2px dashed #999; padding:14px 14px; font: 11.5px ${sans}; color:#222 }
.r h2 { font: bold 20px ${display}; margin:0; color:${dark} }
.r .by { font-size:11px; margin:2px 0 10px; color:#444 }
.f { margin-top:9px; font-size:10px; color:#555; text-transform:uppercase; letter-spacing:.5px }
.f div { border-bottom:1px solid #666; height:18px }
.ck { margin-top:10px; font-size:11.5px; line-height:19px }
.bx { display:inline-block; width:11px; height:11px; border:1px solid #333; margin-right:6px; vertical-align:-1px }
.r .ct { position:absolute; left:14px; right:14px; bottom:12px; font-size:10.5px; line-height:14px; color:#333 }
.sc { position:absolute; right:250px; top:0; bottom:0; border-left:1px dotted #bbb }
</style>
<div class="l">
 <div class="lg"><div class="mk">${mark}</div><div class="dn">${distributor}<span>${tagline}</span></div></div>
 <div class="kick">${kicker}</div>
 <h1>${heading}</h1>
 <div class="tx">${sentence}</div>
 <div class="when"><div><b>${when_label}</b>${day_words}<br>${time_window}</div><div><b>Where</b>${street}<br>${town}</div></div>
 <ul class="ag">${agenda_html}</ul>
 <div class="nt">${note}</div>
</div>
<div class="sc"></div>
<div class="r">
 <h2>${rsvp_head}</h2>
 <div class="by">${rsvp_by}</div>
 <div class="f">Name<div></div></div>
 <div class="f">Company<div></div></div>
 <div class="f">Phone / e-mail<div></div></div>
 <div class="f">Number attending<div></div></div>
 <div class="ck"><span class="bx"></span>${yes}<br><span class="bx"></span>${no}</div>
 <div class="ct">${contact_line}</div>
</div>
"""

DISTRIBUTORS = [
    ("Cascade Janitorial & Restoration Supply", "CJ"),
    ("Tri-County Restoration Supply", "TC"),
    ("Gulfport Cleaning Supply Co.", "GC"),
    ("Midstate Jan-San Distributors", "MS"),
    ("Front Range Restoration Supply", "FR"),
    ("Keystone Carpet & Restoration Supply", "KS"),
]
PRODUCTS = [
    "the new low-grain refrigerant dehumidifier line",
    "truckmount extraction systems and hose management",
    "hydroxyl generators and odor control chemistry",
    "air movers, air scrubbers and negative-air setup",
    "thermal imaging cameras and moisture meters",
    "portable extractors and low-moisture encapsulation",
]


def fill(d):
    from datetime import timedelta

    from corpus import values as V
    from corpus.formats import fmt_date

    r = d.rng
    dist, mark = d.pick(DISTRIBUTORS)
    full, short = d.pick(V.MANUFACTURERS)
    maker = short or full
    event = d.completed + timedelta(days=r.randrange(20, 70))
    product = d.pick(PRODUCTS)
    trainer = d.person()
    role = d.pick(["Regional Training Manager", "Factory Technical Rep", "Product Specialist"])
    start = d.pick(["7:30 a.m.", "8:00 a.m.", "10:00 a.m.", "11:00 a.m."])
    slots = d.pick(
        [
            [
                ("Coffee & registration", 0),
                ("Product walk-through", 30),
                ("Hands-on stations", 90),
                ("Lunch on us", 150),
            ],
            [
                ("Welcome", 0),
                ("Live demo in the yard", 20),
                ("Q&A with the factory", 80),
                ("Show pricing ends", 120),
            ],
        ]
    )
    h0, m0 = {"7:30 a.m.": (7, 30), "8:00 a.m.": (8, 0), "10:00 a.m.": (10, 0)}.get(start, (11, 0))

    def clock(mins):
        t = h0 * 60 + m0 + mins
        h, m = divmod(t, 60)
        return f"{(h - 1) % 12 + 1}:{m:02d} {'a.m.' if h < 12 else 'p.m.'}"

    agenda = "".join(f"<li><span>{clock(m)}</span>{t}</li>" for t, m in slots)
    street, town = d.address()
    day_style = d.pick(["weekday", "long", "ordinal"])
    sentence = d.pick(
        [
            f"Join the {dist.split(' ')[0]} team and {trainer} of {maker} for a morning on "
            f"{product}. See the equipment run, ask your questions and take home show pricing.",
            f"{dist} and {maker} invite you and your crew to an open house featuring {product}, "
            f"presented by {trainer}, {role}.",
        ]
    )
    note = d.pick(
        [
            "Product demonstration only. This event is not an IICRC-approved course and no CECs "
            "are issued.",
            "Seating is limited to 30 guests. Lunch provided. Demonstration event; no "
            "continuing education credit is offered.",
            f"Questions? Ask for {d.person()} at the branch. Dress for the shop floor; "
            "closed-toe shoes required in the yard.",
        ]
    )
    return {
        "mk_radius": d.pick(["50%", "6px", "0"]),
        "mark": mark,
        "distributor": dist,
        "tagline": d.pick(["Since 1987", "Jan-San · Restoration · Rental", "Branch network"]),
        "kicker": d.pick(["You're invited", "Open house", "Customer appreciation day"]),
        "heading": d.pick(
            [
                "Product Training Open House",
                "Demo Day at the Branch",
                "Equipment Showcase & Lunch",
                "Hands-On Product Day",
            ]
        ),
        "h_weight": d.pick(["bold", "normal"]),
        "sentence": sentence,
        "when_label": d.pick(["When", "Date"]),
        "day_words": fmt_date(event, day_style),
        "time_window": f"{start} – {clock(slots[-1][1] + 60)}",
        "street": street,
        "town": town,
        "agenda_html": agenda,
        "note": note,
        "rsvp_head": d.pick(["RSVP", "Reply card", "Save my seat"]),
        "rsvp_by": "Please reply by "
        + fmt_date(event - timedelta(days=r.randrange(5, 12)), d.pick(["long", "short_month"])),
        "yes": d.pick(["Yes, count me in", "We'll be there"]),
        "no": d.pick(["Sorry, can't make it", "Send me the brochure instead"]),
        "contact_line": f"Return at the counter, fax or call {d.person()} at {d.phone()}.",
    }
