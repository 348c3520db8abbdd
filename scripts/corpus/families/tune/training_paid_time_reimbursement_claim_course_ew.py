"""An employer's training time and expense claim, portrait, filled in by a
technician after an outside course and sent to payroll with the course
certificate. The restoration company's name at the top left, the form's
title and number at the right; numbered sections in ruled boxes. Section 1
names the employee (name, employee number, crew, supervisor). Section 2
describes the course: title, school, the day it ended, the CEC hours the
certificate awards and a ticked box for the certificate attached. Section 3
is a table of paid time by day (date, class hours on the clock, travel
hours, total paid hours) with a total row; section 4 the expenses (tuition,
mileage, lodging nights, meals) with amounts; section 5 the approvals,
where payroll writes the hours approved for pay. The entries are typed or
in the technician's hand. Only the CEC line in section 2 is credit; the paid
and travel hours are wages."""

SOURCE = (
    "GolferGeek/orchestrator-ai-v2:docs/RAG-filler/hr-documents/employee-resources/"
    "tuition-reimbursement-policy.md (reimbursement requested after the course with receipts and "
    "proof of completion, manager and HR approval) and "
    "Deepak911741/invoice:resources/views/admin/pdf/invoice-pdf.blade.php (item table with a "
    "QTY/HRS column, rate and amount); the paid-training-time and travel-time rules restoration "
    "employers print on their training claim forms"
)
KIND = "course"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "labelled",
    "table",
    "portrait",
    "handwriting",
    "distractor-person",
    "distractor-date",
    "tiny-footer",
)

TEMPLATE = """<style>
.w { position:absolute; inset:40px 44px 34px; font: 11.5px ${face}; color:#1a1a1a }
.hd { display:flex; justify-content:space-between; align-items:flex-end; border-bottom:2.5px solid ${dark}; padding-bottom:6px }
.hd b { font: bold 18px ${head}; color:${dark}; display:block } .hd span { font-size:10px; color:#555 }
.hd h1 { margin:0; font: bold 16px ${face}; text-align:right; text-transform:uppercase; letter-spacing:.6px }
.hd h1 small { display:block; font: 10px ${face}; color:#555; text-transform:none; letter-spacing:0 }
.sec { border:1px solid #888; margin-top:12px }
.sec h2 { margin:0; font: bold 10.5px ${face}; background:${shade}; padding:3px 7px; border-bottom:1px solid #888; text-transform:uppercase; letter-spacing:.5px }
.g { display:grid; grid-template-columns:${cols}; }
.g div { padding:3px 7px 4px; border-right:1px solid #ccc; border-bottom:1px solid #ccc; min-height:36px }
.g small { display:block; font-size:8px; color:#666; text-transform:uppercase; letter-spacing:.4px }
.v { font: ${v_size}px ${v_face}; color:${v_ink}; line-height:1.15 }
table { width:100%; border-collapse:collapse; font-size:11px }
th { font-size:8.5px; text-transform:uppercase; color:#444; text-align:left; padding:3px 7px; border-bottom:1px solid #888; font-weight:bold }
th.n, td.n { text-align:right }
td { padding:3px 7px; border-bottom:1px solid #ddd; height:29px }
tr.t td { border-top:1.5px solid #444; font-weight:bold }
.chk { font-size:10.5px; padding:5px 7px } .chk span { margin-right:18px }
.box { display:inline-block; width:11px; height:11px; border:1px solid #333; vertical-align:-2px; margin-right:4px; text-align:center; line-height:10px; font: bold 11px ${sans} }
.ap { display:grid; grid-template-columns:1fr 1fr 1fr }
.ap div { padding:3px 7px; border-right:1px solid #ccc; min-height:48px }
.ap small { display:block; font-size:8px; color:#666; text-transform:uppercase }
.ap i { font: 19px ${hand}; color:#1b2f6b; font-style:normal }
.two { display:flex; gap:12px } .two .sec { flex:1 }
.nt { padding:4px 7px; min-height:92px; line-height:1.35 }
.chk2 { padding:6px 8px; font-size:10.5px; line-height:22px }
.rules { margin-top:10px; font-size:8.5px; color:#555; line-height:12px }
.ft { position:absolute; left:0; right:0; bottom:0; font-size:7.5px; color:#777; display:flex; justify-content:space-between }
</style>
<div class="w">
 <div class="hd"><div><b>${company}</b><span>${company_line}</span></div><h1>${form_title}<small>${form_no}</small></h1></div>
 <div class="sec"><h2>1 · Employee</h2><div class="g">
  <div><small>Name</small><span class="v">${name}</span></div>
  <div><small>Employee no.</small><span class="v">${emp_no}</span></div>
  <div><small>Crew / dept.</small><span class="v">${crew}</span></div>
  <div><small>Supervisor</small><span class="v">${supervisor}</span></div>
 </div></div>
 <div class="sec"><h2>2 · Course</h2><div class="g">
  <div style="grid-column:span 2"><small>Course title</small><span class="v">${title}</span></div>
  <div style="grid-column:span 2"><small>School / provider</small><span class="v">${school}</span></div>
  <div style="grid-column:span 2"><small>${end_label}</small><span class="v">${completed}</span></div>
  <div style="grid-column:span 2"><small>${cec_label}</small><span class="v">${cec}</span></div>
 </div>
 <div class="chk"><span><span class="box">${tick}</span>Certificate attached</span><span><span class="box"></span>Registration only (course not finished)</span><span><span class="box">${tick2}</span>Receipts attached</span></div></div>
 <div class="sec"><h2>3 · Paid time claimed</h2><table>
  <tr><th>Date</th><th>${what_head}</th><th class="n">Class hrs</th><th class="n">Travel hrs</th><th class="n">Total paid hrs</th></tr>
  ${time_rows_html}
 </table></div>
 <div class="sec"><h2>4 · Expenses</h2><table>
  <tr><th>Item</th><th>Detail</th><th class="n">Amount</th></tr>
  ${exp_rows_html}
 </table></div>
 <div class="sec"><h2>5 · Approvals</h2><div class="ap">
  <div><small>Employee signature</small><i>${sig_emp}</i></div>
  <div><small>Supervisor</small><i>${sig_sup}</i></div>
  <div><small>Payroll: hours approved for pay</small><span class="v">${approved}</span></div>
 </div></div>
 <div class="two">
  <div class="sec nb"><h2>Notes</h2><div class="nt v">${notes}</div></div>
  <div class="sec hr"><h2>HR use only</h2><div class="chk2">${hr_html}</div></div>
 </div>
 <div class="rules">${rules}</div>
 <div class="ft"><span>${ft_left}</span><span>${ft_right}</span></div>
</div>
"""

COMPANIES = [
    ("Allied Flood Response LLC", "Payroll & HR"),
    ("Northstar Drying Services", "Human Resources"),
    ("Greenway Property Recovery", "Office of Training"),
    ("Summit Peak Disaster Services", "HR / Payroll"),
    ("Bluewater Restoration Group", "Administration"),
]


def fill(d):
    import html
    from datetime import timedelta

    from corpus.formats import fmt_date

    e = html.escape
    r = d.rng
    credit = float(d.credit)
    hand = d.chance(0.55)
    dstyle = d.pick(["us_short", "us_numeric", "short_month"])

    n_days = 1 if credit < 6 else (2 if credit <= 14 else 3)
    rows, tot_class, tot_travel, tot = [], 0.0, 0.0, 0.0
    for i in range(n_days):
        day = d.completed - timedelta(days=n_days - 1 - i)
        if n_days == 1:
            cls = credit + d.pick([0.5, 1, 1.5])
        else:
            cls = d.pick([x for x in (7.5, 8, 8, 8.5, 9) if x != credit])
        travel = (
            d.pick([x for x in (0, 0, 1, 1.5, 2, 2.5) if x != credit])
            if i in (0, n_days - 1)
            else 0
        )
        total = cls + travel
        tot_class += cls
        tot_travel += travel
        tot += total
        what = "Class" if i else d.pick(["Class + drive", "Class", "Class (travel a.m.)"])
        rows.append(
            f"<tr><td class='v'>{e(fmt_date(day, dstyle))}</td><td class='v'>{what}</td><td class='n v'>{cls:g}</td>"
            f"<td class='n v'>{travel:g}</td><td class='n v'>{total:g}</td></tr>"
        )
    rows.append(
        f"<tr class='t'><td colspan='2'>Total</td><td class='n v'>{tot_class:g}</td>"
        f"<td class='n v'>{tot_travel:g}</td><td class='n v'>{tot:g}</td></tr>"
    )

    tuition = d.pick([95, 145, 249, 395, 495, 650, 895, 1150])
    miles = r.randrange(40, 420)
    rate = d.pick([0.585, 0.625, 0.655, 0.67])
    nights = n_days - 1 if n_days > 1 and d.chance(0.6) else 0
    meals = d.pick([0, 18.5, 24, 32.75, 41]) * n_days
    exp = [
        ("Tuition", d.pick(["paid by card", "invoice attached", "company card"]), tuition),
        ("Mileage", f"{miles} mi × ${rate:.3f}", round(miles * rate, 2)),
    ]
    if nights:
        exp.append(
            (
                "Lodging",
                f"{nights} night{'s' if nights > 1 else ''}",
                nights * d.pick([89, 119, 139]),
            )
        )
    if meals:
        exp.append(("Meals", f"{n_days} day{'s' if n_days > 1 else ''}", meals))
    exp_rows = "".join(
        f"<tr><td>{k}</td><td class='v'>{e(v)}</td><td class='n v'>${amt:,.2f}</td></tr>"
        for k, v, amt in exp
    )
    exp_rows += f"<tr class='t'><td colspan='2'>Total expenses</td><td class='n v'>${sum(a for _, _, a in exp):,.2f}</td></tr>"

    company, dept = d.pick(COMPANIES)
    supervisor = d.person()
    name = d.name(d.pick(["plain", "plain", "last_first"]))
    cec_style = d.pick(["number", "number", "cecs", "hrs"])
    cec = d.hours_number() if cec_style == "number" else d.hours(cec_style)
    return {
        "face": d.fonts[d.pick(["sans", "sans", "cond"])],
        "head": d.fonts[d.pick(["sans", "serif", "display"])],
        "shade": d.pick(["#e6e6e6", "#ece7da", d.colors["light"]]),
        "cols": "1.6fr 1fr 1fr 1.3fr",
        "v_face": d.fonts["hand"] if hand else d.fonts["mono"] if d.chance(0.3) else "inherit",
        "v_size": "17" if hand else "12",
        "v_ink": d.pick(["#1b2f6b", "#222", "#0b3d91"]) if hand else "#111",
        "company": company,
        "company_line": f"{dept} · {d.address()[1]}",
        "form_title": d.pick(
            [
                "Training Time & Expense Claim",
                "Outside Training Claim",
                "Training Pay & Reimbursement",
            ]
        ),
        "form_no": f"Form HR-{r.randint(10, 48)} · rev. {d.completed.year - r.randint(1, 5)}",
        "name": name,
        "emp_no": f"{r.randrange(100, 9999):04d}",
        "crew": d.pick(["Water 2", "Mitigation", "Fire crew", "Contents", "Mold / Recon"]),
        "supervisor": supervisor,
        "title": d.title(),
        "school": d.provider(),
        "end_label": d.pick(["Date completed", "Last day of class", "Course end date"]),
        "completed": d.date(dstyle),
        "cec_label": d.pick(["CEC hours on certificate", "CE credit earned", "CECs awarded"]),
        "cec": cec,
        "tick": "✓" if d.chance(0.85) else "",
        "tick2": "✓" if d.chance(0.6) else "",
        "what_head": d.pick(["Activity", "What", "Note"]),
        "time_rows_html": "".join(rows),
        "exp_rows_html": exp_rows,
        "sig_emp": f"{d.first} {d.last}" if d.chance(0.8) else "",
        "sig_sup": supervisor if d.chance(0.7) else "",
        "approved": f"{tot:g}" if d.chance(0.7) else "",
        "notes": d.pick(
            [
                "Drove company truck #" + str(r.randint(3, 19)) + " - no mileage on that day.",
                "Class ran late on the last day. Exam passed.",
                "Hotel was booked by the office.",
                "",
                "Need new card for renewal - certificate attached.",
            ]
        ),
        "hr_html": "<br>".join(
            f"<span class='box'>{'✓' if d.chance(0.4) else ''}</span>{t}"
            for t in ["Training record updated", "Certificate scanned to file", "Sent to payroll"]
        ),
        "rules": d.pick(
            [
                "Class time is paid at the regular rate up to 8 hours a day; drive time to an "
                "out-of-town class is paid, the commute is not. CEC hours are for your "
                "certification and are not hours of pay. Attach the certificate; claims without "
                "one are held.",
                "Submit within 30 days of the class. Paid hours are the hours on the clock, which "
                "are not the same as the CE credit the school awards. Mileage at the current "
                "company rate.",
            ]
        ),
        "ft_left": f"{company} · {dept}",
        "ft_right": d.pick(["White: payroll · Yellow: employee", "Page 1 of 1", "Keep a copy"]),
    }
