"""Not a certificate: a refund receipt a training school prints when a
registered student withdraws before class, laid out like a class
receipt. A header with the school's name and "Refund Receipt", a labelled
block with the student, registration number, the class and its dates, the
hours the class would have carried, then a ledger of the original payment,
the cancellation fee and the refund, a status line (withdrawn, no credit
issued) and a note about re-enrolling. It names a person, a course, a
school, dates and CEC figures; it awards nothing."""

SOURCE = (
    "wp-premium/memberpress-business:app/views/emails/user_refunded_txn.php (refund notice with "
    "amount, transaction, date, status: refunded) and PhantomWatson/elemental:"
    "app/View/Emails/html/refund.ctp (refund for a course registration fee after the registrant "
    "cancelled)"
)
KIND = "other"
PAPER = ["half-letter", "receipt", "letter-portrait"]
CATEGORIES = (
    "other",
    "labelled",
    "table",
    "date-range",
    "distractor-person",
    "distractor-date",
    "tiny-footer",
    "provider-in-logo",
)

TEMPLATE = """<style>
.w { position:absolute; inset:${pad}px; font: ${fpx}px ${face}; color:#1a1a1a; line-height:1.35 }
.hd { display:flex; flex-wrap:wrap; justify-content:space-between; align-items:flex-end; gap:4px 12px; border-bottom:2px solid ${dark}; padding-bottom:6px }
.hd b { display:block; font: bold 15px ${head}; color:${dark} } .hd span { font-size:9.5px; color:#555 }
.hd h1 { margin:0; font: bold 17px ${head}; color:${accent}; letter-spacing:1px }
.kv { display:grid; grid-template-columns: ${cols}; gap:6px 16px; margin:10px 0 }
.kv small { display:block; font-size:8px; color:#555; text-transform:uppercase; letter-spacing:.4px }
table { width:100%; border-collapse:collapse; margin-top:6px }
th { text-align:left; font-size:8.5px; text-transform:uppercase; letter-spacing:.4px; border-bottom:1px solid #333; padding:3px 4px }
td { padding:4px; border-bottom:1px solid #ddd } td.n, th.n { text-align:right; white-space:nowrap }
tr.t td { font-weight:bold; border-top:1.5px solid #333 }
.stt { margin-top:10px; border:1.5px solid ${accent}; color:${accent}; padding:5px 8px; font-weight:bold; text-align:center; letter-spacing:.5px }
.nt { margin-top:8px; font-size:9.5px; color:#333 }
.ft { position:absolute; left:0; right:0; bottom:0; font-size:7.5px; color:#777; display:flex; flex-wrap:wrap; justify-content:space-between }
</style>
<div class="w">
 <div class="hd"><div><b>${school}</b><span>${school_line}</span></div><h1>${doc_title}</h1></div>
 <div class="kv">
  <div><small>${who_label}</small>${who}</div>
  <div><small>Registration</small>${reg}</div>
  <div><small>Class</small>${course}</div>
  <div><small>Scheduled</small>${span}</div>
  <div><small>${hrs_label}</small>${hrs}</div>
  <div><small>Withdrawn</small>${withdrawn}</div>
 </div>
 <table>
  <tr><th>Date</th><th>Item</th><th class="n">Amount</th></tr>
  ${rows_html}
 </table>
 <div class="stt">${status}</div>
 <div class="nt">${note}</div>
 <div class="ft"><span>${ft_l}</span><span>${ft_r}</span></div>
</div>
"""


def fill(d):
    import html
    from datetime import timedelta

    from corpus.formats import fmt_date, fmt_range

    e = html.escape
    r = d.rng
    style = d.pick(["us_numeric", "short_month", "iso"])
    start = d.completed - timedelta(days=d.pick([0, 1, 2]))
    span = fmt_range(start, d.completed, r) if start != d.completed else fmt_date(start, style)
    paid_day = d.completed - timedelta(days=r.randint(20, 70))
    wd_day = d.completed - timedelta(days=r.randint(2, 15))
    fee = d.pick([195, 295, 395, 495, 595, 795])
    cancel = d.pick([0, 25, 50, round(fee * 0.1)])
    rows = [
        (paid_day, "Original payment · tuition", f"${fee:,.2f}"),
        (wd_day, "Cancellation fee", f"-${cancel:,.2f}" if cancel else "$0.00"),
        (
            wd_day,
            d.pick(["Refund to original card", "Refund by check", "Refund issued"]),
            f"-${fee - cancel:,.2f}",
        ),
    ]
    rows_html = "".join(
        f"<tr><td>{e(fmt_date(a, style))}</td><td>{e(b)}</td><td class='n'>{e(c)}</td></tr>"
        for a, b, c in rows
    )
    rows_html += f"<tr class='t'><td></td><td>Retained</td><td class='n'>${cancel:,.2f}</td></tr>"
    return {
        "face": d.fonts[d.pick(["sans", "cond", "serif"])],
        "head": d.fonts[d.pick(["sans", "display", "serif"])],
        "pad": d.pick(["18", "24"]),
        "fpx": d.pick(["10.5", "11"]),
        "cols": d.pick(["1fr 1fr", "1fr 1fr", "1fr"]),
        "school": d.org,
        "school_line": d.pick(
            [f"Registrar · {d.phone()}", d.web(), f"Student accounts · {d.city()}"]
        ),
        "doc_title": d.pick(["REFUND RECEIPT", "Refund Receipt", "WITHDRAWAL & REFUND"]),
        "who_label": d.pick(["Student", "Registrant", "Refunded to"]),
        "who": d.person(),
        "reg": d.number(d.pick(["REG-", "#", ""])),
        "course": d.course,
        "span": span,
        "hrs_label": d.pick(
            ["Class credit (not earned)", "CECs for this class", "Hours on completion"]
        ),
        "hrs": f"{d.credit:g} {d.pick(['CEC hours', 'CECs', 'hrs'])}",
        "withdrawn": fmt_date(wd_day, style),
        "rows_html": rows_html,
        "status": d.pick(
            [
                "WITHDRAWN — NO CREDIT ISSUED",
                "STATUS: WITHDRAWN BEFORE CLASS · NOT ATTENDED",
                "REGISTRATION CANCELLED — NO CERTIFICATE",
            ]
        ),
        "note": d.pick(
            [
                "You did not attend this class and no continuing education credit has been reported for you. "
                "To take the class later, register again for a future date.",
                "Refunds post in 5–10 business days. This receipt is not proof of attendance.",
            ]
        ),
        "ft_l": f"Refund {r.randrange(100000, 999999)}",
        "ft_r": d.pick(["Keep for your records", "Page 1 of 1", f"Processed by {d.person()}"]),
    }
