"""A check-in pass printed on 4 x 3 in badge stock by a self-serve kiosk at the
certification body's booth: a thin coloured top rule with "Booth Check-In"
and the kiosk number, the visitor's name large and left-aligned, the
activity line, a block of small label/value lines (show, date and time,
credit), and a square QR code at the right with the scan id under it."""

SOURCE = (
    "dreamdev21/Laravel-Event-management-system:resources/views/ManageEvent/Partials/"
    "TicketDesignPreview.blade.php (QR code square beside attendee details)"
)
KIND = "booth"
PAPER = "badge"
CATEGORIES = ("slip", "landscape", "labelled", "qr", "time-attended")

TEMPLATE = """<style>
.b { position:absolute; inset:0; background:#fff }
.rule { position:absolute; left:0; right:0; top:0; height:8px; background:${accent} }
.hd { position:absolute; left:16px; right:16px; top:16px; display:flex; justify-content:space-between; font: bold 10px ${sans};
  letter-spacing:1.6px; text-transform:uppercase; color:#444 }
.nm { position:absolute; left:16px; right:150px; top:38px; font: bold ${nm_px}px ${nfont}; line-height:1.1; color:#111 }
.act { position:absolute; left:16px; right:150px; top:${act_top}px; font: 600 13px ${sans}; color:${dark} }
.kv { position:absolute; left:16px; right:150px; top:${kv_top}px; font: 10.5px ${sans}; line-height:15px; color:#222 }
.kv { display:grid; grid-template-columns:${kw}px 1fr; row-gap:2px }
.kv span { color:#666 }
.qr { position:absolute; right:16px; top:40px; width:118px; height:118px; display:grid; grid-template-columns: repeat(21, 1fr) }
.qr i { display:block }
.qid { position:absolute; right:16px; top:162px; width:118px; text-align:center; font: 8.5px ${mono}; color:#333 }
.ft { position:absolute; left:16px; right:16px; bottom:10px; font: 8px ${sans}; color:#666; border-top:1px solid #ccc; padding-top:4px }
</style>
<div class="b"></div><div class="rule"></div>
<div class="hd"><span>${hd}</span><span>${kiosk}</span></div>
<div class="nm">${name}</div>
<div class="act">${title}</div>
<div class="kv"><span>${ev_label}</span><div>${event}</div><span>${date_label}</span><div>${date} ${clock}</div>
 <span>${cr_label}</span><div>${hours}</div><span>Booth</span><div>${booth}</div><span>Badge</span><div>${badge}</div></div>
<div class="qr">${qr_html}</div>
<div class="qid">${scan_id}</div>
<div class="ft">${foot}</div>
"""


def _qr(d):
    r = d.rng
    n = 21
    cells = []
    for y in range(n):
        for x in range(n):
            finder = None
            for fx, fy in ((0, 0), (n - 7, 0), (0, n - 7)):
                if fx <= x < fx + 7 and fy <= y < fy + 7:
                    dx, dy = x - fx, y - fy
                    ring = min(dx, dy, 6 - dx, 6 - dy)
                    finder = ring != 1
            on = finder if finder is not None else r.random() < 0.5
            cells.append(f'<i style="background:{"#000" if on else "#fff"}"></i>')
    return "".join(cells)


def fill(d):
    r = d.rng
    name = d.name(d.pick(["plain", "plain", "upper"]))
    event = d.provider()
    return {
        "nm_px": 24 if len(name) < 18 else 19,
        "nfont": d.fonts[d.pick(["sans", "cond"])],
        "act_top": 100 if len(name) >= 18 else 72,
        "kv_top": 124 if len(name) >= 18 else 100,
        "kw": 52,
        "hd": d.pick(["IICRC Booth Check-In", "IICRC Booth \u00b7 Visitor Pass"]),
        "kiosk": f"Kiosk {r.randrange(1, 6)}",
        "name": name,
        "title": d.title(d.pick(["plain", "plain", "upper"])),
        "ev_label": d.pick(["Show", "Event"]),
        "event": event,
        "date_label": d.pick(["Date", "Checked in"]),
        "date": d.date(d.pick(["us_numeric", "short_month", "iso", "us_short"])),
        "clock": f"{r.randrange(9, 17):02d}:{r.randrange(0, 60):02d}",
        "cr_label": d.pick(["Credit", "CECs"]),
        "hours": d.hours(d.pick(["cec_hours", "cecs", "hrs"]))
        if d.chance(0.6)
        else d.hours_number(),
        "booth": f"#{r.randrange(100, 2999)} \u00b7 {d.pick(['Hall A', 'Hall B', 'Expo Hall', 'Hall C'])}",
        "badge": f"{r.randrange(100000, 999999)}",
        "qr_html": _qr(d),
        "scan_id": f"ID {r.randrange(10**7, 10**8)}",
        "foot": d.pick(
            [
                "Keep this pass. Booth staff will scan the code to post your credit.",
                "Present at the IICRC counter. One booth credit per show.",
            ]
        ),
    }
