"""Not a certificate: the receipt a school's portal prints after a
technician pays the certification exam fee online. A table with dotted
cell borders: the school's logo, name and address in capitals on the left
and transaction id, date and time, candidate, company, exam window and
course in capitals on the right; a grey heading row; a particulars table
with serial numbers and amounts; and a bold note. It names a person, a
course, a school and dates, and records no completion and no credit."""

SOURCE = "Othynation/certificate:admin/portal/exam-receipt.php"
KIND = "other"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = ("other", "portrait", "table", "labelled", "distractor-date")

TEMPLATE = """<style>
.w { position:absolute; left:${side}px; right:${side}px; top:${top}px; font-family:${face}; color:#222 }
table { border-collapse:collapse; width:100% }
.o > tbody > tr > td { border:2px dotted #555; padding:${pad}px 10px; vertical-align:top }
.hc { font-weight:600; text-transform:uppercase; font-size:${fs}px; line-height:${lh}px; margin:0 }
.lg { text-align:center; margin-bottom:6px }
.lg .m { display:inline-block; width:${mark}px; height:${mark}px; border-radius:50%; background:${dark}; color:#fff; font: bold ${mark_fs}px ${display}; line-height:${mark}px; text-align:center }
.in td { border:2px solid #fff; padding:1px 4px }
.in td:first-child { width:46% }
h2 { font-weight:900; text-align:center; background:#f0f0f0; margin:0; padding:6px 0; font-size:${h2}px; letter-spacing:0.5px }
.pt td { border:2px solid #fff; padding:3px 6px } .pt tr:first-child { background:#f0f0f0 }
h4 { font-weight:700; margin:0; font-size:${fs}px; line-height:${lh}px }
.pr { text-align:center; margin-top:10px; font: 11px ${sans}; color:#777 }
</style>
<div class="w">
<table class="o"><tbody>
 <tr><td style="width:50%"><div class="lg"><span class="m">${initials}</span></div>
   <p class="hc">${org}</p><p class="hc">${street}</p><p class="hc">${town}</p></td>
  <td><table class="in">
   <tr><td><p class="hc">Transaction ID:</p></td><td><p class="hc">${txn}</p></td></tr>
   <tr><td><p class="hc">Date&amp;Time:</p></td><td><p class="hc">${paid} ${time}</p></td></tr>
   <tr><td><p class="hc">Candidate Name:</p></td><td><p class="hc">${name}</p></td></tr>
   <tr><td><p class="hc">Company:</p></td><td><p class="hc">${company}</p></td></tr>
   <tr><td><p class="hc">Exam Window:</p></td><td><p class="hc">${window}</p></td></tr>
   <tr><td><p class="hc">Course:</p></td><td><p class="hc">${course}</p></td></tr>
  </table></td></tr>
 <tr><td colspan="2"><h2>${heading}</h2></td></tr>
 <tr><td colspan="2"><table class="pt">
   <tr><td style="width:16%"><p class="hc">S.No.</p></td><td style="width:54%"><p class="hc">Particulars</p></td><td><p class="hc">Amount</p></td></tr>
   ${rows_html}
   <tr><td></td><td><p class="hc">Total paid (${method})</p></td><td><p class="hc">${total}</p></td></tr>
 </table></td></tr>
 <tr><td colspan="2"><h4>${note}</h4></td></tr>
</tbody></table>
<div class="pr">${printed}</div>
</div>
"""


def fill(d):
    r = d.rng
    street, town = d.address()
    org = d.org
    initials = "".join(w[0] for w in org.replace(",", "").split() if w[0].isupper())[:3]
    from corpus.values import IICRC_COURSES

    course, code = (d.course, d.code) if d.code else d.pick(IICRC_COURSES)
    items = [(f"Exam fee &amp; duration – {code} (proctored, 2 hrs)", d.pick([75, 80, 95, 110]))]
    if d.chance(0.5):
        items.append(("Online proctoring service", d.pick([15, 20, 25])))
    if d.chance(0.3):
        items.append(("Processing fee", d.pick([3, 4.5, 5])))
    rows = "".join(
        f'<tr><td><p class="hc">{i}</p></td><td><p class="hc">{t}</p></td>'
        f'<td><p class="hc">${a:,.2f}</p></td></tr>'
        for i, (t, a) in enumerate(items, 1)
    )
    total = sum(a for _, a in items)
    return {
        "face": d.fonts[d.pick(["sans", "sans", "cond"])],
        "side": d.pick([50, 60, 70]),
        "top": d.pick([40, 56, 70]),
        "pad": d.pick([8, 10]),
        "fs": d.pick([12, 13]),
        "lh": d.pick([18, 20]),
        "h2": 20,
        "mark": 46,
        "mark_fs": 15,
        "initials": initials,
        "org": org,
        "street": street,
        "town": town,
        "txn": f"{d.pick(['TXN', 'PAY', 'EX'])}{r.randrange(10**9, 10**10)}",
        "paid": d.other_date("registered", d.pick(["us_numeric", "dd_mon_yyyy", "short_month"])),
        "time": f"{r.randrange(1, 12)}:{r.randrange(0, 60):02d} {d.pick(['AM', 'PM'])}",
        "name": d.plain_name,
        "company": d.pick(
            ["ServiceMaster of Tacoma", "Dry-Rite Restoration", "Self", "Blue Line Cleaning Co."]
        ),
        "window": d.pick(["Spring session", "Online – 30 days", "Class-end exam"])
        + f" {d.completed.year}",
        "course": course,
        "heading": d.pick(["Exam Online Fee Payment Receipt", "Certification Exam Fee Receipt"]),
        "rows_html": rows,
        "method": d.pick(["card", "Visa ****" + str(r.randrange(1000, 9999)), "ACH"]),
        "total": f"${total:,.2f}",
        "note": d.pick(
            [
                "This receipt confirms payment only. Your exam result and certificate are issued "
                "separately after grading.",
                "Fees are non-refundable once the exam link has been issued. Bring this receipt "
                "and photo ID on exam day.",
            ]
        ),
        "printed": f"Printed from the student portal · {d.web()}",
    }
