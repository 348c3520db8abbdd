"""A continuing-education statement from an association, set like a
balance-forward account statement: the association's name and the member's
mailing block at the top, the statement period and member number at the
right, an account summary box (hours carried forward, hours posted this
period, hours now on record, hours the renewal requires and hours still
needed), then a transaction table with a running balance: the balance
forward line and the one class posted this period with its date, provider,
approval number and credit. Only the posted class is this paper's credit;
the balances and the requirement are not."""

SOURCE = (
    "mohammedfathi92/perfex-powerful-open-source-crm:application/views/admin/clients/groups/"
    "_statement.php (account summary: beginning balance, invoiced, paid, balance due; table of "
    "date, details, amount, payments, running balance) and ppone/docs:guides/account-statements.md "
    "(balance-forward statement)"
)
KIND = "course"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "record",
    "table",
    "labelled",
    "portrait",
    "date-range",
    "distractor-date",
    "distractor-org",
    "address",
    "tiny-footer",
)

TEMPLATE = """<style>
.w { position:absolute; inset:48px 56px 40px; font: 12px ${body}; color:#222 }
.hd { display:flex; justify-content:space-between; align-items:flex-start }
.as { font: bold 17px ${head}; color:${dark}; max-width:360px; line-height:21px }
.as span { display:block; font: 11px ${body}; color:#555; margin-top:3px; line-height:15px }
.tt { text-align:right }
.tt b { display:block; font: ${tt_weight} 20px ${head}; letter-spacing:${tt_ls}; text-transform:uppercase; color:#111 }
.tt div { font-size:11.5px; color:#444; line-height:17px; margin-top:4px }
.mid { display:flex; justify-content:space-between; margin-top:30px; align-items:flex-start }
.to { font-size:12.5px; line-height:18px; padding-top:8px }
.to .l { font-size:9.5px; letter-spacing:1px; color:#777; text-transform:uppercase }
.box { width:300px; border:1.5px solid ${dark} }
.box .h { background:${dark}; color:#fff; font: bold 11px ${body}; letter-spacing:1px; text-transform:uppercase; padding:5px 10px }
.box div.r { display:flex; justify-content:space-between; padding:4px 10px; font-size:12px }
.box div.r.e { border-top:1px solid #999; font-weight:bold }
.box div.r.q { background:${light} }
.cap { margin:30px 0 6px; font-size:11.5px; color:#444; text-align:center }
table { width:100%; border-collapse:collapse; font-size:11.5px }
th { text-align:left; border-top:1.5px solid #222; border-bottom:1.5px solid #222; padding:5px 5px; font-size:10px; letter-spacing:.5px; text-transform:uppercase; background:${th_bg} }
td { padding:6px 5px; border-bottom:1px solid #ddd; vertical-align:top } td.n, th.n { text-align:right; white-space:nowrap } td.nw { white-space:nowrap }
td .s { display:block; font-size:10.5px; color:#666 }
tr.end td { font-weight:bold; border-top:1.5px solid #222; border-bottom:none }
.msg { margin-top:22px; font-size:11.5px; line-height:17px; border:1px dashed #aaa; padding:8px 11px; color:#333 }
.ft { position:absolute; left:56px; right:56px; bottom:18px; font-size:8.5px; color:#777; display:flex; justify-content:space-between }
</style>
<div class="w">
 <div class="hd">
  <div class="as">${org_stmt}<span>${as_street}<br>${as_town} · ${as_phone}</span></div>
  <div class="tt"><b>${heading}</b><div>${period_label} ${period}<br>${member_label} ${member}<br>${stmt_label} ${stmt_date}</div></div>
 </div>
 <div class="mid">
  <div class="to"><div class="l">${to_label}</div>${name}<br>${street}<br>${town}</div>
  <div class="box">
   <div class="h">${summary_head}</div>
   <div class="r"><span>${fwd_label}</span><span>${fwd}</span></div>
   <div class="r"><span>${posted_label}</span><span>${posted}</span></div>
   <div class="r e"><span>${onrec_label}</span><span>${onrec}</span></div>
   <div class="r"><span>${req_label}</span><span>${req}</span></div>
   <div class="r q"><span>${need_label}</span><span>${need}</span></div>
  </div>
 </div>
 <div class="cap">${caption}</div>
 <table>
  <tr><th>Date</th><th>${desc_head}</th><th>${ref_head}</th><th class="n">${cr_head}</th><th class="n">${bal_head}</th></tr>
  <tr><td class="nw">${open_date}</td><td>${fwd_text}</td><td></td><td class="n"></td><td class="n">${fwd}</td></tr>
  <tr><td class="nw">${date}</td><td>${title}<span class="s">${provider_line}</span></td><td class="nw">${ref}</td><td class="n">${hours}</td><td class="n">${onrec}</td></tr>
  <tr class="end"><td class="nw">${close_date}</td><td>${end_text}</td><td></td><td class="n"></td><td class="n">${onrec}</td></tr>
 </table>
 <div class="msg">${msg}</div>
</div>
<div class="ft"><span>${foot}</span><span>Page 1 of 1</span></div>
"""


def fill(d):
    from datetime import date, timedelta

    from corpus import values as V
    from corpus.formats import fmt_date, fmt_number

    r = d.rng
    c = d.credit
    n = lambda v: fmt_number(v, r, False)  # noqa: E731
    style = d.pick(["us_numeric", "short_month", "dd_mon_yyyy", "us_short"])
    # Quarterly statement period that holds the completion date.
    q0 = (d.completed.month - 1) // 3 * 3 + 1
    start = date(d.completed.year, q0, 1)
    end = (
        date(d.completed.year + 1, 1, 1) if q0 == 10 else date(d.completed.year, q0 + 3, 1)
    ) - timedelta(days=1)
    fwd = d.pick([h for h in (2, 3, 4.5, 6, 7, 8, 10.5, 12, 15, 21) if h != c])
    onrec = fwd + c
    req = d.pick([14, 14, 16, 21, 28])
    if req == onrec or req == c:
        req += 7
    need = max(0.0, req - onrec)
    if need == c:
        req += 2
        need += 2
    hours = d.hours_number()
    unit = d.pick([" hrs", "", " CEC"])
    org = d.provider()
    provider_line = d.pick(["Provider: ", "Offered by ", ""]) + org
    as_street, as_town = d.address()
    street, town = d.pick([a for a in V.CITIES if a[0] != as_street])
    assoc = d.pick([a for a in V.ASSOCIATIONS if a != d.org])
    return {
        "body": d.fonts[d.pick(["sans", "sans", "serif", "cond"])],
        "head": d.fonts[d.pick(["sans", "display", "serif"])],
        "tt_weight": d.pick(["bold", "300", "600"]),
        "tt_ls": d.pick(["0", "1px", "3px"]),
        "th_bg": d.pick(["transparent", "#f0f0f0", d.colors["light"]]),
        "org_stmt": assoc,
        "as_street": as_street,
        "as_town": as_town,
        "as_phone": d.phone(),
        "heading": d.pick(["CE Statement", "Statement of Credit Hours", "Member CE Statement"]),
        "period_label": d.pick(["Period:", "Statement period"]),
        "period": f"{fmt_date(start, style)} – {fmt_date(end, style)}",
        "member_label": d.pick(["Member #", "Member no.", "Account"]),
        "member": f"{r.randrange(10000, 99999)}",
        "stmt_label": d.pick(["Issued", "Statement date"]),
        "stmt_date": fmt_date(end + timedelta(days=r.randint(3, 20)), style),
        "to_label": d.pick(["Member", "Statement for"]),
        "name": d.name(d.pick(["plain", "upper", "last_first"])),
        "street": street,
        "town": town,
        "summary_head": d.pick(["Account summary", "Hours summary", "Summary"]),
        "fwd_label": d.pick(["Balance forward", "Hours carried forward", "Previous balance"]),
        "fwd": f"{n(fwd)}{unit}",
        "posted_label": d.pick(["Posted this period", "Credits posted", "New credits"]),
        "posted": f"{hours}{unit}",
        "onrec_label": d.pick(["Hours on record", "Ending balance", "Total to date"]),
        "onrec": f"{n(onrec)}{unit}",
        "req_label": d.pick(["Required for renewal", "Cycle requirement", "Renewal requires"]),
        "req": f"{n(req)}{unit}",
        "need_label": d.pick(["Still needed", "Remaining", "Hours due"]),
        "need": f"{n(need)}{unit}",
        "caption": d.pick(
            [
                "Credit activity for the statement period",
                "Transactions posted to your CE account",
                "Detail of hours posted",
            ]
        ),
        "desc_head": d.pick(["Description", "Activity", "Details"]),
        "ref_head": d.pick(["Approval #", "Course no.", "Ref."]),
        "cr_head": d.pick(["Credit", "Hours", "CEC"]),
        "bal_head": d.pick(["Balance", "Running total", "On record"]),
        "open_date": fmt_date(start, style),
        "fwd_text": d.pick(["Balance forward", "Opening balance", "Carried from last statement"]),
        "date": d.date(style),
        "title": d.title(d.pick(["plain", "with_code"])),
        "provider_line": provider_line,
        "ref": d.approval(),
        "hours": hours,
        "close_date": fmt_date(end, style),
        "end_text": d.pick(["Ending balance", "Closing balance", "Balance at period end"]),
        "msg": f"Your current certification cycle ends {d.other_date('expiry', style)}. "
        + d.pick(
            [
                "Hours are posted when the provider reports your attendance. If a class you "
                "attended is missing, send a copy of your certificate to the member services office.",
                "Your renewal is due at the end of your cycle. Hours above the requirement do not "
                "carry over to the next cycle.",
            ]
        ),
        "foot": d.pick(
            [
                f"Member services {d.phone()} · Statement generated {fmt_date(end, 'iso')}",
                "Retain this statement with your certification records.",
            ]
        ),
    }
