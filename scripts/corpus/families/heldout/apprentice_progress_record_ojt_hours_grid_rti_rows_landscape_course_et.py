"""A registered apprenticeship's progress record kept by the sponsoring
restoration company (landscape). A dark band across the top carries the
record's name and the period it closes in light type; under it a grid of
labelled boxes (apprentice, RAPIDS number, occupation, sponsor, mentor,
start date). On the left, a table of on-the-job hours by work process for
the last months of the period with running totals against the program's
required hours (many hour figures that are not a credit). On the right,
the related technical instruction: a short table of classes where one row
is completed (course, provider, date, hours) and the others are enrolled
for a later date or not started. Three signature lines (apprentice,
journeyworker mentor, apprenticeship coordinator) close the page."""

from datetime import timedelta
from html import escape

from corpus import formats as F
from corpus import values as V

SOURCE = (
    "AlextheYounga/ecfr:cfr/title-29-Labor/subtitle-A-Office-Secretary-Labor/part-30-Equal-"
    "Employment-Opportunity-Apprenticeship-Training/section-30.8.md (sponsors keep 'hours of work "
    "and, separately, hours of training') and uaedpolicy/apprenticeship-hub:docs/aoa_data-"
    "specification.md (occupation, sponsor, education provider, method and length of related "
    "instruction); registered-apprenticeship progress and RTI records kept by trade sponsors"
)
KIND = "course"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "record",
    "table",
    "labelled",
    "landscape",
    "dark-band",
    "distractor-person",
    "distractor-date",
    "distractor-hours",
    "distractor-org",
    "distractor-course",
)

TEMPLATE = """<style>
.band { position:absolute; left:0; right:0; top:0; height:62px; background:${dark}; color:#fff; display:flex;
  justify-content:space-between; align-items:center; padding:0 40px }
.band b { font: bold 21px ${head}; letter-spacing:${band_ls} ; text-transform:uppercase }
.band span { font: 12px ${sans}; text-align:right; line-height:16px; opacity:.92 }
.w { position:absolute; left:40px; right:40px; top:78px; bottom:26px; font: 12.5px ${sans}; color:#1a1a1a }
.grid { display:grid; grid-template-columns: 1.4fr 1fr 1.3fr; border-top:1px solid #666; border-left:1px solid #666 }
.grid div { border-right:1px solid #666; border-bottom:1px solid #666; padding:3px 7px 5px; min-height:38px }
.grid em { display:block; font: normal 9px ${sans}; text-transform:uppercase; letter-spacing:.6px; color:#555 }
.grid strong { display:block; font: ${val_weight} 13.5px ${val_face}; margin-top:2px }
.cols { display:flex; gap:22px; margin-top:14px }
.l { flex: 1.25 } .r { flex: 1 }
h3 { font: bold 12.5px ${sans}; margin:0 0 5px; color:${dark}; text-transform:uppercase; letter-spacing:.8px }
table { width:100%; border-collapse:collapse; font-size:11.5px }
th { background:${th_bg}; color:${th_fg}; font-weight:bold; padding:4px 5px; border:1px solid #888; font-size:10.5px; text-align:center }
td { border:1px solid #aaa; padding:4px 5px; text-align:center; vertical-align:top }
td.t { text-align:left }
tr.tot td { font-weight:bold; background:#f0f0f0 }
.note { font-size:10px; color:#555; margin-top:5px; line-height:13px }
.st { font-weight:bold }
.sg { position:absolute; left:0; right:0; bottom:0; display:flex; gap:28px }
.sg > div { flex:1; font-size:10.5px; color:#333 }
.sg .h { font: 24px ${hand}; color:#1d2b6b; height:32px; line-height:32px; border-bottom:1px solid #333; white-space:nowrap; margin-bottom:3px }
.sum { display:flex; gap:14px; margin-top:16px }
.sum > div { border:1px solid #999; padding:5px 9px; font-size:11px; color:#333; flex:1 }
.sum b { display:block; font: bold 15px ${sans}; color:#111; margin-top:2px }
.rm { margin-top:16px; border:1px solid #999; padding:5px 9px; height:118px; font-size:10.5px; color:#444;
  background: repeating-linear-gradient(transparent 0 21px, #ccc 21px 22px); background-position: 0 8px }
.rm span { display:block; font: 19px ${hand}; color:#1d2b6b; margin-top:2px; line-height:22px }
td.dt { white-space:nowrap }
</style>
<div class="band"><b>${doc_title}</b><span>${sponsor}<br>${period_label} ${period_end}</span></div>
<div class="w">
 <div class="grid">
  <div><em>Apprentice</em><strong>${name}</strong></div>
  <div><em>${id_label}</em><strong>${rapids}</strong></div>
  <div><em>Occupation</em><strong>${occupation}</strong></div>
  <div><em>Sponsor</em><strong>${sponsor}</strong></div>
  <div><em>Start of apprenticeship</em><strong>${start}</strong></div>
  <div><em>${mentor_label}</em><strong>${mentor}</strong></div>
 </div>
 <div class="cols">
  <div class="l">
   <h3>${ojt_head}</h3>
   <table><tr><th style="text-align:left">Work process</th>${month_heads_html}<th>To date</th><th>Required</th></tr>
   ${ojt_rows_html}</table>
   <div class="note">${ojt_note}</div>
  </div>
  <div class="r">
   <h3>${rti_head}</h3>
   <table><tr><th style="text-align:left">Course</th><th style="text-align:left">Provider</th><th>${h_date}</th><th>Hours</th><th>Status</th></tr>
   ${rti_rows_html}</table>
   <div class="note">${rti_note}</div>
  </div>
 </div>
 <div class="sum">
  <div>${sum1_label}<b>${sum1}</b></div><div>${sum2_label}<b>${sum2}</b></div><div>${sum3_label}<b>${sum3}</b></div>
 </div>
 <div class="rm">${remarks_label}<span>${remarks}</span></div>
 <div class="sg">
  <div><div class="h">${apprentice_sig}</div>Apprentice</div>
  <div><div class="h">${mentor}</div>${mentor_label}</div>
  <div><div class="h">${coord}</div>${coord_role} &middot; ${sign_date}</div>
 </div>
</div>
"""

SPONSORS = [
    "Allegiant Water & Fire Restoration",
    "Tri-County Property Recovery, Inc.",
    "BlueLine Restoration Services",
    "Cornerstone Cleaning & Restoration",
    "High Desert Disaster Recovery LLC",
]
PROCESSES = [
    ("Water mitigation and drying", 1600),
    ("Mold remediation and containment", 800),
    ("Fire and smoke cleanup", 700),
    ("Contents pack-out and cleaning", 400),
    ("Safety, PPE and job-site setup", 300),
    ("Documentation and moisture logs", 200),
]
LATER = [
    "Enrolled — starts {d}",
    "Scheduled {d}",
    "Not started",
    "Registered for {d}",
]


def fill(d):
    r = d.rng
    sponsor = d.pick(SPONSORS)
    name = d.name(d.pick(["plain", "last_first", "upper", "last_first"]))
    short = "%b" if d.chance(0.5) else "%m/%y"
    first = d.completed.replace(day=1)
    months = [
        first.replace(
            year=first.year - (first.month - k <= 0), month=(first.month - k - 1) % 12 + 1
        )
        for k in (2, 1, 0)
    ]
    month_heads = "".join(f"<th>{m.strftime(short)}</th>" for m in months)
    rows, total_done, total_req = [], 0, 0
    period_ojt = 0
    for proc, req in r.sample(PROCESSES, d.pick([5, 6])):
        per = [r.choice([0, 8, 16, 24, 32, 40, 56, 64, 80]) for _ in months]
        period_ojt += sum(per)
        done = min(req, sum(per) + r.randrange(40, req, 8))
        total_done += done
        total_req += req
        cells = "".join(f"<td>{p}</td>" for p in per)
        rows.append(
            f"<tr><td class='t'>{escape(proc)}</td>{cells}<td>{done:,}</td><td>{req:,}</td></tr>"
        )
    rows.append(
        f"<tr class='tot'><td class='t'>Total</td>{'<td></td>' * len(months)}"
        f"<td>{total_done:,}</td><td>{total_req:,}</td></tr>"
    )

    date_style = d.pick(["us_numeric", "us_short", "short_month", "iso"])
    title = d.title(d.pick(["plain", "with_code", "plain"]))
    org = d.provider()
    when = d.date(date_style)
    hours = d.hours_number()
    rti = [
        f"<tr><td class='t'>{escape(title)}</td><td class='t'>{escape(org)}</td>"
        f"<td class='dt'>{escape(when)}</td><td>{escape(hours)}</td>"
        f"<td class='st'>{d.pick(['Completed', 'Complete ✓', 'Passed'])}</td></tr>"
    ]
    others = [t for t in V.CE_COURSES if t != d.course]
    for k, other in enumerate(r.sample(others, d.pick([1, 2, 2]))):
        later = d.completed + timedelta(days=r.randint(30, 160) * (k + 1))
        status = d.pick(LATER).format(d=F.fmt_date(later, date_style))
        prov = d.pick([s[0] for s in V.SCHOOLS if s[0] != d.org] + ["In-house (sponsor)"])
        rti.append(
            f"<tr><td class='t'>{escape(other)}</td><td class='t'>{escape(prov)}</td>"
            f"<td>—</td><td>{F.fmt_number(d.pick([7, 8, 14, 16, 21]), r)}</td>"
            f"<td>{escape(status)}</td></tr>"
        )
    if d.chance(0.5):
        rti.insert(1, rti.pop(0))

    th_dark = d.chance(0.5)
    start = d.completed - timedelta(days=r.randint(200, 700))
    mentor = d.person()
    period_day = d.completed + timedelta(days=r.randint(3, 25))
    return {
        "head": d.fonts[d.pick(["sans", "cond", "display"])],
        "band_ls": d.pick(["1px", "2px", "0"]),
        "val_face": d.fonts[d.pick(["sans", "mono", "serif"])],
        "val_weight": d.pick(["normal", "bold"]),
        "th_bg": d.colors["dark"] if th_dark else "#e4e4e4",
        "th_fg": "#fff" if th_dark else "#111",
        "doc_title": d.pick(
            [
                "Apprentice Progress Record",
                "Apprenticeship Training Record",
                "Apprentice Hours Report",
            ]
        ),
        "sponsor": sponsor,
        "period_label": d.pick(["Period ending", "Quarter ending", "Report through"]),
        "period_end": F.fmt_date(period_day, d.pick(["long", "us_numeric"])),
        "name": name,
        "id_label": d.pick(["RAPIDS No.", "Apprentice ID", "Registration No."]),
        "rapids": d.number(d.pick(["", "RA-", "AP "])),
        "occupation": d.pick(
            [
                "Restoration Technician",
                "Water & Fire Restoration Technician",
                "Mold Remediation Worker",
            ]
        ),
        "start": F.fmt_date(start, date_style),
        "mentor_label": d.pick(["Journeyworker / mentor", "Mentor", "Supervising journeyworker"]),
        "mentor": mentor,
        "ojt_head": d.pick(["On-the-job learning (hours)", "OJT hours by work process"]),
        "month_heads_html": month_heads,
        "ojt_rows_html": "".join(rows),
        "ojt_note": d.pick(
            [
                "Hours are taken from weekly time sheets signed by the mentor. OJT hours are work "
                "hours, not continuing education credit.",
                "Totals include hours carried from earlier periods. Program term: 4,000 hours.",
            ]
        ),
        "rti_head": d.pick(
            ["Related technical instruction", "RTI — classroom instruction", "Related instruction"]
        ),
        "h_date": d.pick(["Completed", "Date", "Finished"]),
        "rti_rows_html": "".join(rti),
        "rti_note": d.pick(
            [
                "Attach the provider's certificate for each completed class. Minimum 144 hours of "
                "related instruction per program year.",
                "Only completed classes count toward related instruction. Enrolled classes are "
                "shown for planning.",
            ]
        ),
        "sum1_label": d.pick(["OJT hours this period", "Work hours logged this period"]),
        "sum1": f"{period_ojt:,}",
        "sum2_label": d.pick(["Program completion", "Progress toward term"]),
        "sum2": f"{round(100 * total_done / total_req)}%",
        "sum3_label": d.pick(["Current wage step", "Wage step"]),
        "sum3": f"{r.randint(2, 6)} of 8 — ${r.randint(18, 27)}.{r.choice(['00', '25', '50', '75'])}/hr",
        "remarks_label": d.pick(["Mentor remarks", "Evaluation / remarks"]),
        "remarks": d.pick(
            [
                "Good progress on drying setups. Needs more time on containment.",
                "Reliable on water jobs; ready for more mold work next quarter.",
                "Keeps clean moisture logs. Work on customer walk-throughs.",
            ]
        ),
        "apprentice_sig": d.first + " " + d.last,
        "coord": d.person(),
        "coord_role": d.pick(["Apprenticeship Coordinator", "Training Director"]),
        "sign_date": F.fmt_date(period_day + timedelta(days=r.randint(1, 9)), "us_numeric"),
    }
