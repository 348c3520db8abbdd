"""A continuing-education account statement laid out like a bank statement,
portrait, mailed by a certification registry when a course is posted to a
technician's record. The registry's name sits in a coloured band with
"Statement of CE Hours" and the statement date; under it the member's
mailing block (name, street, town) on the left, and at the right a boxed
account summary: the balance brought forward, hours lapsed out of the
rolling window, hours posted this statement, the closing balance, the
hours the renewal needs and how many are still short. The ledger below has
date, description, reference, hours in, hours out and a running balance:
the balance forward line, a lapse line for old hours dropping out, and
one posting for the course just reported (title, school, completion day,
the hours in). A line of notes on how the window works and a remittance
style footer end the page. Only the posted line is this statement's
credit; the balances and the requirement are tallies."""

SOURCE = (
    "samlarsen1/document-ai:model/templates/template1.ftl (statement: holder block, account "
    "number, table of date, description, debit, credit and balance with a brought-forward line) "
    "and mohammedfathi92/perfex-powerful-open-source-crm:application/views/admin/clients/groups/"
    "_statement.php (account summary box beside the ledger: beginning balance, invoiced, paid, "
    "balance due); the hour accounts certification registries keep over a rolling renewal window"
)
KIND = "course"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "record",
    "table",
    "labelled",
    "portrait",
    "dark-band",
    "address",
    "distractor-org",
    "distractor-date",
    "tiny-footer",
)

TEMPLATE = """<style>
.band { position:absolute; left:0; right:0; top:0; height:86px; background:${dark}; color:#fff; padding:20px 46px 0; display:flex; justify-content:space-between }
.band b { font: bold 19px ${head}; display:block } .band span { font-size:10.5px; opacity:.85 }
.band .st { text-align:right } .band .st b { font-size:17px; letter-spacing:${ls} }
.w { position:absolute; inset:112px 46px 40px; font: 12.5px ${face}; color:#1c1c1c }
.top { display:flex; justify-content:space-between; gap:30px }
.addr { font-size:12.5px; line-height:17px; padding-top:16px }
.addr small { display:block; font-size:8.5px; color:#666; letter-spacing:.5px; margin-bottom:3px }
.sum { width:285px; border:1.5px solid ${dark}; font-size:11.5px }
.sum h3 { margin:0; background:${light}; font: bold 11px ${face}; padding:4px 8px; text-transform:uppercase; letter-spacing:.7px; border-bottom:1px solid ${dark} }
.sum div { display:flex; justify-content:space-between; padding:3px 8px; border-bottom:1px dotted #bbb }
.sum div.cl { font-weight:bold; border-top:1.5px solid #333 }
.acct { margin:16px 0 8px; font-size:11px; color:#333; display:flex; gap:26px }
table { width:100%; border-collapse:collapse; font-size:${tpx}px; margin-top:4px }
th { font-size:9.5px; text-align:left; border-bottom:1.5px solid #222; padding:4px 5px; text-transform:uppercase; letter-spacing:.4px }
th.n, td.n { text-align:right; white-space:nowrap }
td { padding:6px 5px; border-bottom:1px solid #ddd; vertical-align:top }
td.d { white-space:nowrap }
tr.new td { background:${hi} }
td small { display:block; color:#555; font-size:10px }
.notes { margin-top:18px; font-size:10px; line-height:14px; color:#444; columns:2; column-gap:24px }
.certs { margin-top:22px } .certs h4 { margin:0 0 2px; font: bold 11px ${face}; text-transform:uppercase; letter-spacing:.6px; color:${dark} }
.certs td { padding:4px 5px }
.stub { position:absolute; left:0; right:0; bottom:18px; border-top:1.5px dashed #888; padding-top:8px; font-size:9.5px; color:#444 }
.sl { display:flex; justify-content:space-between }
.sf { display:flex; gap:14px; margin-top:10px } .sf div { flex:1; border-bottom:1px solid #777; height:30px; font-size:11px }
.sf small { display:block; font-size:8px; color:#666; text-transform:uppercase }
.sc { margin-top:8px; font-size:10px; display:flex; gap:22px } .sc span:before { content:""; display:inline-block; width:9px; height:9px; border:1px solid #444; margin-right:5px; vertical-align:-1px }
.ft { position:absolute; left:0; right:0; bottom:0; font-size:7.5px; color:#777 }
</style>
<div class="band"><div><b>${registry}</b><span>${registry_line}</span></div>
 <div class="st"><b>${doc_title}</b><span>${stmt_date_label} ${stmt_date}</span></div></div>
<div class="w">
 <div class="top">
  <div class="addr"><small>${addr_label}</small>${name}<br>${street}<br>${town}</div>
  <div class="sum"><h3>${sum_title}</h3>${summary_html}</div>
 </div>
 <div class="acct"><span>Account: ${acct}</span><span>Window: ${window}</span><span>${cert_line}</span></div>
 <table>
  <tr><th>Date</th><th>Description</th><th>Ref.</th><th class="n">${in_head}</th><th class="n">${out_head}</th><th class="n">Balance</th></tr>
  ${ledger_html}
 </table>
 <div class="notes">${notes}</div>
 <div class="certs"><h4>${certs_title}</h4><table>
  <tr><th>Certification</th><th>Since</th><th>Status</th><th>Expires</th></tr>${certs_html}</table></div>
 <div class="stub"><div class="sl"><span>${stub_left}</span><span>${stub_right}</span></div>
  <div class="sf"><div><small>Name</small></div><div><small>Account</small>${acct}</div><div><small>Phone</small></div></div>
  <div class="sc">${checks_html}</div></div>
 <div class="ft">${footer}</div>
</div>
"""

REGISTRIES = [
    "Restoration Credential Registry",
    "National Cleaning Technician Registry",
    "Council for Restoration Certification",
    "Inspection & Restoration Credential Office",
]


def fill(d):
    import html
    from datetime import timedelta

    from corpus.formats import fmt_date

    e = html.escape
    r = d.rng
    credit = float(d.credit)
    style = d.pick(["us_numeric", "short_month", "dd_mon_yyyy", "iso", "long"])
    title, school, done = d.title(), d.provider(), d.date(style)
    hours_text = d.hours_number()

    # tallies: brought forward, lapsed, closing, required, short
    forward = r.choice([x / 2 for x in range(6, 60) if x / 2 not in (credit,)])
    lapsed = r.choice([0, 0, 1, 2, 2.5, 3, 4, 7])
    lapsed = min(lapsed, forward - 1)
    if lapsed == credit:
        lapsed = 0
    after_lapse = forward - lapsed
    if after_lapse == credit:
        forward += 1
        after_lapse += 1
    closing = after_lapse + credit
    required = d.pick([n for n in (8, 14, 16, 24, 28, 30) if n != credit])
    short = max(required - closing, 0)
    if short == credit:
        required += 2
        short += 2

    fmt1 = d.pick(["{:.1f}", "{:g}"])  # one look for all tallies on a page

    def num(v):
        return fmt1.format(v)

    statement_day = d.completed + timedelta(days=r.randint(6, 35))
    window_start = statement_day - timedelta(days=d.pick([730, 1095, 1461]))
    forward_day = statement_day - timedelta(days=r.randint(60, 120))
    lapse_day = d.completed - timedelta(days=r.randint(1, 20))
    rows = [
        f"<tr><td class='d'>{e(fmt_date(forward_day, style))}</td><td>{d.pick(['Balance forward', 'Balance brought forward', 'Opening balance'])}</td>"
        f"<td></td><td class='n'></td><td class='n'></td><td class='n'>{num(forward)}</td></tr>"
    ]
    if lapsed:
        rows.append(
            f"<tr><td class='d'>{e(fmt_date(lapse_day, style))}</td><td>{d.pick(['Hours lapsed — older than window', 'Lapse: credit earned before window start', 'Expired hours removed'])}"
            f"<small>{d.pick(['Activity posted', 'Earned'])} {e(fmt_date(window_start - timedelta(days=r.randint(5, 200)), style))}</small></td>"
            f"<td>LPS</td><td class='n'></td><td class='n'>{num(lapsed)}</td><td class='n'>{num(after_lapse)}</td></tr>"
        )
    ref = f"{d.pick(['CE', 'PST', 'CR'])}{r.randrange(100000, 999999)}"
    rows.append(
        f"<tr class='new'><td class='d'>{e(done)}</td><td><b>{e(title)}</b><small>{e(school)}"
        f"{e(d.pick(['', ' · classroom', ' · live online', ' · course completion']))}</small></td>"
        f"<td>{ref}</td><td class='n'><b>{e(hours_text)}</b></td><td class='n'></td><td class='n'>{num(closing)}</td></tr>"
    )

    summary = [
        ("Balance forward", num(forward)),
        ("Lapsed this statement", num(lapsed)),
        ("Posted this statement", hours_text),
        ("Closing balance", num(closing)),
        ("Renewal requires", num(required)),
        ("Still needed", num(short) if short else d.pick(["0", "none", "—"])),
    ]
    if d.chance(0.3):
        summary.pop(2)
    summary_html = "".join(
        f"<div class='{'cl' if k == 'Closing balance' else ''}'><span>{e(k)}</span><span>{e(v)}</span></div>"
        for k, v in summary
    )
    from corpus import values as V

    held = [code for _, code in r.sample(V.IICRC_COURSES, 8) if code]
    held = list(dict.fromkeys(held))[: d.pick([2, 3, 4])]
    certs = []
    for code in held:
        since = d.completed.year - r.randint(1, 14)
        status = d.pick(["Active", "Active", "Active", "Renewal due"])
        expires = fmt_date(statement_day + timedelta(days=r.randint(30, 700)), style)
        certs.append(
            f"<tr><td>{code}</td><td>{since}</td><td>{status}</td><td>{e(expires)}</td></tr>"
        )
    registry = d.pick(REGISTRIES)
    street, town = d.address()
    acct = f"{r.randrange(100, 999)}-{r.randrange(10000, 99999)}"
    return {
        "face": d.fonts[d.pick(["sans", "sans", "cond", "serif"])],
        "head": d.fonts[d.pick(["sans", "serif", "display"])],
        "ls": d.pick(["0", "1px", "2px"]),
        "hi": d.pick(["#fff6cc", "#e7f2ea", "#edf2fb"]),
        "tpx": d.pick(["11", "11.5", "12"]),
        "registry": registry,
        "registry_line": d.pick(
            [
                f"Records Office · {d.city()}",
                "Member records and renewals",
                f"{d.phone()} · records desk",
            ]
        ),
        "doc_title": d.pick(
            ["Statement of CE Hours", "CE Hour Account Statement", "Continuing Education Statement"]
        ),
        "stmt_date_label": d.pick(["Statement date", "Issued", "As of"]),
        "stmt_date": fmt_date(statement_day, style),
        "addr_label": d.pick(["MEMBER", "STATEMENT FOR", "MAIL TO"]),
        "name": d.name(d.pick(["plain", "plain", "upper"])),
        "street": street,
        "town": town,
        "sum_title": d.pick(["Account summary", "Hours summary", "Your hours at a glance"]),
        "summary_html": summary_html,
        "acct": acct,
        "window": f"{fmt_date(window_start, style)} – {fmt_date(statement_day, style)}",
        "cert_line": d.pick(
            [
                f"Certified since {d.completed.year - r.randint(2, 12)}",
                f"Renewal due {fmt_date(statement_day + timedelta(days=r.randint(60, 400)), style)}",
            ]
        ),
        "in_head": d.pick(["Hours in", "Posted", "Credit"]),
        "out_head": d.pick(["Hours out", "Lapsed", "Debit"]),
        "ledger_html": "".join(rows),
        "notes": d.pick(
            [
                "Hours count toward renewal for the length of the window only; hours earned before "
                "the window opens lapse automatically. Postings are made from the school's roster "
                "after the class closes. The closing balance is not a certificate; keep the "
                "school's certificate of completion for each course.",
                "A posting shows the continuing education hours the school reported for you. "
                "Balances are the sum of postings inside your renewal window. Report a missing "
                "class to the records office within 60 days of this statement.",
            ]
        ),
        "certs_title": d.pick(["Certifications on this account", "Your certifications"]),
        "certs_html": "".join(certs),
        "checks_html": "".join(
            f"<span>{e(t)}</span>"
            for t in d.pick(
                [
                    ["A class I took is missing", "My address has changed", "Other"],
                    ["Posting is wrong", "Name correction", "Mail me a copy"],
                ]
            )
        ),
        "stub_left": f"Return this stub with any correction · Account {acct}",
        "stub_right": d.pick(["Do not send certificates to this address", f"{registry}"]),
        "footer": d.pick(
            [
                f"Stmt {r.randrange(10000, 99999)} · page 1 of 1",
                f"Printed {fmt_date(statement_day, 'us_short')} · page 1 of 1",
            ]
        ),
    }
