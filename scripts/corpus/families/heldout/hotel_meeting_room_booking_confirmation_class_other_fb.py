"""Not a certificate: a hotel's group-sales confirmation for the meeting
room a training school booked to hold a class, portrait. The hotel's name
in a band, "Meeting Room Confirmation" and a confirmation number; a
labelled block naming the school's contact person, the organisation, the
event name (the course title), the dates, the room, the set-up and the
daily hours the room is held; a table of room rental, audio-visual and
coffee-break charges with a total and a deposit; the cancellation terms
and a line for the contact to sign and return. It names a person, a
course, a school, dates and hour figures; no one's credit is in it."""

SOURCE = (
    "neokoenig/RoomBooking:views/email/bookingNotify.cfm (room booking confirmation: contact "
    "name, event title, start and end, location, contact details) and the banquet event orders "
    "hotels send with room set-up, times, charges and deposit"
)
KIND = "other"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "other",
    "portrait",
    "dark-band",
    "labelled",
    "table",
    "letter",
    "date-range",
    "distractor-person",
    "address",
)

TEMPLATE = """<style>
.band { position:absolute; left:0; right:0; top:0; height:78px; background:${dark}; color:#fff; padding:20px 48px; display:flex; justify-content:space-between; align-items:center }
.band b { font: ${bpx}px ${display}; letter-spacing:2px } .band span { font-size:10px; opacity:.85; text-align:right }
.w { position:absolute; inset:104px 48px 40px; font: 12px ${face}; color:#1c1c1c; line-height:1.4 }
h1 { margin:0 0 2px; font: bold 18px ${head}; color:${dark} }
.cn { font-size:11px; color:#444 }
.to { margin-top:14px } .to small, .kv small { display:block; font-size:8.5px; color:#666; text-transform:uppercase; letter-spacing:.5px }
.kv { display:grid; grid-template-columns:1fr 1fr; gap:8px 30px; margin:16px 0; border-top:1px solid #bbb; border-bottom:1px solid #bbb; padding:10px 0 }
table { width:100%; border-collapse:collapse; font-size:11.5px }
th { text-align:left; font-size:9px; text-transform:uppercase; letter-spacing:.4px; background:${light}; padding:5px 6px; border-bottom:1.5px solid #333 }
td { padding:5px 6px; border-bottom:1px solid #ddd } td.n, th.n { text-align:right; white-space:nowrap }
tr.t td { font-weight:bold; border-top:1.5px solid #333 }
.terms { margin-top:14px; font-size:10px; color:#333 }
.sg { display:flex; gap:30px; margin-top:40px } .sg div { flex:1; border-top:1px solid #333; font-size:9.5px; padding-top:3px; color:#444 }
.ft { position:absolute; left:0; right:0; bottom:0; font-size:7.5px; color:#777; text-align:center }
</style>
<div class="band"><b>${hotel}</b><span>${hotel_addr}<br>${hotel_phone}</span></div>
<div class="w">
 <h1>${doc_title}</h1>
 <div class="cn">${cn_label} ${cn} · ${issued_label} ${issued}</div>
 <div class="to"><small>Prepared for</small>${contact}<br>${org}<br>${street}<br>${town}</div>
 <div class="kv">
  <div><small>Event name</small>${event}</div>
  <div><small>Event dates</small>${span}</div>
  <div><small>Room</small>${room}</div>
  <div><small>Set-up</small>${setup}</div>
  <div><small>Room held</small>${held}</div>
  <div><small>Expected attendance</small>${pax}</div>
 </div>
 <table>
  <tr><th>Date</th><th>Description</th><th class="n">Qty</th><th class="n">Rate</th><th class="n">Amount</th></tr>
  ${rows_html}
 </table>
 <div class="terms">${terms}</div>
 <div class="sg"><div>${sign_l}</div><div>${sign_r}</div></div>
 <div class="ft">${footer}</div>
</div>
"""


def fill(d):
    import html
    from datetime import timedelta

    from corpus.formats import fmt_date, fmt_range

    e = html.escape
    r = d.rng
    style = d.pick(["long", "short_month", "us_numeric", "weekday"])
    ndays = d.pick([1, 1, 2, 3])
    start = d.completed - timedelta(days=ndays - 1)
    span = fmt_range(start, d.completed, r) if ndays > 1 else fmt_date(start, style)
    room_rate = d.pick([250, 350, 450, 600])
    av = d.pick([75, 95, 150])
    coffee = d.pick([8.5, 12, 14.5])
    pax = d.pick([12, 18, 24, 30, 40])
    rows, total = [], 0.0
    for i in range(ndays):
        day = fmt_date(start + timedelta(days=i), "us_short")
        for desc, qty, rate in [
            ("Meeting room rental (day)", 1, room_rate),
            ("Projector, screen & flipchart", 1, av),
            ("AM / PM coffee break, per person", pax, coffee),
        ]:
            amt = qty * rate
            total += amt
            rows.append(
                f"<tr><td>{e(day)}</td><td>{e(desc)}</td><td class='n'>{qty}</td><td class='n'>${rate:,.2f}</td><td class='n'>${amt:,.2f}</td></tr>"
            )
    deposit = round(total * 0.25, 2)
    rows.append(
        f"<tr class='t'><td></td><td>Estimated total (before tax & service)</td><td></td><td></td><td class='n'>${total:,.2f}</td></tr>"
    )
    rows.append(
        f"<tr><td></td><td>Deposit due</td><td></td><td></td><td class='n'>${deposit:,.2f}</td></tr>"
    )
    t0 = d.pick([7, 7.5, 8])
    t1 = t0 + d.pick([8, 9, 10])

    def clock(x):
        h, m = int(x), "30" if x % 1 else "00"
        return f"{h if h <= 12 else h - 12}:{m} {'AM' if h < 12 else 'PM'}"

    street, town = d.address()
    contact = d.person()
    return {
        "face": d.fonts[d.pick(["sans", "serif"])],
        "head": d.fonts[d.pick(["serif", "sans", "display"])],
        "display": d.fonts["display"],
        "bpx": d.pick(["20", "22", "24"]),
        "hotel": d.pick(
            [
                "THE HARBORVIEW HOTEL",
                "Parkside Inn & Conference Center",
                "Meridian Suites Airport",
                "Grand Prairie Hotel",
            ]
        ),
        "hotel_addr": f"{d.city()} · Group Sales",
        "hotel_phone": d.phone(),
        "doc_title": d.pick(
            [
                "Meeting Room Confirmation",
                "Group Sales — Event Confirmation",
                "Function Room Booking Confirmation",
            ]
        ),
        "cn_label": d.pick(["Confirmation", "Booking no.", "BEO"]),
        "cn": f"{r.randrange(100000, 999999)}",
        "issued_label": d.pick(["issued", "sent"]),
        "issued": d.other_date("registered", style),
        "contact": contact,
        "org": d.org,
        "street": street,
        "town": town,
        "event": d.pick([d.course, f"{d.course} (class)", f"{d.org} — {d.course}"]),
        "span": span,
        "room": d.pick(["Salon B", "Cedar Room", "Boardroom 2", "Magnolia Ballroom (half)"]),
        "setup": d.pick(["Classroom, 2 per 6-ft table", "U-shape", "Classroom with head table"]),
        "held": f"{clock(t0)} – {clock(t1)} daily ({t1 - t0:g} hrs)",
        "pax": f"{pax} guests",
        "rows_html": "".join(rows),
        "terms": d.pick(
            [
                "Cancellation within 30 days of the event forfeits the deposit. Final attendance is due 72 "
                "hours before the event; charges will be based on the guarantee or actual count, whichever is higher.",
                "Room is held for the times shown. Outside food and beverage are not permitted. Please sign and "
                "return this confirmation with the deposit to secure the space.",
            ]
        ),
        "sign_l": f"{contact}, {d.org}",
        "sign_r": f"{d.person()}, Sales Manager",
        "footer": d.pick(
            [
                "Thank you for choosing us for your meeting.",
                f"Page 1 of 1 · Conf. {r.randrange(1000, 9999)}",
            ]
        ),
    }
