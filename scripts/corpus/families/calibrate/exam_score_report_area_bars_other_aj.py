"""Not a certificate: the score report a testing centre prints for a
candidate after a certification exam, portrait. A wordmark of the testing
service on the left and "candidate score report" on the right over a rule;
a dark title bar; a two-column block of labelled values (candidate,
candidate ID, exam with the course's name, form, test date, test site and
proctor); a result box with the candidate's score, the passing score and
pass or fail; a table of content areas with items, items correct, percent
and a shaded bar each; then notes saying the report is not a certificate,
that an exam earns no continuing-education credit, when the certificate
follows or when a retest may be booked, and the class hours that made the
candidate eligible. The proctor's signature and the time of printing close
the page. It names a person, a course, a school, dates and hours, and
records no one's completion of anything."""

SOURCE = (
    "Pearson VUE test-centre guide 'Distributing score reports' (printed PASS/FAIL reports with "
    "diagnostic information, percent or items correct against items required) and Pearson's "
    "'Helping candidates interpret their test results' sample report (test results bar, your "
    "test score against the passing standard, performance by content domain)"
)
KIND = "other"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "other",
    "portrait",
    "labelled",
    "table",
    "dark-band",
    "provider-in-logo",
    "distractor-person",
    "distractor-date",
)

TEMPLATE = """<style>
.w { position:absolute; left:60px; right:60px; top:46px; bottom:40px; font: 13px ${face}; color:#1d1d1d }
.hd { display:flex; justify-content:space-between; align-items:flex-end; border-bottom:2px solid ${accent}; padding-bottom:10px }
.hd .wm { font: bold 23px ${wmface}; color:${dark}; letter-spacing:.3px; line-height:25px }
.hd .wm i { display:block; font: normal 11px ${sans}; letter-spacing:2px; text-transform:uppercase; color:#666; margin-top:3px }
.hd .rt { text-align:right; font: bold 15px ${sans}; letter-spacing:1.5px; text-transform:uppercase; color:#333; line-height:20px }
.hd .rt span { display:block; font: normal 11px ${sans}; letter-spacing:.5px; text-transform:none; color:#777 }
.bar { margin-top:18px; background:${dark}; color:#fff; font: bold 13px ${sans}; letter-spacing:2px; text-transform:uppercase; padding:7px 14px }
.kv { display:grid; grid-template-columns:130px 1fr 110px 1fr; gap:7px 12px; padding:14px 14px 12px; border:1px solid #ccc; border-top:0 }
.kv span { color:#666; font-size:12px }
.kv b { font-weight:600 }
.res { display:flex; margin-top:16px; border:1px solid #bbb }
.res div { flex:1; padding:10px 14px; border-left:1px solid #ddd; font-size:11.5px; color:#555; text-transform:uppercase; letter-spacing:1px }
.res div:first-child { border-left:0 }
.res b { display:block; font: bold 24px ${sans}; color:#111; letter-spacing:0; text-transform:none; margin-top:3px }
.res .st b { color:${status_color} }
table { width:100%; border-collapse:collapse; margin-top:0; font-size:12.5px }
th { text-align:left; font: 600 11px ${sans}; text-transform:uppercase; letter-spacing:.6px; color:#444; background:${light}; border-bottom:1px solid #999; padding:7px 10px }
td { border-bottom:1px solid #ddd; padding:7px 10px }
td.n { text-align:right; white-space:nowrap; width:60px }
td.g { width:150px }
td.g div { height:10px; background:#e4e4e4 } td.g div i { display:block; height:10px; background:${accent} }
.nt { margin-top:18px; font-size:12px; line-height:18px; color:#333 }
.nt p { margin:0 0 7px }
.ft { position:absolute; left:0; right:0; bottom:0; display:flex; justify-content:space-between; align-items:flex-end; font-size:11.5px; color:#444 }
.ft .h { font: 25px ${hand}; color:#1f2f70; border-bottom:1px solid #555; width:230px; height:36px; line-height:42px; white-space:nowrap; overflow:hidden }
.ft .pr { text-align:right; font: 10.5px ${mono}; color:#555; line-height:15px }
</style>
<div class="w">
 <div class="hd">
  <div class="wm">${service}<i>${service_sub}</i></div>
  <div class="rt">${report_title}<span>${official}</span></div>
 </div>
 <div class="bar">${bar1}</div>
 <div class="kv">
  <span>${cand_label}</span><b>${candidate}</b><span>Candidate ID</span><b>${cand_id}</b>
  <span>Examination</span><b style="grid-column: span 3">${exam}</b>
  <span>${date_label}</span><b>${test_date}</b><span>Form</span><b>${form}</b>
  <span>Test site</span><b style="grid-column: span 3">${site}</b>
  <span>Proctor</span><b>${proctor}</b><span>Seat</span><b>${seat}</b>
 </div>
 <div class="res">
  <div>${score_label}<b>${score}</b></div>
  <div>Passing score<b>${passing}</b></div>
  <div class="st">Result<b>${status}</b></div>
 </div>
 <div class="bar" style="margin-top:18px">${bar2}</div>
 <table>
  <tr><th>Content area</th><th style="text-align:right">Items</th><th style="text-align:right">Correct</th><th style="text-align:right">Percent</th><th></th></tr>
  ${rows_html}
 </table>
 <div class="nt">${notes_html}</div>
 <div class="ft">
  <div><div class="h">${proctor}</div>${proctor}, ${proctor_role}</div>
  <div class="pr">${printed}<br>${page}</div>
 </div>
</div>
"""

SERVICES = [
    ("Restoration Credentialing Testing", "Candidate services"),
    ("TechCert Assessment Services", "Proctored examinations"),
    ("Cleaning Industry Exam Center", "Testing program"),
    ("National Restoration Examiners", "Examination services"),
]
AREAS = [
    "Safety and health",
    "Standards, terminology and principles",
    "Inspection and pre-restoration assessment",
    "Measurement and psychrometry",
    "Procedures and techniques",
    "Equipment, tools and materials",
    "Documentation and customer communication",
    "Contamination and containment",
    "Chemistry and product selection",
]


def fill(d):
    import html
    from datetime import timedelta

    from corpus.formats import fmt_date

    r = d.rng
    service, sub = d.pick(SERVICES)
    school = d.org
    style = d.pick(["us_numeric", "long", "short_month", "iso", "dmy_long"])
    # the exam is sat at the end of the class or some days after it
    tested = d.completed + timedelta(days=d.pick([0, 0, 3, 12, 30]))
    areas = r.sample(AREAS, d.pick([4, 5, 6]))
    total_items, correct_total, rows = 0, 0, []
    passed = d.chance(0.75)
    for area in areas:
        items = d.pick([10, 12, 15, 16, 20, 24])
        lo, hi = (0.62, 0.98) if passed else (0.4, 0.8)
        right = min(items, max(1, round(items * r.uniform(lo, hi))))
        total_items += items
        correct_total += right
        pct = round(100 * right / items)
        rows.append(
            f"<tr><td>{html.escape(area)}</td><td class='n'>{items}</td><td class='n'>{right}</td>"
            f"<td class='n'>{pct}%</td><td class='g'><div><i style='width:{pct}%'></i></div></td></tr>"
        )
    score = round(100 * correct_total / total_items)
    pass_mark = d.pick([70, 70, 75, 80])
    passed = score >= pass_mark
    exam = d.course + (f" ({d.code})" if d.code else "")
    exam += d.pick([" Examination", " Certification Exam", " - Written Exam"])
    class_hours = d.pick([7, 14, 19, 21, 16]) if d.code else d.pick([3, 4, 6, 8])
    fee_by = fmt_date(tested + timedelta(days=d.pick([30, 60, 90])), style)
    retest = fmt_date(tested + timedelta(days=d.pick([14, 30])), style)
    notes = [
        d.pick(
            [
                "This score report is not a certificate and may not be used as proof of "
                "certification or of course completion.",
                "This report shows examination results only. It is not a certificate, "
                "diploma or license.",
            ]
        ),
        d.pick(
            [
                "Examinations carry no continuing education credit (CECs); exam time is not "
                "creditable toward renewal.",
                "No CEC hours are awarded for sitting an examination.",
            ]
        ),
        f"Eligibility: attendance at the {class_hours}-hour class taught at {school} "
        f"on {fmt_date(d.completed, style)}.",
    ]
    if passed:
        notes.append(
            d.pick(
                [
                    "Your certificate and wallet card are issued once the certification fee "
                    f"is received. Submit it no later than {fee_by}.",
                    f"Register and pay the certification fee by {fee_by}; your certificate "
                    "follows by mail in four to six weeks.",
                ]
            )
        )
    else:
        notes.append(
            f"You may schedule a retest on or after {retest}. Areas below 70% are where to "
            "focus your study."
        )
    printed_date = fmt_date(tested, d.pick(["us_numeric", "iso"]))
    hh, mm = r.randrange(9, 18), r.randrange(0, 60)
    return {
        "face": d.fonts[d.pick(["sans", "serif"])],
        "wmface": d.fonts[d.pick(["display", "cond", "sans"])],
        "hand": d.fonts["hand"].replace(", cursive", ", 'Dancing Script', cursive"),
        "service": service,
        "service_sub": sub,
        "report_title": d.pick(
            ["Candidate score report", "Examination score report", "Exam results"]
        ),
        "official": d.pick(["Unofficial copy", "Candidate copy", "Printed at test site"]),
        "bar1": d.pick(["Test results", "Candidate and examination", "Examination details"]),
        "cand_label": d.pick(["Candidate", "Candidate name", "Name"]),
        "candidate": d.person(),
        "cand_id": f"{d.pick(['C', 'RC', ''])}{r.randrange(1000000, 9999999)}",
        "exam": exam,
        "date_label": d.pick(["Test date", "Exam date", "Date tested"]),
        "test_date": fmt_date(tested, style),
        "form": f"{d.pick(['A', 'B', 'C'])}{r.randrange(1, 9)}-{r.randrange(10, 99)}",
        "site": f"{school}, {d.city()}",
        "proctor": d.person(),
        "seat": f"{r.randrange(1, 24)}",
        "proctor_role": d.pick(["Proctor", "Test administrator", "Exam proctor"]),
        "score_label": d.pick(["Your score", "Score", "Percent correct"]),
        "score": f"{score}%",
        "passing": f"{pass_mark}%",
        "status": "PASS" if passed else "FAIL",
        "status_color": "#1f6b2f" if passed else "#9b1c1c",
        "bar2": d.pick(["Performance by content area", "Diagnostic information"]),
        "rows_html": "\n  ".join(rows),
        "notes_html": "".join(f"<p>{html.escape(n)}</p>" for n in notes),
        "printed": f"{d.pick(['Printed', 'Report printed', 'Generated'])} {printed_date} "
        f"{hh:02d}:{mm:02d}",
        "page": d.pick(["Page 1 of 1", f"Site {r.randrange(1000, 9999)}"]),
    }
