"""A certification renewal statement mailed to a technician, portrait: a
dark band with the certifying office's name and "Renewal Statement", an
account block (name, certificant number, statement date, renewal date),
the certifications on the account with their expiry, a CEC summary table
of courses reported this cycle against what is required, the fees due, and
a tear-off remittance stub at the foot."""

SOURCE = (
    "wording: certification bodies' renewal statements with a CEC summary and a "
    "remittance stub (annual renewal fee, CECs required per cycle)"
)
KIND = "other"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "other",
    "record",
    "table",
    "dark-band",
    "portrait",
    "labelled",
    "distractor-date",
)

TEMPLATE = """<style>
.band { position:absolute; top:0; left:0; right:0; height:84px; background:${dark}; color:#fff; padding:18px 48px; font-family:${ui};
  display:flex; justify-content:space-between; align-items:center }
.band b { font: bold 21px ${head}; display:block } .band small { font-size:11px; opacity:.9 }
.band .s { font: bold 16px ${ui}; letter-spacing:2px; text-transform:uppercase; text-align:right }
.w { position:absolute; top:102px; left:48px; right:48px; font: 12.5px ${ui}; color:#222 }
.acct { display:grid; grid-template-columns: 1.4fr 1fr 1fr 1fr; gap:10px; border:1px solid #bbb; padding:10px 12px; margin-bottom:14px }
.acct b { display:block; font-size:9.5px; color:#666; text-transform:uppercase; letter-spacing:.5px; font-weight:normal }
h3 { font: bold 12px ${ui}; text-transform:uppercase; letter-spacing:1px; color:${dark}; margin:12px 0 5px; border-bottom:2px solid ${dark}; padding-bottom:3px }
table { width:100%; border-collapse:collapse; font-size:12px }
td, th { padding:5px 6px; border-bottom:1px solid #ddd; text-align:left } th { font-size:10px; color:#555; text-transform:uppercase }
td.n, th.n { text-align:right } tr.t td { font-weight:bold; border-top:1.5px solid #333; border-bottom:none }
.due { font-size:16px } .note { font-size:10.5px; color:#555; margin-top:6px; line-height:14px }
.how { font-size:12px; line-height:18px; color:#333 }
.stub { position:absolute; left:0; right:0; bottom:0; height:176px; border-top:2px dashed #777; padding:16px 48px 0; font: 12px ${ui} }
.stub .sc { position:absolute; top:-10px; left:30px; background:#fff; padding:0 6px; font-size:10px; color:#777 }
.stub .g { display:grid; grid-template-columns: 1.5fr 1fr; gap:20px }
.stub .box { border:1px solid #333; padding:8px 10px; line-height:18px }
.stub .mono { font: 12px ${mono}; margin-top:10px; letter-spacing:1px }
</style>
<div class="band"><div><b>${org}</b><small>${street} · ${town}</small></div><div class="s">${heading}</div></div>
<div class="w">
 <div class="acct"><div><b>Certificant</b>${name}</div><div><b>Certificant no.</b>${cert_no}</div>
  <div><b>Statement date</b>${stmt}</div><div><b>Renewal due</b>${renew}</div></div>
 <h3>Certifications on this account</h3>
 <table><tr><th>Code</th><th>Certification</th><th>Status</th><th>Expires</th></tr>${certs_html}</table>
 <h3>Continuing education this cycle</h3>
 <table><tr><th>Course</th><th>Completed</th><th class="n">CECs</th></tr>${ce_html}
  <tr class="t"><td>Reported / required</td><td></td><td class="n">${ce_total}</td></tr></table>
 <div class="note">${ce_note}</div>
 <h3>Amount due</h3>
 <table><tr><td>Annual renewal fee (${n_certs} certification${plural})</td><td class="n">${fee}</td></tr>
  <tr class="t"><td class="due">Total due by ${renew}</td><td class="n due">${fee}</td></tr></table>
 <h3>How to renew</h3>
 <div class="how">${how}</div>
</div>
<div class="stub"><span class="sc">✂ detach and return with payment</span>
 <div class="g"><div class="box">${name}<br>${to_street}<br>${to_town}</div>
  <div class="box">Certificant no. ${cert_no}<br>Amount due: <b>${fee}</b><br>Amount enclosed: ________</div></div>
 <div class="mono">${scanline}</div>
</div>
"""


def fill(d):
    import html
    from datetime import timedelta

    from corpus import values as V
    from corpus.formats import fmt_date, fmt_number

    r = d.rng
    street, town = d.address()
    to_street, to_town = d.address()
    certs = r.sample(V.IICRC_COURSES, d.pick([1, 2, 2, 3]))
    expiry = d.other_date("expiry", "us_numeric")
    certs_html = "".join(
        f"<tr><td>{c}</td><td>{html.escape(t)}</td><td>Active</td><td>{expiry}</td></tr>"
        for t, c in certs
    )
    ce_rows = [(d.title("plain"), d.date("us_numeric"), d.hours_number())]
    for course in r.sample(V.CE_COURSES, d.pick([0, 1, 2])):
        day = d.completed - timedelta(days=r.randrange(30, 400))
        ce_rows.append(
            (course, fmt_date(day, "us_numeric"), fmt_number(d.pick([1, 2, 3, 7]), r, False))
        )
    total = sum(float(h) for *_, h in ce_rows)
    required = d.pick([14, 14, 14, 21]) * len(certs) if d.chance(0.5) else 14
    ce_html = "".join(
        f"<tr><td>{html.escape(t)}</td><td>{dt}</td><td class='n'>{h}</td></tr>"
        for t, dt, h in ce_rows
    )
    fee = 75 + 25 * (len(certs) - 1)
    cert_no = f"{r.randrange(100000, 999999)}"
    return {
        "ui": d.fonts[d.pick(["sans", "cond"])],
        "head": d.fonts[d.pick(["sans", "serif", "display"])],
        "org": d.provider(),
        "street": street,
        "town": town,
        "heading": d.pick(["Renewal Statement", "Renewal Notice", "Annual Statement"]),
        "name": d.name(d.pick(["upper", "plain"])),
        "cert_no": cert_no,
        "stmt": d.other_date("issue", "us_numeric"),
        "renew": d.other_date("expiry", "short_month"),
        "certs_html": certs_html,
        "ce_html": ce_html,
        "ce_total": f"{total:g} / {required}",
        "ce_note": d.pick(
            [
                "Courses are listed as reported by approved schools. This statement does not award "
                "credit; report missing courses through your online account.",
                "CECs shown are those on record on the statement date. Credits reported after that "
                "date will appear on your next statement.",
            ]
        ),
        "how": d.pick(
            [
                "Renew online through your certificant account, or return the stub below with a check "
                "payable to the certifying office. Certifications not renewed by the due date lapse "
                "and must be reinstated with a late fee. CECs must be reported before payment is accepted.",
                "Pay by card through your online account or mail this statement with payment. "
                "Certificants short of the required CECs receive a 90-day extension once, on request. "
                "Keep your certificates of completion for three years in case of audit.",
            ]
        ),
        "n_certs": len(certs),
        "plural": "s" if len(certs) > 1 else "",
        "fee": f"${fee:.2f}",
        "to_street": to_street,
        "to_town": to_town,
        "scanline": f"{cert_no} {r.randrange(10**8, 10**9)} {fee:05d}00 {r.randrange(10, 99)}",
    }
