"""A one-page continuing-education record printed for an attendee by a trade
show's education office: a dark band with the show's mark, name, dates and
venue in light letters, a labelled block for the attendee (name, company,
badge and registrant numbers), then a ruled table of the activities the
show recorded, here the single IICRC booth registration with where, when,
how it was verified and the credit, a total row, notes on how booth credit
is reported, and the education coordinator's signature."""

SOURCE = (
    "https://www.randrmagonline.com/articles/85420-iicrc-continuing-education (sign in at the "
    "IICRC booth at a trade show; organiser forwards the attendee list) and "
    "eddiesanjuan/glyph:examples/packing-slip/sample-output.md (banded header over a labelled "
    "block and a ruled item table with a totals row)"
)
KIND = "booth"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "table",
    "dark-band",
    "portrait",
    "provider-in-logo",
    "distractor-person",
    "date-range",
    "labelled",
    "distractor-date",
    "distractor-org",
)

TEMPLATE = """<style>
.band { position:absolute; left:0; right:0; top:0; height:132px; background:${dark}; color:#fff; display:flex; align-items:center;
  padding:0 56px; font-family:${sans} }
.mk { width:76px; height:76px; border:3px solid #fff; border-radius:10px; display:flex; align-items:center; justify-content:center;
  font: bold 24px ${display}; margin-right:20px; flex:none }
.ev .n { font: bold 26px ${display} } .ev .d { font-size:13px; margin-top:5px; opacity:0.92 }
.w { position:absolute; left:56px; right:56px; top:160px; font: 13px ${sans}; color:#222 }
h1 { font: bold 19px ${sans}; letter-spacing:1px; text-transform:uppercase; margin:0 0 4px; color:${dark} }
.sub { font-size:11.5px; color:#555; margin-bottom:16px }
.who { display:grid; grid-template-columns:118px 1.3fr 112px 1fr; row-gap:7px; column-gap:10px; border:1px solid #bbb; padding:12px 14px; margin-bottom:22px }
.who .l { color:#666; font-size:11px; text-transform:uppercase; letter-spacing:0.5px; padding-top:2px } .who .v { font-weight:bold }
table { width:100%; border-collapse:collapse; font-size:12.5px }
th { text-align:left; background:#e9e9e9; border-bottom:2px solid ${dark}; padding:7px 6px; font-size:11px; text-transform:uppercase; letter-spacing:0.5px }
td { border-bottom:1px solid #ccc; padding:9px 6px; vertical-align:top } td.r, th.r { text-align:right } td.a { white-space:nowrap }
tr.tot td { border-bottom:none; border-top:2px solid ${dark}; font-weight:bold }
.notes { margin-top:24px; font-size:11.5px; line-height:17px; color:#333 } .notes h4 { margin:0 0 4px; font-size:11.5px; letter-spacing:1px }
.notes ul { margin:0; padding-left:18px }
.sig { position:absolute; left:56px; bottom:96px; width:260px; font: 12px ${sans}; color:#333 }
.sig .h { font: 28px ${hand}; color:#1a2d6d; border-bottom:1px solid #444; padding-bottom:2px; margin-bottom:4px }
.pr { position:absolute; right:56px; bottom:96px; font: 11px ${sans}; color:#666; text-align:right; line-height:16px }
</style>
<div class="band"><div class="mk">${mark}</div><div class="ev"><div class="n">${event}</div><div class="d">${show_dates} · ${venue}</div></div></div>
<div class="w">
 <h1>${heading}</h1>
 <div class="sub">${sub}</div>
 <div class="who">
  <div class="l">${name_label}</div><div class="v">${name}</div><div class="l">Badge ID</div><div class="v">${badge}</div>
  <div class="l">Company</div><div class="v">${company}</div><div class="l">IICRC Reg. #</div><div class="v">${reg}</div>
 </div>
 <table>
  <tr><th>Activity</th><th>Location</th><th>Date</th><th>Verified by</th><th class="r">${cec_head}</th></tr>
  <tr><td class="a"><b>${title}</b></td><td>${where}</td><td>${date}</td><td>${verified}</td><td class="r">${hours}</td></tr>
  <tr class="tot"><td colspan="4">${total_label}</td><td class="r">${total}</td></tr>
 </table>
 <div class="notes"><h4>NOTES</h4><ul>${notes_html}</ul></div>
</div>
<div class="sig"><div class="h">${coordinator}</div>${coordinator}<br>${coordinator_role}</div>
<div class="pr">Printed ${printed}<br>Record ${record}</div>
"""

COMPANIES = [
    "Prime Mitigation Group",
    "Allied Property Restoration",
    "Apex Water & Fire Services",
    "Cornerstone Disaster Recovery",
    "Hometown Carpet Care Inc.",
    "Northstar Cleaning Systems",
    "Valley Restoration Partners",
]


def fill(d):
    from datetime import timedelta

    from corpus.formats import fmt_number, fmt_range

    r = d.rng
    event = d.provider()
    words = [w for w in (d.org_alt or event).split() if w[0].isupper()]
    before, after = d.pick([(0, 2), (1, 1), (2, 0), (1, 2)])
    show = fmt_range(
        d.completed - timedelta(days=before), d.completed + timedelta(days=after), d.rng
    )
    hours = d.hours_number() if d.chance(0.6) else d.hours(d.pick(["cecs", "hours_title"]))
    staff = d.person()
    notes = [
        "IICRC booth registrations are sent to the IICRC by the show within 30 days; allow "
        "time for them to appear on your IICRC record.",
        "Education sessions are listed on separate session certificates, not on this record.",
        "Keep this record with your CE files. Duplicates are not issued after the show closes.",
    ]
    return {
        "mark": "".join(w[0] for w in words)[:3],
        "event": event,
        "show_dates": show,
        "venue": d.venue(),
        "heading": d.pick(
            ["Continuing Education Record", "CE Credit Record", "Attendee Education Record"]
        ),
        "sub": d.pick(
            [
                "Activities recorded for the attendee named below.",
                "As recorded by the show's education office from badge scans and sign-in sheets.",
            ]
        ),
        "name_label": d.pick(["Attendee", "Name", "Registrant"]),
        "name": d.name(d.pick(["plain", "plain", "last_first", "upper"])),
        "badge": str(r.randrange(100000, 999999)),
        "company": d.pick(COMPANIES),
        "reg": str(r.randrange(10000, 999999)),
        "cec_head": d.pick(["CECs", "Credit", "CE Hrs"]),
        "title": d.set_title(
            d.pick(["IICRC Booth Registration", "IICRC Booth Registration", "IICRC Booth Sign-In"]),
            ["IICRC Booth Registration"],
        ),
        "where": f"Booth {r.randrange(100, 2999)}, Hall {d.pick(['A', 'B', 'C', 'D'])}",
        "date": d.date(d.pick(["us_numeric", "short_month", "us_short", "iso"])),
        "verified": d.pick([staff, "Badge scan", "Sign-in roster"]),
        "hours": hours,
        "total_label": d.pick(["Total CECs recorded", "Total credit", "Total"]),
        "total": fmt_number(d.credit, r, decimals_ok=False),
        "notes_html": "".join(f"<li>{n}</li>" for n in notes[: d.pick([2, 3])]),
        "coordinator": d.person(),
        "coordinator_role": d.pick(["Education Coordinator", "Education Manager", "Show Manager"]),
        "printed": d.other_date("print", "us_numeric"),
        "record": d.number(),
    }
