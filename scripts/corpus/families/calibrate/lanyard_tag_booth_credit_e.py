"""A vertical card handed out at a trade show's IICRC booth to hang on the
lanyard: a punched slot at the top, a dark band with the show's name, the
booth registration heading, a barcode with its number, then one sentence
naming the registrant, the day and the credit, and at the bottom the booth
number, the staff member who checked the registrant in, and a small QR."""

SOURCE = (
    "himansusekharsahoo/CHM:application/views/tests/lcard.php (vertical card: header, barcode, "
    "name, QR, small print) and https://www.randrmagonline.com/articles/85420-iicrc-continuing-"
    "education (sign in at the IICRC booth at a trade show or convention)"
)
KIND = "booth"
PAPER = "card-portrait"
CATEGORIES = (
    "wallet",
    "portrait",
    "dark-band",
    "sentence",
    "provider-in-logo",
    "distractor-person",
    "barcode",
    "hang-tag",
)

TEMPLATE = """<style>
.c { position:absolute; inset:0; border:1px solid #bbb; border-radius:8px; overflow:hidden; font-family:${sans}; color:#1a1a1a; background:#fff }
.slot { position:absolute; left:50%; top:8px; width:46px; height:9px; margin-left:-23px; border-radius:5px; background:#fff; border:1px solid #999; z-index:2 }
.band { position:absolute; left:0; right:0; top:0; height:64px; background:${dark}; color:#fff; text-align:center; padding:22px 8px 0 }
.band .ev { font: bold ${ev_size}px ${display}; line-height:12px } .band .dy { font-size:6.8px; margin-top:3px; opacity:0.9 }
.hd { position:absolute; left:0; right:0; top:70px; text-align:center }
.hd .k { font: bold 12px ${sans}; letter-spacing:1.5px; color:${accent} } .hd .t { font: bold 9.5px ${sans}; text-transform:uppercase; letter-spacing:0.6px }
.bc { position:absolute; left:26px; right:26px; top:102px; height:26px;
  background: repeating-linear-gradient(90deg, #111 0 ${b1}px, #fff ${b1}px ${b2}px, #111 ${b2}px ${b3}px, #fff ${b3}px ${b4}px) }
.bn { position:absolute; left:0; right:0; top:130px; text-align:center; font: 7px ${mono}; letter-spacing:1px }
.tx { position:absolute; left:13px; right:13px; top:150px; font-size:9px; line-height:12.5px; text-align:center }
.tx b { font-size:${name_size}px; display:block; margin:2px 0 3px; color:${dark}; line-height:14px }
.ft { position:absolute; left:11px; right:11px; bottom:9px; display:flex; justify-content:space-between; align-items:flex-end; font-size:6.5px; line-height:8.6px }
.ft svg { display:block }
.note { position:absolute; left:12px; right:12px; bottom:58px; font-size:5.9px; line-height:7.6px; color:#555; text-align:center; border-top:0.6px solid #ccc; padding-top:3px }
</style>
<div class="c">
 <div class="slot"></div>
 <div class="band"><div class="ev">${event}</div><div class="dy">${show_days}</div></div>
 <div class="hd"><div class="k">${kicker}</div><div class="t">${heading}</div></div>
 <div class="bc"></div><div class="bn">${barcode}</div>
 <div class="tx">${lead}<b>${name}</b>${mid} ${date} ${tail} <b style="display:inline;font-size:9.5px">${hours}</b>.</div>
 <div class="note">${note}</div>
 <div class="ft"><div>${booth_label} ${booth}<br>${staff_label} ${staff}<br>${venue}</div>${qr_html}</div>
</div>
"""


def qr(rng, size=40, cells=17):
    step = size / cells
    cells_on = []
    for y in range(cells):
        for x in range(cells):
            corner = (x < 5 and y < 5) or (x >= cells - 5 and y < 5) or (x < 5 and y >= cells - 5)
            if corner:
                cx, cy = x % (cells - 5) if x >= 5 else x, y % (cells - 5) if y >= 5 else y
                on = cx in (0, 4) or cy in (0, 4) or (cx == 2 and cy == 2)
            else:
                on = rng.random() < 0.5
            if on:
                cells_on.append(
                    f'<rect x="{x * step:.2f}" y="{y * step:.2f}" width="{step:.2f}" height="{step:.2f}"/>'
                )
    return f'<svg width="{size}" height="{size}" fill="#111">{"".join(cells_on)}</svg>'


def fill(d):
    from datetime import timedelta

    from corpus.formats import fmt_range

    r = d.rng
    event = d.provider()
    before, after = d.pick([(0, 2), (1, 1), (2, 0), (1, 2)])
    show_days = fmt_range(
        d.completed - timedelta(days=before), d.completed + timedelta(days=after), r
    )
    name = d.name(d.pick(["plain", "plain", "upper"]))
    b1 = d.pick([1, 2])
    heading = d.set_title(
        d.pick(["Booth Registration", "IICRC Booth Registration", "Booth Check-In"]),
        ["IICRC Booth Registration"],
    )
    kicker = d.pick(["CEC CREDIT", "CONTINUING EDUCATION"]) if "IICRC" in heading else "IICRC"
    return {
        "kicker": kicker,
        "event": event,
        "ev_size": 11 if len(event) < 28 else 9.5,
        "show_days": show_days,
        "heading": heading,
        "b1": b1,
        "b2": b1 + d.pick([1, 2]),
        "b3": b1 + 3 + d.pick([0, 1]),
        "b4": b1 + 5 + d.pick([0, 1, 2]),
        "barcode": d.number(),
        "lead": d.pick(["This card confirms that", "We confirm that", "Registrant"]),
        "name": name,
        "name_size": 11 if len(name) <= 22 else 9.5,
        "mid": d.pick(
            [
                "signed in at the IICRC booth on",
                "registered at our booth on",
                "visited the IICRC booth on",
            ]
        ),
        "date": d.date(d.pick(["long", "short_month", "us_numeric", "weekday"])),
        "tail": d.pick(["and is credited with", "earning", "for"]),
        "hours": d.hours(d.pick(["cecs", "cec_hours", "cecs"])),
        "note": d.pick(
            [
                "Credit is posted to your IICRC record after the show. Keep this card until it "
                "appears on your transcript.",
                "One booth credit per registrant per show. Keep this card as your proof of "
                "attendance.",
            ]
        ),
        "booth_label": d.pick(["Booth", "Booth #"]),
        "booth": str(r.randrange(100, 2999)),
        "staff_label": d.pick(["Checked in by", "Staff:"]),
        "staff": d.person(),
        "venue": d.venue(),
        "qr_html": qr(r),
    }
