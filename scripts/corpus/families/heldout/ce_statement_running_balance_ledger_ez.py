"""A learner's continuing-education statement from a school, portrait, set
like a bank statement: the school's name and address at the top left, the
statement title, period and page at the right; an address window with the
learner's name; an account summary box (opening balance, credits posted,
closing balance, credits the cycle requires, credits still needed, cycle
end); a boxed notice of the course posted since the last statement with its
credit; then a ledger (date, activity, reference, credits, running
balance) whose last posted row is that course, and messages in small print.
Only the newly posted course's credit is this paper's award; the opening
balance, earlier rows, running balances and the requirement are not."""

SOURCE = (
    "foomstack-framework/APSCA:docs/domain/cpe-credit-rules.md (credits tracked by reporting "
    "period against a minimum per period; each activity carries provider, completion date and "
    "credit value) and the layout of periodic account statements (summary box, dated ledger "
    "with running balance, messages)"
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
    "tiny-footer",
)

TEMPLATE = """<style>
.w { position:absolute; inset:44px 52px 34px; font: 12.5px ${face}; color:#1b1b1b }
.top { display:flex; justify-content:space-between; align-items:flex-start }
.org { display:flex; gap:10px; align-items:center }
.mk { width:46px; height:46px; background:${dark}; color:#fff; font: bold 16px ${head}; display:flex; align-items:center; justify-content:center; border-radius:${mk_r} }
.org b { display:block; font: bold 16px ${head}; color:${dark} } .org span { font-size:11px; color:#555; line-height:14px }
.st { text-align:right; font-size:11.5px; color:#333; line-height:16px }
.st b { display:block; font: bold 17px ${head}; color:${dark}; letter-spacing:.4px; margin-bottom:3px }
.mid { display:flex; justify-content:space-between; margin-top:26px; gap:24px }
.win { width:300px; font-size:13px; line-height:18px; padding-top:14px }
.win small { display:block; font-size:9px; color:#888; letter-spacing:.4px; margin-bottom:4px }
.acct { width:300px; border:1.5px solid ${dark} }
.acct h4 { margin:0; background:${dark}; color:#fff; font: bold 11px ${face}; text-transform:uppercase; letter-spacing:.8px; padding:4px 8px }
.acct div { display:flex; justify-content:space-between; padding:3px 8px; font-size:12px; border-bottom:1px dotted #bbb }
.acct div:last-child { border-bottom:none } .acct div.k { font-weight:bold; background:${light} }
.new { margin-top:22px; border:1px solid #888; border-left:5px solid ${accent}; padding:8px 12px; font-size:13px; line-height:19px }
.new i { font-style:normal; font-size:10px; text-transform:uppercase; letter-spacing:.6px; color:#555; display:block }
.new b.c { font-size:14px }
h3 { font: bold 12px ${face}; text-transform:uppercase; letter-spacing:.8px; color:${dark}; margin:22px 0 4px }
table { width:100%; border-collapse:collapse }
th { font-size:10px; text-transform:uppercase; letter-spacing:.3px; color:#444; text-align:left; padding:4px 6px; border-bottom:1.5px solid #333 }
td { padding:6px 6px; border-bottom:1px solid #ddd; vertical-align:top; font-size:12px }
td.n, th.n { text-align:right; white-space:nowrap } td.r { font: 11px ${mono}; color:#444; white-space:nowrap }
tr.z td { background:${zebra} } tr.ob td { font-style:italic; color:#444 }
.low { display:flex; gap:26px; align-items:flex-start; margin-top:8px }
.low .cat { flex:1.2 } .low .msg { flex:1; margin-top:22px }
.msg { font-size:10.5px; line-height:15px; color:#333; border-top:1px solid #999; padding-top:6px }
.msg b { display:block; font-size:10.5px; text-transform:uppercase; letter-spacing:.5px; margin-bottom:2px }
.ft { position:absolute; left:0; right:0; bottom:0; font-size:8.5px; color:#777; display:flex; justify-content:space-between }
</style>
<div class="w">
 <div class="top">
  <div class="org"><div class="mk">${initials}</div><div><b>${org}</b><span>${street}<br>${town} · ${phone}</span></div></div>
  <div class="st"><b>${heading}</b>${period_label}: ${period}<br>${acct_label}: ${acct}<br>Page 1 of 1</div>
 </div>
 <div class="mid">
  <div class="win"><small>${window_tag}</small>${name}<br>${to_street}<br>${to_town}</div>
  <div class="acct"><h4>${summary_cap}</h4>${summary_html}</div>
 </div>
 <div class="new"><i>${new_cap}</i><b class="c">${title}</b> — ${completed_word} ${date}<br>${new_line}</div>
 <h3>${ledger_cap}</h3>
 <table>
  <tr><th style="width:15%">Posted</th><th>Activity</th><th>Ref.</th><th class="n">${credit_head}</th><th class="n">Balance</th></tr>
  ${ledger_html}
 </table>
 <div class="low">
  <div class="cat"><h3>${cat_cap}</h3><table>
   <tr><th>Category</th><th class="n">Earned</th><th class="n">Minimum</th><th>Status</th></tr>${cat_html}</table></div>
  <div class="msg"><b>${msg_cap}</b>${msg}</div>
 </div>
 <div class="ft"><span>${foot}</span><span>${web}</span></div>
</div>
"""


def fill(d):
    import html
    from datetime import timedelta

    from corpus import formats as F
    from corpus import values as V

    e = html.escape
    r = d.rng
    credit = float(d.credit)
    org = d.provider()
    words = [w for w in org.replace(",", "").replace("&", "").split() if w[:1].isupper()]
    initials = "".join(w[0] for w in words[:3])
    street, town = d.address()
    to_street, to_town = d.address()
    dstyle = d.pick(["us_numeric", "short_month", "dd_mon_yyyy"])

    posted = d.completed + timedelta(days=r.randint(2, 12))
    p_end = posted + timedelta(days=r.randint(1, 20))
    p_start = p_end - timedelta(days=d.pick([89, 90, 181]))
    period = F.fmt_range(p_start, p_end, r)
    cycle_end = F.fmt_date(p_end + timedelta(days=r.randint(120, 700)), d.pick(["long", dstyle]))

    def other_credit():
        return float(d.pick([x for x in (1, 2, 3, 4, 6, 7, 8, 14) if x != credit]))

    opening = float(d.pick([0, 0, 3, 6, 7, 8, 11]))
    if opening == credit:
        opening += 2
    rows, bal = [], opening
    rows.append(
        f"<tr class='ob'><td>{F.fmt_date(p_start, dstyle)}</td><td>"
        f"{d.pick(['Opening balance', 'Balance brought forward', 'Carried from last statement'])}"
        f"</td><td></td><td class='n'></td><td class='n'>{opening:g}</td></tr>"
    )
    earlier = r.sample([c for c in V.CE_COURSES if c != d.course], d.pick([1, 2, 2, 3]))
    days = sorted(r.sample(range(3, max(8, (posted - p_start).days - 3)), len(earlier)))
    for course, off in zip(earlier, days, strict=True):
        c = other_credit()
        bal += c
        rows.append(
            f"<tr><td>{F.fmt_date(p_start + timedelta(days=off), dstyle)}</td><td>{e(course)}</td>"
            f"<td class='r'>{r.randrange(10000, 99999)}</td><td class='n'>{c:g}</td>"
            f"<td class='n'>{bal:g}</td></tr>"
        )
    title = d.title(d.pick(["plain", "with_code", "code_first"]))
    hours = d.hours_number()
    bal += credit
    rows.append(
        f"<tr><td>{F.fmt_date(posted, dstyle)}</td><td><b>{e(title)}</b></td>"
        f"<td class='r'>{r.randrange(10000, 99999)}</td><td class='n'><b>{e(hours)}</b></td>"
        f"<td class='n'>{bal:g}</td></tr>"
    )
    if d.chance(0.4):
        adj = d.pick([-1, -2, 0.5])
        if abs(bal + adj - opening - credit) < 1e-9:
            adj = 0.5
        bal += adj
        rows.append(
            f"<tr><td>{F.fmt_date(posted + timedelta(days=1), dstyle)}</td><td><i>"
            f"{d.pick(['Adjustment — duplicate entry removed', 'Correction per audit', 'Late posting correction'])}"
            f"</i></td><td class='r'>ADJ</td><td class='n'>{adj:+g}</td><td class='n'>{bal:g}</td></tr>"
        )
    if d.chance(0.5):
        rows = [
            row.replace("<tr>", "<tr class='z'>", 1) if i % 2 else row for i, row in enumerate(rows)
        ]
    required = float(d.pick([14, 14, 21, 24, 28]))
    while required == bal or required - bal == credit:
        required += 7
    posted_total = bal - opening
    summary = [
        ("Opening balance", f"{opening:g}"),
        ("Credits posted this period", f"{posted_total:g}"),
        ("Closing balance", f"{bal:g}"),
        ("Required this cycle", f"{required:g}"),
        ("Still needed", f"{max(0.0, required - bal):g}"),
        ("Cycle ends", cycle_end),
    ]
    summary_html = "".join(
        f"<div{' class=k' if k == 'Closing balance' else ''}><span>{k}</span><b>{e(v)}</b></div>"
        for k, v in summary
    )
    tech_min, safe_min = d.pick([(7, 2), (10, 4), (8, 3), (6, 0)])
    safety = float(min(d.pick([1, 2, 3, 4]), int(bal // 3)))
    business = float(min(d.pick([0, 0, 1, 2]), int(bal // 4)))
    technical = bal - safety - business
    cats = [("Technical / hands-on", technical, tech_min), ("Health & safety", safety, safe_min)]
    if business:
        cats.append(("Business & ethics", business, 0))
    cat_html = "".join(
        f"<tr><td>{k}</td><td class='n'>{v:g}</td><td class='n'>{m or '—'}</td>"
        f"<td>{'Met' if v >= m else 'Short ' + format(m - v, 'g')}</td></tr>"
        for k, v, m in cats
    )
    unit = d.pick(["CEC hours", "CE hours", "credit hours"])
    return {
        "face": d.fonts[d.pick(["sans", "sans", "serif"])],
        "head": d.fonts[d.pick(["sans", "serif", "display"])],
        "mono": d.fonts["mono"],
        "mk_r": d.pick(["50%", "4px", "0"]),
        "zebra": d.pick(["#f3f3f3", "#eef3f8", "#f5f1e8"]),
        "initials": initials,
        "org": org,
        "street": street,
        "town": town,
        "phone": d.phone(),
        "heading": d.pick(
            ["Continuing Education Statement", "CE Account Statement", "Learner Credit Statement"]
        ),
        "period_label": d.pick(["Statement period", "Period"]),
        "period": period,
        "acct_label": d.pick(["Learner no.", "Account", "Student ID"]),
        "acct": f"{r.randrange(100, 999)}-{r.randrange(10000, 99999)}",
        "window_tag": d.pick(["STATEMENT FOR", "", "PREPARED FOR"]),
        "name": d.name(d.pick(["plain", "upper", "plain"])),
        "to_street": to_street,
        "to_town": to_town,
        "summary_cap": d.pick(["Account summary", "Summary of credits", "Your balance"]),
        "summary_html": summary_html,
        "new_cap": d.pick(
            [
                "Posted since your last statement",
                "New credit on your account",
                "Newly posted course",
            ]
        ),
        "title": title,
        "completed_word": d.pick(["completed", "class date", "finished"]),
        "date": d.date(d.pick(["long", "short_month", "us_numeric"])),
        "new_line": d.pick(
            [
                f"Credit awarded: {hours} {unit}.",
                f"{hours} {unit} have been added to your record.",
                f"Awarded {hours} {unit} on successful completion.",
            ]
        ),
        "ledger_cap": d.pick(["Activity this period", "Credit ledger", "Transactions"]),
        "credit_head": d.pick(["Credits", "CE hrs", "Earned"]),
        "ledger_html": "".join(rows),
        "cat_cap": d.pick(["Credits by category", "Cycle to date by category"]),
        "cat_html": cat_html,
        "msg_cap": d.pick(["Messages", "Important", "Please note"]),
        "msg": d.pick(
            [
                "Balances count credits earned in the current cycle only. Credits above the "
                "requirement do not carry into the next cycle. Keep your certificates for three years.",
                "If a course you completed is missing, send a copy of its certificate within 60 days "
                "of this statement. Credits are posted within two weeks of the class.",
            ]
        ),
        "foot": f"Statement {d.number()} · generated {F.fmt_date(p_end + timedelta(days=r.randint(1, 5)), 'us_numeric')}",
        "web": d.web(),
    }
