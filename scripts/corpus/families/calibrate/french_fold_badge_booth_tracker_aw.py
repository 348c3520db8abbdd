"""A self-printed show badge on one portrait sheet meant to be folded in
four, kept as evidence of the visit to the certification body's booth. The
two top quarters carry the same badge face: the show's name in bold, its
opening and closing days and hours with an arrow between, the venue under a
map pin, the wearer's name large in the middle with the company faded under
it, the organiser's small mark and a coloured ticket-type band with light
text across the foot. The lower left quarter holds a QR code, the code's
digits, the name again and grey chips with the registration answers. The
lower right quarter is the show's continuing-education tracker: a ruled
table of pre-printed booths and sessions where booth staff wrote the date,
the credit and their initials by hand, a handwritten staff name under it, a
note on the credit, and four numbered folding steps. Dashed fold lines cross
the sheet."""

SOURCE = (
    "odoo/odoo:addons/event/report/event_event_templates.xml "
    "(A4 french-fold badge and badge card) with the R&R magazine note that a name tag "
    "is accepted as evidence of attendance "
    "(https://www.randrmagonline.com/articles/85420-iicrc-continuing-education)"
)
KIND = "booth"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = ("portrait", "table", "dark-band", "labelled", "distractor-person")

TEMPLATE = """<style>
.sheet { position:absolute; inset:0; display:grid; grid-template-columns:1fr 1fr; grid-template-rows:1fr 1fr;
  font-family:${face}; color:#222 }
.q { position:relative; overflow:hidden; padding:${pad}px 22px 0 }
.fv { position:absolute; left:50%; top:0; bottom:0; border-left:1px dashed #999 }
.fh { position:absolute; top:50%; left:0; right:0; border-top:1px dashed #999 }
.fl { position:absolute; font-size:8px; color:#999; letter-spacing:1px; background:#fff; padding:0 3px }
.card { position:absolute; inset:${pad}px 18px 0; text-align:center; background:${tint} }
.card h3 { margin:16px 10px 4px; font-size:${ev_size}px; font-weight:bold; line-height:1.15; color:${ink} }
.card .when { font-size:10.5px; font-weight:bold; margin:0 8px }
.card .when i { font-style:normal; color:#888; margin:0 4px }
.card .where { font-size:10px; color:#777; margin-top:4px }
.pin { display:inline-block; width:7px; height:7px; border-radius:50% 50% 50% 0; transform:rotate(-45deg);
  background:#888; margin-right:5px }
.card .who { position:absolute; left:0; right:0; top:44%; padding:0 12px }
.card h2 { margin:0; font-size:${name_size}px; line-height:1.1; font-weight:bold; color:#111 }
.card h4 { margin:6px 0 0; font-size:14px; font-weight:normal; color:#777 }
.card .foot { position:absolute; left:0; right:0; bottom:0 }
.org { display:inline-block; margin-bottom:8px; border:2px solid ${ink}; color:${ink}; font: bold 12px ${face};
  padding:3px 8px; letter-spacing:1px }
.band { background:${band}; color:#fff; font-size:19px; padding:12px 0 13px; letter-spacing:1px }
.qr { width:132px; height:132px; margin:24px auto 8px; display:grid; grid-template-columns:repeat(21, 1fr) }
.qr b { background:#111 } .qr s { text-decoration:none }
.code { text-align:center; font: 17px ${mono}; margin-bottom:10px; letter-spacing:1px }
.q3 h2 { text-align:center; margin:0 8px; font-size:22px; line-height:1.15 }
.chips { text-align:center; margin-top:12px; padding:0 6px }
.chips span { display:inline-block; background:#e9e9e9; color:#111; font-size:10.5px; padding:3px 7px; margin:3px }
.q4 h5 { margin:4px 0 6px; font-size:12.5px; letter-spacing:1.5px; text-transform:uppercase; color:${ink} }
.q4 .sub { font-size:9.5px; color:#555; margin-bottom:6px; line-height:12px }
table { width:100%; border-collapse:collapse; font-size:10px }
th { text-align:left; font-size:9px; text-transform:uppercase; letter-spacing:.5px; border-bottom:1.5px solid #333;
  padding:3px 3px }
td { border-bottom:1px solid #aaa; height:27px; padding:0 3px; vertical-align:bottom }
td.h { font: 17px ${hand}; color:#1b2f7a; white-space:nowrap }
.vb { margin-top:8px; font-size:10px; display:flex; align-items:flex-end; gap:8px }
.vb .h { font: 19px ${hand}; color:#1b2f7a; border-bottom:1px solid #555; min-width:150px; padding:0 4px }
.note { font-size:9px; color:#444; line-height:11.5px; margin-top:8px }
.steps { position:absolute; left:22px; right:22px; bottom:18px; display:grid; grid-template-columns:repeat(4, 1fr);
  gap:6px }
.steps div { border:1px solid #ccc; height:${step_h}px; position:relative }
.steps b { position:absolute; left:4px; top:2px; font-size:11px }
.steps i { position:absolute; left:22%; right:22%; top:30%; bottom:18%; border:1.5px solid #888 }
.steps u { position:absolute; left:50%; top:24%; bottom:12%; border-left:1px dashed #c33 }
</style>
<div class="sheet">
 <div class="q">${card_html}</div>
 <div class="q">${card_html}</div>
 <div class="q q3">
  <div class="qr">${qr_html}</div>
  <div class="code">${code}</div>
  <h2>${name2}</h2>
  <div class="chips">${chips_html}</div>
 </div>
 <div class="q q4">
  <h5>${tracker_head}</h5>
  <div class="sub">${tracker_sub}</div>
  <table>
   <tr><th>${col1}</th><th>Date</th><th>${col3}</th><th>${col4}</th></tr>
   <tr><td>${title}</td><td class="h">${date}</td><td class="h">${hours}</td><td class="h">${initials}</td></tr>
   ${blank_rows_html}
  </table>
  <div class="vb"><span>${verified_label}</span><span class="h">${staff}</span></div>
  <div class="note">${note}</div>
  <div class="steps">${steps_html}</div>
 </div>
</div>
<div class="fv"></div><div class="fh"></div>
<div class="fl" style="left:50%; top:8px; transform:translateX(-50%)">FOLD</div>
<div class="fl" style="top:50%; left:8px; transform:translateY(-50%)">FOLD</div>
"""

COMPANIES = [
    "Rapid Dry Restoration LLC",
    "Blue Ridge Water & Fire",
    "Canyon Carpet Care",
    "All-Pro Mitigation Services",
    "Harbor Cleaning & Restoration",
    "Second Chance Restoration, Inc.",
    "Prairie Flood Response",
    "Bayside Fire & Water",
]
TICKETS = ["Exhibit Hall", "Full Conference", "Attendee", "Expo Only", "Education + Expo"]
TRADES = [
    "Water damage restoration",
    "Carpet & upholstery cleaning",
    "Fire & smoke restoration",
    "Mold remediation",
    "Contents cleaning",
]
OTHER_ROWS = [
    "Keynote: Industry Outlook",
    "Education track A",
    "Education track B",
    "Hands-on drying lab",
    "Exhibit hall walk",
]


def fill(d):
    from datetime import timedelta
    from html import escape as e

    from corpus import formats as F

    r = d.rng
    event = d.provider(d.pick([None, None, "upper"]))
    before, after = d.pick([(0, 2), (1, 1), (2, 0), (1, 2), (0, 1)])
    start, end = d.completed - timedelta(days=before), d.completed + timedelta(days=after)
    style = d.pick(["us_numeric", "short_month", "us_short"])
    opens = d.pick(["9:00 AM", "8:30 AM", "10:00 AM"])
    closes = d.pick(["4:00 PM", "5:00 PM", "3:30 PM"])
    when = f"{F.fmt_date(start, style)} {opens}<i>&rarr;</i>{F.fmt_date(end, style)} {closes}"
    name = d.name(d.pick(["plain", "plain", "upper"]))
    size = 30 if len(name) <= 16 else 26 if len(name) <= 22 else 22
    ink = d.pick(["#1f3a5f", "#4a1c40", "#0b3d2e", "#2f2f2f", d.colors["dark"]])
    band = d.pick(["#875a7b", "#1e6091", "#2d6a4f", "#8b0000", "#3d2b1f"])
    words = [w for w in event.split() if w[:1].isalpha()]
    mark = "".join(w[0] for w in words[:3]).upper()
    card = (
        f"<div class='card'><h3>{e(event)}</h3><div class='when'>{when}</div>"
        f"<div class='where'><span class='pin'></span>{e(d.venue())}</div>"
        f"<div class='who'><h2>{e(name)}</h2><h4>{e(d.pick(COMPANIES))}</h4></div>"
        f"<div class='foot'><div class='org'>{mark}</div>"
        f"<div class='band'>{d.pick(TICKETS)}</div></div></div>"
    )
    cells = []
    for row in range(21):
        for col in range(21):
            corner = None
            for rr, cc in ((0, 0), (0, 14), (14, 0)):
                if rr <= row < rr + 7 and cc <= col < cc + 7:
                    corner = (rr, cc)
            if corner:
                ring = max(abs(row - corner[0] - 3), abs(col - corner[1] - 3))
                on = ring != 2
            else:
                on = r.random() < 0.48
            cells.append("<b></b>" if on else "<s></s>")
    code = " ".join(f"{r.randrange(1000, 9999)}" for _ in range(4))
    chips = [
        f"IICRC certified: {d.pick(['Yes', 'Yes – registrant'])}",
        f"IICRC # {d.number()}",
        d.pick(TRADES),
    ]
    if d.chance(0.5):
        chips.append(
            f"Registered {d.other_date('registered', d.pick(['us_numeric', 'short_month']))}"
        )
    title = d.set_title(
        d.pick(["IICRC Booth Registration", "IICRC Booth Registration (CEC)"]),
        ["IICRC Booth Registration"],
    )
    date = d.date(d.pick(["us_short", "us_numeric", "us_short"]))
    hours = d.hours_number()
    staff = d.person()
    initials = "".join(p[0] for p in staff.replace(".", "").split() if p[:1].isalpha())
    rows = r.sample(OTHER_ROWS, d.pick([3, 4]))
    blank = "".join(f"<tr><td>{e(x)}</td><td></td><td></td><td></td></tr>" for x in rows)
    step_h = 62
    steps = "".join(
        f"<div><b>{n}</b><i></i>{'<u></u>' if n % 2 else ''}</div>" for n in range(1, 5)
    )
    return {
        "face": d.fonts[d.pick(["sans", "sans", "cond"])],
        "pad": 18,
        "tint": d.pick(["#ffffff", "#fafafa", "#f7f9fc"]),
        "ink": ink,
        "band": band,
        "ev_size": 19 if len(event) <= 26 else 16,
        "name_size": size,
        "card_html": card,
        "qr_html": "".join(cells),
        "code": code,
        "name2": name,
        "chips_html": "".join(f"<span>{e(c)}</span>" for c in chips),
        "tracker_head": d.pick(
            ["Continuing education tracker", "CE credit log", "CEC verification"]
        ),
        "tracker_sub": d.pick(
            [
                "Have booth staff or the room monitor fill in each line.",
                "Booth staff complete the line for your visit. Keep this badge.",
                "Entries are made by staff only.",
            ]
        ),
        "col1": d.pick(["Booth / session", "Activity", "Where"]),
        "col3": d.pick(["CECs", "Credit", "CEC hrs"]),
        "col4": d.pick(["Initials", "Staff", "Init."]),
        "title": title,
        "date": date,
        "hours": hours,
        "initials": initials,
        "blank_rows_html": blank,
        "verified_label": d.pick(["Verified by:", "Booth staff:", "Recorded by:"]),
        "staff": staff,
        "note": d.pick(
            [
                "IICRC-certified technicians who register at the IICRC booth during exhibit "
                "hours receive continuing education credit. One booth registration per show.",
                "Credit is posted to the technician's IICRC record after the show. Submit this "
                "panel with a CEC application if it does not appear.",
            ]
        ),
        "step_h": step_h,
        "steps_html": steps,
    }
