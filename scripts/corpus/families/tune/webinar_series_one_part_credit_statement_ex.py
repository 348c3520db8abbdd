"""A statement for one part of a live webinar series, portrait: a two-tone
header with the series' name and the host event, then a boxed sentence
saying the attendee joined one part and is credited for that part alone,
with its date and credit; below it an overview of the whole series, one row
per part with its date and length and whether this attendee's attendance
was recorded, and the series total. The other parts' lengths and the
series total are not this attendee's credit."""

SOURCE = (
    "wording: associations' and shows' webinar series that issue a statement per part attended "
    "with the series schedule listed below; layout: a series programme page (part, date, "
    "length) under a boxed attestation"
)
KIND = "session"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "sentence",
    "table",
    "portrait",
    "distractor-date",
    "distractor-person",
    "hours-in-sentence",
    "tiny-footer",
)

TEMPLATE = """<style>
.hd { position:absolute; left:0; right:0; top:0; height:118px; background:${dark}; color:#fff; padding:30px 64px 0 }
.hd .k { font: 11px ${sans}; letter-spacing:3px; text-transform:uppercase; opacity:.85 }
.hd .t { font: ${t_weight} 27px ${head}; margin-top:6px; line-height:32px }
.hd2 { position:absolute; left:0; right:0; top:118px; height:8px; background:${accent} }
.w { position:absolute; top:160px; left:64px; right:64px; font: 14px ${body}; color:#1a1a1a; line-height:21px }
.box { border:1.5px solid ${dark}; padding:18px 22px; border-radius:${radius} }
.box .h { font: bold 12px ${sans}; text-transform:uppercase; letter-spacing:1.4px; color:${dark}; margin-bottom:8px }
.box .nm { font: ${nm_weight} 24px ${name_font}; margin:4px 0 8px; color:#111; line-height:30px }
.box p { margin:0 0 8px }
.box .cr { font-weight:bold }
h2 { font: bold 14px ${sans}; margin:30px 0 8px; color:#222 }
table { width:100%; border-collapse:collapse; font-size:13px }
th { text-align:left; font: bold 10.5px ${sans}; letter-spacing:.7px; text-transform:uppercase; color:#555; border-bottom:2px solid #333; padding:5px 6px }
td { padding:6px 6px; border-bottom:1px solid #ddd; vertical-align:top; line-height:17px } td.n, th.n { text-align:right; white-space:nowrap } td.nw { white-space:nowrap }
tr.me td { background:${light}; font-weight:bold }
tr.tot td { border-top:1.5px solid #333; border-bottom:none; font-style:italic }
td .sp { display:block; font-size:11px; color:#666; font-weight:normal }
.note { margin-top:14px; font-size:12px; color:#444; line-height:18px }
.sig { margin-top:28px; font-size:12.5px; line-height:17px } .sig .h { font: 26px ${hand}; color:#1f2e66; white-space:nowrap }
.ft { position:absolute; left:64px; right:64px; bottom:22px; font: 9px ${sans}; color:#777; display:flex; justify-content:space-between; border-top:1px solid #ddd; padding-top:4px }
</style>
<div class="hd"><div class="k">${kicker}</div><div class="t">${series}</div></div>
<div class="hd2"></div>
<div class="w">
 <div class="box">
  <div class="h">${box_head}</div>
  <p>${lead}</p>
  <div class="nm">${name}</div>
  <p>${body_html}</p>
 </div>
 <h2>${overview_head}</h2>
 <table>
  <tr><th>Part</th><th>Topic</th><th>${date_head}</th><th class="n">${len_head}</th><th>${att_head}</th></tr>
  ${rows_html}
  <tr class="tot"><td></td><td>${total_label}</td><td></td><td class="n">${series_total}</td><td></td></tr>
 </table>
 <div class="note">${note}</div>
 <div class="sig"><div class="h">${signer}</div>${signer}, ${role}</div>
</div>
<div class="ft"><span>${foot}</span><span>${ref}</span></div>
"""

PLAIN_TOPICS = [
    "Moisture meters and what they miss",
    "Containment basics",
    "Claims photos that get paid",
    "Odor sources after a fire",
    "Flooring decisions on day one",
    "Working the large loss",
    "Safety on the job site",
]


def fill(d):
    from datetime import timedelta
    from html import escape

    from corpus import values as V
    from corpus.formats import fmt_date, fmt_number

    r = d.rng
    c = d.credit
    n = lambda v: fmt_number(v, r, False)  # noqa: E731
    parts = d.pick([4, 5, 6])
    mine = r.randrange(1, parts + 1)
    style = d.pick(["short_month", "us_numeric", "dd_mon_yyyy", "long"])
    gap = d.pick([7, 14, 28])
    topics = r.sample([t for t in V.SESSIONS if t != d.course] + PLAIN_TOPICS, parts - 1)
    title = d.title("plain")
    date = d.date(style)
    hours = d.hours_number()
    unit = d.pick(["hrs", "hours", "CEC"])
    one = {"hrs": "hr", "hours": "hour"}
    rows = []
    total = 0.0
    for i in range(1, parts + 1):
        day = d.completed + timedelta(days=(i - mine) * gap)
        if i == mine:
            total += c
            rows.append(
                f'<tr class="me"><td>{i}</td><td>{escape(title)}</td><td class="nw">{escape(date)}</td>'
                f'<td class="n">{escape(hours)} {unit}</td><td>{d.pick(["Attended", "Present", "Yes"])}</td></tr>'
            )
            continue
        length = d.pick([h for h in (1, 1.5, 2, 2.5) if h != c])
        total += length
        topic = topics.pop()
        presenter = f'<span class="sp">{escape(d.person())}</span>' if d.chance(0.5) else ""
        rows.append(
            f"<tr><td>{i}</td><td>{escape(topic)}{presenter}</td>"
            f'<td class="nw">{fmt_date(day, style)}</td><td class="n">{n(length)} {one.get(unit, unit) if length == 1 else unit}</td>'
            f"<td>{d.pick(['—', 'Not recorded', '—'])}</td></tr>"
        )
    event = d.provider()
    series = (
        f"{d.org_alt} {d.pick(['Webinar Series', 'Live Online Series', 'Lunch & Learn Series'])}"
    )
    name = d.name(d.pick(["plain", "plain", "upper"]))
    body = (
        f"attended Part {mine} of {parts}, <i>{escape(title)}</i>, broadcast live on "
        f"{escape(date)}, and is credited for that part only: "
        f'<span class="cr">{escape(hours)} {d.pick(["continuing education hours", "CEC hours", "hours of CE credit"])}</span>.'
    )
    if d.chance(0.5):
        body += f" Approved under {escape(d.approval())}."
    return {
        "name_font": d.fonts[d.pick(["script", "display", "serif"])],
        "hand": d.fonts["hand"].replace(", cursive", ", 'Dancing Script', cursive"),
        "head": d.fonts[d.pick(["display", "sans", "serif"])],
        "body": d.fonts[d.pick(["serif", "sans"])],
        "t_weight": d.pick(["bold", "normal", "600"]),
        "nm_weight": d.pick(["normal", "bold"]),
        "radius": d.pick(["0", "6px"]),
        "kicker": event,
        "series": series,
        "box_head": d.pick(
            ["Statement of attendance", "Part attendance record", "Credit statement"]
        ),
        "lead": d.pick(["This statement confirms that", "The organizers confirm that"]),
        "name": name,
        "body_html": body,
        "overview_head": d.pick(
            ["The series at a glance", "Series schedule", "All parts of this series"]
        ),
        "date_head": d.pick(["Date", "Live on", "Broadcast"]),
        "len_head": d.pick(["Length", "Hours", "Runs"]),
        "att_head": d.pick(["Your attendance", "Attended", "Recorded"]),
        "rows_html": "".join(rows),
        "total_label": d.pick(
            ["Full series, all parts", "Series total", "If all parts are attended"]
        ),
        "series_total": f"{n(total)} {unit}",
        "note": d.pick(
            [
                "Credit is issued per part, for the parts a participant attends live for the full "
                "time and answers the polling questions. Recordings carry no credit.",
                "Each part is approved and reported separately. A separate statement is issued for "
                "each part attended.",
            ]
        ),
        "signer": d.person(),
        "role": d.pick(["Education Manager", "Webinar Coordinator", "Director of Education"]),
        "foot": f"Issued {d.other_date('issue', style)} · {d.web()}",
        "ref": f"Ref. {d.number()}",
    }
