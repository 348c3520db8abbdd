"""A CR80 wallet card printed from a school's member-card page: a dark
header band with the school's round mark and name in light letters, the
holder's name large, then a tight grid of labelled values (course, completed,
CEC hours, card number) and a thin barcode along the bottom edge."""

SOURCE = "developerakhi/library:membership-id-card/index.php"
KIND = "course"
PAPER = "card"
CATEGORIES = ("wallet", "landscape", "dark-band", "labelled", "provider-in-logo", "barcode")

TEMPLATE = """<style>
.c { position:absolute; inset:0; border-radius:10px; background:${card_bg}; font-family:${face}; color:#111 }
.hd { position:absolute; left:0; right:0; top:0; height:46px; background:${dark}; border-radius:10px 10px 0 0;
  display:flex; align-items:center; padding:0 10px; gap:7px; color:#f4f1e8 }
.mk { width:30px; height:30px; border-radius:50%; border:1.5px solid #f4f1e8; flex:none; display:flex; align-items:center; justify-content:center;
  font: bold 10px ${sans} }
.on { font: bold ${org_px}px ${sans}; line-height:${org_lh}px; letter-spacing:.2px }
.on small { display:block; font: 6.5px ${sans}; letter-spacing:1.2px; opacity:.85; text-transform:uppercase }
.nm { position:absolute; left:10px; right:10px; top:51px; font: bold ${name_px}px ${face}; white-space:nowrap; line-height:18px }
.g { position:absolute; left:10px; right:10px; top:76px; display:grid; grid-template-columns: 1fr 62px; column-gap:8px; row-gap:6px }
.g div { min-width:0 }
.g span { display:block; font: 6px ${sans}; letter-spacing:.8px; text-transform:uppercase; color:#666; line-height:7px }
.g b { display:block; font: bold ${val_px}px ${face}; line-height:11px }
.bar { position:absolute; left:10px; right:10px; bottom:6px; height:13px;
  background:repeating-linear-gradient(90deg,#111 0 1px,transparent 1px 3px,#111 3px 5px,transparent 5px 6px,#111 6px 7px,transparent 7px 10px) }
.no { position:absolute; right:10px; bottom:20px; font: 6.5px ${mono}; color:#333 }
</style>
<div class="c">
 <div class="hd"><div class="mk">${initials}</div><div class="on">${org}<small>${tag}</small></div></div>
 <div class="nm">${name}</div>
 <div class="g">
  <div><span>${course_label}</span><b>${title}</b></div>
  <div><span>${hours_label}</span><b>${hours}</b></div>
  <div><span>${date_label}</span><b>${date}</b></div>
  <div><span>${exp_label}</span><b>${expiry}</b></div>
 </div>
 <div class="no">${card_no}</div>
 <div class="bar"></div>
</div>
"""


def fill(d):
    org = d.provider()
    name = d.name(d.pick(["plain", "upper"]))
    title = d.title(d.pick(["plain", "with_code"]) if d.code else "plain")
    return {
        "card_bg": d.pick(["#fff", "#fbf8f0", "#f3f6f9"]),
        "face": d.fonts[d.pick(["sans", "cond"])],
        "initials": "".join(w[0] for w in org.replace("&", "").split() if w[0].isupper())[:3]
        or "CE",
        "org": org,
        "org_px": 10.5 if len(org) < 32 else 9,
        "org_lh": 12 if len(org) < 32 else 10.5,
        "tag": d.pick(["Certified Technician", "Course Completion Card", "Training Card"]),
        "name_px": 15 if len(name) < 22 else 12.5 if len(name) < 28 else 11,
        "name": name,
        "course_label": d.pick(["Course", "Completed course", "Training"]),
        "title": title,
        "val_px": 8.5 if len(title) < 40 else 7.5,
        "hours_label": d.pick(["CEC hrs", "CECs", "CEC credit"]),
        "hours": d.hours_number(),
        "date_label": d.pick(["Completed", "Date", "Course date"]),
        "date": d.date(d.pick(["us_numeric", "short_month", "iso", "dd_mon_yyyy"])),
        "exp_label": d.pick(["Card issued", "Printed"]),
        "expiry": d.other_date(d.pick(["issue", "print"]), "us_short"),
        "card_no": d.number("No. "),
    }
