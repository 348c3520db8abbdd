"""A portrait confirmation of participation: a dark band across the top with
the meeting's name and its days in white, a centred bold heading, a
paragraph confirming that the attendee took part in the co-located events
held over those days with a bulleted list of them, then a ruled table of the
entry and exit scans for each day and the minutes credited, and a total line.
Date of issue and "signed by" sit at the foot, a signature to the right."""

SOURCE = (
    "dadrasarmin/luciferchenka:003_confirm_generator/output/Alice_Johnson.md (pandoc/LaTeX "
    "'Certificate of Participation': 'This is to confirm that ... attended the co-located "
    "events held <days> in <city>, comprising:' itemize list, 'Date of issue:', 'Signed "
    "by:' with a signature image) and gpearson/MuraEventRegistrationPlugin:eventcoord/views/"
    "events/eventsigninsheet.cfm (one sign-in record per event day)"
)
KIND = "session"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "letter",
    "dark-band",
    "date-range",
    "table",
    "portrait",
    "distractor-person",
    "distractor-date",
    "sentence",
    "hours-by-time",
)

TEMPLATE = """<style>
.band { position:absolute; left:0; right:0; top:0; height:118px; background:${dark}; color:#fff; padding:26px 60px 0; font-family:${sans} }
.band .ev { font: bold 27px ${display}; letter-spacing:0.5px }
.band .sub { font-size:14px; margin-top:8px; opacity:0.92; letter-spacing:1px }
.w { position:absolute; top:150px; left:72px; right:72px; bottom:60px; font: 16.5px ${body}; color:#1d1d1d; line-height:26px }
h1 { font: bold 32px ${body}; text-align:center; margin:24px 0 34px }
ul { margin:12px 0 26px 0; padding-left:26px } li { margin:2px 0 }
table { width:100%; border-collapse:collapse; font: 14.5px ${sans}; margin-top:10px }
th { text-align:left; border-bottom:2px solid ${dark}; padding:5px 6px; font-size:12px; text-transform:uppercase; letter-spacing:0.5px; color:${dark} }
td { border-bottom:1px solid #bbb; padding:10px 6px }
td.r, th.r { text-align:right }
tr.tot td { border-bottom:none; border-top:2px solid ${dark}; font-weight:bold }
.note { font: 12.5px ${sans}; color:#444; margin-top:12px; line-height:18px }
.after { margin-top:30px }
.ft { position:absolute; left:0; right:0; bottom:0; display:flex; justify-content:space-between; align-items:flex-end }
.ft .l { line-height:30px }
.ft .s { width:230px; text-align:center; font-size:13px; line-height:18px }
.ft .s .h { font: 30px ${hand}; color:#1c2c66; border-bottom:1px solid #333; padding-bottom:2px; margin-bottom:4px }
</style>
<div class="band"><div class="ev">${provider}</div><div class="sub">${range} · ${venue}</div></div>
<div class="w">
 <h1>${heading}</h1>
 <p>${confirm} <b>${name}</b> ${attended} <b>${range_again}</b> ${in_city} ${venue}, ${comprising}</p>
 <ul>${items_html}</ul>
 <p>${table_intro}</p>
 <table><tr><th>${day_h}</th><th>${date_h}</th><th>${in_h}</th><th>${out_h}</th><th class="r">${min_h}</th></tr>
 ${rows_html}
 <tr class="tot"><td colspan="4">${total_label}</td><td class="r">${hours}</td></tr></table>
 <div class="note">${note}</div>
 <p class="after">${after}</p>
 <div class="ft">
  <div class="l"><b>${issue_label}</b> ${issued}<br><b>${signed_label}</b> ${team}</div>
  <div class="s"><div class="h">${signer}</div>${signer}<br>${role}</div>
 </div>
</div>
"""

ITEMS = [
    "The opening general session and keynote",
    "The technical education track",
    "The exhibit hall and product demonstrations",
    "The members' annual business meeting",
    "The regional chapter leaders' forum",
    "The closing panel discussion",
]


def _clock(m: int, h24: bool) -> str:
    h, mm = divmod(m, 60)
    if h24:
        return f"{h:02d}:{mm:02d}"
    return f"{(h - 1) % 12 + 1}:{mm:02d} {'a.m.' if h < 12 else 'p.m.'}"


def fill(d):
    import html
    from datetime import timedelta

    from corpus.formats import fmt_date

    r = d.rng
    ndays = d.pick([2, 3, 3])
    total = round(d.credit * 60)
    # split the credited minutes over the days in 15-minute steps (each day at least 15)
    steps = total // 15
    parts = [1] * ndays
    for _ in range(max(0, steps - ndays)):
        parts[r.randrange(ndays)] += 1
    if steps < ndays:
        parts = [steps] + [0] * (ndays - 1)
    minutes = [p * 15 for p in parts]
    minutes[-1] += total - sum(minutes)
    style = d.pick(["us_numeric", "short_month", "weekday", "dmy_long"])
    h24 = d.chance(0.3)
    rows = []
    for i, mins in enumerate(minutes):
        day = d.completed - timedelta(days=ndays - 1 - i)
        start = r.choice([8 * 60, 8 * 60 + 30, 9 * 60, 10 * 60 + 15, 13 * 60])
        if mins:
            tin, tout = _clock(start, h24), _clock(start + mins + r.choice([0, 5, 10]), h24)
        else:
            tin, tout = "—", "—"
        rows.append(
            f"<tr><td>{i + 1}</td><td>{html.escape(fmt_date(day, style))}</td><td>{tin}</td>"
            f"<td>{tout}</td><td class='r'>{mins}</td></tr>"
        )
    provider = d.provider()
    rng_text = d.date_range(ndays - 1)
    items = r.sample(ITEMS, d.pick([2, 3, 3]))
    return {
        "body": d.pick([d.fonts["serif"], d.fonts["sans"]]),
        "provider": provider,
        "range": rng_text,
        "range_again": rng_text,
        "venue": d.venue(),
        "heading": d.pick(
            [
                "Certificate of Participation",
                "Confirmation of Participation",
                "Participation Record",
            ]
        ),
        "confirm": d.pick(
            ["This is to confirm that", "We hereby confirm that", "This confirms that"]
        ),
        "name": d.name(d.pick(["plain", "plain", "honorific"])),
        "attended": d.pick(
            [
                "attended the co-located events held",
                "took part in the meetings held",
                "participated in the events held",
            ]
        ),
        "in_city": d.pick(["at", "in"]),
        "comprising": d.pick(["comprising:", "which included:", "including:"]),
        "items_html": "".join(f"<li>{html.escape(t)}</li>" for t in items),
        "table_intro": d.pick(
            [
                "Education credit is given for the time scanned in the session rooms:",
                "Credit was calculated from badge scans at the session room doors:",
                "Time in education sessions, as recorded at the door:",
            ]
        ),
        "day_h": "Day",
        "date_h": "Date",
        "in_h": d.pick(["First scan", "Scan in", "Entered"]),
        "out_h": d.pick(["Last scan", "Scan out", "Left"]),
        "min_h": d.pick(["Minutes credited", "Credited min.", "Minutes"]),
        "rows_html": "\n".join(rows),
        "total_label": d.pick(
            ["Total education credit", "Total credited", "Total CE hours awarded"]
        ),
        "hours": d.hours(d.pick(["cec_hours", "hrs", "hours_title", "cecs"])),
        "note": d.pick(
            [
                "Minutes are rounded down to the nearest quarter hour; sixty minutes equal one hour of credit.",
                "Partial attendance is credited in 15-minute steps. Retain this confirmation for your records.",
            ]
        ),
        "after": d.pick(
            [
                "Please keep this confirmation with your continuing education records; it may be requested by your certifying body.",
                "Questions about this record may be sent to the registration desk. Thank you for attending.",
                "This confirmation is issued at the attendee's request and lists only time recorded in education sessions.",
            ]
        ),
        "issue_label": d.pick(["Date of issue:", "Issued:"]),
        "issued": d.other_date("issue", d.pick(["ordinal_dmy", "long", "dmy_long"])),
        "signed_label": "Signed by:",
        "team": d.pick(["Registration Team", "Education Committee", "Meeting Secretariat"]),
        "signer": d.person(),
        "role": d.pick(["Registrar", "Education Director", "Meeting Manager"]),
    }
