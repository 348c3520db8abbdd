"""A learner-dashboard page of an online training portal printed from the
browser: a dark side navigation with the portal's name, the learner's
name and avatar initials at the top, a course card with a progress bar
stuck part-way, a module checklist with some items still open, the credit
the course will carry, the enrolment and access-expiry dates, and a greyed
"certificate locked until completion" panel. No credit has been earned."""

SOURCE = (
    "wording: LMS learner dashboards (course progress, locked certificate, access expiry) "
    "printed by technicians as proof of enrolment"
)
KIND = "other"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = ("other", "landscape", "dark-band", "labelled", "screenshot", "provider-in-logo")

TEMPLATE = """<style>
.nav { position:absolute; left:0; top:0; bottom:24px; width:190px; background:${dark}; color:#fff; font: 13px ${sans}; padding:26px 18px }
.nav b { display:block; font: bold 16px ${sans}; line-height:20px; margin-bottom:34px }
.nav div { padding:9px 8px; opacity:0.85; border-radius:4px }
.nav .on { background:rgba(255,255,255,0.16); opacity:1 }
.top { position:absolute; left:190px; right:0; top:0; height:62px; border-bottom:1px solid #ddd; display:flex; align-items:center; justify-content:flex-end; gap:12px; padding-right:30px; font: 14px ${sans}; color:#222 }
.av { width:36px; height:36px; border-radius:50%; background:${accent}; color:#fff; font: bold 14px ${sans}; display:flex; align-items:center; justify-content:center }
.main { position:absolute; left:230px; right:40px; top:90px; font: 14px ${sans}; color:#222 }
.crumb { font-size:12px; color:#777 }
h1 { font: bold 26px ${sans}; margin:6px 0 16px; color:#111 }
.row { display:flex; gap:26px }
.card { flex:1.4; border:1px solid #ddd; border-radius:6px; padding:18px 20px }
.bar { height:12px; background:#e6e6e6; border-radius:6px; margin:8px 0 6px; overflow:hidden }
.bar i { display:block; height:12px; background:${accent} }
.pct { font-size:13px; color:#555 }
ul { list-style:none; padding:0; margin:14px 0 0; font-size:13.5px; line-height:25px }
li span { display:inline-block; width:22px; font-weight:bold }
.done { color:#2d6a4f } .open { color:#999 }
.side { flex:1; }
.info { border:1px solid #ddd; border-radius:6px; padding:14px 18px; line-height:25px; font-size:13.5px }
.info span { display:inline-block; width:120px; color:#777 }
.lock { margin-top:18px; border:2px dashed #bbb; border-radius:6px; padding:16px; text-align:center; color:#888; font-size:13.5px; line-height:20px; background:#fafafa }
.lock b { display:block; font-size:16px; color:#666; margin-bottom:4px }
.url { position:absolute; left:12px; right:12px; bottom:6px; font: 10px ${sans}; color:#555; display:flex; justify-content:space-between; background:#fff }
</style>
<div class="nav"><b>${org}</b><div>Dashboard</div><div class="on">My courses</div><div>Certificates</div><div>Catalog</div><div>Account</div></div>
<div class="top"><span>${name}</span><div class="av">${initials}</div></div>
<div class="main">
 <div class="crumb">My courses › ${crumb}</div>
 <h1>${title}</h1>
 <div class="row">
  <div class="card">
   <b>${progress_label}</b>
   <div class="bar"><i style="width:${pct}%"></i></div>
   <div class="pct">${pct}% complete · ${left} ${left_unit} remaining</div>
   <ul>${modules_html}</ul>
  </div>
  <div class="side">
   <div class="info">
    <span>Enrolled</span>${enrolled}<br>
    <span>${last_label}</span>${last}<br>
    <span>Access expires</span>${expires}<br>
    <span>${credit_label}</span>${credit}<br>
    <span>Instructor</span>${instructor}
   </div>
   <div class="lock"><b>${lock_head}</b>${lock_text}</div>
  </div>
 </div>
</div>
<div class="url"><span>${url}</span><span>${stamp}</span></div>
"""

MODULES = [
    "Welcome and orientation",
    "Principles and terminology",
    "Safety and PPE",
    "Inspection and documentation",
    "Equipment and set-up",
    "Procedures in the field",
    "Monitoring and completion",
    "Review quiz",
    "Final exam",
]


def fill(d):
    import html

    from corpus.formats import fmt_date, fmt_number

    r = d.rng
    name = d.name(d.pick(["plain", "plain"]))
    words = [w for w in name.split() if w[:1].isalpha()]
    initials = (words[0][0] + words[-1][0]).upper()
    n_done = d.pick([2, 3, 4, 5, 6])
    items = []
    for i, m in enumerate(MODULES):
        if i < n_done:
            items.append(f'<li class="done"><span>&#10003;</span>{html.escape(m)}</li>')
        else:
            items.append(f'<li class="open"><span>&#9675;</span>{html.escape(m)}</li>')
    pct = round(100 * n_done / len(MODULES))
    left_h = max(0.5, round(d.credit * (1 - n_done / len(MODULES)) * 2) / 2)
    style = d.pick(["short_month", "us_numeric", "long"])
    slug = "".join(ch for ch in (d.org_alt or d.org).lower() if ch.isalnum())[:14]
    return {
        "org": d.provider(),
        "name": name,
        "initials": initials,
        "crumb": d.pick(["In progress", "Online courses", "Self-paced"]),
        "title": d.title(d.pick(["plain", "with_code"])),
        "progress_label": d.pick(["Your progress", "Course progress"]),
        "pct": f"{pct}",
        "left": fmt_number(left_h, r, False),
        "left_unit": "hour" if left_h == 1 else "hours",
        "modules_html": "".join(items),
        "enrolled": d.other_date("registered", style),
        "last_label": d.pick(["Last activity", "Last visited"]),
        "last": d.other_date("start", style),
        "expires": d.other_date("expiry", style),
        "credit_label": d.pick(["CEC hours", "Credit on completion", "Course credit"]),
        "credit": f"{fmt_number(d.credit, r)} {d.pick(['CEC hours', 'hours', 'CECs'])}",
        "instructor": d.person(),
        "lock_head": d.pick(["Certificate locked", "Certificate not yet available"]),
        "lock_text": d.pick(
            [
                "Complete all modules and pass the final exam with 70% or better to unlock your certificate.",
                "Your certificate will be issued automatically when the course is 100% complete.",
            ]
        ),
        "url": f"https://learn.{slug}.com/courses/{r.randrange(100, 999)}/progress",
        "stamp": f"{fmt_date(d.completed, 'us_short')}, {r.randrange(1, 12)}:{r.randrange(0, 60):02d} PM",
    }
