"""A landscape CR80 wallet card of the kind equipment makers and training
companies print after a class: a dark band across the top with the
provider's name in light spaced capitals and a short card type ("Trained
Technician", "Certified Operator"); under it a grey photograph box at the
left and a stack of small label-over-value pairs at the right (trainee,
employer, course, date trained, credit); along the foot a certificate ID,
a short verification code with the web address to check it, an expiry and
a small QR square at the lower right."""

SOURCE = (
    "wording: equipment-training wallet cards generated as 3.375 x 2.125 in PDFs by "
    "training sites (trainee name, employer, equipment or course, certificate ID, verify "
    "code and verification URL, issued and expires dates, brand colour band and QR), as "
    "manufacturers' factory-training programs for restorers hand them out"
)
KIND = "course"
PAPER = "card"
CATEGORIES = (
    "wallet",
    "landscape",
    "dark-band",
    "labelled",
    "provider-in-logo",
    "distractor-date",
    "photo",
    "qr",
    "employer",
)

TEMPLATE = """<style>
.cd { position:absolute; inset:0; background:${ground}; border-radius:9px; overflow:hidden; font-family:${face}; color:#161616 }
.bd { position:absolute; left:0; right:0; top:0; height:${band_h}px; background:${brand}; color:#fff; padding:5px 9px 0 }
.bd .o { font: bold ${o_px}px ${face}; letter-spacing:${o_ls}px; text-transform:uppercase; line-height:1.1; white-space:nowrap; overflow:hidden }
.bd .t { font: 7px ${face}; letter-spacing:1.6px; text-transform:uppercase; opacity:.85; margin-top:2px }
.st { position:absolute; left:0; right:0; top:${band_h}px; height:3px; background:${accent} }
.ph { position:absolute; left:9px; top:${ph_top}px; width:54px; height:66px; background:#d9dde1; border:1px solid #aab; overflow:hidden }
.ph:before { content:""; position:absolute; left:16px; top:9px; width:22px; height:24px; border-radius:50%; background:#a9b1b8 }
.ph:after { content:""; position:absolute; left:7px; top:36px; width:40px; height:36px; border-radius:20px 20px 0 0; background:#a9b1b8 }
.fl { position:absolute; left:72px; right:8px; top:${fl_top}px; display:grid; grid-template-columns: 1fr ${col2}px; column-gap:6px; row-gap:2px }
.fl div { line-height:9px; min-width:0 }
.fl span { display:block; font-size:5.6px; letter-spacing:.6px; text-transform:uppercase; color:#666 }
.fl b { font-size:8.4px; white-space:nowrap }
.fl .w { grid-column: 1 / span 2 }
.fl .w b { white-space:normal; font-size:${t_px}px; line-height:9.5px }
.ft { position:absolute; left:9px; right:44px; bottom:6px; font: 6px ${mono}; color:#333; line-height:8px }
.qr { position:absolute; right:8px; bottom:6px; width:30px; height:30px; background:
  repeating-linear-gradient(90deg, #111 0 2px, transparent 2px 3px, #111 3px 4px, transparent 4px 6px),
  repeating-linear-gradient(0deg, #fff 0 2px, transparent 2px 5px); border:2px solid #fff; outline:1px solid #111 }
</style>
<div class="cd">
 <div class="bd"><div class="o">${org}</div><div class="t">${card_type}</div></div>
 <div class="st"></div>
 <div class="ph"></div>
 <div class="fl">
  <div class="w"><span>${l_name}</span><b>${name}</b></div>
  <div class="w"><span>${l_course}</span><b>${title}</b></div>
  <div><span>${l_emp}</span><b>${employer}</b></div>
  <div><span>${l_hours}</span><b>${hours}</b></div>
  <div><span>${l_date}</span><b>${date}</b></div>
  <div><span>${l_exp}</span><b>${expires}</b></div>
 </div>
 <div class="ft">${id_label} ${cert_id}<br>${verify_label} ${code} · ${web}</div>
 <div class="qr"></div>
</div>
"""

CARD_TYPES = [
    "Trained Technician",
    "Certified Operator",
    "Factory Trained",
    "Training Completion Card",
    "Qualified Technician",
]
EMPLOYERS = [
    "Restoration Pros",
    "Dry-Out Services",
    "Carpet Care Co.",
    "Fire & Flood Inc.",
    "Cleaning Systems",
]


def fill(d):
    from corpus import values as V

    r = d.rng
    org = d.provider(d.pick([None, "upper"]))
    name = d.name(d.pick(["plain", "plain", "upper"]))
    title = d.title(d.pick(["plain", "code_first", "with_code"]))
    date = d.date(d.pick(["us_numeric", "us_short", "iso", "short_month"]))
    hours = d.hours_number() if d.chance(0.5) else d.hours(d.pick(["cecs", "hrs", "cec_hours"]))
    code = "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(8))
    return {
        "ground": d.pick(["#ffffff", "#f7f7f4", "#f2f5f8"]),
        "brand": d.pick(["#f76511", "#1f3a5f", "#0b3d2e", "#5b2333", "#123c69", "#2f2f2f"]),
        "accent": d.pick(["#ffd166", "#b8860b", "#9fb3c8", "#e63946"]),
        "face": d.pick(
            ["'Roboto', sans-serif", "'Open Sans', sans-serif", "'Liberation Sans', sans-serif"]
        ),
        "mono": d.fonts["mono"],
        "band_h": 34,
        "o_px": 8.5 if len(org) > 30 else 10.5,
        "o_ls": d.pick([0.6, 1, 1.4]),
        "ph_top": 44,
        "fl_top": 42,
        "col2": d.pick([58, 62]),
        "t_px": 7.4 if len(title) > 36 else 8.2,
        "org": org,
        "card_type": d.pick(CARD_TYPES),
        "l_name": d.pick(["Trainee", "Name", "Technician"]),
        "name": name,
        "l_course": d.pick(["Course", "Training", "Class"]),
        "title": title,
        "l_emp": d.pick(["Employer", "Company"]),
        "employer": f"{d.pick(V.LAST)} {d.pick(EMPLOYERS)}"[:26],
        "l_hours": d.pick(["CECs", "Credit", "Hours"]),
        "hours": hours,
        "l_date": d.pick(["Trained", "Completed", "Issued"]),
        "date": date,
        "l_exp": d.pick(["Expires", "Valid thru", "Renew by"]),
        "expires": d.other_date("expiry", d.pick(["us_numeric", "us_short", "iso"])),
        "id_label": d.pick(["Cert ID", "Card No.", "ID"]),
        "cert_id": d.number(),
        "verify_label": d.pick(["Verify:", "Code", "Verification"]),
        "code": code,
        "web": d.web() + "/verify",
    }
