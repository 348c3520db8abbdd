"""A certification body's registrant-services console page for one CEC
activity, printed from the browser: the browser's print header (print date
and time, page title) and footer (the record's address, page count) in small
type, the console's dark top bar with the app name, search box and tab row
in light letters, then the record page: an icon tile, the object label and
the record number as the heading, action buttons, and a strip of highlight
fields (registrant, activity type, status, CECs). Below, a "Details" tab of
two-column label-over-value fields with pencil marks: the registrant and
registrant ID, the activity name, the show as the event with its opening and
closing days, the activity (booth registration) date, the badge-scan
timestamp, the CECs awarded, the source of the record, an audit-hold date and
the renewal cycle it counts toward, and a "System Information" block (created
by, last modified by, owner, each a staff member with a date and time). A
right-hand column holds the activity timeline: the posted-credit e-mail with
its sent date and a verification task closed by a staff member. Dates all
print in the console's one numeric locale."""

SOURCE = (
    "salesforce-ux/design-system-md-docs:css-classes/components/page-headers.md (record-home page "
    "header: object label over record name, controls, detail row of highlight fields) with the "
    "read-only two-column record detail of callawaycloud/Community-RecordDetail-ReadOnly:README.md; "
    "booth credit from https://www.randrmagonline.com/articles/85420-iicrc-continuing-education "
    "(sign in at the IICRC booth at a trade show; the registrant's record is updated)"
)
KIND = "booth"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "record",
    "labelled",
    "portrait",
    "dark-band",
    "date-range",
    "distractor-person",
    "distractor-date",
    "tiny-footer",
)

TEMPLATE = """<style>
.pg { position:absolute; inset:0; font: 12px ${sans}; color:#181818; background:#fff }
.bh { position:absolute; left:26px; right:26px; top:10px; display:flex; justify-content:space-between; font: 9.5px ${sans}; color:#333 }
.bf { position:absolute; left:26px; right:26px; bottom:10px; display:flex; justify-content:space-between; font: 9.5px ${sans}; color:#333 }
.app { position:absolute; left:26px; right:26px; top:30px; bottom:30px; background:#eef1f6; overflow:hidden }
.top { background:${dark}; color:#fff; height:38px; display:flex; align-items:center; padding:0 12px; gap:12px }
.waf { width:16px; height:16px; display:grid; grid-template-columns:repeat(3,4px); gap:2px }
.waf i { width:4px; height:4px; background:#dfe6ee; border-radius:1px; display:block }
.top .an { font: bold 14px ${sans}; white-space:nowrap }
.top .sr { flex:1; max-width:260px; margin-left:auto; height:22px; border-radius:11px; background:rgba(255,255,255,0.16); font-size:10.5px; color:#d6dde6; padding:4px 12px }
.top .av { width:24px; height:24px; border-radius:50%; background:#fff; color:${dark}; font: bold 10px ${sans}; display:flex; align-items:center; justify-content:center }
.nav { background:${dark}; border-top:1px solid rgba(255,255,255,0.15); display:flex; padding:0 10px; height:28px; align-items:stretch }
.nav span { color:#dbe3ec; font-size:11px; padding:7px 11px 0 }
.nav span.on { color:#fff; font-weight:bold; border-bottom:3px solid #9fc6ff }
.ph { margin:10px 10px 0; background:#fff; border:1px solid #d8dde6; border-radius:4px; padding:11px 14px 10px }
.ph .r1 { display:flex; align-items:center; gap:10px }
.ico { width:32px; height:32px; border-radius:4px; background:${accent}; display:flex; align-items:center; justify-content:center; flex:none }
.ico span { width:14px; height:8px; border-left:3px solid #fff; border-bottom:3px solid #fff; transform:rotate(-45deg); margin-top:-4px }
.ph .ol { font-size:11px; color:#555 } .ph h1 { margin:1px 0 0; font: bold 18px ${sans}; color:#111 }
.btns { margin-left:auto; display:flex } .btns span { border:1px solid #c9d0da; padding:4px 10px; font-size:11px; color:#0b5cab; background:#fff }
.btns span + span { border-left:none }
.hl { display:flex; gap:28px; margin-top:11px; padding-top:9px; border-top:1px solid #eceff3 }
.hl div { font-size:10.5px; color:#555 } .hl b { display:block; font-size:12.5px; color:#111; margin-top:2px; font-weight:normal }
.hl b.ln { color:#0b5cab }
.cols { display:flex; gap:10px; margin:10px 10px 0; align-items:flex-start }
.main { flex:1; background:#fff; border:1px solid #d8dde6; border-radius:4px }
.side { width:206px; flex:none; background:#fff; border:1px solid #d8dde6; border-radius:4px; padding:10px 12px }
.tabs { display:flex; gap:18px; padding:0 14px; border-bottom:1px solid #dde1e7; font-size:12px }
.tabs span { padding:9px 0 7px; color:#444 } .tabs span.on { color:#111; font-weight:bold; border-bottom:3px solid ${accent} }
.sec { margin:12px 14px 0; font: bold 12px ${sans}; background:#f3f5f8; padding:5px 8px; border-radius:3px }
.sec:before { content:"\\25BE  "; color:#666 }
.grid { display:grid; grid-template-columns:1fr 1fr; column-gap:22px; padding:2px 22px 6px }
.f { border-bottom:1px solid #e5e8ec; padding:6px 0 5px; position:relative; min-height:38px }
.f .l { font-size:10.5px; color:#5c5c5c } .f .v { font-size:12.5px; margin-top:2px; color:#111; padding-right:14px }
.f .v.ln { color:#0b5cab }
.f:after { content:"\\270E"; position:absolute; right:0; top:17px; font-size:10px; color:#b0b6bf }
.side h3 { margin:0 0 8px; font: bold 12.5px ${sans} }
.side .fl { font-size:10px; color:#666; margin-bottom:9px; border-bottom:1px solid #eceff3; padding-bottom:6px }
.ev { position:relative; padding:0 0 11px 22px; font-size:10.5px; line-height:14px; color:#333 }
.ev:before { content:""; position:absolute; left:6px; top:16px; bottom:0; border-left:1px solid #d0d5dc }
.ev i { position:absolute; left:0; top:1px; width:13px; height:13px; border-radius:3px; background:${accent} }
.ev i.t { background:#2e844a } .ev i.c { background:#8a8f98 } .ev b { display:block; color:#0b5cab; font-weight:normal; font-size:11px }
.ev .w { color:#666; font-size:10px }
.note { margin:12px 14px 12px; font-size:10px; color:#666; line-height:14px }
</style>
<div class="pg">
 <div class="bh"><span>${printed}</span><span>${page_title}</span><span></span></div>
 <div class="app">
  <div class="top"><span class="waf"><i></i><i></i><i></i><i></i><i></i><i></i><i></i><i></i><i></i></span><span class="an">${app}</span><span class="sr">Search&hellip;</span><span class="av">${me}</span></div>
  <div class="nav"><span>Home</span><span>Registrants</span><span class="on">CEC Activities</span><span>Events</span><span>Approvals</span><span>Reports</span></div>
  <div class="ph">
   <div class="r1"><div class="ico"><span></span></div><div><div class="ol">CEC Activity</div><h1>${rec}</h1></div>
    <div class="btns"><span>Edit</span><span>Clone</span><span>Printable View</span></div></div>
   <div class="hl">
    <div>Registrant<b class="ln">${name}</b></div>
    <div>Activity Type<b>${atype}</b></div>
    <div>Status<b>${status}</b></div>
    <div>CECs<b>${hours}</b></div>
   </div>
  </div>
  <div class="cols">
   <div class="main">
    <div class="tabs"><span class="on">Details</span><span>Related</span><span>History</span></div>
    <div class="sec">Information</div>
    <div class="grid">
     <div class="f"><div class="l">Registrant</div><div class="v ln">${name}</div></div>
     <div class="f"><div class="l">${date_label}</div><div class="v">${date}</div></div>
     <div class="f"><div class="l">Registrant ID</div><div class="v">${reg_id}</div></div>
     <div class="f"><div class="l">Scan Timestamp</div><div class="v">${scan}</div></div>
     <div class="f"><div class="l">Activity Name</div><div class="v">${title}</div></div>
     <div class="f"><div class="l">CECs Awarded</div><div class="v">${hours}</div></div>
     <div class="f"><div class="l">Event</div><div class="v ln">${event}</div></div>
     <div class="f"><div class="l">Booth</div><div class="v">${booth}</div></div>
     <div class="f"><div class="l">Event Dates</div><div class="v">${span}</div></div>
     <div class="f"><div class="l">Source</div><div class="v">${source}</div></div>
    </div>
    <div class="sec">Renewal</div>
    <div class="grid">
     <div class="f"><div class="l">Certifications</div><div class="v">${certs}</div></div>
     <div class="f"><div class="l">Audit Hold Until</div><div class="v">${audit}</div></div>
     <div class="f"><div class="l">Counts Toward Cycle Ending</div><div class="v">${cycle}</div></div>
     <div class="f"><div class="l">Category</div><div class="v">${category}</div></div>
    </div>
    <div class="sec">System Information</div>
    <div class="grid">
     <div class="f"><div class="l">Created By</div><div class="v"><span style="color:#0b5cab">${creator}</span>, ${created}</div></div>
     <div class="f"><div class="l">Last Modified By</div><div class="v"><span style="color:#0b5cab">${modifier}</span>, ${modified}</div></div>
     <div class="f"><div class="l">Owner</div><div class="v ln">${owner}</div></div>
     <div class="f"><div class="l">Import Batch</div><div class="v">${batch}</div></div>
    </div>
    <div class="note">${note}</div>
   </div>
   <div class="side">
    <h3>Activity</h3>
    <div class="fl">Filters: All time &middot; All activities &middot; All types</div>
    <div class="ev"><i></i><b>${mail_subject}</b>You sent an email to ${first}<div class="w">${mail_sent}</div></div>
    <div class="ev"><i class="t"></i><b>${task}</b>${task_by} completed a task<div class="w">${task_done}</div></div>
    <div class="ev"><i class="c"></i><b>Record created</b>${creator}<div class="w">${created}</div></div>
   </div>
  </div>
 </div>
 <div class="bf"><span>${url}</span><span>1/1</span></div>
</div>
"""

LOCALES = {
    # date style of the console's user locale, and whether times print on a 24-hour clock
    "us": ("us_numeric", False),
    "us_plain": (None, False),
    "iso": ("iso", True),
    "short": ("short_month", False),
}


def fill(d):
    from datetime import timedelta

    from corpus.formats import fmt_date, fmt_range

    r = d.rng
    locale = d.pick(list(LOCALES))
    style, h24 = LOCALES[locale]

    def day(x):
        if style is None:
            return f"{x.month}/{x.day}/{x.year}"
        return fmt_date(x, style)

    def stamp(x, hh, mm):
        if h24:
            return f"{day(x)} {hh:02d}:{mm:02d}"
        return f"{day(x)}, {(hh - 1) % 12 + 1}:{mm:02d} {'AM' if hh < 12 else 'PM'}"

    before, after = d.pick([(0, 2), (1, 1), (2, 0), (1, 2), (0, 1), (1, 0)])
    span = (
        f"{day(d.completed - timedelta(days=before))} – {day(d.completed + timedelta(days=after))}"
        if d.chance(0.5)
        else fmt_range(d.completed - timedelta(days=before), d.completed + timedelta(days=after), r)
    )
    created = d.completed + timedelta(days=r.randint(2, 24))
    modified = created + timedelta(days=r.randint(0, 30))
    mailed = modified + timedelta(days=r.randint(0, 2))
    task_done = created + timedelta(days=r.randint(0, 5))
    printed = mailed + timedelta(days=r.randint(3, 300))
    audit = d.completed + timedelta(days=d.pick([365, 730, 1095]))
    cycle = d.completed + timedelta(days=r.randint(200, 1400))
    rec = f"CA-{r.randrange(10000, 999999):07d}"

    name = d.name("plain")
    hours_text = d.pick(["2.00", "2.0", "2"]) if d.credit == 2 else f"{d.credit:.2f}"
    d.put("hours", float(d.credit), hours_text)
    date_text = day(d.completed)
    d.put("completion_date", d.completed.isoformat(), date_text)
    creator, modifier, task_by = d.person(), d.person(), d.person()
    ph, pm = r.randint(7, 18), r.randint(0, 59)
    app = d.pick(["Registrant Services", "Certification Console", "CEC Processing"])
    return {
        "printed": f"{fmt_date(printed, 'us_short')}, {(ph - 1) % 12 + 1}:{pm:02d} "
        f"{'AM' if ph < 12 else 'PM'}",
        "page_title": f"{rec} | CEC Activity | {app}",
        "app": app,
        "me": d.pick(["JW", "KM", "RS", "AT", "LB"]),
        "rec": rec,
        "name": name,
        "atype": d.pick(["Booth Registration", "Trade Show Booth", "Show Booth Scan"]),
        "status": d.pick(["Posted", "Approved", "Credited"]),
        "hours": hours_text,
        "date_label": d.pick(["Activity Date", "Date Completed", "Booth Registration Date"]),
        "date": date_text,
        "reg_id": f"{r.randrange(100000, 9999999)}",
        "scan": stamp(d.completed, r.randint(9, 16), r.randint(0, 59)),
        "title": d.set_title(
            d.pick(["IICRC Booth Registration", "IICRC Booth Registration", "Booth Registration"]),
            ["IICRC Booth Registration"],
        ),
        "event": d.provider(),
        "booth": d.pick(["#1217", "#611", "#2043", "#305", "#1530", "#918"]),
        "span": span,
        "source": d.pick(["Booth scanner upload", "Show attendee list", "Booth sign-in sheet"]),
        "certs": d.pick(["WRT; ASD", "WRT; AMRT; FSRT", "CCT; RRT", "WRT", "AMRT; ASD; OCT"]),
        "audit": day(audit),
        "cycle": day(cycle),
        "category": d.pick(["General", "Trade Show", "Industry Event"]),
        "creator": creator,
        "created": stamp(created, r.randint(8, 17), r.randint(0, 59)),
        "modifier": modifier,
        "modified": stamp(modified, r.randint(8, 17), r.randint(0, 59)),
        "owner": d.pick(["CEC Processing Queue", "Continuing Education Team", creator]),
        "batch": f"SHOW-{d.completed.year}-{r.randrange(10, 99)}",
        "note": d.pick(
            [
                "Booth registration at an approved show is credited once per show. "
                "Session credit from the same show is posted as a separate activity.",
                "Posted from the show's booth scans. Registrants are notified by email "
                "when credit posts to their record.",
            ]
        ),
        "first": d.first,
        "mail_subject": d.pick(
            ["Your CEC credit has posted", "CEC activity posted to your record", "Credit posted"]
        ),
        "mail_sent": stamp(mailed, r.randint(8, 17), r.randint(0, 59)),
        "task": d.pick(["Verify registrant ID", "Match scan to registrant", "Review duplicate"]),
        "task_by": task_by,
        "task_done": stamp(task_done, r.randint(8, 17), r.randint(0, 59)),
        "url": f"https://{d.pick(['registrants', 'cec', 'portal'])}.certconsole.org/lightning/r/"
        f"CEC_Activity__c/a0X{r.randrange(10**11, 10**12)}/view",
    }
