"""A continuing-education statement a certification registry mails to a
registrant each time a provider reports a class, portrait. The registry's
name and a round monogram at the top, the statement title, number and date;
a window-envelope address block for the registrant beside an account box
(registrant number, renewal cycle, hours the cycle requires). A shaded box
names the activity this statement posts: the class, the provider, the date,
the approval number and its hours. Below, the cycle ledger: a balance
brought forward, earlier classes with their hours, the new row, and a
running cycle balance in the last column; then a summary of what the cycle
requires, what is on record and what is still needed, and a tiny footer.
Only the posted class's hours are this statement's credit."""

SOURCE = (
    "kieranbs96/georgina-portfolio-netlify:src/pages/cpd/index.md (training log rows with "
    "topic, provider, hours, date, renewal and status columns); running-balance layout as "
    "account statements print it (opening balance, dated entries, balance column); wording of "
    "registry CE statements (activity posted, cycle requirement, hours still needed)"
)
KIND = "course"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "record",
    "table",
    "labelled",
    "portrait",
    "address",
    "distractor-date",
    "distractor-org",
    "tiny-footer",
)

TEMPLATE = """<style>
.w { position:absolute; inset:46px 54px 34px; font: 12.5px ${sans}; color:#1c1c1c }
.hd { display:flex; align-items:center; gap:12px }
.mono { width:54px; height:54px; border-radius:50%; border:3px double ${dark}; color:${dark}; display:flex; align-items:center; justify-content:center; font: bold 17px ${head}; flex:none }
.org b { display:block; font: bold 17px ${head}; color:${dark}; line-height:20px } .org span { font-size:10.5px; color:#555 }
.ttl { margin-left:auto; text-align:right; font-size:11px; line-height:16px; color:#333 }
.ttl b { display:block; font: bold 17px ${sans}; color:#111; text-transform:${case} }
.mid { display:flex; justify-content:space-between; margin-top:26px }
.addr { font-size:13px; line-height:18px; padding-top:6px; width:300px }
.addr small { display:block; font-size:8.5px; color:#777; margin-bottom:4px }
.acct { border:1px solid #999; width:270px; font-size:12px }
.acct div { display:flex; justify-content:space-between; padding:4px 8px; border-bottom:1px solid #ddd } .acct div:last-child { border-bottom:0 }
.acct span { color:#555 }
.acct .h { background:${dark}; color:#fff; font-weight:bold; font-size:11px; letter-spacing:.5px }
.post { margin-top:22px; background:${light}; border-left:5px solid ${accent}; padding:10px 14px }
.post .k { font-size:10px; text-transform:uppercase; letter-spacing:.7px; color:#555 }
.post .t { font: bold 15.5px ${sans}; margin:2px 0 4px }
.post .g { display:flex; flex-wrap:wrap; gap:4px 24px; font-size:12px }
.post .g span { color:#666 }
.post .c { font-weight:bold; color:${dark} }
h2 { font: bold 12.5px ${sans}; text-transform:uppercase; letter-spacing:.8px; margin:22px 0 6px; color:#333 }
table { width:100%; border-collapse:collapse; font-size:${tbl_px}px }
th { text-align:left; font-size:10px; text-transform:uppercase; letter-spacing:.4px; color:#444; border-top:1.5px solid #333; border-bottom:1.5px solid #333; padding:5px 6px }
td { padding:5px 6px; border-bottom:1px solid #ddd; vertical-align:top }
th.n, td.n { text-align:right; white-space:nowrap } td.d { white-space:nowrap }
tr.bf td { font-style:italic; color:#444 }
tr.new td { font-weight:bold; background:${hi} }
tr.end td { border-top:1.5px solid #333; border-bottom:0; font-weight:bold }
.sum { display:flex; margin-top:18px; border:1px solid #999 }
.sum div { flex:1; padding:7px 10px; border-right:1px solid #ccc; font-size:11px; color:#555 } .sum div:last-child { border-right:0 }
.sum b { display:block; font-size:17px; color:#111; margin-top:2px }
.msg { margin-top:14px; font-size:11.5px; line-height:17px }
.stub { position:absolute; left:0; right:0; bottom:30px; border-top:1.5px dashed #777; padding-top:12px; font-size:11px }
.stub .sc { position:absolute; top:-9px; left:10px; background:#fff; padding:0 6px; font-size:11px; color:#777 }
.stub b { display:block; font-size:12px; margin-bottom:6px }
.stub .f { display:flex; gap:14px; margin-top:10px } .stub .f div { flex:1; border-bottom:1px solid #555; height:20px; font-size:9px; color:#666; padding-top:22px }
.ft { position:absolute; left:0; right:0; bottom:0; font-size:8.5px; color:#777; line-height:12px; border-top:1px solid #ccc; padding-top:4px }
</style>
<div class="w">
 <div class="hd">
  <div class="mono">${mono}</div>
  <div class="org"><b>${registry}</b><span>${registry_line}</span></div>
  <div class="ttl"><b>${heading}</b>${stmt_label} ${stmt_no}<br>${stmt_date}</div>
 </div>
 <div class="mid">
  <div class="addr"><small>${return_line}</small>${name}<br>${company}<br>${street}<br>${town}</div>
  <div class="acct">
   <div class="h">${acct_head}</div>
   <div><span>${reg_label}</span>${reg_no}</div>
   <div><span>Cycle</span>${cycle}</div>
   <div><span>${req_label}</span>${req_txt}</div>
  </div>
 </div>
 <div class="post">
  <div class="k">${post_label}</div>
  <div class="t">${title}</div>
  <div class="g"><div><span>${prov_label}</span> ${provider}</div><div><span>Completed</span> ${date}</div><div><span>${appr_label}</span> ${approval}</div><div class="c">${box_hours}</div></div>
 </div>
 <h2>${ledger_head}</h2>
 <table>
  <tr><th>${posted_h}</th><th>${act_date_h}</th><th>Activity</th><th>Provider</th><th class="n">${hours_h}</th><th class="n">${bal_h}</th></tr>
  ${rows_html}
 </table>
 <div class="sum">
  <div>${s1}<b>${v1}</b></div><div>${s2}<b>${v2}</b></div><div>${s3}<b>${v3}</b></div><div>${s4}<b>${v4}</b></div>
 </div>
 <div class="msg">${message}</div>
 <div class="stub"><span class="sc">&#9986; ${cut}</span><b>${stub_head}</b>${stub_text}
  <div class="f"><div>${reg_label}</div><div>Class title</div><div>Class date</div><div>Provider</div></div></div>
 <div class="ft">${footer}</div>
</div>
"""

REGISTRIES = [
    ("Restoration Technician Registry", "RTR", "Credential records & renewals"),
    ("National Council for Cleaning Certification", "NCCC", "Registrant services"),
    ("Board of Certified Restorers", "BCR", "Continuing education records office"),
    ("Indoor Environment Credential Board", "IECB", "Registrant records"),
]
COMPANIES = [
    "Bayside Water Damage Pros",
    "Greystone Restoration Co.",
    "Allied Flood & Fire Response",
    "Sunrise Carpet & Restoration",
    "Cornerstone Mitigation LLC",
]


def fill(d):
    from datetime import timedelta

    from corpus import formats as F
    from corpus import values as V

    r = d.rng
    credit = float(d.credit)
    style = d.pick(["us_numeric", "short_month", "us_short", "iso", "dd_mon_yyyy"])

    def fd(x):
        return F.fmt_date(x, style)

    def num(x):
        return f"{x:.2f}" if dec2 else f"{x:g}"

    dec2 = d.chance(0.4)
    req = d.pick([14, 14, 28, 24, 16])
    cycle_len = 730 if req >= 24 else d.pick([365, 730])
    cycle_start = d.completed - timedelta(days=r.randint(60, cycle_len - 40))
    cycle_end = cycle_start + timedelta(days=cycle_len - 1)

    pool = [c for c in V.CE_COURSES if c != d.course]
    provs = [s for s, _ in V.SCHOOLS if s != d.org] + [a for a in V.ASSOCIATIONS if a != d.org]
    n_old = d.pick([2, 3, 3, 4, 5])
    gap = (d.completed - cycle_start).days
    old_days = sorted(r.sample(range(3, max(gap, n_old + 4)), n_old), reverse=True)
    carry = d.pick([0, 0, 1, 2, 3, 4])
    balance = float(carry)
    rows = []
    if carry or d.chance(0.5):
        rows.append(
            f"<tr class='bf'><td class='d'>{fd(cycle_start)}</td><td></td>"
            f"<td colspan='2'>{d.pick(['Balance brought forward', 'Carried over from prior cycle'])}</td>"
            f"<td class='n'>{num(carry)}</td><td class='n'>{num(balance)}</td></tr>"
        )
    entries = []
    for back in old_days:
        day = d.completed - timedelta(days=back)
        posted = min(day + timedelta(days=r.randint(3, 20)), d.completed)
        entries.append((posted, day))
    entries.sort()
    for posted, day in entries:
        h = d.pick([1, 1.5, 2, 3, 3.5, 4, 6, 7, 8])
        if h == credit:
            h += 1
        balance += h
        rows.append(
            f"<tr><td class='d'>{fd(posted)}</td><td class='d'>{fd(day)}</td><td>{r.choice(pool)}</td>"
            f"<td>{r.choice(provs)}</td><td class='n'>{num(h)}</td><td class='n'>{num(balance)}</td></tr>"
        )
    stmt_day = d.completed + timedelta(days=r.randint(5, 30))
    title = d.title(d.pick(["plain", "plain", "with_code"]))
    provider = d.provider()
    date = d.date(style)
    approval = d.approval()
    if dec2 or d.chance(0.5):
        n = d.hours_number()
        box_hours = f"{n} {d.pick(['hours', 'CE hours', 'credit hours', 'CECs'])}"
        cell = n if not dec2 else f"{credit:.2f}"
    else:
        box_hours = d.hours(
            d.pick(["cec_hours", "cecs", "credit_hours", "hours_title", "iicrc_cec"])
        )
        cell = f"{credit:g}"
    balance += credit
    rows.append(
        f"<tr class='new'><td class='d'>{fd(stmt_day)}</td><td class='d'>{date}</td><td>{title}</td>"
        f"<td>{provider}</td><td class='n'>{cell}</td><td class='n'>{num(balance)}</td></tr>"
    )
    needed = max(0.0, req - balance)
    rows.append(
        f"<tr class='end'><td colspan='5'>{d.pick(['Cycle balance', 'Hours on record this cycle', 'Total to date'])}</td>"
        f"<td class='n'>{num(balance)}</td></tr>"
    )
    if needed:
        message = d.pick(
            [
                f"You need {num(needed)} more hours before {fd(cycle_end)} to renew.",
                f"Your record is short {num(needed)} hours of the {req} required. Classes must be "
                f"completed by {fd(cycle_end)}.",
            ]
        )
    else:
        message = d.pick(
            [
                "Your continuing education requirement for this cycle is met. Hours above the "
                "requirement do not carry over unless the renewal rules allow it.",
                f"Requirement met. Renew before {fd(cycle_end)} to keep your registration current.",
            ]
        )
    registry, mono, rline = d.pick(REGISTRIES)
    street, town = d.address()
    return {
        "head": d.fonts[d.pick(["serif", "display", "sans"])],
        "case": d.pick(["uppercase", "none"]),
        "tbl_px": d.pick(["11", "11.5", "12"]),
        "hi": d.pick(["#fff3c4", "#e6f0e6", "#e8eef7"]),
        "mono": mono,
        "registry": registry,
        "registry_line": f"{rline} · {d.phone()}",
        "heading": d.pick(
            ["Continuing Education Statement", "CE Activity Statement", "Statement of CE Hours"]
        ),
        "stmt_label": d.pick(["Statement", "No."]),
        "stmt_no": d.number(),
        "stmt_date": fd(stmt_day),
        "return_line": f"{registry} · PO Box {r.randrange(100, 9999)}",
        "name": d.name(d.pick(["plain", "upper", "plain"])),
        "company": d.pick(COMPANIES),
        "street": street,
        "town": town,
        "acct_head": d.pick(["Registrant account", "Your record", "Account"]),
        "reg_label": d.pick(["Registrant no.", "Cert. no.", "ID"]),
        "reg_no": f"{r.randrange(10000, 999999)}",
        "cycle": f"{fd(cycle_start)} – {fd(cycle_end)}",
        "req_label": d.pick(["Required", "Cycle requirement"]),
        "req_txt": f"{req} {d.pick(['hours', 'hrs', 'CE hours'])}",
        "post_label": d.pick(
            ["Activity posted on this statement", "New activity reported", "This statement posts"]
        ),
        "title": title,
        "prov_label": d.pick(["Provider", "Reported by"]),
        "provider": provider,
        "date": date,
        "appr_label": d.pick(["Approval", "Course approval no."]),
        "approval": approval,
        "box_hours": box_hours,
        "ledger_head": d.pick(["Cycle ledger", "Activity this cycle", "Hours on record"]),
        "posted_h": d.pick(["Posted", "Entry date"]),
        "act_date_h": d.pick(["Class date", "Completed"]),
        "hours_h": d.pick(["Hours", "Hrs", "CE hrs"]),
        "bal_h": d.pick(["Balance", "Cycle total", "Running total"]),
        "rows_html": "".join(rows),
        "s1": d.pick(["Required", "Cycle requirement"]),
        "v1": num(req),
        "s2": d.pick(["On record", "Earned to date"]),
        "v2": num(balance),
        "s3": d.pick(["Still needed", "Remaining"]),
        "v3": num(needed),
        "s4": d.pick(["Cycle ends", "Renew by"]),
        "v4": fd(cycle_end),
        "message": message,
        "cut": d.pick(["detach here", "cut along the line"]),
        "stub_head": d.pick(["Missing or wrong entry?", "Correction request"]),
        "stub_text": d.pick(
            [
                "Return this part with a copy of the certificate for any class not shown above.",
                "Mail or e-mail this stub with the certificate. Corrections post on the next statement.",
            ]
        ),
        "footer": d.pick(
            [
                "Hours are posted as reported by approved providers. Report errors within 60 days of "
                "the statement date. Keep your certificates: the registry may audit any activity.",
                "This statement lists activity on record for the current cycle only. It is not a "
                "renewal notice and not a certificate of completion.",
            ]
        ),
    }
