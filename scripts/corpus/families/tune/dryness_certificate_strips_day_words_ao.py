"""Not a certificate of training: the certificate of drying (dryness) a
water mitigation contractor issues to the property owner and the insurer
when the structure has reached its dry standard. A landscape sheet on a
faint paper texture between two patterned border strips, the contractor's
wordmark small and letter-spaced under the top strip, a large heading, then
centred running lines with no labels: "This is to certify that the
property of", the owner's name in script, the property address, a sentence
naming the date of loss, the water category and class, the days and hours
the drying equipment ran between two dates and the technician who took the
final readings, then "On the ... Day of ... In the Year ..." with the date
in words and "At:" the town. Two matching signature blocks (the
technician and the project manager) flank a plain rosette seal, and a
single line of job number, claim number, carrier and issue date runs above
the bottom strip. It is headed as a certificate and names people and dates,
but records no one's course completion."""

SOURCE = (
    "azuya/CertificateBuilder:templates/default/default.tpl and templates/default/styles.css "
    "(patterned border strips top and bottom, script heading, centred 'This is to certify that' "
    "lines, 'On the [day] Day of [month] In the Year [year]', 'At: [location]', right-hand "
    "'Signed,'); wording after drynesscertificate.uk and buildingresponse.co.uk/certificate-of-"
    "dryness (IICRC S500 certificate of dryness: materials' moisture content assessed against "
    "a dry standard and found acceptable, signed by the drying technician)"
)
KIND = "other"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "other",
    "landscape",
    "ornate",
    "sentence",
    "script-name",
    "date-range",
    "date-words",
    "distractor-person",
    "distractor-date",
    "address",
)

TEMPLATE = """<style>
.pg { position:absolute; inset:0; background-color:${paper};
  background-image: radial-gradient(rgba(120,100,60,.07) 1px, transparent 1.4px); background-size: 7px 7px }
.st { position:absolute; left:0; right:0; height:${strip_h}px; background-color:${ink};
  background-image: ${strip_img}; background-size: ${strip_size} }
.st.t { top:0 } .st.b { bottom:0 }
.st::after { content:""; position:absolute; left:0; right:0; height:3px; background:${gold} }
.st.t::after { bottom:-7px } .st.b::after { top:-7px }
.c { position:absolute; left:70px; right:70px; top:${top}px; bottom:${bottom}px; text-align:center; color:#262626;
  font: 16px ${body}; display:flex; flex-direction:column; align-items:center }
.wm { font: bold 12px ${sans}; letter-spacing:4px; text-transform:uppercase; color:${ink} }
.wm span { font-weight:normal; letter-spacing:1.5px; color:#666; margin-left:10px }
h1 { margin:8px 0 0; font: ${h1_font}; color:${ink}; line-height:1.15 }
.ln { margin-top:18px; line-height:22px; font-size:17px }
.nm { font: 50px ${script}; color:${name_ink}; line-height:64px; margin-top:4px; white-space:nowrap }
.ad { font: bold 17px ${body}; margin-top:2px }
.bd { margin-top:18px; max-width:840px; line-height:26px; font-size:16.5px }
.ar { margin-top:8px; font-style:italic; font-size:15px; color:#444 }
.on { margin-top:22px; font-size:17px } .on b, .at b { font-family:${display}; font-weight:bold }
.at { margin-top:6px; font-size:17px }
.sg { margin-top:auto; width:100%; display:flex; justify-content:space-between; align-items:center }
.sb { width:320px; text-align:center; font: 12.5px ${sans}; color:#333; line-height:16px }
.sb .sd { text-align:left; font: italic 14px ${body}; color:#444; margin-bottom:2px }
.sb .h { font: 27px ${hand}; color:#1d2c6b; line-height:40px; height:40px; border-bottom:1px solid #444; white-space:nowrap; overflow:hidden }
.sb .n { margin-top:4px; font-weight:bold }
.seal { width:96px; height:96px; border-radius:50%; flex:none; margin-bottom:4px;
  background: repeating-conic-gradient(${gold} 0 6deg, ${gold_dk} 6deg 12deg); position:relative }
.seal::before { content:""; position:absolute; inset:10px; border-radius:50%; background:${gold}; border:2px dotted #fff8 }
.seal::after { content:""; position:absolute; inset:30px; border-radius:50%; border:3px double ${gold_dk} }
.jb { margin-top:12px; font: 11px ${sans}; color:#555; letter-spacing:.3px }
</style>
<div class="pg"></div><div class="st t"></div><div class="st b"></div>
<div class="c">
 <div class="wm">${firm}<span>${firm_tag}</span></div>
 <h1>${heading}</h1>
 <div class="ln">${certify}</div>
 <div class="nm">${owner}</div>
 <div class="ad">${prop_street}, ${prop_town}</div>
 <div class="bd">${body_text}</div>
 <div class="ar">${areas}</div>
 <div class="on">On the <b>${day}</b> Day of <b>${month}</b> In the Year <b>${year}</b></div>
 <div class="at">At: <b>${town}</b>.</div>
 <div class="sg">
  <div class="sb"><div class="sd">${signed1}</div><div class="h">${tech_sig}</div><div class="n">${tech}, ${tech_creds}</div>${tech_role}</div>
  <div class="seal"></div>
  <div class="sb"><div class="sd">${signed2}</div><div class="h">${pm_sig}</div><div class="n">${pm}</div>${pm_role}</div>
 </div>
 <div class="jb">${job_line}</div>
</div>
"""

FIRMS = [
    ("Rapid Dry Restoration LLC", "IICRC Certified Firm"),
    ("Apex Water & Fire, Inc.", "24-Hour Water Mitigation"),
    ("Clearwater Cleaning Co.", "Water · Fire · Mold"),
    ("Summit Peak Restoration", "Structural Drying Specialists"),
    ("Tri-County Disaster Recovery", "IICRC Certified Firm"),
    ("Harbor City Water Damage Ltd.", "Drying & Moisture Mapping"),
]
CARRIERS = [
    "Westfield Mutual Insurance Co.",
    "Great Plains Casualty Company",
    "Harborline Specialty Insurance Co.",
    "Northfield Indemnity Corp.",
    "Keystone Home Assurance",
]
STRIPS = [
    (
        "repeating-linear-gradient(45deg, rgba(255,255,255,.22) 0 6px, transparent 6px 14px), "
        "repeating-linear-gradient(-45deg, rgba(255,255,255,.22) 0 6px, transparent 6px 14px)",
        "auto",
    ),
    (
        "radial-gradient(circle at 50% 100%, rgba(255,255,255,.28) 0 9px, transparent 10px), "
        "radial-gradient(circle at 50% 0, rgba(255,255,255,.18) 0 9px, transparent 10px)",
        "26px 100%",
    ),
    (
        "repeating-linear-gradient(90deg, rgba(255,255,255,.25) 0 2px, transparent 2px 9px), "
        "linear-gradient(0deg, rgba(0,0,0,.25), transparent)",
        "auto",
    ),
]


def fill(d):
    from datetime import timedelta

    from corpus import formats as F

    r = d.rng
    firm, tag = d.pick(FIRMS)
    done = d.completed
    days = r.randint(3, 8)
    start = done - timedelta(days=days)
    loss = start - timedelta(days=r.randint(0, 2))
    issued = done + timedelta(days=r.randint(1, 9))
    hours = days * 24 - d.pick([0, 0, 0, 4, 6])
    owner = d.person()
    tech = d.person()
    pm = d.person()
    prop_street, prop_town = d.address()
    water = d.pick(
        ["Category 1, Class 2", "Category 1, Class 3", "Category 2, Class 2", "Category 1, Class 1"]
    )
    loss_text = F.fmt_date(loss, d.pick(["long", "us_numeric", "short_month"]))
    span = F.fmt_range(start, done, r)
    body_text = d.pick(
        [
            f"following the water loss of {loss_text} ({water}), has been dried to the dry standard "
            "taken from unaffected materials of the same kind, in accordance with ANSI/IICRC S500. "
            f"Drying equipment ran {days} days ({hours} hours), {span}; final moisture readings "
            f"were taken by {tech}.",
            f"affected by water on {loss_text} ({water}), was monitored daily and found dry: the "
            "moisture content of all affected materials is at or below the dry standard of "
            f"unaffected reference materials. Equipment was in place {span}, a total of {hours} "
            f"hours, and the final readings were recorded by {tech}.",
        ]
    )
    day_style = d.pick(["ordinal", "ordinal", "words"])
    day = f"{done.day}{F.suffix(done.day)}" if day_style == "ordinal" else F.ORDINAL_WORDS[done.day]
    short_town = prop_town.rsplit(" ", 1)[0] if prop_town[-1].isdigit() else prop_town
    job_sep = d.pick(["  ·  ", "   |   "])
    job_line = job_sep.join(
        [
            f"Job No. {d.number(d.pick(['WTR-', 'J', '']))}",
            f"Claim No. {d.number(d.pick(['CLM-', '']))}",
            f"Carrier: {d.pick(CARRIERS)}",
            f"{d.pick(['Issued', 'Date issued', 'Printed'])} {F.fmt_date(issued, 'us_numeric')}",
        ]
    )
    script_title = d.chance(0.5)
    strip_img, strip_size = d.pick(STRIPS)
    heading = d.pick(
        ["Certificate of Drying", "Certificate of Dryness", "Dry Standard Certificate"]
    )
    return {
        "paper": d.pick(["#fbf8ef", "#f8f5ec", "#fdfcf7"]),
        "ink": d.pick(["#1f3a5f", "#23395d", "#0b3d2e", "#3d2b1f", "#123c69"]),
        "gold": d.pick(["#c9a227", "#b8860b", "#c5a253"]),
        "gold_dk": d.pick(["#8a6d12", "#7a5c0c"]),
        "name_ink": d.pick(["#1d2c6b", "#222", "#3d2b1f"]),
        "strip_img": strip_img,
        "strip_size": strip_size,
        "strip_h": d.pick([46, 54, 60]),
        "top": 84,
        "bottom": 78,
        "body": d.pick([d.fonts["serif"], d.fonts["serif"], d.fonts["sans"]]),
        "h1_font": (
            f"58px {d.fonts['script']}"
            if script_title
            else f"bold 40px {d.fonts['display']}; letter-spacing:3px; text-transform:uppercase"
        ),
        "firm": firm,
        "firm_tag": tag,
        "heading": heading,
        "certify": d.pick(
            [
                "This is to certify that the property of",
                "This is to certify that the structure owned by",
                "This certifies that the water-damaged areas in the home of",
            ]
        ),
        "owner": owner,
        "prop_street": prop_street,
        "prop_town": prop_town,
        "body_text": body_text,
        "areas": d.pick(
            [
                "Kitchen, hallway and lower-level family room, approx. 380 sq ft",
                "Primary bathroom, adjoining closet and bedroom carpet and pad",
                "Finished basement: drywall to 24 in., framing, carpet and subfloor",
                "Laundry room, kitchen cabinets (toe kicks removed) and dining room hardwood",
                "Ground-floor living room, stair landing and two wall cavities",
            ]
        ),
        "day": day,
        "month": F.MONTHS[done.month - 1],
        "year": done.year,
        "town": short_town,
        "signed1": "Signed,",
        "signed2": d.pick(["Reviewed,", "Approved,", "For the company,"]),
        "tech": tech,
        "tech_sig": f"{tech[0]}. {tech.split()[-1]}",
        "pm_sig": pm if len(pm) < 18 else f"{pm[0]}. {pm.split()[-1]}",
        "tech_creds": d.pick(["WRT, ASD", "WRT", "WRT, ASD, AMRT"]),
        "tech_role": d.pick(["Drying Technician", "Lead Water Technician", "Moisture Technician"]),
        "pm": pm,
        "pm_role": d.pick(["Project Manager", "Operations Manager", "Owner"]),
        "job_line": job_line,
    }
