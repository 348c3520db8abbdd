"""A technician's trip report to the office after a trade show, portrait,
typed as an internal memo. "Trip Report" large at the top left with the
company's name at the right; To, From, Date and Re lines; a short trip block
(show, venue, show dates, travel out and back); a table of the education
sessions sat, each with its date, start time, speaker, length and whether a
CE certificate came with it (only one did, with its hours); a time summary
(travel, show floor, sessions, time charged to training); an expense table;
a few takeaways; the technician's typed name and a manager's approval line.
Only the one certificate's hours are credit to the holder."""

SOURCE = (
    "LADONNEE/uw_treq_treq:resources/views/trips/_help.blade.php (trip summary: traveler, "
    "business purpose naming the conference and its dates) and "
    "kamathhrishi/Agentic_OS:corporate_documents/Financial/Expense_Report_Template.md (employee "
    "block, dated expense rows, approval lines); wording of technicians' post-show trip memos"
)
KIND = "session"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "table",
    "labelled",
    "portrait",
    "letter",
    "distractor-person",
    "distractor-date",
    "date-range",
    "time-attended",
)

TEMPLATE = """<style>
.w { position:absolute; inset:50px 60px 36px; font: 13.5px ${body}; color:#1a1a1a }
.top { display:flex; justify-content:space-between; align-items:flex-end; border-bottom:${rule}; padding-bottom:6px }
.top h1 { margin:0; font: bold 30px ${head}; letter-spacing:${track}px; color:${dark} }
.top div { text-align:right; font-size:11px; color:#444; line-height:15px } .top div b { font-size:13px; color:#111 }
.memo { display:grid; grid-template-columns:62px 1fr; row-gap:4px; margin:12px 0 6px; font-size:13px }
.memo span { font-weight:bold; color:#333 }
h2 { font: bold 13px ${body}; margin:22px 0 6px; text-transform:uppercase; letter-spacing:.8px; color:${dark} }
.trip { display:grid; grid-template-columns:92px 1.35fr 72px 1fr; row-gap:4px; font-size:12.5px }
.trip span { color:#555 }
table { width:100%; border-collapse:collapse; font-size:12.5px }
td.ce { white-space:nowrap }
.sum { margin-top:12px; line-height:20px }
th { text-align:left; font-size:10px; text-transform:uppercase; letter-spacing:.4px; border-bottom:1.5px solid #444; padding:4px 5px; color:#333 }
td { padding:6px 5px; border-bottom:1px solid #ddd; vertical-align:top }
td.n, th.n { text-align:right; white-space:nowrap } td.nw { white-space:nowrap }
tr.ce td { background:${hi} }
.two { display:flex; gap:24px } .two > div { flex:1 }
.two table td { padding:3px 5px }
ul { margin:4px 0 0 18px; padding:0; line-height:21px }
.sig { display:flex; gap:40px; margin-top:56px }
.sig div { flex:1; border-top:1px solid #333; font-size:10.5px; color:#555; padding-top:3px }
.sig b { display:block; font: 15px ${body}; color:#111; margin-top:-22px; height:22px }
.ft { position:absolute; left:0; right:0; bottom:0; font-size:8.5px; color:#777; display:flex; justify-content:space-between }
</style>
<div class="w">
 <div class="top"><h1>${heading}</h1><div><b>${company}</b><br>${company_line}</div></div>
 <div class="memo">
  <span>To:</span><div>${to}</div>
  <span>From:</span><div>${name}</div>
  <span>Date:</span><div>${memo_date}</div>
  <span>Re:</span><div>${re}</div>
 </div>
 <div class="sum">${summary}</div>
 <h2>${trip_head}</h2>
 <div class="trip">
  <span>Show</span><div>${event}</div><span>Venue</span><div>${venue}</div>
  <span>Show dates</span><div>${show_dates}</div><span>Travel</span><div>${travel}</div>
 </div>
 <h2>${sess_head}</h2>
 <table>
  <tr><th>Date</th><th>Start</th><th>Session</th><th>Speaker</th><th class="n">${len_h}</th><th>${ce_h}</th></tr>
  ${rows_html}
 </table>
 <div class="two">
  <div><h2>${time_head}</h2><table>${time_html}</table></div>
  <div><h2>Expenses</h2><table>${exp_html}</table></div>
 </div>
 <h2>${take_head}</h2>
 <ul>${take_html}</ul>
 <div class="sig"><div><b>${name_plain}</b>Submitted by</div><div><b></b>${approve_label}</div></div>
 <div class="ft"><span>${foot}</span><span>${file_ref}</span></div>
</div>
"""

COMPANIES = [
    ("Redwood Restoration & Cleaning", "Field Operations"),
    ("Clear Creek Water Damage Co.", "Service Department"),
    ("Apex Property Restoration", "Mitigation Division"),
    ("Bluewater Carpet & Flood", "Operations"),
    ("Stonegate Disaster Services", "Technician Training"),
]
TAKEAWAYS = [
    "Try heat drying on the next hardwood loss before pulling boards.",
    "Saw two new LGR units on the floor; quotes requested.",
    "Our moisture logs need the reference readings the speakers showed.",
    "Ask carriers for the updated photo checklist before the next large loss.",
    "Containment kits from two vendors look faster to set than ours.",
    "Several sessions had no CE approval; check the app before sitting them next year.",
]


def fill(d):
    from datetime import timedelta

    from corpus import formats as F
    from corpus import values as V

    r = d.rng
    credit = float(d.credit)
    style = d.pick(["us_numeric", "us_short", "short_month", "dd_mon_yyyy"])
    before, after = d.pick([(1, 1), (0, 2), (2, 0), (1, 2)])
    show_first = d.completed - timedelta(days=before)
    show_last = d.completed + timedelta(days=after)
    show_days = [show_first + timedelta(days=i) for i in range(before + after + 1)]
    slots = ["8:00 AM", "9:15 AM", "10:30 AM", "11:45 AM", "1:30 PM", "2:45 PM", "4:00 PM"]

    others = r.sample([s for s in V.SESSIONS if s != d.course], d.pick([2, 3, 3, 4]))
    used = set()
    entries = []
    for s in others:
        day = r.choice(show_days)
        slot = r.choice(slots)
        while (day, slot) in used:
            slot = r.choice(slots)
        used.add((day, slot))
        mins = d.pick([30, 45, 60, 60, 75, 90])
        if mins == credit * 60:
            mins += 15
        entries.append((day, slot, s, mins, False))
    slot = r.choice([x for x in slots if (d.completed, x) not in used])
    entries.append((d.completed, slot, None, int(credit * 60), True))
    entries.sort(key=lambda e: (e[0], slots.index(e[1])))

    title = d.title("plain")
    event = d.provider()
    date = d.date(style)
    unit_min = d.chance(0.6)
    no_ce = d.pick(["no CE", "—", "not approved", "no certificate"])
    hours_txt = d.hours(d.pick(["cec_hours", "cecs", "hours_title", "iicrc_cec", "hrs"]))
    rows, sess_total = [], 0
    for day, slot, s, mins, ok in entries:
        sess_total += mins
        length = f"{mins} min" if unit_min else f"{mins / 60:g} h"
        if ok:
            rows.append(
                f"<tr class='ce'><td class='nw'>{date}</td><td class='nw'>{slot}</td><td><b>{title}</b></td>"
                f"<td>{d.person()}</td><td class='n'>{length}</td><td class='ce'>{hours_txt}</td></tr>"
            )
        else:
            rows.append(
                f"<tr><td class='nw'>{F.fmt_date(day, style)}</td><td class='nw'>{slot}</td><td>{s}</td>"
                f"<td>{d.person()}</td><td class='n'>{length}</td><td class='ce'>{no_ce}</td></tr>"
            )
    travel_each = d.pick([3.5, 4, 5, 5.5, 6.5, 8])
    if travel_each == credit:
        travel_each += 0.5
    floor = d.pick([5, 6.5, 7, 8, 9.5, 11])
    charged = d.pick([16, 20, 24, 30])
    time_html = (
        f"<tr><td>Travel (both ways)</td><td class='n'>{travel_each * 2:g} hrs</td></tr>"
        f"<tr><td>{d.pick(['Expo floor', 'Show floor / booths'])}</td><td class='n'>{floor:g} hrs</td></tr>"
        f"<tr><td>Education sessions</td><td class='n'>{sess_total / 60:g} hrs</td></tr>"
        f"<tr><td><b>{d.pick(['Charged to training code', 'Paid as training (TRN)'])}</b></td>"
        f"<td class='n'><b>{charged} hrs</b></td></tr>"
    )
    nights = len(show_days)
    rate = d.pick([139, 159, 189, 219])
    reg = d.pick([199, 249, 325, 395])
    miles = r.randrange(120, 640)
    exp = [
        ("Registration", reg),
        (f"Hotel, {nights} nights", rate * nights),
        (f"Mileage, {miles} mi", round(miles * 0.655, 2)),
        ("Meals (per diem)", 59 * nights),
    ]
    exp_html = "".join(f"<tr><td>{a}</td><td class='n'>${b:,.2f}</td></tr>" for a, b in exp)
    exp_html += (
        f"<tr><td><b>Total</b></td><td class='n'><b>${sum(b for _, b in exp):,.2f}</b></td></tr>"
    )
    company, line = d.pick(COMPANIES)
    depart = show_first - timedelta(days=d.pick([0, 1]))
    name = d.name(d.pick(["plain", "plain", "upper"]))
    return {
        "body": d.fonts[d.pick(["sans", "serif", "mono"])],
        "head": d.fonts[d.pick(["display", "sans", "cond"])],
        "track": d.pick(["0", "1", "3"]),
        "rule": d.pick(["3px solid #222", f"2px solid {d.colors['dark']}", "1px solid #999"]),
        "hi": d.pick(["#fff5cc", "#e9f3e9", "#eef2f8"]),
        "heading": d.pick(["Trip Report", "Travel & Training Report", "Show Trip Report"]),
        "company": company,
        "company_line": line,
        "to": f"{d.person()}, {d.pick(['Operations Manager', 'Owner', 'General Manager', 'Training Coordinator'])}",
        "name": name,
        "name_plain": d.plain_name,
        "memo_date": F.fmt_date(show_last + timedelta(days=r.randint(2, 12)), style),
        "re": d.pick(
            [
                f"{d.org_alt} \u2013 trip summary and expenses",
                "Trade show trip, sessions and receipts",
                "Report on show attendance",
            ]
        ),
        "summary": d.pick(
            [
                f"I attended {d.org_alt} with the crew's approval. {len(entries)} education sessions; "
                f"one of them was approved for continuing education and I have the certificate "
                f"({hours_txt}). The others carried no credit.",
                f"Summary: {len(show_days)} days at the show, {len(entries)} sessions sat. Only the "
                f"session marked below came with a CE certificate ({hours_txt}).",
                f"Below are the sessions I attended at {d.org_alt}, the hours for payroll and my "
                f"receipts. The CE certificate from the highlighted session is attached.",
            ]
        ),
        "trip_head": d.pick(["Trip", "The trip", "Where and when"]),
        "event": event,
        "venue": d.venue(),
        "show_dates": F.fmt_range(show_first, show_last, r),
        "travel": f"Left {F.fmt_date(depart, style)}, back {F.fmt_date(show_last + timedelta(days=d.pick([0, 1])), style)} \u00b7 {travel_each:g} hrs each way",
        "sess_head": d.pick(["Sessions attended", "Education sessions", "Classes I sat in on"]),
        "len_h": d.pick(["Length", "Time"]),
        "ce_h": d.pick(["CE", "CE credit", "Certificate"]),
        "rows_html": "".join(rows),
        "time_head": d.pick(["Time", "Hours summary"]),
        "time_html": time_html,
        "exp_html": exp_html,
        "take_head": d.pick(["Takeaways", "What we can use", "Notes"]),
        "take_html": "".join(f"<li>{t}</li>" for t in r.sample(TAKEAWAYS, d.pick([2, 3]))),
        "approve_label": d.pick(["Approved (manager)", "Reviewed by", "Manager approval / date"]),
        "foot": d.pick(
            [
                "Receipts attached.",
                "CE certificate copy attached for the training file.",
                "Internal",
            ]
        ),
        "file_ref": f"{d.pick(['TR', 'EXP', 'TRV'])}-{r.randrange(100, 999)}",
    }
