"""Not a certificate: a restoration company's upright staff photo ID card
(CR80 on end). A rounded card on a tinted ground with a coloured edge; at
the top a square logo beside the company's name in bold capitals; a framed
photograph in the middle; under it a small table of colon rows (name,
designation, the IICRC certifications on file as bare codes, phone, blood
group or employee number); at the foot an "Authorized Signature" in ink on
the right and a barcode with the ID number spaced out under it, sometimes a
"valid thru" date. It names a technician and a company and records no
course, completion or credit."""

SOURCE = (
    "hrshadhin/school-management-system:resources/views/backend/report/hrm/employee/idcard/"
    "format_two.blade.php (a 204 x 323 px card with a 2px coloured border and radius 10px, "
    "logo floated left of the institute's name in capitals, the photo with a coloured border, "
    "a table of label / ':' / value rows for name, designation, phone, religion and shift, "
    "an 'Authorized Signature' image at the right and a barcode with the ID letter-spaced "
    "under it)"
)
KIND = "other"
PAPER = "card-portrait"
CATEGORIES = (
    "other",
    "wallet",
    "portrait",
    "labelled",
    "id-card",
    "photo",
    "barcode",
    "distractor-date",
)

TEMPLATE = """<style>
.pg { position:absolute; inset:0; background:#fff }
.cd { position:absolute; inset:3px; border:2px solid ${edge}; border-radius:10px; background:${tint}; overflow:hidden;
  font-family:${face}; color:#1a1a1a }
.hd { display:flex; align-items:center; gap:5px; padding:8px 7px 0 }
.lg { flex:none; width:34px; height:34px; border-radius:6px; background:${edge}; color:#fff; font: bold 12px ${face};
  display:flex; align-items:center; justify-content:center; letter-spacing:.3px }
.co { font: bold ${co_px}px ${face}; color:${title}; text-transform:uppercase; line-height:1.15; letter-spacing:.2px }
.tg { font-size:6.5px; color:#444; letter-spacing:.6px; text-transform:uppercase; margin-top:1px }
.ph { width:62px; height:72px; margin:8px auto 0; border:2px solid ${photo_b}; background:#dfe3e6; position:relative; overflow:hidden }
.ph:before { content:""; position:absolute; left:19px; top:10px; width:24px; height:27px; border-radius:50%; background:#aab3ba }
.ph:after { content:""; position:absolute; left:8px; top:40px; width:46px; height:40px; border-radius:23px 23px 0 0; background:#aab3ba }
.rl { text-align:center; font: bold 8px ${face}; letter-spacing:1.4px; text-transform:uppercase; color:${edge}; margin-top:3px }
table { border-collapse:collapse; margin:4px 0 0 8px; font-size:8.5px; line-height:11.5px }
td { padding:0; vertical-align:top }
td.l { width:56px; color:#333 } td.c { width:7px }
td.v { font-weight:bold; padding-right:6px }
.sg { position:absolute; right:8px; bottom:38px; text-align:center; font-size:6.5px; color:#333 }
.sg .h { font: 15px ${hand}; color:#1d2c6b; line-height:15px; white-space:nowrap }
.vt { position:absolute; left:8px; bottom:40px; font-size:7px; color:#333; line-height:9px }
.vt b { font-size:8px }
.bc { position:absolute; left:8px; right:8px; bottom:5px; background:#fff; border-radius:0 0 6px 6px; text-align:center; padding-top:3px }
.bc .bars { height:18px; margin:0 10px; background:repeating-linear-gradient(90deg, #111 0 1px, #fff 1px 3px, #111 3px 5px,
  #fff 5px 6px, #111 6px 7px, #fff 7px 10px, #111 10px 12px, #fff 12px 13px) }
.bc .id { font: 7.5px ${mono}; letter-spacing:${id_ls}px; color:#111; line-height:11px }
</style>
<div class="cd">
 <div class="hd"><div class="lg">${mark}</div><div><div class="co">${company}</div><div class="tg">${tagline}</div></div></div>
 <div class="ph"></div>
 <div class="rl">${card_role}</div>
 <table>
  <tr><td class="l">${l_name}</td><td class="c">:</td><td class="v">${person}</td></tr>
  <tr><td class="l">${l_desig}</td><td class="c">:</td><td>${designation}</td></tr>
  <tr><td class="l">${l_certs}</td><td class="c">:</td><td>${certs}</td></tr>
  <tr><td class="l">${l_phone}</td><td class="c">:</td><td>${phone}</td></tr>
  <tr><td class="l">${l_extra}</td><td class="c">:</td><td>${extra}</td></tr>
 </table>
 <div class="vt">${valid_label}<br><b>${valid}</b></div>
 <div class="sg"><div class="h">${signer}</div>${sig_label}</div>
 <div class="bc"><div class="bars"></div><div class="id">${emp_id}</div></div>
</div>
"""

TRADES = [
    "Restoration & Cleaning",
    "Water & Fire Restoration",
    "Property Restoration, Inc.",
    "Disaster Recovery LLC",
    "Carpet & Upholstery Care",
]
DESIGNATIONS = [
    "Water Damage Technician",
    "Crew Lead",
    "Restoration Technician",
    "Project Manager",
    "Mold Remediation Tech",
    "Carpet Cleaning Technician",
]
TAGLINES = ["24/7 Emergency Service", "Licensed · Bonded · Insured", "Employee Identification"]


def fill(d):
    from corpus import values as V

    r = d.rng
    company = f"{d.pick(V.LAST)} {d.pick(TRADES)}"
    mark = "".join(w[0] for w in company.replace("&", "").split() if w[0].isupper())[:3]
    codes = sorted({d.pick(V.IICRC_COURSES)[1] for _ in range(r.randrange(1, 4))})
    emp = f"{r.randrange(100, 999)}{r.randrange(10000, 99999)}"
    extra_label, extra = d.pick(
        [
            ("Blood Grp", d.pick(["O+", "A+", "B+", "AB-", "O-"])),
            ("Emp. No.", emp[-5:]),
            ("Joined", str(d.completed.year - r.randrange(0, 8))),
            ("Truck", f"Unit {r.randrange(2, 40)}"),
        ]
    )
    return {
        "edge": d.pick(["#243f60", "#8b0000", "#0b3d2e", "#e36c0a", "#1e6091"]),
        "tint": d.pick(["#e4cfbe", "#eef3f7", "#f4efe2", "#e6efe8", "#ffffff"]),
        "title": d.pick(["#244061", "#222", "#5b2333"]),
        "photo_b": d.pick(["#e36c0a", "#243f60", "#999"]),
        "face": d.pick(
            ["'Open Sans', sans-serif", "'Lato', sans-serif", "'Liberation Sans', sans-serif"]
        ),
        "hand": d.fonts["hand"].replace(", cursive", ", 'Dancing Script', cursive"),
        "mono": d.fonts["mono"],
        "co_px": 9.5 if len(company) > 28 else 11,
        "id_ls": d.pick([3, 4, 5]),
        "mark": mark,
        "company": company,
        "tagline": d.pick(TAGLINES),
        "card_role": d.pick(["Staff", "Technician", "Employee", "Field Staff"]),
        "l_name": "Name",
        "person": d.plain_name if d.chance(0.5) else d.person(),
        "l_desig": d.pick(["Designation", "Position", "Title"]),
        "designation": d.pick(DESIGNATIONS),
        "l_certs": d.pick(["IICRC", "Certs", "Certified"]),
        "certs": " · ".join(codes),
        "l_phone": d.pick(["Phone No.", "Phone", "Cell"]),
        "phone": d.phone(),
        "l_extra": extra_label,
        "extra": extra,
        "valid_label": d.pick(["Valid thru", "Expires", "Issued"]),
        "valid": d.other_date(d.pick(["expiry", "issue"]), d.pick(["us_numeric", "us_short"])),
        "signer": d.person(),
        "sig_label": d.pick(["Authorized Signature", "Issuing Authority", "Operations Manager"]),
        "emp_id": emp,
    }
