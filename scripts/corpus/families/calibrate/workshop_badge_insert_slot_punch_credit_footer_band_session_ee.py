"""A 4 x 3 inch badge insert for a ticketed education session at a trade
show, the kind printed on site at the session's check-in desk, scanned
flat: a lanyard slot punched at the top centre, a coloured band with the
show's name in light letter-spaced capitals and the city, a large first
name and the full name smaller under it, the company and city, a coloured
vertical tab on the right edge with the pass type turned sideways, and a
dark footer band in light letters naming the session, its day and the
credit, beside a drawn barcode and the badge number. The presenter's name
and the room sit in a small line over the band."""

SOURCE = (
    "ajcandelariaa/laravel-gpca-registration:resources/views/admin/events/delegates/"
    "delegate_badgev7.blade.php (badge front: name, job title and company stacked, QR code, "
    "badge-type strip); 4 x 3 badge stock as show badge printers use"
)
KIND = "session"
PAPER = "badge"
CATEGORIES = (
    "landscape",
    "dark-band",
    "letter-spaced",
    "labelled",
    "barcode",
    "distractor-person",
    "provider-in-logo",
)

TEMPLATE = """<style>
.b { position:absolute; inset:0; background:#fff; font-family:${sans}; color:#111 }
.slot { position:absolute; top:7px; left:50%; width:52px; height:9px; margin-left:-26px; border-radius:5px; background:#cfcfcf; border:1px solid #999 }
.hd { position:absolute; left:0; right:26px; top:22px; background:${band}; color:#f6f3ea; padding:6px 12px 5px }
.hd b { display:block; font: bold 11.5px ${sans}; letter-spacing:2.4px; text-transform:uppercase; white-space:nowrap; overflow:hidden }
.hd span { font-size:8.5px; letter-spacing:1.5px; text-transform:uppercase; opacity:.85 }
.nm { position:absolute; left:14px; right:34px; top:80px }
.nm .fn { font: bold 34px ${cond}; line-height:36px; white-space:nowrap; overflow:hidden; color:${band} }
.nm .full { font: 14px ${sans}; margin-top:1px; white-space:nowrap }
.nm .co { font: 11px ${sans}; color:#444; margin-top:3px; white-space:nowrap; overflow:hidden }
.tab { position:absolute; right:0; top:22px; bottom:0; width:26px; background:${tabc}; color:#fff; display:flex; align-items:center; justify-content:center }
.tab div { transform:rotate(90deg); font: bold 10.5px ${sans}; letter-spacing:2.5px; white-space:nowrap }
.pr { position:absolute; left:14px; right:34px; bottom:76px; font-size:9.5px; color:#333; white-space:nowrap; overflow:hidden }
.ft { position:absolute; left:0; right:26px; bottom:0; height:72px; background:${dark}; color:#fff; padding:6px 10px 0 12px; display:flex; gap:8px }
.ft .tx { flex:1; min-width:0 }
.ft .l { font-size:7.5px; letter-spacing:1.8px; text-transform:uppercase; opacity:.8 }
.ft .t { font: bold 12px ${sans}; line-height:14px; margin-top:2px }
.ft .m { font-size:10.5px; margin-top:3px; white-space:nowrap }
.bc { width:76px; background:#fff; padding:4px 4px 2px; height:54px; align-self:flex-start; margin-top:3px }
.bc .bars { height:32px; display:flex; align-items:stretch; gap:1px }
.bc .bars i { background:#000 }
.bc .no { font: 8px ${mono}; color:#000; text-align:center; margin-top:2px }
</style>
<div class="b">
 <div class="slot"></div>
 <div class="hd"><b>${event}</b><span>${place}</span></div>
 <div class="nm"><div class="fn">${first}</div><div class="full">${name}</div><div class="co">${company}</div></div>
 <div class="tab"><div>${pass_type}</div></div>
 <div class="pr">${pres_label} ${presenter} · ${room}</div>
 <div class="ft">
  <div class="tx"><div class="l">${sess_label}</div><div class="t">${title}</div><div class="m">${date} · ${hours}</div></div>
  <div class="bc"><div class="bars">${bars_html}</div><div class="no">${badge}</div></div>
 </div>
</div>
"""


def fill(d):
    r = d.rng
    bars = "".join(f'<i style="width:{r.choice([1, 1, 2, 3])}px"></i>' for _ in range(24))
    company = d.pick(
        [
            "Rapid Dry Restoration",
            "ProClean Carpet Care",
            "Allstate Water Recovery",
            "Summit Fire & Flood",
            "Clearwater Restoration LLC",
            "Heritage Floor Care",
        ]
    )
    return {
        "band": d.pick([d.colors["dark"], "#0b5cab", "#0f766e", "#7a1f3d"]),
        "tabc": d.pick(["#d97706", "#b91c1c", "#15803d", "#6d28d9"]),
        "event": d.provider(),
        "place": f"{d.venue()}",
        "first": d.first.upper(),
        "name": d.name(d.pick(["plain", "plain", "upper"])),
        "company": f"{company} · {d.city()}",
        "pass_type": d.pick(["EDUCATION", "WORKSHOP", "CE SESSION", "CLASSROOM"]),
        "pres_label": d.pick(["Presenter:", "Speaker:", "Led by"]),
        "presenter": d.person(),
        "room": d.pick(["Room 201A", "Hall C", "Room 114", "Ballroom B", "Room 308"]),
        "sess_label": d.pick(["Ticketed session", "Session admitted", "CE session"]),
        "title": d.title("plain"),
        "date": d.date(d.pick(["short_month", "weekday", "us_numeric", "long"])),
        "hours": d.hours(d.pick(["cecs", "cec_hours", "iicrc_cec", "credit_hours"])),
        "bars_html": bars,
        "badge": f"{r.randrange(1000000, 9999999)}",
    }
