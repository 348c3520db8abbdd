"""A 4 x 3 inch attendee badge printed from an event app (front panel of a
foldable badge): the show's name in a dark coloured top band with its dates,
the attendee's first name very large over the full name and company, the
registration type in a coloured bottom bar, a QR square at the right, and an
"IICRC booth" sticker applied over the lower corner, with the visit date and
credit written on it by hand."""

SOURCE = "odoo/odoo:addons/event/report/event_event_templates.xml"
KIND = "booth"
PAPER = "badge"
CATEGORIES = (
    "landscape",
    "dark-band",
    "qr",
    "handwriting",
    "provider-in-logo",
    "badge",
)

TEMPLATE = """<style>
.b { position:absolute; inset:0; font-family:${sans}; color:#111 }
.top { position:absolute; left:0; right:0; top:0; height:58px; background:${band}; color:#fff; padding:8px 14px; text-align:center }
.top b { display:block; font: bold ${ev_px}px ${sans}; line-height:20px; letter-spacing:.3px }
.top span { font-size:10.5px; opacity:.9; letter-spacing:1px }
.fn { position:absolute; left:16px; right:100px; top:70px; font: bold ${first_px}px ${cond}; line-height:40px; white-space:nowrap }
.full { position:absolute; left:16px; right:100px; top:112px; font-size:13px; line-height:16px }
.co { position:absolute; left:16px; right:100px; top:130px; font-size:11.5px; color:#444; line-height:14px }
.qr { position:absolute; right:14px; top:72px; width:76px; height:76px; border:3px solid #fff; outline:1px solid #999;
  background: repeating-linear-gradient(90deg,#111 0 4px,#fff 4px 6px,#111 6px 9px,#fff 9px 12px,#111 12px 13px,#fff 13px 17px),
   repeating-linear-gradient(0deg,#111 0 3px,#fff 3px 7px,#111 7px 8px,#fff 8px 12px,#111 12px 15px,#fff 15px 19px);
  background-blend-mode:difference }
.qr:before, .qr:after { content:""; position:absolute; width:16px; height:16px; border:4px solid #111; background:#fff; top:0; left:0 }
.qr:after { left:auto; right:0 }
.bot { position:absolute; left:0; right:0; bottom:0; height:34px; background:${bar}; color:#fff; font: bold 15px ${sans};
  letter-spacing:3px; display:flex; align-items:center; padding-left:16px }
.stk { position:absolute; right:10px; bottom:14px; width:150px; background:#fff7c2; border:1.5px solid #c9a227; border-radius:6px;
  padding:5px 8px; transform:rotate(${rot}deg); box-shadow:0 1px 3px rgba(0,0,0,.25) }
.stk .h { font: bold 10px ${sans}; color:#7a5b00; letter-spacing:.4px; line-height:12px }
.stk .w { font: 19px ${hand}; color:#1a2f8a; line-height:20px; white-space:nowrap }
.stk .l { font: 7.5px ${sans}; color:#7a5b00; text-transform:uppercase; letter-spacing:.5px }
</style>
<div class="b">
 <div class="top"><b>${event}</b><span>${show_dates} &middot; ${city}</span></div>
 <div class="fn">${first}</div>
 <div class="full">${name}</div>
 <div class="co">${company}</div>
 <div class="qr"></div>
 <div class="bot">${reg_type}</div>
 <div class="stk"><div class="h">${sticker_head}</div>
  <div class="l">Date</div><div class="w">${date}</div>
  <div class="l">${cred_label}</div><div class="w">${hours}</div></div>
</div>
"""

COMPANIES = [
    "Dry Masters LLC",
    "Precision Restoration",
    "Ace Carpet & Tile Care",
    "StormGuard Mitigation",
    "Heritage Cleaning Services",
    "River City Restoration",
]


def fill(d):
    from datetime import timedelta

    from corpus.formats import fmt_range

    r = d.rng
    before, after = d.pick([(0, 2), (1, 1), (2, 0), (1, 2)])
    show = fmt_range(d.completed - timedelta(days=before), d.completed + timedelta(days=after), r)
    event = d.provider()
    name = d.name("plain")
    first = d.first
    sticker = d.set_title(
        d.pick(["IICRC Booth Registration", "IICRC BOOTH REGISTRATION"]),
        ["IICRC Booth Registration"],
    )
    return {
        "band": d.pick(["#1f3a5f", "#5b2333", "#0b3d2e", "#23395d", "#2f2f2f"]),
        "bar": d.pick(["#d35400", "#1e6091", "#2d6a4f", "#8b0000", "#6a4c93"]),
        "event": event,
        "ev_px": 16 if len(event) < 30 else 13.5,
        "show_dates": show,
        "city": d.city(),
        "first": first.upper() if d.chance(0.5) else first,
        "first_px": 36 if len(first) < 9 else 28,
        "name": name,
        "company": d.pick(COMPANIES),
        "reg_type": d.pick(["ATTENDEE", "FULL CONFERENCE", "EXHIBIT HALL", "TECHNICIAN"]),
        "rot": d.pick([-4, -2, 3, 5]),
        "sticker_head": sticker,
        "date": d.date(d.pick(["us_short", "us_numeric", "short_month"])),
        "cred_label": d.pick(["CEC", "CECs", "Credit hrs"]),
        "hours": d.hours_number(),
    }
