"""Not a certificate: a state licensing board's public license look-up
page, printed from the browser. The browser's print header and footer, the
agency's dark banner with the state seal and "License Search", breadcrumbs,
a results table for the name searched (name, license type, number, city,
status), then the detail panel of one licensee: name, business, license
type (mold remediation worker, contractor, assessor), number, status,
original issue and expiration dates, and the continuing education on file
for the renewal cycle with required and reported hours. A name, dates and
hours sit side by side, yet it is a registry record, not a completion."""

SOURCE = (
    "Amazon-Lab206-March2018-Java/Victor_Chanto:Spring/License/src/main/webapp/WEB-INF/viewPerson.jsp "
    "(licensee name, license number, state, expiration date), Jahrough/test123:tpl/inputs_fields/"
    "license_search.tpl (last name, first name, license number search) and state license look-up "
    "pages for mold remediation licenses (license type, status, issue and expiration, CE hours)"
)
KIND = "other"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "other",
    "table",
    "labelled",
    "portrait",
    "dark-band",
    "record",
    "distractor-person",
    "distractor-date",
    "tiny-footer",
)

TEMPLATE = """<style>
.pr, .pf { position:absolute; left:24px; right:24px; display:flex; justify-content:space-between; font: 9.5px ${sans}; color:#444 }
.pr { top:10px } .pf { bottom:10px }
.w { position:absolute; left:40px; right:40px; top:34px; font: 12px ${sans}; color:#1c1c1c }
.ban { background:${band}; color:#fff; display:flex; align-items:center; gap:12px; padding:12px 16px }
.seal { width:46px; height:46px; border-radius:50%; border:2px solid #fff; display:flex; align-items:center; justify-content:center; font: bold 13px ${serif}; flex:none }
.ban b { font: bold 17px ${serif}; display:block } .ban span { font-size:11px; opacity:.9 }
.nav { background:#e9ecef; padding:6px 16px; font-size:11px; color:#333; display:flex; gap:18px }
.bc { font-size:10.5px; color:#555; margin:10px 0 6px }
h2 { font: bold 16px ${sans}; margin:10px 0 6px; color:${band} }
.crit { font-size:11px; color:#444; margin-bottom:6px }
table { width:100%; border-collapse:collapse }
th { background:#f1f3f5; text-align:left; font-size:10.5px; padding:5px 6px; border:1px solid #ccd; }
td { padding:5px 6px; border:1px solid #dde; font-size:11.5px }
td.sel { background:#fff8dc }
.st { font-weight:bold } .ok { color:#1d6b2b } .bad { color:#9b1c1c }
.det { display:grid; grid-template-columns:180px 1fr 160px 1fr; border:1px solid #ccd; margin-top:4px }
.det div { padding:5px 8px; border-bottom:1px solid #e6e6ee; font-size:11.5px }
.det .k { background:#f7f8fa; color:#444; font-weight:bold; font-size:11px }
.disc { margin-top:12px; font-size:10px; color:#555; line-height:14px; border-top:1px solid #ccc; padding-top:6px }
</style>
<div class="pr"><span>${print_stamp}</span><span>${page_title}</span></div>
<div class="w">
 <div class="ban"><div class="seal">${st}</div><div><b>${agency}</b><span>${division}</span></div></div>
 <div class="nav"><span>Home</span><span>Apply</span><span><b>License Search</b></span><span>Renew</span><span>Continuing Education</span><span>Contact</span></div>
 <div class="bc">Home › License Search › Search Results › License Detail</div>
 <h2>Search Results</h2>
 <div class="crit">Search criteria: Last name "${search_last}" · License type: ${search_type} · ${n_found} records found</div>
 <table><tr><th>Name</th><th>License type</th><th>License #</th><th>City</th><th>Status</th></tr>${results_html}</table>
 <h2>License Detail</h2>
 <div class="det">
  <div class="k">Licensee</div><div>${who}</div><div class="k">License number</div><div>${lic_no}</div>
  <div class="k">Business name</div><div>${biz}</div><div class="k">Status</div><div class="st ${cls}">${status}</div>
  <div class="k">License type</div><div>${lic_type}</div><div class="k">Original issue</div><div>${issued}</div>
  <div class="k">Address of record</div><div>${city}</div><div class="k">Expiration</div><div>${expires}</div>
 </div>
 <h2>Continuing Education – Current Renewal Cycle</h2>
 <table><tr><th>Requirement</th><th>Hours required</th><th>Hours reported</th><th>Last reported</th></tr>${ce_html}</table>
 <div class="disc">${disclaimer}</div>
</div>
<div class="pf"><span>${url}</span><span>Page 1 of 1</span></div>
"""

STATES = [
    ("TX", "Texas Department of Licensing and Regulation", "Mold Assessors and Remediators"),
    ("FL", "Department of Business and Professional Regulation", "Mold-Related Services Licensing"),
    ("LA", "State Licensing Board for Contractors", "Mold Remediation Licensing"),
    ("NY", "Department of Labor", "Mold Program Licensing Unit"),
    ("MD", "Department of Labor", "Home Improvement Commission"),
]
TYPES = [
    "Mold Remediation Contractor",
    "Mold Remediation Worker",
    "Mold Assessment Technician",
    "Home Improvement Contractor",
]
BIZ = [
    "Rapid Dry Restoration LLC",
    "Apex Water & Fire Inc.",
    "Gulf Breeze Mitigation",
    "Heritage Property Services",
    "—",
]


def fill(d):
    from datetime import timedelta

    r = d.rng
    st, agency, division = d.pick(STATES)
    style = d.pick(["us_numeric", "us_numeric", "short_month"])
    who = d.person()
    last = (
        who.split()[-1] if who.split()[-1] not in ("Jr.", "Sr.", "II", "III") else who.split()[-2]
    )
    lic_type = d.pick(TYPES)
    prefix = {"TX": "RW", "FL": "MRSR", "LA": "LAM", "NY": "MR", "MD": "HIC"}[st]
    lic_no = f"{prefix}{r.randrange(1000, 99999)}"
    rows = []
    n = r.randint(3, 5)
    sel = r.randrange(n)
    for i in range(n):
        name = who if i == sel else f"{d.person().split()[0]} {last}"
        shown = f"{name.split()[-1].upper()}, {name.split()[0].upper()}"
        cls = "sel" if i == sel else ""
        status = "Active" if i == sel or d.chance(0.6) else d.pick(["Expired", "Inactive"])
        rows.append(
            f"<tr><td class='{cls}'>{shown}</td><td class='{cls}'>{lic_type if i == sel else d.pick(TYPES)}</td>"
            f"<td class='{cls}'>{lic_no if i == sel else prefix + str(r.randrange(1000, 99999))}</td>"
            f"<td class='{cls}'>{d.city()}</td><td class='{cls}'>{status}</td></tr>"
        )
    expired = d.chance(0.2)
    req = d.pick([4, 8, 8, 14])
    have = req if d.chance(0.5) else d.pick([0, req / 2, req - 2])
    ce_html = (
        f"<tr><td>General continuing education</td><td>{req:g}</td><td>{have:g}</td>"
        f"<td>{d.other_date('registered', style) if have else '—'}</td></tr>"
        f"<tr><td>Laws and rules</td><td>{d.pick([1, 2])}</td><td>{d.pick([0, 1, 2])}</td><td>—</td></tr>"
    )
    issued = d.completed - timedelta(days=r.randint(400, 2500))
    from corpus.formats import fmt_date

    return {
        "band": d.pick(["#1b365d", "#00205b", "#5c0f1b", "#183a2c"]),
        "st": st,
        "agency": agency,
        "division": division,
        "search_last": last,
        "search_type": d.pick(["All", lic_type]),
        "n_found": n,
        "results_html": "".join(rows),
        "who": who,
        "lic_no": lic_no,
        "biz": d.pick(BIZ),
        "status": "Expired" if expired else d.pick(["Active", "Current, Active"]),
        "cls": "bad" if expired else "ok",
        "lic_type": lic_type,
        "issued": fmt_date(issued, style),
        "city": d.city(),
        "expires": d.other_date("expiry", style),
        "ce_html": ce_html,
        "disclaimer": "This information is provided as a public service and is updated nightly. "
        "Continuing education hours are shown as reported by approved providers and are not a "
        "certificate of completion; the licensee must keep original certificates for audit.",
        "print_stamp": f"{d.other_date('print', 'us_short')}, {r.randint(1, 12)}:{r.randint(0, 59):02d} {d.pick(['AM', 'PM'])}",
        "page_title": f"License Detail – {agency}",
        "url": f"https://www.{st.lower()}license.gov/LicenseSearch/Detail?id={r.randrange(10**6, 10**7)}",
    }
