"""Not a certificate: the guest folio a hotel prints at check-out during a
trade show, on narrow receipt paper in a typewriter face. The hotel's name
and address, "GUEST FOLIO", guest, company, room, arrival and departure,
the group rate code of the show, a confirmation and folio number, then the
dated lines of the stay (room, tax, parking, restaurant, a payment) with
charges and credits, the balance, the clerk and the loyalty number. It
names a person, an event, dates and many numbers; a hotel bill records no
continuing-education credit."""

SOURCE = (
    "tocdo13/member:log_edit/modules/Reservation_daibt_204710190918/layouts/header.php "
    "(GUEST'S FOLIO: hotel address, ref no., print time, guest's name, room no., company) and "
    "a6hijeet/invoice-automation-gsuite:templates/ROOM_TEMPLATE.md (check in, check out, "
    "rate per day, total payable)"
)
KIND = "other"
PAPER = "receipt"
CATEGORIES = (
    "other",
    "portrait",
    "table",
    "labelled",
    "mono",
    "address",
    "date-range",
    "distractor-date",
    "tiny-footer",
)

TEMPLATE = """<style>
.rc { position:absolute; inset:0; padding:16px 14px; font: 10px ${mono}; color:#161616; background:#fdfdfb; line-height:13px }
.c { text-align:center }
.hn { font: bold 15px ${face}; letter-spacing:1px; line-height:18px }
.rule { border-top:1px dashed #333; margin:6px 0 }
.dbl { border-top:3px double #333; margin:6px 0 }
.h2 { font-weight:bold; letter-spacing:3px; margin:2px 0 }
.kv { display:flex; justify-content:space-between; gap:6px } .kv b { font-weight:normal; text-align:right }
table { width:100%; border-collapse:collapse; font-size:9.5px }
th { text-align:left; font-weight:bold; border-bottom:1px solid #333; padding:1px 0 }
td { padding:1px 0; vertical-align:top } td.a, th.a { text-align:right; white-space:nowrap }
.tot { font-weight:bold }
.ft { font-size:8.5px; color:#333; line-height:11px }
</style>
<div class="rc">
 <div class="c hn">${hotel}</div>
 <div class="c">${street}</div>
 <div class="c">${town}</div>
 <div class="c">${phone}</div>
 <div class="dbl"></div>
 <div class="c h2">GUEST FOLIO</div>
 <div class="rule"></div>
 <div class="kv"><span>Guest</span><b>${guest}</b></div>
 <div class="kv"><span>Company</span><b>${company}</b></div>
 <div class="kv"><span>Room</span><b>${room} / ${room_type}</b></div>
 <div class="kv"><span>Arrival</span><b>${arrive}</b></div>
 <div class="kv"><span>Departure</span><b>${depart}</b></div>
 <div class="kv"><span>Rate code</span><b>${rate_code}</b></div>
 <div class="kv"><span>Conf. no.</span><b>${conf}</b></div>
 <div class="kv"><span>Folio no.</span><b>${folio}</b></div>
 <div class="rule"></div>
 <table><tr><th>Date</th><th>Description</th><th class="a">Amount</th></tr>${rows_html}</table>
 <div class="rule"></div>
 <div class="kv tot"><span>Total charges</span><b>${total}</b></div>
 <div class="kv"><span>${pay_label}</span><b>-${total}</b></div>
 <div class="kv tot"><span>BALANCE DUE</span><b>0.00</b></div>
 <div class="dbl"></div>
 <div class="kv"><span>Clerk</span><b>${clerk}</b></div>
 <div class="kv"><span>Rewards #</span><b>${rewards}</b></div>
 <div class="kv"><span>Printed</span><b>${printed}</b></div>
 <div class="rule"></div>
 <div class="c ft">${thanks}</div>
</div>
"""

HOTELS = [
    "HARBORVIEW GRAND HOTEL",
    "The Meridian Convention Hotel",
    "RIVERSIDE SUITES",
    "Canyon Ridge Resort & Spa",
    "LAKEFRONT MARRIOTT",
    "Hotel Pecos Downtown",
]


def fill(d):
    from datetime import timedelta

    from corpus import values as V
    from corpus.formats import fmt_date

    r = d.rng
    street, town = d.address()
    nights = r.randint(2, 3)
    arrive = d.completed - timedelta(days=r.randint(1, 3))
    rate = d.pick([169, 189, 209, 229, 249])
    tax_rate = d.pick([0.12, 0.135, 0.15])
    style = d.pick(["us_short", "us_numeric", "dd_mon_yyyy"])
    short = d.pick(["us_short", "dd_mon_yyyy"]) if style != "us_numeric" else "us_short"
    rows, total = [], 0.0
    for n in range(nights):
        day = fmt_date(arrive + timedelta(days=n), short)
        items = [("Room charge", rate), ("Occupancy tax", round(rate * tax_rate, 2))]
        if d.chance(0.5):
            items.append(("Self parking", d.pick([28, 32, 38])))
        if d.chance(0.4):
            items.append((d.pick(["Restaurant", "Lobby bar", "Room service"]), r.randint(14, 86)))
        for desc, amount in items:
            rows.append(f"<tr><td>{day}</td><td>{desc}</td><td class='a'>{amount:,.2f}</td></tr>")
            total += amount
    event = d.pick(V.EVENTS)
    code = "".join(w[0] for w in event.split() if w[0].isalpha()).upper()
    return {
        "face": d.fonts[d.pick(["serif", "sans", "display"])],
        "hotel": d.pick(HOTELS),
        "street": street,
        "town": town,
        "phone": d.phone(),
        "guest": d.person().upper() if d.chance(0.5) else d.person(),
        "company": d.pick(["RAPID DRY RESTORATION", "Apex Water & Fire", "—", "Self"]),
        "room": r.randrange(210, 1899),
        "room_type": d.pick(["KING", "2QN", "K NSMK", "DBL"]),
        "arrive": fmt_date(arrive, style),
        "depart": fmt_date(arrive + timedelta(days=nights), style),
        "rate_code": f"G-{code}{arrive.year % 100:02d}",
        "conf": f"{r.randrange(10**7, 10**8)}",
        "folio": f"{r.randrange(100000, 999999)}",
        "rows_html": "".join(rows),
        "total": f"{total:,.2f}",
        "pay_label": d.pick(["VISA XXXX", "MC XXXX", "AMEX XXXX"]) + str(r.randrange(1000, 9999)),
        "clerk": d.pick(["JMORALES", "kt", "FRONT3", "ADAVIS"]),
        "rewards": f"{r.randrange(10**8, 10**9)}",
        "printed": f"{fmt_date(arrive + timedelta(days=nights), 'us_short')} {r.randint(5, 11)}:{r.randrange(60):02d} AM",
        "thanks": d.pick(
            [
                "Thank you for staying with us. We hope to welcome you back for next year's show.",
                "Your group rate was provided through the show housing block. Thank you!",
            ]
        ),
    }
