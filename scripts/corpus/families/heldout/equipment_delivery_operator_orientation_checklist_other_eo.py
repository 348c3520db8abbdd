"""Not a certificate: the checklist a dealer's delivery rep fills in when a
new truckmount, drying kit or extractor is handed over to a restoration
company. The dealer's wordmark and the maker's name head the page; boxed
labelled fields hold the customer, unit model, serial, hour meter and the
delivery date in handwriting; a two-column list of ticked boxes covers the
start-up, operation and maintenance points shown; a small table lists the
operators present; a note says the orientation comes with the purchase and
is not a certification course; customer and dealer signatures with dates
close it. It names people, dates and numbers; no credit is recorded."""

SOURCE = (
    "abdulrahman-gaith-beep/mustadem-resources:project_delivery/operations_handover_checklist.md "
    "(handover checklist with ticked items, training and documentation sections, sign-off) and "
    "wording of truckmount dealers' delivery and operator orientation forms"
)
KIND = "other"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "other",
    "labelled",
    "checkboxes",
    "handwriting",
    "portrait",
    "provider-in-logo",
    "distractor-person",
    "distractor-date",
)

TEMPLATE = """<style>
.w { position:absolute; inset:40px 50px 34px; font: 12px ${sans}; color:#151515 }
.hd { display:flex; justify-content:space-between; align-items:center; border-bottom:4px solid #111; padding-bottom:6px }
.dl { font: 900 24px ${cond}; letter-spacing:1px; text-transform:uppercase } .dl span { color:${accent} }
.mk { font-size:11px; color:#444; text-align:right; line-height:15px }
h1 { font: bold 17px ${sans}; margin:10px 0 8px; text-transform:uppercase; letter-spacing:.5px }
.fg { display:grid; grid-template-columns: 1fr 1fr 1fr; border:1px solid #333 }
.fg div { border-right:1px solid #333; border-bottom:1px solid #333; padding:3px 6px 4px; min-height:40px }
.fg div:nth-child(3n) { border-right:0 } .fg div.last { border-bottom:0 }
.fg b { display:block; font-size:9px; text-transform:uppercase; color:#555; font-weight:normal; letter-spacing:.4px }
.h { font: 16px ${hand}; color:#1d2f6b }
h2 { font: bold 12px ${sans}; text-transform:uppercase; letter-spacing:1px; background:#eee; padding:3px 6px; margin:20px 0 8px }
.ck { columns:2; column-gap:28px; font-size:12px; line-height:28px }
.ck div { break-inside:avoid }
.bx { display:inline-block; width:13px; height:13px; border:1px solid #222; margin-right:7px; vertical-align:-2px; position:relative }
.bx i { position:absolute; left:1px; top:-9px; font: bold 18px ${hand}; color:#1d2f6b; font-style:normal }
table { width:100%; border-collapse:collapse } td, th { border:1px solid #555; padding:3px 6px; height:32px; text-align:left; font-size:11.5px }
th { background:#f2f2f2; font-size:9.5px; text-transform:uppercase }
.nt { margin-top:18px; font-size:10.5px; line-height:14px; color:#333; border-left:3px solid ${accent}; padding-left:8px }
.sg { display:grid; grid-template-columns: 1.4fr .8fr 1.4fr .8fr; gap:0 14px; margin-top:50px }
.sg div { border-bottom:1px solid #222; height:30px; font: 22px ${hand}; color:#1d2f6b; white-space:nowrap; overflow:hidden }
.sg span { font-size:9.5px; color:#555; text-transform:uppercase }
.ft { position:absolute; left:0; right:0; bottom:0; font-size:9px; color:#666; display:flex; justify-content:space-between }
</style>
<div class="w">
 <div class="hd"><div class="dl">${dealer_a}<span>${dealer_b}</span></div><div class="mk">${maker_line}<br>${dealer_phone}</div></div>
 <h1>${heading}</h1>
 <div class="fg">
  <div><b>Customer</b><span class="h">${customer}</span></div>
  <div><b>Contact</b><span class="h">${contact}</span></div>
  <div><b>Delivery date</b><span class="h">${delivered}</span></div>
  <div class="last"><b>Unit / model</b><span class="h">${model}</span></div>
  <div class="last"><b>Serial no.</b><span class="h">${serial}</span></div>
  <div class="last"><b>Hour meter at delivery</b><span class="h">${hours_meter}</span></div>
 </div>
 <h2>${items_head}</h2>
 <div class="ck">${items_html}</div>
 <h2>Operators present</h2>
 <table><tr><th>Name</th><th>Position</th><th>Initials</th></tr>${ops_html}</table>
 <div class="nt">${note}</div>
 <div class="sg">
  <div>${cust_sig}</div><div>${sig_date}</div><div>${rep_sig}</div><div>${sig_date}</div>
  <span>Customer signature</span><span>Date</span><span>${rep_label}</span><span>Date</span>
 </div>
 <div class="ft"><span>${copy}</span><span>${form}</span></div>
</div>
"""

DEALERS = [("Pro", "Mount"), ("Resto", "Depot"), ("Dry", "Force Supply"), ("Extract", "Direct")]
UNITS = {
    "truckmount": (
        ["TM-450 slide-in", "TM-570 twin", "Gas-drive GD-18"],
        [
            "Pre-start checks: oil, fuel, water supply",
            "Start-up and shut-down sequence",
            "Heat settings and temperature control",
            "Chemical injection and metering",
            "Vacuum recovery tank and filters",
            "Hose and wand connection",
            "Freeze protection procedure",
            "Daily / weekly maintenance schedule",
            "Warranty registration explained",
            "Operator's manual handed over",
        ],
    ),
    "drying": (
        ["LGR 2800 kit (4 units)", "Desiccant DD-1200", "Air mover pack AX-9 (10)"],
        [
            "Unpacking and inspection for damage",
            "Electrical requirements and circuit loads",
            "Control panel and hour meter",
            "Condensate pump and hose routing",
            "Filter cleaning and replacement",
            "Stacking and transport",
            "Remote monitoring app set-up",
            "Warranty registration explained",
            "Operator's manual handed over",
        ],
    ),
}
POSITIONS = ["Technician", "Crew lead", "Owner", "Shop manager", "Tech II"]


def fill(d):
    from corpus import values as V

    r = d.rng
    a, b = d.pick(DEALERS)
    full, short = d.pick(V.MANUFACTURERS)
    kind = d.pick(list(UNITS))
    models, items = UNITS[kind]
    ticks = []
    for it in items:
        done = d.chance(0.88)
        mark = "<i>✓</i>" if done else ""
        ticks.append(f'<div><span class="bx">{mark}</span>{it}</div>')
    ops = []
    for _ in range(r.randrange(2, 5)):
        who = d.person()
        ini = "".join(p[0] for p in who.split() if p[0].isupper())[:3]
        ops.append(
            f'<tr><td class="h" style="font: 16px {d.fonts["hand"]}; color:#1d2f6b">{who}</td>'
            f'<td>{d.pick(POSITIONS)}</td><td style="font: 16px {d.fonts["hand"]}; color:#1d2f6b">{ini}</td></tr>'
        )
    ops.append("<tr><td></td><td></td><td></td></tr>")
    style = d.pick(["us_numeric", "us_short"])
    cust = d.person()
    rep = d.person()
    delivered = d.other_date("print", style)
    return {
        "dealer_a": a,
        "dealer_b": b,
        "maker_line": f"Authorized {short or full} dealer",
        "dealer_phone": d.phone(),
        "heading": d.pick(
            [
                "New equipment delivery & operator orientation",
                "Equipment hand-over checklist",
                "Delivery inspection and start-up orientation",
            ]
        ),
        "customer": d.pick(
            [
                "Rapid Dry Restoration",
                "Apex Water & Fire",
                "Prime Mitigation",
                "Hometown Carpet Care",
            ]
        ),
        "contact": cust,
        "delivered": delivered,
        "model": d.pick(models),
        "serial": f"{r.choice(['', 'SN '])}{r.randrange(100000, 999999)}",
        "hours_meter": f"{r.randrange(0, 12)}.{r.randrange(0, 10)} hrs",
        "items_head": d.pick(["Covered with the operators", "Orientation items"]),
        "items_html": "".join(ticks),
        "ops_html": "".join(ops),
        "note": d.pick(
            [
                "This orientation is included with the purchase of the equipment. It is not a "
                "certification course and does not carry IICRC continuing education credit. "
                "Factory classes are scheduled separately.",
                "Orientation time is not billable and is not a training course. Ask your dealer "
                "about approved classes if your technicians need credit hours.",
            ]
        ),
        "cust_sig": cust,
        "rep_sig": rep,
        "sig_date": delivered,
        "rep_label": d.pick(["Dealer representative", "Delivery technician"]),
        "copy": d.pick(["Customer copy", "Dealer copy — file with warranty card"]),
        "form": f"Form D-{r.randrange(10, 40)} rev. {r.randrange(2015, 2024)}",
    }
