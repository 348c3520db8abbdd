"""A wallet card laid out by a PDF generator: a thick dark rule and a thin
accent rule around the edge, a dark header bar with a small course-code
badge on the left and the card's name and the school in light letters, the
holder's name large with an accent underline, small grey labels over the
course and the credit, an "Employer" line naming the holder's company, the
completed and expiry dates in a shaded box, a verification code, and a QR
code in a bordered box captioned "VERIFY" on the right."""

SOURCE = "koolranch/flat-earth-equipment:lib/pdf/generateWalletCard.ts"
KIND = "course"
PAPER = "card"
CATEGORIES = (
    "wallet",
    "dark-band",
    "labelled",
    "landscape",
    "provider-in-logo",
    "distractor-org",
    "distractor-date",
    "qr",
)

TEMPLATE = """<style>
.o { position:absolute; inset:4px; border:2px solid ${dark}; border-radius:3px }
.i { position:absolute; inset:7px; border:0.5px solid ${accent} }
.bar { position:absolute; left:7px; right:7px; top:7px; height:27px; background:${dark}; color:#fff; display:flex; align-items:center;
  font-family:${sans} }
.bdg { width:34px; text-align:center; font: bold 8px ${sans}; line-height:8px; border-right:1px solid rgba(255,255,255,0.5); margin-right:6px }
.bdg small { display:block; font-size:5px; font-weight:normal; margin-top:1px }
.bt { font: bold 8.5px ${sans}; letter-spacing:0.4px; line-height:10px } .bt span { display:block; font-weight:normal; font-size:6.5px; letter-spacing:0 }
.nm { position:absolute; left:13px; top:40px; width:220px; font: bold 12.5px ${sans}; color:${dark};
  border-bottom:1px solid ${accent}; padding-bottom:1px; white-space:nowrap; overflow:hidden }
.f { position:absolute; left:13px; width:222px; font-family:${sans}; color:${dark} }
.f small { display:block; font-size:6px; font-weight:bold; color:#666; text-transform:uppercase; letter-spacing:0.3px }
.f .v { font-size:7.5px; font-weight:bold; line-height:9px }
.emp { position:absolute; left:13px; top:120px; width:222px; font: 6.8px ${sans}; color:${dark} } .emp b { color:#666 }
.dates { position:absolute; left:11px; top:134px; width:140px; height:30px; border:1px solid ${accent}; background:#f2f2f2; display:flex;
  font-family:${sans} }
.dates div { flex:1; padding:3px 4px } .dates small { display:block; font-size:6px; font-weight:bold; color:#666 } .dates b { font-size:8px; color:${dark} }
.code { position:absolute; left:13px; bottom:16px; font: bold 6.5px ${mono}; color:#555 }
.qr { position:absolute; right:14px; top:104px; width:72px; height:82px; border:1.5px solid ${accent}; text-align:center;
  font: bold 6.5px ${sans}; color:${accent}; padding-top:2px }
.qr svg { display:block; margin:2px auto 0 }
</style>
<div class="o"></div><div class="i"></div>
<div class="bar"><div class="bdg">${badge}<small>${badge_sub}</small></div>
 <div class="bt">${card_name}<span>${org}</span></div></div>
<div class="nm">${name}</div>
<div class="f" style="top:60px"><small>${course_label}</small><div class="v">${title}</div></div>
<div class="f" style="top:88px;width:130px"><small>${credit_label}</small><div class="v">${hours}</div></div>
<div class="emp"><b>Employer:</b> ${employer}</div>
<div class="dates"><div><small>${done_label}</small><b>${date}</b></div><div><small>Expires:</small><b>${expiry}</b></div></div>
<div class="code">Code: ${code}</div>
<div class="qr">VERIFY${qr_html}</div>
"""

EMPLOYERS = [
    "Rapid Response Restoration, Inc.",
    "Dry-Tech Water Removal LLC",
    "Four Seasons Carpet & Upholstery",
    "Bluewater Mitigation Services",
    "Heritage Home Restoration Co.",
    "First Call Disaster Services",
    "Clearwater Property Care",
]


def _qr(rng, n=21, cell=3):
    cells = []
    for y in range(n):
        for x in range(n):
            finder = any(
                ox <= x < ox + 7 and oy <= y < oy + 7 for ox, oy in ((0, 0), (n - 7, 0), (0, n - 7))
            )
            if finder:
                dx = min(x % (n - 7) if x >= n - 7 else x, 6)
                dy = min(y % (n - 7) if y >= n - 7 else y, 6)
                on = dx in (0, 6) or dy in (0, 6) or (2 <= dx <= 4 and 2 <= dy <= 4)
            else:
                on = rng.random() < 0.5
            if on:
                cells.append(
                    f'<rect x="{x * cell}" y="{y * cell}" width="{cell}" height="{cell}"/>'
                )
    size = n * cell
    return f'<svg width="{size}" height="{size}" fill="#111">{"".join(cells)}</svg>'


def fill(d):
    r = d.rng
    org = d.provider()
    badge = d.code or d.pick(["CEC", "CE", "TRN"])
    return {
        "badge": badge,
        "badge_sub": d.pick(["IICRC", "Course", "Certified"]),
        "card_name": d.pick(
            ["TECHNICIAN TRAINING CARD", "COURSE COMPLETION CARD", "CERTIFIED TRAINING RECORD"]
        ),
        "org": org,
        "name": d.name(d.pick(["plain", "plain", "upper"])),
        "course_label": d.pick(["Course:", "Training:", "Course completed:"]),
        "title": d.title(d.pick(["plain", "plain", "code_first"])),
        "credit_label": d.pick(["Credit:", "CE credit:", "Hours:"]),
        "hours": d.hours(d.pick(["cecs", "cec_hours", "hrs", "hours_title"])),
        "employer": d.pick(EMPLOYERS),
        "done_label": d.pick(["Completed:", "Issued:", "Passed:"]),
        "date": d.date(d.pick(["us_short", "us_numeric", "us_short"])),
        "expiry": d.other_date("expiry", d.pick(["us_short", "us_numeric"])),
        "code": "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(10)),
        "qr_html": _qr(r),
    }
