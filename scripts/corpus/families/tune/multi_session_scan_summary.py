"""A combined attendance summary generated after a show from its session
check-ins: a dark band with the show and its dates, the attendee's details and
the time the report was generated, then a table of every session the badge
was scanned into (day, time, code, title, speaker, room, scans in and out,
credit and whether it counts), a total line, and a note that the summary is a
record of scans and not itself a certificate. Sponsor marks along the foot.
It lists several sessions and certifies none on its own."""

SOURCE = (
    "https://help.conferences.io/en/support/solutions/articles/5000813538 (combined attendance and "
    "multi-session reporting: each session checked into, eligibility, total credit)"
)
KIND = "other"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "other",
    "table",
    "record",
    "landscape",
    "dark-band",
    "date-range",
    "distractor-person",
    "distractor-date",
    "distractor-org",
)

TEMPLATE = """<style>
.band { position:absolute; left:0; right:0; top:0; height:82px; background:${dark}; color:#fff; padding:16px 40px;
  display:flex; justify-content:space-between; align-items:center; font-family:${sans} }
.band .ev { font:bold 24px ${sans} } .band .dt { font-size:13px; opacity:0.9; margin-top:3px }
.band .rt { text-align:right; font-size:12px; line-height:17px } .band .rt b { font-size:16px; letter-spacing:1px; text-transform:uppercase }
.w { position:absolute; left:40px; right:40px; top:100px; bottom:26px; font:12px ${sans}; color:#222 }
.who { display:grid; grid-template-columns:90px 1fr 110px 1fr 110px 1fr; row-gap:5px; margin-bottom:14px; font-size:12px }
.who span { color:#666 }
table { width:100%; border-collapse:collapse; font-size:11px }
th { text-align:left; padding:5px 5px; border-bottom:2px solid ${dark}; font-size:10px; text-transform:uppercase; color:#444; letter-spacing:0.3px }
td { padding:6px 5px; border-bottom:1px solid #ccc; vertical-align:top }
tr:nth-child(even) td { background:#f6f6f6 }
td.n { text-align:right; white-space:nowrap } th.n { text-align:right }
.no { color:#8b0000 } .tot td { border-top:2px solid #333; border-bottom:none; background:#fff !important; font-weight:bold; font-size:12px }
.note { margin-top:12px; font-size:10.5px; color:#444; line-height:15px; border-left:3px solid ${accent}; padding-left:9px }
.sp { position:absolute; left:0; right:0; bottom:0; display:flex; align-items:center; gap:22px; font-size:9.5px; color:#777 }
.sp b { font:bold 12px ${cond}; color:#666; border:1.5px solid #aaa; padding:3px 9px; letter-spacing:0.4px }
.sp .pg { margin-left:auto }
</style>
<div class="band">
 <div><div class="ev">${event}</div><div class="dt">${show_range} &middot; ${venue}</div></div>
 <div class="rt"><b>${heading}</b><br>${generated}</div>
</div>
<div class="w">
 <div class="who">
  <span>Attendee</span><b>${name}</b><span>Badge ID</span><div>${badge}</div><span>Registration</span><div>${reg_type}</div>
  <span>Company</span><div>${company}</div><span>Certification #</span><div>${cert}</div><span>Email</span><div>${email}</div>
 </div>
 <table>
  <tr><th>Day</th><th>Time</th><th>Code</th><th>Session</th><th>Speaker</th><th>Room</th><th>In</th><th>Out</th><th class="n">Credit</th><th>Status</th></tr>
  ${rows_html}
  <tr class="tot"><td colspan="8">${total_label}</td><td class="n">${total}</td><td></td></tr>
 </table>
 <div class="note">${note}</div>
 <div class="sp">${sponsor_label} ${sponsors_html}<span class="pg">${page}</span></div>
</div>
"""


def fill(d):
    import html
    from datetime import timedelta

    from corpus import values as V
    from corpus.formats import fmt_date, fmt_range

    r = d.rng
    year = d.completed.year
    event_alt = d.pick(V.EVENTS)
    days = d.pick([2, 3, 3])
    start = d.completed - timedelta(days=days - 1)
    n = r.randrange(3, 7)
    titles = r.sample(V.SESSIONS, n)
    slots = sorted(r.sample(range(days * 5), n))
    rows, total = [], 0.0

    def clock(m):
        return f"{m // 60:02d}:{m % 60:02d}"

    for title, slot in zip(titles, slots, strict=True):
        day = start + timedelta(days=slot // 5)
        begin = [8 * 60, 9 * 60 + 30, 11 * 60, 13 * 60 + 30, 15 * 60][slot % 5]
        credit = d.pick([0.5, 1, 1, 1, 1.5, 2])
        eligible = not d.chance(0.25)
        scan_in = begin - r.randrange(0, 9)
        scan_out = begin + round(credit * 60) + r.randrange(0, 6)
        status = (
            "Eligible" if eligible else d.pick(["No exit scan", "Left early", "Evaluation missing"])
        )
        out = clock(scan_out) if eligible or status != "No exit scan" else "—"
        if status == "Left early":
            out = clock(begin + r.randrange(15, 35))
        total += credit if eligible else 0
        cells = [
            fmt_date(day, "short_month").rsplit(",", 1)[0],
            clock(begin),
            f"{d.pick(['S', 'ED', 'W'])}{r.randrange(101, 499)}",
            title,
            d.person(),
            f"{r.randrange(101, 299)}{d.pick(['', 'A', 'B'])}",
            clock(scan_in),
            out,
            f"{credit:g}" if eligible else f"({credit:g})",
            status,
        ]
        tds = "".join(
            f'<td class="{"n" if i == 8 else ("no" if i == 9 and not eligible else "")}">'
            f"{html.escape(c)}</td>"
            for i, c in enumerate(cells)
        )
        rows.append(f"<tr>{tds}</tr>")
    gen_day = d.completed + timedelta(days=r.randrange(1, 20))
    g_hour = r.randrange(0, 24)
    sponsors = r.sample([m[1] or m[0] for m in V.MANUFACTURERS], 3)
    import unicodedata

    def plain(text):
        return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()

    first = plain(d.first.split()[0])
    last = "".join(ch for ch in plain(d.last) if ch.isalpha())[:10]
    return {
        "event": f"{event_alt} {year}",
        "show_range": fmt_range(start, d.completed, r),
        "venue": d.venue(),
        "heading": d.pick(
            ["CE Attendance Summary", "Session Credit Summary", "Combined CE Report"]
        ),
        "generated": f"Generated {fmt_date(gen_day, d.pick(['us_numeric', 'short_month']))} "
        f"{g_hour:02d}:{r.randrange(0, 60):02d}",
        "name": d.name(d.pick(["plain", "last_first", "upper"])),
        "badge": f"{r.randrange(100000, 999999)}",
        "reg_type": d.pick(["Full Conference", "Full Conference + Expo", "Education Pass"]),
        "company": d.pick(
            ["Rainbow Restoration", "Dry Pros LLC", "Coastal Clean & Dry", "Blue Ridge Restoration"]
        ),
        "cert": f"{r.randrange(10000, 999999)}",
        "email": f"{first}.{last}@{d.pick(['gmail.com', 'outlook.com', 'yahoo.com'])}",
        "rows_html": "".join(rows),
        "total_label": d.pick(
            ["Total eligible credit", "Total credit (eligible sessions only)", "Total"]
        ),
        "total": f"{total:g}",
        "note": d.pick(
            [
                "This summary shows the sessions your badge was scanned into and whether each met the "
                "attendance rule. It is not a certificate. Certificates are issued per session once the "
                "session evaluation is complete; credits in brackets were not awarded.",
                "Record of badge scans only — not valid as a certificate of completion. Sessions marked "
                "other than Eligible earn no credit. Contact the education desk within 30 days of the show "
                "to correct a missing scan.",
            ]
        ),
        "sponsor_label": d.pick(["Education partners:", "Sponsored by"]),
        "sponsors_html": "".join(f"<b>{html.escape(s)}</b>" for s in sponsors),
        "page": "Page 1 of 1",
    }
