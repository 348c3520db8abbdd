"""A hotel's reservation confirmation for a room booked in a trade show's
group block, printed from e-mail: the hotel name at the top, a greeting to
the guest, a confirmation number, check-in and check-out, room type, nightly
group rate and the cutoff, then the show's name and a cancellation policy.
It names a person, an event and dates; it is no record of education."""

SOURCE = (
    "tastyigniter/ti-ext-reservation:views/mail/reservation.php (greeting and confirmation "
    "sentence) and kaloiangecov/HAS:Has/src/main/resources/templates/register.ftl (guest, "
    "dates and inclusions table)"
)
KIND = "other"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = ("other", "labelled", "portrait", "date-range", "distractor-person")

TEMPLATE = """<style>
.w { position:absolute; inset:40px 70px; font: 14px ${sans}; color:#333 }
.ph { font-size:10px; color:#777; border-bottom:1px solid #ccc; padding-bottom:6px; margin-bottom:16px }
.ph b { color:#222 }
.hn { text-align:center; font: 30px ${display}; color:${dark}; letter-spacing:1px }
.ha { text-align:center; font-size:11px; color:#666; margin:2px 0 14px }
.bar { height:5px; background:${accent}; margin-bottom:18px }
h3 { font: bold 18px ${sans}; margin:0 0 8px; color:#222 }
p.l { line-height:20px; margin:0 0 12px }
.box { background:#f4efef; padding:12px 16px; margin:12px 0 }
table { width:100%; border-collapse:collapse } td { padding:5px 4px; border-bottom:1px solid #e3dcdc; font-size:13px }
td.k { width:40%; color:${dark}; font-weight:bold }
.pol { font-size:11px; line-height:15px; color:#555; margin-top:12px }
.ft { position:absolute; bottom:0; left:0; right:0; text-align:center; font-size:10px; color:#888 }
</style>
<div class="w">
 <div class="ph"><b>From:</b> ${hotel} Reservations &lt;reservations@${mail}&gt;<br><b>Subject:</b> Reservation confirmation ${conf}<br><b>Sent:</b> ${sent}</div>
 <div class="hn">${hotel}</div><div class="ha">${street} · ${town} · ${phone}</div>
 <div class="bar"></div>
 <h3>Thank you for your reservation!</h3>
 <p class="l">Dear ${guest},</p>
 <p class="l">${opening}</p>
 <div class="box"><table>
  <tr><td class="k">Confirmation number</td><td>${conf}</td></tr>
  <tr><td class="k">Guest name</td><td>${guest}</td></tr>
  <tr><td class="k">Arrival / departure</td><td>${stay}</td></tr>
  <tr><td class="k">Room</td><td>${room}, ${guests} guest(s)</td></tr>
  <tr><td class="k">Group</td><td>${event} attendee block</td></tr>
  <tr><td class="k">Group rate</td><td>${rate} per night plus tax</td></tr>
  <tr><td class="k">Guaranteed by</td><td>${card}</td></tr>
 </table></div>
 <p class="l">Check-in begins at ${checkin}; check-out is at ${checkout}. ${shuttle}</p>
 <div class="pol"><b>Cancellation policy:</b> ${policy}</div>
 <div class="pol">Show registration, badges and class seats are handled by the show organizer, not by the hotel. Please contact the organizer about conference questions.</div>
 <div class="ft">© ${year} ${hotel}. All rights reserved.</div>
</div>
"""

HOTELS = [
    ("Grand Riverside Hotel", "grandriverside.com"),
    ("Lakeshore Convention Hotel", "lakeshorehotel.com"),
    ("The Meridian at Center Plaza", "meridiancenterplaza.com"),
    ("Harborview Suites", "harborviewsuites.com"),
    ("Desert Palms Resort & Conference Center", "desertpalmsresort.com"),
]


def fill(d):
    from datetime import timedelta

    from corpus import values as V
    from corpus.formats import fmt_date, fmt_range

    hotel, mail = d.pick(HOTELS)
    street, town = d.address()
    arrive = d.completed + timedelta(days=d.rng.randrange(-2, 30))
    nights = d.pick([2, 3, 3, 4])
    stay = fmt_range(arrive, arrive + timedelta(days=nights), d.rng)
    event = f"{d.pick(V.EVENTS)} {arrive.year}"
    return {
        "hotel": hotel,
        "mail": mail,
        "conf": f"{d.pick(['HX', 'RZ', 'GB'])}{d.rng.randrange(1000000, 9999999)}",
        "sent": fmt_date(arrive - timedelta(days=d.rng.randrange(20, 70)), "weekday"),
        "street": street,
        "town": town,
        "phone": d.phone(),
        "guest": d.person(),
        "opening": d.pick(
            [
                f"We are pleased to confirm your stay for {nights} nights as part of the "
                f"{event} room block. We look forward to welcoming you.",
                f"Your reservation has been booked. Your room is held at the group rate "
                f"negotiated for {event}.",
            ]
        ),
        "stay": stay,
        "room": d.pick(["One King, non-smoking", "Two Queens", "King Studio Suite"]),
        "guests": d.pick([1, 1, 2]),
        "event": event,
        "rate": d.pick(["$149.00", "$169.00", "$189.00", "$209.00"]),
        "card": f"{d.pick(['Visa', 'Mastercard', 'AMEX'])} ending {d.rng.randrange(1000, 9999)}",
        "checkin": d.pick(["3:00 PM", "4:00 PM"]),
        "checkout": d.pick(["11:00 AM", "12:00 PM"]),
        "shuttle": d.pick(
            [
                "A complimentary shuttle runs to the convention center every 20 minutes.",
                "Self-parking is available at a discounted group rate.",
                "",
            ]
        ),
        "policy": d.pick(
            [
                "Cancel at least 72 hours before arrival to avoid a charge of one night's room "
                "and tax. Group rate is available until the block cutoff date.",
                "Reservations cancelled within 48 hours of arrival, and no-shows, forfeit the "
                "first night. Early departures may be charged a fee.",
            ]
        ),
        "year": arrive.year,
    }
