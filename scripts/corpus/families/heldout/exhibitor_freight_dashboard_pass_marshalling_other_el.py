"""Not a certificate: the dashboard pass a truck driver shows at the
marshalling yard to deliver an exhibitor's freight for a trade show,
printed on landscape letter paper to lie behind the windscreen. A black
band across the top with MOVE-IN (or MOVE-OUT) in huge white capitals, the
booth number enormous in the middle, the show's name and venue, then
labelled boxes: exhibitor, carrier, driver, phone, target date and time
window, dock door, number of pieces and weight, and a check-in time box
for the yard staff. A footer gives the yard's address and late-arrival
rule. It names people, companies, dates and numbers and records no
continuing-education credit for anyone."""

SOURCE = (
    "Walshf0411/EMS:exhibitor/exhibitor_general_information.php (exhibitor move-in and move-out "
    "schedule by date and hours); wording of show decorators' marshalling yard dashboard passes"
)
KIND = "other"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "other",
    "landscape",
    "dark-band",
    "labelled",
    "distractor-person",
    "distractor-date",
    "distractor-org",
)

TEMPLATE = """<style>
.p { position:absolute; inset:0; font-family:${sans}; color:#111 }
.band { position:absolute; left:0; right:0; top:0; height:118px; background:#111; color:#fff; display:flex; align-items:center; justify-content:space-between; padding:0 44px }
.band .big { font: bold 84px ${cond}; letter-spacing:6px; line-height:1 }
.band .ev { text-align:right; font-size:15px; line-height:21px } .band .ev b { display:block; font-size:20px }
.bo { position:absolute; left:44px; top:140px; width:330px; height:250px; border:6px solid ${accent}; text-align:center }
.bo i { display:block; font: bold 20px ${sans}; font-style:normal; letter-spacing:4px; margin-top:16px; color:#333 }
.bo b { display:block; font: bold ${bsize}px ${cond}; line-height:180px; white-space:nowrap }
.g { position:absolute; left:400px; right:44px; top:140px; display:grid; grid-template-columns:1fr 1fr; border-top:1px solid #333; border-left:1px solid #333 }
.g div { border-right:1px solid #333; border-bottom:1px solid #333; padding:5px 9px 7px; font-size:16px; min-height:52px }
.g div span { display:block; font-size:10px; text-transform:uppercase; letter-spacing:1px; color:#555; margin-bottom:3px }
.g .w { grid-column: span 2 }
.chk { position:absolute; left:44px; top:440px; right:44px; display:flex; gap:20px; font-size:14px }
.chk div { flex:1; border:2px dashed #666; height:110px; padding:6px 10px; color:#444 }
.ft { position:absolute; left:44px; right:44px; bottom:22px; font-size:12px; color:#444; line-height:17px; border-top:2px solid #111; padding-top:7px }
</style>
<div class="p">
 <div class="band"><div class="big">${move}</div><div class="ev"><b>${event}</b>${venue}</div></div>
 <div class="bo"><i>BOOTH</i><b>${booth}</b></div>
 <div class="g">
  <div class="w"><span>Exhibiting company</span>${company}</div>
  <div><span>Carrier</span>${carrier}</div><div><span>Driver</span>${driver}</div>
  <div><span>Driver cell</span>${phone}</div><div><span>Trailer / plate</span>${plate}</div>
  <div><span>Target date</span>${target}</div><div><span>Window</span>${window}</div>
  <div><span>Dock door</span>${dock}</div><div><span>Pieces / weight</span>${pieces}</div>
 </div>
 <div class="chk"><div>${yard_in}</div><div>${yard_out}</div><div>${yard_by}</div></div>
 <div class="ft">${foot}</div>
</div>
"""

COMPANIES = [
    "AeroDry Equipment Co.",
    "Pureflo Chemical Company",
    "Vortex Extraction Systems, Inc.",
    "Hydrotherm Drying Products",
    "DryTrak Moisture Software",
    "Clearview Odor Solutions LLC",
]
CARRIERS = ["Blue Ox Freight", "Sunbelt Expo Logistics", "TradeShow Xpress", "Rocky Ridge Trucking"]


def fill(d):
    from datetime import timedelta

    from corpus import values as V
    from corpus.formats import fmt_date

    r = d.rng
    show_day = d.completed
    move = d.pick(["MOVE-IN", "MOVE-IN", "MOVE-OUT"])
    target = show_day + timedelta(days=-d.pick([1, 2]) if move == "MOVE-IN" else d.pick([1, 2]))
    h = d.pick([6, 7, 8, 10, 13])
    booth = f"{r.randrange(100, 2999)}"
    return {
        "move": move,
        "event": f"{d.pick(V.EVENTS)} {show_day.year}",
        "venue": d.venue(),
        "booth": booth,
        "bsize": 150 if len(booth) < 4 else 118,
        "company": d.pick(COMPANIES),
        "carrier": d.pick(CARRIERS),
        "driver": d.person(),
        "phone": d.phone(),
        "plate": f"{d.pick(['TX', 'NV', 'FL', 'OH'])} {r.randrange(100, 999)}-{d.pick(['KLM', 'RTA', 'BXZ'])}",
        "target": fmt_date(target, d.pick(["weekday", "long", "us_numeric"])),
        "window": f"{h}:00 – {h + 2}:00 {'AM' if h + 2 < 12 else 'PM'}".replace(
            "13:00 – 15:00 PM", "1:00 – 3:00 PM"
        ),
        "dock": f"Door {r.randrange(1, 40)}",
        "pieces": f"{r.randrange(2, 24)} pcs / {r.randrange(300, 4800)} lb",
        "yard_in": "Yard check-in time",
        "yard_out": "Released to dock",
        "yard_by": "Marshalling staff initials",
        "foot": d.pick(
            [
                f"Marshalling yard: {' '.join(d.address())}. Drivers arriving outside the target "
                "window are handled first come, first served after on-time carriers.",
                f"Display this pass on the dashboard. Yard office {d.phone()}. Vehicles without a pass "
                "are turned away at the gate.",
            ]
        ),
    }
