"""Not a certificate: the folded paper sleeve a hotel hands over with its
key cards during a trade show. A dark top band with the hotel's name in a
display face, a welcome line, then ruled label lines where the desk clerk
wrote the guest's name, the room number, arrival and departure, the nights
and the number of keys by hand; the show's room block and rate code are
printed; the desk agent's name, wifi and checkout time in fine print at
the foot. People, an organisation and dates, but no credit of any kind."""

SOURCE = (
    "boogie/electricks-docs:content/docs/docs/teleport/hotel-card-black-reveal.md (hotel key "
    "card: hotel name, room number) and hardeex/ebnb-hotel-management-saas:backend/resources/"
    "views/mail/checkin-record-to-hotel.blade.php (guest, check-in and check-out dates, room "
    "type); printed key-card sleeves of convention hotels"
)
KIND = "other"
PAPER = "card-portrait"
CATEGORIES = (
    "other",
    "portrait",
    "dark-band",
    "labelled",
    "handwriting",
    "distractor-person",
    "distractor-date",
    "distractor-org",
)

TEMPLATE = """<style>
.c { position:absolute; inset:0; background:#fff; font-family:${sans}; color:#222 }
.tp { background:${dark}; color:#fff; text-align:center; padding:12px 8px 9px }
.tp b { display:block; font: ${h_px}px ${display}; line-height:18px; letter-spacing:.5px }
.tp span { display:block; font: 6.5px ${sans}; letter-spacing:2.5px; margin-top:4px; text-transform:uppercase; opacity:.85 }
.wl { text-align:center; font: italic 9px ${serif}; color:#555; margin:6px 0 2px }
.ln { margin:0 10px; border-bottom:0.8px solid #999; display:flex; align-items:flex-end; height:21px }
.ln label { flex:none; width:44px; font: 6px ${sans}; color:#666; text-transform:uppercase; letter-spacing:.5px; padding-bottom:2px }
.ln div { font: ${w_px}px ${hand}; color:${ink}; line-height:16px; white-space:nowrap }
.two { display:flex } .two .ln { flex:1 }
.gp { margin:6px 10px 0; font: 7px ${sans}; color:#333; line-height:9.5px; background:${light}; padding:3px 5px }
.nb { margin:10px 12px 0; font: 7.5px ${sans}; color:#444; line-height:10.5px; text-align:center }
.ft { position:absolute; left:10px; right:10px; bottom:6px; font: 5.8px ${sans}; color:#666; line-height:8px; text-align:center }
</style>
<div class="c">
 <div class="tp"><b>${hotel}</b><span>${tag}</span></div>
 <div class="wl">${welcome}</div>
 <div class="ln"><label>Guest</label><div>${guest}</div></div>
 <div class="two"><div class="ln"><label>Room</label><div>${room}</div></div><div class="ln"><label style="width:26px">Keys</label><div>${keys}</div></div></div>
 <div class="ln"><label>Arrival</label><div>${arrive}</div></div>
 <div class="ln"><label>Departure</label><div>${depart}</div></div>
 <div class="gp">${group_label} ${group}<br>Rate ${rate} &middot; ${nights} nights</div>
 <div class="nb">${note}</div>
 <div class="ft">${street}, ${town}<br>${agent_label} ${agent}<br>Wi-Fi ${wifi} &middot; Checkout ${checkout}</div>
</div>
"""


def fill(d):
    from datetime import timedelta

    from corpus import values as V
    from corpus.formats import fmt_date

    r = d.rng
    nights = r.randint(2, 4)
    arrive = d.completed - timedelta(days=r.randint(1, 2))
    depart = arrive + timedelta(days=nights)
    style = d.pick(["us_short", "us_numeric", "short_month"])
    hotel = d.pick(
        [
            "The Riverside Grand",
            "Harborview Marriott",
            "Convention Center Hilton",
            "Hyatt Regency",
            "The Westmark Hotel",
        ]
    )
    guest = d.person()
    street, town = d.address()
    return {
        "hotel": hotel,
        "h_px": 17 if len(hotel) < 20 else 14,
        "tag": d.pick(["Hotel & Conference Center", "Downtown", "Convention District"]),
        "welcome": d.pick(["Welcome \u2014 your keys", "We're glad you're here", "Your room keys"]),
        "guest": guest,
        "w_px": 15 if len(guest) < 18 else 12.5,
        "ink": d.pick(["#1b2f7a", "#222", "#11355e"]),
        "room": r.randrange(201, 2899),
        "keys": r.randint(1, 2),
        "arrive": fmt_date(arrive, style),
        "depart": fmt_date(depart, style),
        "group_label": d.pick(["Group:", "Block:"]),
        "group": f"{d.pick(V.EVENTS)} {depart.year}",
        "rate": d.pick(["GRP", "CONV", "EXPO"]) + str(r.randrange(10, 99)),
        "nights": nights,
        "agent_label": d.pick(["Checked in by", "Your agent:"]),
        "agent": d.person().split()[0],
        "wifi": d.pick(["GuestNet / code on TV", "Hotel_Guest", "HH-Guest"]),
        "street": street,
        "town": town,
        "note": d.pick(
            [
                "Keep keys away from phones and magnets. Breakfast 6:30–10:00 AM in the lobby café.",
                "For your safety, the desk will not say your room number aloud. Parking validation at the front desk.",
                "Show shuttle departs the main entrance every 20 minutes from 7:00 AM.",
            ]
        ),
        "checkout": d.pick(["11:00 AM", "noon", "11 a.m."]),
    }
