"""Not a certificate: a trade show's attendee registration form to mail or
fax before the show, filled in by hand. A header with the show's name,
dates and venue and "Register online or complete this form", numbered
sections: attendee details on ruled lines written by hand (name, company,
address, phone, e-mail, certification number); a rate grid of pass types
(full conference with the CEC offer, expo only, one-day education pass,
pre-show workshop) against early, regular and on-site prices, with one box
ticked; payment with card-number boxes and a signature; cancellation
terms in small print and the "mail or fax to" address. It names a person,
courses, dates and CEC figures, but records no credit."""

SOURCE = (
    "wording: conference registration fee grids by deadline "
    "(https://www.iwoda.org/reg.html: early, regular, late and on-site rows by category) and "
    "trade-show mail/fax registration forms (pass types, payment by card, cancellation policy, "
    "as at https://www.nlgshow.com/terms-conditions/)"
)
KIND = "other"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "other",
    "portrait",
    "form",
    "table",
    "checkboxes",
    "handwriting",
    "address",
    "distractor-date",
    "distractor-person",
    "date-range",
)

TEMPLATE = """<style>
.pg { position:absolute; inset:0; background:#fff; font-family:${sans}; color:#1b1b1b }
.hd { position:absolute; left:0; right:0; top:0; height:96px; background:${dark}; color:#fff; padding:18px 44px 0; display:flex; justify-content:space-between }
.hd > div:first-child { flex:1; min-width:0 } .hd .e { font: bold ${ev_px}px ${display}; line-height:28px } .hd .s { font-size:12.5px; opacity:.9; margin-top:4px }
.hd .r { flex:none; margin-left:20px; white-space:nowrap; text-align:right; font: bold 13px ${sans}; letter-spacing:2px; text-transform:uppercase; line-height:18px }
.hd .r small { display:block; font: 11px ${sans}; letter-spacing:0; text-transform:none; opacity:.85 }
.in { position:absolute; left:44px; right:44px; top:108px; font-size:11.5px; color:#333; line-height:16px }
.sec { position:absolute; left:44px; right:44px; font: bold 12px ${sans}; letter-spacing:1.2px; text-transform:uppercase; color:${dark};
  border-bottom:2px solid ${dark}; padding-bottom:3px }
.fl { position:absolute; display:flex; align-items:flex-end; gap:7px; border-bottom:1px solid #777; height:27px }
.fl .l { font-size:9px; text-transform:uppercase; color:#555; padding-bottom:3px; white-space:nowrap; letter-spacing:.4px }
.fl .v { font: 19px ${hand}; color:${ink}; line-height:22px; white-space:nowrap }
table { position:absolute; left:44px; right:44px; width:calc(100% - 88px); border-collapse:collapse; font-size:11.5px }
th { background:${light}; border:1px solid #999; padding:5px 6px; font-size:10px; text-align:center; line-height:13px }
th:first-child { text-align:left }
td { border:1px solid #999; padding:8px 6px; text-align:center; vertical-align:middle }
td:first-child { text-align:left } td:first-child small { display:block; color:#555; font-size:9.5px; line-height:12px }
.bx { display:inline-block; width:12px; height:12px; border:1px solid #333; vertical-align:-2px; margin-right:4px; font: 17px ${hand};
  color:${ink}; line-height:10px; text-align:center }
td .amt { font: 17px ${hand}; color:${ink} }
.pay { position:absolute; left:44px; right:44px; font-size:11px }
.cc { display:flex; gap:3px; margin-top:6px; align-items:center }
.cc span { width:20px; height:24px; border:1px solid #666; font: 18px ${hand}; color:${ink}; text-align:center; line-height:24px }
.cc i { width:8px }
.terms { position:absolute; left:44px; right:44px; font-size:9px; color:#444; line-height:12.5px; columns:2; column-gap:24px }
.mail { position:absolute; left:44px; right:44px; bottom:22px; border-top:1px solid #999; padding-top:6px; font-size:10.5px; display:flex; justify-content:space-between; line-height:14px }
</style>
<div class="pg">
 <div class="hd"><div><div class="e">${event}</div><div class="s">${show_dates} · ${venue}</div></div>
  <div class="r">${form_title}<small>${form_sub}</small></div></div>
 <div class="in">${intro}</div>
 <div class="sec" style="top:150px">1 · Attendee information</div>
 ${fields_html}
 <div class="sec" style="top:${rates_top}px">2 · Registration ${rate_word}</div>
 <table style="top:${table_top}px"><tr><th>${pass_head}</th><th>${col1_html}</th><th>${col2_html}</th><th>${col3}</th><th>Amount</th></tr>${rows_html}
  <tr><td colspan="4" style="text-align:right"><b>TOTAL ENCLOSED</b></td><td><span class="amt">${total}</span></td></tr></table>
 <div class="sec" style="top:${pay_top}px">3 · Payment</div>
 <div class="pay" style="top:${pay_body}px">${pay_html}</div>
 <div class="sec" style="top:${q_top}px">4 · ${q_title}</div>
 <div class="pay" style="top:${q_body}px;line-height:22px">${q_html}</div>
 <div class="terms" style="top:${terms_top}px">${terms}</div>
 <div class="mail"><span><b>${mail_label}</b> ${mail_to}</span><span>${fax}</span></div>
</div>
"""

PASSES = [
    (
        "Full Conference",
        "All education sessions, expo hall, keynote · up to {cec} IICRC CECs",
        (395, 445, 495),
    ),
    ("Expo Hall Only", "All exhibit-hall days · no education sessions", (0, 25, 40)),
    (
        "One-Day Education Pass",
        "Sessions on one day of your choice · up to {day} CECs",
        (175, 195, 225),
    ),
    ("Pre-Show Workshop", "{course} refresher, day before the show", (249, 279, 299)),
    ("Awards Banquet Ticket", "Thursday evening · guests welcome", (65, 75, 85)),
]
COURSES = ["WRT", "ASD", "AMRT", "FSRT", "OCT"]
COMPANIES = [
    "Rapid Dry Restoration",
    "Blue Line Cleaning",
    "Prime Mitigation",
    "ServiceFirst Water & Fire",
]


def _questions(d) -> str:
    groups = [
        (
            "Primary business",
            ["Water/fire restoration", "Carpet cleaning", "Mold remediation", "Supplier"],
        ),
        ("Certified in", ["WRT", "ASD", "AMRT", "FSRT", "CCT", "OCT"]),
        ("First time at the show?", ["Yes", "No"]),
    ]
    out = []
    for label, options in groups:
        ticks = set(d.rng.sample(options, 1 if len(options) < 4 else d.rng.randrange(1, 3)))
        boxes = " &nbsp; ".join(
            f'<span class="bx">{"X" if o in ticks else ""}</span>{o}' for o in options
        )
        out.append(f"<div><b>{label}:</b> &nbsp;{boxes}</div>")
    return "".join(out)


def fill(d):
    from datetime import timedelta

    from corpus import values as V
    from corpus.formats import fmt_date, fmt_range

    r = d.rng
    start = d.completed - timedelta(days=r.randint(0, 1))
    end = start + timedelta(days=d.pick([1, 2]))
    event = f"{d.pick(V.EVENTS)} {start.year}"
    show_dates = fmt_range(start, end, r)
    early = fmt_date(start - timedelta(days=r.randint(45, 90)), "short_month")
    regular = fmt_date(start - timedelta(days=r.randint(7, 20)), "short_month")
    who = d.person()
    street, city_zip = d.address()
    mail_street, mail_city = d.address()
    letters = "".join(c for c in who.split()[0].lower() if c.isascii() and c.isalpha()) or "tech"
    email = f"{letters}@{d.pick(['gmail.com', 'outlook.com', 'yahoo.com', 'comcast.net'])}"
    left, right = 44, 740
    company = d.pick(COMPANIES)
    job = d.pick(["Owner", "Project Manager", "Technician", "Crew Lead"])
    rows_def = [
        (180, [(left, 420, "Name", who), (480, right - 480, "Cert. #", d.number())]),
        (214, [(left, 420, "Company", company), (480, right - 480, "Title", job)]),
        (248, [(left, 420, "Address", street), (480, right - 480, "City / State / ZIP", city_zip)]),
        (282, [(left, 300, "Phone", d.phone()), (360, right - 360, "E-mail", email)]),
    ]
    fields = "".join(
        f'<div class="fl" style="top:{top}px;left:{x}px;width:{w}px"><span class="l">{label}</span>'
        f'<span class="v">{value}</span></div>'
        for top, cells in rows_def
        for x, w, label, value in cells
    )
    chosen_pass = d.pick([0, 0, 1, 2])
    column = d.pick([0, 1, 1, 2])
    workshop = d.chance(0.3)
    rows = []
    total = 0
    for i, (label, sub, prices) in enumerate(PASSES[: d.pick([4, 5])]):
        sub = sub.format(cec=d.pick([12, 14, 16]), day=d.pick([4, 5, 6]), course=d.pick(COURSES))
        tick = column if i == chosen_pass or (i == 3 and workshop) else None
        cells = "".join(
            f'<td><span class="bx">{"X" if j == tick else ""}</span>{f"${p}" if p else "Free"}</td>'
            for j, p in enumerate(prices)
        )
        amt = ""
        if tick is not None:
            total += prices[tick]
            amt = f'<span class="amt">${prices[tick]}</span>'
        rows.append(f"<tr><td><b>{label}</b><small>{sub}</small></td>{cells}<td>{amt}</td></tr>")
    digits = [str(r.randrange(10)) for _ in range(16)]
    masked = [c if i < 4 or i > 11 else "" for i, c in enumerate(digits)]
    boxes = "".join(
        (f"<span>{c}</span>" + ("<i></i>" if i in (3, 7, 11) else "")) for i, c in enumerate(masked)
    )
    method = d.pick(["Check", "Visa", "Visa", "MasterCard", "AmEx"])
    exp = f"{r.randrange(1, 12):02d}/{(d.completed.year + r.randrange(1, 4)) % 100:02d}"
    if method == "Check":
        exp = ""
        boxes = "".join("<span></span>" + ("<i></i>" if i in (3, 7, 11) else "") for i in range(16))
    pay = (
        f'<span class="bx">{"X" if method == "Check" else ""}</span>Check enclosed (payable to show management) &nbsp; '
        + " &nbsp; ".join(
            f'<span class="bx">{"X" if b == method else ""}</span>{b}'
            for b in ["Visa", "MasterCard", "AmEx"]
        )
        + f'<div class="cc">Card no. &nbsp;{boxes}&nbsp; Exp. <span style="width:54px">{exp}</span></div>'
        + '<div style="display:flex;gap:30px;margin-top:10px"><div class="fl" style="position:relative;width:330px">'
        + f'<span class="l">Cardholder signature</span><span class="v">{who.split()[0][0]}. {who.split()[-1]}</span></div>'
        + f'<div class="fl" style="position:relative;width:200px"><span class="l">Date</span><span class="v">{fmt_date(d.completed - timedelta(days=r.randint(20, 70)), "us_short")}</span></div></div>'
    )
    table_top = 356
    n_rows = len(rows) + 2
    pay_top = table_top + n_rows * 42 + 24
    return {
        "dark": d.pick(["#1f3a5f", "#0b3d2e", "#5b2333", "#2f2f2f", "#123c69"]),
        "ink": d.pick(["#1b2f6b", "#222", "#123c8c"]),
        "event": event,
        "ev_px": 24 if len(event) <= 28 else 20,
        "show_dates": show_dates,
        "venue": d.venue(),
        "form_title": d.pick(
            ["Attendee Registration", "Registration Form", "Mail-In Registration"]
        ),
        "form_sub": d.pick(
            ["One form per person · please print", "Photocopy for additional attendees"]
        ),
        "intro": d.pick(
            [
                f"Register online or complete this form and mail or fax it with payment. Early rates end {early}; "
                f"regular rates end {regular}. Badges are mailed to registrations received by {regular}.",
                f"Save by registering before {early}. After {regular}, register on site. "
                "Confirmation is sent by e-mail within five business days.",
            ]
        ),
        "fields_html": fields,
        "rates_top": 330,
        "rate_word": d.pick(["rates", "options", "fees"]),
        "table_top": table_top,
        "pass_head": d.pick(["Pass type", "Registration type"]),
        "col1_html": f"Early<br>by {early}",
        "col2_html": f"Regular<br>by {regular}",
        "col3": "On site",
        "rows_html": "".join(rows),
        "total": f"${total}" if total else "$0",
        "pay_top": pay_top,
        "pay_body": pay_top + 26,
        "pay_html": pay,
        "terms_top": pay_top + 250,
        "q_top": pay_top + 150,
        "q_body": pay_top + 176,
        "q_title": d.pick(["A few questions", "Tell us about you"]),
        "q_html": _questions(d),
        "terms": d.pick(
            [
                "Cancellations received in writing 30 days before the show are refunded less a $50 "
                "processing fee; no refunds after that date. Substitutions are accepted at any time. "
                "Education passes include CEC documentation only for sessions scanned in and out. "
                "Expo-only badges do not admit to education sessions. By registering you agree to the "
                "show's code of conduct and the use of your image in show photography.",
                "Fees are in U.S. dollars. Registrations are not confirmed until payment is received. "
                "A $25 fee applies to replacement badges. Workshop seats are limited and assigned in "
                "the order received. CECs are reported to the IICRC after the show for attendees who "
                "complete session scans. Children under 16 are not admitted to the exhibit hall.",
            ]
        ),
        "mail_label": d.pick(["Mail to:", "Return to:"]),
        "mail_to": f"{d.pick(['Show Registration', 'Attendee Services'])}, {mail_street}, {mail_city}",
        "fax": f"Fax {d.phone()}",
    }
