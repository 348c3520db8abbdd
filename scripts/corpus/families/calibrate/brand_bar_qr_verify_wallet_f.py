"""A wallet card printed by an online training provider: a dark double
border with a thin brand-coloured rule inside, a brand-coloured header bar
with a tiny two-line badge at the left and the card's name in white, the
holder's name bold over a short coloured underline, small grey labels with
the course and the provider, a grey box holding the completion and expiry
dates side by side, the hours, a verification code, and a boxed QR code
captioned to verify on the right."""

SOURCE = "koolranch/flat-earth-equipment:lib/pdf/generateWalletCard.ts"
KIND = "course"
PAPER = "card"
CATEGORIES = (
    "wallet",
    "labelled",
    "dark-band",
    "qr",
    "distractor-date",
    "small-print",
)

TEMPLATE = """<style>
.c { position:absolute; inset:5px; border:2.5px solid #0f1729 }
.c2 { position:absolute; inset:9px; border:0.7px solid ${brand} }
.bar { position:absolute; left:9px; right:9px; top:9px; height:33px; background:${brand}; color:#fff; font-family:${face} }
.bd { position:absolute; left:6px; top:5px; font: bold 9px ${face}; line-height:10px }
.bd small { display:block; font-weight:normal; font-size:6.5px }
.tt { position:absolute; left:58px; top:5px; font: bold 11.5px ${face}; letter-spacing:0.3px; line-height:12px; white-space:nowrap }
.tt small { display:block; font-weight:normal; font-size:8.5px; letter-spacing:0.6px }
.body { position:absolute; left:15px; top:47px; width:185px; font-family:${face}; color:#0f1729 }
.nm { font: bold 13.5px ${face}; line-height:15px; border-bottom:0.8px solid ${brand}; padding-bottom:1px; display:inline-block; max-width:185px }
.rw { font-size:8.5px; line-height:10px; margin-top:3px }
.rw b { color:#60606b; font-size:7.5px; margin-right:3px }
.dt { margin-top:4px; display:flex; gap:8px; background:#f2f2f2; border:0.7px solid #60606b; padding:2px 4px; font-size:8px; line-height:9.5px; width:172px }
.dt b { display:block; font-size:7.5px }
.cd { position:absolute; left:15px; bottom:14px; font: bold 7.5px ${face}; color:#60606b }
.qb { position:absolute; right:14px; bottom:16px; width:92px; border:1px solid #60606b; padding:3px 3px 3px; text-align:center; font: bold 7px ${face}; color:#0f1729; background:#fff }
.qr { width:84px; height:84px; margin-top:2px; display:grid; grid-template-columns:repeat(21, 4px); grid-auto-rows:4px }
.qr i { background:#000 }
</style>
<div class="c"></div><div class="c2"></div>
<div class="bar">
 <div class="bd">${badge}<small>${badge2}</small></div>
 <div class="tt">${card_title}<small>${card_sub}</small></div>
</div>
<div class="body">
 <div class="nm">${name}</div>
 <div class="rw"><b>${course_label}</b>${title}</div>
 <div class="rw"><b>${prov_label}</b>${provider}</div>
 <div class="rw"><b>${hours_label}</b>${hours}</div>
 <div class="dt"><div><b>${done_label}</b>${date}</div><div><b>Expires:</b>${expires}</div></div>
</div>
<div class="cd">Code: ${code}</div>
<div class="qb">VERIFY<div class="qr">${qr_html}</div></div>
"""


def _qr(rng) -> str:
    n = 21
    cells = []
    for y in range(n):
        for x in range(n):
            corner = None
            for cx, cy in ((0, 0), (14, 0), (0, 14)):
                if cx <= x < cx + 7 and cy <= y < cy + 7:
                    corner = (x - cx, y - cy)
            if corner:
                a, b = corner
                on = a in (0, 6) or b in (0, 6) or (2 <= a <= 4 and 2 <= b <= 4)
            else:
                on = rng.random() < 0.48
            cells.append("<i></i>" if on else "<span></span>")
    return "".join(cells)


def fill(d):
    r = d.rng
    code = "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(10))
    return {
        "brand": d.pick(["#F76511", "#1e6091", "#2d6a4f", "#8b0000", "#6a4c93"]),
        "face": d.fonts[d.pick(["sans", "sans", "cond"])],
        "badge": d.pick(["IICRC", "CEC", "CE"]),
        "badge2": d.pick(["Approved", "Credit", "Verified"]),
        "card_title": d.pick(["CONTINUING EDUCATION", "TRAINING COMPLETION", "COURSE COMPLETION"]),
        "card_sub": d.pick(["WALLET CARD", "CERTIFICATION CARD", "RECORD CARD"]),
        "name": d.name(d.pick(["plain", "plain", "upper"])),
        "course_label": d.pick(["Course:", "Training:", "Class:"]),
        "title": d.title(d.pick(["plain", "with_code", "code_first"])),
        "prov_label": d.pick(["Provider:", "Issued by:", "School:"]),
        "provider": d.provider(),
        "hours_label": d.pick(["Credit:", "Hours:", "CE:"]),
        "hours": d.hours(d.pick(["cec_hours", "cecs", "hrs", "hours_title"])),
        "done_label": d.pick(["Completed:", "Issued:", "Date:"]),
        "date": d.date(d.pick(["us_numeric", "us_short", "us_numeric", "short_month"])),
        "expires": d.other_date("expiry", d.pick(["us_numeric", "us_short"])),
        "code": code,
        "qr_html": _qr(r),
    }
