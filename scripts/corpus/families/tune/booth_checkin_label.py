"""A 4 x 3 inch adhesive label that the booth's label printer spits out when a
visitor's badge is scanned at the certification body's stand: the show name in
a thin band, the visitor's first name large over the rest of the name (the
label-printer template fits first and last name on two lines), then a bottom
row with the show mark and the visit details on the left and a QR code with
the badge number on the right. Tiny type, many numbers."""

SOURCE = (
    "kevinsimper/meetuplabel:label/template.html (name over logo and QR label grid); booth sign-in "
    "wording from https://www.randrmagonline.com/articles/85420-iicrc-continuing-education"
)
KIND = "booth"
PAPER = "badge"
CATEGORIES = ("slip", "landscape", "qr", "provider-in-logo", "distractor-date")

TEMPLATE = """<style>
.lb { position:absolute; inset:0; font-family:${sans}; color:#000; display:grid;
  grid-template-rows:22px 1fr 118px; grid-template-areas:"top" "name" "row" }
.top { grid-area:top; background:#000; color:#fff; font:bold 10.5px ${cond}; letter-spacing:0.6px;
  display:flex; justify-content:space-between; align-items:center; padding:0 10px; text-transform:uppercase }
.nm { grid-area:name; text-align:center; align-self:center; line-height:1.02; padding:0 12px }
.nm .a { font: bold 34px ${sans} } .nm .b { font: 21px ${sans} }
.row { grid-area:row; display:grid; grid-template-columns:1fr 100px; align-items:end; padding:0 10px 8px; gap:8px }
.inf { font-size:9.5px; line-height:12.5px }
.mk { display:flex; align-items:center; gap:6px; margin-bottom:4px }
.mk i { width:26px; height:26px; border-radius:50%; border:3px solid #000; font:bold 9px ${cond}; font-style:normal;
  display:flex; align-items:center; justify-content:center }
.mk span { font:bold 10px ${cond}; line-height:11px; text-transform:uppercase; max-width:150px }
.hd { font-weight:bold; font-size:11px; border-top:1px solid #000; padding-top:3px }
.cr { font-weight:bold; font-size:12px }
.q { text-align:center; font:8.5px ${mono} }
.qr { display:grid; grid-template-columns:repeat(21, 4px); grid-auto-rows:4px; width:84px; margin:0 auto 2px }
.qr b { background:#000 } .qr u { background:#fff }
</style>
<div class="lb">
 <div class="top"><span>${event_short}</span><span>${show_range}</span></div>
 <div class="nm"><div class="a">${first}</div><div class="b">${rest}</div></div>
 <div class="row">
  <div class="inf">
   <div class="mk"><i>${initials}</i><span>${event}</span></div>
   <div class="hd">${heading}</div>
   <div>${booth_label} ${booth} &middot; ${hall}</div>
   <div>${scanned_label} ${date} ${time}</div>
   <div class="cr">${hours}</div>
  </div>
  <div class="q"><div class="qr">${qr_html}</div>${badge}</div>
 </div>
</div>
"""


def _qr(r) -> str:
    size = 21
    cells = []
    for y in range(size):
        for x in range(size):
            finder = None
            for fx, fy in ((0, 0), (size - 7, 0), (0, size - 7)):
                if fx <= x < fx + 7 and fy <= y < fy + 7:
                    dx, dy = x - fx, y - fy
                    ring = min(dx, dy, 6 - dx, 6 - dy)
                    finder = ring != 1
            if finder is None:
                near = any(
                    fx - 1 <= x <= fx + 7 and fy - 1 <= y <= fy + 7
                    for fx, fy in ((0, 0), (size - 7, 0), (0, size - 7))
                )
                finder = False if near else r.random() < 0.5
            cells.append("<b></b>" if finder else "<u></u>")
    return "".join(cells)


def fill(d):
    from datetime import timedelta

    from corpus.formats import fmt_range

    r = d.rng
    before, after = d.pick([(0, 2), (1, 1), (2, 0), (1, 0), (0, 1)])
    show = fmt_range(d.completed - timedelta(days=before), d.completed + timedelta(days=after), r)
    event = d.provider()
    name = d.name(d.pick(["plain", "plain", "upper"]))
    cut = len(d.first)
    words = [w for w in d.org_alt.split() if w[0].isalpha()]
    hour = r.randrange(9, 18)
    return {
        "event_short": d.org_alt,
        "show_range": show,
        "first": name[:cut],
        "rest": name[cut:].strip(),
        "initials": "".join(w[0] for w in words[:3]).upper(),
        "event": event,
        "heading": d.set_title(
            d.pick(
                [
                    "IICRC Booth Registration",
                    "IICRC BOOTH REGISTRATION",
                    "IICRC Booth Registration – Checked In",
                ]
            ),
            ["IICRC Booth Registration"],
        ),
        "booth_label": d.pick(["Booth", "Booth #", "Stand"]),
        "booth": f"{r.randrange(1, 30)}{r.randrange(0, 99):02d}",
        "hall": d.pick(["Hall A", "Hall B", "Hall C", "Expo Hall", "South Hall", "West Hall"]),
        "scanned_label": d.pick(["Scanned", "Checked in", "Visit:"]),
        "date": d.date(d.pick(["us_numeric", "us_short", "short_month", "iso"])),
        "time": f"{hour % 12 or 12}:{r.randrange(0, 60):02d} {'PM' if hour >= 12 else 'AM'}",
        "hours": d.hours(d.pick(["cecs", "cec_hours", "iicrc_cec", "cecs_colon"])),
        "qr_html": _qr(r),
        "badge": f"{d.pick(['', 'ID ', 'B'])}{r.randrange(1000000, 9999999)}",
    }
