"""An exhibitor's printout of the leads its staff scanned at a trade show, not
a certificate: a header with the exhibiting company, the show, its days and
the booth number, summary counts, then a dense striped table with one row per
scanned visitor (time of scan, name, company, e-mail, ticket type, tags,
rating, notes) and a page footer with the export time and page count. It
names many people and a show, and records no one's completion."""

SOURCE = (
    "fossasia/eventyay-common:docs/exhibitor.md (exhibitor lead scanning: each scanned lead "
    "shows the attendee's details, tags and notes; leads for an event downloaded as CSV)"
)
KIND = "other"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "other",
    "table",
    "landscape",
    "labelled",
    "distractor-person",
    "date-range",
)

TEMPLATE = """<style>
.w { position:absolute; inset:34px 40px 30px; font: 11px ${sans}; color:#222 }
.hd { display:flex; justify-content:space-between; align-items:flex-start }
.hd h1 { margin:0; font: bold 21px ${sans}; color:${dark} }
.hd .sub { font-size:12.5px; margin-top:4px; color:#444; line-height:17px }
.hd .co { text-align:right; font-size:12px; line-height:17px }
.hd .co b { font-size:15px; color:#111 }
.kp { display:flex; gap:12px; margin:12px 0 10px }
.kp div { border:1px solid #ccc; border-left:4px solid ${accent}; padding:5px 12px; min-width:120px }
.kp small { display:block; font-size:9.5px; text-transform:uppercase; color:#666; letter-spacing:0.5px }
.kp b { font-size:16px }
table { width:100%; border-collapse:collapse; font-size:10.5px; table-layout:fixed }
th { background:${dark}; color:#fff; text-align:left; padding:5px 5px; font-size:9.5px; text-transform:uppercase; letter-spacing:0.3px }
td { padding:4px 5px; border-bottom:1px solid #ddd; white-space:nowrap; overflow:hidden; text-overflow:ellipsis }
tr:nth-child(even) td { background:#f4f6f8 }
.tg { display:inline-block; background:${light}; border:1px solid #bbb; border-radius:8px; padding:0 5px; font-size:9.5px; margin-right:2px }
.ft { position:absolute; left:0; right:0; bottom:0; display:flex; justify-content:space-between; font-size:9.5px; color:#666; border-top:1px solid #ccc; padding-top:4px }
</style>
<div class="w">
 <div class="hd">
  <div><h1>${heading}</h1><div class="sub">${show} · ${show_days}<br>${venue}</div></div>
  <div class="co"><b>${company}</b><br>${booth_label} ${booth}<br>${user_label} ${user}</div>
 </div>
 <div class="kp"><div><small>Leads</small><b>${n_leads}</b></div><div><small>${hot_label}</small><b>${n_hot}</b></div>
  <div><small>Devices</small><b>${n_dev}</b></div><div><small>${last_label}</small><b>${last}</b></div></div>
 <table>
  <colgroup><col style="width:3.5%"><col style="width:9.5%"><col style="width:14%"><col style="width:14.5%"><col style="width:18.5%"><col style="width:7.5%"><col style="width:11%"><col style="width:3.5%"><col></colgroup>
  <tr><th>#</th><th>Scanned</th><th>Name</th><th>Company</th><th>Email</th><th>Ticket</th><th>Tags</th><th>★</th><th>Notes</th></tr>
  ${rows_html}
 </table>
 <div class="ft"><span>${export_label} ${exported}</span><span>${confidential}</span><span>Page 1 of ${pages}</span></div>
</div>
"""

COMPANIES = [
    "Rapid Dry Restoration",
    "Apex Water & Fire",
    "Hometown Carpet Care",
    "Prime Mitigation Group",
    "Blue Line Cleaning",
    "Cornerstone Recovery",
    "Northside Rug Works",
    "Summit Property Services",
    "Lakeview Janitorial",
    "ProTech Restoration",
]
TAGS = [
    "hot",
    "follow-up",
    "demo",
    "pricing",
    "distributor",
    "dehu",
    "air mover",
    "training",
    "quote",
]
NOTES = [
    "wants demo unit for 2 weeks",
    "asked about fleet pricing",
    "call after the show",
    "existing customer, needs filters",
    "interested in training dates",
    "send brochure",
    "owner, 3 trucks",
    "",
    "",
    "compare with current dehus",
]
TICKETS = ["Full", "Expo only", "Expo only", "VIP", "Exhibitor", "Student"]


def fill(d):
    import html
    import unicodedata
    from datetime import timedelta

    from corpus import values as V
    from corpus.formats import fmt_date, fmt_range

    r = d.rng
    before, after = d.pick([(0, 2), (1, 1), (2, 0), (1, 2)])
    start, end = d.completed - timedelta(days=before), d.completed + timedelta(days=after)
    days = [start + timedelta(days=i) for i in range((end - start).days + 1)]
    n = r.randrange(14, 19)
    scans = sorted((r.choice(days), r.randrange(9 * 60, 17 * 60)) for _ in range(n))
    rows, hot = [], 0
    for i, (day, mins) in enumerate(scans):
        who = d.person()
        ascii_who = unicodedata.normalize("NFKD", who).encode("ascii", "ignore").decode()
        plain = [w for w in ascii_who.split() if not w.endswith(".") and w not in ("II", "III")]
        first, last = plain[0], plain[-1]
        co = r.choice(COMPANIES)
        dom = "".join(ch for ch in co.lower() if ch.isalnum())[:14]
        tags = r.sample(TAGS, r.choice([0, 1, 1, 2]))
        hot += "hot" in tags
        tag_html = "".join(f"<span class='tg'>{t}</span>" for t in tags)
        rows.append(
            f"<tr><td>{i + 1}</td><td>{day.month}/{day.day} {mins // 60:02d}:{mins % 60:02d}</td>"
            f"<td>{html.escape(who)}</td><td>{html.escape(co)}</td>"
            f"<td>{html.escape(first.lower())}.{html.escape(last.lower())}@{dom}.com</td>"
            f"<td>{r.choice(TICKETS)}</td><td>{tag_html}</td><td>{r.choice(['', '1', '2', '3', '3', '4', '5'])}</td>"
            f"<td>{html.escape(r.choice(NOTES))}</td></tr>"
        )
    last_day, last_min = scans[-1]
    exported = end + timedelta(days=r.randrange(0, 5))
    return {
        "heading": d.pick(["Lead Report", "Scanned Leads", "Lead Retrieval Export"]),
        "show": f"{d.pick(V.EVENTS)} {d.completed.year}",
        "show_days": fmt_range(start, end, r),
        "venue": d.venue(),
        "company": d.pick(
            [
                "DryMaster Equipment Co.",
                "AirPro Restoration Supply",
                "HydroSense Meters",
                "CleanFlow Systems",
            ]
        ),
        "booth_label": d.pick(["Booth", "Stand"]),
        "booth": f"{r.randrange(100, 2400)}",
        "user_label": d.pick(["Exported by:", "User:"]),
        "user": d.person(),
        "n_leads": f"{n}",
        "hot_label": d.pick(["Tagged hot", "Hot leads"]),
        "n_hot": f"{hot}",
        "n_dev": f"{r.randrange(1, 4)}",
        "last_label": "Last scan",
        "last": f"{fmt_date(last_day, 'short_month')} {last_min // 60:02d}:{last_min % 60:02d}",
        "rows_html": "\n".join(rows),
        "export_label": d.pick(["Exported", "Generated"]),
        "exported": fmt_date(exported, d.pick(["long", "us_numeric", "iso"])),
        "confidential": d.pick(
            [
                "Confidential – for exhibitor use only",
                "Do not share attendee data outside your company",
            ]
        ),
        "pages": "1",
    }
