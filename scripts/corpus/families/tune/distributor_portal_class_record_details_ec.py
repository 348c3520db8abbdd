"""A course-completion record printed from a supply distributor's training
portal, landscape: the browser's print header and footer, the distributor's
site bar (its name, a search box, account menu) with a tab row (Shop,
Training, Orders, Account), a breadcrumb, the heading "Class record" with
a green completed pill, and a details table in two label/value column pairs:
attendee, company account, class, class number, delivered by (the school or
maker that taught it, not the distributor), instructor, location, class
dates, CEC hours, approval number, status and certificate number. A side
card shows the account's sales rep and the distributor's training line, and
a short table lists the attendee's upcoming registrations with their dates
and no credit."""

SOURCE = (
    "guygregory/certrenew:README.md (partner-center 'Training completions' report: per learner "
    "the course, completion date and certification, pulled from a partner portal) and "
    "openedx/frontend-app-learner-record:src/components/ProgramRecord/ProgramRecordHeader.jsx "
    "(record header with status badge)"
)
KIND = "course"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "table",
    "record",
    "labelled",
    "landscape",
    "web-printout",
    "distractor-org",
    "distractor-person",
    "distractor-date",
    "date-range",
)

TEMPLATE = """<style>
.ph, .pf { position:absolute; left:24px; right:24px; display:flex; justify-content:space-between; font: 9.5px ${sans}; color:#555 }
.ph { top:10px } .pf { bottom:10px }
.w { position:absolute; left:40px; right:40px; top:32px; font: 12px ${sans}; color:#222 }
.site { display:flex; align-items:center; gap:16px; background:${brand}; color:#fff; padding:9px 14px }
.site b { font: bold 18px ${display}; letter-spacing:.3px } .site .q { flex:1; background:#fff; color:#888; border-radius:3px; padding:4px 8px; font-size:11px }
.site span { font-size:11px }
.tabs { display:flex; gap:22px; border-bottom:1px solid #ccc; padding:7px 14px; font-size:12px; color:#555 } .tabs .on { color:${brand}; font-weight:bold; border-bottom:3px solid ${brand}; padding-bottom:4px; margin-bottom:-8px }
.crumb { font-size:10.5px; color:#777; margin:12px 0 2px }
.hd { display:flex; align-items:center; gap:12px } .hd h1 { margin:0; font: bold 22px ${face} }
.pill { background:#dcf2e2; color:#18612e; font: bold 11px ${sans}; padding:3px 10px; border-radius:11px }
.body { display:flex; gap:22px; margin-top:12px; align-items:flex-start }
table.det { flex:1; border-collapse:collapse; border:1px solid #cfcfcf }
table.det td { padding:6px 9px; border:1px solid #dedede; vertical-align:top }
table.det td.k { background:${tint}; color:#444; font-size:10.5px; width:14%; white-space:nowrap }
table.det td.v { width:36% } td.nw { white-space:nowrap }
.side { width:210px; border:1px solid #cfcfcf; padding:10px 12px; font-size:11px; line-height:16px }
.side b { display:block; font-size:10px; text-transform:uppercase; letter-spacing:.6px; color:#666; margin-bottom:2px }
.cap { margin:16px 0 4px; font: bold 12px ${sans}; color:#333 }
table.up { width:70%; border-collapse:collapse; font-size:11px }
table.up th { text-align:left; background:#f0f0f0; padding:4px 8px; font-size:10px; color:#444 } table.up td { padding:4px 8px; border-bottom:1px solid #e3e3e3 }
</style>
<div class="ph"><span>${printed}</span><span>${page_title}</span></div>
<div class="w">
 <div class="site"><b>${dist}</b><div class="q">Search products, classes, SDS…</div><span>Hi, ${first} ▾</span></div>
 <div class="tabs"><span>Shop</span><span class="on">Training</span><span>Orders</span><span>Account</span></div>
 <div class="crumb">Training &rsaquo; My classes &rsaquo; Class record</div>
 <div class="hd"><h1>${heading}</h1><span class="pill">${status}</span></div>
 <div class="body">
  <table class="det">
   <tr><td class="k">Attendee</td><td class="v">${name}</td><td class="k">Company account</td><td class="v">${account}</td></tr>
   <tr><td class="k">Class</td><td class="v">${title}</td><td class="k">Class no.</td><td class="v">${class_no}</td></tr>
   <tr><td class="k">${prov_label}</td><td class="v">${org}</td><td class="k">Instructor</td><td class="v">${instructor}</td></tr>
   <tr><td class="k">Location</td><td class="v">${location}</td><td class="k">${date_label}</td><td class="v nw">${date}</td></tr>
   <tr><td class="k">${hours_label}</td><td class="v">${hours}</td><td class="k">${ref_label}</td><td class="v">${ref}</td></tr>
   <tr><td class="k">Attendance</td><td class="v">${attendance}</td><td class="k">Certificate</td><td class="v">${cert}</td></tr>
  </table>
  <div class="side"><b>Your sales rep</b>${rep}<br>${rep_phone}<br><br><b>Training desk</b>${desk}<br>${dist_web}</div>
 </div>
 <div class="cap">${up_head}</div>
 <table class="up"><tr><th>Class</th><th>Dates</th><th>Location</th><th>Status</th></tr>${up_html}</table>
</div>
<div class="pf"><span>${url}</span><span>1/1</span></div>
"""

DISTRIBUTORS = [
    ("Interstate Restoration Supply", "#1d4f91"),
    ("Bridgepoint Cleaning Distributors", "#b5281c"),
    ("Keystone Janitorial & Restoration Supply", "#0e6b47"),
    ("Pro-Line Equipment Depot", "#34495e"),
    ("Coastal Restoration Supply Co.", "#00738a"),
]


def fill(d):
    import html
    from datetime import timedelta

    from corpus import values as V
    from corpus.formats import fmt_range

    e = html.escape
    r = d.rng
    dist, brand = d.pick(DISTRIBUTORS)
    slug = "".join(ch for ch in dist.lower() if ch.isalpha())[:16]
    if d.code and d.chance(0.6):
        when = d.date_range(d.pick([1, 2, 2]))
        date_label = "Class dates"
    else:
        when = d.date(d.pick(["us_numeric", "short_month", "long", "us_short"]))
        date_label = d.pick(["Completed", "Class date", "Date completed"])
    approval = d.chance(0.5)
    others = r.sample([t for t, c in V.IICRC_COURSES if c != d.code], 2)
    ups = []
    for t in others[: d.pick([1, 2])]:
        start = d.completed + timedelta(days=r.randint(30, 200))
        span = fmt_range(start, start + timedelta(days=d.pick([1, 2])), r)
        ups.append(
            f"<tr><td>{e(t)}</td><td>{e(span)}</td><td>{e(d.city())}</td>"
            f"<td>{d.pick(['Registered', 'Waitlisted', 'Pending payment'])}</td></tr>"
        )
    street, town = d.address()
    return {
        "printed": f"{d.other_date('print', 'us_short')}, {r.randint(1, 12)}:{r.randrange(0, 60):02d} {d.pick(['AM', 'PM'])}",
        "page_title": f"Class record | {dist}",
        "brand": brand,
        "face": d.fonts[d.pick(["sans", "sans", "serif"])],
        "tint": d.pick(["#f3f5f8", "#f5f5f5", d.colors["light"]]),
        "dist": dist,
        "first": d.first,
        "heading": d.pick(["Class record", "Training record", "Course completion"]),
        "status": d.pick(["Completed", "Completed · Passed", "Attended"]),
        "name": d.name(d.pick(["plain", "plain", "upper", "last_first"])),
        "account": f"{d.pick(['Tri-County Restoration', 'Allied Flood Response', 'Northstar Drying', 'Pinnacle Carpet Care'])} (#{r.randrange(10000, 99999)})",
        "title": d.title(),
        "class_no": f"{d.code or 'CE'}-{r.randrange(1000, 9999)}",
        "prov_label": d.pick(["Delivered by", "Training provider", "Taught by"]),
        "org": d.provider(),
        "instructor": d.person(),
        "location": f"{street}, {town}"
        if d.chance(0.6)
        else d.pick(["Live online", "Virtual classroom"]),
        "date_label": date_label,
        "date": when,
        "hours_label": d.pick(["CEC hours", "IICRC CECs", "CE credit"]),
        "hours": d.hours_number()
        if d.chance(0.6)
        else d.hours(d.pick(["cec_hours", "hours_title"])),
        "ref_label": "IICRC approval" if approval else "Order no.",
        "ref": d.approval() if approval else f"SO-{r.randrange(100000, 999999)}",
        "attendance": d.pick(["Full attendance", "100% · exam passed", "Present all days"]),
        "cert": d.pick(["Issued by provider", "Download PDF", "Mailed"]),
        "rep": d.person(),
        "rep_phone": d.phone(),
        "desk": d.pick(["training@", "classes@", "education@"]) + f"{slug}.com",
        "dist_web": f"www.{slug}.com/training",
        "up_head": d.pick(["Upcoming registrations", "Other classes on your account"]),
        "up_html": "".join(ups),
        "url": f"https://www.{slug}.com/account/training/records/{r.randrange(10**6, 10**7)}",
    }
