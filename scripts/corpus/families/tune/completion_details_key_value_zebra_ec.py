"""A one-page "Completion details" record: a coloured top rule and the
school's name with a small square mark, a heading, a short line (sometimes a
sentence naming the learner, who then is not in the table), and a two-column
key/value table with zebra rows or ruled lines: learner, course, course
number, provider, delivery, enrolled, completed, CEC hours, approval,
score, certificate number, issued. The row order and labels vary. A
verification line with a code and web address sits under the table."""

SOURCE = (
    "Ai-Whisperers/Courses-Content:certification/CERTIFICATION-TEMPLATE.md ('Certification "
    "Details' and 'Course Duration / Completion Date / Certificate ID' labelled lines, "
    "verification URL)"
)
KIND = "course"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "table",
    "record",
    "labelled",
    "portrait",
    "provider-in-logo",
    "distractor-date",
    "distractor-person",
    "sentence",
    "tiny-footer",
)

TEMPLATE = """<style>
.top { position:absolute; left:0; right:0; top:0; height:8px; background:${accent} }
.w { position:absolute; left:${pad}px; right:${pad}px; top:34px; font: ${base_px}px ${sans}; color:#222 }
.lg { display:flex; align-items:center; gap:10px } .lg i { width:22px; height:22px; background:${dark}; display:block }
.lg b { font: bold 16px ${display}; color:${dark} }
h1 { font: bold 22px ${face}; margin:14px 0 4px } .lead { font-size:12.5px; color:#444; margin-bottom:12px; line-height:18px }
table { width:100%; border-collapse:collapse; border:${tborder} }
td { padding:${row_pad}px 10px; vertical-align:top; border-bottom:1px solid #e1e1e1 }
tr:nth-child(even) td { background:${zebra} }
td.k { width:34%; color:#555; font-size:${key_px}px; ${key_case} }
td.v { font-weight:${v_weight} }
.ver { margin-top:12px; font-size:10.5px; color:#555; line-height:15px }
.ver b { font-family:${mono}; color:#222 }
.more { margin-top:22px; font-size:11px; color:#444; line-height:16px; border-left:3px solid ${accent}; padding-left:10px }
.ft { position:absolute; left:${pad}px; right:${pad}px; bottom:22px; display:flex; justify-content:space-between; font: 9px ${sans}; color:#777; border-top:1px solid #ddd; padding-top:4px }
</style>
<div class="top"></div>
<div class="w">
 <div class="lg"><i></i><b>${org_logo}</b></div>
 <h1>${heading}</h1>
 <div class="lead">${lead_html}</div>
 <table>${rows_html}</table>
 <div class="ver">${ver_text} <b>${code}</b> · ${web}</div>
 <div class="more">${more}</div>
</div>
<div class="ft"><span>${street}, ${town}</span><span>${printed}</span></div>
"""


def fill(d):
    import html
    from datetime import timedelta

    from corpus.formats import fmt_date

    e = html.escape
    r = d.rng
    style = d.pick(["long", "short_month", "us_numeric", "dmy_long", "iso", "weekday"])
    org = d.provider()
    name_in_lead = d.chance(0.35)
    if name_in_lead:
        name = d.name(d.pick(["plain", "plain", "honorific"]))
        lead = d.pick(
            [
                f"Completion details for {e(name)}, as recorded on the date shown below.",
                f"This page confirms the course completed by {e(name)}.",
            ]
        )
    else:
        lead = d.pick(
            [
                "The course below was completed and the credit recorded.",
                "Details of a completed course, from the provider's records.",
            ]
        )
    rows = []
    if not name_in_lead:
        rows.append(
            (
                d.pick(["Learner", "Participant", "Name"]),
                d.name(d.pick(["plain", "upper", "last_first"])),
            )
        )
    rows.append(
        (
            d.pick(["Course", "Course title", "Program"]),
            d.title(d.pick(["plain", "plain", "with_code"])),
        )
    )
    if d.chance(0.5):
        rows.append(("Course number", f"{d.code or 'CE'}-{r.randrange(100, 999)}"))
    if d.chance(0.5):
        rows.append((d.pick(["Provider", "Training provider", "Offered by"]), org))
    rows.append(("Delivery", d.pick(["Classroom", "Live online", "Self-paced online", "Blended"])))
    start = fmt_date(d.completed - timedelta(days=r.randint(3, 60)), style)
    rows.append((d.pick(["Enrolled", "Start date", "Registered"]), start))
    rows.append((d.pick(["Completed", "Completion date", "Date of completion"]), d.date(style)))
    rows.append(
        (
            d.pick(["CEC hours", "Credit hours", "Continuing education credit"]),
            d.hours(d.pick(["hours_title", "cec_hours", "cecs", "hrs"])),
        )
    )
    if d.chance(0.4):
        rows.append((d.pick(["Approval no.", "IICRC approval", "Course approval #"]), d.approval()))
    if d.chance(0.5):
        rows.append(("Score", f"{r.randint(80, 100)}% ({d.pick(['Pass', 'Passed'])})"))
    if d.chance(0.5):
        rows.append(("Instructor", d.person()))
    rows.append((d.pick(["Certificate no.", "Record ID", "Completion ID"]), d.number()))
    rows.append((d.pick(["Issued", "Record created"]), d.other_date("issue", style)))
    # keep learner and course first, shuffle a little in the middle
    middle = rows[2:-2]
    if d.chance(0.4):
        r.shuffle(middle)
    rows = rows[:2] + middle + rows[-2:]
    street, town = d.address()
    rows_html = "".join(
        f'<tr><td class="k">{e(k)}</td><td class="v">{e(v)}</td></tr>' for k, v in rows
    )
    upper_keys = d.chance(0.4)
    return {
        "pad": d.pick(["50", "60", "70"]),
        "base_px": d.pick(["12.5", "13"]),
        "display": d.fonts["display"],
        "face": d.fonts[d.pick(["sans", "serif", "display"])],
        "org_logo": org,
        "heading": d.pick(["Completion details", "Course completion", "Completion record"]),
        "lead_html": lead,
        "tborder": d.pick(["1px solid #ccc", "0", "2px solid #333"]),
        "row_pad": d.pick(["6", "7", "5"]),
        "zebra": d.pick(["#f4f6f8", d.colors["light"], "#ffffff"]),
        "key_px": "10.5" if upper_keys else "12",
        "key_case": "text-transform:uppercase; letter-spacing:.6px" if upper_keys else "",
        "v_weight": d.pick(["normal", "bold"]),
        "rows_html": rows_html,
        "ver_text": d.pick(["Verify this record online with code", "Verification code"]),
        "code": f"{r.randrange(16**6, 16**7):X}",
        "web": d.web(),
        "more": d.pick(
            [
                "Keep this record for your certification renewal. Credit hours are reported as "
                "approved for the course; partial attendance is not credited.",
                "Questions about this record? Contact the registrar's office. Corrections to a "
                "name or date must be requested within 30 days of completion.",
                "This record replaces a printed certificate. It may be shared with employers and "
                "certifying bodies.",
            ]
        ),
        "street": street,
        "town": town,
        "printed": f"Printed {d.other_date('print', style)} · Page 1 of 1",
    }
