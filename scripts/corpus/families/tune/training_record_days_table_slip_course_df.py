"""A slip-sized training record the school hands out at the end of a
multi-day class: the school's name and address in a header, labelled
student and class lines with the class dates as a span, then a ruled table
of each day (date, topics, hours) with the total credited at the foot."""

SOURCE = (
    "wording: training-record slips handed out by restoration schools after multi-day IICRC "
    "classes (daily sign-in, topics covered, hours per day, total to be reported)"
)
KIND = "course"
PAPER = "slip"
CATEGORIES = ("record", "table", "date-range", "slip", "landscape", "labelled", "distractor-person")

TEMPLATE = """<style>
.w { position:absolute; inset:22px 26px; font: 12.5px ${sans}; color:#111 }
.hd { display:flex; justify-content:space-between; align-items:flex-end; border-bottom:2px solid ${dark}; padding-bottom:4px }
.hd b { font: bold 15px ${serif}; color:${dark} } .hd small { font-size:9px; color:#555; text-align:right; line-height:11px }
h2 { font: bold 13px ${sans}; letter-spacing:2px; text-transform:uppercase; margin:10px 0 8px }
.f { display:flex; flex-wrap:wrap; gap:5px 18px; font-size:12.5px } .f span { color:#555 }
table { width:100%; border-collapse:collapse; margin-top:12px; font-size:12px }
th { text-align:left; border-bottom:1px solid #333; padding:3px 4px; font-size:9.5px; text-transform:uppercase; color:#333 }
td { border-bottom:1px solid #ccc; padding:6px 4px; vertical-align:top } .r { text-align:right; white-space:nowrap }
tfoot td { border-bottom:none; border-top:2px solid #333; font-weight:bold }
.ft { position:absolute; left:0; right:0; bottom:0; display:flex; justify-content:space-between; align-items:flex-end; font-size:10.5px; color:#444 }
.kp { margin-top:12px; font-size:10.5px; color:#444; line-height:14px }
.ft .h { font: 15px ${hand}; color:#1d2b6b }
</style>
<div class="w">
 <div class="hd"><b>${school}</b><small>${street}<br>${town}</small></div>
 <h2>${heading}</h2>
 <div class="f"><div><span>Student:</span> <b>${name}</b></div><div><span>Class:</span> <b>${course}</b></div>
  <div><span>${dates_label}</span> ${dates}</div><div><span>Location:</span> ${city}</div></div>
 <table><thead><tr><th style="width:20%">Day</th><th>Topics covered</th><th class="r" style="width:14%">Hours</th></tr></thead>
 <tbody>${rows_html}</tbody>
 <tfoot><tr><td></td><td>${total_label}</td><td class="r">${total}</td></tr></tfoot></table>
 <div class="kp">${keep}</div>
 <div class="ft"><div>Instructor: <span class="h">${instructor}</span></div><div>Record ${rec}</div></div>
</div>
"""

TOPICS = [
    "Standards review, safety and health, equipment overview",
    "Psychrometry, moisture inspection and mapping",
    "Drying systems, airflow and dehumidification",
    "Contents, documentation and customer communication",
    "Containment, PPE and source removal",
    "Hands-on lab and written examination",
    "Odour sources, deodorisation methods",
    "Structural materials, inspection and cleaning",
]


def _split(total, parts):
    each = [int(total / parts * 2) / 2 for _ in range(parts)]
    each[-1] = total - sum(each[:-1])
    return each


def fill(d):
    from datetime import timedelta

    from corpus.formats import fmt_date, fmt_number

    days = 3 if d.credit >= 19 else 2 if d.credit >= 10 else 1
    style = d.pick(["us_numeric", "short_month", "dd_mon_yyyy"])
    if days > 1:
        dates = d.date_range(days - 1)
        labels = [fmt_date(d.completed - timedelta(days=days - 1 - i), style) for i in range(days)]
    else:
        dates = d.date(style)
        labels = ["Morning", "Afternoon"]
    parts = _split(d.credit, len(labels))
    topics = d.rng.sample(TOPICS, len(labels))
    rows = "".join(
        f'<tr><td>{lab}</td><td>{top}</td><td class="r">{fmt_number(h, d.rng, False)}</td></tr>'
        for lab, top, h in zip(labels, topics, parts, strict=True)
    )
    street, town = d.address()
    return {
        "school": d.provider(),
        "street": street,
        "town": town,
        "heading": d.pick(["Training Record", "Record of Attendance", "Student Training Record"]),
        "name": d.name("last_first" if d.chance(0.3) else "plain"),
        "course": d.title(),
        "dates_label": "Class dates:" if days > 1 else "Class date:",
        "dates": dates,
        "city": d.city(),
        "rows_html": rows,
        "total_label": d.pick(["Total CEC hours", "Total hours credited", "CECs awarded"]),
        "total": d.hours_number(),
        "instructor": d.person(),
        "rec": d.number("#"),
        "keep": d.pick(
            [
                "Keep this record with your certificate. Hours are credited for days attended in full.",
                "This record shows attendance only; the certificate is issued after the examination.",
                "Present this record if the certifying body asks for proof of attendance.",
            ]
        ),
    }
