"""Not a certificate: a ticket to a trade association's awards banquet held
on the evening of its convention, with a tear-off stub. A dark band with
the association's name in letter-spaced light capitals, "Awards Banquet"
(or "President's Dinner") large, the guest's name in a script face on a
"Reserved for" line, the day, the cocktail and dinner times and "Duration
approx. 2 h", the ballroom, the meal choice ticked, the price, and a stub
on the right with "Admit one", table, seat and ticket number. It names a
person, an organisation, a date and a length in hours; a dinner records no
continuing-education credit."""

SOURCE = (
    "MubeenAfzal979/book_ticket:resources/views/email_ticket.blade.php (ticket with a "
    "perforated stub: 'Admit', ticket no., and a body of titled sections: date, issued by, "
    "invite number)"
)
KIND = "other"
PAPER = "slip"
CATEGORIES = (
    "other",
    "slip",
    "landscape",
    "dark-band",
    "script-name",
    "letter-spaced",
    "labelled",
    "provider-in-logo",
    "distractor-person",
    "distractor-date",
)

TEMPLATE = """<style>
.tk { position:absolute; inset:14px; display:flex; border:2px solid ${ink}; border-radius:10px; overflow:hidden; background:${paper} }
.main { flex:1; position:relative; display:flex; flex-direction:column }
.band { background:${ink}; color:${paper}; padding:9px 18px 8px; display:flex; align-items:center; gap:12px }
.mk { width:34px; height:34px; border:2px solid ${gold}; border-radius:50%; color:${gold}; font: bold 12px ${display}; display:flex; align-items:center; justify-content:center; flex:none }
.band b { font: bold 11.5px ${sans}; letter-spacing:3px; text-transform:uppercase; display:block }
.band span { font: 10px ${sans}; letter-spacing:1.5px; opacity:.85 }
.body { padding:8px 20px 0; flex:1 }
h1 { margin:4px 0 0; font: bold 34px ${display}; color:${ink}; line-height:36px }
.sub { font: italic 14px ${serif}; color:#444; margin-top:1px }
.res { margin-top:10px; font: 11px ${sans}; color:#555; text-transform:uppercase; letter-spacing:1.2px }
.who { font: 30px ${script}; color:${ink}; line-height:34px; margin-top:6px; border-bottom:1px solid ${gold}; padding:0 4px 1px; display:inline-block; min-width:260px }
.grid { display:grid; grid-template-columns: 1.25fr 1fr 1fr; gap:4px 14px; margin-top:10px; font: 12px ${sans}; color:#222 }
.grid small { display:block; font-size:9px; color:#777; text-transform:uppercase; letter-spacing:1px }
.fine { margin-top:12px; font: 10px ${sans}; color:#666; line-height:13px; max-width:440px }
.meal { padding:6px 20px 10px; font: 11px ${sans}; color:#333; display:flex; gap:14px; align-items:center }
.meal i { display:inline-block; width:10px; height:10px; border:1px solid #333; margin-right:3px; vertical-align:-1px; font: bold 10px ${sans}; line-height:9px; text-align:center; font-style:normal }
.price { margin-left:auto; font: bold 15px ${sans}; color:${ink} }
.stub { width:150px; border-left:2px dashed ${ink}; background:${tint}; padding:14px 12px; display:flex; flex-direction:column; align-items:center; text-align:center; font-family:${sans}; color:#222 }
.stub .ad { font: bold 15px ${cond}; letter-spacing:3px; color:${ink} }
.stub .ev { font-size:9.5px; color:#555; margin-top:3px; line-height:12px }
.stub .big { display:flex; gap:12px; margin-top:12px }
.stub .big div { font: bold 24px ${cond}; color:${ink}; line-height:26px }
.stub .big small { display:block; font: 8.5px ${sans}; color:#666; letter-spacing:1px; text-transform:uppercase }
.stub .no { margin-top:auto; font: bold 13px ${mono}; color:#a11 }
.stub .nm { font-size:10px; margin-top:6px; color:#333 }
</style>
<div class="tk">
 <div class="main">
  <div class="band"><div class="mk">${initials}</div><div><b>${assoc}</b><span>${convention}</span></div></div>
  <div class="body">
   <h1>${heading}</h1>
   <div class="sub">${sub}</div>
   <div class="res">${res_label}</div>
   <div class="who">${guest}</div>
   <div class="grid">
    <div><small>Date</small>${day}</div>
    <div><small>${time_label}</small>${times}</div>
    <div><small>Duration</small>${duration}</div>
    <div><small>Location</small>${room}</div>
    <div><small>Dress</small>${dress}</div>
    <div><small>${host_label}</small>${host}</div>
   </div>
   <div class="fine">${fine}</div>
  </div>
  <div class="meal">Entrée: <span><i>${m1}</i>${meal1}</span><span><i>${m2}</i>${meal2}</span><span><i>${m3}</i>Vegetarian</span><span class="price">${price}</span></div>
 </div>
 <div class="stub">
  <div class="ad">ADMIT ONE</div>
  <div class="ev">${stub_event}</div>
  <div class="big"><div><small>Table</small>${table}</div><div><small>Seat</small>${seat}</div></div>
  <div class="nm">${guest_plain}</div>
  <div class="no">No. ${ticket}</div>
 </div>
</div>
"""


def fill(d):
    from datetime import timedelta

    from corpus import values as V
    from corpus.formats import fmt_date

    r = d.rng
    assoc = d.pick(V.ASSOCIATIONS)
    words = [w for w in assoc.replace("&", "").split() if w[0].isupper()]
    evening = d.completed - timedelta(days=r.randint(0, 2))
    guest = d.person()
    by_person = d.chance(0.6)
    start = d.pick([6, 6, 7])
    choice = r.randrange(3)
    return {
        "ink": d.pick(["#1f2a44", "#3b0d1a", "#0f3d2e", "#2b2b2b", "#1d3557"]),
        "paper": d.pick(["#fffdf7", "#ffffff", "#f8f5ec"]),
        "gold": d.pick(["#c9a227", "#b08d57", "#d4af37"]),
        "tint": d.pick(["#f1ead8", "#eef1f5", "#f3ece1"]),
        "initials": "".join(w[0] for w in words)[:4],
        "assoc": assoc,
        "convention": f"{d.pick(['Annual Convention', 'Spring Conference', 'Fall Meeting'])} · {d.city()}",
        "heading": d.pick(["Awards Banquet", "President's Dinner", "Annual Awards Gala"]),
        "sub": d.pick(
            [
                "and Installation of Officers",
                "Honoring the Restorer of the Year",
                "with the Hall of Fame Inductions",
            ]
        ),
        "res_label": d.pick(["Reserved for", "This ticket admits", "Guest"]),
        "guest": guest,
        "guest_plain": guest,
        "day": fmt_date(evening, d.pick(["weekday", "long", "short_month"])),
        "time_label": d.pick(["Reception · Dinner", "Cocktails / Dinner"]),
        "times": f"{start}:00 PM · {start + 1}:{d.pick(['00', '00', '30'])} PM",
        "duration": d.pick(["approx. 2 h", "2 hours", "2½ hrs", "about 3 h"]),
        "room": d.pick(["Grand Ballroom B", "Magnolia Ballroom", "Terrace Room", "Salon D–F"]),
        "dress": d.pick(["Business casual", "Cocktail attire", "Black tie optional"]),
        "host_label": d.pick(["Table host", "Guest of"]) if by_person else "Sponsored by",
        "host": d.person() if by_person else d.pick(V.MANUFACTURERS)[0],
        "fine": d.pick(
            [
                "Tickets are non-refundable. Please present this ticket at the ballroom door; "
                "seating opens 15 minutes before dinner.",
                "Proceeds benefit the association scholarship fund. Cash bar during the reception.",
                "Seating is assigned by table. Please advise the registration desk of dietary needs.",
            ]
        ),
        "m1": "X" if choice == 0 else "",
        "m2": "X" if choice == 1 else "",
        "m3": "X" if choice == 2 else "",
        "meal1": d.pick(["Filet of beef", "Braised short rib"]),
        "meal2": d.pick(["Herb chicken", "Grilled salmon"]),
        "price": d.pick(["$85.00", "$95.00", "$110.00", "Comp"]),
        "stub_event": f"{d.pick(['Awards Banquet', 'Banquet'])} · {fmt_date(evening, 'us_short')}",
        "table": r.randint(1, 42),
        "seat": r.randint(1, 10),
        "ticket": f"{r.randrange(1, 2000):05d}",
    }
