"""A vertical ID-style credential card: a dark header carrying the school's
emblem and name, a grey photo box, the holder's name, the course code in a
badge with the course title, labelled completion date, CECs and expiry, and
a QR code with a verification number at the foot."""

SOURCE = (
    "nurulkafi/card_generator:index.php (336x192 name card with coloured side sections and a "
    "right-aligned name block), turned upright as training schools print course ID cards"
)
KIND = "course"
PAPER = "card-portrait"
CATEGORIES = (
    "wallet",
    "portrait",
    "dark-band",
    "provider-in-logo",
    "labelled",
    "qr",
    "distractor-date",
)

TEMPLATE = """<style>
.c { position:absolute; inset:0; border:1px solid #888; border-radius:9px; overflow:hidden; background:#fff; font-family:${sans} }
.hd { background:${dark}; color:#fff; padding:7px 8px 6px; display:flex; gap:6px; align-items:center }
.lg { width:26px; height:26px; flex:none; border-radius:50%; border:2px solid #fff; background:${accent}; position:relative }
.lg::after { content:""; position:absolute; left:6px; top:5px; width:10px; height:10px; background:#fff; border-radius:0 50% 50% 50%; transform:rotate(45deg) }
.sn { font: bold 8px ${cond}; line-height:9.5px; text-transform:uppercase; letter-spacing:.3px }
.ph { width:66px; height:80px; margin:8px auto 0; background:#d9dde2; border:1px solid #aab; position:relative; overflow:hidden }
.ph::before { content:""; position:absolute; left:17px; top:10px; width:24px; height:24px; border-radius:50%; background:#aeb5bf }
.ph::after { content:""; position:absolute; left:7px; top:38px; width:44px; height:40px; border-radius:22px 22px 0 0; background:#aeb5bf }
.nm { text-align:center; font: bold ${name_px}px ${sans}; margin:5px 6px 0; line-height:1.15 }
.cd { text-align:center; margin-top:3px } .cd span { background:${accent}; color:#fff; font: bold 8.5px ${sans}; padding:1px 6px; border-radius:6px }
.ti { text-align:center; font-size:8px; margin:2px 8px 0; line-height:10px; color:#222 }
.g { display:grid; grid-template-columns:1fr 1fr; gap:2px 6px; margin:5px 9px 0; font-size:7.5px }
.g i { display:block; font-style:normal; font-size:5.5px; color:#666; text-transform:uppercase; letter-spacing:.4px }
.g b { white-space:nowrap }
.qr { position:absolute; left:9px; bottom:8px; width:35px; height:35px; display:grid; grid-template-columns:repeat(11, 1fr); grid-auto-rows:1fr }
.qr i { display:block } .qr i.k { background:#000 }
.vr { position:absolute; left:48px; right:8px; bottom:8px; font-size:5.8px; color:#444; line-height:7.5px }
</style>
<div class="c">
 <div class="hd"><div class="lg"></div><div class="sn">${school}</div></div>
 <div class="ph"></div>
 <div class="nm">${name}</div>
 <div class="cd"><span>${badge}</span></div>
 <div class="ti">${course}</div>
 <div class="g"><div><i>${date_label}</i><b>${date}</b></div><div><i>${hours_label}</i><b>${hours}</b></div>
  <div><i>Expires</i><b>${expires}</b></div><div><i>ID</i><b>${idno}</b></div></div>
 <div class="qr">${qr_html}</div>
 <div class="vr">Scan to verify this credential<br>${verify}</div>
</div>
"""


def _qr(rng):
    finders = ((0, 0), (8, 0), (0, 8))
    cells = []
    for y in range(11):
        for x in range(11):
            in_finder = any(cx <= x < cx + 3 and cy <= y < cy + 3 for cx, cy in finders)
            on = in_finder or rng.random() < 0.5
            cells.append('<i class="k"></i>' if on else "<i></i>")
    return "".join(cells)


def fill(d):
    name = d.name(d.pick(["plain", "plain", "upper"]))
    school = d.provider()
    return {
        "school": school,
        "name_px": 12 if len(name) <= 18 else 10,
        "name": name,
        "badge": d.code or d.pick(["CE", "CEC"]),
        "course": d.title("plain"),
        "date_label": d.pick(["Completed", "Issued", "Course date"]),
        "date": d.date(d.pick(["us_numeric", "short_month", "iso", "dd_mon_yyyy"])),
        "hours_label": d.pick(["CECs", "CEC Hours", "Credit"]),
        "hours": d.hours_number(),
        "expires": d.other_date("expiry", d.pick(["us_numeric", "short_month"])),
        "idno": d.number(),
        "verify": d.web() + "/verify",
        "qr_html": _qr(d.rng),
    }
