"""Not a certificate: an apprentice's weekly on-the-job learning log from a
restoration company's apprenticeship program, portrait, filled in by hand.
The company's name and "Weekly OJL Record" head the page with the week's
ending day; a row of labelled lines holds the apprentice's name, number,
mentor and program year. The log is a ruled table with a row per work day
(day, date, job number, work process code, what was done, hours, mentor's
initials), then the week's total, the hours carried from earlier weeks and
the new running total, a line for related instruction this week (none, or a
class night not yet credited), a key of the work process codes, and the
apprentice's and mentor's signatures. Every figure is work time; nothing
on it is continuing education credit."""

SOURCE = (
    "NADOOIT/NADOO-Wiki:docs/01-organisation/02-zeit_und_ausbildungsnachweise/01-beispiele/"
    "README.md (weekly training record: apprentice's name, training year, week from and to, a row "
    "per weekday with activities and hours, apprentice's and trainer's signature with dates) and "
    "uaedpolicy/apprenticeship-hub:docs/aoa_app-specification.md (work processes of a registered "
    "apprenticeship program)"
)
KIND = "other"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "other",
    "table",
    "portrait",
    "handwriting",
    "labelled",
    "distractor-person",
    "distractor-date",
    "tiny-footer",
)

TEMPLATE = """<style>
.w { position:absolute; inset:44px 44px 36px; font: 11.5px ${face}; color:#1c1c1c }
.hd { display:flex; justify-content:space-between; align-items:flex-end; border-bottom:${rule}; padding-bottom:6px }
.hd b { display:block; font: bold 17px ${head}; color:${dark} } .hd span { font-size:10px; color:#555 }
.hd h1 { margin:0; font: bold 18px ${head}; text-align:right } .hd h1 small { display:block; font: 11px ${face}; color:#333 }
.hd h1 small .hw { font-size:18px; font-weight:normal }
.hw { font: ${hw_px}px ${hand}; color:${ink}; white-space:nowrap }
.who { display:flex; gap:16px; margin:16px 0 8px }
.who div { flex:1; border-bottom:1px solid #444; height:28px; position:relative } .who div.w2 { flex:1.7 }
.who small { position:absolute; left:0; bottom:-12px; font-size:8px; color:#555; text-transform:uppercase; letter-spacing:.4px }
.who .hw { position:absolute; left:3px; bottom:0 }
table { width:100%; border-collapse:collapse; margin-top:22px; font-size:11px }
th { background:${shade}; font-size:9px; text-transform:uppercase; letter-spacing:.4px; text-align:left; padding:4px 5px; border:1px solid #777 }
th.n, td.n { text-align:right }
td { border:1px solid #999; padding:2px 5px; height:${row_h}px; vertical-align:middle }
td.dy { font-weight:bold; width:48px }
tr.off td { background:#f3f3f3 }
tr.tot td { font-weight:bold; border-top:2px solid #333 }
.sum { display:flex; gap:12px; margin-top:10px }
.sum div { flex:1; border:1px solid #777; padding:4px 8px; min-height:44px }
.sum small { display:block; font-size:8px; color:#555; text-transform:uppercase; letter-spacing:.4px }
.rti { margin-top:10px; font-size:11px }
.rm { margin-top:12px; border:1px solid #777; min-height:110px; padding:4px 8px; background:repeating-linear-gradient(#fff 0 25px, #c9d3e0 25px 26px) }
.rm small { display:block; font-size:8px; color:#555; text-transform:uppercase; letter-spacing:.4px; background:#fff }
.rm .hw { line-height:26px; white-space:normal }
.key { margin-top:12px; font-size:9px; color:#444; line-height:13px; columns:2; column-gap:18px }
.sig { display:flex; gap:24px; margin-top:64px }
.sig div { flex:1; border-top:1px solid #333; font-size:9px; color:#444; padding-top:2px; position:relative }
.sig .hw { position:absolute; left:4px; top:-28px }
.ft { position:absolute; left:0; right:0; bottom:0; font-size:7.5px; color:#777; display:flex; justify-content:space-between }
</style>
<div class="w">
 <div class="hd"><div><b>${company}</b><span>${program}</span></div><h1>${doc_title}<small>Week ending <span class="hw">${week_end}</span></small></h1></div>
 <div class="who">
  <div class="w2"><span class="hw">${apprentice}</span><small>Apprentice</small></div>
  <div><span class="hw">${app_no}</span><small>Apprentice no.</small></div>
  <div class="w2"><span class="hw">${mentor}</span><small>Mentor</small></div>
  <div><span class="hw">${year}</span><small>Program year</small></div>
 </div>
 <table>
  <tr><th>Day</th><th>Date</th><th>Job no.</th><th>WP</th><th>Work performed</th><th class="n">Hours</th><th>Mentor</th></tr>
  ${rows_html}
 </table>
 <div class="sum">
  <div><small>Hours this week</small><span class="hw">${week_total}</span></div>
  <div><small>Carried forward</small><span class="hw">${carried}</span></div>
  <div><small>Total OJL to date</small><span class="hw">${to_date}</span></div>
  <div><small>Schedule requires</small>${required}</div>
 </div>
 <div class="rti">${rti_label}: <span class="hw">${rti}</span></div>
 <div class="rm"><small>${rm_label}</small><span class="hw">${remarks}</span></div>
 <div class="key">${key_html}</div>
 <div class="sig"><div><span class="hw">${sig_app}</span>Apprentice signature / date</div><div><span class="hw">${sig_mentor}</span>Mentor signature / date</div></div>
 <div class="ft"><span>${form}</span><span>${footer}</span></div>
</div>
"""

CODES = [
    (
        "WP-1",
        "Water extraction and set-up",
        [
            "Extracted carpet & pad, set 3 air movers",
            "Pulled pad, set dehu",
            "Truck-mount extraction, 2 rooms",
        ],
    ),
    (
        "WP-2",
        "Moisture monitoring",
        [
            "Moisture readings, updated drying log",
            "Monitoring visit, adjusted equipment",
            "Thermal scan & map",
        ],
    ),
    (
        "WP-3",
        "Demolition and debris",
        [
            "Flood cut 2 ft, removed base",
            "Tear-out kitchen cabinets",
            "Hauled debris, cleaned site",
        ],
    ),
    (
        "WP-4",
        "Containment / mold",
        ["Built containment, set HEPA", "HEPA vac & wipe, bagged debris", "Poly & zipper door"],
    ),
    (
        "WP-5",
        "Fire and smoke cleaning",
        ["Dry sponged ceilings", "Wiped contents, ran hydroxyl", "Soot cleanup, kitchen"],
    ),
    ("WP-6", "Contents", ["Pack-out, inventory photos", "Boxed contents, loaded truck"]),
    ("WP-7", "Equipment and shop", ["Cleaned & tested dehus", "Truck inventory, restock"]),
]


def fill(d):
    import html
    from datetime import timedelta

    from corpus import values as V
    from corpus.formats import WEEKDAYS, fmt_date

    e = html.escape
    r = d.rng
    end = d.completed + timedelta(days=(5 - d.completed.weekday()) % 7)  # a Saturday
    dstyle = d.pick(["us_short", "us_numeric"])
    mentor = d.person()
    apprentice = d.person()
    m_ini = "".join(p[0] for p in mentor.split()[:: len(mentor.split()) - 1])
    used = r.sample(CODES, d.pick([3, 4, 5]))
    jobs = [f"{end.year % 100}-{r.randrange(1000, 9999)}" for _ in range(3)]
    rows, total = [], 0.0
    for i in range(6):
        day = end - timedelta(days=5 - i)
        name = WEEKDAYS[day.weekday()][:3]
        if i == 5 and d.chance(0.7):
            rows.append(
                f"<tr class='off'><td class='dy'>{name}</td><td class='hw'>{e(fmt_date(day, dstyle))}</td><td colspan='5'></td></tr>"
            )
            continue
        code, _, tasks = r.choice(used)
        hrs = d.pick([6, 7, 7.5, 8, 8, 8.5, 9, 10])
        total += hrs
        rows.append(
            f"<tr><td class='dy'>{name}</td><td class='hw'>{e(fmt_date(day, dstyle))}</td><td class='hw'>{r.choice(jobs)}</td>"
            f"<td class='hw'>{code}</td><td class='hw'>{e(r.choice(tasks))}</td><td class='n hw'>{hrs:g}</td><td class='hw'>{m_ini}</td></tr>"
        )
    rows.append(
        f"<tr class='tot'><td colspan='5'>Total this week</td><td class='n hw'>{total:g}</td><td></td></tr>"
    )
    carried = r.randrange(200, 5200, 2) + 0.5 * r.randint(0, 1)
    rti_choice = d.pick(["none", "none", "class"])
    if rti_choice == "class":
        course = d.pick([t for t, _ in V.IICRC_COURSES])
        rti = f"class night - {course} (not finished yet)"
    else:
        rti = d.pick(["none", "None this week", "—"])
    key = "".join(f"<div><b>{c}</b> {e(label)}</div>" for c, label, _ in CODES)
    return {
        "face": d.fonts[d.pick(["sans", "sans", "cond", "serif"])],
        "head": d.fonts[d.pick(["sans", "serif", "display"])],
        "rule": d.pick(["2px solid #222", "3px double #444"]),
        "shade": d.pick(["#e8e8e8", "#ece6d6", d.colors["light"]]),
        "ink": d.pick(["#1b2f6b", "#222", "#0b3d91", "#2b2b7a"]),
        "hw_px": d.pick(["15", "16", "17"]),
        "row_h": d.pick([34, 37, 40]),
        "rm_label": d.pick(["Safety observations / remarks", "Mentor remarks", "Notes"]),
        "remarks": d.pick(
            [
                "Wore respirator on mold job, good. Needs to label dehus before leaving site.",
                "Solid week. Ask about meter calibration next week.",
                "Late Tuesday (truck). Otherwise good work on the flood cut.",
                "",
            ]
        ),
        "company": d.pick(
            [
                "Tri-State Restoration Contractors, Inc.",
                "Pioneer Disaster Recovery LLC",
                "Bayside Water & Fire Restoration",
                "Redwood Mitigation Services",
            ]
        ),
        "program": d.pick(
            [
                "Registered Apprenticeship Program",
                "Restoration Technician Apprenticeship",
                "Apprenticeship & Training",
            ]
        ),
        "doc_title": d.pick(
            ["Weekly OJL Record", "Weekly On-the-Job Log", "Apprentice Weekly Log"]
        ),
        "week_end": fmt_date(end, dstyle),
        "apprentice": apprentice,
        "app_no": f"{r.randrange(1000, 9999)}",
        "mentor": mentor,
        "year": d.pick(["1st", "2nd", "3rd", "1", "2"]),
        "rows_html": "".join(rows),
        "week_total": f"{total:g}",
        "carried": f"{carried:,g}",
        "to_date": f"{carried + total:,g}",
        "required": d.pick(["4,000 hrs", "6,000 hrs", "2,000 hrs / year"]),
        "rti_label": d.pick(["Related instruction this week", "Classroom / RTI hours this week"]),
        "rti": rti,
        "key_html": key,
        "sig_app": apprentice if d.chance(0.8) else "",
        "sig_mentor": mentor if d.chance(0.7) else "",
        "form": f"OJL-{r.randint(1, 5)} · turn in every Monday",
        "footer": d.pick(
            ["Apprentice file", "Work hours only — not a training certificate", "Page 1"]
        ),
    }
