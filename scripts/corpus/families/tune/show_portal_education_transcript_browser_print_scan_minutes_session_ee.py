"""A page printed from a trade show's attendee portal with the browser's own
header and footer (print date and time and the page title at the top, the
address and "1/1" at the foot). Under the portal's coloured top bar with
the show's name and a row of menu links, a page title, a grey panel of the
attendee's details as two columns of label and value (badge number,
registration type, the days of the show), a short note on how credit is
earned (a share of the session's length scanned in), then a striped table:
one row per session scanned, with day, session, entry and exit scans,
minutes present out of minutes scheduled, and status. Only one row is
credited and shows its CEC figure; the others are marked short or not
approved. A summary line and the portal's small copyright line close it."""

SOURCE = (
    "indico/indico:indico/MaKaC/webinterface/tpls/ConferenceParticipantsStatistics.tpl "
    "(conference attendance page: group title, label cells beside bold values); "
    "browser print header and footer as Chromium prints a web page"
)
KIND = "session"
PAPER = ["a4-portrait", "letter-portrait"]
CATEGORIES = (
    "portrait",
    "web-printout",
    "table",
    "record",
    "labelled",
    "time-attended",
    "date-range",
    "distractor-date",
    "tiny-footer",
)

TEMPLATE = """<style>
.bh { position:absolute; left:28px; right:28px; top:12px; display:flex; justify-content:space-between; font: 9.5px ${sans}; color:#333 }
.bf { position:absolute; left:28px; right:28px; bottom:12px; display:flex; justify-content:space-between; font: 9.5px ${sans}; color:#333 }
.wrap { position:absolute; left:44px; right:44px; top:36px; font-family:${sans}; color:#1c1c1c }
.top { background:${bar}; color:#fff; padding:11px 16px; display:flex; justify-content:space-between; align-items:center }
.top b { font-size:16px; letter-spacing:.3px }
.top span { font-size:10.5px; opacity:.9 }
.menu { display:flex; gap:18px; font-size:11px; padding:7px 16px; border-bottom:1px solid #ccc; color:${bar} }
.menu .on { font-weight:bold; border-bottom:2px solid ${bar} }
h1 { font: 22px ${sans}; margin:18px 0 10px; font-weight:600 }
.panel { background:#f3f4f6; border:1px solid #dadde2; padding:10px 14px; display:grid; grid-template-columns: 130px 1fr 110px 1fr; gap:6px 10px; font-size:12px }
.panel .k { color:#666 }
.panel .v { font-weight:600 }
.note { font-size:11px; color:#444; margin:12px 0 8px; line-height:15px; border-left:3px solid ${bar}; padding-left:8px }
table { width:100%; border-collapse:collapse; font-size:11.5px }
th { text-align:left; font-size:10.5px; color:#555; border-bottom:2px solid #999; padding:5px 6px; font-weight:600 }
td { padding:6px 6px; border-bottom:1px solid #ddd; vertical-align:top }
tr:nth-child(even) td { background:#fafafa }
td.n { text-align:right; white-space:nowrap } th.n { text-align:right }
.st { font-size:10px; padding:1px 6px; border-radius:8px; white-space:nowrap; background:#eee; color:#555 }
.st.ok { background:#d8f0df; color:#17602f; font-weight:bold }
.sum { margin-top:10px; font-size:12px; text-align:right }
.cp { margin-top:26px; font-size:9.5px; color:#888; text-align:center }
</style>
<div class="bh"><span>${printed}</span><span>${page_title}</span></div>
<div class="wrap">
 <div class="top"><b>${event}</b><span>${portal}</span></div>
 <div class="menu"><span>Home</span><span>My Registration</span><span class="on">${tab}</span><span>Receipts</span><span>Log out</span></div>
 <h1>${h1}</h1>
 <div class="panel">
  <div class="k">${name_label}</div><div class="v">${name}</div>
  <div class="k">Badge ID</div><div class="v">${badge}</div>
  <div class="k">Registration</div><div class="v">${reg_type}</div>
  <div class="k">${days_label}</div><div class="v">${span}</div>
 </div>
 <div class="note">${note}</div>
 <table>
  <tr><th>${day_head}</th><th>${sess_head}</th><th>In</th><th>Out</th><th class="n">${min_head}</th><th>Status</th><th class="n">${cec_head}</th></tr>
  ${rows_html}
 </table>
 <div class="sum">${sum_label} <b>${total}</b></div>
 <div class="cp">${copyright}</div>
</div>
<div class="bf"><span>${url}</span><span>1/1</span></div>
"""


def fill(d):
    import html
    from datetime import timedelta

    from corpus import values as V
    from corpus.formats import fmt_date, fmt_range

    e = html.escape
    r = d.rng
    before, after = d.pick([(1, 1), (2, 0), (0, 2), (1, 0), (0, 1)])
    start = d.completed - timedelta(days=before)
    end = d.completed + timedelta(days=after)
    style = d.pick(["us_numeric", "short_month", "iso", "us_short"])

    def clock(m):
        return f"{(m // 60) % 12 or 12}:{m % 60:02d} {'AM' if m < 720 else 'PM'}"

    sched = round(max(d.credit, 0.5) * 60)
    begin = d.pick([8, 9, 10, 13, 14]) * 60 + d.pick([0, 30])
    t_in = begin - d.pick([0, 2, 4, 6])
    t_out = begin + sched + d.pick([0, 1, 2])
    present = min(t_out, begin + sched) - max(t_in, begin)
    rows = [
        (
            0,
            begin,
            f"<tr><td>{e(d.date(style))}</td><td>{e(d.title('plain'))}</td><td>{clock(t_in)}</td>"
            f'<td>{clock(t_out)}</td><td class="n">{present} / {sched}</td>'
            f'<td><span class="st ok">{d.pick(["Credited", "Approved", "Earned"])}</span></td>'
            f'<td class="n"><b>{e(d.hours_number())}</b></td></tr>',
        )
    ]
    for t in r.sample([s for s in V.SESSIONS if s != d.course], d.pick([1, 2, 3, 3])):
        shift = r.randint(-before, after)
        b2 = d.pick([8, 9, 10, 11, 13, 14, 15]) * 60 + d.pick([0, 30])
        s2 = d.pick([60, 75, 90])
        short = d.chance(0.6)
        i2 = b2 + (d.pick([20, 25, 35]) if short else d.pick([0, 3]))
        o2 = b2 + s2 - (d.pick([15, 30]) if short else 0)
        status = "Below 90%" if short else d.pick(["Not CE approved", "No exit scan"])
        out = clock(o2) if status != "No exit scan" else "—"
        pres = f"{o2 - i2} / {s2}" if out != "—" else f"— / {s2}"
        rows.append(
            (
                shift,
                b2,
                f"<tr><td>{e(fmt_date(d.completed + timedelta(days=shift), style))}</td>"
                f"<td>{e(t)}</td><td>{clock(i2)}</td><td>{out}</td>"
                f'<td class="n">{pres}</td><td><span class="st">{status}</span></td>'
                f'<td class="n">0</td></tr>',
            )
        )
    rows.sort(key=lambda x: (x[0], x[1]))
    event = d.provider()
    slug = "".join(ch for ch in (d.org_alt or d.org).lower() if ch.isalnum())[:16]
    hh = r.randrange(7, 23)
    printed_day = d.other_date("print", "us_short")
    return {
        "bar": d.pick([d.colors["dark"], "#0b5cab", "#7a1f3d", "#0f766e", "#3a3a8c"]),
        "printed": f"{printed_day}, {hh % 12 or 12}:{r.randrange(60):02d} {'AM' if hh < 12 else 'PM'}",
        "page_title": d.pick(["My Education | Attendee Portal", "CE Transcript – Attendee Center"]),
        "event": event,
        "portal": d.pick(["Attendee Center", "Registration Portal", "My Show Account"]),
        "tab": d.pick(["My Education", "CE Transcript", "Credits"]),
        "h1": d.pick(["Education Transcript", "Session Attendance & CE Credit", "My CE Summary"]),
        "name_label": d.pick(["Attendee", "Name"]),
        "name": d.name(d.pick(["plain", "plain", "last_first"])),
        "badge": f"{r.randrange(100000, 999999)}",
        "reg_type": d.pick(["Full Conference", "Conference + Expo", "Education Pass"]),
        "days_label": d.pick(["Show dates", "Event"]),
        "span": fmt_range(start, end, r),
        "note": d.pick(
            [
                "Credit is posted when your badge is scanned in and out of a CE-approved session "
                "and you are present for at least 90% of its scheduled length.",
                "Minutes present are counted from your entry and exit scans. Sessions below the "
                "required time are listed but not credited.",
            ]
        ),
        "day_head": d.pick(["Date", "Day"]),
        "sess_head": d.pick(["Session", "Session title"]),
        "min_head": d.pick(["Minutes", "Min. present"]),
        "cec_head": d.pick(["CEC", "CECs", "Credit"]),
        "rows_html": "".join(b for _, _, b in rows),
        "sum_label": d.pick(["Total CE credit posted:", "Credited sessions: 1 · Total:"]),
        "total": d.hours(d.pick(["cec_hours", "cecs", "hrs"])),
        "copyright": f"© {d.completed.year} {d.org_alt or d.org}. {d.pick(['All rights reserved.', 'Powered by ExpoReg.'])}",
        "url": f"https://{slug}.expo-reg.com/attendee/education?b={r.randrange(10**6, 10**7)}",
    }
