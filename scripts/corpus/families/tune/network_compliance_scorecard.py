"""Not a certificate: the training-and-certification tab of an insurance
vendor network's contractor compliance page, printed from the browser. The
administrator's dark top bar with its wordmark and the signed-in user, the
contractor's name with its vendor number, region and an overall compliance
percentage, a row of tabs, then a table with one row per technician and
credential (certification, registrant number, issued, expires, continuing
education credits on file against the requirement, status), a second small
table of the program's own required trainings with due dates, a legend, and
the browser's print date and address in the margins. Many names, courses,
dates and hour counts, none of them one person's completion."""

SOURCE = (
    "https://tygartmedia.com/?p=5527 (TPA vendor networks: scorecards, audits, network "
    "certifications) and https://servicechannel.atlassian.net/wiki/x/ARuLQw (provider compliance summary)"
)
KIND = "other"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "other",
    "table",
    "landscape",
    "dark-band",
    "record",
    "distractor-person",
    "distractor-date",
    "distractor-org",
    "tiny-footer",
)

TEMPLATE = """<style>
.pr { position:absolute; left:22px; right:22px; top:8px; display:flex; justify-content:space-between; font: 9.5px ${sans}; color:#444 }
.pf { position:absolute; left:22px; right:22px; bottom:8px; display:flex; justify-content:space-between; font: 9.5px ${sans}; color:#444 }
.app { position:absolute; left:34px; right:34px; top:30px; bottom:30px; font: 12px ${sans}; color:#1d1d1d }
.bar { background:${bar}; color:#fff; height:48px; display:flex; align-items:center; justify-content:space-between; padding:0 18px }
.bar b { font: bold 19px ${disp}; letter-spacing:.5px } .bar b i { font-style:normal; color:${acc} }
.bar span { font-size:11.5px; opacity:.9 }
.who { display:flex; justify-content:space-between; align-items:flex-end; padding:12px 4px 8px; border-bottom:1px solid #ccc }
.who h2 { margin:0; font: bold 20px ${sans} } .who .meta { font-size:11.5px; color:#555; margin-top:3px }
.pct { text-align:right } .pct b { font: bold 28px ${sans}; color:${pct_color} } .pct div { font-size:10.5px; color:#555 }
.tabs { display:flex; gap:4px; margin-top:10px; border-bottom:2px solid ${bar} }
.tabs span { padding:5px 14px; background:#eee; font-size:11.5px; color:#444 }
.tabs span.on { background:${bar}; color:#fff; font-weight:bold }
h3 { font: bold 13px ${sans}; margin:12px 0 5px }
table { width:100%; border-collapse:collapse }
th { text-align:left; font-size:10.5px; text-transform:uppercase; letter-spacing:.4px; color:#555; border-bottom:1.5px solid #888; padding:4px 6px }
td { padding:4px 6px; border-bottom:1px solid #e1e1e1; font-size:11.5px }
tr:nth-child(even) td { background:#fafafa }
td.c { text-align:center } td.mono { font-family:${mono}; font-size:11px }
.st { font-size:10.5px; font-weight:bold; padding:1px 6px; border-radius:8px; white-space:nowrap }
.g { background:#d8f0dc; color:#1d6b2b } .y { background:#fff0c2; color:#7a5800 } .r { background:#f9d6d5; color:#9b1c1c }
.leg { margin-top:10px; font-size:10px; color:#555; line-height:14px }
</style>
<div class="pr"><span>${print_stamp}</span><span>${page_title}</span></div>
<div class="app">
 <div class="bar"><b>${tpa_html}</b><span>${user}</span></div>
 <div class="who"><div><h2>${contractor}</h2><div class="meta">${meta}</div></div>
  <div class="pct"><b>${pct}%</b><div>${pct_label}</div></div></div>
 <div class="tabs">${tabs_html}</div>
 <h3>${t1}</h3>
 <table><tr><th>Technician</th><th>Credential</th><th>Registrant no.</th><th>Issued</th><th>Expires</th>
  <th class="c">CE on file</th><th>Status</th></tr>${rows_html}</table>
 <h3>${t2}</h3>
 <table><tr><th>Program training</th><th>Required for</th><th class="c">Length</th><th>Due by</th><th>Completed</th></tr>${prog_html}</table>
 <div class="leg">${legend}</div>
</div>
<div class="pf"><span>${url}</span><span>1/1</span></div>
"""
TPAS = [
    ("Claim", "Bridge", "ClaimBridge Network"),
    ("Restor", "Link", "RestorLink Managed Repair"),
    ("Prime", "Serve", "PrimeServe Vendor Program"),
    ("Keystone ", "Claims", "Keystone Claims Services"),
]
CONTRACTORS = [
    "Summit Peak Restoration, LLC",
    "Allied Flood & Fire Co.",
    "Bayou Dry-Out Services",
    "Front Range Mitigation Inc.",
    "Tri-State Water Response",
    "Northshore Property Recovery",
]
PROGRAM = [
    "Program guidelines & pricing overview",
    "Estimate submission standards",
    "Mitigation photo documentation",
    "Customer service expectations",
    "Drying documentation requirements",
    "Mold protocol for network jobs",
]


def fill(d):
    from datetime import timedelta

    from corpus.formats import fmt_date
    from corpus.values import IICRC_COURSES

    r = d.rng
    style = d.pick(["us_numeric", "iso", "short_month"])
    base = d.completed

    def day(offset):
        return fmt_date(base + timedelta(days=offset), style)

    rows, good = [], []
    techs = [d.person() for _ in range(d.pick([5, 6, 7]))]
    for t in techs:
        for _ in range(d.pick([1, 1, 2])):
            course, code = r.choice(IICRC_COURSES)
            issued = -r.randrange(60, 1650)
            expires = issued + 365 * 4
            need = d.pick([14, 14, 7])
            have = r.choice([0, 2, 3.5, 5, 7, 8, 14, 16])
            if expires < 0:
                status = ("r", "Expired")
            elif have < need and expires < 300:
                status = ("y", "CE due")
            else:
                status = ("g", "Compliant")
            good.append(status[0] == "g")
            rows.append(
                f"<tr><td>{t}</td><td>{code} – {course}</td><td class='mono'>{r.randrange(100000, 999999)}</td>"
                f"<td>{day(issued)}</td><td>{day(expires)}</td><td class='c'>{have:g} / {need}</td>"
                f"<td><span class='st {status[0]}'>{status[1]}</span></td></tr>"
            )
    rows, good = rows[:11], good[:11]
    prog = r.sample(PROGRAM, d.pick([2, 3]))
    prog_html = "".join(
        f"<tr><td>{p}</td><td>{d.pick(['All field staff', 'Owner / PM', 'Estimators', 'Crew leads'])}</td>"
        f"<td class='c'>{d.pick(['30 min', '45 min', '1 hr', '1.5 hrs'])}</td><td>{day(r.randrange(10, 90))}</td>"
        f"<td>{d.pick([day(-r.randrange(5, 300)), '—', day(-r.randrange(5, 300))])}</td></tr>"
        for p in prog
    )
    a, b, tpa = d.pick(TPAS)
    acc = d.pick(["#7fd1ff", "#ffcf5c", "#8be28b"])
    pct = round(100 * sum(good) / len(good))
    tabs = ["Summary", "Insurance", "Licenses", "Training & certifications", "Scorecard"]
    tabs_html = "".join(
        f"<span class='{'on' if t.startswith('Training') else ''}'>{t}</span>" for t in tabs
    )
    contractor = d.pick(CONTRACTORS)
    slug = tpa.split()[0].lower()
    return {
        "bar": d.pick(["#0d2a4a", "#222831", "#123d32", "#3b1f4e"]),
        "disp": d.pick([d.fonts["sans"], d.fonts["cond"]]),
        "acc": acc,
        "tpa_html": f"{a}<i>{b}</i>",
        "user": f"Signed in: {d.person()} · {contractor.split(',')[0]}",
        "contractor": contractor,
        "meta": f"Vendor ID {d.number('V')} · Region {d.pick(['Southeast', 'Mountain', 'Great Lakes', 'Gulf', 'Northeast'])} · "
        f"Primary contact {d.person()} {d.phone()}",
        "pct": pct,
        "pct_color": "#1d6b2b" if pct >= 90 else "#a06a00",
        "pct_label": f"overall compliance · as of {day(r.randrange(0, 40))}",
        "tabs_html": tabs_html,
        "t1": "Technician certifications on file",
        "rows_html": "".join(rows),
        "t2": f"{tpa} required training",
        "prog_html": prog_html,
        "legend": "Status: Compliant – credential current and continuing education meets the "
        "certifying body's requirement. CE due – credits on file are below the requirement within "
        "300 days of expiry. Expired – upload a current wallet card or certificate. Program "
        "trainings are not continuing education and carry no certification credit.",
        "print_stamp": f"{day(r.randrange(0, 40))}, {d.pick(['9:14 AM', '2:47 PM', '11:02 AM'])}",
        "page_title": f"{tpa} – Contractor Compliance",
        "url": f"https://portal.{slug}.com/vendor/compliance/training?vid={r.randrange(10000, 99999)}",
    }
