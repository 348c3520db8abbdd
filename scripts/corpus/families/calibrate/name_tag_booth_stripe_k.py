"""A 4 x 3 inch insertable name badge: the show's wordmark top left and a
small mark top right, the first name very large, the full name under it in
bold, the company and the attendee's trade in italics, the show's dates and
venue in tiny type, and a dark stripe along the foot printed when the badge
was scanned at the certification body's booth, with the credit and scan date
in light type."""

SOURCE = (
    "LSSTDESC/name-tag-guru:latex/main.tex (4 x 3 in badge: logos, large and small name, "
    "affiliation, italic line, event line); booth credit wording from "
    "https://www.randrmagonline.com/articles/85420-iicrc-continuing-education"
)
KIND = "booth"
PAPER = "badge"
CATEGORIES = ("dark-band", "landscape", "provider-in-logo", "tiny-footer", "distractor-date")

TEMPLATE = """<style>
.b { position:absolute; inset:0; font-family:${face}; color:#1a1a1a; text-align:center }
.top { position:absolute; left:10px; right:10px; top:8px; display:flex; justify-content:space-between; align-items:flex-start }
.wm { text-align:left; font: bold 10.5px ${face}; color:${dark}; line-height:12px; border-left:4px solid ${accent}; padding-left:5px; max-width:210px }
.mk { width:42px; height:42px; border-radius:50%; border:2px solid ${dark}; color:${dark}; font: bold 9px ${face};
  display:flex; align-items:center; justify-content:center }
.first { position:absolute; top:46px; left:0; right:0; font: bold 50px ${face}; line-height:54px; color:${name_color} }
.full { position:absolute; top:102px; left:0; right:0; font: bold 17px ${face} }
.co { position:absolute; top:128px; left:0; right:0; font-size:14px }
.tr { position:absolute; top:148px; left:0; right:0; font-size:13px; font-style:italic; color:#444 }
.ev { position:absolute; top:172px; left:0; right:0; font-size:8.5px; line-height:11px; color:#555 }
.st { position:absolute; left:0; right:0; bottom:0; height:70px; background:${dark}; color:${band_text};
  padding:7px 12px 0; text-align:left; font-size:10px; line-height:14px }
.st .h { font: bold 12.5px ${face}; letter-spacing:${spacing} }
.st .row { display:flex; justify-content:space-between }
</style>
<div class="b">
 <div class="top"><div class="wm">${org}</div><div class="mk">${mark}</div></div>
 <div class="first">${first}</div>
 <div class="full">${name}</div>
 <div class="co">${company}</div>
 <div class="tr">${trade}</div>
 <div class="ev">${show_range} · ${venue}</div>
 <div class="st">
  <div class="h">${title}</div>
  <div class="row"><span>${credit_label} ${hours}</span><span>${scan_label} ${date}</span></div>
  <div class="row"><span>${reg_label} ${reg}</span><span>${time}</span></div>
 </div>
</div>
"""


def fill(d):
    from datetime import timedelta

    from corpus.formats import fmt_range

    r = d.rng
    before, after = d.pick([(0, 2), (1, 1), (2, 0), (1, 2)])
    show = fmt_range(d.completed - timedelta(days=before), d.completed + timedelta(days=after), r)
    org = d.provider(d.pick([None, "upper"]))
    name = d.name("plain")
    company_words = d.pick(
        ["Restoration", "Cleaning Co.", "Property Services", "Carpet Care", "Dry-Out Inc."]
    )
    return {
        "face": d.fonts[d.pick(["sans", "sans", "cond"])],
        "name_color": d.pick(["#1a1a1a", "#e07b00", "#2b6cb0"]),
        "band_text": d.pick(["#ffffff", "#f3e9c6", "#dfe9f5"]),
        "spacing": d.pick(["2px", "3px", "1px"]),
        "org": org,
        "mark": d.pick(["CEC", "IICRC", "EXPO"]),
        "first": d.first.upper() if d.chance(0.3) else d.first,
        "name": name,
        "company": f"{d.last} {company_words}",
        "trade": d.pick(
            ["Restoration Contractor", "Carpet Cleaner", "Insurance Adjuster", "Technician"]
        ),
        "show_range": show,
        "venue": d.venue(),
        "title": d.set_title(
            d.pick(
                ["IICRC Booth · CEC Scan", "IICRC Booth Visit Recorded", "IICRC Booth Registration"]
            ),
            ["IICRC Booth Registration", "IICRC Booth"],
        ),
        "credit_label": d.pick(["Credit:", "CECs:", "Earned:"]),
        "hours": d.hours(d.pick(["cecs", "cec_hours", "hrs"])),
        "scan_label": d.pick(["Scanned", "Date:", "Visited"]),
        "date": d.date(d.pick(["us_numeric", "short_month", "us_short"])),
        "reg_label": d.pick(["Reg #", "Badge ID", "Attendee #"]),
        "reg": d.number(),
        "time": d.pick(["10:14 AM", "1:52 PM", "3:05 PM", "11:37 AM"]),
    }
