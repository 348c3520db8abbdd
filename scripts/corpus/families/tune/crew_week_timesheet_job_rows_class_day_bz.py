"""Not a certificate: a restoration company's weekly field timesheet for one
technician, printed landscape from the office's job-management software. A
dark band carries the company's initials mark and name on the left and
"Weekly Field Timesheet" on the right; below it labelled boxes for the
employee, employee number, position, crew lead and the week as a span of
days. The table has a row per job visit (day, date, job number, customer
and loss, pay code, time in and out, unpaid break, hours, notes), and on
the day or days the technician sat a class a TRN row whose note names the
course and the school. Under it a summary of hours by pay code (regular,
overtime, training, total), a certifying sentence with the employee's
signature in script, the crew lead's approval with its own date, and a
printed-on footer. A name, a course, a school, a week and hours all appear;
it is a payroll time record."""

SOURCE = (
    "georgeprowse91/pm-tools-templates:role-based-toolkits/project-manager/essential-templates/"
    "timesheet-tracking-template.md (employee block, manager, week ending; per-day rows with "
    "project code, start, end, break, total hours, notes) and "
    "LTMS/PREILMS:application/views/timesheet/my_timesheet_jobwise.php (coloured header band "
    "with logo and 'Employees Time Sheet', job-wise rows); pay codes and job rows as restoration "
    "job-costing printouts show them (WTR extraction, demo, monitoring, equipment pull, TRN)"
)
KIND = "other"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "other",
    "landscape",
    "table",
    "dark-band",
    "labelled",
    "record",
    "provider-in-logo",
    "date-range",
    "distractor-person",
    "distractor-date",
)

TEMPLATE = """<style>
.w { position:absolute; inset:30px 36px 26px; font: 11.5px ${sans}; color:#1b1b1b }
.band { display:flex; align-items:center; gap:12px; background:${dark}; color:#fff; padding:9px 14px }
.mk { width:50px; height:50px; flex:none; border-radius:${mark_radius}; border:2px solid #fff; display:flex; align-items:center; justify-content:center; font: bold 15px ${display}; letter-spacing:.5px }
.co { flex:1 } .co b { display:block; font: bold 17px ${sans}; letter-spacing:.4px } .co span { font-size:10.5px; opacity:.85 }
.ttl { text-align:right } .ttl b { display:block; font: bold 18px ${cond}; letter-spacing:2px; text-transform:uppercase } .ttl span { font-size:10.5px; opacity:.85 }
.info { display:grid; grid-template-columns: 1.5fr .8fr 1.1fr 1.2fr 1.5fr; border:1px solid #888; border-top:0 }
.info div { padding:4px 8px; border-right:1px solid #bbb; font-size:12.5px } .info div:last-child { border-right:0 }
.info .k { display:block; font-size:9px; color:#666; text-transform:uppercase; letter-spacing:.6px; margin-bottom:1px }
table { width:100%; border-collapse:collapse; margin-top:10px }
th { background:${light}; border:1px solid #999; font-size:9.5px; text-transform:uppercase; letter-spacing:.4px; padding:4px 5px; text-align:left; color:#333 }
td { border:1px solid #bbb; padding:4px 5px; vertical-align:top; white-space:nowrap }
td.n, th.n { text-align:right; font-variant-numeric:tabular-nums } td.nt { white-space:normal; font-size:10.5px; color:#333 }
tr.trn td { background:#fbf6e4 } tr.off td { color:#888; font-style:italic }
.code { font: bold 10px ${mono}; padding:1px 4px; border:1px solid #999; border-radius:2px }
.low { display:flex; gap:18px; margin-top:12px; align-items:flex-start }
.low table { border-collapse:collapse; margin:0; flex:none } .low td { border:1px solid #999; padding:3px 8px } .low tr.t td { font-weight:bold; background:${light} }
.low .cap { font-size:9.5px; text-transform:uppercase; letter-spacing:.6px; color:#555; margin-bottom:3px }
.sum { width:230px } .jobs { width:330px }
.cert { margin-top:16px; font-size:11px; line-height:15px; color:#333 }
.mi { flex:1; font-size:11px; line-height:17px; color:#333; border:1px solid #bbb; padding:4px 8px; min-height:92px }
.sg { display:flex; gap:22px; margin-top:8px } .sg > div { flex:1; font-size:9.5px; color:#555; text-transform:uppercase; letter-spacing:.4px }
.sg .h { height:30px; border-bottom:1px solid #333; font: 22px ${hand}; color:#1c2f78; text-transform:none; letter-spacing:0; white-space:nowrap; overflow:hidden; line-height:34px }
.sg .v { height:30px; border-bottom:1px solid #333; font-size:12px; color:#111; text-transform:none; letter-spacing:0; line-height:40px }
.ft { position:absolute; left:0; right:0; bottom:0; display:flex; justify-content:space-between; font-size:9px; color:#666; border-top:1px solid #ccc; padding-top:3px }
</style>
<div class="w">
 <div class="band"><div class="mk">${initials}</div>
  <div class="co"><b>${company}</b><span>${company_line}</span></div>
  <div class="ttl"><b>${heading}</b><span>${sub}</span></div></div>
 <div class="info">
  <div><span class="k">Employee</span>${employee}</div>
  <div><span class="k">Emp. No.</span>${emp_no}</div>
  <div><span class="k">Position</span>${position}</div>
  <div><span class="k">${lead_label}</span>${lead}</div>
  <div><span class="k">${week_label}</span>${week}</div>
 </div>
 <table>
  <tr><th>Day</th><th>Date</th><th>Job #</th><th>Customer / loss</th><th>Code</th><th>In</th><th>Out</th><th class="n">Brk</th><th class="n">Hours</th><th>Notes</th></tr>
  ${rows_html}
 </table>
 <div class="low">
  <div><div class="cap">Hours by pay code</div><table class="sum">
   <tr><td>Regular</td><td class="n">${reg}</td></tr>
   <tr><td>Overtime (1.5&times;)</td><td class="n">${ot}</td></tr>
   <tr><td>Training (TRN)</td><td class="n">${trn}</td></tr>
   <tr class="t"><td>Total hours</td><td class="n">${total}</td></tr>
  </table></div>
  <div><div class="cap">Hours by job</div><table class="jobs">${jobs_html}</table></div>
  <div class="mi"><div class="cap">Vehicle / per diem</div>${vehicle}</div>
 </div>
 <div class="cert">${cert}
  <div class="sg">
   <div><div class="h">${employee_sig}</div>Employee signature</div>
   <div><div class="h">${lead_sig}</div>${lead_role}</div>
   <div><div class="v">${approved}</div>Date approved</div>
  </div>
 </div>
 <div class="ft"><span>${software}</span><span>${printed}</span></div>
</div>
"""

COMPANIES = [
    ("Riverbend Restoration Services", "RRS", "Water · Fire · Mold · 24/7 Emergency"),
    ("Hollister Water & Fire Cleanup, Inc.", "HWF", "Licensed & insured · IICRC Certified Firm"),
    ("Tallgrass Disaster Recovery", "TDR", "Commercial & residential mitigation"),
    ("BrightLine Property Restoration LLC", "BPR", "Mitigation · Reconstruction · Contents"),
    ("Cobalt Creek Restoration", "CCR", "Emergency water extraction & structural drying"),
]
CODES = [
    ("WTR", "Water extraction / set equipment"),
    ("MON", "Moisture monitoring"),
    ("DEMO", "Flood cuts, pad out"),
    ("PULL", "Equipment pickup, final readings"),
    ("MLD", "Containment, HEPA vac"),
    ("CNT", "Contents pack-out"),
    ("FIRE", "Soot cleanup, odor"),
]
LOSSES = ["water", "sewage backup", "supply line", "roof leak", "fire", "mold", "ice dam"]


def fill(d):
    from datetime import timedelta

    from corpus import formats as F

    r = d.rng
    company, initials, line = d.pick(COMPANIES)
    end = d.completed

    # class hours in day-sized chunks on the days up to and including the last class day
    left, chunks = float(d.credit), []
    while left > 0:
        chunks.append(min(8.0, left))
        left -= chunks[-1]
    first_class = end - timedelta(days=len(chunks) - 1)
    title, school, class_hours = d.title(), d.provider(), d.hours_number()
    # the pay week (Monday or Sunday start) that holds every class day
    start = first_class - timedelta(days=first_class.weekday())
    if start + timedelta(days=6) < end:
        start = first_class - timedelta(days=(first_class.weekday() + 1) % 7)
    if start + timedelta(days=6) < end:
        start = first_class
    days = [start + timedelta(days=i) for i in range(7)]
    class_days = {first_class + timedelta(days=i): h for i, h in enumerate(chunks)}
    off = {day for day in days if day.weekday() == 6 or (day.weekday() == 5 and r.random() < 0.5)}
    last_date = d.date("us_short")

    def clock(mins):
        h, m = divmod(int(mins), 60)
        return f"{(h - 1) % 12 + 1}:{m:02d} {'AM' if h < 12 else 'PM'}"

    job_pool = [
        (
            f"{end.year % 100}-{r.randrange(1000, 9999)}",
            f"{d.person().split()[-1]} {d.pick(['Res.', 'residence', 'Apts', 'Dental', 'Church'])}",
            d.pick(LOSSES),
        )
        for _ in range(4)
    ]
    rows, work, trn_total, by_job = [], 0.0, 0.0, {}
    for day in days:
        dname = F.WEEKDAYS[day.weekday()][:3]
        dstr = last_date if day == end else F.fmt_date(day, "us_short")
        if day in class_days:
            h = class_days[day]
            brk = 30 if h > 6 else 0
            s = 8 * 60
            note = (
                f"Class: {title} \u2014 {school} ({class_hours} h)"
                if day == first_class
                else f"Class, day {(day - first_class).days + 1} of {len(chunks)}"
            )
            rows.append(
                f'<tr class="trn"><td>{dname}</td><td>{dstr}</td><td>\u2014</td><td>Off-site training</td>'
                f'<td><span class="code">TRN</span></td><td>{clock(s)}</td><td>{clock(s + h * 60 + brk)}</td>'
                f'<td class="n">{brk or ""}</td><td class="n">{h:.2f}</td><td class="nt">{note}</td></tr>'
            )
            trn_total += h
            if h >= 5:
                continue
            # a short class, then back to a job in the afternoon
            s, two = s + int(h * 60) + r.choice([40, 60, 75]), False
        elif day in off:
            rows.append(
                f'<tr class="off"><td>{dname}</td><td>{dstr}</td><td colspan="8">\u2014 off \u2014</td></tr>'
            )
            continue
        else:
            s, two = r.choice([7 * 60, 7 * 60 + 30, 8 * 60]), r.random() < 0.6
        short = two or day in class_days
        for _ in range(2 if two else 1):
            job, cust, loss = r.choice(job_pool)
            fits = {"fire": "FIRE CNT DEMO", "mold": "MLD DEMO CNT"}.get(
                loss, "WTR MON DEMO PULL CNT"
            )
            code, note = r.choice([c for c in CODES if c[0] in fits.split()])
            dur = r.choice([180, 210, 240, 270, 300, 330] if short else [480, 510, 540, 600, 630])
            brk = 30 if dur >= 270 else 0
            h = (dur - brk) / 60
            work += h
            by_job[(job, cust)] = by_job.get((job, cust), 0) + h
            rows.append(
                f"<tr><td>{dname}</td><td>{dstr}</td><td>{job}</td><td>{cust} \u00b7 {loss}</td>"
                f'<td><span class="code">{code}</span></td><td>{clock(s)}</td><td>{clock(s + dur)}</td>'
                f'<td class="n">{brk or ""}</td><td class="n">{h:.2f}</td><td class="nt">{note}</td></tr>'
            )
            s += dur + r.choice([20, 35, 45])
    total = work + trn_total
    reg_work = min(work, max(0.0, 40 - trn_total))
    ot = work - reg_work
    lead = d.person()
    approved = start + timedelta(days=6 + r.randint(1, 3))
    printed = approved + timedelta(days=r.randint(0, 9))
    employee = d.name(d.pick(["plain", "plain", "last_first", "upper"]))
    return {
        "mark_radius": d.pick(["50%", "6px", "0"]),
        "initials": initials,
        "company": company,
        "company_line": f"{line} \u00b7 {d.phone()}",
        "heading": d.pick(["Weekly Field Timesheet", "Technician Time Sheet", "Weekly Time Card"]),
        "sub": d.pick(["Field Operations", "Mitigation Division", "Crew time \u2014 hourly"]),
        "employee": employee,
        "emp_no": f"{r.randrange(100, 9999):04d}",
        "position": d.pick(
            ["WRT Technician", "Restoration Tech II", "Crew Lead", "Mitigation Tech"]
        ),
        "lead_label": d.pick(["Crew lead", "Supervisor", "Project manager"]),
        "lead": lead,
        "week_label": d.pick(["Week", "Pay week", "Period"]),
        "week": F.fmt_range(start, start + timedelta(days=6), r),
        "rows_html": "".join(rows),
        "jobs_html": "".join(
            f'<tr><td>{job}</td><td>{cust}</td><td class="n">{h:.2f}</td></tr>'
            for (job, cust), h in sorted(by_job.items())
        )
        + (f'<tr><td>TRN</td><td>Training</td><td class="n">{trn_total:.2f}</td></tr>'),
        "vehicle": d.pick(
            [
                f"Truck #{r.randrange(3, 40)} \u00b7 start {r.randrange(40000, 160000):,} mi \u00b7 "
                f"{r.randrange(80, 420)} job miles. Per diem: none.",
                f"Own vehicle \u00b7 {r.randrange(60, 300)} mi reimbursable. "
                f"Lodging for class: {d.pick(['none', 'company card', '1 night'])}.",
                f"Van {d.pick(['W', 'M', 'R'])}-{r.randrange(2, 19)} \u00b7 fuel card "
                f"\u00b7\u00b7{r.randrange(1000, 9999)}. On-call {d.pick(['Tue', 'Sat', 'none'])}.",
            ]
        ),
        "reg": f"{reg_work:.2f}",
        "ot": f"{ot:.2f}",
        "trn": f"{trn_total:.2f}",
        "total": f"{total:.2f}",
        "cert": d.pick(
            [
                "I certify that the hours shown are a true and complete record of the time I worked "
                "this week, that I took the meal breaks recorded, and that training time was attended.",
                "By signing I confirm this time card is accurate. Time is rounded to the nearest "
                "quarter hour; drive time between jobs is paid at the regular rate.",
            ]
        ),
        "employee_sig": d.plain_name,
        "lead_sig": lead,
        "lead_role": d.pick(
            ["Approved by (crew lead)", "Supervisor approval", "Approved \u2014 PM"]
        ),
        "approved": F.fmt_date(approved, d.pick(["us_numeric", "short_month"])),
        "software": d.pick(
            [
                "Generated from job-management timekeeping \u00b7 page 1 of 1",
                "Time & attendance export \u2014 hours subject to payroll review",
            ]
        ),
        "printed": f"Printed {F.fmt_date(printed, 'us_numeric')} {clock(r.randrange(7 * 60, 18 * 60))}",
    }
