"""Not a certificate: the agenda a training school hands out (or e-mails
before) a multi-day class, landscape. A dark band with the school's name and
"Class Agenda"; under it the class title, dates, location and instructor.
The body sets the days side by side, each a column of time blocks with the
block's topic and its length in minutes, with breaks, lunch and the exam in
grey. A strip at the foot sums the daily meeting time, the instructional
time, the lunch and breaks left out, the exam time and the credit the class
carries once it is completed. No learner is named: it is a schedule, and
none of its figures is credit earned by anyone."""

SOURCE = (
    "jeremylightsmith/agileopennorthwest:public/2011/schedule.php (schedule table: a header row "
    "per day, then time ranges with the block beside each); wording of restoration schools' "
    "class agendas (seat time, instructional hours, lunch not included, exam on the last day)"
)
KIND = "other"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "other",
    "table",
    "landscape",
    "dark-band",
    "date-range",
    "distractor-person",
    "provider-in-logo",
)

TEMPLATE = """<style>
.w { position:absolute; inset:0; font: 12px ${sans}; color:#1c1c1c }
.band { background:${dark}; color:#fff; padding:14px 40px 12px; display:flex; align-items:flex-end; justify-content:space-between }
.band b { font: bold 22px ${head}; letter-spacing:.3px } .band span { display:block; font-size:11px; opacity:.85; margin-top:2px }
.band h1 { margin:0; font: bold 17px ${sans}; text-transform:uppercase; letter-spacing:3px; opacity:.95 }
.info { padding:10px 40px 8px; display:flex; gap:28px; align-items:baseline; border-bottom:1px solid #ccc }
.info .t { font: bold 17px ${head}; color:${dark}; flex:1 }
.info div { font-size:12px } .info i { font-style:normal; color:#666; font-size:10.5px; margin-right:4px }
.days { display:flex; gap:14px; padding:12px 40px 0 }
.day { flex:1; border:1px solid #bbb; max-width:${day_max}px }
.day h2 { margin:0; background:${light}; font: bold 13px ${sans}; padding:6px 8px; border-bottom:1px solid #bbb; display:flex; justify-content:space-between }
.day h2 span { font-weight:normal; color:#555; font-size:11px }
.blk { display:grid; grid-template-columns:${tcol}px 1fr 54px; border-bottom:1px solid #e2e2e2; font-size:${blk_px}px }
.blk > div { padding:${pad}px 6px } .blk .tm { color:#444; white-space:nowrap; font-variant-numeric:tabular-nums }
.blk .mn { text-align:right; color:#444; white-space:nowrap }
.blk.g { background:#f3f3f3; color:#666 } .blk.g .mn { color:#888 }
.blk.x { background:${hi}; font-weight:bold }
.ex { display:flex; gap:14px; padding:14px 40px 0; font-size:12px; line-height:18px }
.ex div { flex:1; border-top:2px solid ${dark}; padding-top:5px }
.ex b { display:block; font-size:12.5px; margin-bottom:2px }
.sum { position:absolute; left:40px; right:40px; bottom:44px; display:flex; border:1.5px solid ${dark} }
.sum div { flex:1; padding:6px 10px; border-right:1px solid #bbb; font-size:10.5px; color:#555 } .sum div:last-child { border-right:0 }
.sum b { display:block; font-size:15px; color:#111; margin-top:1px }
.nt { position:absolute; left:40px; right:40px; bottom:18px; font-size:9.5px; color:#666 }
</style>
<div class="w">
 <div class="band"><div><b>${provider}</b><span>${provider_line}</span></div><h1>${heading}</h1></div>
 <div class="info"><div class="t">${title}</div><div><i>Dates</i>${dates}</div><div><i>Location</i>${location}</div><div><i>${instr_label}</i>${instructor}</div></div>
 <div class="days">${days_html}</div>
 <div class="ex"><div><b>${bring_head}</b>${bring_html}</div><div><b>${att_head}</b>${att}</div></div>
 <div class="sum">${sum_html}</div>
 <div class="nt">${note}</div>
</div>
"""

TOPICS = [
    "Welcome, safety briefing and introductions",
    "Principles of drying",
    "Psychrometry and the drying environment",
    "Moisture meters: hands-on",
    "Categories and classes of water",
    "Inspection and moisture mapping",
    "Equipment selection and placement",
    "Drying lab: setting the chamber",
    "Materials: carpet, pad, drywall, wood",
    "Contamination and containment",
    "Antimicrobials and cleaning",
    "Documentation and job files",
    "Customer and adjuster communication",
    "Safety: electrical, PPE, confined spaces",
    "Case studies",
    "Review and questions",
    "Lab: readings and monitoring",
    "Standards and references",
]


def _clock(mins):
    h, m = divmod(mins, 60)
    return f"{(h - 1) % 12 + 1}:{m:02d}"


def _span(mins):
    if mins % 15 == 0:
        return f"{mins / 60:g} hrs"
    h, m = divmod(mins, 60)
    return f"{h} h {m} min" if h else f"{m} min"


def fill(d):
    import math
    from datetime import timedelta

    from corpus import formats as F

    r = d.rng
    credit = float(d.credit)
    n_days = max(1, min(3, math.ceil(credit / 7.5)))
    per_day = int(round(credit * 60 / n_days / 15) * 15)
    lunch = d.pick([45, 60, 60])
    break_len = d.pick([10, 15, 15, 20])
    days_html, instr_total, meet_total, breaks_total = [], 0, 0, 0
    left = int(credit * 60)
    pool = r.sample(TOPICS[1:], len(TOPICS) - 1)
    exam_len = d.pick([60, 60, 90])
    first = d.completed - timedelta(days=n_days - 1)
    for i in range(n_days):
        day = first + timedelta(days=i)
        t = d.pick([8 * 60, 8 * 60, 8 * 60 + 30])
        start = t
        target = left if i == n_days - 1 else min(left, per_day)
        left -= target
        blocks, done, since_break, lunched = [], 0, 0, False
        if i == 0:
            pool.insert(0, TOPICS[0])
        while done < target:
            if not lunched and t >= 11 * 60 + 30 and target - done > 60:
                blocks.append((t, "Lunch", lunch, "g"))
                t += lunch
                breaks_total += lunch
                lunched = True
                since_break = 0
                continue
            if since_break >= 90 and target - done > 30:
                blocks.append((t, "Break", break_len, "g"))
                t += break_len
                breaks_total += break_len
                since_break = 0
                continue
            ln = min(
                d.pick([45, 60, 60, 75, 90] if credit > 4 else [20, 30, 30, 45]), target - done
            )
            if 0 < target - done - ln < 30:
                ln = target - done
            topic = pool.pop(0) if pool else "Review and questions"
            blocks.append((t, topic, ln, ""))
            t += ln
            done += ln
            since_break += ln
        if i == n_days - 1 and d.chance(0.85):
            blocks.append(
                (t, d.pick(["Written exam", "Certification exam", "Final test"]), exam_len, "x")
            )
            t += exam_len
        instr_total += done
        meet_total += t - start
        rows = "".join(
            f"<div class='blk {c}'><div class='tm'>{_clock(s)}</div><div>{topic}</div><div class='mn'>{ln} min</div></div>"
            for s, topic, ln, c in blocks
        )
        days_html.append(
            f"<div class='day'><h2>Day {i + 1}<span>{F.fmt_date(day, d.pick(['short_month', 'weekday', 'us_numeric']))}</span></h2>{rows}</div>"
        )
    has_exam = (
        "Written exam" in "".join(days_html)
        or "exam" in "".join(days_html)
        or "Final test" in "".join(days_html)
    )
    credit_txt = f"{credit:g} {d.pick(['CECs', 'CE hours', 'IICRC CECs'])}"
    cells = [
        (d.pick(["Scheduled time", "Class meets"]), _span(meet_total)),
        (d.pick(["Instruction", "Instructional time"]), _span(instr_total)),
        (d.pick(["Lunch & breaks (not counted)", "Breaks, not counted"]), _span(breaks_total)),
    ]
    if has_exam:
        cells.append(("Exam (not counted)", f"{exam_len} min"))
    cells.append((d.pick(["Credit on completion", "Approved for"]), credit_txt))
    sum_html = "".join(f"<div>{a}<b>{b}</b></div>" for a, b in cells)
    return {
        "head": d.fonts[d.pick(["serif", "display", "sans"])],
        "tcol": d.pick(["46", "50"]),
        "blk_px": d.pick(["13", "13.5"]),
        "pad": d.pick(["8", "9"]),
        "day_max": "520" if n_days == 1 else "2000",
        "hi": d.pick(["#fff1c7", "#e3efe3"]),
        "provider": d.provider(),
        "provider_line": f"{d.web()} \u00b7 {d.phone()}",
        "heading": d.pick(["Class Agenda", "Course Schedule", "Daily Agenda"]),
        "title": d.title(d.pick(["plain", "with_code"])),
        "dates": d.date_range(n_days - 1) if n_days > 1 else d.date(),
        "location": d.pick([d.venue(), f"Training center \u00b7 {d.city()}", d.city()]),
        "instr_label": d.pick(["Instructor", "Lead instructor"]),
        "instructor": d.person(),
        "days_html": "".join(days_html),
        "sum_html": sum_html,
        "bring_head": d.pick(["What to bring", "Bring to class"]),
        "bring_html": ", ".join(
            r.sample(
                [
                    "photo ID for the exam",
                    "work boots for the lab",
                    "a calculator",
                    "safety glasses",
                    "your own moisture meter if you have one",
                    "a pen and notebook",
                    "lunch or money for the café next door",
                ],
                4,
            )
        ).capitalize()
        + ".",
        "att_head": d.pick(["Attendance", "Sign-in"]),
        "att": d.pick(
            [
                "Sign in each morning and after lunch. Students more than 15 minutes late make up the "
                "time before the exam.",
                "Full attendance is required. Missed blocks must be made up with the instructor before "
                "a certificate is issued.",
            ]
        ),
        "note": d.pick(
            [
                "Times may shift with class discussion. Sign in each morning and after lunch; full "
                "attendance is required for credit.",
                "This agenda is not a certificate. Certificates are issued after the class to students "
                "with full attendance.",
            ]
        ),
    }
