"""A vertical ID card: a coloured top panel with rounded corners holding the
photo box and the holder's name in white, a white lower panel with the
credential, the completion and expiry dates, and the issuer at the foot."""

SOURCE = "MadhuMaha19/Laravel_Madhu_Project:resources/views/idcard.blade.php"
KIND = "course"
PAPER = "card-portrait"
CATEGORIES = ("wallet", "dark-band", "portrait", "labelled", "distractor-date")

TEMPLATE = """<style>
.c { position:absolute; inset:0; border-radius:14px; overflow:hidden; font-family:${sans} }
.top { height:58%; background:${top}; color:#fff; text-align:center; padding-top:10px }
.ph { width:52px; height:60px; margin:0 auto 6px; background:rgba(255,255,255,0.85); border-radius:4px }
.nm { font-size:12.5px; font-weight:bold; line-height:14px; padding:0 6px }
.id { font-size:7px; margin-top:2px }
.lo { padding:6px 9px; font-size:7.5px; line-height:10px }
.cr { font-size:9px; font-weight:bold; margin-bottom:3px }
.is { position:absolute; bottom:5px; left:0; width:100%; text-align:center; font-size:6.5px; color:#333 }
</style>
<div class="c">
 <div class="top"><div class="ph"></div><div class="nm">${name}</div><div class="id">ID ${member}</div></div>
 <div class="lo"><div class="cr">${title}</div>${hours}<br>Completed: ${date}<br>Valid to: ${expiry}</div>
 <div class="is">${org}</div>
</div>
"""


def fill(d):
    return {
        "top": d.pick(["#E24D35", "#1f3a5f", "#0b3d2e", "#5b2333"]),
        "name": d.name(d.pick(["plain", "upper"])),
        "member": d.number(),
        "title": d.title(d.pick(["plain", "code_first"])),
        "hours": d.hours(d.pick(["cecs", "hrs", "cecs_colon"])),
        "date": d.date(d.pick(["us_numeric", "us_short", "dd_mon_yyyy"])),
        "expiry": d.other_date("expiry", d.pick(["us_numeric", "us_short"])),
        "org": d.provider(),
    }
