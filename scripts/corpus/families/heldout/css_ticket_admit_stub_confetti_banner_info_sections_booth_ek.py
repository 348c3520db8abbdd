"""The booth's proof of visit made from a well-known CSS ticket snippet and
printed on a slip: at the left a dark stub with "Admit", a short rule, a
small "Ticket No:" and a big number; at the right a banner across the top
(a confetti-like pattern in dark colours) with the show's name in white,
a small "#" number, the registration heading, and a row of info sections
each a small grey heading over its value (visitor, date, credit, issued
by), with a thin fine-print line at the foot."""

SOURCE = "MubeenAfzal979/book_ticket:resources/views/email_ticket.blade.php (CodePen CSS Ticket)"
KIND = "booth"
PAPER = ["slip"]
CATEGORIES = (
    "slip",
    "landscape",
    "labelled",
    "dark-band",
    "distractor-person",
    "tiny-footer",
)

TEMPLATE = """<style>
.t { position:absolute; inset:18px; display:flex; font-family:${face}; box-shadow: 0 0 0 1px #bbb; border-radius:6px; overflow:hidden }
.st { width:170px; background:${stub}; color:#fff; padding:18px 16px; position:relative; border-right:2px dashed #fff }
.st .a { font-size:30px; font-weight:bold; text-transform:uppercase; letter-spacing:2px }
.st .ln { height:2px; background:rgba(255,255,255,0.6); margin:10px 0 }
.st .k { font-size:11px; text-transform:uppercase; letter-spacing:1px; opacity:0.85 }
.st .n { font-size:${n_px}px; font-weight:bold; margin-top:6px; word-break:break-all; line-height:1.1 }
.st .v { position:absolute; left:16px; bottom:16px; right:10px; font-size:11px; line-height:15px; opacity:0.9 }
.ck { flex:1; display:flex; flex-direction:column; background:#fff; color:#222 }
.bn { height:108px; position:relative; background:
  radial-gradient(circle at 12% 30%, ${c1} 0 5px, transparent 6px) 0 0/48px 40px,
  radial-gradient(circle at 60% 70%, ${c2} 0 4px, transparent 5px) 0 0/36px 30px,
  linear-gradient(120deg, ${band} 0%, ${band2} 100%);
  color:#fff; padding:14px 18px }
.bn .e { font-size:${e_px}px; font-weight:bold; line-height:1.15; text-shadow:0 1px 2px rgba(0,0,0,0.5) }
.bn .d { font-size:13px; margin-top:5px; opacity:0.95 }
.nb { position:absolute; right:16px; top:14px; font-size:18px; font-weight:bold }
.hd { padding:12px 18px 2px; font-size:17px; font-weight:bold; color:${stub} }
.in { display:flex; flex-wrap:wrap; padding:4px 18px 0; gap:8px 0 }
.in section { width:50% }
.in .k { font-size:10.5px; text-transform:uppercase; letter-spacing:1px; color:#8a8f98 }
.in .v { font-size:15px; line-height:19px; font-weight:600 }
.fp { margin-top:auto; padding:6px 18px 9px; font-size:9px; color:#777; line-height:12px }
</style>
<div class="t">
 <div class="st"><div class="a">${admit}</div><div class="ln"></div><div class="k">${ticket_label}</div><div class="n">${ticket}</div>
  <div class="v">${venue}</div></div>
 <div class="ck">
  <div class="bn"><div class="e">${event}</div><div class="d">${show_days}</div><div class="nb">#${hall}</div></div>
  <div class="hd">${title}</div>
  <div class="in">
   <section><div class="k">${l_name}</div><div class="v">${name}</div></section>
   <section><div class="k">${l_date}</div><div class="v">${date}</div></section>
   <section><div class="k">${l_credit}</div><div class="v">${hours}</div></section>
   <section><div class="k">${l_issued}</div><div class="v">${issued}</div></section>
  </div>
  <div class="fp">${fine}</div>
 </div>
</div>
"""


def fill(d):
    from datetime import timedelta

    from corpus.formats import fmt_range

    event = d.provider()
    before, after = d.pick([(0, 2), (1, 1), (2, 0), (1, 2)])
    show_days = fmt_range(
        d.completed - timedelta(days=before), d.completed + timedelta(days=after), d.rng
    )
    ticket = d.pick([f"#{d.rng.randrange(1000, 99999)}", d.number("B")])
    return {
        "face": d.pick(["Montserrat, 'Open Sans', sans-serif", d.fonts["sans"], d.fonts["cond"]]),
        "stub": d.pick(["#2f2f2f", "#1f3a5f", "#5b2333", "#0b3d2e", "#3d2b1f"]),
        "band": d.pick(["#123c69", "#4a1c40", "#1b4332", "#23395d"]),
        "band2": d.pick(["#6a4c93", "#1e6091", "#9c6644", "#8b0000"]),
        "c1": d.pick(["#f1c40f", "#ffd166", "#e9c46a"]),
        "c2": d.pick(["#ff6b6b", "#4ecdc4", "#f4a261"]),
        "admit": d.pick(["Admit", "Booth", "Visit"]),
        "ticket_label": d.pick(["Ticket No:", "Scan No:", "Visit No:"]),
        "ticket": ticket,
        "n_px": 30 if len(ticket) < 8 else 20,
        "venue": d.venue(),
        "event": event,
        "e_px": 22 if len(event) < 30 else 19,
        "show_days": show_days,
        "hall": f"{d.rng.randrange(100, 2999)}",
        "title": d.title("plain"),
        "l_name": d.pick(["Visitor", "Registrant", "Name"]),
        "name": d.name(d.pick(["plain", "plain", "upper"])),
        "l_date": d.pick(["Date", "Visited", "Date of Visit"]),
        "date": d.date(d.pick(["us_numeric", "short_month", "long", "us_short"])),
        "l_credit": d.pick(["CEC Credit", "Credit", "IICRC CECs"]),
        "hours": d.hours(d.pick(["cec_hours", "hours_title", "cecs"]))
        if d.chance(0.6)
        else d.hours_number(),
        "l_issued": d.pick(["Issued By", "Booth Staff", "Scanned By"]),
        "issued": d.person(),
        "fine": d.pick(
            [
                "Keep this ticket as proof of your booth visit. Credit is posted to your certification record.",
                "One booth credit per registrant per show. Not valid for session credit.",
                f"Printed at the booth kiosk. Questions: {d.phone()}.",
            ]
        ),
    }
