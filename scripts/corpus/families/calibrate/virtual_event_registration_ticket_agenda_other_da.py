"""A registration confirmation for an online CE day, printed from the
e-mailed PDF: a left "ticket" panel with the registrant's name, the
registration number, the event and its date, the join-link instructions
and a QR-like block; a right panel with the live agenda (times, session
titles, speakers, CEC hours each session is approved for). It confirms a
seat, not attendance or credit."""

SOURCE = (
    "wording: webinar and virtual-event platforms' registration confirmations with the day's "
    "agenda and the credit each session is eligible for"
)
KIND = "other"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = ("other", "table", "landscape", "distractor-person", "agenda", "ticket")

TEMPLATE = """<style>
.tk { position:absolute; left:36px; top:36px; bottom:36px; width:300px; border:2px solid ${dark}; border-radius:10px; overflow:visible; font: 13px ${sans}; color:#222 }
.tk .h { background:${dark}; color:#fff; padding:16px 18px; border-radius:7px 7px 0 0 }
.tk .h small { display:block; font-size:11px; letter-spacing:2px; text-transform:uppercase; opacity:0.85 }
.tk .h b { display:block; font: bold 19px ${display}; margin-top:6px; line-height:1.25 }
.tk .b { padding:16px 18px; line-height:20px }
.tk .k { font-size:10.5px; text-transform:uppercase; letter-spacing:1px; color:#777; margin-top:12px }
.tk .v { font-size:15px }
.tk .nm { font: bold 20px ${sans}; line-height:1.2 }
.qr { position:absolute; left:18px; bottom:18px; display:grid; grid-template-columns:repeat(21, 4px); grid-auto-rows:4px; padding:3px; border:1px solid #ccc }
.qr b { background:#111 } .qr s { background:transparent }
.tk .note { position:absolute; left:116px; right:14px; bottom:18px; font-size:10.5px; line-height:14px; color:#555 }
.ag { position:absolute; left:370px; right:36px; top:36px; font: 13px ${sans}; color:#222 }
.ag h1 { font: 300 30px ${sans}; margin:0 0 4px; color:${dark} }
.ag .sub { font-size:13px; color:#666; margin-bottom:14px }
table { width:100%; border-collapse:collapse }
th { text-align:left; font-size:11px; text-transform:uppercase; letter-spacing:0.6px; color:#555; border-bottom:2px solid ${dark}; padding:5px 6px }
td { padding:7px 6px; border-bottom:1px solid #e1e1e1; vertical-align:top; line-height:17px }
td.t { white-space:nowrap; font-family:${mono}; font-size:12px }
td small { color:#666 }
td.c { text-align:center; white-space:nowrap }
tr.br td { color:#888; font-style:italic }
.fine { margin-top:12px; font-size:11px; color:#666; line-height:16px }
</style>
<div class="tk">
 <div class="h"><small>${tk_kicker}</small><b>${org}</b></div>
 <div class="b">
  <div class="k">Registrant</div><div class="nm">${name}</div>
  <div class="k">${reg_label}</div><div class="v">${reg_no}</div>
  <div class="k">Event date</div><div class="v">${event_date}</div>
  <div class="k">Ticket</div><div class="v">${ticket}</div>
  <div class="k">How to join</div><div>${join}</div>
 </div>
 <div class="qr">${qr_html}</div>
 <div class="note">${note}</div>
</div>
<div class="ag">
 <h1>${heading}</h1>
 <div class="sub">${sub}</div>
 <table><tr><th>Time (${tz})</th><th>Session</th><th class="c">${cec_head}</th></tr>${rows_html}</table>
 <div class="fine">${fine}</div>
</div>
"""


def _qr(r):
    cells = []
    for y in range(21):
        for x in range(21):
            corner = (x < 7 or x > 13) and (y < 7 or y > 13) and not (x > 13 and y > 13)
            if corner:
                fx, fy = x - 14 if x > 13 else x, y - 14 if y > 13 else y
                on = fx in (0, 6) or fy in (0, 6) or (2 <= fx <= 4 and 2 <= fy <= 4)
            else:
                on = r.random() < 0.45
            cells.append("<b></b>" if on else "<s></s>")
    return "".join(cells)


def fill(d):
    import html

    from corpus import values as V
    from corpus.formats import fmt_date, fmt_number

    r = d.rng
    titles = r.sample(V.SESSIONS, d.pick([4, 5]))
    clock = d.pick([9 * 60, 10 * 60, 11 * 60])
    ampm = d.chance(0.6)

    def t(m):
        h, mm = divmod(m, 60)
        return (
            f"{(h - 1) % 12 + 1}:{mm:02d}{' AM' if h < 12 else ' PM'}"
            if ampm
            else f"{h:02d}:{mm:02d}"
        )

    rows = []
    total = 0.0
    for i, title in enumerate(titles):
        if i == 2:
            rows.append(
                f'<tr class="br"><td class="t">{t(clock)}</td><td>{d.pick(["Break", "Lunch break", "Exhibitor showcase (no credit)"])}</td><td class="c">—</td></tr>'
            )
            clock += d.pick([30, 45, 60])
        length = d.pick([60, 60, 90, 30])
        cr = length / 60
        total += cr
        rows.append(
            f'<tr><td class="t">{t(clock)}–{t(clock + length)}</td><td>{html.escape(title)}<br>'
            f'<small>{html.escape(d.person())}</small></td><td class="c">{fmt_number(cr, r, False)}</td></tr>'
        )
        clock += length + d.pick([0, 15])
    return {
        "tk_kicker": d.pick(["Registration confirmed", "Your e-ticket", "You're registered"]),
        "org": d.provider(),
        "name": d.name(d.pick(["plain", "upper"])),
        "reg_label": d.pick(["Registration #", "Confirmation no.", "Order ID"]),
        "reg_no": d.number(),
        "event_date": fmt_date(d.completed, d.pick(["weekday", "long", "short_month"])),
        "ticket": d.pick(["Full-day virtual pass", "Member – online", "Live webinar pass"]),
        "join": d.pick(
            [
                "A personal join link will be e-mailed 24 hours before the first session.",
                "Log in to the event platform with the e-mail you registered with.",
            ]
        ),
        "note": d.pick(
            [
                "This is not a certificate. CE certificates are issued after the event for sessions attended live.",
                "Show this confirmation if you need help at the virtual help desk.",
            ]
        ),
        "qr_html": _qr(r),
        "heading": d.pick(["Live Agenda", "Program Schedule", "Today's Sessions"]),
        "sub": f"{d.pick(['Up to', 'Eligible for up to'])} {fmt_number(total, r, False)} {d.pick(['CEC hours', 'CECs'])} for sessions attended live in full",
        "tz": d.pick(["Eastern", "Central", "Pacific", "Mountain"]),
        "cec_head": d.pick(["CEC", "Credit", "Hrs"]),
        "rows_html": "".join(rows),
        "fine": d.pick(
            [
                f"Registered {d.other_date('registered', 'us_numeric')}. Agenda subject to change; speakers may be substituted.",
                f"Cancellation by {d.other_date('start', 'long')} for a full refund. Recordings do not carry credit.",
            ]
        ),
    }
