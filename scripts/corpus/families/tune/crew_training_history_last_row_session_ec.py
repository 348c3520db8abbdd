"""A crew member's training history printed from a restoration company's
HR system, portrait: the company's name and address with "Training
History" on the right, a labelled block for the crew member (name as a
header field, employee number, crew, hire date, printed on), then a table in
small text with a dark header band (date, training, delivered by, type, CEC,
verified by; the last two columns swap) listing in-house trainings over the
past years with no CEC credit, whose last row, marked new and shaded, is the
education session the crew member attended at a trade show, with its CECs.
A sentence under the table says the last row was added from the session
certificate, and the HR contact's name closes the page."""

SOURCE = (
    "greenorbitspace/hub:userguide/content/en/docs/handbook/03_Employee_Resources/"
    "Training_and_Development_Opportunities/staff-training-record.md (staff training record: "
    "training title, date, duration, trainer, sign-off) and "
    "PactoSigna/Sample.QMS.ISO13485:docs/templates/TMPL-002-training-log.md (dated training rows "
    "with method and trainer)"
)
KIND = "session"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "table",
    "record",
    "labelled",
    "portrait",
    "dark-band",
    "distractor-date",
    "distractor-person",
    "distractor-org",
    "sentence",
)

TEMPLATE = """<style>
.w { position:absolute; inset:44px 40px 36px; font: 11.5px ${sans}; color:#1c1c1c }
.hd { display:flex; justify-content:space-between; align-items:flex-start; border-bottom:2px solid ${dark}; padding-bottom:8px }
.hd b { display:block; font: bold 17px ${display}; color:${dark} } .hd span { font-size:10px; color:#555; line-height:13px }
.hd h1 { margin:0; font: bold 18px ${sans}; text-transform:uppercase; letter-spacing:1.5px; color:#333; text-align:right }
.who { display:grid; grid-template-columns:repeat(3, 1fr); gap:6px 16px; margin:12px 0 14px; font-size:12.5px }
.who small { display:block; font-size:9px; text-transform:uppercase; letter-spacing:.6px; color:#666 }
table { width:100%; border-collapse:collapse; font-size:${tbl_px}px; table-layout:fixed }
th { background:${dark}; color:#fff; text-align:left; padding:5px 6px; font-size:10px; letter-spacing:.3px } th.r { text-align:right }
td { padding:5px 6px; border-bottom:1px solid #ddd; vertical-align:top } tr:nth-child(even) td { background:#f7f7f7 }
td.nw { white-space:nowrap } td.n { text-align:right; white-space:nowrap }
tr.new td { background:${hi} !important; font-weight:bold; border-top:1.5px solid #555; border-bottom:1.5px solid #555 }
.tag { display:inline-block; font: bold 8.5px ${sans}; background:${accent}; color:#fff; padding:1px 4px; border-radius:2px; margin-right:4px; vertical-align:1px }
.note { margin-top:12px; font-size:11px; line-height:16px; color:#333 }
.hr { margin-top:26px; font-size:10.5px; color:#444; line-height:15px }
.ft { position:absolute; left:0; right:0; bottom:0; font-size:8.5px; color:#777; display:flex; justify-content:space-between; border-top:1px solid #ccc; padding-top:3px }
</style>
<div class="w">
 <div class="hd"><div><b>${company}</b><span>${street}<br>${town}</span></div><h1>${heading}</h1></div>
 <div class="who">
  <div><small>${name_label}</small><b>${name}</b></div>
  <div><small>Employee no.</small>${emp_no}</div>
  <div><small>Crew</small>${crew}</div>
  <div><small>Position</small>${position}</div>
  <div><small>Hire date</small>${hired}</div>
  <div><small>Printed</small>${printed}</div>
 </div>
 <table>
  <colgroup>${cols_html}</colgroup>
  <tr>${head_html}</tr>
  ${rows_html}
 </table>
 <div class="note">${note}</div>
 <div class="hr">${hr_name}<br>${hr_role}</div>
 <div class="ft"><span>${footer}</span><span>Page 1 of 1</span></div>
</div>
"""

INTERNAL = [
    ("New-hire orientation", "Orientation"),
    ("OSHA 10-Hour Construction", "Safety"),
    ("Bloodborne pathogens annual refresher", "Safety"),
    ("Respirator fit test", "Safety"),
    ("Company vehicle & trailer safety", "Safety"),
    ("Xactimate sketch basics", "Skills"),
    ("Moisture meter field check-off", "Skills"),
    ("Customer service standards", "Company"),
    ("Forklift operator evaluation", "Safety"),
    ("Job-file photo standards", "Company"),
]
COMPANIES = [
    "Tri-County Restoration, Inc.",
    "Allied Flood Response LLC",
    "Northstar Drying Services",
    "Greenway Property Recovery",
    "Summit Peak Disaster Services",
]


def short(person):
    parts = person.split()
    return f"{parts[0][0]}. {parts[-1]}"


def fill(d):
    import html
    from datetime import timedelta

    from corpus.formats import fmt_date

    e = html.escape
    r = d.rng
    style = d.pick(["us_numeric", "us_short", "short_month", "iso", "dd_mon_yyyy"])
    swap = d.chance(0.5)
    keys = ["date", "training", "by", "type", "cec", "ver"]
    if swap:
        keys = ["date", "training", "by", "type", "ver", "cec"]
    heads = {
        "date": "Date",
        "training": d.pick(["Training", "Course / session", "Topic"]),
        "by": d.pick(["Delivered by", "Provider", "Trainer / provider"]),
        "type": "Type",
        "cec": d.pick(["CEC", "CECs", "IICRC CEC"]),
        "ver": d.pick(["Verified by", "Entered by", "Approved"]),
    }
    head_html = "".join(f'<th class="{"r" if k == "cec" else ""}">{e(heads[k])}</th>' for k in keys)
    widths = {"date": 12, "training": 34, "by": 26, "type": 10, "cec": 6, "ver": 12}
    cols_html = "".join(f'<col style="width:{widths[k]}%">' for k in keys)
    n_old = d.pick([3, 4, 5, 6])
    days = sorted(r.sample(range(30, 1400), n_old), reverse=True)
    rows = []
    for day, (title, kind) in zip(days, r.sample(INTERNAL, n_old), strict=True):
        vals = {
            "date": fmt_date(d.completed - timedelta(days=day), style),
            "training": title,
            "by": d.pick(["In-house", "In-house", d.person(), "Safety dept."]),
            "type": kind,
            "cec": d.pick(["—", "0", "n/a"]),
            "ver": short(d.person()),
        }
        rows.append(
            "<tr>"
            + "".join(
                f'<td class="{"n" if k == "cec" else ("nw" if k == "date" else "")}">{e(vals[k])}</td>'
                for k in keys
            )
            + "</tr>"
        )
    new_vals = {
        "date": d.date(style),
        "training": d.title("plain"),
        "by": d.provider(),
        "type": d.pick(["IICRC CE", "CE session", "Conference"]),
        "cec": d.hours_number(),
        "ver": short(d.person()),
    }
    cells = []
    for k in keys:
        cls = "n" if k == "cec" else ("nw" if k == "date" else "")
        text = e(new_vals[k])
        if k == "training":
            text = f'<span class="tag">{d.pick(["NEW", "ADDED"])}</span>' + text
        cells.append(f'<td class="{cls}">{text}</td>')
    rows.append('<tr class="new">' + "".join(cells) + "</tr>")
    street, town = d.address()
    return {
        "tbl_px": d.pick(["10.5", "11", "11.5"]),
        "hi": d.pick(["#fff4c2", "#e3f1e6", d.colors["light"]]),
        "company": d.pick(COMPANIES),
        "street": street,
        "town": town,
        "heading": d.pick(["Training History", "Employee Training History", "Training Record"]),
        "name_label": d.pick(["Crew member", "Employee", "Name"]),
        "name": d.name(d.pick(["plain", "last_first", "upper"])),
        "emp_no": f"{r.randrange(100, 9999):04d}",
        "crew": f"{d.pick(['Mitigation', 'Water', 'Fire', 'Cleaning'])} {r.randint(1, 9)}",
        "position": d.pick(["Technician", "Lead Technician", "Crew Chief", "Apprentice Tech"]),
        "hired": fmt_date(d.completed - timedelta(days=days[0] + r.randint(5, 60)), style),
        "printed": d.other_date("print", style),
        "cols_html": cols_html,
        "head_html": head_html,
        "rows_html": "".join(rows),
        "note": d.pick(
            [
                "The last row was added from the session certificate the employee turned in. "
                "In-house trainings above carry no IICRC continuing education credit.",
                "Highlighted row: education session credit reported for the employee's IICRC "
                "renewal. Other rows are company trainings without CEC credit.",
            ]
        ),
        "hr_name": d.person(),
        "hr_role": d.pick(["HR Coordinator", "Office Manager", "Safety & Training Coordinator"]),
        "footer": d.pick(
            ["Confidential personnel record", "HR system export", "Internal use only"]
        ),
    }
