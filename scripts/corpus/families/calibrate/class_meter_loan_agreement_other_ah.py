"""An equipment loan agreement a restoration school has a student sign when it
lends a meter kit for the hands-on days of a class, not a certificate: the
school's name in letter-spaced capitals over the form title and "(School
copy)"; labelled rows filled in by hand (borrower, company, phone, the class
with its code, class dates as a span, instructor, date and time out, due back
by date and time); a ruled table of the items lent (quantity, item, make and
model, serial or asset number, condition out, and a returned column ticked
or left blank); an italic paragraph on the borrower's responsibility with
its bold sentence about charges; signature lines for the borrower and the
staff member who issued the kit, with a received-back line; a short list
of conditions of use; and a form number and revision date at the foot. It
names a student, a class, a school, an instructor and several dates, and
records no completion."""

SOURCE = (
    "ANDREWTENAJEROS/hiram:resources/views/pages/agreement.blade.php (item borrower "
    "agreement: letter-spaced name, lender's copy, borrower and due-back lines, "
    "responsibility paragraph, conditions of use); vbchauhan/ems:termsandconditionlaptop.php "
    "(loan period, overdue and lost-equipment terms)"
)
KIND = "other"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "other",
    "portrait",
    "table",
    "labelled",
    "date-range",
    "distractor-person",
)

TEMPLATE = """<style>
.w { position:absolute; inset:46px 58px 40px; font: 13px ${bodyf}; color:#1b1b1b }
.hd { text-align:center }
.hd .o { font: bold 19px ${sans}; letter-spacing:${org_ls}px; text-transform:uppercase }
.hd .ad { font: 11px ${sans}; color:#555; margin-top:3px }
.hd h1 { margin:12px 0 0; font: bold 22px ${headf} }
.hd .cp { font: bold 12.5px ${sans}; margin-top:2px }
.rows { display:grid; grid-template-columns: 150px 1fr 118px 1fr; column-gap:10px; row-gap:9px; margin-top:20px }
.rows .k { font: bold 12px ${sans}; align-self:end; white-space:nowrap }
.rows .v { border-bottom:1px solid #555; min-height:20px; position:relative }
.rows .v i, td i, .sl i { font-style:normal; font: 20px ${handf}; color:${pen}; white-space:nowrap; position:absolute; left:5px; bottom:-1px }
.rows .full { grid-column: span 3 }
table { width:100%; border-collapse:collapse; margin-top:20px; font: 12px ${sans} }
th { background:${thbg}; color:${thfg}; font-weight:bold; text-align:left; padding:5px 6px; border:1px solid #444; font-size:11px }
td { border:1px solid #444; height:27px; padding:0 6px; position:relative; vertical-align:middle }
td.c { text-align:center }
.resp { margin-top:18px; font: italic 12.5px ${bodyf}; line-height:18px; text-align:justify }
.sigs { display:grid; grid-template-columns: 1fr 1fr; column-gap:36px; row-gap:22px; margin-top:26px; font: 11.5px ${sans} }
.sl { border-bottom:1px solid #222; height:30px; position:relative }
.sl i { bottom:1px }
.cu { margin-top:20px; font: 11.5px ${sans}; line-height:16px }
.cu h4 { margin:0 0 4px; text-align:center; font-size:12px; text-decoration:underline; letter-spacing:1px }
.cu ul { margin:0; padding-left:18px }
.ft { position:absolute; left:0; right:0; bottom:0; display:flex; justify-content:space-between; font: 10px ${sans}; color:#666 }
</style>
<div class="w">
 <div class="hd"><div class="o">${school}</div><div class="ad">${address}</div>
  <h1>${heading}</h1><div class="cp">${copy}</div></div>
 <div class="rows">
  <span class="k">Borrower's name:</span><span class="v full"><i>${borrower}</i></span>
  <span class="k">Company:</span><span class="v"><i>${company}</i></span>
  <span class="k">Phone:</span><span class="v"><i>${phone}</i></span>
  <span class="k">${class_label}</span><span class="v full">${course}</span>
  <span class="k">Class dates:</span><span class="v">${class_dates}</span>
  <span class="k">Instructor:</span><span class="v">${instructor}</span>
  <span class="k">Date out:</span><span class="v"><i>${date_out}</i></span>
  <span class="k">Time out:</span><span class="v"><i>${time_out}</i></span>
  <span class="k">Due back by (date):</span><span class="v"><i>${due_date}</i></span>
  <span class="k">Time:</span><span class="v"><i>${due_time}</i></span>
 </div>
 <table><tr><th style="width:38px">Qty</th><th>Item</th><th>Make / model</th><th>Serial / asset no.</th>
  <th style="width:86px">Condition out</th><th style="width:64px">Returned</th></tr>${items_html}</table>
 <div class="resp">${resp_html}</div>
 <div class="sigs">
  <div><div class="sl"><i>${borrower_sig}</i></div>Signature of borrower</div>
  <div><div class="sl"><i>${signed_date}</i></div>Date</div>
  <div><div class="sl"><i>${staff_sig}</i></div>Issued by (${staff})</div>
  <div><div class="sl"><i>${back_html}</i></div>Received back by / date</div>
 </div>
 <div class="cu"><h4>CONDITIONS OF USE</h4><ul>${conditions_html}</ul></div>
 <div class="ft"><span>${form_no}</span><span>${rev}</span></div>
</div>
"""

ITEMS = [
    ("Pin-type moisture meter", ["Protimeter Mini", "Delmhorst J-2000", "Tramex MEP"]),
    (
        "Non-invasive moisture meter",
        ["Tramex ME5", "Protimeter Surveymaster", "Delmhorst TechScan"],
    ),
    ("Thermo-hygrometer", ["Vaisala HM40", "Extech RH300", "Testo 605i"]),
    ("Thermal imaging camera", ["FLIR C5", "FLIR One Pro", "Seek Thermal Reveal"]),
    ("Hammer probe with insulated pins", ["Delmhorst 26-ES", "Protimeter Hammer Probe"]),
    ("Data logger", ["Testo 174H", "HOBO MX1101"]),
    ("Carrying case with charger", ["Pelican 1450", "kit case"]),
    ("Psychrometric slide chart", ["laminated", "pocket chart"]),
]
CONDITIONS = [
    "Equipment stays at the training site unless the instructor approves otherwise.",
    "Return every item, with cases, probes and chargers, by the date and time above.",
    "A late fee of $25.00 per day is charged for equipment not returned on time.",
    "Lost, stolen or damaged equipment is billed at replacement cost to the borrower "
    "or the borrower's employer.",
    "Report any fault to the instructor at once; do not attempt repairs.",
    "Loaned equipment may not be used on paid jobs or customer property.",
]


def fill(d):
    import html
    from datetime import timedelta

    from corpus.formats import fmt_date, fmt_range

    esc = html.escape
    days = d.pick([2, 2, 3, 4])
    start = d.completed - timedelta(days=days)
    street, town = d.address()
    course = f"{d.course} ({d.code})" if d.code else d.course
    if d.code and d.chance(0.4):
        course = f"{d.code} – {d.course}"
    staff = d.person()
    instructor = d.person()
    written = d.pick(["us_numeric", "us_short", "us_short"])
    date_out = fmt_date(start, written)
    due = d.completed + timedelta(days=d.pick([0, 0, 1]))
    rows = d.rng.sample(ITEMS, d.pick([3, 4, 5]))
    returned = d.chance(0.5)
    items = []
    for label, models in rows:
        qty = 1 if "case" not in label.lower() else d.pick([1, 1, 2])
        serial = d.pick(
            [
                f"SN {d.rng.randrange(100000, 999999)}",
                f"{d.pick(['NRI', 'TR', 'KIT'])}-{d.rng.randrange(10, 99)}-{d.rng.randrange(100, 999)}",
                f"{d.rng.randrange(10000000, 99999999)}",
            ]
        )
        cond = d.pick(["Good", "Good", "OK", "Scuffed", "Good"])
        back = "&#10003;" if returned else ""
        items.append(
            f'<tr><td class="c"><i style="left:12px">{qty}</i></td><td>{esc(label)}</td>'
            f"<td>{esc(d.pick(models))}</td><td>{esc(serial)}</td>"
            f'<td><i>{esc(cond)}</i></td><td class="c"><i style="left:22px">{back}</i></td></tr>'
        )
    for _ in range(d.pick([1, 2])):
        items.append("<tr>" + "<td></td>" * 6 + "</tr>")
    back_html = ""
    if returned:
        back_html = esc(f"{staff.split()[0][0]}.{staff.split()[-1][0]}.  {fmt_date(due, written)}")
    resp = (
        "I understand that I am fully responsible for the equipment listed above and for its "
        "safe and timely return to the school. <b>If any item is damaged, lost or stolen, or any "
        "accessory is missing, I understand that I am responsible for all applicable charges.</b> "
        "My signature below indicates that I have read, understand and agree to the conditions "
        "of use on this form, and that I will return the equipment by the date and time above."
    )
    hour = d.pick([8, 8, 7])
    thbg, thfg = d.pick(
        [("#e6e6e6", "#111"), (d.colors["dark"], "#fff"), (d.colors["light"], "#111")]
    )
    return {
        "bodyf": d.pick([d.fonts["serif"], d.fonts["sans"]]),
        "headf": d.pick([d.fonts["serif"], d.fonts["sans"], d.fonts["display"]]),
        "handf": d.fonts["hand"].replace(", cursive", ", 'Dancing Script', cursive"),
        "pen": d.pick(["#1d2c6b", "#222", "#123a7a"]),
        "org_ls": d.pick([2, 4, 5]),
        "thbg": thbg,
        "thfg": thfg,
        "school": d.org,
        "address": f"{street}, {town} · {d.phone()}",
        "heading": d.pick(
            ["Equipment Loan Agreement", "Training Equipment Loan Agreement", "Meter Kit Loan Form"]
        ),
        "copy": d.pick(["(School copy)", "(Lender's copy)", "(Office copy)"]),
        "borrower": d.plain_name,
        "company": d.pick(
            [
                "Dry Tech Services",
                "ServPro of N. Mesa",
                "All-Pro Water & Fire",
                "self",
                "Rapid Dry LLC",
            ]
        ),
        "phone": d.phone(),
        "class_label": d.pick(["Class enrolled:", "Course:"]),
        "course": course,
        "class_dates": fmt_range(start, d.completed, d.rng),
        "instructor": instructor,
        "date_out": date_out,
        "time_out": f"{hour}:{d.pick(['05', '10', '15', '30'])} am",
        "due_date": fmt_date(due, written),
        "due_time": d.pick(["4:30 pm", "5:00 pm", "end of class", "3:00 pm"]),
        "items_html": "".join(items),
        "resp_html": resp,
        "borrower_sig": f"{d.first[0]}. {d.last}" if d.chance(0.5) else d.plain_name,
        "signed_date": date_out,
        "staff_sig": staff,
        "staff": staff,
        "back_html": back_html,
        "conditions_html": "".join(f"<li>{esc(c)}</li>" for c in d.rng.sample(CONDITIONS, 5)),
        "form_no": d.pick(["Form EQ-3", "Form TR-11 (equipment)", "OPS-204"]),
        "rev": "Rev. "
        + fmt_date(d.completed - timedelta(days=d.rng.randrange(200, 900)), "us_numeric"),
    }
