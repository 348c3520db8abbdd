"""A hotel's guest folio printed at check-out by a technician who stayed for
a trade show, not a certificate: the hotel's mark, name and contacts
centred over "GUEST FOLIO"; a reference and print line; a two-column block
of the guest's name, room, company, arrival and departure, nights, rate and
the show's group block; a table of nightly charges, taxes, meals, parking
and the card payment with running columns for charges and credits; the
balance; and the guest signature line with the cashier's name. It names a
person, a show and dates, and records no one's course or session."""

SOURCE = (
    "tocdo13/member:log_edit/modules/Reservation_daibt_204710190918/layouts/header.php (guest's "
    "folio: hotel logo and contacts, reference number, printed-by and print time, guest name, "
    "room number, company)"
)
KIND = "other"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "other",
    "table",
    "labelled",
    "portrait",
    "date-range",
    "distractor-person",
    "address",
)

TEMPLATE = """<style>
.w { position:absolute; left:58px; right:58px; top:46px; bottom:50px; font: 12px ${sans}; color:#1e1e1e }
.top { text-align:center } .mk { display:inline-block; font: bold 30px ${display}; color:${dark}; letter-spacing:4px;
  border-top:2px solid ${accent}; border-bottom:2px solid ${accent}; padding:2px 14px }
.hn { font: 15px ${serif}; margin-top:6px; letter-spacing:1px } .hc { font-size:10.5px; color:#555; line-height:15px }
h1 { font: bold 19px ${sans}; letter-spacing:5px; margin:16px 0 10px; text-align:center }
.ref { display:flex; justify-content:space-between; font-size:10.5px; color:#444; border-bottom:1px solid #999; padding-bottom:5px }
.gi { display:grid; grid-template-columns:104px 1fr 104px 1fr; gap:4px 10px; margin:12px 0 14px }
.gi .l { color:#555 } .gi .v { font-weight:bold }
table { width:100%; border-collapse:collapse; font-size:11.5px }
th { text-align:left; border-top:1.5px solid #222; border-bottom:1.5px solid #222; padding:5px 4px; font-size:10.5px; text-transform:uppercase }
td { padding:4px 4px; border-bottom:1px dotted #bbb } .n { text-align:right; white-space:nowrap }
.tot { margin:10px 0 0 auto; width:300px; border-collapse:collapse } .tot td { border:none; padding:3px 4px }
.tot tr.b td { border-top:1.5px solid #222; font-weight:bold; font-size:13px }
.agree { margin-top:18px; font-size:9.5px; color:#444; line-height:13px }
.sg { margin-top:26px; display:flex; justify-content:space-between; font-size:11px }
.sg div { width:270px; border-top:1px solid #333; padding-top:3px }
.ft { position:absolute; left:0; right:0; bottom:0; text-align:center; font-size:10px; color:#666 }
</style>
<div class="w">
 <div class="top"><div class="mk">${mark}</div><div class="hn">${hotel}</div><div class="hc">${h_street} · ${h_town}<br>Tel ${h_phone} · ${h_web}</div></div>
 <h1>GUEST FOLIO</h1>
 <div class="ref"><span>Folio No. ${folio}</span><span>Confirmation ${conf}</span><span>Printed by ${clerk_id} · ${printed}</span></div>
 <div class="gi">
  <div class="l">Guest name</div><div class="v">${guest}</div><div class="l">Room No.</div><div class="v">${room}</div>
  <div class="l">Company</div><div class="v">${company}</div><div class="l">Room type</div><div class="v">${room_type}</div>
  <div class="l">Arrival</div><div class="v">${arrive}</div><div class="l">Departure</div><div class="v">${depart}</div>
  <div class="l">Nights</div><div class="v">${nights}</div><div class="l">Rate</div><div class="v">${rate}</div>
  <div class="l">Group</div><div class="v" style="grid-column: span 3">${group}</div>
 </div>
 <table><tr><th>Date</th><th>Description</th><th>Reference</th><th class="n">Charges</th><th class="n">Credits</th></tr>
  ${rows_html}</table>
 <table class="tot"><tr><td>Total charges</td><td class="n">${total}</td></tr><tr><td>Total credits</td><td class="n">${credits}</td></tr>
  <tr class="b"><td>Balance due</td><td class="n">${balance}</td></tr></table>
 <div class="agree">${agree}</div>
 <div class="sg"><div>Guest signature</div><div>${cashier_label}: ${cashier}</div></div>
 <div class="ft">${thanks}</div>
</div>
"""

HOTELS = [
    ("Riverside Grand Hotel", "RGH"),
    ("Harborview Suites", "HS"),
    ("The Convention Plaza", "TCP"),
    ("Lakeside Conference Hotel", "LCH"),
    ("Canyon Ridge Resort", "CRR"),
]
COMPANIES = [
    "Rapid Dry Restoration, LLC",
    "Apex Water & Fire Services",
    "Hometown Carpet Care Inc.",
    "Prime Mitigation Group",
    "Cornerstone Disaster Recovery",
]


def fill(d):
    from datetime import timedelta

    from corpus import values as V
    from corpus.formats import fmt_date

    r = d.rng
    style = d.pick(["us_numeric", "short_month", "dd_mon_yyyy"])
    arrive = d.completed - timedelta(days=d.pick([1, 2, 2, 3]))
    nights = (d.completed - arrive).days + d.pick([0, 1])
    depart = arrive + timedelta(days=nights)
    rate = d.pick([149, 169, 189, 209, 229, 249])
    tax_rate = d.pick([0.12, 0.135, 0.1475, 0.16])
    rows, charges = [], 0.0
    for i in range(nights):
        day = fmt_date(arrive + timedelta(days=i), style)
        tax = round(rate * tax_rate, 2)
        rows.append((day, "Room charge – group rate", f"RM{r.randrange(1000, 9999)}", rate, None))
        rows.append((day, "Occupancy tax", "", tax, None))
        charges += rate + tax
        if d.chance(0.6):
            meal = round(r.uniform(14, 68), 2)
            rows.append(
                (
                    day,
                    d.pick(["Restaurant", "Lobby bar", "In-room dining"]),
                    f"CHK {r.randrange(100, 999)}",
                    meal,
                    None,
                )
            )
            charges += meal
        if d.chance(0.5):
            rows.append((day, "Self parking", "", 32.0, None))
            charges += 32.0
    charges = round(charges, 2)
    rows.append(
        (
            fmt_date(depart, style),
            f"Payment – Visa ****{r.randrange(1000, 9999)}",
            "",
            None,
            charges,
        )
    )
    html_rows = "\n".join(
        f"<tr><td>{a}</td><td>{b}</td><td>{c}</td>"
        f'<td class="n">{"" if ch is None else f"{ch:,.2f}"}</td>'
        f'<td class="n">{"" if cr is None else f"{cr:,.2f}"}</td></tr>'
        for a, b, c, ch, cr in rows
    )
    hotel, mark = d.pick(HOTELS)
    street, town = d.address()
    event = d.pick(V.EVENTS)
    return {
        "mark": mark,
        "hotel": hotel,
        "h_street": street,
        "h_town": town,
        "h_phone": d.phone(),
        "h_web": "www." + hotel.lower().replace(" ", "").replace("the", "")[:16] + ".com",
        "folio": str(r.randrange(100000, 999999)),
        "conf": f"{r.randrange(10000000, 99999999)}",
        "clerk_id": d.pick(["FD12", "NA03", "JK07"]),
        "printed": d.other_date("issue", style) if d.chance(0.2) else fmt_date(depart, style),
        "guest": d.person() if d.chance(0.7) else d.person().upper(),
        "room": str(r.randrange(204, 1890)),
        "company": d.pick(COMPANIES),
        "room_type": d.pick(["King", "Double Queen", "King Suite"]),
        "arrive": fmt_date(arrive, style),
        "depart": fmt_date(depart, style),
        "nights": str(nights),
        "rate": f"{rate:,.2f}",
        "group": f"{event} {d.completed.year} – {d.pick(['Attendee Block', 'Exhibitor Block', 'Group Rate'])}",
        "rows_html": html_rows,
        "total": f"{charges:,.2f}",
        "credits": f"{charges:,.2f}",
        "balance": "0.00",
        "agree": "I agree that my liability for this bill is not waived and I agree to be held personally "
        "liable in the event that the indicated person, company or association fails to pay for any "
        "part or the full amount of these charges.",
        "cashier_label": d.pick(["Cashier", "Front desk agent"]),
        "cashier": d.person(),
        "thanks": d.pick(["Thank you for staying with us.", "We hope to welcome you back soon."]),
    }
