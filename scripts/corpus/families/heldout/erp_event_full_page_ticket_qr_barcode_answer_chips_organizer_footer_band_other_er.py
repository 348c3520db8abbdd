"""Not a certificate: the full-page ticket an ERP's event app sends when a
technician registers for a class day or a show, printed on letter paper.
A rounded box at the top holds the event's name in bold, the ticket type
in faded text, the attendee's name in bold and grey chips with the
registration answers; a map-pin column with the venue address and a
calendar column with the day and "from ... to ..." times; on the right a
QR code over a Code 128 barcode with its number. Under the box, the
organiser's instructions; at the foot a coloured band with the
organiser's name, phone, e-mail and website in white. It admits someone to
an event and records no completion and no credit."""

SOURCE = (
    "odoo/odoo:addons/event/report/event_event_templates.xml (event_report_template_full_page_ticket: "
    "event name, ticket type, attendee name, registration answer chips, address and calendar "
    "columns with 'from'/'to', QR and Code128 barcode, ticket instructions; "
    "event_report_full_page_ticket_layout footer with organizer name, phone, e-mail, website)"
)
KIND = "other"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = ("other", "portrait", "dark-band", "labelled", "qr", "distractor-person")

TEMPLATE = """<style>
.tk { position:absolute; left:48px; right:48px; top:48px; border:1px solid #d8dadd; border-radius:12px; overflow:hidden; font-family:${sans}; color:#212529 }
.row { display:flex }
.lt { flex:1; padding:22px 22px 16px 24px; min-width:0 }
.lt h2 { margin:0; font-size:26px; font-weight:bold; line-height:1.2 }
.lt .tt { margin-top:8px; font-size:18px; color:#8a8f98 }
.lt .an { margin-top:6px; font-size:19px; font-weight:bold }
.ch { margin:12px 0 16px } .ch span { display:inline-block; background:#e9ecef; padding:4px 9px; margin:0 6px 6px 0; font-size:12.5px; font-weight:600 }
.cols { display:flex; gap:18px }
.cols > div { flex:1; display:flex; gap:10px; font-size:13.5px; line-height:19px }
.ic { width:22px; height:26px; flex:none; background:${brand}; opacity:0.85 }
.ic.pin { clip-path:polygon(50% 100%, 0 40%, 10% 12%, 50% 0, 90% 12%, 100% 40%) }
.ic.cal { height:22px; border-radius:3px; box-shadow: inset 0 6px 0 #333 }
.rt { width:210px; flex:none; border-left:1px dashed #cfd3d8; padding:20px 18px; text-align:center }
.qr { width:150px; height:150px; margin:0 auto; display:grid; grid-template-columns:repeat(25, 1fr) }
.qr b { background:#000 } .qr s { background:transparent; text-decoration:none }
.bc { width:168px; height:58px; margin:16px auto 4px; background:${bars} }
.bn { font: 12px ${mono}; letter-spacing:1px }
.ins { margin:18px 4px 0; font-size:13px; line-height:19px; color:#333; border-top:1px solid #e3e5e8; padding:14px 24px 18px }
.ins b { display:block; font-size:14px; margin-bottom:4px }
.sp { position:absolute; left:48px; right:48px; bottom:78px; display:flex; justify-content:center; gap:14px }
.sp span { border:1px solid #ddd; padding:8px 12px; font: bold 12px ${sans}; color:#555; border-radius:4px }
.ft { position:absolute; left:0; right:0; bottom:0; background:${brand}; color:#fff; text-align:center; padding:12px 10px; font: 12.5px ${sans}; line-height:18px }
.ft b { margin-right:14px; white-space:nowrap } .ft span { margin:0 10px; white-space:nowrap; display:inline-block }
</style>
<div class="tk">
 <div class="row">
  <div class="lt">
   <h2>${event}</h2>
   <div class="tt">${ticket_type}</div>
   <div class="an">${attendee}</div>
   <div class="ch">${chips_html}</div>
   <div class="cols">
    <div><i class="ic pin"></i><div>${venue}<br>${street}<br>${town}</div></div>
    <div><i class="ic cal"></i><div>${when_html}</div></div>
   </div>
  </div>
  <div class="rt"><div class="qr">${qr_html}</div><div class="bc"></div><div class="bn">${code}</div></div>
 </div>
 <div class="ins"><b>${ins_head}</b>${instructions}</div>
</div>
<div class="sp">${sponsors_html}</div>
<div class="ft"><b>${organizer}</b><span>${phone}</span><span>${mail}</span><span>${web}</span></div>
"""

TICKETS = [
    "Class Seat \u2013 Standard",
    "Early Bird Registration",
    "Full Conference Pass",
    "Exhibit Hall + Education",
    "Hands-On Lab Day",
    "Member Rate",
]
SPONSORS = ["AeroDry", "Pureflo", "Vortex", "Hydrotherm", "Clearview", "DryTech", "MoistCheck"]


def _bars(rng):
    stops, x = [], 0.0
    while x < 97:
        w = rng.choice([1.0, 1.5, 2.5, 3.0])
        gap = rng.choice([1.0, 1.5, 2.5])
        stops.append(f"#000 {x:.1f}% {x + w:.1f}%, transparent {x + w:.1f}% {x + w + gap:.1f}%")
        x += w + gap
    return "linear-gradient(90deg, " + ", ".join(stops) + ")"


def _qr(rng, n=25):
    cells = []
    for y in range(n):
        for x in range(n):
            finder = any(
                ox <= x < ox + 7 and oy <= y < oy + 7 for ox, oy in ((0, 0), (n - 7, 0), (0, n - 7))
            )
            if finder:
                fx = x if x < 7 else x - (n - 7)
                fy = y if y < 7 else y - (n - 7)
                on = fx in (0, 6) or fy in (0, 6) or (2 <= fx <= 4 and 2 <= fy <= 4)
            else:
                on = rng.random() < 0.5
            cells.append("<b></b>" if on else "<s></s>")
    return "".join(cells)


def fill(d):
    import html
    from datetime import timedelta

    from corpus import formats as F
    from corpus import values as V

    e = html.escape
    r = d.rng
    street, town = d.address()
    day = d.completed + timedelta(days=r.randint(7, 60))
    kind = d.pick(["show", "class", "meeting"])
    if kind == "show":
        event = f"{d.pick(V.EVENTS)} {day.year}"
    elif kind == "class":
        event = f"{d.pick(V.SCHOOLS)[0]} \u2013 {d.pick(['Open Lab Day', 'Spring Class Week', 'Technician Bootcamp'])}"
    else:
        event = f"{d.pick(V.ASSOCIATIONS)} {d.pick(['Chapter Meeting', 'Annual Meeting', 'Trade Night'])}"
    style = d.pick(["long", "weekday", "us_numeric", "short_month"])
    t0, t1 = d.pick([("8:00 AM", "5:00 PM"), ("9:00 AM", "4:30 PM"), ("7:30 AM", "3:30 PM")])
    if d.chance(0.6):
        when_html = f"{e(F.fmt_date(day, style))}<br>from {t0} to {t1}"
    else:
        end = day + timedelta(days=d.pick([1, 2]))
        when_html = f"{e(F.fmt_date(day, style))} {t0}<br>to {e(F.fmt_date(end, style))} {t1}"
    chips = d.pick(
        [
            ["Lunch: Standard", "T-shirt: L"],
            ["Lunch: Vegetarian", "First time attendee"],
            ["Member", "Company: " + d.pick(["Quick Dry", "All-Pro", "Harbor F&W"])],
            ["Needs CEC letter: Yes", "Shirt: XL"],
        ]
    )
    organizer = d.pick([d.pick(V.SCHOOLS)[0], d.pick(V.ASSOCIATIONS)])
    slug = "".join(ch for ch in organizer.lower() if ch.isalnum())[:16]
    sponsors = r.sample(SPONSORS, d.pick([0, 3, 4, 5]))
    return {
        "brand": d.pick(["#714b67", "#1f3a5f", "#0b3d2e", "#5b2333", "#123c69"]),
        "event": event,
        "ticket_type": d.pick(TICKETS),
        "attendee": d.person(),
        "chips_html": "".join(f"<span>{e(c)}</span>" for c in chips),
        "venue": d.pick(
            ["Training Center", "Hands-On Lab Building", "Conference Center", "Main Classroom"]
        ),
        "street": street,
        "town": town,
        "when_html": when_html,
        "qr_html": _qr(r),
        "bars": _bars(r),
        "code": "".join(r.choice("0123456789") for _ in range(20)),
        "ins_head": d.pick(["Ticket instructions", "Before you come", "Good to know"]),
        "instructions": d.pick(
            [
                "Show this ticket at the registration desk, printed or on your phone. Badges are "
                "printed on site. Education sessions fill up: arrive 15 minutes early.",
                "Bring this ticket and a photo ID. Safety glasses and closed-toe shoes are required in "
                "the lab. Parking is free in the east lot.",
                "This ticket admits one person. Certificates and credit letters are sent by e-mail "
                "after the event to registered attendees who scanned in.",
            ]
        ),
        "sponsors_html": "".join(f"<span>{e(s)}</span>" for s in sponsors),
        "organizer": organizer,
        "phone": d.phone(),
        "mail": f"events@{slug}.org",
        "web": f"https://www.{slug}.org",
    }
