"""Not a record of credit: a show registration confirmation e-mail printed
from the browser, with a tear-off pass at the foot. The mail client's
header lines (from, to, subject, sent), a greeting, what the registration
includes (the exhibit hall, the number of CE hours the education sessions
offer in all, a pre-show class with the CEC it carries), a small table of
the exhibit hall's opening times per day with the hours it is open, and a
dashed-edged pass with the attendee's name, badge type, a barcode and the
show's dates. The hours are opening times and offers; no credit is
recorded for anyone."""

SOURCE = (
    "TheBnl/event-tickets:templates/email/MainContactMail.ss (ticket e-mail: white card on a "
    "grey body, greeting, event details, ticket) and castlamp/zenbership:pp-templates/html/zoid/"
    "en/event_ticket.php (printable ticket with a boxed title and two columns)"
)
KIND = "other"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "other",
    "portrait",
    "web-printout",
    "table",
    "labelled",
    "barcode",
    "date-range",
    "distractor-date",
)

TEMPLATE = """<style>
.pg { position:absolute; inset:0; background:#f2f2f2; font: 13px ${sans}; color:#222 }
.mh { position:absolute; left:0; right:0; top:0; background:#fff; border-bottom:1px solid #ccc; padding:16px 40px 12px; font-size:12px; line-height:18px }
.mh .sj { font: bold 17px ${sans}; margin-bottom:6px; color:#111 }
.mh span { display:inline-block; width:54px; color:#777 }
.card { position:absolute; left:56px; right:56px; top:${card_top}px; background:#fff; border:1px solid #e0e0e0; border-radius:4px; padding:22px 30px 20px }
.card .hb { background:${dark}; color:#fff; margin:-22px -30px 16px; padding:14px 30px; font: bold 19px ${head}; border-radius:4px 4px 0 0 }
.card .hb span { display:block; font: 12px ${sans}; opacity:.9; margin-top:2px }
.card p { margin:0 0 10px; line-height:19px }
.card ul { margin:0 0 12px; padding-left:20px; line-height:21px }
table { border-collapse:collapse; font-size:12.5px; margin:4px 0 10px }
th { text-align:left; font-size:10.5px; text-transform:uppercase; letter-spacing:.6px; color:#666; border-bottom:1px solid #999; padding:3px 14px 3px 0 }
td { padding:4px 14px 4px 0; border-bottom:1px solid #eee } td.n { text-align:right }
.pass { position:absolute; left:56px; right:56px; bottom:${pass_bottom}px; height:178px; background:#fff; border:2px dashed #777; display:flex }
.pass .a { flex:1; padding:14px 20px; border-right:1px solid #ccc }
.pass .a .ev { font: bold 15px ${head}; color:${dark}; text-transform:uppercase; letter-spacing:${ev_ls} }
.pass .a .dt { font-size:11.5px; color:#555; margin-bottom:12px }
.pass .a .nm { font: bold 24px ${sans}; line-height:28px }
.pass .a .ty { display:inline-block; margin-top:8px; background:${accent}; color:#fff; font: bold 11px ${sans}; letter-spacing:1.5px; padding:3px 10px; text-transform:uppercase }
.pass .b { width:210px; padding:14px 16px; text-align:center; font-size:10.5px; color:#444 }
.pass .b .bars { height:64px; display:flex; gap:1px; justify-content:center; align-items:stretch; margin:6px 0 4px }
.pass .b .bars i { background:#111 }
.pass .b .no { font: 11px ${mono} }
.cut { position:absolute; left:56px; bottom:${cut_bottom}px; font-size:10px; color:#777 }
.url { position:absolute; left:14px; right:14px; bottom:4px; font-size:9.5px; color:#666; display:flex; justify-content:space-between }
</style>
<div class="pg">
 <div class="mh"><div class="sj">${subject}</div><span>From</span>${sender}<br><span>To</span>${to}<br><span>Sent</span>${sent}</div>
 <div class="card">
  <div class="hb">${event}<span>${span} · ${venue}</span></div>
  <p>${greeting}</p>
  <p>${intro}</p>
  <ul>${includes_html}</ul>
  <p><b>${hall_head}</b></p>
  <table><tr><th>Day</th><th>Exhibit hall</th><th class="n">${open_head}</th></tr>${hall_rows_html}</table>
  <p>${closing}</p>
 </div>
 <div class="cut">${cut_text}</div>
 <div class="pass">
  <div class="a"><div class="ev">${event}</div><div class="dt">${span}</div><div class="nm">${name}</div><div>${company}</div><span class="ty">${badge_type}</span></div>
  <div class="b">${scan_text}<div class="bars">${bars_html}</div><div class="no">${reg_no}</div></div>
 </div>
</div>
<div class="url"><span>${url}</span><span>1/1</span></div>
"""

COMPANIES = [
    "Aqua Pro Restoration",
    "Midstate Fire & Water",
    "Clean Slate Restoration Co.",
    "Reliable Dry-Out, LLC",
    "Summit Peak Restoration",
]


def fill(d):
    from datetime import timedelta
    from html import escape

    from corpus import values as V
    from corpus.formats import fmt_date, fmt_number, fmt_range

    r = d.rng
    n = lambda v: fmt_number(v, r, False)  # noqa: E731
    event_base = d.pick(V.EVENTS)
    event = f"{event_base} {d.completed.year}"
    ndays = d.pick([2, 3, 3])
    first = d.completed + timedelta(days=d.pick([10, 21, 35]))
    days = [first + timedelta(days=i) for i in range(ndays)]
    span = fmt_range(days[0], days[-1], r)
    hall_rows = []
    for i, day in enumerate(days):
        o, c = (10, 17) if i < ndays - 1 else (10, d.pick([14, 15]))
        if d.chance(0.3):
            o = 9
        hours_open = c - o
        hall_rows.append(
            f"<tr><td>{fmt_date(day, 'weekday').rsplit(',', 1)[0]}</td>"
            f'<td>{o}:00 AM – {c - 12}:00 PM</td><td class="n">{hours_open} hrs</td></tr>'
        )
    ce_total = d.pick([8, 10, 12, 15, 18])
    class_title, code = d.pick(V.IICRC_COURSES)
    class_cec = d.pick([14, 19, 21])
    includes = [
        "Admission to the exhibit hall on all show days",
        f"Education sessions: up to {ce_total} CE hours on offer across the program "
        "(credit is reported per session attended)",
        f"Pre-show class: {class_title} ({code}), {n(class_cec)} CEC on completion, "
        f"{fmt_date(days[0] - timedelta(days=2), 'short_month')}–"
        f"{fmt_date(days[0] - timedelta(days=1), 'short_month')}",
    ]
    if d.chance(0.5):
        includes.append(f"Welcome reception, {fmt_date(days[0], 'short_month')}, 5:30–7:30 PM")
    name = d.plain_name
    handle = (d.first.split()[0][0] + d.last.replace(" ", "").replace("'", "")).lower()
    slug = "".join(ch for ch in event_base.lower() if ch.isalnum())[:16]
    bars = "".join(f'<i style="width:{d.pick([1, 1, 2, 3])}px"></i>' for _ in range(46))
    return {
        "head": d.fonts[d.pick(["sans", "display", "serif"])],
        "card_top": d.pick(["150", "164"]),
        "pass_bottom": d.pick(["40", "52"]),
        "cut_bottom": d.pick(["224", "236"]),
        "ev_ls": d.pick(["0.5px", "2px"]),
        "subject": d.pick(
            [
                f"Your registration for {event} is confirmed",
                f"Confirmation #{r.randrange(100000, 999999)}: {event}",
                f"You're registered: {event_base}",
            ]
        ),
        "sender": f"{event_base} <registration@{slug}.com>",
        "to": f"{handle}@{d.pick(['gmail.com', 'yahoo.com', 'outlook.com'])}",
        "sent": f"{fmt_date(d.completed, 'weekday')} {r.randrange(7, 12)}:{r.randrange(0, 60):02d} AM",
        "event": event,
        "span": span,
        "venue": d.venue(),
        "greeting": f"Hi {d.first},",
        "intro": d.pick(
            [
                "Thanks for registering. Your registration includes:",
                "You're all set! Here's what your registration covers:",
            ]
        ),
        "includes_html": "".join(f"<li>{escape(x)}</li>" for x in includes),
        "hall_head": d.pick(["Exhibit hall hours", "Show floor hours"]),
        "open_head": d.pick(["Open", "Hours"]),
        "hall_rows_html": "".join(hall_rows),
        "closing": d.pick(
            [
                "Print the pass below or show it on your phone at badge pickup. This e-mail is not "
                "a certificate; CE certificates are e-mailed after the show.",
                "Bring the pass below to registration. Session attendance is scanned at each room "
                "door; your CE summary follows after the show.",
            ]
        ),
        "cut_text": "\u2702 cut here",
        "name": name.upper() if d.chance(0.5) else name,
        "company": d.pick(COMPANIES),
        "badge_type": d.pick(["Full conference", "Expo + education", "Attendee"]),
        "scan_text": d.pick(["Scan at badge pickup", "Present at registration"]),
        "bars_html": bars,
        "reg_no": d.number("REG-"),
        "url": f"https://mail.{d.pick(['google', 'yahoo', 'outlook'])}.com/mail/u/0/#inbox/{r.randrange(10**9, 10**10):x}",
    }
