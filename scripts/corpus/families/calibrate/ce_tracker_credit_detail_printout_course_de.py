"""A page printed from an online CE tracking account: the browser's print
header and footer (time, page title, address, page count), the tracker's
dark navigation bar, a breadcrumb, a "Credit detail" card with a status
badge and a two-column list of labelled values, and an activity log with
who uploaded and who verified the entry."""

SOURCE = (
    "tidehc/white-board:main/system/transcripts.php (learner record page with course, "
    "date and status); wording: CE tracking services that certificants print credit "
    "details from"
)
KIND = "course"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "labelled",
    "dark-band",
    "portrait",
    "record",
    "distractor-person",
    "distractor-date",
    "tiny-footer",
)

TEMPLATE = """<style>
.ph { position:absolute; top:14px; left:30px; right:30px; display:flex; justify-content:space-between; font: 9.5px ${sans}; color:#333 }
.pf { position:absolute; bottom:14px; left:30px; right:30px; display:flex; justify-content:space-between; font: 9.5px ${sans}; color:#333 }
.app { position:absolute; top:40px; left:30px; right:30px; bottom:40px; font: 13px ${ui}; color:#222; background:#f4f6f8 }
.nav { height:50px; background:${dark}; color:#fff; display:flex; align-items:center; justify-content:space-between; padding:0 18px }
.nav b { font: bold 18px ${ui}; letter-spacing:.3px } .nav span { font-size:11.5px; opacity:.9 }
.bc { padding:12px 20px 0; font-size:11px; color:#666 }
.card { margin:10px 20px; background:#fff; border:1px solid #dde1e6; border-radius:6px; padding:16px 20px }
.card h2 { margin:0 0 4px; font: bold 17px ${ui}; display:flex; justify-content:space-between; align-items:center }
.badge { font: bold 10.5px ${ui}; color:#fff; background:${ok}; border-radius:10px; padding:3px 10px; letter-spacing:.5px }
.sub { font-size:11.5px; color:#666; margin-bottom:12px }
dl { display:grid; grid-template-columns: 150px 1fr; row-gap:9px; margin:0; font-size:13px }
dt { color:#666; font-size:11.5px; padding-top:1px } dd { margin:0; font-weight:600 }
.log { font-size:12px } .log div { border-top:1px solid #eee; padding:7px 0; display:flex; gap:14px }
.log div span:first-child { color:#666; width:150px; flex:none }
.att { font-size:11.5px; color:#444 } .att i { color:${accent}; font-style:normal; text-decoration:underline }
</style>
<div class="ph"><span>${stamp}</span><span>${tab}</span></div>
<div class="app">
 <div class="nav"><b>${app}</b><span>${account}</span></div>
 <div class="bc">My credits › ${cycle} › Credit detail</div>
 <div class="card">
  <h2><span>${card_h}</span><span class="badge">${status}</span></h2>
  <div class="sub">Entry ${entry} · added ${added}</div>
  <dl>
   <dt>Certificant</dt><dd>${name}</dd>
   <dt>Certification no.</dt><dd>${cert_no}</dd>
   <dt>Course</dt><dd>${title}</dd>
   <dt>${prov_l}</dt><dd>${provider}</dd>
   <dt>${date_l}</dt><dd>${date}</dd>
   <dt>${hours_l}</dt><dd>${hours}</dd>
   <dt>Delivery</dt><dd>${delivery}</dd>
   ${approval_html}
  </dl>
 </div>
 <div class="card att">Attachment: <i>${file}</i> (${kb} KB)</div>
 <div class="card log"><b style="font-size:13px">Activity</b>
  <div><span>${t1}</span><span>${a1}</span></div>
  <div><span>${t2}</span><span>${a2}</span></div>
  <div><span>${t3}</span><span>${a3}</span></div>
 </div>
</div>
<div class="pf"><span>${url}</span><span>1/1</span></div>
"""


def fill(d):
    import html

    r = d.rng
    app = d.pick(["CE Tracker", "CredTrack", "MyCEC Log", "RenewRight"])
    name = d.name(d.pick(["plain", "plain", "last_first"]))
    slug = app.lower().replace(" ", "")
    entry = f"{r.randrange(100000, 999999)}"
    approval_html = ""
    if d.chance(0.6):
        approval_html = f"<dt>Course approval #</dt><dd>{html.escape(d.approval())}</dd>"
    added = d.other_date("issue", "us_numeric")
    verifier = d.person()
    year = d.completed.year
    cycle = f"{year - d.pick([0, 1])}–{year + d.pick([1, 2])} cycle"
    return {
        "ui": d.fonts[d.pick(["sans", "sans", "cond"])],
        "ok": d.pick(["#2e7d32", "#1b7f5b", "#2f6f9f"]),
        "stamp": f"{d.other_date('print', 'us_short')}, {r.randrange(1, 12)}:{r.randrange(10, 59)} {d.pick(['AM', 'PM'])}",
        "tab": f"Credit detail – {app}",
        "app": app,
        "account": f"Signed in as {d.first.split()[0]} {d.last[0]}.",
        "cycle": cycle,
        "card_h": d.pick(["Credit detail", "Continuing education entry", "CE credit"]),
        "status": d.pick(["VERIFIED", "ACCEPTED", "APPROVED"]),
        "entry": entry,
        "added": added,
        "name": name,
        "cert_no": f"{r.randrange(100000, 999999)}",
        "title": d.title(d.pick(["plain", "with_code"])),
        "prov_l": d.pick(["Provider", "Training provider", "School"]),
        "provider": d.provider(),
        "date_l": d.pick(["Completion date", "Date completed", "Completed on"]),
        "date": d.date(d.pick(["us_numeric", "short_month", "iso", "long"])),
        "hours_l": d.pick(["Credit hours", "CECs", "Hours"]),
        "hours": d.hours(d.pick(["cec_hours", "hours_title", "cecs"])),
        "delivery": d.pick(["Classroom", "Live webinar", "Self-paced online", "Hands-on lab"]),
        "approval_html": approval_html,
        "file": d.pick(["certificate.pdf", "IMG_4471.jpg", "scan0012.pdf", "cert_photo.png"]),
        "kb": r.randrange(120, 2400),
        "t1": added,
        "a1": "Entry created and certificate uploaded by certificant",
        "t2": d.other_date("issue", "us_numeric"),
        "a2": f"Reviewed by {verifier}",
        "t3": d.other_date("issue", "us_numeric"),
        "a3": f"Status set to verified by {verifier}",
        "url": f"https://{slug}.com/credits/{entry}",
    }
