"""A wallet card generated as a PDF: a double border, a coloured header bar
with a small badge and the provider's name over the card type, the holder's
name large with a coloured underline, the course, class dates as a span of
days, hours and approval number in small labelled lines, the issue and expiry
dates in a shaded box, and a framed QR code with "VERIFY" on the right; the
instructor's name runs along the bottom edge."""

SOURCE = "koolranch/flat-earth-equipment:lib/pdf/generateWalletCard.ts"
KIND = "course"
PAPER = "card"
CATEGORIES = (
    "wallet",
    "dark-band",
    "labelled",
    "date-range",
    "distractor-date",
    "distractor-person",
    "landscape",
    "approval",
    "qr",
)

TEMPLATE = """<style>
.o { position:absolute; inset:5px; border:2.5px solid ${dark} }
.i { position:absolute; inset:9px; border:0.8px solid ${accent} }
.bar { position:absolute; left:9px; right:9px; top:9px; height:34px; background:${accent}; color:#fff; font-family:${sans} }
.bd { position:absolute; left:6px; top:5px; font-weight:bold; font-size:9px; line-height:10px }
.bd small { display:block; font-weight:normal; font-size:6.5px }
.t1 { position:absolute; left:56px; right:6px; top:5px; font-weight:bold; font-size:${org_size}px; line-height:12px; white-space:nowrap; overflow:hidden }
.t2 { position:absolute; left:56px; top:20px; font-size:7.5px; letter-spacing:0.4px }
.nm { position:absolute; left:15px; top:48px; width:185px; font: bold ${name_size}px ${sans}; color:${dark};
  border-bottom:1.3px solid ${accent}; padding-bottom:1px; white-space:nowrap; overflow:hidden }
.dt { position:absolute; left:15px; top:70px; width:186px; font: 7.4px ${sans}; color:${dark}; line-height:9.6px }
.dt b.l { color:#666; font-weight:bold } .dt .c { font-weight:bold; font-size:8px; margin-bottom:1px }
.box { position:absolute; left:13px; bottom:27px; width:182px; height:30px; border:1.2px solid ${accent}; background:#f2f2f2;
  display:flex; font: 7px ${sans} }
.box div { flex:1; padding:3px 5px } .box b { display:block; color:#666 } .box span { font-weight:bold; font-size:8.5px; color:${dark} }
.ft { position:absolute; left:15px; bottom:13px; font: bold 6.6px ${sans}; color:#555 }
.qr { position:absolute; right:16px; top:52px; width:100px; height:128px; border:1.8px solid ${accent}; text-align:center;
  font: bold 8px ${sans}; color:${accent}; padding-top:3px }
.qr svg { display:block; margin:3px auto 0 } .qr .cd { color:#555; font-size:6.3px; margin-top:3px }
</style>
<div class="o"></div><div class="i"></div>
<div class="bar"><div class="bd">${badge}<small>${badge_sub}</small></div><div class="t1">${org}</div><div class="t2">${card_type}</div></div>
<div class="nm">${name}</div>
<div class="dt">
 <div><b class="l">${course_label}</b></div>
 <div class="c">${title}</div>
 <div><b class="l">${dates_label}</b> ${range}</div>
 <div><b class="l">${hours_label}</b> ${hours} &nbsp; <b class="l">${approval_label}</b> ${approval}</div>
</div>
<div class="box"><div><b>${issued_label}</b><span>${issued}</span></div><div><b>Expires:</b><span>${expires}</span></div></div>
<div class="ft">${instructor_label} ${instructor}</div>
<div class="qr">VERIFY${qr_html}<div class="cd">Code: ${code}</div></div>
"""


def qr_svg(rng, size=86, cells=25):
    step = size / cells
    rects = []
    for y in range(cells):
        for x in range(cells):
            corner = (x < 7 and y < 7) or (x >= cells - 7 and y < 7) or (x < 7 and y >= cells - 7)
            if corner:
                cx = x if x < 7 else x - (cells - 7)
                cy = y if y < 7 else y - (cells - 7)
                on = cx in (0, 6) or cy in (0, 6) or (2 <= cx <= 4 and 2 <= cy <= 4)
            else:
                on = rng.random() < 0.47
            if on:
                rects.append(
                    f'<rect x="{x * step:.2f}" y="{y * step:.2f}" width="{step:.2f}" height="{step:.2f}"/>'
                )
    return f'<svg width="{size}" height="{size}" fill="#111">{"".join(rects)}</svg>'


def fill(d):
    org = d.provider("upper" if d.chance(0.5) else None)
    name = d.name(d.pick(["plain", "plain", "upper"]))
    hours_plain = d.chance(0.5)
    code = "".join(d.rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(10))
    return {
        "badge": d.pick(["IICRC", "CEC", "CE"]),
        "badge_sub": d.pick(["Approved", "Credit", "Course"]),
        "org": org,
        "org_size": 10 if len(org) < 30 else 8.5,
        "card_type": d.pick(
            ["CONTINUING EDUCATION CARD", "COURSE COMPLETION CARD", "TRAINING RECORD CARD"]
        ),
        "name": name,
        "name_size": 13 if len(name) <= 20 else 11 if len(name) <= 26 else 9.5,
        "course_label": d.pick(["Course:", "Class:", "Training:"]),
        "title": d.title(d.pick(["plain", "with_code", "code_first"])),
        "dates_label": d.pick(["Class dates:", "Dates:", "Held:"]),
        "range": d.date_range(d.pick([1, 2, 2])),
        "hours_label": "CECs:" if hours_plain else d.pick(["Credit:", "Hours:"]),
        "hours": d.hours_number() if hours_plain else d.hours(d.pick(["cec_hours", "hrs"])),
        "approval_label": d.pick(["Appr. #", "Approval:", "Course #"]),
        "approval": d.approval(),
        "issued_label": d.pick(["Issued:", "Card issued:"]),
        "issued": d.other_date("issue", "us_short"),
        "expires": d.other_date("expiry", "us_short"),
        "instructor_label": d.pick(["Instructor:", "Instr.:", "Trainer:"]),
        "instructor": d.person(),
        "qr_html": qr_svg(d.rng),
        "code": code,
    }
