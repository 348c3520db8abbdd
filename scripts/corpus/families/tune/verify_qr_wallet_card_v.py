"""The front of a wallet card a training school generates after a course: a
dark outer rule and a thin coloured inner rule, a coloured header bar with a
small badge on the left and the school's name over "training completion
card", the holder's name in bold with a coloured underline, the course under
a small label, sometimes the employer, a tinted box with the completion and
expiry dates side by side, a verification code in small type, and a QR code
in a bordered box with "VERIFY" over it on the right. No hours."""

SOURCE = "koolranch/flat-earth-equipment:lib/pdf/generateWalletCard.ts"
KIND = "course"
PAPER = "card"
CATEGORIES = (
    "wallet",
    "labelled",
    "landscape",
    "dark-band",
    "qr",
    "provider-in-logo",
    "distractor-date",
    "no-hours",
)

TEMPLATE = """<style>
.c { position:absolute; inset:0; background:#fff; font-family:${sans}; color:${ink} }
.o { position:absolute; inset:5px; border:2.5px solid ${ink} }
.i { position:absolute; inset:9px; border:0.7px solid ${brand} }
.hb { position:absolute; left:9px; right:9px; top:9px; height:33px; background:${brand}; color:#fff }
.bd { position:absolute; left:6px; top:5px; width:44px; text-align:left; font: bold 9.5px ${sans}; line-height:10px }
.bd small { display:block; font-weight:normal; font-size:6.5px }
.hb .t { position:absolute; left:60px; right:6px; top:5px; font: bold ${org_px}px ${sans}; white-space:nowrap; overflow:hidden; letter-spacing:.2px }
.hb .s { position:absolute; left:60px; top:19px; font-size:8px; letter-spacing:.6px }
.nm { position:absolute; left:16px; top:50px; width:178px; font: bold ${name_px}px ${sans}; line-height:17px; border-bottom:1.3px solid ${brand}; padding-bottom:1px; white-space:nowrap; overflow:hidden }
.cl { position:absolute; left:16px; top:74px; width:176px; font-size:7.5px; color:#60606a; font-weight:bold }
.cv { font-size:9px; color:${ink}; line-height:10.5px; margin-top:1px }
.em { margin-top:3px } .em span { color:${ink}; font-weight:normal; font-size:8.5px }
.dt { position:absolute; left:13px; bottom:31px; width:180px; height:33px; border:1.2px solid ${brand}; background:#f2f2f2 }
.dt div { position:absolute; top:3px; font: bold 7.5px ${sans}; color:#60606a }
.dt b { display:block; font-size:10px; color:${ink}; margin-top:2px }
.cd { position:absolute; left:16px; bottom:16px; font: bold 7px ${mono}; color:#60606a }
.qb { position:absolute; right:18px; bottom:22px; width:112px; height:124px; border:1.8px solid ${brand} }
.qb .v { position:absolute; top:3px; width:100%; text-align:center; font: bold 8.5px ${sans}; color:${brand}; letter-spacing:1px }
.qb svg { position:absolute; left:6px; bottom:5px; width:98px; height:98px }
</style>
<div class="c">
 <div class="o"></div><div class="i"></div>
 <div class="hb"><div class="bd">${badge}<small>${badge_sub}</small></div>
  <div class="t">${org}</div><div class="s">${card_kind}</div></div>
 <div class="nm">${name}</div>
 <div class="cl">${course_label}<div class="cv">${title}</div>${employer_html}</div>
 <div class="dt"><div style="left:5px">${done_label}<b>${date}</b></div><div style="left:92px">Expires:<b>${expires}</b></div></div>
 <div class="cd">Code: ${code}</div>
 <div class="qb"><div class="v">VERIFY</div>${qr_html}</div>
</div>
"""

EMPLOYERS = [
    "Rapid Dry Restoration",
    "Apex Water & Fire",
    "Hometown Carpet Care",
    "Prime Mitigation Group",
    "BlueLine Cleaning Co.",
]


def _qr(rng) -> str:
    n = 25
    cells = []
    for y in range(n):
        for x in range(n):
            finder = any(
                fx <= x < fx + 7 and fy <= y < fy + 7 for fx, fy in ((0, 0), (n - 7, 0), (0, n - 7))
            )
            if finder:
                ring = max(abs(x - (fx + 3)) for fx in (0, n - 7) if fx <= x < fx + 7)
                ring = max(ring, max(abs(y - (fy + 3)) for fy in (0, n - 7) if fy <= y < fy + 7))
                on = ring != 2
            else:
                on = rng.random() < 0.5
            if on:
                cells.append(f'<rect x="{x}" y="{y}" width="1" height="1"/>')
    return f'<svg viewBox="0 0 {n} {n}" shape-rendering="crispEdges">{"".join(cells)}</svg>'


def fill(d):
    r = d.rng
    org = d.provider("upper" if len(d.org) < 34 else None)
    code = d.code
    employer = ""
    if d.chance(0.5):
        employer = f'<div class="em">Employer: <span>{d.pick(EMPLOYERS)}</span></div>'
    name = d.name(d.pick(["plain", "plain", "upper"]))
    return {
        "org_px": 10.5 if len(org) <= 30 else 9 if len(org) <= 38 else 8,
        "name_px": 15 if len(name) <= 19 else 12.5 if len(name) <= 24 else 10.5,
        "ink": "#0f1729",
        "brand": d.pick(["#f76511", "#1e6091", "#2d6a4f", "#8b0000", "#6a4c93"]),
        "sans": d.pick(["Helvetica, 'Nimbus Sans', Arial, sans-serif", d.fonts["sans"]]),
        "mono": d.fonts["mono"],
        "badge": code or d.pick(["CE", "CEC"]),
        "badge_sub": d.pick(["Certified", "Trained", "Course"]),
        "org": org,
        "card_kind": d.pick(
            ["TRAINING COMPLETION CARD", "COURSE COMPLETION CARD", "STUDENT WALLET CARD"]
        ),
        "name": name,
        "course_label": d.pick(["Course:", "Training:", "Completed course:"]),
        "title": d.title(d.pick(["plain", "plain", "code_first"])),
        "employer_html": employer,
        "done_label": d.pick(["Completed:", "Issued:", "Trained:"]),
        "date": d.date(d.pick(["us_short", "us_short", "us_numeric"])),
        "expires": d.other_date("expiry", "us_short"),
        "code": "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(10)),
        "qr_html": _qr(r),
    }
