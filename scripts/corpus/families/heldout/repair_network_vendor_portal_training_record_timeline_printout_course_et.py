"""A managed-repair network's vendor portal, printed from the browser
(portrait): the browser's own header (date and time, page title) and
footer (address, page count) in small type; a dark app bar with the
network's name and the signed-in compliance user; a breadcrumb; a left
sidebar card for the technician (initials avatar, name, technician ID,
company, a status pill) listing other requirements with their expiry
dates; and the main panel of one training record: a heading with a
"Verified" pill, a two-column grid of labels and values (course, provider,
completion date, hours, approval, delivery, file, submitted on and by), a
review-history timeline of dated steps with the reviewer's name, and a
reviewer's note."""

from datetime import timedelta

from corpus import formats as F

SOURCE = (
    "DEEDAVISINC/NEXUS:SUBCONTRACTOR_COMPLIANCE_SETUP.md (compliance documents per subcontractor "
    "with status Submitted / Under Review / Approved / Expired, dates received and approved, "
    "expiration); the contractor-credential pages of insurance managed-repair and TPA vendor "
    "networks that restoration firms upload technicians' training certificates to"
)
KIND = "course"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "record",
    "labelled",
    "portrait",
    "web-printout",
    "dark-band",
    "distractor-person",
    "distractor-date",
    "distractor-org",
    "tiny-footer",
)

TEMPLATE = """<style>
.ph { position:absolute; left:28px; right:28px; top:12px; font: 9.5px ${pfont}; color:#333; display:flex; justify-content:space-between }
.pf { position:absolute; left:28px; right:28px; bottom:12px; font: 9.5px ${pfont}; color:#333; display:flex; justify-content:space-between }
.app { position:absolute; left:28px; right:28px; top:34px; bottom:34px; font: 12.5px ${ui}; color:#222; border:1px solid #ddd }
.bar { background:${dark}; color:#fff; height:46px; display:flex; align-items:center; justify-content:space-between; padding:0 18px }
.bar b { font: bold 16px ${ui}; letter-spacing:.3px } .bar b i { font-style:normal; opacity:.75; font-weight:normal }
.bar span { font-size:11px; opacity:.9 }
.crumb { padding:10px 18px; font-size:11px; color:#666; border-bottom:1px solid #e5e5e5 }
.crumb a { color:${accent}; text-decoration:none }
.body { display:flex; gap:18px; padding:16px 18px }
.side { width:205px; flex:none }
.card { border:1px solid #e0e0e0; border-radius:6px; padding:14px 12px; text-align:center; background:#fafafa }
.av { width:58px; height:58px; border-radius:50%; margin:0 auto 8px; background:${accent}; color:#fff; font: bold 20px ${ui};
  display:flex; align-items:center; justify-content:center }
.card .nm { font: bold 15px ${ui}; line-height:19px }
.card .sm { font-size:11px; color:#666; margin-top:3px; line-height:15px }
.pill { display:inline-block; border-radius:10px; padding:2px 9px; font: bold 10.5px ${ui}; margin-top:8px }
.ok { background:#dff3e4; color:#1e6b34 } .warn { background:#fff1d6; color:#8a5a00 }
.req { margin-top:14px; font-size:11px } .req h4 { font: bold 11px ${ui}; text-transform:uppercase; letter-spacing:.8px; color:#666; margin:0 0 6px }
.req div { border-bottom:1px solid #eee; padding:5px 0; line-height:14px } .req em { display:block; font-style:normal; color:#777; font-size:10px }
.main { flex:1 }
.hd { display:flex; align-items:center; gap:10px; border-bottom:2px solid #eee; padding-bottom:8px }
.hd h2 { font: bold 19px ${ui}; margin:0 }
.kv { display:grid; grid-template-columns: 1fr 1fr; gap:12px 22px; margin-top:14px }
.kv div { border-bottom:1px dotted #ccc; padding-bottom:5px }
.kv em { display:block; font-style:normal; font-size:10.5px; color:#777; text-transform:${lab_case}; letter-spacing:${lab_ls} }
.kv b { display:block; font-size:13.5px; margin-top:2px; line-height:17px; font-weight:${val_w} }
.kv .wide { grid-column: 1 / 3 }
h3 { font: bold 13px ${ui}; margin:20px 0 8px }
.tl { border-left:2px solid #d5d5d5; margin-left:6px; padding-left:16px }
.tl div { position:relative; margin-bottom:11px; font-size:12px; line-height:16px }
.tl div:before { content:''; position:absolute; left:-22px; top:3px; width:10px; height:10px; border-radius:50%; background:#bbb }
.tl div.last:before { background:#2e8b4a }
.tl em { font-style:normal; color:#777; font-size:11px; display:block }
.note { margin-top:10px; background:${light}; border:1px solid #e3e3e3; border-radius:4px; padding:9px 11px; font-size:12px; line-height:17px }
</style>
<div class="ph"><span>${print_stamp}</span><span>${page_title}</span><span></span></div>
<div class="app">
 <div class="bar"><b>${network} <i>${portal}</i></b><span>${signed_in}</span></div>
 <div class="crumb"><a>Vendors</a> &rsaquo; <a>${company}</a> &rsaquo; <a>Technicians</a> &rsaquo; <a>${crumb_name}</a> &rsaquo; ${record_id}</div>
 <div class="body">
  <div class="side">
   <div class="card"><div class="av">${initials}</div><div class="nm">${name}</div>
    <div class="sm">${tech_label} ${tech_id}<br>${company}</div><span class="pill ${status_cls}">${status}</span></div>
   <div class="req"><h4>${req_head}</h4>${req_html}</div>
  </div>
  <div class="main">
   <div class="hd"><h2>${rec_head}</h2><span class="pill ok">${verified}</span></div>
   <div class="kv">
    <div class="wide"><em>${l_title}</em><b>${title}</b></div>
    <div><em>${l_provider}</em><b>${provider}</b></div>
    <div><em>${l_date}</em><b>${date}</b></div>
    <div><em>${l_hours}</em><b>${hours}</b></div>
    <div><em>${l_approval}</em><b>${approval}</b></div>
    <div><em>Delivery</em><b>${delivery}</b></div>
    <div><em>Certificate file</em><b>${file}</b></div>
    <div><em>Submitted on</em><b>${submitted}</b></div>
    <div><em>Submitted by</em><b>${submitter}</b></div>
   </div>
   <h3>${hist_head}</h3>
   <div class="tl">${timeline_html}</div>
   <div class="note"><b>${note_label}</b> ${note}</div>
  </div>
 </div>
</div>
<div class="pf"><span>${url}</span><span>1/1</span></div>
"""

NETWORKS = [
    ("ClaimPath", "Contractor Network", "claimpathnetwork"),
    ("Keystone", "Managed Repair", "keystonerepairnet"),
    ("HomeGuard", "Preferred Vendors", "homeguardvendors"),
    ("Restora", "Vendor Portal", "restoravendor"),
]
COMPANIES = [
    "Summit Peak Restoration LLC",
    "FloodBack Property Services",
    "Red Rock Restoration Co.",
    "Millbrook Cleaning & Restoration",
    "Bayside Water Removal Inc.",
]
REQUIREMENTS = [
    ("Background screening", "Cleared", "Expires"),
    ("Drug screen", "Negative", "Collected"),
    ("Photo ID badge", "Issued", "Expires"),
    ("Auto liability (COI)", "On file", "Expires"),
    ("Lead-safe renovator", "Active", "Expires"),
    ("Code of conduct", "Signed", "Signed"),
]


def fill(d):
    r = d.rng
    brand, portal, slug = d.pick(NETWORKS)
    company = d.pick(COMPANIES)
    reviewer = d.person()
    submitter = d.person()
    date_style = d.pick(["us_numeric", "short_month", "long", "iso"])

    name = d.name(d.pick(["plain", "plain", "upper"]))
    title = d.title(d.pick(["plain", "with_code", "code_first"]))
    provider = d.provider()
    done = d.date(date_style)
    hours = d.hours(d.pick(["cec_hours", "hours_title", "cecs", "hrs"]))
    approval = d.approval() if d.chance(0.6) else "—"

    sub_day = d.completed + timedelta(days=r.randint(2, 25))
    steps = [
        ("Submitted", submitter, sub_day),
        ("Assigned for review", reviewer, sub_day + timedelta(days=r.randint(0, 2))),
    ]
    if d.chance(0.4):
        steps.append(
            ("Returned — provider roster requested", reviewer, steps[-1][2] + timedelta(days=2))
        )
        steps.append(("Roster received", submitter, steps[-1][2] + timedelta(days=r.randint(1, 5))))
    steps.append(("Verified", reviewer, steps[-1][2] + timedelta(days=r.randint(1, 6))))
    tl_style = d.pick(["short_month", "us_numeric"])
    timeline = "".join(
        f"<div{' class=last' if i == len(steps) - 1 else ''}><b>{what}</b> by {who}"
        f"<em>{F.fmt_date(day, tl_style)} {r.randint(7, 17)}:{r.choice(['04', '18', '32', '47', '55'])}</em></div>"
        for i, (what, who, day) in enumerate(steps)
    )
    reqs = []
    for what, state, when in r.sample(REQUIREMENTS, d.pick([3, 4, 5])):
        span = (90, 900) if when == "Expires" else (-700, -30)
        day = d.completed + timedelta(days=r.randint(*span))
        reqs.append(
            f"<div>{what}: <b>{state}</b><em>{when} {F.fmt_date(day, 'us_numeric')}</em></div>"
        )
    printed = steps[-1][2] + timedelta(days=r.randint(0, 200))
    record = f"TR-{r.randint(10000, 99999)}"
    initials = (d.first[0] + d.last.replace("'", "")[0]).upper()
    compliant = d.chance(0.75)
    return {
        "ui": d.fonts["sans"],
        "pfont": "'Liberation Sans', 'DejaVu Sans', sans-serif",
        "lab_case": d.pick(["none", "uppercase"]),
        "lab_ls": d.pick(["0", ".5px"]),
        "val_w": d.pick(["600", "normal"]),
        "print_stamp": f"{printed.month}/{printed.day}/{printed.year % 100:02d}, "
        f"{r.randint(1, 12)}:{r.randint(10, 59)} {d.pick(['AM', 'PM'])}",
        "page_title": f"Training Record {record} | {brand} {portal}",
        "network": brand,
        "portal": portal,
        "signed_in": f"Signed in: {reviewer} ({d.pick(['Compliance', 'Vendor Management'])})",
        "company": company,
        "crumb_name": f"{d.first} {d.last}",
        "record_id": record,
        "initials": initials,
        "name": name,
        "tech_label": d.pick(["Tech ID", "Technician #", "Vendor tech ID"]),
        "tech_id": d.number(),
        "status_cls": "ok" if compliant else "warn",
        "status": d.pick(["Compliant", "Active"]) if compliant else "Expiring soon",
        "req_head": d.pick(["Other requirements", "Credentials on file"]),
        "req_html": "".join(reqs),
        "rec_head": d.pick(["Training record", "Training submission", "Course completion"]),
        "verified": d.pick(["Verified", "Approved", "Accepted"]),
        "l_title": d.pick(["Course title", "Course", "Training"]),
        "title": title,
        "l_provider": d.pick(["Training provider", "Provider", "School"]),
        "provider": provider,
        "l_date": d.pick(["Completion date", "Date completed", "Completed"]),
        "date": done,
        "l_hours": d.pick(["CE hours", "Credit", "Hours"]),
        "hours": hours,
        "l_approval": d.pick(["Course approval #", "Approval number"]),
        "approval": approval,
        "delivery": d.pick(["Classroom", "Live online", "Classroom + hands-on lab"]),
        "file": d.pick(["certificate.pdf", "scan_0412.jpg", "cert_completion.pdf"])
        + f" ({r.randint(90, 900)} KB)",
        "submitted": F.fmt_date(sub_day, date_style),
        "submitter": submitter,
        "hist_head": d.pick(["Review history", "Activity"]),
        "timeline_html": timeline,
        "note_label": d.pick(["Reviewer note:", "Note:"]),
        "note": d.pick(
            [
                "Certificate matches the provider's class roster. Counts toward the annual "
                "training requirement for water mitigation assignments.",
                "Name on certificate matches the technician profile. Approval number checked on "
                "the certifying body's course list.",
                "OK to assign category 2 and 3 water losses.",
            ]
        ),
        "url": f"https://portal.{slug}.com/vendors/techs/{r.randint(1000, 9999)}/training/{record}",
    }
