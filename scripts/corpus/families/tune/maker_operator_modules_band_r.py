"""A manufacturer's product-training certificate for the operators of one of
its machines (truckmounts, portable extractors, dehumidifiers, hydroxyl or
heat-drying units), portrait: a dark band across the top with the maker's
wordmark in light type and the factory training programme's name, a thin
accent stripe, a heading with a small kicker above it, "This certifies
that" the operator, a sentence naming the equipment training and the model
range it covers, then two columns: a ticked table of the training modules
with their result, and a labelled panel (training date, hours, operator
card number, trainer, the distributor that hosted the class and its city,
a recertify-by date). Two signatures and a small-print line about product
training and warranty records close the page."""

SOURCE = (
    "rtharayil/certify-me.github.io:_blog/product-training-certificate-design.md (program name, "
    "training details and issuer branding on product-training certificates) and "
    "vidyagxp0/agio_pre_prod:resources/views/frontend/TMS/Induction_training/"
    "induction_training_certificate.blade.php (training certificate stating the trainee is capable "
    "of performing the duties independently, two signatories)"
)
KIND = "course"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "portrait",
    "dark-band",
    "provider-in-logo",
    "sentence",
    "labelled",
    "table",
    "distractor-org",
    "distractor-person",
    "distractor-date",
)

TEMPLATE = """<style>
.band { position:absolute; left:0; right:0; top:0; height:${band_h}px; background:${dark}; color:#fff;
  display:flex; align-items:center; justify-content:space-between; padding:0 54px }
.wm { max-width:66% }
.wm b { display:block; font: ${wm_weight} ${wm_size}px ${wm_face}; letter-spacing:${wm_ls}px; line-height:1.1 }
.wm span { display:block; font: 12.5px ${sans}; letter-spacing:3px; text-transform:uppercase; opacity:.85; margin-top:6px }
.band .r { text-align:right; font: 11.5px ${sans}; line-height:16px; opacity:.9 }
.band .r i { font-style:normal; display:inline-block; border:1.5px solid ${hi}; color:${hi}; padding:3px 8px;
  font-weight:bold; letter-spacing:1.5px; margin-bottom:6px }
.stripe { position:absolute; left:0; right:0; top:${band_h}px; height:6px; background:${hi} }
.w { position:absolute; left:58px; right:58px; top:${body_top}px; font-family:${sans}; color:#1b1b1b }
.kick { font: bold 12.5px ${sans}; letter-spacing:4px; text-transform:uppercase; color:${hi_text} }
h1 { font: ${h1_weight} 38px ${head}; margin:8px 0 26px; color:#111 }
.lead { font-size:14.5px; color:#444 }
.nm { font: bold 30px ${name_face}; margin:6px 0 10px; color:${dark} }
.txt { font-size:14.5px; line-height:22px; color:#333; max-width:640px }
.crs { font: bold 21px ${sans}; margin:8px 0 4px; color:#111 }
.model { font-size:13.5px; color:#444 }
.cols { display:flex; gap:26px; margin-top:34px }
.ack { margin-top:30px; border:1px solid #bbb; padding:10px 14px 12px; font-size:12px; line-height:17px; color:#333; display:flex; gap:64px; align-items:flex-end }
.ack p { flex:1 } .ack .ln { width:230px; border-top:1px solid #333; font-size:10.5px; color:#555; padding-top:3px; position:relative }
.ack .ln i { position:absolute; left:6px; bottom:16px; font: normal 22px ${hand}; color:#222; white-space:nowrap }
.mods { flex:1.25 }
.mods h4, .panel h4 { margin:0 0 6px; font-size:11px; letter-spacing:1.8px; text-transform:uppercase; color:${dark} }
table { width:100%; border-collapse:collapse; font-size:12.5px }
td, th { padding:7px 8px; border-bottom:1px solid #ccc; text-align:left }
th { background:${light}; font-size:11px; text-transform:uppercase; letter-spacing:1px; color:#333 }
td.ck { width:22px; color:${hi_text}; font: bold 15px 'DejaVu Sans', sans-serif }
td.rs { text-align:right; white-space:nowrap; color:#333 }
.panel { flex:1; background:${light}; border-left:4px solid ${dark}; padding:12px 14px; align-self:flex-start }
.panel .row { display:flex; justify-content:space-between; gap:10px; padding:5px 0; border-bottom:1px dotted #999; font-size:12.5px }
.panel .row:last-child { border-bottom:0 }
.panel .row span { color:#555 } .panel .row b { text-align:right }
.sig { position:absolute; left:58px; right:58px; bottom:84px; display:flex; justify-content:space-between; font-family:${sans} }
.sig > div { width:42% }
.sig .h { font: 28px ${hand}; color:#1b2e74; height:36px; white-space:nowrap }
.sig .l { border-top:1px solid #222; font-size:12px; padding-top:3px; line-height:16px }
.fine { position:absolute; left:58px; right:58px; bottom:30px; border-top:1px solid #ccc; padding-top:7px;
  font: 9.5px ${sans}; color:#666; display:flex; justify-content:space-between; gap:20px }
</style>
<div class="band">
 <div class="wm"><b>${maker_mark}</b><span>${program}</span></div>
 <div class="r"><i>${badge}</i><br>${maker_line_html}</div>
</div>
<div class="stripe"></div>
<div class="w">
 <div class="kick">${kicker}</div>
 <h1>${heading}</h1>
 <div class="lead">${certifies}</div>
 <div class="nm">${name}</div>
 <div class="txt">${sentence}</div>
 <div class="crs">${title}</div>
 <div class="model">${model_line}</div>
 <div class="cols">
  <div class="mods"><h4>${mods_head}</h4>
   <table><tr><th></th><th>Module</th><th style="text-align:right">Result</th></tr>${modules_html}</table></div>
  <div class="panel"><h4>Training record</h4>
   <div class="row"><span>${date_label}</span><b>${date}</b></div>
   <div class="row"><span>${hours_label}</span><b>${hours}</b></div>
   <div class="row"><span>Operator card no.</span><b>${card}</b></div>
   <div class="row"><span>Factory trainer</span><b>${trainer}</b></div>
   <div class="row"><span>Hosted by</span><b>${host}</b></div>
   <div class="row"><span>Location</span><b>${city}</b></div>
   <div class="row"><span>${recert_label}</span><b>${recert}</b></div>
  </div>
 </div>
 <div class="ack"><p><b>Operator acknowledgement.</b> ${ack}</p><div class="ln"><i>${op_sig}</i>Operator signature</div></div>
</div>
<div class="sig">
 <div><div class="h">${trainer}</div><div class="l">${trainer}<br>Factory Trainer</div></div>
 <div><div class="h">${manager}</div><div class="l">${manager}<br>${manager_role}</div></div>
</div>
<div class="fine"><span>${fine}</span><span style="white-space:nowrap">${serial}</span></div>
"""
# (course title as the maker names it, model range, modules)
PRODUCTS = [
    (
        "Truckmount Operation and Maintenance",
        "{p}-{n} and {p}-{m} truckmount series",
        [
            "Pre-start inspection and daily checks",
            "Chemical injection and flow settings",
            "Heat exchanger care and descaling",
            "Waste tank, APO and pump-out",
            "Winterizing and freeze protection",
        ],
    ),
    (
        "Portable Extractor Operator Training",
        "{p}-{n} portable extractor and {p}-{m} heater module",
        [
            "Set-up, hoses and electrical safety",
            "Pressure and temperature adjustment",
            "Upholstery and stair tool technique",
            "Recovery tank cleaning",
            "Troubleshooting loss of suction",
        ],
    ),
    (
        "LGR Dehumidifier Setup and Service",
        "{p}-{n} and {p}-{m} low grain refrigerant units",
        [
            "Sizing units to the drying chamber",
            "Grain depression and performance checks",
            "Condensate pump and hose routing",
            "Coil and filter maintenance",
            "Fault codes and reset procedures",
        ],
    ),
    (
        "Hydroxyl Generator Operation and Safety",
        "{p}-{n} hydroxyl generator range",
        [
            "How hydroxyl radicals neutralize odor",
            "Placement and air-flow planning",
            "Lamp hours and replacement",
            "Occupied-space safety rules",
            "Job documentation and run logs",
        ],
    ),
    (
        "Heat Drying System Operator Certification",
        "{p}-{n} hydronic heat system with {p}-{m} controllers",
        [
            "Boiler set-up and fuel safety",
            "Hose layout and heat exchangers",
            "Target temperatures for wood and drywall",
            "Monitoring and shutdown procedures",
            "Tear-down, draining and transport",
        ],
    ),
]
HOSTS = [
    "Valley Janitorial Supply",
    "Interline Restoration Distributors",
    "Coastal Cleaning Supply Co.",
    "Mountain West Equipment Sales",
    "Tri-State Carpet Supply",
]


def fill(d):
    from corpus import values as V

    r = d.rng
    d.org, d.org_alt = d.pick(V.MANUFACTURERS)
    maker = d.provider()
    title, model_fmt, modules = d.pick(PRODUCTS)
    d.credit = float(d.pick([4, 6, 7, 8, 8, 16]))
    prefix = "".join(w[0] for w in (d.org_alt or maker).split()[:2]).upper()
    model = model_fmt.format(p=prefix, n=r.randrange(2, 9) * 100 + 50, m=r.randrange(10, 99) * 10)
    mods = r.sample(modules, d.pick([4, 5]))
    modules_html = "".join(
        f'<tr><td class="ck">&#10003;</td><td>{m}</td><td class="rs">{d.pick(["Pass", "Pass", "Demonstrated"])}</td></tr>'
        for m in mods
    )
    trainer = d.person()
    upper = d.chance(0.4)
    return {
        "band_h": d.pick([128, 140, 150]),
        "body_top": d.pick([200, 214]),
        "hi": d.pick(["#f2b705", "#e76f51", "#8ecae6", "#95d5b2"]),
        "hi_text": d.pick(["#9a6b00", "#b5441f", "#1e6091", "#2d6a4f"]),
        "wm_face": d.fonts[d.pick(["sans", "display", "cond"])],
        "wm_weight": d.pick(["bold", "900"]),
        "wm_size": (28 if len(maker) > 22 else 34) - (5 if upper else 0),
        "wm_ls": 2 if upper else 0,
        "head": d.fonts[d.pick(["display", "sans"])],
        "h1_weight": d.pick(["normal", "bold"]),
        "name_face": d.fonts[d.pick(["sans", "serif", "display"])],
        "hand": d.fonts["hand"].replace(", cursive", ", 'Z003', 'Dancing Script', cursive"),
        "maker_mark": maker.upper() if upper else maker,
        "program": d.pick(
            ["Factory Training Program", "Product Academy", "Operator Training Center"]
        ),
        "badge": d.pick(["FACTORY TRAINED", "AUTHORIZED OPERATOR", "CERTIFIED OPERATOR"]),
        "maker_line_html": d.pick(
            ["Manufacturer of professional", "Engineered and built in the USA"]
        )
        + "<br>"
        + d.pick(["cleaning and drying equipment", "restoration equipment since 1987"]),
        "kicker": d.pick(["Product training", "Operator certification", "Factory course"]),
        "heading": d.pick(
            [
                "Certificate of Factory Training",
                "Operator Training Certificate",
                "Factory Trained Operator",
            ]
        ),
        "certifies": d.pick(["This certifies that", "This is to certify that"]),
        "name": d.name(d.pick(["plain", "plain", "upper"])),
        "sentence": d.pick(
            [
                "has completed factory training in the safe operation, routine maintenance and "
                "basic troubleshooting of our equipment, and is qualified to operate it on customer "
                "jobs without supervision. Course:",
                "attended and passed the manufacturer's hands-on operator course, and has shown the "
                "trainer that they can set up, run and service the equipment safely. Course:",
            ]
        ),
        "title": d.set_title(title),
        "model_line": f"Covering the {model}",
        "mods_head": d.pick(["Training modules", "Modules completed"]),
        "modules_html": modules_html,
        "date_label": d.pick(["Training date", "Date completed", "Completed on"]),
        "date": d.date(d.pick(["long", "short_month", "us_numeric", "dmy_long"])),
        "hours_label": d.pick(["Training hours", "Class length", "Credit"]),
        "hours": d.hours(d.pick(["hours_title", "hrs", "hours_title"])),
        "card": f"{prefix}-{r.randrange(10000, 99999)}",
        "trainer": trainer,
        "host": d.pick(HOSTS),
        "city": d.city(),
        "recert_label": d.pick(["Recertify by", "Card valid until", "Refresher due"]),
        "recert": d.other_date("expiry", d.pick(["short_month", "us_numeric", "long"])),
        "ack": d.pick(
            [
                "I have received the operator's manual and the safety data sheets for the equipment "
                "named above, and I understand the daily checks shown to me in class.",
                "I was shown the lock-out, fuel and electrical safety steps for this equipment and "
                "will follow the maintenance schedule in the owner's manual.",
            ]
        ),
        "op_sig": f"{d.first} {d.last}",
        "manager": d.person(),
        "manager_role": d.pick(
            ["Training Manager", "Director of Technical Services", "Service Manager"]
        ),
        "fine": d.pick(
            [
                "This certificate confirms product training on the equipment named above. It is not a "
                "trade certification or a licence to perform restoration work.",
                "Keep a copy with the unit's warranty registration. Warranty claims on units run by "
                "untrained operators may be declined.",
            ]
        ),
        "serial": f"Unit serial {prefix}{r.randrange(100000, 999999)}"
        if d.chance(0.6)
        else d.web(),
    }
