"""A registration confirmation printed from e-mail before a trade show, to be
brought to the express badge-pickup kiosk: a dark header band with the show's
name and dates in light type, a greeting to the registrant, a large QR code
beside a labelled block (registration ID, badge name, company, registration
type, amount paid), a small table of badge-pickup hours and places over the
show's days, then the education sessions the registrant reserved, each with
its day, room and the credit it will carry, with a reminder that credit is
earned only by scanning in and out at each session, and a grey footer with
the organiser's address and an unsubscribe line. Everything is in the
future: it names a person, sessions, dates and hours but records nothing
completed."""

SOURCE = (
    "E-Labs-Dev/milga_advance_launch_event:resources/views/emails/registration.blade.php "
    "(registration e-mail: greeting, event date and venue, registration ID, QR code to scan at the "
    "entrance) and NCharby/badge-maker:docs/POSTMARK_TEMPLATE.md (dark header band, details section)"
)
KIND = "other"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "other",
    "qr",
    "portrait",
    "dark-band",
    "labelled",
    "table",
    "date-range",
    "distractor-date",
    "tiny-footer",
)

TEMPLATE = """<style>
.w { position:absolute; inset:40px 60px 30px; font: 13px ${sans}; color:#222; line-height:19px }
.mail { font-size:10.5px; color:#666; border-bottom:1px solid #ccc; padding-bottom:6px; margin-bottom:14px; display:flex; justify-content:space-between }
.band { background:${dark}; color:#fff; padding:18px 22px }
.band .ev { font: bold 24px ${display}; line-height:28px } .band .dt { font-size:13px; opacity:0.9; margin-top:4px }
.band .tg { font-size:10px; letter-spacing:3px; text-transform:uppercase; opacity:0.8; margin-bottom:6px }
.bd { padding:16px 4px 0 }
.reg { display:flex; gap:22px; margin:14px 0 10px; align-items:flex-start }
.qr { display:grid; grid-template-columns:repeat(25, 5px); grid-auto-rows:5px; padding:8px; border:1px solid #ccc; flex:none }
.qr b { background:#000 } .qr u { background:#fff }
.kv { display:grid; grid-template-columns:140px 1fr; row-gap:4px; font-size:13px }
.kv span { color:#666 }
h3 { font: bold 13px ${sans}; text-transform:uppercase; letter-spacing:1px; color:${dark}; margin:18px 0 6px; border-bottom:2px solid ${accent}; padding-bottom:3px }
table { width:100%; border-collapse:collapse; font-size:12px }
th { text-align:left; font-size:10px; color:#555; text-transform:uppercase; padding:4px 6px; border-bottom:1px solid #999 }
td { padding:5px 6px; border-bottom:1px solid #ddd; vertical-align:top }
td.n { white-space:nowrap }
.rem { background:${light}; border-left:4px solid ${accent}; padding:8px 12px; margin-top:12px; font-size:12px }
.ft { position:absolute; left:0; right:0; bottom:0; font-size:9px; color:#888; text-align:center; line-height:13px }
</style>
<div class="w">
 <div class="mail"><span>${subject}</span><span>${sent}</span></div>
 <div class="band"><div class="tg">${tag}</div><div class="ev">${event}</div><div class="dt">${show_range} &middot; ${venue}</div></div>
 <div class="bd">
  <p>${greeting}</p>
  <p style="margin-top:8px">${intro}</p>
  <div class="reg">
   <div class="qr">${qr_html}</div>
   <div class="kv">
    <span>Registration ID</span><b>${reg_id}</b>
    <span>Name on badge</span><div>${badge_name}</div>
    <span>Company</span><div>${company}</div>
    <span>Registration type</span><div>${reg_type}</div>
    <span>Amount paid</span><div>${amount}</div>
    <span>Registered on</span><div>${registered}</div>
   </div>
  </div>
  <h3>${pickup_head}</h3>
  <table><tr><th>Day</th><th>Hours</th><th>Where</th></tr>${pickup_html}</table>
  <h3>${sessions_head}</h3>
  <table><tr><th>Day</th><th>Time</th><th>Session</th><th>Room</th><th>CECs</th></tr>${sessions_html}</table>
  <div class="rem">${reminder}</div>
 </div>
 <div class="ft">${foot}</div>
</div>
"""


def _qr(r) -> str:
    size = 25
    finders = ((0, 0), (size - 7, 0), (0, size - 7))
    cells = []
    for y in range(size):
        for x in range(size):
            on = None
            for fx, fy in finders:
                if fx <= x < fx + 7 and fy <= y < fy + 7:
                    dx, dy = x - fx, y - fy
                    on = min(dx, dy, 6 - dx, 6 - dy) != 1
            if on is None:
                near = any(fx - 1 <= x <= fx + 7 and fy - 1 <= y <= fy + 7 for fx, fy in finders)
                on = False if near else r.random() < 0.5
            cells.append("<b></b>" if on else "<u></u>")
    return "".join(cells)


def fill(d):
    import html
    from datetime import timedelta

    from corpus import values as V
    from corpus.formats import fmt_date, fmt_range

    r = d.rng
    event = f"{d.pick(V.EVENTS)} {d.completed.year}"
    days = d.pick([2, 3])
    start = d.completed
    show_days = [start + timedelta(days=i) for i in range(days)]
    show = fmt_range(show_days[0], show_days[-1], r)
    venue = d.venue()
    pickup = []
    for i, day in enumerate([show_days[0] - timedelta(days=1), *show_days[:2]]):
        hours = ["2:00 PM – 6:00 PM", "7:00 AM – 5:00 PM", "7:30 AM – 12:00 PM"][i]
        where = d.pick(["Lobby B, express kiosks", "Hall A foyer", "Registration, level 1"])
        pickup.append(
            f"<tr><td class='n'>{fmt_date(day, 'weekday')}</td><td class='n'>{hours}</td>"
            f"<td>{html.escape(where)}</td></tr>"
        )
    slots = ["8:00 AM", "10:15 AM", "1:30 PM", "3:00 PM"]
    sessions = []
    for title in r.sample(V.SESSIONS, d.pick([2, 3, 4])):
        day, slot = r.choice(show_days), r.randrange(len(slots))
        sessions.append(
            (
                (day, slot),
                f"<tr><td class='n'>{fmt_date(day, 'short_month')}</td>"
                f"<td class='n'>{slots[slot]}</td>"
                f"<td>{html.escape(title)}</td><td>{r.choice(['W204', '310B', 'Hall E', 'S401', '118'])}</td>"
                f"<td>{r.choice(['1', '1.5', '2'])}</td></tr>",
            )
        )
    sessions.sort(key=lambda s: s[0])
    registered = start - timedelta(days=r.randint(20, 90))
    sent = start - timedelta(days=r.randint(2, 9))
    return {
        "subject": f"Your {event} registration – bring this to badge pickup",
        "sent": fmt_date(sent, "weekday") + f", {r.randrange(6, 11)}:{r.randrange(0, 60):02d} AM",
        "tag": d.pick(["Registration confirmed", "Know before you go", "Express badge pickup"]),
        "event": event,
        "show_range": show,
        "venue": venue,
        "greeting": f"Hello {d.first},",
        "intro": d.pick(
            [
                "You're registered! Print this page or show the code on your phone at any express "
                "kiosk to print your badge. Photo ID may be requested.",
                "Your registration is complete. Scan the code below at badge pickup; your badge "
                "prints in seconds. Badges are not mailed in advance.",
            ]
        ),
        "qr_html": _qr(r),
        "reg_id": f"{d.pick(['R', 'REG', 'A'])}-{r.randrange(100000, 999999)}",
        "badge_name": f"{d.first} {d.last}",
        "company": d.pick(
            ["Rapid Dry Restoration", "Clearwater Cleaning Co.", "Benchmark Restoration", "self"]
        ),
        "reg_type": d.pick(["Full conference", "Expo + education", "Exhibit hall + education"]),
        "amount": d.pick(["$295.00", "$149.00", "$425.00", "$0.00 (exhibitor guest)"]),
        "registered": fmt_date(registered, "long"),
        "pickup_head": d.pick(["Badge pickup", "Where to get your badge"]),
        "pickup_html": "".join(pickup),
        "sessions_head": d.pick(["Your reserved sessions", "Sessions you added"]),
        "sessions_html": "".join(s[1] for s in sessions),
        "reminder": d.pick(
            [
                "Reserving a seat does not earn credit. Scan your badge at the door when you enter "
                "and again when you leave; credit is posted after the show for sessions attended in "
                "full.",
                "Continuing education credit is awarded only for sessions you attend. Badge scans at "
                "the door are the record; this e-mail is not.",
            ]
        ),
        "foot": f"{d.pick([s[0] for s in V.SCHOOLS])} is this year's education partner. "
        f"Questions: registration@{event.split()[0].lower()}show.com · "
        "You received this e-mail because you registered for the show. Unsubscribe",
    }
