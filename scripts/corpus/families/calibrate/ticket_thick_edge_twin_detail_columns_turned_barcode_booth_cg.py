"""A booth credit ticket printed on plain paper at the certification body's
stand on the exhibit floor, from the show's ticketing system: a ticket
outline with a thick coloured left edge, the show's wordmark beside a small
mark in the top left corner (its name appears nowhere else), and under it
the ticket type in bold with a short line on the credit it carries, over a
hairline. Two columns follow, each under a small capitalised heading: the
event details (hall and booth, the day of the visit, the hours the booth
was open) and the attendee details (name, company, badge number, credit),
every value under a tiny capitalised caption. A square code box with its
number under it sits at the lower right, a barcode turned on end runs down
the right edge and the order number is at the lower left. Under a dashed
rule below the ticket, small print with the day the attendee registered
for the show and the moment the ticket was printed."""

from corpus import formats as F

SOURCE = (
    "dreamdev21/Laravel-Event-management-system:resources/views/ManageEvent/Partials/"
    "TicketDesignPreview.blade.php (ticket with a thick left border, a logo top left, 'event "
    "details' and 'attendee details' as two absolutely placed columns under uppercase h4 "
    "headings, a square barcode box at the lower left, a vertical barcode rotated 90 degrees at "
    "the right edge); booth sign-in credit from "
    "https://www.randrmagonline.com/articles/85420-iicrc-continuing-education"
)
KIND = "booth"
PAPER = "slip"
CATEGORIES = (
    "slip",
    "landscape",
    "labelled",
    "provider-in-logo",
    "distractor-date",
    "barcode",
)

TEMPLATE = """<style>
.tk { position:absolute; left:18px; right:18px; top:18px; bottom:58px; border:1px solid ${edge};
  border-left:${edge_w}px solid ${edge}; background:${tint}; font-family:${sans}; color:#333; overflow:hidden }
.lg { position:absolute; left:16px; top:16px; white-space:nowrap }
.lg .mk { display:inline-block; width:24px; height:24px; border-radius:${mk_r}; background:${edge}; vertical-align:middle;
  margin-right:8px }
.lg .wm { font: ${wm_weight} ${wm_px}px ${wmf}; color:${edge}; vertical-align:middle; letter-spacing:${wm_ls}px }
.tt { position:absolute; left:16px; right:64px; top:52px }
.tt h2 { margin:0; font: bold 15px ${sans}; color:${ink}; letter-spacing:.5px; line-height:19px }
.tt .cr { font-size:11.5px; color:#555; margin-top:1px }
.tt hr { border:none; border-bottom:1px solid #ccc; margin:7px 0 0 }
.col { position:absolute; top:${col_top}px; width:${col_w}px; font-size:12px; line-height:15px }
.col h4 { margin:0 0 3px; font: bold 10.5px ${sans}; letter-spacing:1.5px; color:${ink} }
.col .k { font-size:9px; letter-spacing:1px; color:#888; margin-top:6px }
.col .v { color:#111; white-space:nowrap }
.c1 { left:16px } .c2 { left:${c2_left}px }
.qr { position:absolute; right:64px; bottom:30px; width:92px; height:92px; border:1px solid #000; background:#fff; padding:6px }
.qr div { width:100%; height:100%;
  background: conic-gradient(from 90deg at 34% 34%, #000 25%, #fff 0) 0 0/10px 10px,
    repeating-linear-gradient(0deg, #000 0 3px, #fff 3px 6px) }
.qn { position:absolute; right:64px; bottom:12px; width:92px; text-align:center; font: 9.5px ${mono}; color:#555 }
.vb { position:absolute; right:10px; top:16px; bottom:16px; width:34px;
  background:repeating-linear-gradient(0deg,#000 0 2px,transparent 2px 3px,#000 3px 6px,transparent 6px 8px,#000 8px 9px,transparent 9px 12px) }
.on { position:absolute; left:16px; bottom:12px; font: 10px ${mono}; color:#444; letter-spacing:1px }
.sm { position:absolute; left:22px; right:22px; bottom:12px; border-top:1px dashed #999; padding-top:5px;
  font: 9.5px ${sans}; color:#555; line-height:12.5px }
</style>
<div class="tk">
 <div class="lg"><span class="mk"></span><span class="wm">${event}</span></div>
 <div class="tt"><h2>${title}</h2><div class="cr">${type_line}</div><hr></div>
 <div class="col c1"><h4>${h_event}</h4>
  <div class="k">${l_where}</div><div class="v">${hall}</div>
  <div class="k">${l_date}</div><div class="v">${date}</div>
  <div class="k">${l_time}</div><div class="v">${time}</div>
 </div>
 <div class="col c2"><h4>${h_att}</h4>
  <div class="k">${l_name}</div><div class="v">${name}</div>
  <div class="k">${l_company}</div><div class="v">${company}</div>
  <div class="k">${l_badge}</div><div class="v">${badge}</div>
  <div class="k">${l_credit}</div><div class="v"><b>${hours}</b></div>
 </div>
 <div class="qr"><div></div></div>
 <div class="qn">${qr_no}</div>
 <div class="vb"></div>
 <div class="on">${order}</div>
</div>
<div class="sm">${reg_phrase} ${registered}. ${printed_label} ${printed}.<br>${fine2}</div>
"""

COMPANIES = [
    "Rapid Response Restoration",
    "Clearwater Cleaning & Restoration",
    "A-1 Dry Out Services",
    "Heritage Carpet Care",
    "ProTech Mitigation, LLC",
    "Northern Lights Restoration",
    "Self-employed",
]


def fill(d):
    r = d.rng
    opens = d.pick([9, 10, 11])
    closes = opens + d.pick([6, 7])
    event = d.provider()
    title = d.title(d.pick(["plain", "upper"]))
    name = d.name(d.pick(["plain", "plain", "upper", "last_first"]))
    date = d.date(d.pick(["weekday", "short_month", "us_numeric", "long", "dd_mon_yyyy"]))
    hours = d.hours(d.pick(["cecs", "cec_hours", "hours_title", "iicrc_cec"]))
    registered = d.other_date("registered", d.pick(["us_numeric", "short_month"]))
    printed = F.fmt_date(d.completed, d.pick(["us_numeric", "iso"]))
    hh = d.pick([8, 9, 10, 11, 13, 14, 15])
    printed += f" {hh % 12 or 12}:{r.randrange(0, 60):02d} {'PM' if hh >= 12 else 'AM'}"
    booth = r.randrange(100, 2999)
    return {
        "edge": d.colors["dark"],
        "edge_w": d.pick([6, 8, 10]),
        "tint": d.pick(["#ffffff", "#fcfcfa", "#f8fafc"]),
        "ink": d.pick(["#222", d.colors["dark"]]),
        "mk_r": d.pick(["50%", "4px", "0"]),
        "wm_weight": d.pick(["bold", "900"]),
        "wm_px": 20 if len(event) <= 28 else 18,
        "wmf": d.fonts[d.pick(["display", "cond", "sans"])],
        "wm_ls": d.pick([0, 0.5]),
        "event": event,
        "title": title,
        "type_line": d.pick(
            [
                "Certification booth · continuing education credit",
                "Exhibit hall credit · one per registrant",
                "Ticket type: booth sign-in",
            ]
        ),
        "col_top": d.pick([100, 106]),
        "col_w": 210,
        "c2_left": d.pick([236, 246]),
        "h_event": d.pick(["EVENT DETAILS", "EVENT", "WHERE & WHEN"]),
        "l_where": d.pick(["HALL / BOOTH", "LOCATION"]),
        "hall": f"{d.pick(['Hall A', 'Hall C', 'South Hall', 'Expo Hall', 'Hall 2'])} · Booth {booth}",
        "l_date": d.pick(["DATE", "VISIT DATE", "SCANNED"]),
        "date": date,
        "l_time": d.pick(["BOOTH HOURS", "OPEN"]),
        "time": f"{opens}:00 AM – {closes - 12 if closes > 12 else closes}:00 PM",
        "h_att": d.pick(["ATTENDEE DETAILS", "ATTENDEE", "REGISTRANT"]),
        "l_name": d.pick(["NAME", "ATTENDEE", "FULL NAME"]),
        "name": name,
        "l_company": d.pick(["COMPANY", "ORGANIZATION"]),
        "company": d.pick(COMPANIES),
        "l_badge": d.pick(["BADGE NO.", "REG. ID"]),
        "badge": f"{r.randrange(100000, 999999)}",
        "l_credit": d.pick(["CREDIT", "CECS", "CE CREDIT"]),
        "hours": hours,
        "qr_no": f"{r.randrange(10**9, 10**10)}",
        "order": f"#{d.pick(['ORD', 'TK', 'A'])}-{r.randrange(100000, 999999)}",
        "reg_phrase": d.pick(
            ["Show registration created", "Badge registered online", "Registered for the show"]
        ),
        "registered": registered,
        "printed_label": d.pick(["Ticket printed", "Printed at booth"]),
        "printed": printed,
        "fine2": d.pick(
            [
                "Keep this ticket as proof of your booth registration. Credit is posted to your "
                "certification record after the show.",
                "Present this ticket if your credit does not appear on your record within 30 days.",
            ]
        ),
    }
