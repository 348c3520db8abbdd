"""Not a certificate: a renewal reminder mailed as a half-sheet self-mailer,
landscape. The left panel carries a coloured tab with the notice's name, a
greeting to the certificant, one paragraph about the coming expiry, a
status grid (certifications, expiry, hours required for the cycle, hours on
file, hours still needed), the last course on record with its own hours,
and how to report more; the right panel is the mailing side with the
return address, a postage indicia, the certificant's address and a postal
barcode. Every hour figure is a requirement or a count on file."""

SOURCE = (
    "wording: certification bodies' and associations' renewal reminders (CEC hours required per "
    "renewal cycle, hours on file, hours still needed, renewal deadline, office hours and "
    "posting time for reported courses) printed on self-mailers"
)
KIND = "other"
PAPER = "half-letter"
CATEGORIES = (
    "other",
    "slip",
    "address",
    "labelled",
    "table",
    "distractor-date",
    "barcode",
)

TEMPLATE = """<style>
.l { position:absolute; left:0; top:0; bottom:0; width:62%; padding:20px 22px 14px 26px; font: 13px ${face}; color:#1d1d1d; border-right:1px dashed #aaa }
.tab { display:inline-block; background:${band}; color:#fff; font: bold 13px ${head}; letter-spacing:1px; text-transform:uppercase; padding:5px 12px; border-radius:${rad} }
.org { font: bold 12px ${head}; color:${band}; margin:6px 0 8px }
.l p { margin:0 0 8px; line-height:17px }
table { width:100%; border-collapse:collapse; margin:4px 0 7px }
th { font-size:9px; text-transform:uppercase; letter-spacing:.3px; color:#555; text-align:left; border-bottom:1.5px solid #333; padding:2px 4px }
td { font-size:12.5px; padding:4px 4px; border-bottom:1px solid #ddd } td.n, th.n { text-align:right } td.k { font-weight:bold; color:${band} }
.last { font-size:11.5px; background:${light}; padding:4px 7px; margin-bottom:6px; line-height:14px }
.how { font-size:10.5px; color:#444; line-height:14px }
.up { margin:2px 0 8px; font-size:11.5px } .up b { display:block; font-size:9.5px; text-transform:uppercase; letter-spacing:.4px; color:#555; margin-bottom:2px }
.up div { display:flex; justify-content:space-between; border-bottom:1px dotted #bbb; padding:2px 0 }
.r { position:absolute; right:0; top:0; bottom:0; width:38%; padding:16px 18px; font: 11px ${face} }
.ret { font-size:9.5px; line-height:12px; color:#333 }
.ind { position:absolute; right:16px; top:14px; width:82px; border:1.5px solid #222; text-align:center; font: bold 8px ${ui}; line-height:10px; padding:4px 2px; text-transform:uppercase }
.to { position:absolute; left:26px; right:16px; top:190px; font: 12.5px ${mono}; line-height:17px; text-transform:${to_case} }
.to small { display:block; font-size:9px; color:#555; margin-bottom:3px; text-transform:uppercase }
.bc { position:absolute; left:26px; top:264px; height:14px; display:flex; gap:2px; align-items:flex-end }
.bc span { width:2px; background:#111 }
</style>
<div class="l">
 <span class="tab">${tab}</span>
 <div class="org">${issuer}</div>
 <p>${greeting}</p>
 <p>${lead}</p>
 <table><tr><th>Certification</th><th>Expires</th><th class="n">Required</th><th class="n">On file</th><th class="n">Still needed</th></tr>${grid_html}</table>
 <div class="last">${last}</div>
 <div class="up"><b>${up_cap}</b>${up_html}</div>
 <div class="how">${how}</div>
</div>
<div class="r">
 <div class="ret">${issuer}<br>${i_street}<br>${i_town}</div>
 <div class="ind">${indicia_html}</div>
 <div class="to"><small>${to_tag}</small>${name}<br>${street}<br>${town}</div>
 <div class="bc">${bars_html}</div>
</div>
"""


def fill(d):
    import html
    from datetime import timedelta

    from corpus import formats as F
    from corpus import values as V

    r = d.rng
    issuer = d.pick(V.ASSOCIATIONS + ["Restoration Certification Council", "Certification Office"])
    i_street, i_town = d.address()
    street, town = d.address()
    expiry = d.completed + timedelta(days=r.randint(30, 120))
    exp_s = F.fmt_date(expiry, d.pick(["us_numeric", "short_month", "long"]))
    certs = r.sample(V.IICRC_COURSES, d.pick([1, 1, 2]))
    rows = []
    for i, (_t, code) in enumerate(certs):
        req = d.pick([14, 14, 8, 21]) if i == 0 else d.pick([7, 14])
        on = d.pick([0, 3, 4, 6, 7, 7.5, 10])
        on = min(on, req - 1)
        need = req - on
        rows.append(
            f"<tr><td class='k'>{code}</td><td>{exp_s}</td><td class='n'>{req}</td>"
            f"<td class='n'>{on:g}</td><td class='n'><b>{need:g}</b></td></tr>"
        )
    last_course = d.pick(V.CE_COURSES)
    last_h = d.pick([1, 2, 3, 3.5, 4, 6])
    last_day = d.completed - timedelta(days=r.randint(60, 500))
    picks = r.sample([c for c in V.CE_COURSES if c != last_course], d.pick([2, 3]))
    days = sorted(d.completed + timedelta(days=r.randint(7, 60)) for _ in picks)
    up = [
        f"<div><span>{html.escape(course)}</span><span>{F.fmt_date(day, 'short_month')} · "
        f"{d.pick([2, 3, 4, 7, 8]):g} hrs</span></div>"
        for course, day in zip(picks, days, strict=True)
    ]
    office = d.pick(["Mon–Fri 8:00–5:00 ET", "weekdays 9–4 CT", "Mon–Thu 7:30–4:30 PT"])
    post = d.pick([48, 72, 24])
    bars = "".join(f"<span style='height:{d.pick([6, 14])}px'></span>" for _ in range(52))
    return {
        "face": d.fonts[d.pick(["sans", "serif"])],
        "head": d.fonts[d.pick(["sans", "display", "cond"])],
        "ui": d.fonts["sans"],
        "mono": d.fonts[d.pick(["mono", "sans"])],
        "band": d.pick([d.colors["dark"], d.colors["accent"], "#b91c1c"]),
        "rad": d.pick(["0", "3px", "12px"]),
        "to_case": d.pick(["uppercase", "none"]),
        "tab": d.pick(["Renewal reminder", "Second notice", "Action needed", "Renewal notice"]),
        "issuer": issuer,
        "greeting": d.pick([f"Dear {d.plain_name},", f"Hello {d.first},", "Dear Certificant,"]),
        "lead": d.pick(
            [
                f"Your certification expires on {exp_s}. To renew, the continuing education "
                "hours below must be on file before that date.",
                f"Our records show your renewal date is {exp_s} and you are still short of the "
                "continuing education hours your certification requires.",
            ]
        ),
        "grid_html": "".join(rows),
        "last": d.pick(
            [
                f"Last course on record: {last_course}, {last_h:g} hrs, "
                f"{F.fmt_date(last_day, 'us_numeric')}.",
                f"Most recent credit posted {F.fmt_date(last_day, 'short_month')}: "
                f"{last_course} ({last_h:g} CEC hrs).",
            ]
        ),
        "up_cap": d.pick(
            ["Approved classes coming up", "Earn your hours", "Upcoming classes near you"]
        ),
        "up_html": "".join(up),
        "how": d.pick(
            [
                f"Report completed courses through your online account; allow {post} hours for "
                f"posting. Questions? Call {d.phone()}, {office}.",
                f"Schools report your hours for you; allow {post} hours after a class. Office "
                f"hours {office}. Late renewals pay a reinstatement fee.",
            ]
        ),
        "i_street": i_street,
        "i_town": i_town,
        "indicia_html": "Presorted<br>First-Class Mail<br>U.S. Postage<br>Paid<br>Permit No. "
        + str(r.randrange(10, 999)),
        "to_tag": d.pick(["", "Certificant", f"Acct {r.randrange(100000, 999999)}"]),
        "name": d.plain_name,
        "street": street,
        "town": town,
        "bars_html": bars,
    }
