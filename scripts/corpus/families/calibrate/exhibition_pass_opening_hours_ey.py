"""Not a certificate: a print-at-home exhibit hall pass for a trade show,
on a slip or half sheet. A dark band across the top with the show's name,
year and "Exhibit Hall Pass"; a badge panel with the visitor's name,
company, badge type and a drawn barcode with the registration number; a
panel with the show dates and venue, a table of exhibit hall hours per day
with each day's opening length, the demo stage schedule with demo lengths,
a note that floor talks carry no CE credit and that education sessions need
a conference pass. Every hour figure is an opening time or a length; nobody
earns credit from it."""

SOURCE = (
    "exdoh/icvex:html/myanmarautoplus/visitor_admission_policy.php (visitor admission policy: "
    "pre-register, badge pick-up, who is admitted) and wording of trade-show print-at-home "
    "exhibit passes (hall hours by day, demo stage times, pass does not include education)"
)
KIND = "other"
PAPER = ["slip", "half-letter"]
CATEGORIES = (
    "other",
    "slip",
    "landscape",
    "dark-band",
    "barcode",
    "labelled",
    "date-range",
)

TEMPLATE = """<style>
.w { position:absolute; inset:0; font: 11px ${sans}; color:#1a1a1a; display:flex; flex-direction:column }
.band { background:${dark}; color:#fff; padding:10px 20px; display:flex; justify-content:space-between; align-items:center }
.band b { font: bold ${ev_px}px ${head}; letter-spacing:.3px } .band span { font: bold 11px ${sans}; letter-spacing:2.5px; text-transform:uppercase; border:1.5px solid #fff; padding:3px 8px }
.body { flex:1; display:flex; gap:16px; padding:12px 20px 10px }
.badge { width:42%; border:1.5px dashed #888; padding:10px 12px; display:flex; flex-direction:column }
.badge .nm { font: bold ${nm_px}px ${sans}; line-height:1.15 } .badge .co { font-size:12.5px; color:#333; margin-top:3px }
.badge .ty { margin-top:8px; align-self:flex-start; background:${accent}; color:#fff; font: bold 11px ${sans}; letter-spacing:1.5px; padding:3px 8px; text-transform:uppercase }
.ad { margin-top:14px; font-size:11px; color:#444; line-height:15px }
table.ft { margin-top:3px } table.ft td { font-size:10.5px; color:#333; padding:2px 4px }
.bc { margin-top:auto; height:38px; background:repeating-linear-gradient(90deg, #111 0 2px, #fff 2px 3px, #111 3px 4px, #fff 4px 7px, #111 7px 10px, #fff 10px 11px); }
.badge .rg { font: 11px ${mono}; text-align:center; margin-top:2px; letter-spacing:1px }
.info { flex:1; display:flex; flex-direction:column; font-size:11.5px }
.info .wh { line-height:16px } .info .wh i { font-style:normal; color:#666 }
.info h3 { margin:8px 0 3px; font: bold 11px ${sans}; text-transform:uppercase; letter-spacing:.8px; color:${dark} }
table { border-collapse:collapse; width:100% }
td { padding:3px 4px; border-bottom:1px solid #ddd; white-space:nowrap } td.n { text-align:right; color:#444 }
.nt { margin-top:auto; font-size:9.5px; color:#444; line-height:13px; border-top:1px solid #ccc; padding-top:4px }
@media (min-height: 480px) {
 .w { font-size:13px } .band { padding:14px 26px } .band b { font-size:24px } .body { padding:18px 26px 14px; gap:22px }
 .badge .nm { font-size:28px } .badge .co { font-size:15px } .ad { font-size:13px; line-height:18px }
 .info { font-size:13.5px } .info .wh { line-height:20px } .info h3 { font-size:13px; margin:14px 0 4px }
 td { padding:5px 4px } table.ft td { font-size:12.5px } .nt { font-size:11px; line-height:15px } .bc { height:48px }
}
</style>
<div class="w">
 <div class="band"><b>${event}</b><span>${pass_word}</span></div>
 <div class="body">
  <div class="badge"><div class="nm">${name}</div><div class="co">${company}</div><div class="ty">${badge_type}</div><div class="ad">${admit}</div><div class="bc"></div><div class="rg">${reg}</div></div>
  <div class="info">
   <div class="wh"><i>Dates</i> ${dates}<br><i>Venue</i> ${venue}</div>
   <h3>${hall_head}</h3>
   <table>${hours_html}</table>
   <h3>${demo_head}</h3>
   <div>${demo}</div>
   <table class="ft">${talks_html}</table>
   <h3>${park_head}</h3>
   <div>${park}</div>
   <div class="nt">${note}</div>
  </div>
 </div>
</div>
"""

COMPANIES = [
    "Rapid Dry Restoration",
    "Four Seasons Carpet Care",
    "Tidewater Mitigation",
    "Cedar Ridge Cleaning Co.",
    "Precision Flood Response",
    "Student",
]


def _clock(mins):
    h, m = divmod(mins, 60)
    s = f"{(h - 1) % 12 + 1}" + (f":{m:02d}" if m else "")
    return s + (" am" if h < 12 else " pm")


def fill(d):
    from datetime import timedelta

    from corpus import formats as F
    from corpus import values as V

    r = d.rng
    ev = d.pick(V.EVENTS)
    n_days = d.pick([2, 3, 3])
    first = d.completed - timedelta(days=r.randint(0, n_days - 1))
    rows = []
    for i in range(n_days):
        day = first + timedelta(days=i)
        open_ = d.pick([9 * 60, 10 * 60, 10 * 60 + 30, 11 * 60])
        length = d.pick([240, 300, 360, 420, 480]) if i < n_days - 1 else d.pick([180, 240, 300])
        close = open_ + length
        dur = f"{length / 60:g} {d.pick(['hrs', 'hours', 'h'])}"
        rows.append(
            f"<tr><td>{F.fmt_date(day, 'weekday').split(',')[0]}</td><td>{F.fmt_date(day, 'short_month').rsplit(',', 1)[0]}</td>"
            f"<td>{_clock(open_)} \u2013 {_clock(close)}</td><td class='n'>{dur}</td></tr>"
        )
    demo_len = d.pick([15, 20, 25, 30])
    talks = []
    times = sorted(r.sample([11 * 60, 12 * 60, 13 * 60 + 30, 14 * 60 + 30, 15 * 60], 3))
    for t, topic in zip(
        times,
        r.sample(
            [
                "Meter basics on the floor",
                "New dehumidifier lineup",
                "Truckmount maintenance tips",
                "Marketing to plumbers",
                "Thermal camera walk-through",
                "Upholstery spotting demo",
            ],
            d.pick([2, 3]),
        ),
        strict=False,
    ):
        talks.append(
            f"<tr><td>{_clock(t)}</td><td>{topic}</td><td class='n'>{d.pick([15, 20, 30, 45])} min</td>"
            f"<td class='n'>{d.pick(['no CE', 'no credit', 'free'])}</td></tr>"
        )
    return {
        "head": d.fonts[d.pick(["display", "sans", "cond"])],
        "ev_px": d.pick(["17", "19"]),
        "nm_px": d.pick(["20", "22", "24"]),
        "event": f"{ev} {d.completed.year}",
        "pass_word": d.pick(["Exhibit Hall Pass", "Expo Pass", "Exhibits Only"]),
        "name": d.name(d.pick(["plain", "upper"])),
        "company": d.pick(COMPANIES),
        "badge_type": d.pick(["Expo only", "Exhibits", "Visitor"]),
        "reg": f"{d.pick(['EX', 'V', 'XP'])}{r.randrange(100000, 999999)}",
        "dates": F.fmt_range(first, first + timedelta(days=n_days - 1), r),
        "venue": d.venue(),
        "hall_head": d.pick(["Exhibit hall hours", "Show floor open", "Hall hours"]),
        "hours_html": "".join(rows),
        "demo_head": d.pick(["Demo stage", "Live demos"]),
        "demo": d.pick(
            [
                f"{demo_len}-minute demos on the hour while the hall is open.",
                f"Drying and extraction demos, {demo_len} min each, starting 30 min after opening.",
            ]
        ),
        "talks_html": "".join(talks),
        "park_head": d.pick(["Parking & shuttle", "Getting there"]),
        "park": d.pick(
            [
                f"Shuttles from partner hotels every {d.pick([15, 20, 30])} min, from one hour before "
                "the hall opens until one hour after it closes.",
                f"Parking ${d.pick([12, 15, 20, 25])}/day in the venue garage. Rideshare drop-off at "
                "the north entrance.",
            ]
        ),
        "admit": d.pick(
            [
                "Admit one · all show days",
                "Bring this page and photo ID to the badge counter.",
                "Scan at the hall entrance. Not transferable.",
            ]
        ),
        "note": d.pick(
            [
                "This pass admits one to the exhibit hall only. Show-floor talks carry no CE credit; "
                "education sessions need a conference pass. Print and bring with photo ID.",
                "Exhibits-only pass. Not valid for classes or education sessions. No CE credit is "
                "recorded with this badge.",
            ]
        ),
    }
