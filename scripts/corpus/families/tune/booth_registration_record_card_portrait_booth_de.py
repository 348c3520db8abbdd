"""An upright pocket card printed at a show's IICRC booth kiosk: a dark
ground with a lighter inner panel, the show's name at the top, "IICRC
Booth Registration" as the card's title, the visitor's name, the date and
the credit stacked in small labelled lines, a square QR code and a record
number along the foot."""

SOURCE = (
    "himansusekharsahoo/CHM:application/views/tests/lcard.php (vertical ID card: header, "
    "name, QR code, address lines)"
)
KIND = "booth"
PAPER = "card-portrait"
CATEGORIES = (
    "wallet",
    "dark-band",
    "portrait",
    "qr",
    "labelled",
    "provider-in-logo",
)

TEMPLATE = """<style>
.c { position:absolute; inset:0; background:${dark}; border-radius:9px; color:#fff; font-family:${sans} }
.ev { position:absolute; top:10px; left:10px; right:10px; text-align:center; font: bold 10px ${head}; line-height:12px; letter-spacing:.4px }
.pn { position:absolute; top:${ptop}px; left:8px; right:8px; bottom:8px; background:#fff; color:#111; border-radius:6px; padding:8px 8px 0 }
.tt { font: bold 10.5px ${sans}; color:${dark}; text-transform:uppercase; letter-spacing:.6px; line-height:12px; text-align:center;
  border-bottom:1.5px solid ${accent}; padding-bottom:4px }
.nm { font: bold 12px ${sans}; text-align:center; margin:6px 0 5px; line-height:14px }
.k { font-size:8.5px; line-height:11px; display:flex; justify-content:space-between; border-bottom:1px dotted #aaa; padding:2px 0 }
.k b { color:#555; font-weight:normal }
.qr { width:56px; height:56px; margin:7px auto 0; display:block }
.no { position:absolute; left:0; right:0; bottom:5px; font: 7.5px ${mono}; text-align:center; color:#444 }
</style>
<div class="c">
 <div class="ev">${event}</div>
 <div class="pn">
  <div class="tt">${title}</div>
  <div class="nm">${name}</div>
  <div class="k"><b>Date</b><span>${date}</span></div>
  <div class="k"><b>${credit_l}</b><span>${hours}</span></div>
  <div class="k"><b>Booth</b><span>${booth}</span></div>
  <img class="qr" src="${qr_html}" alt="">
  <div class="no">${rec}</div>
 </div>
</div>
"""


def _qr(d) -> str:
    from urllib.parse import quote

    n = 21
    cells = []
    for y in range(n):
        for x in range(n):
            finder = any(
                ox <= x < ox + 7 and oy <= y < oy + 7 for ox, oy in ((0, 0), (n - 7, 0), (0, n - 7))
            )
            if finder:
                dx = min(abs(x - (ox + 3)) for ox in (0, n - 7) if ox <= x < ox + 7)
                dy = min(abs(y - (oy + 3)) for oy in (0, n - 7) if oy <= y < oy + 7)
                on = max(dx, dy) != 2
            else:
                on = d.chance(0.5)
            if on:
                cells.append(f'<rect x="{x}" y="{y}" width="1" height="1"/>')
    svg = (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="-1 -1 {n + 2} {n + 2}" shape-rendering="crispEdges">'
        f'<rect x="-1" y="-1" width="{n + 2}" height="{n + 2}" fill="#fff"/><g fill="#000">{"".join(cells)}</g></svg>'
    )
    return "data:image/svg+xml;utf8," + quote(svg)


def fill(d):
    r = d.rng
    event = d.provider()
    return {
        "head": d.fonts[d.pick(["sans", "cond"])],
        "ptop": 44 if len(event) > 26 else 34,
        "event": event,
        "title": d.title(),
        "name": d.name(d.pick(["plain", "upper"])),
        "date": d.date(d.pick(["us_numeric", "short_month", "iso"])),
        "credit_l": d.pick(["CECs", "Credit", "CEC hrs"]),
        "hours": d.hours_number(),
        "booth": f"#{r.randrange(100, 2999)}",
        "qr_html": _qr(d),
        "rec": f"REC {r.randrange(10**7, 10**8)}",
    }
