"""A continuing-education summary a show's education office e-mails as a PDF
after the show closes: the show's wordmark and dates at the top left, the
document title and a reference at the top right, the attendee's details in a
labelled block, one sentence saying which sessions were recorded for the
badge, then a table of every session attended over the show's days (day,
time, title, speaker, approval status and credit) in which only one session
is approved for credit and the rest show none, a total line repeating that
one credit, a signature block for the education manager, and a line of tiny
print with the issue date and document number."""

SOURCE = (
    "realcme/newmigration:certifications/blades/certificate-ceconcepts-acpe.tpl.php (statement of "
    "credit: issued-to block, reference number, activity rows); a conference certificate built from "
    "a list of sessions attended, each with date, title, speaker and credit, totalled at the foot"
)
KIND = "session"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "table",
    "record",
    "portrait",
    "labelled",
    "distractor-person",
    "distractor-date",
    "date-range",
    "provider-in-logo",
    "tiny-footer",
)

TEMPLATE = """<style>
.w { position:absolute; inset:52px 60px 40px; font: 13px ${sans}; color:#222 }
.hd { display:flex; justify-content:space-between; align-items:flex-start; padding-bottom:12px; border-bottom:3px solid ${accent} }
.wm { display:flex; gap:12px; align-items:center }
.wm .sq { width:46px; height:46px; background:${dark}; color:#fff; font: bold 16px ${display}; display:flex; align-items:center; justify-content:center }
.wm .ev { font: bold 19px ${display}; color:${dark}; line-height:22px; max-width:330px }
.wm .dt { font-size:11.5px; color:#555; margin-top:2px }
.hd .rt { text-align:right; font-size:11px; color:#444; line-height:16px }
.hd .rt b { display:block; font: bold 15px ${sans}; color:#111; text-transform:uppercase; letter-spacing:0.6px }
.who { display:grid; grid-template-columns:125px 1fr 120px 1fr; row-gap:7px; margin:20px 0 16px; font-size:12.5px }
.who span { color:#666; font-size:11px; text-transform:uppercase; letter-spacing:0.4px; padding-top:1px }
.intro { line-height:19px; margin-bottom:12px }
table { width:100%; border-collapse:collapse; font-size:11.5px }
th { text-align:left; font-size:10px; text-transform:uppercase; letter-spacing:0.4px; color:#fff; background:${dark}; padding:6px 6px }
td { padding:7px 6px; border-bottom:1px solid #ccc; vertical-align:top; line-height:15px }
td.n, th.n { text-align:right; white-space:nowrap }
tr.ok td { background:${light}; font-weight:bold }
td.st { white-space:nowrap; font-size:10.5px } tr.no td.st { color:#8b1a1a }
tr.tot td { border-top:2px solid #333; border-bottom:none; font-weight:bold; font-size:12.5px }
.note { margin-top:14px; font-size:11px; color:#444; line-height:16px }
.sig { margin-top:34px; width:280px; font-size:12px; line-height:17px }
.sig .h { font: 26px ${handf}; color:#1d2c6b; border-bottom:1px solid #333; height:34px; line-height:40px }
.ft { position:absolute; left:0; right:0; bottom:0; font-size:8.5px; color:#777; border-top:1px solid #ccc; padding-top:4px; display:flex; justify-content:space-between }
</style>
<div class="w">
 <div class="hd">
  <div class="wm"><div class="sq">${initials}</div><div><div class="ev">${event}</div><div class="dt">${show_range} &middot; ${venue}</div></div></div>
  <div class="rt"><b>${doc_title}</b>${ref_label} ${ref}</div>
 </div>
 <div class="who">
  <span>Attendee</span><b>${name}</b><span>Badge no.</span><div>${badge}</div>
  <span>${reg_label}</span><div>${reg}</div><span>Company</span><div>${company}</div>
 </div>
 <div class="intro">${intro}</div>
 <table>
  <tr><th style="width:15%">Date</th><th style="width:10%">Time</th><th>Session</th><th style="width:19%">Speaker</th><th style="width:14%">${status_head}</th><th class="n" style="width:9%">${credit_head}</th></tr>
  ${rows_html}
  <tr class="tot"><td colspan="5">${total_label}</td><td class="n">${total}</td></tr>
 </table>
 <div class="note">${note}</div>
 <div class="sig"><div class="h">${signer}</div>${signer}<br>${signer_role}, ${event_alt}</div>
 <div class="ft"><span>${issued}</span><span>${doc_no}</span></div>
</div>
"""


def fill(d):
    import html
    from datetime import timedelta

    from corpus import values as V
    from corpus.formats import fmt_date, fmt_range

    r = d.rng
    before, after = d.pick([(1, 1), (2, 0), (1, 2), (2, 1)])
    first = d.completed - timedelta(days=before)
    show = fmt_range(first, d.completed + timedelta(days=after), r)
    date_style = d.pick(["short_month", "us_numeric", "dd_mon_yyyy", "us_short"])
    slots = ["8:00 AM", "9:30 AM", "10:45 AM", "1:15 PM", "2:30 PM", "3:45 PM"]
    others = r.sample([s for s in V.SESSIONS if s != d.course], d.pick([2, 3, 3, 4]))
    other_days = [first + timedelta(days=r.randrange(0, before + after + 1)) for _ in others]
    not_ok = d.pick(["Not approved", "No CE credit", "Not eligible"])
    ok = d.pick(["Approved", "IICRC approved", "CEC approved"])
    none = d.pick(["0", "—", "0.0"])
    hours = d.hours_number()
    times = r.sample(slots, len(others) + 1)
    rows = [
        (
            d.completed,
            times[0],
            f'<tr class="ok"><td>{html.escape(d.date(date_style))}</td><td>{{t}}</td>'
            f"<td>{html.escape(d.title('plain'))}</td><td>{html.escape(d.person())}</td>"
            f'<td class="st">{ok}</td><td class="n">{hours}</td></tr>',
        )
    ]
    for title, day, slot in zip(others, other_days, times[1:], strict=True):
        rows.append(
            (
                day,
                slot,
                f'<tr class="no"><td>{fmt_date(day, date_style)}</td><td>{{t}}</td>'
                f"<td>{html.escape(title)}</td><td>{html.escape(d.person())}</td>"
                f'<td class="st">{not_ok}</td><td class="n">{none}</td></tr>',
            )
        )
    rows.sort(key=lambda x: (x[0], slots.index(x[1])))
    rows_html = "\n".join(row.replace("{t}", slot) for _, slot, row in rows)
    event = d.provider()
    words = [w for w in d.org_alt.split() if w[0].isalpha()]
    signer = d.person()
    return {
        "handf": d.fonts["hand"].replace(", cursive", ", 'Dancing Script', cursive"),
        "initials": "".join(w[0] for w in words if w[0].isupper())[:3],
        "event": event,
        "event_alt": d.org_alt,
        "show_range": show,
        "venue": d.venue(),
        "doc_title": d.pick(
            ["CE Summary", "Education Credit Summary", "Continuing Education Record"]
        ),
        "ref_label": d.pick(["Ref.", "Record no.", "ID"]),
        "ref": d.number(),
        "name": d.name(d.pick(["plain", "plain", "upper", "last_first"])),
        "badge": f"{r.randrange(100000, 999999)}",
        "reg_label": d.pick(["IICRC Reg. #", "Certification #", "Registrant no."]),
        "reg": f"{r.randrange(10000, 999999)}",
        "company": d.pick(
            [
                "Allied Flood Response",
                "Tri-County Restoration",
                "Pinnacle Carpet Care",
                "Northstar Drying Services",
                "self-employed",
            ]
        ),
        "intro": d.pick(
            [
                "The sessions below were recorded for this badge by the door scanners. Continuing "
                "education credit is granted only for sessions approved by the IICRC before the show.",
                "Our records show the following sessions for this attendee. Sessions that were not "
                "submitted for approval carry no continuing education credit.",
            ]
        ),
        "status_head": d.pick(["Status", "IICRC", "Approval"]),
        "credit_head": d.pick(["CECs", "Credit", "Hours"]),
        "rows_html": rows_html,
        "total_label": d.pick(
            ["Total continuing education credit", "Total CECs earned", "Credit earned at this show"]
        ),
        "total": hours,
        "note": d.pick(
            [
                "Keep this summary for your records. Credit is reported to the certifying body "
                "within 30 days of the show's last day.",
                "This summary replaces individual session certificates. Questions about missing "
                "scans must reach the education office within 14 days.",
            ]
        ),
        "signer": signer,
        "signer_role": d.pick(["Education Manager", "Director of Education", "CE Coordinator"]),
        "issued": f"Issued {d.other_date('issue', 'long')}",
        "doc_no": f"Doc. {d.number()} · page 1 of 1",
    }
