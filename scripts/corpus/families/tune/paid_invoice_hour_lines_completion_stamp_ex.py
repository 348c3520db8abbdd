"""A school's invoice for one student's class, billed to the employer and
marked paid: a large "Invoice" heading with the school's block at the right,
a labelled block (student, class, client, dates), a line-item table whose
quantity column counts hours for the hourly items (hands-on lab time,
make-up or proctoring time) besides the tuition seat and the manual,
totals, a red "PAID" ink stamp, and a notice box at the foot, where the
school's office has typed that the student completed the class and the CE
credit it carries. The quantities in hours are what was billed, not the
credit."""

SOURCE = (
    "dzflack/ctf-challenges:challenges/ggrf/docker-files/template/pdf.html.tpl (invoice: big "
    "heading, company block, project/client labelled block, service/description/price/qty/total "
    "table, notices); wording: small schools that note completion and credit on the paid invoice"
)
KIND = "course"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "invoice",
    "table",
    "labelled",
    "portrait",
    "stamp",
    "distractor-person",
    "distractor-date",
    "address",
)

TEMPLATE = """<style>
.w { position:absolute; inset:44px 54px 40px; font: 12.5px ${body}; color:#2a2a2a }
.hd { display:flex; justify-content:space-between; align-items:flex-start; padding-bottom:18px; border-bottom:${hd_rule} }
.hd h1 { font: ${h_weight} 40px ${head}; color:${dark}; margin:0; letter-spacing:${h_ls}; line-height:44px }
.hd .no { font-size:12px; color:#555; margin-top:4px }
.co { text-align:right; line-height:17px; font-size:12px }
.co b { font: bold 14px ${head}; color:#111; display:block }
.pj { display:grid; grid-template-columns:80px 1fr; row-gap:5px; margin:20px 0 22px; font-size:12.5px }
.pj span { color:#888; font-size:10.5px; letter-spacing:1px; padding-top:2px; text-transform:uppercase }
table { width:100%; border-collapse:collapse }
th { font-size:10.5px; color:#5d6975; text-transform:uppercase; letter-spacing:.6px; border-bottom:1px solid #c1ced9; padding:7px 8px; text-align:left; background:${th_bg} }
td { padding:10px 8px; vertical-align:top; border-bottom:1px solid #e4e4e4 } td.n, th.n { text-align:right; white-space:nowrap }
td .s { display:block; color:#777; font-size:11px }
.sum td { border:none; padding:4px 8px } .sum td.l { text-align:right; color:#555 }
.sum tr.g td { font-weight:bold; font-size:14px; border-top:1.5px solid #333; padding-top:7px }
.rel { position:relative }
.stamp { position:absolute; left:${stamp_left}px; top:${stamp_top}px; transform:rotate(-14deg); border:4px double #c0262d; color:#c0262d; font: bold 30px ${cond}; letter-spacing:6px; padding:2px 16px; opacity:.78; text-align:center }
.stamp span { display:block; font: bold 11px ${cond}; letter-spacing:1px }
.nt { margin-top:26px; border-left:4px solid ${accent}; background:${light}; padding:10px 14px; line-height:19px; font-size:12.5px }
.nt b { display:block; font-size:10.5px; letter-spacing:1.2px; color:#555; text-transform:uppercase; margin-bottom:2px }
.terms { margin-top:16px; font-size:10.5px; color:#777; line-height:15px }
.ft { position:absolute; left:54px; right:54px; bottom:18px; border-top:1px solid #c1ced9; padding-top:5px; text-align:center; font-size:10px; color:#777 }
</style>
<div class="w">
 <div class="hd">
  <div><h1>${heading}</h1><div class="no">${inv_label} ${inv_no}</div></div>
  <div class="co"><b>${org}</b>${street}<br>${town}<br>${phone}<br>${email}</div>
 </div>
 <div class="pj">
  <span>Client</span><div>${company}</div>
  <span>Attn</span><div>${attn}</div>
  <span>${student_label}</span><div>${name}</div>
  <span>Date</span><div>${inv_date}</div>
  <span>Due</span><div>${due}</div>
 </div>
 <table>
  <tr><th>${svc_head}</th><th>Description</th><th class="n">Price</th><th class="n">${qty_head}</th><th class="n">Total</th></tr>
  ${rows_html}
 </table>
 <div class="rel"><table class="sum">
  <tr><td class="l">Subtotal</td><td class="n" style="width:110px">${sub}</td></tr>
  <tr><td class="l">${tax_label}</td><td class="n">${tax}</td></tr>
  <tr class="g"><td class="l">${total_label}</td><td class="n">${total}</td></tr>
  <tr><td class="l">${paid_label}</td><td class="n">${paid_amt}</td></tr>
 </table>
 <div class="stamp">PAID<span>${paid_on}</span></div></div>
 <div class="nt"><b>${note_head}</b>${note}</div>
 <div class="terms">${terms}</div>
</div>
<div class="ft">${foot}</div>
"""

COMPANIES = [
    "Harborline Water & Fire Restoration",
    "Pinnacle Dry-Out Services",
    "Mesa Verde Cleaning & Restoration",
    "True North Mitigation",
    "Lakeside Disaster Recovery, Inc.",
]


def fill(d):
    from html import escape

    from corpus.formats import fmt_number

    r = d.rng
    c = d.credit
    n = lambda v: fmt_number(v, r, False)  # noqa: E731
    title = d.title(d.pick(["plain", "with_code", "code_first"]))
    name = d.name(d.pick(["plain", "plain", "upper"]))
    date = d.date(d.pick(["long", "us_numeric", "short_month", "dd_mon_yyyy"]))
    lab_h = d.pick([h for h in (2, 3, 4, 6, 8) if h != c])
    rate = d.pick([45, 55, 65, 75])
    items = [
        (
            d.pick(["Tuition", "Class seat", "Registration"]),
            title,
            d.pick([395, 495, 650, 895]),
            "1",
        ),
        (
            d.pick(["Lab time", "Hands-on lab", "Drying lab"]),
            d.pick(["Hands-on lab, per hour", "Equipment lab, billed hourly"]),
            rate,
            n(lab_h),
        ),
    ]
    if d.chance(0.7):
        extra_h = d.pick([h for h in (1, 1.5, 2, 2.5) if h != c and h != lab_h])
        items.append(
            (
                d.pick(["Proctoring", "Make-up session", "Tutoring"]),
                d.pick(
                    [
                        "Exam proctor time, per hour",
                        "Private make-up instruction, per hour",
                        "One-on-one review, per hour",
                    ]
                ),
                d.pick([40, 60, 85]),
                n(extra_h),
            )
        )
    items.append(
        (d.pick(["Materials", "Manual"]), d.pick(["Student manual", "Course workbook"]), 45, "1")
    )
    rows = []
    sub = 0.0
    for svc, desc, price, qty in items:
        amount = price * float(qty)
        sub += amount
        rows.append(
            f"<tr><td>{escape(svc)}</td><td>{escape(desc)}</td>"
            f'<td class="n">${price:,.2f}</td><td class="n">{qty}</td>'
            f'<td class="n">${amount:,.2f}</td></tr>'
        )
    tax = round(sub * d.pick([0, 0, 0.06, 0.07]), 2)
    total = sub + tax
    hours = d.hours(d.pick(["cec_hours", "cecs", "hours_title", "words", "ceu_and_cec"]))
    approval = ""
    if d.chance(0.4):
        approval = f" Course approval no. {d.approval()}."
    note = d.pick(
        [
            f"{name} completed {title} on {date}. Continuing education credit awarded: {hours}.{approval}",
            f"Class completed {date}. Student {name} earned {hours} for this class.{approval} "
            "Lab and make-up hours billed above are not additional credit.",
        ]
    )
    slug = "".join(ch for ch in (d.org_alt or d.org).lower() if ch.isalnum())[:16]
    street, town = d.address()
    return {
        "body": d.fonts["sans"],
        "head": d.fonts[d.pick(["sans", "display", "serif"])],
        "cond": d.fonts["cond"],
        "th_bg": d.pick(["transparent", "#f5f5f5", d.colors["light"]]),
        "hd_rule": d.pick(["1px solid #c1ced9", "3px solid #333", "2px solid #888"]),
        "h_weight": d.pick(["bold", "300", "normal"]),
        "h_ls": d.pick(["0", "2px", "6px"]),
        "heading": d.pick(["INVOICE", "Invoice", "Paid Invoice"]),
        "inv_label": d.pick(["Invoice #", "No.", "Invoice number"]),
        "inv_no": f"{d.completed.year}-{r.randrange(1000, 9999)}",
        "org": d.provider(),
        "street": street,
        "town": town,
        "phone": d.phone(),
        "email": f"billing@{slug}.com",
        "company": d.pick(COMPANIES),
        "attn": d.person(),
        "student_label": d.pick(["Student", "Trainee", "Attendee"]),
        "name": name,
        "inv_date": d.other_date("registered", d.pick(["long", "us_numeric"])),
        "due": d.pick(["Due on receipt", "Net 30", "Net 15"]),
        "svc_head": d.pick(["Service", "Item"]),
        "qty_head": d.pick(["Qty", "Qty/Hrs", "Hrs/Qty"]),
        "rows_html": "".join(rows),
        "sub": f"${sub:,.2f}",
        "tax_label": d.pick(["Tax", "Sales tax"]),
        "tax": f"${tax:,.2f}",
        "total_label": d.pick(["Grand total", "Total", "Amount due"]),
        "total": f"${total:,.2f}",
        "paid_label": d.pick(["Paid by check", "Paid by card", "Payment received"]),
        "paid_amt": f"-${total:,.2f}",
        "stamp_top": d.pick(["4", "14", "24"]),
        "stamp_left": d.pick(["30", "80", "150"]),
        "paid_on": d.other_date("issue", "us_numeric"),
        "note_head": d.pick(["Completion", "Office note", "Notice"]),
        "note": note,
        "terms": d.pick(
            [
                "Tuition is non-refundable after the first day of class. A finance charge of 1.5% "
                "per month applies to balances over 30 days.",
                "Make checks payable to the school named above. Thank you for your business.",
            ]
        ),
        "foot": d.pick(
            [
                "Invoice created on a computer and valid without signature.",
                f"Questions about this invoice? {d.phone()}",
            ]
        ),
    }
