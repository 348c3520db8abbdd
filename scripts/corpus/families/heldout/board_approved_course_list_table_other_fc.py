"""Not a record: a page of a certifying body's public list of approved
continuing-education courses, printed landscape. A title band with the
list's as-of date, a dense table (provider, course, approval number,
instructor, CEC hours, approval expiry), zebra rows, and a page footer.
It lists courses and instructors, and awards no one anything."""

SOURCE = (
    "wording: certifying bodies' and licensing boards' published 'approved continuing education "
    "courses' lists (provider, course title, course number, instructor, hours, expiration)"
)
KIND = "other"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "other",
    "landscape",
    "table",
    "record",
    "dark-band",
    "distractor-person",
    "distractor-date",
    "tiny-footer",
)

TEMPLATE = """<style>
.hd { position:absolute; left:0; right:0; top:0; height:64px; background:${dark}; color:#fff; padding:12px 30px; display:flex; justify-content:space-between; align-items:center }
.hd b { font: bold 20px ${head} } .hd span { font: 11px ${sans}; text-align:right; line-height:15px }
.in { position:absolute; left:30px; right:30px; top:72px; font: 11px ${sans}; color:#444 }
table { position:absolute; left:30px; right:30px; top:94px; width:calc(100% - 60px); border-collapse:collapse; font: ${fs}px ${tf}; color:#111 }
th { background:${accent}; color:#fff; text-align:left; padding:4px 5px; font-size:10px; text-transform:uppercase }
td { padding:3px 5px; border-bottom:1px solid #ddd; vertical-align:top }
tr:nth-child(even) td { background:${light} }
td.n { text-align:right; white-space:nowrap }
.ft { position:absolute; left:30px; right:30px; bottom:10px; display:flex; justify-content:space-between; font: 9px ${sans}; color:#666 }
</style>
<div class="hd"><b>${title}</b><span>${body_name}<br>${asof}</span></div>
<div class="in">${intro}</div>
<table><tr><th>Provider</th><th>Course</th><th>Approval no.</th><th>Instructor(s)</th><th>${hrs_h}</th><th>Expires</th></tr>${rows_html}</table>
<div class="ft"><span>${foot}</span><span>Page ${page} of ${pages}</span></div>
"""


def fill(d):
    import html
    from datetime import timedelta

    from corpus import values as V
    from corpus.formats import fmt_date, fmt_number

    e = html.escape
    r = d.rng
    orgs = [s for s, _ in V.SCHOOLS] + list(V.ASSOCIATIONS) + [m for m, _ in V.MANUFACTURERS]
    courses = [t for t, _ in V.IICRC_COURSES] + list(V.CE_COURSES)
    n = d.pick([16, 18, 20])
    provs = sorted(r.sample(orgs, min(len(orgs), n // 2 + 2)))
    rows = []
    for i in range(n):
        prov = provs[min(i // 2, len(provs) - 1)]
        exp = d.completed + timedelta(days=r.randrange(60, 900))
        hrs = r.choice([1, 2, 3, 3.5, 4, 6, 7, 7, 8, 14, 21])
        who = d.person() + (f"; {d.person()}" if r.random() < 0.25 else "")
        rows.append(
            f"<tr><td>{e(prov)}</td><td>{e(r.choice(courses))}</td>"
            f"<td>{e(d.pick(['CE', 'A', 'P']))}{r.randrange(1000, 99999)}</td>"
            f"<td>{e(who)}</td><td class='n'>{fmt_number(hrs, r)}</td>"
            f"<td class='n'>{fmt_date(exp, 'us_numeric')}</td></tr>"
        )
    pages = r.randrange(4, 30)
    return {
        "head": d.fonts[d.pick(["sans", "cond", "display"])],
        "tf": d.fonts[d.pick(["sans", "cond"])],
        "fs": d.pick(["10.5", "11"]),
        "title": d.pick(
            [
                "Approved Continuing Education Courses",
                "APPROVED CE COURSE LIST",
                "Course Approvals Currently in Effect",
            ]
        ),
        "body_name": d.pick(
            [
                "Board of Restoration Contractors",
                "Cleaning & Restoration Certification Council",
                "State Licensing Board \u2013 CE Unit",
            ]
        ),
        "asof": f"As of {d.other_date('print', 'long')}",
        "intro": d.pick(
            [
                "Listing a course does not show that any person has taken it. Credit is shown "
                "only on the certificate the provider issues.",
                "Sorted by provider. Hours are the credit a course carries when completed in full.",
            ]
        ),
        "hrs_h": d.pick(["CEC hrs", "Hours", "CECs"]),
        "rows_html": "".join(rows),
        "foot": f"Printed {d.other_date('print', 'us_numeric')} \u00b7 list ref. {d.number()}",
        "page": str(r.randrange(1, pages)),
        "pages": str(pages),
    }
