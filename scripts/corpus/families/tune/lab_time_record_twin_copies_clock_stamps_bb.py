"""A hands-on lab's attendance time record from a trade show, printed two
up on one landscape sheet (the left copy marked for the show's education
office, the right for the attendee, a dashed cut line between them), in the
manner of a government daily time record: a small form number at the top
left, the show's name in capitals with the lab programme under it, a
heading over a small ornament, the attendee's name typed on a rule with
"(Name)" under it, then labelled lines for the lab session, the show's days
as a span, the station and the lab instructor. A ruled grid has one row per
show day with morning and afternoon arrival and departure columns, where
the time clock at the lab door has stamped the times in purple for the
blocks attended (blank cells elsewhere) and the hours of each block are
written at the right; a total row and a line stating the CEC hours
credited close it. Under it the attendee's certification sentence with a
signature, a "verified" line with the instructor's signature, printed name
and the date verified, and a line of fine print on how credit is counted."""

SOURCE = (
    "fernandoenad/smis:showDTR.php (Civil Service Form No. 48 daily time record printed two "
    "copies to a sheet: form number, name over a rule captioned '(Name)', a per-day grid of "
    "A.M./P.M. arrival and departure, a certification sentence and an in-charge verification); "
    "hands-on workshop timekeeping as CE sponsors describe it (NASBA Registry sign-in advice: "
    "arrival and departure times verified by a monitor; peps.ohio.gov attendance documentation: "
    "dates, hours, location, topic, instructor)"
)
KIND = "session"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "landscape",
    "table",
    "record",
    "labelled",
    "date-range",
    "distractor-person",
    "distractor-date",
    "hours-by-time",
    "time-attended",
    "duplicate",
    "handwriting",
)

TEMPLATE = """<style>
.sheet { position:absolute; inset:0; display:flex; font-family:${face}; color:#161616 }
.cp { position:relative; flex:1; padding:34px 32px 16px; min-width:0 }
.cut { flex:none; width:0; border-left:1.5px dashed #777; margin:18px 0; position:relative }
.cut span { position:absolute; top:46%; left:-9px; font-size:15px; color:#555; background:#fff; line-height:16px }
.fno { display:flex; justify-content:space-between; font-style:italic; font-size:10.5px; color:#333 }
.fno b { font-style:normal; letter-spacing:1.2px; font-size:9px; border:1px solid #333; padding:1px 5px }
.org { text-align:center; margin-top:12px; font-weight:bold; font-size:${org_px}px; letter-spacing:1.2px; white-space:nowrap }
.prog { text-align:center; font-size:11.5px; color:#333; margin-top:3px }
h1 { margin:16px 0 0; text-align:center; font: bold 18px ${face}; letter-spacing:2.5px }
.orn { text-align:center; font-size:10px; letter-spacing:1px; color:#444; margin-top:1px }
.nm { margin:16px 34px 0; border-bottom:1px solid #111; text-align:center; font: bold 16px ${typef};
  letter-spacing:.6px; height:28px; line-height:28px; white-space:nowrap }
.cap { text-align:center; font-style:italic; font-size:10px; color:#333; margin-top:2px }
.fl { display:flex; align-items:flex-end; margin-top:11px; font-size:11.5px }
.fl span { white-space:nowrap; margin-right:6px; padding-bottom:1px }
.fl div { flex:1; border-bottom:1px solid #333; min-height:19px; padding-left:4px; font: 12.5px ${typef};
  white-space:nowrap; overflow:hidden }
.two { display:flex; gap:14px } .two .fl { flex:1 }
table { width:100%; border-collapse:collapse; margin-top:16px; font-size:10.5px }
th { border:1px solid #222; padding:4px 2px; font-weight:bold; text-align:center; line-height:12px }
td { border:1px solid #222; height:36px; text-align:center; padding:0 2px; white-space:nowrap }
td.dy { text-align:left; padding-left:5px; font-size:10.5px }
td.st { font: bold 12px ${mono}; color:${ink}; letter-spacing:.3px }
td.st i { font-style:normal; display:inline-block; transform:rotate(${tilt}deg) }
td.hr, td.tot { font: 16px ${hand}; color:#1b2d78 }
tr.tr td { height:30px; font-weight:bold }
.cr { margin-top:10px; font-size:12px; display:flex; justify-content:space-between; align-items:baseline }
.cr b { font-size:14px }
.cert { margin-top:14px; font-size:11px; line-height:14px; font-style:italic }
.sg { margin:4px 46px 0; border-bottom:1px solid #111; height:32px; text-align:center; font: 21px ${hand};
  color:#1b2d78; line-height:40px; white-space:nowrap; overflow:hidden }
.ver { margin-top:14px; font-size:11px; font-style:italic }
.vrow { display:flex; gap:12px; align-items:flex-end }
.vrow .sg { flex:1.3; margin:0; font-size:19px }
.vrow .pn { flex:1.1; border-bottom:1px solid #111; font: 11px ${typef}; height:20px; line-height:20px; text-align:center; white-space:nowrap }
.vrow .dt { flex:.8; border-bottom:1px solid #111; font: 15px ${hand}; color:#1b2d78; height:22px; text-align:center; white-space:nowrap }
.vcap { display:flex; gap:12px; font-size:8.5px; font-style:italic; color:#333; text-align:center; margin-top:2px }
.off { position:absolute; left:32px; right:32px; bottom:50px; border:1px solid #999; padding:6px 10px; font-size:10px;
  color:#333; display:flex; justify-content:space-between } .off b { font-size:9px; letter-spacing:1px }
.vcap span:nth-child(1) { flex:1.3 } .vcap span:nth-child(2) { flex:1.1 } .vcap span:nth-child(3) { flex:.8 }
.fine { position:absolute; left:32px; right:32px; bottom:16px; font-size:8.5px; line-height:11px; color:#444 }
</style>
<div class="sheet">
 <div class="cp">${copy_left_html}</div>
 <div class="cut"><span>&#9986;</span></div>
 <div class="cp">${copy_right_html}</div>
</div>
"""

COPY = """
 <div class="fno"><span>${form_no}</span><b>${copy_mark}</b></div>
 <div class="org">${event}</div>
 <div class="prog">${programme} &middot; ${venue}</div>
 <h1>${heading}</h1>
 <div class="orn">-----o0o-----</div>
 <div class="nm">${name}</div>
 <div class="cap">(Name)</div>
 <div class="fl"><span>${title_label}</span><div>${title}</div></div>
 <div class="two">
  <div class="fl" style="flex:1.5"><span>Show dates</span><div>${show_dates}</div></div>
  <div class="fl" style="flex:.8"><span>${station_label}</span><div>${station}</div></div>
 </div>
 <div class="fl"><span>${instructor_label}</span><div>${instructor}</div></div>
 <table>
  <tr><th rowspan="2" style="width:22%">Day</th><th colspan="2">${am_head}</th><th colspan="2">${pm_head}</th><th rowspan="2" style="width:13%">${hours_head}</th></tr>
  <tr><th>Arrival</th><th>Departure</th><th>Arrival</th><th>Departure</th></tr>
  ${rows_html}
  <tr class="tr"><td colspan="5" style="text-align:right;padding-right:8px">${total_label}</td><td class="tot">${total}</td></tr>
 </table>
 <div class="cr"><span>${credit_label}</span><b>${credit}</b></div>
 <div class="cert">${cert}</div>
 <div class="sg">${signature}</div>
 <div class="cap">(Signature of attendee)</div>
 <div class="ver">${verified}</div>
 <div class="vrow"><div class="sg">${instructor_sig}</div><div class="pn">${instructor}</div><div class="dt">${verified_on}</div></div>
 <div class="vcap"><span>Signature</span><span>Printed name</span><span>Date</span></div>
 <div class="off"><b>OFFICE USE</b><span>Entered by ______</span><span>Batch ${batch}</span></div>
 <div class="fine">${fine}</div>
"""

DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def _clock(minutes: int, style: str) -> str:
    h, m = divmod(minutes, 60)
    if style == "24h":
        return f"{h:02d}:{m:02d}"
    return f"{(h - 1) % 12 + 1}:{m:02d}{'A' if h < 12 else 'P'}"


def fill(d):
    import html
    import string
    from datetime import timedelta

    from corpus import formats as F

    r = d.rng
    ndays = d.pick([2, 3, 3])
    first = d.completed - timedelta(days=ndays - 1)
    days = [first + timedelta(days=i) for i in range(ndays)]
    # The credit is made of blocks of half hours attended, each in one morning or
    # afternoon of the show; the last block is on the show's last day.
    halves = round(d.credit * 2)
    nblocks = min(halves, d.pick([1, 2, 2, 3]))
    cuts = sorted(r.sample(range(1, halves), nblocks - 1)) if nblocks > 1 else []
    sizes = [b - a for a, b in zip([0, *cuts], [*cuts, halves], strict=True)]
    slots = [(ndays - 1, d.pick(["am", "pm"]))]
    free = [(i, p) for i in range(ndays) for p in ("am", "pm") if (i, p) != slots[0]]
    slots += r.sample(free, nblocks - 1)
    clock = d.pick(["12h", "12h", "24h"])
    cells = {}
    for (day, half), size in zip(slots, sizes, strict=True):
        start = (
            d.pick([8 * 60, 8 * 60 + 30, 9 * 60, 10 * 60])
            if half == "am"
            else d.pick([13 * 60, 13 * 60 + 30, 14 * 60, 15 * 60])
        )
        t_in = start - r.randrange(0, 8)
        t_out = start + size * 30 + r.randrange(0, 4)
        cells[(day, half)] = (t_in, t_out, size / 2)
    day_style = d.pick(["slash", "short"])
    rows = []
    for i, day in enumerate(days):
        label = (
            f"{DAYS[day.weekday()]} {day.month}/{day.day}"
            if day_style == "slash"
            else f"{DAYS[day.weekday()]}, {F.MONTHS[day.month - 1][:3]} {day.day}"
        )
        tds = [f'<td class="dy">{label}</td>']
        total_day = 0.0
        for half in ("am", "pm"):
            if (i, half) in cells:
                t_in, t_out, h = cells[(i, half)]
                prefix = f"{DAYS[day.weekday()][:2].upper()} " if d.chance(0.5) else ""
                tds.append(f'<td class="st"><i>{prefix}{_clock(t_in, clock)}</i></td>')
                tds.append(f'<td class="st"><i>{prefix}{_clock(t_out, clock)}</i></td>')
                total_day += h
            else:
                tds += ["<td></td>", "<td></td>"]
        tds.append(f'<td class="hr">{F.fmt_number(total_day, r, False) if total_day else ""}</td>')
        rows.append("<tr>" + "".join(tds) + "</tr>")

    event = d.provider(d.pick(["upper", None]))
    name = d.name(d.pick(["upper", "upper", "plain"]))
    title = d.title("plain")
    show_dates = d.date_range(ndays - 1)
    styles = ["cecs", "hrs"] if d.credit <= 1 else ["cec_hours", "cecs", "hrs"]
    credit = d.hours_number() if d.chance(0.6) else d.hours(d.pick(styles))
    instructor = d.person()
    total = F.fmt_number(d.credit, r, False)
    common = {
        "form_no": d.pick(["Education Form No. 12", "Lab Form L-4", "Ed. Dept. Form No. 7 (rev.)"]),
        "event": event,
        "programme": d.pick(
            ["Hands-on Lab Program", "Hands-On Training Pavilion", "Live Lab Series"]
        ),
        "venue": d.venue(),
        "heading": d.pick(
            ["LAB TIME RECORD", "DAILY LAB ATTENDANCE RECORD", "HANDS-ON TIME RECORD"]
        ),
        "name": name,
        "title_label": d.pick(["Lab session", "Hands-on session", "Session"]),
        "title": title,
        "show_dates": show_dates,
        "station_label": d.pick(["Station", "Bay", "Lab"]),
        "station": d.pick(["3", "B-2", "East 4", "11", "C"]),
        "instructor_label": d.pick(["Lab instructor", "Instructor in charge", "Lead instructor"]),
        "instructor": instructor,
        "am_head": d.pick(["A.M.", "Morning"]),
        "pm_head": d.pick(["P.M.", "Afternoon"]),
        "hours_head": d.pick(["Hours", "Hrs.", "Lab hrs"]),
        "rows_html": "\n".join(rows),
        "total_label": d.pick(["Total hours in lab", "TOTAL", "Total lab hours"]),
        "total": total,
        "credit_label": d.pick(
            ["CEC hours credited:", "IICRC CEC hours credited:", "Continuing education credit:"]
        ),
        "credit": credit,
        "cert": d.pick(
            [
                "I certify on my honor that the above is a true and correct record of the hours "
                "I was present in the lab, stamped by the time clock at the lab entrance.",
                "I certify that the times above were recorded by the lab's time clock on my "
                "arrival and departure and that I took part in the hands-on work throughout.",
            ]
        ),
        "signature": d.plain_name,
        "verified": d.pick(
            [
                "Verified as to the times recorded and the hands-on work performed:",
                "Verified as to attendance:",
            ]
        ),
        "instructor_sig": f"{instructor[0]}. {instructor.split()[-1]}",
        "batch": f"{r.randrange(10, 99)}-{r.randrange(1000, 9999)}",
        "verified_on": d.other_date("issue", d.pick(["us_short", "us_numeric"])),
        "fine": d.pick(
            [
                "Credit is counted in half hours of scheduled lab time between the stamped "
                "arrival and departure. Unstamped blocks earn no credit. Both copies must be "
                "signed by the lab instructor before the attendee leaves the show.",
                "One CEC hour per 60 minutes of hands-on instruction; partial blocks are not "
                "credited. The show reports credit to the certifying body within 30 days.",
            ]
        ),
    }
    marks = d.pick(
        [("ORIGINAL", "ATTENDEE COPY"), ("EDUCATION OFFICE", "ATTENDEE"), ("COPY 1", "COPY 2")]
    )
    safe = {
        k: (v if k.endswith("_html") else html.escape(v, quote=False)) for k, v in common.items()
    }
    copies = [
        string.Template(COPY).substitute(
            safe | {"copy_mark": mark, "rows_html": common["rows_html"]}
        )
        for mark in marks
    ]
    return {
        "face": d.fonts[d.pick(["sans", "serif", "serif"])],
        "typef": d.fonts[d.pick(["mono", "sans"])],
        "ink": d.pick(["#5b2a86", "#6a2c91", "#7a1f5c", "#3b3b8f"]),
        "tilt": d.pick(["-1.5", "-1", "0.8", "1.5"]),
        "org_px": 15 if len(event) < 32 else 13,
        "copy_left_html": copies[0],
        "copy_right_html": copies[1],
    }
