"""Not a record of credit: a school's quarterly class calendar, a landscape
catalogue page. A title bar with the school and the quarter, then a dense
grid: one row per course (code, title, length in days and CE hours) and one
column per city, each cell holding the dates the class runs there and the
tuition, or a dash. A legend explains the hour figures (the credit each
class is approved for) and the registration deadline. Every hour figure is
an offer in a catalogue; nobody's credit is recorded."""

SOURCE = (
    "ejosytech/ejosytech:Documentation/site-content/site-content/templates/calender.php (training "
    "calendar: course title and code rows, one column per city, each cell with dates, duration and "
    "fee badges)"
)
KIND = "other"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "other",
    "table",
    "landscape",
    "dark-band",
    "provider-in-logo",
    "tiny-footer",
)

TEMPLATE = """<style>
.bar { position:absolute; left:0; right:0; top:0; height:70px; background:${dark}; color:#fff; display:flex; align-items:center; justify-content:space-between; padding:0 36px }
.bar .o { font: bold 20px ${head}; line-height:22px }
.bar .o span { display:block; font: 11px ${body}; opacity:.85; letter-spacing:1px }
.bar .q { text-align:right; font: ${q_weight} 22px ${head}; letter-spacing:${q_ls} }
.bar .q span { display:block; font: 11px ${body}; letter-spacing:.5px; opacity:.9 }
.w { position:absolute; top:92px; left:32px; right:32px; font: 12px ${body}; color:#1d1d1d }
table { width:100%; border-collapse:collapse; table-layout:fixed }
th { background:${th_bg}; font: bold 10px ${body}; letter-spacing:.6px; text-transform:uppercase; padding:6px 5px; text-align:left; border:1px solid #bbb }
td { border:1px solid #ccc; padding:6px 6px; vertical-align:top; line-height:14px }
td.c { font: bold 10.5px ${mono}; color:${dark} }
td.t b { display:block; font-size:12.5px; line-height:15px }
td.t span { font-size:10px; color:#555 }
td.h { text-align:center; font-weight:bold; font-size:12px }
td.s .d { display:block; font-weight:600; white-space:nowrap }
td.s .f { display:block; color:#555; font-size:11px }
td.s .x { color:#999 }
td.s .full { color:#b00020; font-size:9.5px; font-weight:bold; letter-spacing:.5px }
tr:nth-child(even) td { background:${zebra} }
.lg { margin-top:12px; display:flex; gap:26px; font-size:11.5px; color:#333; line-height:15px }
.lg div { flex:1 }
.ft { position:absolute; left:32px; right:32px; bottom:10px; font-size:8.5px; color:#777; display:flex; justify-content:space-between }
</style>
<div class="bar"><div class="o">${org}<span>${tagline}</span></div><div class="q">${quarter}<span>${q_sub}</span></div></div>
<div class="w">
 <table>
  <col style="width:62px"><col style="width:${title_w}px"><col style="width:56px"><col style="width:54px">${cols_html}
  <tr><th>Code</th><th>Course</th><th>Days</th><th>${hrs_head}</th>${city_heads_html}</tr>
  ${rows_html}
 </table>
 <div class="lg"><div>${legend1}</div><div>${legend2}</div></div>
</div>
<div class="ft"><span>${foot}</span><span>${page}</span></div>
"""

FEES = {1: [89, 129, 149, 199], 2: [395, 450, 495], 3: [595, 650, 695], 4: [795, 850, 895]}
NON_IICRC = [
    ("Moisture Mapping with Thermal Imaging", "TI"),
    ("Psychrometry for Restorers", "PSY"),
    ("Xactimate Estimating Fundamentals", "XE"),
    ("Containment and Negative Air Setup", "CNA"),
    ("Large Loss Project Management", "LLPM"),
    ("Lead-Safe Work Practices Refresher", "RRP-R"),
]


def fill(d):
    from datetime import date, timedelta
    from html import escape

    from corpus import values as V
    from corpus.formats import fmt_number

    r = d.rng
    n = lambda v: fmt_number(v, r, False)  # noqa: E731
    year = d.completed.year
    q = (d.completed.month - 1) // 3
    months = [date(year, 3 * q + m + 1, 1) for m in range(3)]
    cities = r.sample(V.CITY_NAMES, d.pick([3, 4, 4]))
    iicrc = r.sample(V.IICRC_COURSES, d.pick([6, 7, 8]))
    seen = set()
    courses = []
    for title, code in iicrc:
        if code in seen:
            continue
        seen.add(code)
        days = d.pick([2, 3, 3]) if code not in ("ASD", "AMRT", "CDS") else d.pick([3, 4])
        hours = {2: 14, 3: d.pick([19, 21]), 4: d.pick([28, 21])}[days]
        courses.append((code, title, days, hours))
    for title, code in r.sample(NON_IICRC, d.pick([2, 3, 4])):
        courses.append((code, title, 1, d.pick([3, 3.5, 4, 7, 7.5])))
    rows = []
    for code, title, days, hours in courses:
        cells = []
        for _ in cities:
            if d.chance(0.3):
                cells.append('<td class="s"><span class="x">—</span></td>')
                continue
            m = d.pick(months)
            start = m + timedelta(days=r.randrange(0, 24))
            end = start + timedelta(days=days - 1)
            span = (
                f"{start.strftime('%b')} {start.day}"
                if days == 1
                else f"{start.strftime('%b')} {start.day}–{end.day}"
                if end.month == start.month
                else f"{start.strftime('%b')} {start.day}–{end.strftime('%b')} {end.day}"
            )
            fee = d.pick(FEES[days])
            full = (
                '<span class="full">FULL · WAITLIST</span>'
                if d.chance(0.12)
                else f'<span class="f">${fee}</span>'
            )
            cells.append(f'<td class="s"><span class="d">{span}</span>{full}</td>')
        sub = (
            d.pick(["IICRC approved", "Approved for CEC", ""])
            if code in seen
            else d.pick(["CE elective", "Approved for CEC"])
        )
        rows.append(
            f'<tr><td class="c">{escape(code)}</td><td class="t"><b>{escape(title)}</b>'
            f'<span>{sub}</span></td><td class="h">{days}</td><td class="h">{n(hours)}</td>'
            + "".join(cells)
            + "</tr>"
        )
    title_w = {3: 250, 4: 220}[len(cities)]
    return {
        "head": d.fonts[d.pick(["display", "sans", "serif"])],
        "body": d.fonts[d.pick(["sans", "cond", "sans"])],
        "q_weight": d.pick(["bold", "300"]),
        "q_ls": d.pick(["0", "2px"]),
        "th_bg": d.pick(["#e8e8e8", d.colors["light"], "#f3f3f3"]),
        "zebra": d.pick(["#ffffff", "#fafafa", d.colors["light"]]),
        "org": d.provider(),
        "tagline": d.pick(["CLASS CALENDAR", "OPEN ENROLLMENT SCHEDULE", "PUBLIC CLASSES"]),
        "quarter": f"Q{q + 1} {year}",
        "q_sub": f"{months[0].strftime('%B')} – {months[2].strftime('%B')} {year}",
        "title_w": str(title_w),
        "cols_html": "".join("<col>" for _ in cities),
        "hrs_head": d.pick(["CEC", "Hours", "CE Hrs"]),
        "city_heads_html": "".join(f"<th>{escape(c)}</th>" for c in cities),
        "rows_html": "".join(rows),
        "legend1": d.pick(
            [
                "Hours column: continuing education credit each class is approved for, awarded "
                "on completion. Days are class days, 8:00 AM to 5:00 PM.",
                "CE hours are awarded only to students who attend every day and pass the exam. "
                "IICRC exam fees are not included in tuition.",
            ]
        ),
        "legend2": d.pick(
            [
                "Register at least 14 days before the first class day. Group rates for 4 or more "
                f"technicians from one company. Call {d.phone()}.",
                f"Registration closes 10 days before class. Schedule subject to change; see {d.web()} "
                "for current dates.",
            ]
        ),
        "foot": f"Printed {d.other_date('registered', 'us_numeric')}",
        "page": d.pick(["Page 1", "p. 2 of 4", "Class calendar · page 1"]),
    }
