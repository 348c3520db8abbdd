"""Not a certificate: a parking ticket from the convention centre's garage,
printed on receipt paper at the exit pay station during a trade show. The
garage's name and address, a big EVENT PARKING line naming the show, entry
and exit dates and times, the time parked in hours and minutes, the event
rate, an exhibitor validation with its booth number, the amount paid and
the card's last digits, the plate, the cashier's name, a ticket number and
a barcode. Names, dates, an organisation and a length of time, but no
continuing-education credit for anyone."""

SOURCE = (
    "pschamroeun2003/studentregister:resources/views/parkingticket.blade.php (parking receipt: "
    "big time, space, paid, barcode, thanks line) and ridhoduta/e-parkir:app/Views/petugas/"
    "parkir/tiket_pdf.php (monospaced info rows between dashed rules)"
)
KIND = "other"
PAPER = "receipt"
CATEGORIES = (
    "other",
    "slip",
    "portrait",
    "mono",
    "labelled",
    "barcode",
    "distractor-person",
    "distractor-date",
    "distractor-org",
)

TEMPLATE = """<style>
.r { position:absolute; inset:16px 14px; font: 11.5px ${mono}; color:#151515; line-height:15.5px }
.c { text-align:center }
.g { font: bold 14px ${sans}; line-height:17px }
.dl { border-bottom:1px dashed #222; margin:7px 0 }
.ev { font: bold 18px ${sans}; letter-spacing:1px; margin-top:3px }
.sh { font: bold 12px ${sans}; line-height:15px }
.row { display:flex; justify-content:space-between; gap:6px }
.row span:last-child { text-align:right }
.big { font: bold 24px ${sans}; margin:6px 0 2px }
.bc { height:46px; margin:10px 8px 2px; background:repeating-linear-gradient(90deg,#000 0 2px,#fff 2px 3px,#000 3px 4px,#fff 4px 7px,#000 7px 10px,#fff 10px 11px) }
.sm { font-size:10px; line-height:13px }
</style>
<div class="r">
 <div class="c"><div class="g">${garage}</div>${street}<br>${town}</div>
 <div class="dl"></div>
 <div class="c"><div class="ev">EVENT PARKING</div><div class="sh">${show}</div></div>
 <div class="dl"></div>
 <div class="row"><span>ENTRY</span><span>${in_date} ${in_time}</span></div>
 <div class="row"><span>EXIT</span><span>${out_date} ${out_time}</span></div>
 <div class="row"><span>PARKED</span><span>${parked}</span></div>
 <div class="row"><span>RATE</span><span>${rate}</span></div>
 <div class="row"><span>VALIDATED</span><span>${validated}</span></div>
 <div class="c big">${paid}</div>
 <div class="row"><span>PAID</span><span>${card}</span></div>
 <div class="row"><span>PLATE</span><span>${plate}</span></div>
 <div class="row"><span>LEVEL</span><span>${level}</span></div>
 <div class="row"><span>CASHIER</span><span>${cashier}</span></div>
 <div class="dl"></div>
 <div class="c">TICKET ${ticket}</div>
 <div class="bc"></div>
 <div class="c sm">${fine}</div>
</div>
"""


def fill(d):
    from datetime import timedelta

    from corpus import values as V
    from corpus.formats import fmt_date

    r = d.rng
    street, town = d.address()
    day = d.completed + timedelta(days=r.randint(-2, 2))
    in_min = r.randrange(7 * 60, 10 * 60)
    stay = r.randrange(3 * 60, 10 * 60)
    out_min = in_min + stay
    overnight = d.chance(0.2)
    out_day = day + timedelta(days=1) if overnight else day
    if overnight:
        stay += 24 * 60
    style = d.pick(["us_numeric", "us_short", "iso"])
    venue = d.venue().split(",")[0]
    return {
        "garage": f"{venue} {d.pick(['Garage', 'Parking', 'Lot C'])}",
        "street": street,
        "town": town,
        "show": f"{d.pick(V.EVENTS)} {day.year}",
        "in_date": fmt_date(day, style),
        "in_time": f"{in_min // 60:02d}:{in_min % 60:02d}",
        "out_date": fmt_date(out_day, style),
        "out_time": f"{(out_min // 60) % 24:02d}:{out_min % 60:02d}",
        "parked": f"{stay // 60}h {stay % 60:02d}m",
        "rate": d.pick(["EVENT FLAT", "DAILY MAX", "EXHIBITOR"]),
        "validated": d.pick(["NONE", f"BOOTH {r.randrange(100, 2999)}", "EXHIBITOR PASS"]),
        "paid": d.pick(["$25.00", "$30.00", "$18.00", "$0.00"]),
        "card": f"VISA **{r.randrange(1000, 9999)}",
        "plate": f"{d.pick(['WA', 'TX', 'NV', 'FL', 'OH'])} {''.join(r.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(3))}{r.randrange(1000, 9999)}",
        "level": d.pick(["P2", "P3 Blue", "Roof", "B1"]),
        "cashier": d.person(),
        "ticket": f"{r.randrange(10**7, 10**8)}",
        "fine": d.pick(
            [
                "Lost ticket: daily maximum applies. Not responsible for theft or damage.",
                "Thank you. In-and-out privileges not included with event rate.",
            ]
        ),
    }
