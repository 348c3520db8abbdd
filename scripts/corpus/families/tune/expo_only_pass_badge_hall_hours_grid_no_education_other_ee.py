"""Not a record of credit: a 4 x 3 inch exhibit-hall pass printed at a
trade show's registration counter, scanned flat. A dark band with the
show's name in light letter-spaced capitals and the show's days as a span,
a large name of the badge holder over the company and city, a bright
strip reading that the pass admits to the exhibits only and not to
education sessions, a small grid of the hall's opening hours day by day
(with hours counted per day), the badge number and a barcode, and a line
that this badge does not qualify for CE credit. It names a person, an
organisation, dates and numbers of hours, and records no continuing
education for anyone."""

SOURCE = (
    "raulirawan/tiket-event-laravel:resources/views/pages/print/index-tiket.blade.php (printed "
    "event pass: a dark nav band with the event's name in upper case, name and profession "
    "centred large, QR code, footer band); exhibits-only pass wording of trade shows"
)
KIND = "other"
PAPER = "badge"
CATEGORIES = (
    "other",
    "landscape",
    "dark-band",
    "letter-spaced",
    "labelled",
    "table",
    "barcode",
    "date-range",
    "distractor-person",
    "distractor-date",
)

TEMPLATE = """<style>
.b { position:absolute; inset:0; background:#fff; font-family:${sans}; color:#111 }
.hd { background:${dark}; color:#f4f1e8; padding:8px 12px 6px; text-align:center }
.hd b { display:block; font: bold 12px ${sans}; letter-spacing:2.6px; text-transform:uppercase; white-space:nowrap; overflow:hidden }
.hd span { font-size:9.5px; letter-spacing:1px; opacity:.9 }
.nm { text-align:center; margin-top:14px }
.nm .n { font: bold 27px ${sans}; line-height:31px; white-space:nowrap; overflow:hidden; padding:0 8px }
.nm .c { font-size:11px; color:#444; margin-top:1px }
.strip { margin:12px 0 0; background:${strip}; color:#111; text-align:center; font: bold 11px ${cond}; letter-spacing:2px; padding:3px 0; text-transform:uppercase }
.low { display:flex; gap:8px; padding:9px 10px 0 12px }
table { border-collapse:collapse; font-size:11px; flex:1 }
th { font: bold 7.5px ${sans}; letter-spacing:1px; text-transform:uppercase; text-align:left; color:#555; border-bottom:1px solid #999; padding:1px 3px }
td { padding:1px 3px; border-bottom:1px solid #ddd; white-space:nowrap }
td.n { text-align:right }
.bc { width:84px; text-align:center }
.bc .bars { height:34px; display:flex; align-items:stretch; gap:1px; justify-content:center }
.bc .bars i { background:#000 }
.bc .no { font: 8.5px ${mono}; margin-top:2px }
.ft { position:absolute; left:0; right:0; bottom:4px; text-align:center; font-size:7.5px; color:#555 }
</style>
<div class="b">
 <div class="hd"><b>${event}</b><span>${span} · ${venue}</span></div>
 <div class="nm"><div class="n">${holder}</div><div class="c">${company} · ${city}</div></div>
 <div class="strip">${strip_text}</div>
 <div class="low">
  <table><tr><th>${day_head}</th><th>Hall open</th><th class="n">Hrs</th></tr>${hours_rows_html}</table>
  <div class="bc"><div class="bars">${bars_html}</div><div class="no">${badge}</div></div>
 </div>
 <div class="ft">${fine}</div>
</div>
"""


def fill(d):
    from datetime import timedelta

    from corpus import values as V
    from corpus.formats import fmt_date, fmt_range

    r = d.rng
    ndays = d.pick([2, 3, 3])
    start = d.completed - timedelta(days=r.randint(0, ndays - 1))
    days = [start + timedelta(days=i) for i in range(ndays)]
    rows = []
    for i, day in enumerate(days):
        open_h, close_h = (10, 17) if i < ndays - 1 else (10, d.pick([14, 15]))
        if d.chance(0.3):
            open_h = 9
        rows.append(
            f"<tr><td>{fmt_date(day, 'short_month')[:-6]}</td>"
            f'<td>{open_h}:00 – {close_h % 12 or 12}:00</td><td class="n">{close_h - open_h}</td></tr>'
        )
    bars = "".join(f'<i style="width:{r.choice([1, 1, 2, 3])}px"></i>' for _ in range(24))
    event = d.pick(V.EVENTS)
    return {
        "strip": d.pick(["#fde047", "#fdba74", "#86efac", "#93c5fd"]),
        "event": f"{event} {d.completed.year}" if d.chance(0.6) else event,
        "span": fmt_range(days[0], days[-1], r),
        "venue": d.venue(),
        "holder": d.person(),
        "company": d.pick(
            [
                "Dry Right Restoration",
                "ProClean Carpet Care",
                "Summit Fire & Flood",
                "Heritage Floor Care",
            ]
        ),
        "city": d.city(),
        "strip_text": d.pick(
            ["Exhibits only", "Expo hall pass", "Exhibit hall · no sessions", "Free expo pass"]
        ),
        "day_head": "Day",
        "hours_rows_html": "".join(rows),
        "bars_html": bars,
        "badge": f"{r.randrange(1000000, 9999999)}",
        "fine": d.pick(
            [
                "Not valid for education sessions. Expo-only passes do not qualify for CE credit.",
                "Admits to the exhibit hall only. Upgrade at registration for classroom access.",
            ]
        ),
    }
