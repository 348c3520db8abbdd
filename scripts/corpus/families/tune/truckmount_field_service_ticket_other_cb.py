"""Not a certificate: a pre-numbered field service ticket from a truckmount
dealer's service shop, filled in when a carpet cleaning company's truckmount
came in for scheduled maintenance, as a technician keeps it in the van's
glove box. A header row with the dealer's square droplet mark and name as a
letterhead wordmark (sales, service, parts, address and phone) and the
form's title with its number in red. A grid of labelled cells: the service
date, customer company, the company's contact, phone, job or PO number, the
truckmount's serial number and make and model, the service writer, the
service interval and the engine hour meter reading. Side by side, a ticked
list of work performed and a parts table (part number, description,
quantity, amount); below them a labour table (day, service technician, time
in and out, hours, total hours) beside a charges table (parts, labour hours
at a rate, shop supplies, tax, total), and a foot with the hours and day
the next service is due, a warranty line and two signatures (the service
technician and the customer's contact). People, a company, dates and hour
figures all appear; it records a machine's service, nobody's education."""

SOURCE = (
    "shoulders/qwcrm:themes/default/templates/workorder/printing/print_technician_job_sheet.tpl "
    "(job sheet: logo, company name and form title in a header row; bordered customer and work "
    "order details in two columns; date / start time / end time / notes table; parts used; "
    "resolution and closed date) and redsmite/sealey:servicereport.php (service report fields: "
    "engine serial no., running hours, date in service, technician in charge); truckmount "
    "service wording from ICS Cleaning Specialist 'Truckmount Maintenance: The ICS Q&A' "
    "(oil change intervals on engine, blower and high-pressure pump; keeping service records)"
)
KIND = "other"
PAPER = "half-letter"
CATEGORIES = (
    "other",
    "landscape",
    "labelled",
    "table",
    "provider-in-logo",
    "distractor-person",
    "distractor-date",
)

TEMPLATE = """<style>
.w { position:absolute; inset:18px 24px; font: 11px ${sans}; color:#151515 }
.hd { display:flex; align-items:flex-start; gap:10px; border-bottom:2px solid ${ink}; padding-bottom:6px }
.mk { flex:none; width:46px; height:46px; background:${ink}; border-radius:${mk_radius}; position:relative }
.mk i { position:absolute; left:14px; top:15px; width:18px; height:18px; background:#fff; border-radius:50% 0 50% 50%; transform:rotate(-45deg) }
.mk b { position:absolute; left:9px; right:9px; bottom:7px; height:3px; background:${mk_bar} }
.co { flex:1; min-width:0 } .co b { display:block; white-space:nowrap; line-height:22px; font: bold 17px ${cond};
  letter-spacing:.5px; color:${ink}; text-transform:${co_case} }
.co span { display:block; white-space:nowrap; font-size:9.5px; color:#444; line-height:13px }
.ti { flex:none; text-align:right; white-space:nowrap } .ti b { display:block; font: bold 16px ${cond}; line-height:22px; letter-spacing:1.5px }
.ti .no { display:block; font: bold 13px ${mono}; line-height:13px; color:#b3121f }
.g i { display:block; font-style:normal; font-size:8px; letter-spacing:.8px; text-transform:uppercase; color:#555 }
.g { display:grid; grid-template-columns: 0.75fr 1.7fr 1.2fr 0.95fr 0.8fr; border-left:1px solid #777; border-top:1px solid #777; margin-top:7px }
.g div { border-right:1px solid #777; border-bottom:1px solid #777; padding:2px 5px 3px; height:34px; white-space:nowrap; overflow:hidden }
.g span, td.f { font: ${fill_px}px ${hand_fill}; color:${fill_ink} }
.two { display:flex; gap:12px; margin-top:9px } .two > div { flex:1 } .two > div.b { flex:1.15 }
.cap { font: bold 9px ${sans}; line-height:15px; letter-spacing:1px; text-transform:uppercase; background:${ink}; color:#fff; padding:0 6px }
table { border-collapse:collapse; width:100% }
th { font-size:8.5px; line-height:12px; text-transform:uppercase; letter-spacing:.6px; text-align:left; border-bottom:1px solid #333; padding:2px 4px; color:#333 }
td { border-bottom:1px solid #ccc; padding:0 4px; height:21px; white-space:nowrap; overflow:hidden }
td.n, th.n { text-align:right } td.k { width:14px; padding-right:0 }
.bx { display:inline-block; width:10px; height:10px; border:1px solid #333; font: bold 10px/9px ${sans}; text-align:center; color:${fill_ink} }
tr.t td { font-weight:bold; background:${tint} }
.ft { display:flex; gap:16px; margin-top:10px; align-items:flex-start }
.ft .nx { flex:1.1; font-size:9.5px; color:#333 } .ft .nx .a { line-height:24px; height:25px; white-space:nowrap }
.ft .nx .c { line-height:12px; white-space:nowrap }
.ft .nx span { font: ${fill_px}px ${hand_fill}; color:${fill_ink} }
.ft .sg { flex:1; font-size:8.5px; line-height:12px; text-transform:uppercase; letter-spacing:.6px; color:#555 }
.ft .sg div { font: 19px ${hand}; line-height:24px; color:#1c2f66; border-bottom:1px solid #333; height:25px; text-transform:none; letter-spacing:0; white-space:nowrap }
</style>
<div class="w">
 <div class="hd">
  <div class="mk"><i></i><b></b></div>
  <div class="co"><b>${dealer}</b><span>${dealer_line}</span><span>${dealer_addr} · ${dealer_phone}</span></div>
  <div class="ti"><b>${form_title}</b><span class="no">No. ${ticket_no}</span></div>
 </div>
 <div class="g">
  <div><i>${date_label}</i><span>${service_date}</span></div>
  <div><i>Customer</i><span>${customer}</span></div>
  <div><i>${contact_label}</i><span>${contact}</span></div>
  <div><i>Phone</i><span>${phone}</span></div>
  <div><i>${po_label}</i><span>${po}</span></div>
  <div><i>Serial no.</i><span>${serial}</span></div>
  <div><i>Make / model</i><span>${unit}</span></div>
  <div><i>${writer_label}</i><span>${writer}</span></div>
  <div><i>Service</i><span>${interval}</span></div>
  <div><i>${meter_label}</i><span>${meter}</span></div>
 </div>
 <div class="two">
  <div><div class="cap">Work performed</div><table><tr><th></th><th>Description</th></tr>${work_html}</table></div>
  <div class="b"><div class="cap">Parts</div><table><tr><th>Part no.</th><th>Description</th><th class="n">Qty</th><th class="n">Amount</th></tr>${parts_html}</table></div>
 </div>
 <div class="two">
  <div class="b"><div class="cap">Labor</div><table><tr><th>Date</th><th>Technician</th><th>In</th><th>Out</th><th class="n">Hrs</th></tr>${labor_html}</table></div>
  <div><div class="cap">Charges</div><table><tr><th>Item</th><th class="n">Amount</th></tr>${totals_html}</table></div>
 </div>
 <div class="ft">
  <div class="nx"><div class="a">${next_label} <span>${next_hours}</span> ${next_or} <span>${next_date}</span></div><div class="c">${warranty}</div></div>
  <div class="sg"><div>${tech}</div>Serviced by</div>
  <div class="sg"><div>${contact_sig}</div>${received_label}</div>
 </div>
</div>
"""

DEALERS = [
    ("Cascade Truckmount & Supply", "4410 E. Trent Ave, Spokane, WA 99202"),
    ("Front Range Extraction Equipment", "6120 Dahlia St, Commerce City, CO 80022"),
    ("Bayou Clean Equipment Co.", "2318 Veterans Blvd, Metairie, LA 70002"),
    ("Great Lakes Cleaning Systems", "905 Industrial Dr, Elk Grove Village, IL 60007"),
    ("Desert Truckmount Service", "3311 W. Broadway Rd, Phoenix, AZ 85041"),
    ("Tri-County Carpet Equipment", "77 Progress Way, Lancaster, PA 17601"),
]
CUSTOMERS = [
    "Rapid Dry Restoration",
    "Apex Water & Fire Inc.",
    "Hometown Carpet Care",
    "Summit Peak Restoration",
    "Blue Ribbon Cleaning & Restoration",
    "All-Dry Services LLC",
]
UNITS = [
    "HydraMaster Boxxer 421",
    "HydraMaster CDS 4.8",
    "Prochem Legend GT",
    "Prochem Blazer GT",
    "Sapphire Scientific 370SS",
    "Butler Mamba",
    "Cleanco Power Max",
]
WORK = [
    "Changed engine oil & filter",
    "Changed blower oil",
    "Changed HP pump oil",
    "Checked / adjusted drive belts",
    "Cleaned recovery tank filter basket",
    "Descaled heat exchanger",
    "Replaced vacuum relief valve",
    "Checked chemical pump diaphragm",
    "Inspected hoses & quick connects",
    "Cleaned float switch",
]
PARTS = [
    ("Engine oil filter", 18.40),
    ("Engine oil 10W-30 (qt)", 7.25),
    ("Blower oil (qt)", 14.90),
    ("HP pump oil", 16.50),
    ("Drive belt", 42.00),
    ("Vacuum relief valve", 96.75),
    ("Quick connect, 1/4 in.", 21.30),
    ("Descaler (gal)", 38.00),
]


def fill(d):
    from datetime import timedelta

    from corpus.formats import fmt_date

    r = d.rng
    dealer, addr = d.pick(DEALERS)
    day = d.completed
    date_style = d.pick(["us_numeric", "us_short", "us_numeric", "short_month"])
    interval = d.pick([250, 500, 500, 1000])
    meter = round(interval * r.randint(1, 8) + r.uniform(-30, 60), 1)
    work = r.sample(WORK, r.randint(3, 5))
    work_html = "".join(
        f"<tr><td class='k'><span class='bx'>✓</span></td><td class='f'>{w}</td></tr>" for w in work
    )
    work_html += "<tr><td class='k'><span class='bx'></span></td><td></td></tr>" * (5 - len(work))
    parts = r.sample(PARTS, r.randint(2, 5))
    parts_html, parts_total = "", 0.0
    for desc, price in parts:
        qty = d.pick([1, 1, 2, 4]) if "(qt)" in desc else 1
        amt = qty * price
        parts_total += amt
        pn = f"{d.pick(['HM', 'PC', 'SS', 'GEN'])}-{r.randrange(10000, 99999)}"
        parts_html += (
            f"<tr><td class='f'>{pn}</td><td class='f'>{desc}</td>"
            f"<td class='f n'>{qty}</td><td class='f n'>{amt:,.2f}</td></tr>"
        )
    parts_html += "<tr><td></td><td></td><td></td><td></td></tr>" * (5 - len(parts))
    tech = d.person()
    rows = []
    start_h = d.pick([7, 8, 9, 10, 13])
    first = d.pick([1.5, 2.0, 2.5, 3.0, 3.5])
    rows.append((day, start_h, first))
    if d.chance(0.5):
        rows.insert(0, (day - timedelta(days=1), d.pick([13, 14, 15]), d.pick([0.5, 1.0, 1.5])))
    labor_html, labor_hours = "", 0.0
    for when, h0, hrs in rows:
        end = h0 + hrs
        labor_hours += hrs
        labor_html += (
            f"<tr><td class='f'>{fmt_date(when, date_style)}</td><td class='f'>{tech}</td>"
            f"<td class='f'>{h0}:00</td><td class='f'>{int(end)}:{int(round((end % 1) * 60)):02d}</td>"
            f"<td class='f n'>{hrs:.1f}</td></tr>"
        )
    labor_html += "<tr><td></td><td></td><td></td><td></td><td></td></tr>" * (4 - len(rows))
    labor_html += (
        f"<tr class='t'><td colspan='4' style='text-align:right'>Total hours</td>"
        f"<td class='f n'>{labor_hours:.1f}</td></tr>"
    )
    rate = d.pick([95, 110, 125, 135])
    labor_amt = labor_hours * rate
    supplies = round(parts_total * 0.05, 2)
    tax = round(parts_total * d.pick([0.06, 0.0725, 0.0825, 0.089]), 2)
    total = parts_total + labor_amt + supplies + tax
    totals = [
        ("Parts", f"{parts_total:,.2f}"),
        (f"Labor {labor_hours:.1f} hrs @ {rate}", f"{labor_amt:,.2f}"),
        ("Shop supplies", f"{supplies:,.2f}"),
        ("Sales tax", f"{tax:,.2f}"),
    ]
    totals_html = "".join(f"<tr><td>{k}</td><td class='f n'>{v}</td></tr>" for k, v in totals)
    totals_html += f"<tr class='t'><td>TOTAL</td><td class='f n'>${total:,.2f}</td></tr>"
    contact = d.person()
    next_day = day + timedelta(days=d.pick([90, 120, 180]))
    street, town = addr.split(", ", 1)
    fill_font = d.pick([d.fonts["hand"], d.fonts["mono"], "'Kristi', 'Dancing Script', cursive"])
    return {
        "ink": d.pick(["#1f3a5f", "#0b3d2e", "#2f2f2f", "#5b2333", "#123c69"]),
        "tint": d.colors["light"],
        "mk_radius": d.pick(["4px", "50%", "0", "10px"]),
        "co_case": d.pick(["uppercase", "none"]),
        "hand_fill": fill_font,
        "fill_px": 11.5 if fill_font == d.fonts["mono"] else 13.5,
        "fill_ink": d.pick(["#1c2f66", "#222", "#12357a"]),
        "mk_bar": d.pick(["#e9c46a", "#8ecae6", "#fff"]),
        "dealer": dealer,
        "dealer_line": d.pick(
            [
                "Truckmount Sales · Service · Parts",
                "Authorized Sales & Service Center",
                "Carpet Cleaning & Restoration Equipment — Service Dept.",
            ]
        ),
        "dealer_addr": f"{street}, {town}",
        "dealer_phone": d.phone(),
        "form_title": d.pick(["FIELD SERVICE TICKET", "SERVICE WORK ORDER", "SHOP REPAIR ORDER"]),
        "ticket_no": f"{r.randrange(1000, 99999):05d}",
        "date_label": d.pick(["Date", "Date in", "Service date"]),
        "service_date": fmt_date(day, date_style),
        "customer": d.pick(CUSTOMERS),
        "contact_label": d.pick(["Contact", "Operator", "Brought in by"]),
        "contact": contact,
        "phone": d.phone(),
        "po_label": d.pick(["PO / Job #", "Customer PO", "Unit / van #"]),
        "po": d.pick([f"PO {r.randrange(1000, 9999)}", f"Van {r.randrange(1, 12)}", "—"]),
        "unit": d.pick(UNITS),
        "writer_label": d.pick(["Written up by", "Service writer", "Taken by"]),
        "writer": d.person(),
        "serial": f"{d.pick(['TM', 'SN ', ''])}{r.randrange(100000, 999999)}",
        "meter_label": d.pick(["Hour meter", "Engine hours", "Hrs on meter"]),
        "meter": f"{meter:,.1f}",
        "interval": d.pick(
            [f"{interval}-hr PM", f"{interval} hour service", f"PM @ {interval} hrs"]
        ),
        "work_html": work_html,
        "parts_html": parts_html,
        "labor_html": labor_html,
        "totals_html": totals_html,
        "next_label": d.pick(["Next service due at", "Next PM due:"]),
        "next_hours": f"{meter + interval:,.0f} hrs",
        "next_or": "or",
        "next_date": fmt_date(next_day, date_style),
        "warranty": d.pick(
            [
                "Labor warranted 30 days; parts per manufacturer.",
                "All work guaranteed 90 days.",
                "Keep this ticket with your service records.",
            ]
        ),
        "tech": tech,
        "contact_sig": contact,
        "received_label": d.pick(["Customer signature", "Received by", "Work accepted by"]),
    }
