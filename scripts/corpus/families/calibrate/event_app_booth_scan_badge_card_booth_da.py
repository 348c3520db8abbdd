"""A badge-size confirmation printed at a hybrid trade show's education
kiosk after the IICRC booth scanned the attendee's badge: the event's logo
band, a "scan confirmed" tick line, the attendee's name in large type, the
booth registration, a compact label/value block for booth number, date,
scan time and CEC credit, and a barcode with the badge number."""

SOURCE = (
    "wording: trade-show lead-retrieval and event-app kiosks that print a confirmation when an "
    "exhibitor booth scans an attendee badge for CE credit"
)
KIND = "booth"
PAPER = "badge"
CATEGORIES = ("slip", "barcode", "landscape", "labelled", "provider-in-logo", "kiosk")

TEMPLATE = """<style>
.band { position:absolute; left:0; right:0; top:0; height:46px; background:${dark}; color:#fff; display:flex; align-items:center; gap:9px; padding:0 12px }
.band i { flex:none; width:26px; height:26px; border-radius:6px; background:${accent}; border:2px solid #fff }
.band b { font: bold 14px ${cond}; line-height:15px; letter-spacing:0.4px; text-transform:uppercase }
.ok { position:absolute; left:14px; right:14px; top:54px; font: bold 11px ${sans}; color:${accent}; letter-spacing:1px; text-transform:uppercase }
.nm { position:absolute; left:14px; right:14px; top:70px; font: bold 21px ${sans}; line-height:24px; color:#111 }
.ti { position:absolute; left:14px; right:14px; top:124px; font: 13px ${sans}; color:#222; border-bottom:1px solid #bbb; padding-bottom:5px }
.kv { position:absolute; left:14px; top:150px; width:220px; font: 11.5px ${sans}; line-height:17px; color:#111 }
.kv span { display:inline-block; width:68px; color:#666; font-size:10px; text-transform:uppercase }
.cr { position:absolute; right:14px; top:150px; width:118px; border:2px solid ${dark}; text-align:center; padding:4px 2px; font: 10px ${sans}; text-transform:uppercase; color:#444 }
.cr b { display:block; font-size:17px; color:#111; text-transform:none; margin-top:2px }
.bc { position:absolute; left:14px; bottom:22px; width:200px; height:28px; background: repeating-linear-gradient(90deg, #000 0 1px, #fff 1px 3px, #000 3px 6px, #fff 6px 7px, #000 7px 8px, #fff 8px 11px, #000 11px 13px, #fff 13px 14px) }
.bn { position:absolute; left:14px; bottom:8px; font: 10px ${mono}; color:#222; letter-spacing:2px }
.ft { position:absolute; right:14px; bottom:8px; width:140px; text-align:right; font: 8.5px ${sans}; color:#555; line-height:11px }
</style>
<div class="band"><i></i><b>${org}</b></div>
<div class="ok">&#10003; ${ok}</div>
<div class="nm">${name}</div>
<div class="ti">${title}</div>
<div class="kv">
 <span>Booth</span>${booth}<br>
 <span>Date</span>${date}<br>
 <span>${time_label}</span>${time}<br>
 <span>${by_label}</span>${scanner}
</div>
<div class="cr">${credit_label}<b>${hours}</b></div>
<div class="bc"></div>
<div class="bn">${badge}</div>
<div class="ft">${ft}</div>
"""


def fill(d):
    r = d.rng
    h, m = d.pick([9, 10, 11, 13, 14, 15, 16]), r.randrange(0, 60)
    return {
        "org": d.provider(d.pick(["upper", None])),
        "ok": d.pick(["Booth scan confirmed", "Visit recorded", "Check-in complete"]),
        "name": d.name(d.pick(["plain", "upper"])),
        "title": d.title(),
        "booth": d.pick(["#1207", "#515", "#2231", "#88", "#640", "IICRC Pavilion"]),
        "date": d.date(d.pick(["us_numeric", "short_month", "us_short", "iso"])),
        "time_label": d.pick(["Scanned", "Time"]),
        "time": f"{(h - 1) % 12 + 1}:{m:02d} {'AM' if h < 12 else 'PM'}",
        "by_label": d.pick(["Staff", "Scanned by"]),
        "scanner": d.person(),
        "credit_label": d.pick(["CEC credit", "Credit earned", "IICRC CECs"]),
        "hours": d.hours(d.pick(["cec_hours", "cecs", "hours_title"])),
        "badge": f"{r.randrange(10**9, 10**10)}",
        "ft": d.pick(
            [
                "Credit posts to your IICRC record after the show.",
                "Keep this printout until credit appears online.",
            ]
        ),
    }
