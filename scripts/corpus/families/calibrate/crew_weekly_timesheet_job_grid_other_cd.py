"""Not a certificate: a restoration company's weekly time sheet for one
field technician, landscape, as printed from a timekeeping app for the
supervisor to sign. A dark band with the company's name and address and
"Weekly Time Sheet" with the pay period (a span of days); a row of labelled
boxes (employee, employee ID, position, supervisor, week ending); a grid
with a row per entry (day, date, job number, customer or task, cost code,
time in, time out, unpaid break, hours), where a day or two are booked to a
training code with the class and the school named in the task column;
daily entries summed into regular, overtime and training hours and a total;
a notes box, and the employee's and supervisor's signature lines with the
dates they signed. A person, a company, dates, a course title and an hours
figure all appear; it is a payroll record, not a record of credit."""

SOURCE = (
    "georgeprowse91/pm-tools-templates:role-based-toolkits/project-manager/essential-templates/"
    "timesheet-tracking-template.md (employee information block with manager, week ending and "
    "pay period; a weekly time log with project code, start and end time, break and total hours "
    "per entry, daily totals); field-service time cards that book class days to a training "
    "cost code"
)
KIND = "other"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "other",
    "landscape",
    "dark-band",
    "table",
    "labelled",
    "record",
    "date-range",
    "distractor-person",
)

TEMPLATE = """<style>
.w { position:absolute; inset:36px 42px; font: 13px ${sans}; color:#1b1b1b }
.bd { background:${dark}; color:#fff; display:flex; justify-content:space-between; align-items:center; padding:14px 18px }
.bd b { display:block; font: bold 21px ${sans} } .bd span { font-size:12px; opacity:.85 }
.bd .r { text-align:right } .bd .r b { font-size:16px; letter-spacing:1.5px; text-transform:uppercase }
.bx { display:flex; gap:8px; margin-top:14px }
.bx div { flex:1; border:1px solid #9c9c9c; padding:4px 8px 6px; min-height:42px; font-size:14px }
.bx small { display:block; font-size:9px; text-transform:uppercase; letter-spacing:.6px; color:#555 }
table { border-collapse:collapse; width:100%; margin-top:14px }
th { background:${light}; font-size:10.5px; text-transform:uppercase; letter-spacing:.4px; text-align:left; padding:7px 7px;
  border:1px solid #9c9c9c; color:#333 }
td { border:1px solid #c4c4c4; padding:${td_pad}px 7px; font-size:12.5px; white-space:nowrap }
td.t { white-space:normal } td.n, th.n { text-align:right; font-variant-numeric:tabular-nums }
tr.tr td { background:#fbf6e6 }
.lo { display:flex; gap:14px; margin-top:14px }
.nt { flex:1.6; border:1px solid #9c9c9c; padding:6px 9px; font-size:12.5px; line-height:17px; min-height:96px }
.nt small, .tt small { display:block; font-size:9px; text-transform:uppercase; letter-spacing:.6px; color:#555; margin-bottom:2px }
.tt { flex:1; border:1px solid #9c9c9c }
.tt div { display:flex; justify-content:space-between; padding:5px 9px; border-bottom:1px solid #ddd; font-size:13px }
.tt div.g { font-weight:bold; background:${light}; border-bottom:none; font-size:14px }
.sg { display:flex; gap:40px; margin-top:${sg_gap}px }
.sg div { flex:1; font-size:11.5px; color:#333 }
.sg .h { font: 25px ${hand}; color:#1c2f7a; height:34px; border-bottom:1px solid #333; display:flex; justify-content:space-between; align-items:flex-end }
.sg .h span { font: 12.5px ${sans}; color:#111; padding-bottom:3px }
.ft { position:absolute; left:0; right:0; bottom:0; display:flex; justify-content:space-between; font-size:9.5px; color:#666 }
</style>
<div class="w">
 <div class="bd"><div><b>${company}</b><span>${addr}</span></div><div class="r"><b>${heading}</b><br><span>${period_label} ${period}</span></div></div>
 <div class="bx">
  <div><small>Employee</small>${employee}</div>
  <div style="flex:.6"><small>Employee ID</small>${emp_id}</div>
  <div><small>Position</small>${position}</div>
  <div><small>Supervisor</small>${supervisor}</div>
  <div style="flex:.8"><small>Week ending</small>${week_end}</div>
 </div>
 <table>
  <tr><th>Day</th><th>Date</th><th>Job no.</th><th>Customer / task</th><th>Code</th><th>In</th><th>Out</th><th class="n">Break</th><th class="n">Hours</th></tr>
  ${rows_html}
 </table>
 <div class="lo">
  <div class="nt"><small>Notes</small>${notes}</div>
  <div class="tt">
   <div><span>Regular</span><span>${reg}</span></div>
   <div><span>Overtime</span><span>${ot}</span></div>
   <div><span>${train_label}</span><span>${train}</span></div>
   <div class="g"><span>Total hours</span><span>${total}</span></div>
  </div>
 </div>
 <div class="sg">
  <div><div class="h">${employee}<span>${emp_signed}</span></div>Employee signature / date</div>
  <div><div class="h">${supervisor}<span>${sup_signed}</span></div>${approve_label}</div>
 </div>
 <div class="ft"><span>${app}</span><span>${printed}</span></div>
</div>
"""

COMPANIES = [
    ("Rapid Dry Restoration LLC", "1420 Industrial Pkwy, Spokane, WA 99202"),
    ("Apex Water & Fire, Inc.", "305 W. Commerce St, Dallas, TX 75208"),
    ("Clearwater Cleaning Co.", "46 Mill Pond Lane, Concord, NH 03301"),
    ("Summit Peak Restoration", "2900 Pecos Rd, Las Vegas, NV 89120"),
    ("BlueLine Mitigation Services", "7711 Airport Blvd, Orlando, FL 32822"),
    ("Four Seasons Carpet & Restoration", "1180 Riverside Dr, Columbus, OH 43215"),
]
CUSTOMERS = [
    "Hendricks residence \u2013 kitchen supply line",
    "Oak Terrace Apts #214 \u2013 ceiling leak",
    "Valley Dental \u2013 sprinkler discharge",
    "Moreno residence \u2013 basement backup",
    "St. Luke's parish hall \u2013 roof leak",
    "Lakeside Storage \u2013 monitoring",
    "Pratt residence \u2013 water heater",
    "Shop \u2013 equipment cleaning",
    "Carlisle Office Park \u2013 fire cleanup",
    "Nguyen residence \u2013 dry-out check",
]
POSITIONS = [
    "Water Mitigation Tech",
    "Restoration Technician",
    "Crew Lead",
    "Carpet/Upholstery Tech",
]
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def _clock(minutes: int) -> str:
    h, m = divmod(minutes, 60)
    return f"{(h - 1) % 12 + 1}:{m:02d} {'AM' if h < 12 else 'PM'}"


def fill(d):
    from datetime import timedelta
    from html import escape

    from corpus import formats as F
    from corpus import values as V

    r = d.rng
    # The week runs Monday to Sunday around a class the technician was sent to.
    monday = d.completed - timedelta(days=d.completed.weekday())
    sunday = monday + timedelta(days=6)
    style = d.pick(["us_numeric", "us_short", "short_month"])
    if d.chance(0.6):
        course, code = d.pick(V.IICRC_COURSES)
        course = f"{code} class \u2013 {course}"
        class_days = d.pick([2, 3])
    else:
        course = f"CE class \u2013 {d.pick(V.CE_COURSES)}"
        class_days = 1
    school = d.pick(V.SCHOOLS)[0]
    first = r.randint(0, 4 - class_days + 1)
    rows, reg_min, train_min, ot_min = [], 0, 0, 0
    weekend_off = d.chance(0.5)
    for i in range(7):
        day = monday + timedelta(days=i)
        training = first <= i < first + class_days
        if i == 6 or (i == 5 and weekend_off):
            off = d.pick(["Off", "\u2014", "Off \u2013 on call"])
            rows.append(
                f"<tr><td>{DAYS[i]}</td><td>{F.fmt_date(day, style)}</td><td></td>"
                f'<td class="t">{off}</td><td></td><td></td>'
                '<td></td><td class="n"></td><td class="n">0.00</td></tr>'
            )
            continue
        if training:
            start, end, brk = 8 * 60, 17 * 60, 60
            job, task = "TRN", f"{course} ({school})"
            cc = "900-TRN"
        else:
            start = d.pick([7 * 60, 7 * 60 + 30, 8 * 60])
            end = start + d.pick([8 * 60 + 30, 9 * 60, 9 * 60 + 30, 10 * 60 + 30])
            brk = d.pick([30, 30, 45])
            job = f"{d.completed.year % 100}-{r.randint(1000, 4999)}"
            task = d.pick(CUSTOMERS)
            cc = d.pick(["210-WTR", "220-DRY", "230-MON", "310-FIRE", "110-SHOP"])
        mins = end - start - brk
        if training:
            train_min += mins
        else:
            reg_min += mins
        cls = ' class="tr"' if training else ""
        rows.append(
            f"<tr{cls}><td>{DAYS[i]}</td><td>{F.fmt_date(day, style)}</td><td>{job}</td>"
            f'<td class="t">{escape(task)}</td><td>{cc}</td><td>{_clock(start)}</td><td>{_clock(end)}</td>'
            f'<td class="n">{brk}m</td><td class="n">{mins / 60:.2f}</td></tr>'
        )
    worked = reg_min + train_min
    if worked > 40 * 60:
        ot_min = worked - 40 * 60
        take = min(ot_min, reg_min)
        reg_min -= take
        ot_min = take
    company, addr = d.pick(COMPANIES)
    supervisor = d.person()
    employee = d.person()
    signed = sunday + timedelta(days=d.pick([1, 1, 2]))
    return {
        "dark": d.colors["dark"],
        "td_pad": d.pick([7, 8]),
        "sg_gap": d.pick([26, 40]),
        "light": d.colors["light"],
        "company": company,
        "addr": addr,
        "heading": d.pick(["Weekly Time Sheet", "Employee Timecard", "Time Sheet"]),
        "period_label": d.pick(["Pay period", "Week of", "Period"]),
        "period": F.fmt_range(monday, sunday, r),
        "employee": employee,
        "emp_id": str(r.randrange(100, 9999)),
        "position": d.pick(POSITIONS),
        "supervisor": supervisor,
        "week_end": F.fmt_date(sunday, style),
        "rows_html": "\n  ".join(rows),
        "notes": d.pick(
            [
                f"Class days paid at regular rate per training policy. Hotel and per diem on expense "
                f"report. Certificate copy to office by {F.fmt_date(signed + timedelta(days=7), 'short_month')}.",
                "Training time counts as hours worked. Mileage to class logged separately. "
                "On call Sat.",
                f"Van {r.randint(2, 14)} used for class travel. No overtime approved for class days.",
            ]
        ),
        "reg": f"{reg_min / 60:.2f}",
        "ot": f"{ot_min / 60:.2f}",
        "train_label": d.pick(["Training (900-TRN)", "Training", "Class / training"]),
        "train": f"{train_min / 60:.2f}",
        "total": f"{(reg_min + ot_min + train_min) / 60:.2f}",
        "emp_signed": F.fmt_date(signed, style),
        "sup_signed": F.fmt_date(signed + timedelta(days=d.pick([0, 1])), style),
        "approve_label": d.pick(["Supervisor approval / date", "Approved by / date"]),
        "app": d.pick(
            ["Printed from ClockShark", "Printed from QuickBooks Time", "Crew time export"]
        ),
        "printed": f"Printed {F.fmt_date(signed, 'long')} \u00b7 page 1 of 1",
    }
