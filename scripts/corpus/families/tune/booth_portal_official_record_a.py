"""A trade show's attendee portal page printed from the browser: a dark
navigation bar with the show's wordmark and menu links in light type, a
breadcrumb, the page heading "Professional Development Record" with an
"official record" note, a box of the attendee's details as label/value
pairs, then a ruled activity table (activity, type, date, status, credit)
in which only the IICRC booth registration carries credit while the other
rows (exhibit hall admission, sessions with no scan, a keynote) carry none,
a total row, and the browser's print footer with the page address and the
print date."""

SOURCE = (
    "escworks/Region5:shoebox/transcripts/default.aspx (professional development record: an "
    "official record that cannot be altered, printable as proof of credit) and "
    "https://www.randrmagonline.com/articles/85420-iicrc-continuing-education (credit for signing "
    "in at the IICRC booth at a trade show)"
)
KIND = "booth"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "record",
    "table",
    "portrait",
    "labelled",
    "dark-band",
    "provider-in-logo",
    "date-range",
    "tiny-footer",
)

TEMPLATE = """<style>
.nav { position:absolute; left:0; right:0; top:0; height:58px; background:${dark}; color:#fff; display:flex; align-items:center;
  padding:0 40px; gap:24px; font: 12.5px ${sans} }
.nav b { font: bold 17px ${display}; margin-right:auto; letter-spacing:0.3px }
.nav span { opacity:0.85 }
.w { position:absolute; left:40px; right:40px; top:76px; font: 12.5px ${sans}; color:#222 }
.bc { font-size:11px; color:#777 }
h1 { font: 25px ${sans}; margin:8px 0 2px; color:#111; font-weight:${h_weight} }
.sub { font-size:12px; color:#555; margin-bottom:14px } .sub b { color:${accent} }
.box { border:1px solid #ccc; background:#fafafa; padding:10px 14px; display:grid; grid-template-columns: 150px 1fr 150px 1fr; row-gap:6px; column-gap:8px }
.box .k { color:#666; font-size:11.5px } .box .v { font-weight:bold }
h2 { font: bold 14px ${sans}; margin:20px 0 6px; color:${dark} }
table { width:100%; border-collapse:collapse; font-size:12px }
th { text-align:left; font-size:10.5px; color:#555; text-transform:uppercase; letter-spacing:0.6px; border-bottom:2px solid #444; padding:5px 6px }
td { padding:7px 6px; border-bottom:1px solid #ddd; vertical-align:top }
td.r, th.r { text-align:right } tr.tot td { border-top:2px solid #444; border-bottom:none; font-weight:bold }
.st { font-size:11px } .ok { color:#2d6a4f } .no { color:#999 }
.note { margin-top:18px; font-size:11px; color:#555; line-height:15px }
.pf { position:absolute; left:30px; right:30px; bottom:14px; display:flex; justify-content:space-between; font: 9.5px ${sans}; color:#333 }
</style>
<div class="nav"><b>${event_logo}</b><span>My Schedule</span><span>Exhibitors</span><span>CE Record</span><span>Log out</span></div>
<div class="w">
 <div class="bc">Home &rsaquo; My Account &rsaquo; CE Record</div>
 <h1>${heading}</h1>
 <div class="sub">${sub_html}</div>
 <div class="box">
  <div class="k">${name_label}</div><div class="v">${name}</div><div class="k">Registration ID</div><div class="v">${reg_id}</div>
  <div class="k">Company</div><div class="v">${company}</div><div class="k">${cert_label}</div><div class="v">${cert}</div>
  <div class="k">Badge type</div><div class="v">${badge}</div><div class="k">Show dates</div><div class="v">${show_range}</div>
 </div>
 <h2>${table_head}</h2>
 <table>
  <tr><th>Activity</th><th>Type</th><th>Date</th><th>Status</th><th class="r">${credit_head}</th></tr>
  ${rows_html}
  <tr class="tot"><td colspan="4">${total_label}</td><td class="r">${total}</td></tr>
 </table>
 <div class="note">${note}</div>
</div>
<div class="pf"><span>${url}</span><span>${printed}</span></div>
"""

COMPANIES = [
    "Dry-Tech Restoration LLC",
    "Sunrise Carpet & Upholstery",
    "Gold Standard Mitigation",
    "Precision Fire & Water",
    "Self-employed",
    "Mountain View Cleaning Co.",
    "Tri-County Restoration Services",
]


def fill(d):
    import html
    from datetime import timedelta

    from corpus import values as V
    from corpus.formats import fmt_date, fmt_range

    r = d.rng
    event = d.provider()
    before, after = d.pick([(0, 2), (1, 1), (2, 0), (1, 2)])
    first = d.completed - timedelta(days=before)
    style = d.pick(["us_numeric", "short_month", "us_short"])
    show = fmt_range(first, d.completed + timedelta(days=after), r)
    booth_title = d.set_title(
        d.pick(["IICRC Booth Registration", "IICRC Booth Registration", "IICRC Booth Sign-In"]),
        ["IICRC Booth Registration"],
    )
    booth_date = d.date(style)
    credit = d.hours_number()
    zero = "0.0" if "." in credit else "0"
    show_days = [first + timedelta(days=i) for i in range(before + after + 1)]

    def day() -> str:
        return fmt_date(d.pick(show_days), style)

    rows = [
        (
            d.pick(["Exhibit Hall Admission", "Expo Floor Access"]),
            "Exhibit hall",
            fmt_date(first, style),
            '<span class="st ok">Attended</span>',
            zero,
        ),
        (booth_title, "Booth", booth_date, '<span class="st ok">Recorded</span>', credit),
    ]
    sessions = r.sample(V.SESSIONS, d.pick([1, 2]))
    for s in sessions:
        rows.append((s, "Session", day(), '<span class="st no">Registered – no scan</span>', zero))
    if d.chance(0.6):
        rows.append(
            (
                d.pick(["Opening Keynote", "Industry Awards Breakfast", "General Session"]),
                "General",
                day(),
                '<span class="st no">Not eligible for CE</span>',
                "–",
            )
        )
    head, rest = rows[:1], rows[1:]
    r.shuffle(rest)
    rows_html = "\n".join(
        f"<tr><td>{html.escape(a)}</td><td>{t}</td><td>{dt}</td><td>{st}</td>"
        f'<td class="r">{html.escape(c)}</td></tr>'
        for a, t, dt, st, c in head + rest
    )
    web = d.web()
    return {
        "event_logo": event,
        "heading": d.pick(["Professional Development Record", "My Continuing Education Record"]),
        "h_weight": d.pick(["normal", "bold"]),
        "sub_html": d.pick(
            [
                "<b>Official record.</b> This record cannot be altered; it lists the activities "
                "recorded for you at the show and may be printed as proof of credit.",
                "<b>Official record</b> &middot; printable proof of the credit recorded for you at the show.",
            ]
        ),
        "name_label": d.pick(["Attendee", "Name"]),
        "name": d.name(d.pick(["plain", "plain", "last_first"])),
        "reg_id": f"{r.randrange(100000, 999999)}",
        "company": d.pick(COMPANIES),
        "cert_label": d.pick(["IICRC registrant #", "IICRC cert. no."]),
        "cert": f"{r.randrange(10000, 999999)}",
        "badge": d.pick(["Full Conference", "Expo Only", "Expo + Education"]),
        "show_range": show,
        "table_head": d.pick(["Activities", "Recorded activities"]),
        "credit_head": d.pick(["CECs", "Credit"]),
        "rows_html": rows_html,
        "total_label": d.pick(["Total continuing education credit", "Total CECs recorded"]),
        "total": credit,
        "note": d.pick(
            [
                "Credit recorded at the IICRC booth is reported by the show to the IICRC after the "
                "event. Session credit requires a badge scan at entry and exit; sessions without a "
                "scan are not credited.",
                "Questions about this record? Contact the show's education desk within 60 days of "
                "the event. Records are kept for four years.",
            ]
        ),
        "url": f"https://{web[4:]}/attendee/ce-record",
        "printed": d.other_date("print", "us_short")
        + d.pick([", 8:41 PM", ", 10:07 AM", ", 2:15 PM"]),
    }
