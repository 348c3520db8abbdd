"""A hotel's banquet event order (BEO) for a training class held in one of
its meeting rooms, not a certificate: the hotel letterhead and BEO number,
boxed label/value cells (function dates, organisation, post-as reader-board
text, planner and on-site contact, billing, sales manager, expected and
guaranteed counts), a timetable of functions with rooms and rental, then
menu, room set-up, audio-visual, instructions and payment boxes, and
signature lines. It names a school, a class, people and dates; no one
completes anything on it."""

SOURCE = (
    "https://www.sweetstudy.com/files/beosample-pdf (BEO guidelines: function day/date, "
    "organization, post as, meeting planner, on-site contact, expected/guaranteed/set, "
    "time/function/room/room rental, menu, room set-up, audio visual, special instructions, "
    "payment) and https://www.hotelmule.com/wiki/banquet-event-order"
)
KIND = "other"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "other",
    "table",
    "labelled",
    "portrait",
    "distractor-person",
    "distractor-date",
    "date-range",
    "address",
)

TEMPLATE = """<style>
.w { position:absolute; inset:34px 40px; font: 11px ${sans}; color:#111 }
.hd { display:flex; justify-content:space-between; align-items:flex-end; border-bottom:3px solid ${dark}; padding-bottom:6px }
.ho { font: bold 19px ${display}; color:${dark} } .ho small { display:block; font: 10.5px ${sans}; color:#444; margin-top:2px }
.bt { text-align:right } .bt h1 { margin:0; font: bold 18px ${sans}; letter-spacing:2px }
.bt div { font-size:11px; margin-top:2px }
table { border-collapse:collapse; width:100% }
.f { margin-top:8px } .f td { border:1px solid #777; padding:3px 5px; vertical-align:top; line-height:14px }
.f .l { display:block; font-size:8.5px; color:#555; text-transform:uppercase; letter-spacing:0.4px }
.sec { margin-top:8px; border:1px solid #777 }
.sec h3 { margin:0; background:${dark}; color:#fff; font: bold 10px ${sans}; letter-spacing:1px; padding:3px 6px; text-transform:uppercase }
.sec .b { padding:4px 7px; line-height:15px }
.tt th { background:#e6e6e6; font-size:9.5px; text-align:left; padding:3px 5px; border:1px solid #777; text-transform:uppercase }
.tt td { border:1px solid #777; padding:3px 5px }
.two { display:flex; gap:8px } .two .sec { flex:1 }
.sg { display:flex; gap:30px; margin-top:22px } .sg div { flex:1; border-top:1px solid #333; padding-top:3px; font-size:10px }
.ft { position:absolute; left:0; right:0; bottom:0; font-size:8.5px; color:#666; text-align:center }
</style>
<div class="w">
 <div class="hd"><div class="ho">${hotel}<small>${h_street} · ${h_town} · ${h_phone}</small></div>
  <div class="bt"><h1>BANQUET EVENT ORDER</h1><div>BEO # <b>${beo}</b> · Revised ${revised}</div></div></div>
 <table class="f">
  <tr><td colspan="2"><span class="l">Function day/date</span>${function_dates}</td>
      <td><span class="l">Account #</span>${account}</td></tr>
  <tr><td colspan="2"><span class="l">Organization</span>${school}</td>
      <td><span class="l">Post as</span>${post_as}</td></tr>
  <tr><td><span class="l">Meeting planner</span>${planner}</td><td><span class="l">On-site contact</span>${onsite}</td>
      <td><span class="l">Telephone</span>${phone}</td></tr>
  <tr><td colspan="2"><span class="l">Billing address</span>${b_street}, ${b_town}</td>
      <td><span class="l">Email</span>${email}</td></tr>
  <tr><td><span class="l">Sales manager / CSM</span>${sales}</td><td><span class="l">Catering manager</span>${catering}</td>
      <td><span class="l">Expected / Guaranteed / Set</span>${expected} / ${guarantee} / ${set}</td></tr>
 </table>
 <table class="tt" style="margin-top:8px">
  <tr><th>Date</th><th>Time</th><th>Function</th><th>Room</th><th>Room rental</th></tr>
  ${rows_html}
 </table>
 <div class="two">
  <div class="sec"><h3>Menu</h3><div class="b">${menu_html}</div></div>
  <div class="sec"><h3>Room set-up</h3><div class="b">${setup_html}</div></div>
 </div>
 <div class="two">
  <div class="sec"><h3>Audio visual</h3><div class="b">${av_html}</div></div>
  <div class="sec"><h3>Beverage</h3><div class="b">${beverage}</div></div>
 </div>
 <div class="sec"><h3>Special instructions</h3><div class="b">${instructions}</div></div>
 <div class="sec"><h3>Payment</h3><div class="b">${payment}</div></div>
 <div class="sg"><div>Client signature / date</div><div>${catering}, Catering Manager</div></div>
 <div class="ft">${footer}</div>
</div>
"""

HOTELS = [
    "Riverside Grand Hotel & Conference Center",
    "Harborview Suites",
    "Summit Ridge Inn & Meeting Center",
    "Prairie Crossing Hotel",
    "Lakepoint Marriott",
    "Mesa Verde Conference Hotel",
]
ROOMS = [
    "Cedar Room",
    "Salon B",
    "Magnolia Ballroom",
    "Boardroom 2",
    "Pinecrest A/B",
    "Lakeview Room",
]


def fill(d):
    import html
    from datetime import timedelta

    from corpus import values as V
    from corpus.formats import fmt_date, fmt_range

    r = d.rng
    school, short = d.pick(V.SCHOOLS)
    course, code = d.pick(V.IICRC_COURSES)
    days = d.pick([1, 2, 3])
    start = d.completed + timedelta(days=r.randrange(20, 90))
    end = start + timedelta(days=days - 1)
    dates = fmt_range(start, end, r) if days > 1 else fmt_date(start, "weekday")
    room = d.pick(ROOMS)
    rent = d.pick(["$350.00 per day", "Waived with F&B minimum", "$500.00 per day", "$275.00"])
    rows = []
    for i in range(days):
        day = fmt_date(start + timedelta(days=i), "short_month")
        rows.append(
            f"<tr><td>{day}</td><td>7:30 AM – 8:00 AM</td><td>Continental breakfast</td>"
            f"<td>{room} foyer</td><td>–</td></tr>"
        )
        rows.append(
            f"<tr><td>{day}</td><td>8:00 AM – 5:00 PM</td><td>Meeting – {html.escape(code)} class</td>"
            f"<td>{room}</td><td>{rent}</td></tr>"
        )
        rows.append(
            f"<tr><td>{day}</td><td>12:00 PM – 12:45 PM</td><td>{d.pick(['Plated lunch', 'Deli buffet lunch', 'Boxed lunch'])}</td>"
            f"<td>{room}</td><td>–</td></tr>"
        )
    expected = d.pick([12, 16, 18, 20, 24, 30])
    guarantee = expected - r.randrange(0, 4)
    slug = "".join(w[0] for w in (short or school).replace("&", "").split()).lower()
    h_street, h_town = d.address()
    b_street, b_town = d.address()
    menu = [
        "Assorted breakfast pastries, seasonal fruit, yogurt",
        "Regular and decaffeinated coffee, hot tea, juices",
        d.pick(
            [
                "Lunch: grilled chicken, garden salad, rolls, cookies",
                "Lunch: deli sandwiches, chips, pasta salad, brownies",
            ]
        ),
        "PM break: refresh coffee, soft drinks, bottled water",
        f"${d.pick(['32', '38', '41', '45'])}.00 per person per day ++",
    ]
    setup = [
        f"Classroom style for {guarantee}, 2 per 6' table",
        "Instructor table and lectern at front, power strips to each row",
        "Head table for 2, registration table at entrance",
        "Standard house linen",
    ]
    av = [
        "LCD projector and 8' screen – $195.00/day",
        "Wired podium microphone – $65.00/day",
        "Flip chart with markers – $35.00/day",
        "Complimentary Wi-Fi (meeting code on reader board)",
    ]
    return {
        "hotel": d.pick(HOTELS),
        "h_street": h_street,
        "h_town": h_town,
        "h_phone": d.phone(),
        "beo": str(r.randrange(1000, 99999)),
        "revised": d.other_date("print", "us_numeric"),
        "function_dates": dates,
        "account": d.number("ACCT-"),
        "school": school,
        "post_as": f"{course} – {short or school}",
        "planner": d.person(),
        "onsite": d.person() + d.pick([" (Instructor)", " (Lead Instructor)", ""]),
        "phone": d.phone(),
        "b_street": b_street,
        "b_town": b_town,
        "email": f"events@{slug}.com",
        "sales": d.person(),
        "catering": d.person(),
        "expected": expected,
        "guarantee": guarantee,
        "set": guarantee + 2,
        "rows_html": "\n".join(rows),
        "menu_html": "<br>".join(html.escape(m) for m in menu),
        "setup_html": "<br>".join(html.escape(s) for s in setup),
        "av_html": "<br>".join(html.escape(a) for a in av),
        "beverage": d.pick(
            [
                "None requested.",
                "Soft drinks on consumption at $3.50 each.",
                "Iced tea and lemonade at lunch.",
            ]
        ),
        "instructions": d.pick(
            [
                "Class materials will be shipped to the hotel; hold at the front desk under the "
                "organization's name. Doors to remain unlocked from 7:00 AM. Exam on the last day: "
                "no room resets during the afternoon.",
                "Post on reader board exactly as above. Group will store drying equipment in the room "
                "overnight; security to lock room at 5:30 PM. Please keep the back table clear for "
                "demonstrations.",
            ]
        ),
        "payment": d.pick(
            [
                "Master account. Deposit of $500.00 received. Balance due at end of function.",
                "Direct bill approved. Tax-exempt certificate on file.",
                "Credit card on file; charge at end of function.",
            ]
        )
        + " Guarantee due 72 hours prior; charges are based on guarantee or actual, whichever is greater.",
        "footer": "All food and beverage subject to 22% service charge and applicable sales tax. "
        "Please sign and return by the guarantee date.",
    }
