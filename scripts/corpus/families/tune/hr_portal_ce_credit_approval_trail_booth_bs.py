"""A restoration contractor's HR self-service page for one continuing
education credit that a technician entered after registering at the
certification body's booth at a trade show, printed from the browser,
portrait. The browser's print header (print date and time, page title) and
footer (the page address, page count) in small type; the portal's light top
bar with the employer's name and a row of menu tabs; a breadcrumb; the
heading with a green "Earned" status pill; an employee strip (initials
avatar, name, employee number, job title, branch and manager). Then a
"Credit Details" panel of label-and-value rows: the provider (the show),
the description, the credit type, an effective date, the date earned, an
expiration date, the credits as a bare number, a score left empty, the goal
the credit counts toward with its due date; a comments box in the
technician's own words naming the show's days as a span and the day of
online registration; an attachments table (the booth scan confirmation, its
type, the upload date and who uploaded it); and an approval history table
(submitted, approved by the manager, posted by an HR administrator, each
with a person and a date). Every date prints in the portal's one locale."""

SOURCE = (
    "https://docs.infor.com/ghrtm/latest/en-us/ghrtmolh/ghrtmempug/ddr1607033146703.html "
    "(employee self-service continuing education credit: provider, description, effective date, "
    "date earned, expiration date, score, credits, associate with goal, attached document, "
    "comments; earned credits cannot be changed); booth credit from "
    "https://www.randrmagonline.com/articles/85420-iicrc-continuing-education (sign in at the "
    "IICRC booth at a trade show or convention)"
)
KIND = "booth"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "portrait",
    "record",
    "labelled",
    "table",
    "date-range",
    "distractor-person",
    "distractor-date",
    "distractor-org",
    "tiny-footer",
)

TEMPLATE = """<style>
.pg { position:absolute; inset:0; font: 12.5px ${sans}; color:#1f2328; background:#fff }
.bh, .bf { position:absolute; left:28px; right:28px; display:flex; justify-content:space-between; font: 9.5px ${sans}; color:#333 }
.bh { top:12px } .bf { bottom:12px }
.app { position:absolute; left:28px; right:28px; top:34px; bottom:34px; border:1px solid #d0d7de; overflow:hidden }
.top { height:46px; display:flex; align-items:center; padding:0 18px; border-bottom:3px solid ${accent}; background:#f7f8fa }
.top .lg { width:26px; height:26px; border-radius:5px; background:${dark}; color:#fff; font: bold 12px ${sans}; display:flex; align-items:center; justify-content:center; margin-right:10px }
.top .co { font: bold 15px ${sans}; color:${dark} }
.top .co span { font-weight:normal; color:#666; font-size:12px; margin-left:6px }
.top .me { margin-left:auto; font-size:11.5px; color:#444 }
.tabs { display:flex; gap:2px; padding:0 14px; background:#f7f8fa; border-bottom:1px solid #d0d7de }
.tabs span { padding:8px 12px 7px; font-size:12px; color:#555 }
.tabs span.on { color:${dark}; font-weight:bold; border-bottom:3px solid ${dark} }
.body { padding:14px 26px 0 }
.crumb { font-size:11px; color:#57606a } .crumb b { color:#0969da; font-weight:normal }
.hd { display:flex; align-items:center; gap:12px; margin-top:8px }
.hd h1 { margin:0; font: bold 21px ${sans}; color:#1f2328 }
.pill { background:#dafbe1; color:#1a7f37; border:1px solid #4ac26b; border-radius:11px; padding:2px 11px; font-size:11.5px; font-weight:bold }
.hd .id { margin-left:auto; font-size:11px; color:#57606a }
.emp { display:flex; align-items:center; gap:14px; margin-top:12px; padding:10px 14px; background:${light}; border:1px solid #d0d7de; border-radius:4px }
.av { width:40px; height:40px; border-radius:50%; background:${accent}; color:#fff; font: bold 15px ${sans}; display:flex; align-items:center; justify-content:center; flex:none }
.emp .who { flex:1; min-width:0 }
.emp .n { font: bold 14.5px ${sans}; white-space:nowrap } .emp .m { font-size:11.5px; color:#555; margin-top:2px; white-space:nowrap }
.emp .mg { flex:none; white-space:nowrap; text-align:right; font-size:11.5px; color:#555 } .emp .mg b { display:block; color:#1f2328; font-size:12.5px }
.panel { margin-top:14px; border:1px solid #d0d7de; border-radius:4px }
.panel .ph { background:#f6f8fa; border-bottom:1px solid #d0d7de; padding:7px 12px; font: bold 12.5px ${sans} }
.rows { display:grid; grid-template-columns:150px 1fr 150px 1fr; }
.rows div { padding:6px 12px; border-bottom:1px solid #eaeef2; min-height:28px }
.rows .l { color:#57606a; font-size:11.5px; background:#fbfcfd }
.rows .v { color:#1f2328 }
.cm { padding:9px 12px; line-height:18px; font-family:${face} }
table { width:100%; border-collapse:collapse; font-size:11.5px }
th { text-align:left; padding:6px 12px; background:#f6f8fa; border-bottom:1px solid #d0d7de; color:#57606a; font-weight:bold; white-space:nowrap }
td { padding:6px 12px; border-bottom:1px solid #eaeef2; white-space:nowrap }
td a, .lnk { color:#0969da }
.note { margin:12px 2px 0; font-size:10.5px; color:#57606a; line-height:15px }
</style>
<div class="pg">
 <div class="bh"><span>${printed}</span><span>${page_title}</span><span></span></div>
 <div class="app">
  <div class="top"><div class="lg">${co_initials}</div><div class="co">${company}<span>${portal}</span></div><div class="me">${me}</div></div>
  <div class="tabs"><span>Home</span><span>Pay</span><span>Time</span><span class="on">Growth</span><span>Benefits</span><span>Documents</span></div>
  <div class="body">
   <div class="crumb"><b>Growth</b> &rsaquo; <b>Continuing Education Credits</b> &rsaquo; ${rec}</div>
   <div class="hd"><h1>${heading}</h1><span class="pill">${status}</span><span class="id">Record ${rec}</span></div>
   <div class="emp">
    <div class="av">${initials}</div>
    <div class="who"><div class="n">${name}</div><div class="m">Employee ${emp_id} &middot; ${job} &middot; ${branch}</div></div>
    <div class="mg">Manager<b>${manager}</b></div>
   </div>
   <div class="panel">
    <div class="ph">Credit Details</div>
    <div class="rows">
     <div class="l">Provider</div><div class="v" style="grid-column:span 3">${provider}</div>
     <div class="l">Description</div><div class="v" style="grid-column:span 3">${title}</div>
     <div class="l">Credit Type</div><div class="v">${ctype}</div>
     <div class="l">Credits</div><div class="v">${hours}</div>
     <div class="l">${earned_label}</div><div class="v">${date}</div>
     <div class="l">Effective Date</div><div class="v">${effective}</div>
     <div class="l">Expiration Date</div><div class="v">${expires}</div>
     <div class="l">Score</div><div class="v"></div>
     <div class="l">Associate With Goal</div><div class="v">Yes</div>
     <div class="l">Goal Due Date</div><div class="v">${goal_due}</div>
     <div class="l">Goal</div><div class="v" style="grid-column:span 3">${goal}</div>
    </div>
   </div>
   <div class="panel">
    <div class="ph">Comments</div>
    <div class="cm">${comment}</div>
   </div>
   <div class="panel">
    <div class="ph">Attachments (1)</div>
    <table>
     <tr><th>Title</th><th>File Type</th><th>Uploaded</th><th>Uploaded By</th></tr>
     <tr><td class="lnk">${att_title}</td><td>${att_type}</td><td>${uploaded}</td><td>${uploader}</td></tr>
    </table>
   </div>
   <div class="panel">
    <div class="ph">Approval History</div>
    <table>
     <tr><th>Step</th><th>Action</th><th>Performed By</th><th>Date</th></tr>
     <tr><td>1</td><td>Submitted</td><td>${uploader}</td><td>${submitted}</td></tr>
     <tr><td>2</td><td>${approve_action}</td><td>${manager}</td><td>${approved}</td></tr>
     <tr><td>3</td><td>${post_action}</td><td>${hr_admin}</td><td>${posted}</td></tr>
    </table>
   </div>
   <div class="note">${note}</div>
  </div>
 </div>
 <div class="bf"><span>${url}</span><span>1/1</span></div>
</div>
"""

EMPLOYERS = [
    ("Dry-Rite Restoration LLC", "DR"),
    ("Heritage Fire & Flood", "HF"),
    ("Clearwater Remediation Inc.", "CR"),
    ("Summit Carpet & Tile Care", "SC"),
    ("Rapid Response Water Removal", "RR"),
    ("Northpoint Property Restoration", "NP"),
]
LOCALES = {"us": "us_numeric", "us_plain": None, "iso": "iso", "dd_mon": "dd_mon_yyyy"}


def fill(d):
    from datetime import timedelta

    from corpus.formats import fmt_date, fmt_range

    r = d.rng
    style = LOCALES[d.pick(list(LOCALES))]

    def day(x):
        return f"{x.month}/{x.day}/{x.year}" if style is None else fmt_date(x, style)

    before, after = d.pick([(0, 2), (1, 1), (2, 0), (1, 2), (0, 1), (1, 0), (2, 1)])
    span = fmt_range(d.completed - timedelta(days=before), d.completed + timedelta(days=after), r)
    registered = d.completed - timedelta(days=r.randint(8, 75))
    submitted = d.completed + timedelta(days=r.randint(2, 21))
    approved = submitted + timedelta(days=r.randint(0, 6))
    posted = approved + timedelta(days=r.randint(0, 4))
    printed = posted + timedelta(days=r.randint(1, 240))
    expires = d.completed + timedelta(days=r.randint(700, 1460))
    goal_due = d.completed + timedelta(days=r.randint(120, 1300))
    company, co_initials = d.pick(EMPLOYERS)
    cert = d.pick(["WRT", "ASD", "AMRT", "FSRT", "CCT", "OCT"])
    ph, pm = r.randint(7, 18), r.randint(0, 59)
    rec = f"CEC-{r.randrange(10000, 99999)}"
    manager, hr_admin = d.person(), d.person()

    name = d.name("plain")
    hours = d.pick(["2.00", "2.0", "2"]) if d.credit == 2 else f"{d.credit:.2f}"
    d.put("hours", float(d.credit), hours)
    date_text = day(d.completed)
    d.put("completion_date", d.completed.isoformat(), date_text)
    show = d.org_alt or d.org
    comment = d.pick(
        [
            f"Signed in at the IICRC booth on the show floor at {show} ({span}). I registered "
            f"for the show online on {day(registered)}. Booth scan confirmation attached.",
            f"Booth registration at the IICRC booth, {show}, {span}. Show registration was "
            f"done online {day(registered)}; the booth confirmation e-mail is attached.",
            f"Visited IICRC booth for CEC credit. Show dates {span}, registered "
            f"{day(registered)}. Please count toward my {cert} renewal.",
        ]
    )
    return {
        "face": d.fonts[d.pick(["sans", "serif"])],
        "printed": f"{fmt_date(printed, 'us_short')}, {(ph - 1) % 12 + 1}:{pm:02d} "
        f"{'AM' if ph < 12 else 'PM'}",
        "page_title": f"Continuing Education Credit - {rec}",
        "co_initials": co_initials,
        "company": company,
        "portal": d.pick(["Employee Self Service", "People Portal", "My HR"]),
        "me": d.pick(["Signed in", "Help", "Settings"]),
        "rec": rec,
        "heading": d.pick(["Continuing Education Credit", "View Continuing Education Credit"]),
        "status": d.pick(["Earned", "Earned", "Approved"]),
        "initials": f"{d.first[0]}{d.last[0]}",
        "name": name,
        "emp_id": f"{r.randrange(1000, 99999):05d}",
        "job": d.pick(
            [
                "Water Restoration Technician",
                "Restoration Technician",
                "Crew Lead",
                "Project Manager",
            ]
        ),
        "branch": d.pick(
            ["Main Branch", "North Branch", "Mitigation Division", "Cleaning Division"]
        ),
        "manager": manager,
        "provider": d.provider(),
        "title": d.set_title(
            d.pick(["IICRC Booth Registration", "IICRC Booth Registration", "Booth Registration"]),
            ["IICRC Booth Registration"],
        ),
        "ctype": d.pick(["IICRC CEC", "CEC", "Industry Event"]),
        "hours": hours,
        "earned_label": d.pick(["Date Earned", "Date Earned", "Completion Date"]),
        "date": date_text,
        "effective": day(posted),
        "expires": day(expires),
        "goal_due": day(goal_due),
        "goal": d.pick(
            [
                f"Maintain IICRC {cert} certification",
                f"{cert} renewal - CEC requirement",
                "Keep IICRC certifications current",
            ]
        ),
        "comment": comment,
        "att_title": d.pick(
            ["Booth scan confirmation", "IICRC booth e-mail", "Booth registration receipt"]
        ),
        "att_type": d.pick(["PDF", "Image (JPG)", "PDF"]),
        "uploaded": day(submitted),
        "uploader": d.plain_name,
        "submitted": day(submitted),
        "approve_action": d.pick(["Approved by manager", "Manager approval", "Approved"]),
        "approved": day(approved),
        "post_action": d.pick(["Posted to training record", "Marked earned", "Posted by HR"]),
        "hr_admin": hr_admin,
        "posted": day(posted),
        "note": d.pick(
            [
                "Earned credits cannot be changed or deleted. Contact HR to correct a record.",
                "Credits with Earned status are locked. Keep your original certificate or "
                "confirmation for audit.",
            ]
        ),
        "url": f"https://{d.pick(['hr', 'people', 'ess'])}."
        f"{''.join(ch for ch in company.lower() if ch.isalpha())[:14]}.com/growth/ce-credits/"
        f"{rec.lower()}",
    }
