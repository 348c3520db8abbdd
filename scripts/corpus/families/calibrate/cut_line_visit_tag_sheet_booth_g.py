"""A letter page printed from the show's registration system: the show's name and
days across the top and a short instruction, then one badge-sized tag inside
a dashed trim line with a logo at each upper corner and up to four centred
lines of values only (the visitor large, the company, the booth visit, the
day and credit), and under the trim line a small table of the scan details
and the staff member who scanned the badge."""

SOURCE = (
    "royfrancis/quarto-typst-nametag:README.md (Typst nametag: logo left and right, up to "
    "four centred info lines with line 1 at 1.2x, dashed trim line around each 90x55 mm tag "
    "on an A4/letter sheet)"
)
KIND = "booth"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "cutout",
    "values-only",
    "portrait",
    "labelled",
    "table",
    "distractor-person",
    "distractor-date",
)

TEMPLATE = """<style>
.w { position:absolute; inset:56px 64px; font: 14px ${sans}; color:#222 }
.hd { display:flex; justify-content:space-between; align-items:flex-end; border-bottom:2px solid ${dark}; padding-bottom:8px }
.hd .ev { font: bold 24px ${display}; color:${dark} }
.hd .dt { text-align:right; font-size:13px; line-height:18px; color:#333 }
.ins { margin:16px 0 22px; line-height:21px }
.trim { margin:0 auto; width:548px; height:336px; border:2px dashed ${trim}; padding:8px; position:relative }
.scis { position:absolute; top:-15px; left:18px; background:#fff; padding:0 6px; font-size:16px; color:${trim} }
.tag { position:relative; width:100%; height:100%; background:${tagbg}; color:${ink}; overflow:hidden }
.lgl { position:absolute; left:16px; top:14px; width:86px; height:56px; border-radius:6px; background:${dark}; color:#fff; font: bold 12px ${sans}; display:flex; align-items:center; justify-content:center; text-align:center; line-height:14px; padding:4px }
.lgr { position:absolute; right:16px; top:14px; width:60px; height:60px; border-radius:50%; border:3px solid ${accent}; color:${accent}; font: bold 11px ${sans}; display:flex; align-items:center; justify-content:center; text-align:center; line-height:13px }
.ln { position:absolute; left:20px; right:20px; text-align:center; white-space:nowrap; overflow:hidden }
.l1 { top:104px; font: bold 38px ${tagfont} }
.l2 { top:162px; font: 22px ${tagfont} }
.l3 { top:208px; font: 19px ${tagfont} }
.l4 { top:246px; font: 19px ${tagfont} }
table { margin:26px auto 0; border-collapse:collapse; width:548px; font-size:13px }
td { border:1px solid #999; padding:6px 8px } td.k { background:#f0f0f0; width:34%; font-weight:bold; color:#333 }
.ft { position:absolute; left:0; right:0; bottom:0; text-align:center; font-size:11.5px; color:#555; line-height:16px; border-top:1px solid #ccc; padding-top:8px }
</style>
<div class="w">
 <div class="hd"><div class="ev">${provider}</div><div class="dt">${show_days}<br>${venue}</div></div>
 <div class="ins">${instruction}</div>
 <div class="trim"><div class="scis">✂</div><div class="tag">
  <div class="lgl">${left_logo}</div><div class="lgr">${right_html}</div>
  <div class="ln l1">${name}</div>
  <div class="ln l2">${company}</div>
  <div class="ln l3">${line3}</div>
  <div class="ln l4">${line4}</div>
 </div></div>
 <table>
  <tr><td class="k">${booth_label}</td><td>${booth}</td></tr>
  <tr><td class="k">${scan_label}</td><td>${scan_id}</td></tr>
  <tr><td class="k">${time_label}</td><td>${time}</td></tr>
  <tr><td class="k">${staff_label}</td><td>${staff}</td></tr>
 </table>
 <div class="ft">${footer}<br>${printed_label} ${printed}</div>
</div>
"""

COMPANIES = [
    "Rapid Dry Restoration, LLC",
    "Apex Water & Fire Services",
    "Hometown Carpet Care Inc.",
    "Prime Mitigation Group",
    "Blue Line Cleaning Co.",
    "Cornerstone Disaster Recovery",
    "Northside Rug Works",
]


def fill(d):
    from datetime import timedelta

    from corpus.formats import fmt_range

    r = d.rng
    before, after = d.pick([(0, 2), (1, 1), (2, 0), (1, 2)])
    show = fmt_range(d.completed - timedelta(days=before), d.completed + timedelta(days=after), r)
    dark_tag = d.chance(0.3)
    with_title = d.chance(0.5)
    visit = (
        d.title("plain") if with_title else d.pick(["Booth visit recorded", "Visited IICRC booth"])
    )
    date = d.date(d.pick(["short_month", "us_numeric", "long", "weekday"]))
    hours = d.hours(d.pick(["cecs", "cec_hours", "iicrc_cec", "hours_title"]))
    h, m = r.randrange(9, 17), r.choice([0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55])
    return {
        "provider": d.provider(),
        "show_days": show,
        "venue": d.venue(),
        "instruction": d.pick(
            [
                "Your booth visit has been recorded. Cut out the tag below along the dashed line and keep it with your continuing education records.",
                "Thank you for registering at the booth. Trim along the dashed line; the tag is your receipt for the credit shown.",
            ]
        ),
        "trim": d.colors["accent"],
        "tagbg": d.colors["dark"] if dark_tag else d.colors["light"],
        "ink": "#fff" if dark_tag else "#111",
        "tagfont": d.pick([d.fonts["sans"], d.fonts["cond"], d.fonts["display"]]),
        "left_logo": d.pick(["EXPO", "SHOW FLOOR", "EXHIBIT HALL"]),
        "right_html": d.pick(["IICRC<br>CEC", "CE<br>CREDIT", "BOOTH<br>SCAN"]),
        "name": d.name(d.pick(["plain", "plain", "upper"])),
        "company": d.pick(COMPANIES),
        "line3": f"{visit} · {d.pick(['Booth', 'Stand'])} {r.randrange(100, 2400)}",
        "line4": f"{date} · {hours}",
        "booth_label": d.pick(["Exhibitor", "Booth"]),
        "booth": d.pick(
            [
                "IICRC",
                "IICRC Certification Booth",
                "IICRC – Institute of Inspection, Cleaning and Restoration Certification",
            ]
        ),
        "scan_label": d.pick(["Scan no.", "Lead ID", "Badge scan ref."]),
        "scan_id": d.number(),
        "time_label": d.pick(["Scanned at", "Time of scan"]),
        "time": f"{(h - 1) % 12 + 1}:{m:02d} {'AM' if h < 12 else 'PM'}",
        "staff_label": d.pick(["Scanned by", "Booth staff"]),
        "staff": d.person(),
        "footer": d.pick(
            [
                "Credits are reported to the certifying body after the show; allow up to 30 days.",
                "One booth registration per attendee per show. Lost tags cannot be reprinted.",
            ]
        ),
        "printed_label": d.pick(["Printed", "Copy printed"]),
        "printed": d.other_date("issue", "us_numeric"),
    }
