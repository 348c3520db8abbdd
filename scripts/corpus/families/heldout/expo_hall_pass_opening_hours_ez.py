"""Not a certificate: an exhibit-hall pass for a trade show, printed on a
badge-size card. A dark band with the show's name and year and the venue;
the pass type in large letters; the holder's name and company; a small
grid of the hall's opening hours on each show day, sometimes with the hours
counted; a note that classes are not included or what booth visits can
earn; and a barcode with the pass number at the foot. Every hour figure is
an opening time or a rule."""

SOURCE = (
    "wording: trade show exhibit-hall-only passes (show floor hours per day, education sessions "
    "sold separately, booth-visit continuing-education credit offered at participating booths) "
    "as restoration and cleaning industry shows print them on badge inserts"
)
KIND = "other"
PAPER = "badge"
CATEGORIES = (
    "other",
    "dark-band",
    "barcode",
    "labelled",
    "hours-by-time",
    "distractor-date",
)

TEMPLATE = """<style>
.band { position:absolute; left:0; right:0; top:0; height:62px; background:${band}; color:#fff; padding:8px 12px; font-family:${ui} }
.band b { display:block; font: bold 15px ${head}; line-height:17px; letter-spacing:.3px }
.band span { font-size:9.5px; opacity:.9 }
.type { position:absolute; left:0; right:0; top:66px; text-align:center; font: bold ${type_px}px ${cond}; letter-spacing:2px; color:${acc}; text-transform:uppercase }
.who { position:absolute; left:12px; right:12px; top:100px; text-align:center; font-family:${ui} }
.who b { display:block; font-size:17px; line-height:20px } .who span { font-size:10.5px; color:#444 }
.hrs { position:absolute; left:12px; right:12px; top:150px; border:1px solid #999; font: 9.5px ${ui} }
.hrs div { display:flex; justify-content:space-between; padding:1.5px 6px; border-bottom:1px solid #ddd }
.hrs div:last-child { border-bottom:none } .hrs div.h { background:${light}; font-weight:bold; text-transform:uppercase; letter-spacing:.4px; font-size:8.5px }
.nt { position:absolute; left:12px; right:12px; top:${note_top}px; font: 8.5px ${ui}; color:#333; text-align:center; line-height:10px }
.bc { position:absolute; left:12px; bottom:8px; height:16px; display:flex; gap:1px; align-items:stretch }
.bc span { background:#111 }
.no { position:absolute; right:12px; bottom:7px; font: 9px ${mono}; color:#333 }
</style>
<div class="band"><b>${show}</b><span>${venue} · ${span}</span></div>
<div class="type">${pass_type}</div>
<div class="who"><b>${holder}</b><span>${company}</span></div>
<div class="hrs"><div class="h"><span>${hrs_cap}</span><span></span></div>${hours_html}</div>
<div class="nt">${note}</div>
<div class="bc">${bars_html}</div>
<div class="no">${pass_no}</div>
"""


def fill(d):
    from datetime import timedelta

    from corpus import formats as F
    from corpus import values as V

    r = d.rng
    event = d.pick(V.EVENTS)
    year = d.completed.year
    ndays = d.pick([2, 3, 3])
    first = d.completed - timedelta(days=r.randint(0, ndays - 1))
    rows = []
    counted = d.chance(0.5)
    for i in range(ndays):
        day = first + timedelta(days=i)
        open_h = d.pick([9, 10, 10, 11])
        close_h = open_h + (d.pick([6, 7]) if i < ndays - 1 else d.pick([3, 4]))
        span = f"{(open_h - 1) % 12 + 1}:00 {'am' if open_h < 12 else 'pm'} – {(close_h - 1) % 12 + 1}:00 pm"
        extra = f" ({close_h - open_h} hrs)" if counted else ""
        rows.append(
            f"<div><span>{F.WEEKDAYS[day.weekday()][:3]} {day.strftime('%b')} {day.day}</span>"
            f"<span>{span}{extra}</span></div>"
        )
    note = d.pick(
        [
            "Exhibit hall only. Education sessions and CEC classes are not included with this pass.",
            f"Visit {d.pick([5, 6, 8])} participating booths to earn {d.pick([1, 2])} CEC "
            f"hours; booth scans are reported within {d.pick([30, 45])} days.",
            "Upgrade at registration for the full conference pass with classes.",
        ]
    )
    bars = "".join(f"<span style='width:{d.pick([1, 1, 2, 3])}px'></span>" for _ in range(44))
    last = first + timedelta(days=ndays - 1)
    return {
        "ui": d.fonts["sans"],
        "head": d.fonts[d.pick(["sans", "display", "cond"])],
        "cond": d.fonts["cond"],
        "mono": d.fonts["mono"],
        "band": d.pick([d.colors["dark"], "#111827", "#7f1d1d"]),
        "acc": d.pick([d.colors["accent"], "#0f766e", "#b45309"]),
        "type_px": d.pick([22, 24]),
        "note_top": 160 + 16 * (ndays + 1),
        "show": f"{event} {year}",
        "venue": d.venue().split(",")[0],
        "span": F.fmt_range(first, last, r),
        "pass_type": d.pick(["Exhibit Hall", "Expo Only", "Show Floor Pass", "Exhibits Pass"]),
        "holder": d.plain_name if d.chance(0.7) else d.plain_name.upper(),
        "company": d.pick(
            [
                "Riverbend Restoration",
                "Hollister Water & Fire",
                "Tallgrass Recovery",
                "Self-employed",
            ]
        )
        + f" · {d.city()}",
        "hrs_cap": d.pick(["Hall hours", "Show floor open", "Exhibit hours"]),
        "hours_html": "".join(rows),
        "note": note,
        "bars_html": bars,
        "pass_no": f"EX-{r.randrange(100000, 999999)}",
    }
