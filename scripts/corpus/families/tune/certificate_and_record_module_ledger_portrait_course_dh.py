"""A portrait "Certificate and Record of Training": an engraved-style top half
(double frame with corner fleurons, the school name, a display heading, the
student's name and the course with its class dates as a range), then a
ledger table listing each class day with its modules and the hours of
instruction, a total row, an embossed seal beside the registrar's and the
instructor's signatures, and a small footer with the record number."""

SOURCE = (
    "wording: the combined certificate-and-transcript sheet schools print for multi-day "
    "IICRC classes (class days listed with topics and instructional hours, total credit)"
)
KIND = "course"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "portrait",
    "record",
    "table",
    "ornate",
    "date-range",
    "seal",
    "distractor-person",
    "letter-spaced",
)

TEMPLATE = """<style>
.f1 { position:absolute; inset:26px; border:4px double ${ink} }
.f2 { position:absolute; inset:38px; border:1px solid ${ink2} }
.fl { position:absolute; font: 26px ${serif}; color:${ink}; background:#fff; width:30px; height:30px; line-height:30px; text-align:center }
.a { left:24px; top:24px } .b { right:24px; top:24px } .c { left:24px; bottom:24px } .e { right:24px; bottom:24px }
.hd { position:absolute; left:70px; right:70px; top:66px; text-align:center; font-family:${serif}; color:#222 }
.sc { font: 13px ${sans}; letter-spacing:5px; text-transform:uppercase; color:${ink} }
.ad { font: 11px ${sans}; color:#666; margin-top:4px }
h1 { margin:18px 0 0; font: 36px ${display}; color:${ink}; line-height:42px }
.ct { font: italic 15px ${serif}; margin-top:16px }
.nm { font: bold 28px ${serif}; margin-top:6px; letter-spacing:1px }
.co { font-size:15px; margin-top:12px; line-height:23px }
.co b { font-size:18px; color:${ink} }
.tb { position:absolute; left:70px; right:70px; top:${tb_top}; font: 12.5px ${sans}; color:#222 }
.tb .cap { font: bold 11px ${sans}; letter-spacing:3px; text-transform:uppercase; color:${ink}; border-bottom:2px solid ${ink}; padding-bottom:4px }
table { width:100%; border-collapse:collapse; margin-top:2px }
th { text-align:left; font-size:10.5px; text-transform:uppercase; letter-spacing:1px; color:#555; padding:6px 6px; border-bottom:1px solid #999 }
td { padding:6px 6px; border-bottom:1px solid #ddd; vertical-align:top; line-height:16px }
td.h, th.h { text-align:right; width:70px }
td.d { width:130px; white-space:nowrap }
tr.tot td { border-top:2px solid ${ink}; border-bottom:0; font-weight:bold }
.ft { position:absolute; left:70px; right:70px; bottom:96px; display:flex; justify-content:space-between; align-items:flex-end;
  font: 11.5px ${sans}; color:#333 }
.sg { width:210px; text-align:center; line-height:15px }
.sg .h { font: 24px ${hand}; color:#1b2c66; border-bottom:1px solid #333; height:34px; line-height:40px; white-space:nowrap }
.se { width:92px; height:92px; border-radius:50%; background: radial-gradient(circle, #fff 0 52%, ${ink2} 53% 55%, transparent 56%),
  repeating-conic-gradient(${ink2} 0 5deg, #fff 5deg 10deg); opacity:.85 }
.no { position:absolute; left:0; right:0; bottom:50px; text-align:center; font: 9.5px ${sans}; color:#666 }
</style>
<div class="f1"></div><div class="f2"></div>
<span class="fl a">&#10086;</span><span class="fl b">&#10086;</span><span class="fl c">&#10086;</span><span class="fl e">&#10086;</span>
<div class="hd">
 <div class="sc">${school}</div>
 <div class="ad">${street} · ${town}</div>
 <h1>${heading}</h1>
 <div class="ct">${certifies}</div>
 <div class="nm">${name}</div>
 <div class="co">${attended} <b>${title}</b><br>${held} ${span}</div>
</div>
<div class="tb">
 <div class="cap">${ledger}</div>
 <table>
  <tr><th>${th_day}</th><th>${th_topic}</th><th class="h">${th_hours}</th></tr>
  ${rows_html}
  <tr class="tot"><td></td><td>${total_label}</td><td class="h">${hours}</td></tr>
 </table>
</div>
<div class="ft">
 <div class="sg"><div class="h">${s1}</div>${s1}<br>${r1}</div>
 <div class="se"></div>
 <div class="sg"><div class="h">${s2}</div>${s2}<br>${r2}</div>
</div>
<div class="no">${no_label} ${number} · ${issued_label} ${issued}</div>
"""

TOPICS = [
    "Principles of the standard and reference guide",
    "Health and safety, PPE and hazard recognition",
    "Inspection, documentation and moisture mapping",
    "Psychrometry and evaporation",
    "Equipment selection, placement and monitoring",
    "Contents and structural materials",
    "Hands-on lab: extraction and setup",
    "Microbial growth and contamination categories",
    "Review and written examination",
    "Antimicrobials, cleaning agents and odor sources",
    "Customer relations and job completion",
]


def fill(d):
    import html
    from datetime import timedelta

    days = 1 if d.credit <= 7 else (2 if d.credit <= 14 else 3)
    span = d.date_range(days - 1) if days > 1 else d.date(d.pick(["long", "weekday"]))
    # split the credit into half-hour units over the days, two or three topics a day
    units = round(d.credit * 2)
    topics = d.rng.sample(TOPICS, k=min(len(TOPICS), days * 3))
    per_day = [units // days + (1 if i < units % days else 0) for i in range(days)]
    rows, ti = [], 0
    for i, du in enumerate(per_day):
        day = d.completed - timedelta(days=days - 1 - i)
        n = 2 if du < 6 else 3
        parts = [du // n + (1 if j < du % n else 0) for j in range(n)]
        for j, pu in enumerate(parts):
            if pu == 0:
                continue
            label = f"{day.month}/{day.day}/{day.year}" if j == 0 else ""
            rows.append(
                f'<tr><td class="d">{label}</td><td>{html.escape(topics[ti])}</td>'
                f'<td class="h">{pu / 2:.1f}</td></tr>'
            )
            ti += 1
    top = 400 if len(rows) < 8 else 390
    street, town = d.address()
    return {
        "ink": d.pick(["#1f3a5f", "#5b2333", "#0b3d2e", "#3d2b1f"]),
        "ink2": d.pick(["#b8860b", "#9c6644", "#8b0000"]),
        "tb_top": f"{top}px",
        "school": d.provider(),
        "street": street,
        "town": town,
        "heading": d.pick(
            ["Certificate and Record of Training", "Certificate of Completion & Training Record"]
        ),
        "certifies": d.pick(["This certifies that", "This is to certify that"]),
        "name": d.name(d.pick(["plain", "plain", "upper"])),
        "attended": d.pick(["attended and completed the course", "has satisfactorily completed"]),
        "title": d.title(d.pick(["plain", "with_code"])),
        "held": d.pick(["held", "Class dates:", "conducted"]),
        "span": span,
        "ledger": d.pick(
            ["Record of instruction", "Training record", "Hours of instruction by day"]
        ),
        "th_day": d.pick(["Date", "Class day"]),
        "th_topic": d.pick(["Module / topic", "Subject", "Content covered"]),
        "th_hours": d.pick(["Hours", "Hrs", "CEC"]),
        "rows_html": "\n  ".join(rows),
        "total_label": d.pick(
            ["Total CEC hours", "Total hours awarded", "Total instructional hours"]
        ),
        "hours": d.hours_number(),
        "s1": d.person(),
        "r1": d.pick(["Instructor", "IICRC Approved Instructor", "Lead Instructor"]),
        "s2": d.person(),
        "r2": d.pick(["Registrar", "School Director", "Director of Education"]),
        "no_label": d.pick(["Record no.", "Transcript no.", "Certificate no."]),
        "number": d.number(),
        "issued_label": d.pick(["Issued", "Printed", "Date of issue"]),
        "issued": d.other_date("issue", d.pick(["long", "us_numeric", "short_month"])),
    }
