"""A printed e-ticket for the certification body's booth at a trade show, in
the layout of a ticketing system's ticket: a logo block on the left; on the
right a barcode, the slot name with "+++", the show name in capitals, the
confirmation code in red on the right, the slot's date and time, the rate
line with its price, a large barcode with its number under it; conditions in
small type at the bottom left and the venue with its address at the bottom
right. The show's own dates, the booth and hall numbers, the badge number
and the time the ticket was printed stand around the one date that counts."""

SOURCE = (
    "fadriquegf-developer/tincket-2.0:resources/views/brands/demo/inscription/ticket.blade.php "
    "(ticket layout); booth CEC wording from "
    "https://www.randrmagonline.com/articles/85420-iicrc-continuing-education"
)
KIND = "booth"
PAPER = "slip"
CATEGORIES = ("slip", "landscape", "provider-in-logo", "distractor-date", "address")

TEMPLATE = """<style>
.w { position:absolute; inset:20px 24px; font: 14px ${sans}; color:#222 }
.row { display:flex; gap:18px }
.logo { width:31%; height:120px; background:${dark}; color:#fff; border-radius:6px; display:flex; flex-direction:column; justify-content:center; align-items:center; text-align:center; padding:8px }
.logo b { font: bold 30px ${display}; letter-spacing:2px } .logo span { font-size:10.5px; margin-top:4px; line-height:13px }
.ev { flex:1 }
.bc1 { height:26px; width:70%; background:repeating-linear-gradient(90deg,#000 0 1px,#fff 1px 3px,#000 3px 5px,#fff 5px 6px,#000 6px 7px,#fff 7px 10px) }
.slot { font-weight:bold; margin-top:6px; font-size:13px }
h1 { font: bold 21px ${sans}; text-transform:uppercase; margin:3px 0 4px; line-height:25px }
.cc { float:right; color:#c00; font: 300 15px ${mono} }
.ev p { line-height:20px }
.bc2 { margin-top:8px; width:56%; } .bc2 div { height:42px; background:repeating-linear-gradient(90deg,#000 0 2px,#fff 2px 4px,#000 4px 7px,#fff 7px 8px,#000 8px 9px,#fff 9px 13px) }
.bc2 span { display:block; font: 10px ${mono}; letter-spacing:2px; text-align:center; margin-top:2px }
.bot { position:absolute; left:0; right:0; bottom:0; display:flex; justify-content:space-between; align-items:flex-end; font-size:9.5px; line-height:12px; border-top:1px dashed #999; padding-top:6px }
.bot .l { width:62% } .bot .r { width:35%; text-align:right }
</style>
<div class="w">
 <div class="row">
  <div class="logo"><b>${logo}</b><span>${show_range}</span></div>
  <div class="ev">
   <div class="bc1"></div>
   <p class="slot">${slot} +++</p>
   <h1>${event}</h1>
   <p class="cc">${confirmation}</p>
   <p>${date} ${time}</p>
   <p>${rate} - ${price}</p>
   <p>${credit_label} ${hours}</p>
   <p>${booth_label} ${booth} · ${hall}</p>
   <div class="bc2"><div></div><span>${barcode}</span></div>
  </div>
 </div>
 <div class="bot">
  <div class="l">${cond1}<br>${cond2}<br>Badge ${badge} · printed ${printed}</div>
  <div class="r"><b>${venue}</b><br>${street}<br>${town}</div>
 </div>
</div>
"""


def fill(d):
    from datetime import timedelta

    from corpus.formats import fmt_date, fmt_range

    r = d.rng
    before, after = d.pick([(0, 2), (1, 1), (2, 0), (1, 2)])
    show = fmt_range(d.completed - timedelta(days=before), d.completed + timedelta(days=after), r)
    street, town = d.address()
    logo = "".join(w[0] for w in (d.org_alt or d.org).split() if w[0].isalpha())[:4].upper()
    printed = d.completed - timedelta(days=r.randrange(3, 40))
    return {
        "logo": logo,
        "show_range": show,
        "slot": d.set_title(
            d.pick(["IICRC Booth Registration", "IICRC BOOTH REGISTRATION", "IICRC Booth Visit"]),
            ["IICRC Booth Registration"],
        ),
        "event": d.provider(),
        "confirmation": d.pick(["", "#"])
        + "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(8)),
        "date": d.date(d.pick(["dmy_numeric", "us_numeric", "us_numeric", "iso"])),
        "time": f"{r.randrange(9, 17):02d}:{d.pick(['00', '15', '30', '45'])}",
        "rate": d.pick(["Attendee - Booth CEC", "Technician (free)", "Show pass holder"]),
        "price": d.pick(["0.00 $", "$0.00", "$ 0.00"]),
        "credit_label": d.pick(["CEC credit:", "IICRC CECs:", "CEC hours:"]),
        "hours": d.hours_number(),
        "booth_label": d.pick(["Booth", "Booth #"]),
        "booth": f"{r.randrange(100, 2999)}",
        "hall": d.pick(["Hall A", "Hall B", "Hall C", "Exhibit Hall 2", "North Hall"]),
        "barcode": f"{r.randrange(10**11, 10**12)}",
        "cond1": "Present this ticket and your show badge at the booth; it is scanned once.",
        "cond2": d.pick(
            [
                "Keep the ticket as proof of the CEC credit earned at the booth.",
                "Credit is posted to your certification record after the show.",
            ]
        ),
        "badge": f"{r.randrange(100000, 999999)}",
        "printed": fmt_date(printed, d.pick(["us_numeric", "dmy_numeric", "iso"]))
        + f" {r.randrange(7, 23):02d}:{r.randrange(0, 60):02d}",
        "venue": d.venue(),
        "street": street,
        "town": town,
    }
