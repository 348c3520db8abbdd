"""An upright (portrait) wallet card, front side: a dark header strip with
the school's wordmark and a small verification square, a round photo in a
white ring overlapping the strip, the holder's name centred under it with
a "trained operator" style line, then small label/value rows (course, the
standard it follows, date completed, credit, card number, renewal date)
and a thin coloured foot with the school's phone. The school is named only
in the wordmark."""

SOURCE = (
    "mehedi8gb/coaching-management-system:resources/views/backEnd/admin/idCard/"
    "add_view_id_card.blade.php (vertical card: logo and QR header, round photo, centred text) "
    "and the training wallet-card generators that print employee, course, date and standard"
)
KIND = "course"
PAPER = "card-portrait"
CATEGORIES = (
    "wallet",
    "portrait",
    "dark-band",
    "labelled",
    "provider-in-logo",
    "distractor-date",
)

TEMPLATE = """<style>
.c { position:absolute; inset:0; border-radius:10px; overflow:hidden; border:1px solid #999; background:#fff; font-family:${sans} }
.top { height:74px; background:${dark}; color:#fff; padding:8px 9px 0; display:flex; justify-content:space-between }
.wm { font: bold 9.5px ${display}; line-height:11px; max-width:140px; letter-spacing:0.2px }
.wm small { display:block; font: 5.6px ${sans}; letter-spacing:1px; opacity:0.8; margin-top:2px; text-transform:uppercase }
.qr { width:26px; height:26px; flex:none; border:2px solid #fff; background:
  conic-gradient(#fff 25%, transparent 0 50%, #fff 0 75%, transparent 0) 0 0/6px 6px }
.ph { position:absolute; left:50%; top:46px; width:66px; height:66px; margin-left:-33px; border-radius:50%;
  border:3px solid #fff; background:linear-gradient(#d8dde4,#aab3be); overflow:hidden; box-shadow:0 0 0 1px #bbb }
.ph:before { content:''; position:absolute; left:20px; top:11px; width:20px; height:23px; border-radius:50%; background:#7d8793 }
.ph:after { content:''; position:absolute; left:9px; top:37px; width:42px; height:30px; border-radius:20px 20px 0 0; background:#7d8793 }
.nm { position:absolute; top:116px; left:6px; right:6px; text-align:center; font: bold 11px ${sans}; color:#111; line-height:13px }
.rl { position:absolute; top:${role_top}px; left:6px; right:6px; text-align:center; font: 6.5px ${sans}; color:${accent};
  text-transform:uppercase; letter-spacing:1px }
.rows { position:absolute; top:${rows_top}px; left:10px; right:9px; font-size:6.6px; line-height:8.4px; color:#222 }
.rows div { display:flex; gap:4px; border-bottom:0.5px dotted #bbb; padding:1.5px 0 }
.rows span { width:45px; flex:none; color:#666; text-transform:uppercase; font-size:5.4px; letter-spacing:0.3px; padding-top:0.5px }
.rows b { font-weight:bold; color:#000 }
.ft { position:absolute; left:0; right:0; bottom:0; height:15px; background:${accent}; color:#fff; font-size:5.8px;
  text-align:center; line-height:15px; letter-spacing:0.4px }
</style>
<div class="c">
 <div class="top"><div class="wm">${org}<small>${tagline}</small></div><div class="qr"></div></div>
 <div class="ph"></div>
 <div class="nm">${name}</div>
 <div class="rl">${rank}</div>
 <div class="rows">
  <div><span>${course_label}</span><b>${title}</b></div>
  <div><span>Standard</span>${standard}</div>
  <div><span>${date_label}</span><b>${date}</b></div>
  <div><span>${hours_label}</span>${hours}</div>
  <div><span>Card no.</span>${card}</div>
  <div><span>${renew_label}</span>${renew}</div>
 </div>
 <div class="ft">${phone} &middot; ${web}</div>
</div>
"""

STANDARDS = {
    "water": "ANSI/IICRC S500",
    "mold": "ANSI/IICRC S520",
    "fire": "ANSI/IICRC S700",
    "carpet": "ANSI/IICRC S100",
    "upholstery": "ANSI/IICRC S300",
    "other": "Provider curriculum",
}


def _standard(course: str) -> str:
    t = course.lower()
    for key, words in (
        ("mold", ("mold", "microbial", "antimicrobial")),
        ("fire", ("fire", "smoke", "odor")),
        ("upholstery", ("upholstery", "leather")),
        ("carpet", ("carpet", "rug", "spotting")),
        ("water", ("water", "drying", "moisture", "psychrometry", "crawlspace")),
    ):
        if any(w in t for w in words):
            return STANDARDS[key]
    return STANDARDS["other"]


def fill(d):
    name = d.name(d.pick(["plain", "upper"]))
    two_lines = len(name) > 24
    style = d.pick(["us_numeric", "us_numeric", "short_month", "dd_mon_yyyy"])
    return {
        "org": d.provider(),
        "tagline": d.pick(["Training & Certification", "Technician Education", "Est. 2004"]),
        "name": name,
        "role_top": 146 if two_lines else 131,
        "rows_top": 160 if two_lines else 146,
        "rank": d.pick(["Trained technician", "Course graduate", "Certified attendee"]),
        "course_label": d.pick(["Course", "Training", "Class"]),
        "title": d.title(d.pick(["plain", "plain", "with_code"])),
        "standard": _standard(d.course),
        "date_label": d.pick(["Completed", "Date", "Trained on"]),
        "date": d.date(style),
        "hours_label": d.pick(["Credit", "Hours", "CE hours"]),
        "hours": d.hours(d.pick(["hrs", "cecs", "hours_title"])),
        "card": d.number(),
        "renew_label": d.pick(["Refresh by", "Renew by", "Review date"]),
        "renew": d.other_date("expiry", style),
        "phone": d.phone(),
        "web": d.web(),
    }
