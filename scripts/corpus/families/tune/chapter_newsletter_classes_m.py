"""One page of a trade association's member newsletter: a dark masthead with
the association, volume and issue, a two-column news column (a note from
the president, a reminder about continuing-education renewals), and a table
of upcoming approved classes with dates, cities, instructors and CEC values.
It names courses, people, dates and hours; it records no one's completion."""

SOURCE = (
    "https://randrmagonline.com/articles/83832-full-speed-ahead (association news column: class "
    "counts, class listings, continuing-education reminder) and "
    "sloaner96/IPRA:Certification/earn_ceu.cfm (how members earn CEUs)"
)
KIND = "other"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = ("other", "table", "dark-band", "portrait", "date-range", "distractor-person")

TEMPLATE = """<style>
.mh { position:absolute; left:0; right:0; top:0; height:108px; background:${dark}; color:#fff; padding:20px 46px }
.mh .t { font: bold 34px ${display}; letter-spacing:1px } .mh .s { font-size:12px; opacity:.85; margin-top:4px; display:flex; justify-content:space-between }
.w { position:absolute; top:130px; left:46px; right:46px; bottom:36px; font: 12px ${serif}; color:#222 }
.cols { columns:2; column-gap:26px; line-height:16px; text-align:justify }
.cols h4 { font: bold 14px ${sans}; color:${dark}; margin:0 0 4px; break-after:avoid }
.cols p { margin:0 0 9px } .by { font-style:italic; color:#555 }
h2 { font: bold 17px ${sans}; color:${dark}; border-bottom:2px solid ${accent}; margin:14px 0 6px; padding-bottom:3px }
table { width:100%; border-collapse:collapse; font: 11px ${sans} }
th { text-align:left; background:${light}; padding:5px; border-bottom:1px solid #999 }
td { padding:4px 5px; border-bottom:1px solid #ddd; vertical-align:top }
.pg { position:absolute; bottom:14px; left:46px; right:46px; font: 10px ${sans}; color:#777; display:flex; justify-content:space-between; border-top:1px solid #ccc; padding-top:4px }
</style>
<div class="mh"><div class="t">${masthead}</div><div class="s"><span>${assoc}</span><span>Vol. ${vol}, No. ${issue} · ${season}</span></div></div>
<div class="w">
 <div class="cols">
  <h4>${head1}</h4><p class="by">By ${president}, President</p>
  <p>${para1}</p><p>${para2}</p>
  <h4>Keep Your Certification Current</h4>
  <p>${para3}</p><p>${para4}</p>
 </div>
 <h2>Upcoming Approved Classes</h2>
 <table><tr><th>Dates</th><th>Class</th><th>City</th><th>Instructor</th><th>CECs</th></tr>${rows_html}</table>
 <p style="font: 10.5px ${sans}; margin-top:6px; color:#444">${listing_note}</p>
</div>
<div class="pg"><span>${masthead} · ${season}</span><span>Page ${page}</span></div>
"""


def fill(d):
    from datetime import timedelta

    from corpus import values as V
    from corpus.formats import fmt_range

    assoc = d.pick(V.ASSOCIATIONS)
    start = d.completed + timedelta(days=d.rng.randrange(15, 40))
    rows = []
    for _ in range(d.pick([6, 7, 8])):
        start += timedelta(days=d.rng.randrange(4, 15))
        if d.chance(0.6):
            course, code = d.pick(V.IICRC_COURSES)
            label, cec, days = f"{course} ({code})", d.pick([14, 14, 21, 7]), d.pick([2, 3])
        else:
            label, cec, days = d.pick(V.CE_COURSES), d.pick([3, 4, 7]), 1
        end = start + timedelta(days=days - 1)
        dates = fmt_range(start, end, d.rng) if days > 1 else start.strftime("%b %d, %Y")
        rows.append(
            f"<tr><td>{dates}</td><td>{label}</td><td>{d.city()}</td>"
            f"<td>{d.person()}</td><td>{cec}</td></tr>"
        )
    season = d.pick(["Spring", "Summer", "Fall", "Winter"]) + f" {start.year}"
    return {
        "masthead": d.pick(["The Restoration Reporter", "Member Update", "The Cleaner's Ledger"]),
        "assoc": assoc,
        "vol": d.rng.randrange(8, 41),
        "issue": d.rng.randrange(1, 5),
        "season": season,
        "head1": d.pick(["From the President's Desk", "A Busy Season Ahead"]),
        "president": d.person(),
        "para1": "Here's hoping the last quarter finished strong for your company. Our schools "
        "continue to report full classrooms, and water damage restoration remains the most "
        "requested certification, followed closely by carpet cleaning.",
        "para2": "Committees are hard at work on the next revisions of the standards. Members "
        "who want a voice in that work should contact the office; volunteer reviewers are "
        "always welcome.",
        "para3": "Certified technicians must earn continuing education credits to renew. Many "
        "of you already earn them without noticing: approved classes, convention sessions and "
        "chapter meetings may all qualify.",
        "para4": "Keep the certificate or letter you receive from each approved program for your "
        "own records. This newsletter is not proof of attendance.",
        "rows_html": "".join(rows),
        "listing_note": "Listings are supplied by the schools and may change. Confirm dates and "
        "seats with the school before registering.",
        "page": d.pick([3, 4, 5, 7]),
    }
