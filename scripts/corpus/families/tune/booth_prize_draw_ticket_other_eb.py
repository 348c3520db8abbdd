"""Not a certificate: a double prize-drawing ticket an equipment maker hands
out at its trade-show booth. The left stub goes in the drum: the same red
ticket number, and lines where the visitor wrote name, company and phone
by hand. The right part is kept: the maker's name, "Prize drawing" and the
prize, the drawing day and time at the booth, the booth number and booth
hours, and "Need not be present to win". It names a person, a company,
dates, times and hours; a raffle ticket records no continuing-education
credit, even when handed out at a booth that gives credit for visits."""

SOURCE = (
    "thoonshweyi/installer-benefit-program-internal:resources/views/pdf_print/"
    "lucky_draw_ticket_pdf.blade.php (lucky-draw ticket: title, ticket no., customer info) and "
    "D-Loor/ws-app-rifa:resources/views/pdfs/ticket.blade.php (raffle ticket: company in italics, "
    "large number, prize, seller)"
)
KIND = "other"
PAPER = "card"
CATEGORIES = (
    "other",
    "landscape",
    "handwriting",
    "labelled",
    "provider-in-logo",
    "distractor-person",
    "distractor-date",
)

TEMPLATE = """<style>
.rt { position:absolute; inset:0; display:flex; background:${bg}; font-family:${sans}; color:#1a1a1a }
.st { width:116px; padding:7px 7px 5px; border-right:1.5px dashed #555; position:relative }
.st .n, .mn .n { font: bold 12px ${mono}; color:#b00; letter-spacing:.5px }
.st .ln { margin-top:12px; font-size:6px; color:#555; text-transform:uppercase; letter-spacing:.4px; border-top:1px solid #777; padding-top:2px; position:relative; height:20px }
.st .ln span { position:absolute; left:1px; top:-18px; font: 13px/16px ${hand}; color:${ink}; white-space:nowrap; text-transform:none; letter-spacing:0 }
.st .dr { position:absolute; left:7px; bottom:5px; font-size:6px; color:#666 }
.mn { flex:1; padding:7px 10px 6px; display:flex; flex-direction:column; position:relative }
.mk { font: bold 10px ${sans}; color:${col}; letter-spacing:1.2px; text-transform:uppercase }
h1 { margin:1px 0 0; font: bold 19px ${display}; color:#111; line-height:21px }
.pz { font-size:8.5px; color:#333; line-height:10.5px; margin-top:2px }
.row { display:flex; gap:8px; margin-top:5px; font-size:8px }
.row div { flex:1 } .row small { display:block; font-size:5.8px; color:#777; text-transform:uppercase; letter-spacing:.5px }
.ft { margin-top:auto; font-size:6.2px; color:#555; line-height:7.5px; padding-right:22px }
.hd { display:flex; justify-content:space-between; align-items:flex-start; gap:6px }
.ribbon { position:absolute; right:0; bottom:0; width:0; height:0; border-left:26px solid transparent; border-bottom:26px solid ${col} }
</style>
<div class="rt">
 <div class="st">
  <div class="n">№ ${no}</div>
  <div class="ln" style="margin-top:24px"><span>${visitor}</span>Name</div>
  <div class="ln"><span>${company}</span>Company</div>
  <div class="ln"><span>${phone}</span>Phone</div>
  <div class="dr">Deposit at booth ${booth}</div>
 </div>
 <div class="mn">
  <div class="hd"><div class="mk">${maker}</div><div class="n">№&nbsp;${no}</div></div>
  <h1>${heading}</h1>
  <div class="pz">${prize}</div>
  <div class="row"><div><small>Drawing</small>${draw_day}</div><div><small>Time</small>${draw_time}</div></div>
  <div class="row"><div><small>Booth</small>${booth}</div><div><small>Booth hours</small>${booth_hours}</div></div>
  <div class="ft">${fine}</div>
  <div class="ribbon"></div>
 </div>
</div>
"""

COMPANIES = [
    "Dry-Rite Restoration",
    "ServiceMaster Tacoma",
    "Apex Water & Fire",
    "Heritage Rug Works",
    "self",
    "Clearwater Cleaning",
]
PRIZES = [
    "Win an LGR dehumidifier (retail value $3,200)",
    "Win a thermal imaging camera",
    "Win a set of six air movers",
    "Win a portable extractor and wand kit",
    "Win two show passes for next year",
]


def fill(d):
    from datetime import timedelta

    from corpus import values as V
    from corpus.formats import fmt_date

    r = d.rng
    maker, short = d.pick(V.MANUFACTURERS)
    day = d.completed + timedelta(days=r.randint(-1, 1))
    visitor = d.person()
    return {
        "bg": d.pick(["#fff7d6", "#e9f5ff", "#fde8ec", "#eef8e9", "#ffffff"]),
        "col": d.pick(["#b91c1c", "#1d4ed8", "#047857", "#7e22ce"]),
        "ink": d.pick(["#1a2a6c", "#222", "#0b3d91"]),
        "no": f"{r.randrange(100, 99999):06d}",
        "visitor": visitor
        if d.chance(0.7)
        else visitor.split()[0] + " " + visitor.split()[-1][0] + ".",
        "company": d.pick(COMPANIES),
        "phone": d.phone(),
        "booth": f"{d.pick(['', '#', 'No. '])}{r.randrange(100, 2999)}",
        "maker": short or maker,
        "heading": d.pick(["Prize Drawing", "Booth Giveaway", "Grand Prize Raffle"]),
        "prize": d.pick(PRIZES),
        "draw_day": fmt_date(day, d.pick(["weekday", "short_month", "us_short"])),
        "draw_time": d.pick(["3:30 PM", "2:00 PM", "4:15 PM", "11:45 AM"]),
        "booth_hours": d.pick(["10 AM – 4 PM", "10–4 daily", "9:30–5:00", "11 AM – 5 PM"]),
        "fine": d.pick(
            [
                "Need not be present to win. One entry per visitor. Winner notified by phone.",
                "Keep this half. Drawing held at the booth; prize ships within 30 days.",
            ]
        ),
    }
