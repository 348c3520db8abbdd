"""Not a certificate: the customer's carbon copy of a restoration
contractor's time-and-materials daily work ticket, a pre-printed
three-part form on tinted NCR paper, portrait, filled in by hand on the job.
The printed head has the contractor's mark and name with its address and
24-hour line, "Daily Work Ticket / Time & Materials" and a ticket number
in red. Below it underlined fields written in ballpoint (date, customer,
job address, claim number, carrier, adjuster), tick boxes for the type of
loss, ruled lines of work performed, a labour table (name, classification,
time in and out, hours) whose total is the day's labour hours, an
equipment table counted in unit-days and 24-hour run time, materials, and
a sentence the customer signs to acknowledge the work with the date; the
technician signs as well. Copy colour and the routing of the copies are
printed along the foot. It names people, an organisation, a date and
hours, and records no training."""

SOURCE = (
    "shoulders/qwcrm:themes/default/templates/workorder/printing/print_technician_job_sheet.tpl "
    "(logo | company name | job sheet title across the top, customer, work order id and date "
    "block, work-performed and signature areas); fields and wording of a time & materials daily "
    "work ticket (ticket date and number, job location, foreman, labour record with "
    "classification and hours worked, equipment with hours used, materials, signature of both "
    "parties) as published at ailawyer.pro/templates/time-materials-daily-work-ticket-template-"
    "job-cost-log and smartbarrel.io's T&M ticket guide; three-part carbonless (NCR) contractor "
    "forms with white, canary and pink copies"
)
KIND = "other"
PAPER = ["letter-portrait"]
CATEGORIES = (
    "other",
    "portrait",
    "labelled",
    "table",
    "sentence",
    "handwriting",
    "script-name",
    "provider-in-logo",
    "distractor-person",
    "distractor-date",
    "checkboxes",
)

TEMPLATE = """<style>
.pg { position:absolute; inset:0; background:${tint} }
.w { position:absolute; inset:34px 40px 30px; font: 12px ${sans}; color:${ink} }
.hd { display:flex; align-items:center; gap:14px; border-bottom:2.5px solid ${ink}; padding-bottom:8px }
.lg { width:62px; height:62px; flex:none; border:3px solid ${ink}; border-radius:${logo_radius}; display:flex; align-items:center; justify-content:center; font: 900 22px ${display} }
.co { flex:1; line-height:15px } .co b { display:block; font: bold 19px ${display}; line-height:23px } .co span { font-size:10.5px }
.tt { text-align:right } .tt b { display:block; font: 900 20px ${cond}; letter-spacing:1px; text-transform:uppercase } .tt span { font-size:11px; letter-spacing:2px; text-transform:uppercase }
.no { display:inline-block; margin-top:4px; font: bold 19px ${mono}; color:#c1121f; letter-spacing:1px }
.f { display:flex; gap:14px; margin-top:9px }
.f > div { display:flex; align-items:flex-end; gap:6px; flex:1 }
.f .k { font-size:9.5px; text-transform:uppercase; letter-spacing:.5px; white-space:nowrap; padding-bottom:2px }
.f .v { flex:1; border-bottom:1px solid ${ink}; height:24px; font: ${hs}px ${hand}; color:${pen}; white-space:nowrap; overflow:hidden; line-height:26px; padding-left:4px }
.bx { margin-top:10px; display:flex; gap:16px; font-size:11px; align-items:center; flex-wrap:wrap }
.bx span.c { display:inline-block; width:13px; height:13px; border:1.3px solid ${ink}; vertical-align:-2px; margin-right:4px; position:relative }
.bx span.x::after { content:"\\2715"; position:absolute; left:-2px; top:-7px; font: 19px ${hand}; color:${pen} }
.sec { margin-top:11px; font: bold 10.5px ${sans}; text-transform:uppercase; letter-spacing:.8px; background:${ink}; color:${tint}; padding:2px 6px }
.ln { border-bottom:1px solid ${rule}; height:25px; font: ${hs}px ${hand}; color:${pen}; line-height:29px; padding-left:4px; white-space:nowrap; overflow:hidden }
table { width:100%; border-collapse:collapse; margin-top:0 }
th { font-size:9.5px; text-transform:uppercase; letter-spacing:.4px; border:1px solid ${ink}; padding:2px 5px; text-align:left; font-weight:bold }
td { border:1px solid ${ink}; height:26px; padding:0 6px; font: ${hs}px ${hand}; color:${pen}; white-space:nowrap; overflow:hidden }
td.p { font: 11px ${sans}; color:${ink}; text-align:right; text-transform:uppercase; letter-spacing:.4px }
.two { display:flex; gap:14px } .two > div { flex:1 }
.ack { margin-top:12px; font-size:10.5px; line-height:14px; border:1px solid ${ink}; padding:6px 8px }
.sg { display:flex; gap:16px; margin-top:8px }
.sg > div { flex:1; font-size:9px; text-transform:uppercase; letter-spacing:.5px }
.sg .h { height:34px; border-bottom:1px solid ${ink}; font: ${sig}px ${hand}; color:${pen}; text-transform:none; letter-spacing:0; white-space:nowrap; overflow:hidden; line-height:40px; padding-left:4px }
.off { margin-top:12px; border:1.3px dashed ${ink}; padding:5px 8px; display:flex; gap:14px; font-size:9.5px; text-transform:uppercase; letter-spacing:.5px }
.off b { white-space:nowrap } .off span { flex:1; border-bottom:1px solid ${ink}; height:16px }
.ft { position:absolute; left:0; right:0; bottom:0; display:flex; justify-content:space-between; font-size:9px; letter-spacing:.5px; text-transform:uppercase }
.ft b { font-size:10px }
</style>
<div class="pg"></div>
<div class="w">
 <div class="hd"><div class="lg">${mark}</div>
  <div class="co"><b>${company}</b><span>${street} &middot; ${town}<br>${phone} &middot; ${tagline}</span></div>
  <div class="tt"><b>Daily Work Ticket</b><span>Time &amp; Materials</span><br><span class="no">N&ordm; ${ticket}</span></div></div>
 <div class="f"><div><span class="k">Date</span><span class="v">${date}</span></div><div style="flex:1.6"><span class="k">Customer</span><span class="v">${customer}</span></div></div>
 <div class="f"><div style="flex:2"><span class="k">Job address</span><span class="v">${job_addr}</span></div><div><span class="k">Job #</span><span class="v">${job}</span></div></div>
 <div class="f"><div><span class="k">Claim #</span><span class="v">${claim}</span></div><div><span class="k">Carrier</span><span class="v">${carrier}</span></div><div><span class="k">Adjuster</span><span class="v">${adjuster}</span></div></div>
 <div class="bx"><b style="font-size:10px;letter-spacing:.5px">LOSS TYPE</b>${boxes_html}<span style="margin-left:auto">Date of loss <span style="font: ${hs}px ${hand}; color:${pen}">${loss_date}</span></span></div>
 <div class="sec">Description of work performed</div>
 ${work_html}
 <div class="sec">Labor</div>
 <table><tr><th style="width:34%">Name</th><th>Classification</th><th style="width:13%">Time in</th><th style="width:13%">Time out</th><th style="width:12%">Hours</th></tr>
  ${labor_html}
  <tr><td class="p" colspan="4">Total labor hours</td><td>${total_hours}</td></tr></table>
 <div class="two">
  <div><div class="sec">Equipment</div><table><tr><th>Unit</th><th style="width:16%">Qty</th><th style="width:26%">Hrs</th></tr>${equip_html}</table></div>
  <div><div class="sec">Materials</div><table><tr><th>Item</th><th style="width:22%">Qty</th></tr>${mat_html}</table></div>
 </div>
 <div class="sec">Notes / next visit</div>
 <div class="ln">${next_note}</div><div class="ln"></div>
 <div class="ack">${ack}
  <div class="sg">
   <div><div class="h">${cust_sig}</div>Customer / authorized agent</div>
   <div><div class="h">${sign_date}</div>Date</div>
   <div><div class="h">${tech_sig}</div>Technician</div>
  </div>
 </div>
 <div class="off"><b>Office use only</b> Entered by <span></span> Invoice # <span></span> Est. / line items <span></span></div>
 <div class="ft"><span>${routing}</span><b>${copy}</b></div>
</div>
"""

COMPANIES = [
    (
        "Ironwood Restoration & Cleaning",
        "IR",
        "4418 Foundry Rd",
        "Licensed \u00b7 Bonded \u00b7 Insured",
    ),
    ("Big Sky Flood & Fire", "BSF", "77 Cutbank Ave", "24-Hour Emergency Service"),
    (
        "Harbor Point Restoration Co.",
        "HP",
        "1290 Wharf St",
        "Water \u00b7 Fire \u00b7 Mold \u00b7 Storm",
    ),
    ("Mesa Verde Water Damage Pros", "MV", "650 W Adobe Ln", "Call day or night"),
    ("Allegheny Disaster Services", "ADS", "3 Tannery Row", "IICRC Certified Firm"),
]
WORK = [
    "Extracted standing water kitchen + hall, approx 400 sf",
    "Removed wet pad, detached carpet, bagged + hauled",
    "Flood cut drywall 2 ft, removed baseboard, drilled weep holes",
    "Applied antimicrobial to exposed framing + subfloor",
    "Set containment w/ poly + zipper door, neg air",
    "Took readings + moisture map, adjusted air movers",
    "Pulled toe kicks, set cavity drying mats under cabs",
    "Moved contents to garage, blocked furniture legs",
]
EQUIP = [
    ("LGR dehu", [1, 2, 2, 3]),
    ("Air mover", [4, 6, 8, 10]),
    ("Air scrubber", [1, 1, 2]),
    ("Inject-dry panel", [1, 2]),
    ("Truck mount", [1]),
]
MATS = [
    ("Poly 6 mil", ["1 roll", "\u00bd roll"]),
    ("Antimicrobial", ["1 gal", "2 gal"]),
    ("Contractor bags", ["1 box", "20"]),
    ("Zip door", ["1", "2"]),
    ("Tack strip", ["40 lf", "60 lf"]),
    ("PPE / Tyvek", ["2", "4"]),
]


def fill(d):
    from datetime import timedelta

    from corpus import formats as F

    r = d.rng
    company, mark, street, tagline = d.pick(COMPANIES)

    # the day's labour hours, split among the crew in half hours
    total_text = d.hours_number()
    total = float(d.credit)
    crew = 1 if total <= 8 else 2 if total <= 16 else 3
    halves = round(total * 2)
    shares = [(halves // crew + (1 if i < halves % crew else 0)) / 2 for i in range(crew)]

    def clock(mins):
        h, m = divmod(int(mins), 60)
        return f"{(h - 1) % 12 + 1}:{m:02d}"

    tech = d.name(d.pick(["plain", "plain", "plain", "upper"]))
    names = [tech] + [d.person() for _ in range(crew - 1)]
    classes = [d.pick(["Lead tech / WRT", "Crew chief", "Tech (WRT/ASD)"])] + [
        d.pick(["Tech", "Helper", "Laborer", "Tech II"]) for _ in range(crew - 1)
    ]
    start = r.choice([7 * 60, 7 * 60 + 30, 8 * 60, 9 * 60])
    labor = []
    for n, c, h in zip(names, classes, shares, strict=True):
        brk = 30 if h > 6 else 0
        s = start + r.choice([0, 0, 30])
        labor.append(
            f"<tr><td>{n}</td><td>{c}</td><td>{clock(s)}</td><td>{clock(s + h * 60 + brk)}</td>"
            f"<td>{h:g}</td></tr>"
        )
    labor += ["<tr><td></td><td></td><td></td><td></td><td></td></tr>"] * (4 - crew)

    equip = []
    for unit, qtys in r.sample(EQUIP, r.choice([2, 3])):
        q = r.choice(qtys)
        equip.append(
            f"<tr><td>{unit}</td><td>{q}</td><td>{d.pick(['24', '24 ea', f'{q * 24}'])}</td></tr>"
        )
    equip += ["<tr><td></td><td></td><td></td></tr>"] * (4 - len(equip))
    mats = [
        f"<tr><td>{m}</td><td>{r.choice(q)}</td></tr>" for m, q in r.sample(MATS, r.choice([2, 3]))
    ]
    mats += ["<tr><td></td><td></td></tr>"] * (4 - len(mats))

    work = r.sample(WORK, r.choice([2, 3]))
    work_html = "".join(f'<div class="ln">{w}</div>' for w in work)
    work_html += '<div class="ln"></div>' * (4 - len(work))

    loss = r.choice(["Water", "Sewage", "Fire / smoke", "Mold", "Storm"])
    boxes = "".join(
        f'<span><span class="c{" x" if t == loss else ""}"></span>{t}</span>'
        for t in ["Water", "Sewage", "Fire / smoke", "Mold", "Storm"]
    )
    customer = d.person()
    cust_parts = customer.split()
    job_street, job_town = d.address()
    copy, tint = d.pick(
        [("Customer copy", "#fdf6c3"), ("Job file copy", "#fbe3e8"), ("Office copy", "#ffffff")]
    )
    date_text = d.date(d.pick(["us_numeric", "us_short", "us_short"]))
    return {
        "tint": tint,
        "ink": d.pick(["#1f3a5f", "#2d2d2d", "#0b4f3a", "#6b1d2a"]),
        "pen": d.pick(["#1b2f8a", "#1a1a5e", "#222"]),
        "rule": "rgba(0,0,0,.35)",
        "hs": d.pick([19, 20, 21]),
        "sig": d.pick([24, 26]),
        "logo_radius": d.pick(["50%", "4px", "0 18px 0 18px"]),
        "mark": mark,
        "company": company,
        "street": street,
        "town": job_town,
        "phone": d.phone(),
        "tagline": tagline,
        "ticket": f"{r.randrange(1000, 99999):05d}",
        "date": date_text,
        "customer": customer,
        "job_addr": f"{job_street}, {job_town}",
        "job": f"{d.completed.year % 100}-{r.randrange(100, 999)}",
        "claim": d.number(),
        "carrier": d.pick(
            ["State Farm", "Allstate", "USAA", "Farmers", "Liberty Mutual", "Erie", "self-pay"]
        ),
        "adjuster": d.person() if d.chance(0.7) else "",
        "boxes_html": boxes,
        "loss_date": F.fmt_date(d.completed - timedelta(days=r.randint(0, 4)), "us_short"),
        "work_html": work_html,
        "labor_html": "".join(labor),
        "total_hours": total_text,
        "equip_html": "".join(equip),
        "mat_html": "".join(mats),
        "ack": d.pick(
            [
                "I acknowledge that the labor, equipment and materials listed above were furnished at "
                "the job address on the date shown. This ticket is not an invoice; charges are billed "
                "at the rates in the signed Work Authorization.",
                "Customer signature confirms the hours and items on this ticket only, not acceptance "
                "of the finished job. Equipment remains on site until the structure is dry.",
            ]
        ),
        "cust_sig": f"{cust_parts[0][0]}. {cust_parts[-1]}" if d.chance(0.5) else customer,
        "sign_date": date_text,
        "tech_sig": d.plain_name if d.chance(0.6) else f"{d.first[0]}. {d.last}",
        "routing": d.pick(
            [
                "White \u2014 office \u00b7 Canary \u2014 customer \u00b7 Pink \u2014 job file",
                "Form TM-3 \u00b7 3-part carbonless \u00b7 press firmly",
            ]
        ),
        "copy": copy,
        "next_note": d.pick(
            [
                f"Return {F.fmt_date(d.completed + timedelta(days=1), 'us_short')} for readings",
                "Cust. to keep HVAC on, doors closed",
                f"Check dehu {d.pick(['#2', '#4', '#7'])} - tripped breaker",
                "Adjuster to inspect before tear-out of cabinets",
            ]
        ),
    }
