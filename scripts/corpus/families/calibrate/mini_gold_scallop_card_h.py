"""A pocket-sized portrait certificate: a gold gradient edge around a fine
cross-hatched (scalloped) band, a white panel with thin inner gold rules and
small round corner ornaments, and a centred stack inside it: the heading, the
holder's name underlined in gold, the course, the credit in CEUs with contact
hours, the provider, and a pair of tiny signature lines with the completion
date, the card ID sitting in the bottom corner."""

SOURCE = "kakadp1/Novorbis-Final-Version:certificate_small.php"
KIND = "course"
PAPER = "card-portrait"
CATEGORIES = (
    "wallet",
    "portrait",
    "ornate",
    "ceu-hours",
    "small-print",
    "distractor-person",
)

TEMPLATE = """<style>
.o { position:absolute; inset:0; padding:4px; border-radius:4px;
  background:linear-gradient(135deg, #f2c94c 0%, #e0a526 50%, #b8860b 100%) }
.sc { height:100%; padding:5px; border-radius:3px;
  background:repeating-linear-gradient(0deg, transparent 0 2px, #c8961e 2px 3px),
    repeating-linear-gradient(90deg, transparent 0 2px, #c8961e 2px 3px), #f6e7b0 }
.in { position:relative; height:100%; background:#fff; border:1px solid #c8961e; padding:6px 7px 5px; text-align:center;
  font-family:${serif}; color:#222; display:flex; flex-direction:column; justify-content:center }
.in:before { content:''; position:absolute; inset:2px; border:0.5px solid #d4a733 }
.cr { position:absolute; width:10px; height:10px; border-radius:50%; background:linear-gradient(45deg, #f2c94c, #b8860b) }
.t { font: bold 15px ${display}; letter-spacing:1.5px; color:#3a2a05 }
.t2 { font: italic 8.5px ${serif}; color:#8a6a14; margin-top:1px }
.p { font-size:7.5px; margin-top:8px; color:#444 }
.nm { display:inline-block; font: bold 11.5px ${serif}; border-bottom:1px solid #c8961e; padding:1px 3px; margin:2px auto 0 }
.cs { font: bold 9px ${serif}; line-height:11px; margin-top:3px; color:#222 }
.h { font: 8.5px ${sans}; margin-top:5px; color:#333 }
.org { font: 600 7.5px ${sans}; letter-spacing:0.4px; margin-top:7px; color:#6b5310 }
.sg { display:flex; justify-content:space-between; gap:6px; margin-top:12px }
.sg div { width:48%; border-top:1px solid #c8961e; padding-top:1px; font: 6.5px ${sans}; color:#555; line-height:8px }
.sg b { display:block; font: 7px ${sans}; color:#222 }
.id { position:absolute; right:5px; bottom:3px; font: 6px ${sans}; color:#777 }
</style>
<div class="o"><div class="sc"><div class="in">
 <div class="cr" style="left:-3px;top:-3px"></div><div class="cr" style="right:-3px;top:-3px"></div>
 <div class="cr" style="left:-3px;bottom:-3px"></div><div class="cr" style="right:-3px;bottom:-3px"></div>
 <div class="t">${heading}</div>
 <div class="t2">${sub}</div>
 <div class="p">${pre}</div>
 <div><span class="nm">${name}</span></div>
 <div class="p">${mid}</div>
 <div class="cs">${title}</div>
 <div class="h">${hours}</div>
 <div class="org">${org}</div>
 <div class="sg"><div><b>${date}</b>${date_label}</div><div><b>${signer}</b>${role}</div></div>
 <div class="id">${id_label} ${approval}</div>
</div></div></div>
"""


def fill(d):
    return {
        "heading": "CERTIFICATE",
        "sub": d.pick(["of Completion", "of Continuing Education", "of Training"]),
        "pre": d.pick(["awarded to", "This certifies that", "presented to"]),
        "name": d.name(d.pick(["plain", "upper"])),
        "mid": d.pick(["for completing", "has completed", "for successful completion of"]),
        "title": d.title(d.pick(["plain", "with_code"])),
        "hours": d.hours(d.pick(["ceu_and_cec", "ceu_and_cec", "cec_hours", "contact_and_cec"])),
        "org": d.provider(),
        "date": d.date(d.pick(["us_numeric", "short_month", "dd_mon_yyyy", "iso"])),
        "date_label": d.pick(["Date", "Completed"]),
        "signer": d.person(),
        "role": d.pick(["Instructor", "Director", "Registrar"]),
        "id_label": d.pick(["Approval", "Course #", "IICRC #"]),
        "approval": d.approval(),
    }
