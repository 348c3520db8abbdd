"""A certification registry's letter telling a technician how the continuing
education they sent in was reviewed (portrait). A centred letterhead (the
registry's name, its office in letter-spaced caps, a double rule), the
technician's address on the left and a boxed reference panel on the right
(registrant number, letter date, date the submission arrived); a bold
subject line and a paragraph; then a ruled table of the two to four
activities submitted, each with provider, date, hours claimed, hours
credited and a decision code. Only one row is accepted; the others are
declined (not an approved course, outside the cycle, a duplicate, a sales
presentation) with nothing credited. A key to the codes in small print, a
shaded summary of the cycle (hours now on record and hours required, with
the cycle's end date), and a signature block of a records specialist."""

from datetime import timedelta
from html import escape

from corpus import formats as F
from corpus import values as V

SOURCE = (
    "https://support.cobalt.net/hc/en-us/articles/4410824553499-Creating-and-Editing-Continuing-"
    "Education-Activities (continuing education activities submitted by certificate holders and "
    "closed as approved or rejected) and https://help.clubexpress.com/hc/en-us/articles/"
    "21977459542171--Continuing-Education-in-the-Member-Profile (credits submitted for approval, "
    "searched by status); the letter wording of certification bodies that post CE credits"
)
KIND = "course"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "letter",
    "table",
    "record",
    "portrait",
    "address",
    "distractor-person",
    "distractor-date",
    "distractor-hours",
    "distractor-course",
    "tiny-footer",
)

TEMPLATE = """<style>
.w { position:absolute; left:70px; right:70px; top:46px; bottom:40px; font: 13px ${body}; color:#1b1b1b; line-height:19px }
.lh { text-align:center; padding-bottom:8px; border-bottom:4px double ${dark} }
.lh b { display:block; font: bold 23px ${display}; color:${dark}; letter-spacing:.3px }
.lh span { display:block; font: 10.5px ${sans}; letter-spacing:3px; text-transform:uppercase; color:#555; margin-top:3px }
.lh i { display:block; font: normal 10.5px ${sans}; color:#444; margin-top:3px }
.top { display:flex; justify-content:space-between; align-items:flex-start; margin-top:24px }
.to { line-height:18px }
.ref { border:1px solid #888; font: 11.5px ${sans}; padding:6px 10px; line-height:17px; min-width:220px }
.ref div { display:flex; justify-content:space-between; gap:14px } .ref em { font-style:normal; color:#555 }
.sub { margin-top:22px; font-weight:bold; ${sub_style} }
.w p { margin-top:11px }
table { width:100%; border-collapse:collapse; margin-top:12px; font: 11.5px ${sans} }
th { text-align:left; font-weight:bold; border-top:2px solid #222; border-bottom:1px solid #222; padding:5px 5px; font-size:10.5px; text-transform:${th_case} }
td { border-bottom:1px solid #bbb; padding:6px 5px; vertical-align:top; line-height:15px }
td.n, th.n { text-align:center; white-space:nowrap }
td.d { white-space:nowrap }
tr.ok td { background:${ok_bg} }
.key { margin-top:6px; font: 9.5px ${sans}; color:#555; line-height:13px }
.sum { margin-top:14px; background:${light}; border-left:4px solid ${accent}; padding:8px 12px; font: 12px ${sans}; line-height:18px }
.sum b { font-size:12.5px }
.sg { margin-top:16px } .sg .h { font: 27px ${hand}; color:#1d2d70; line-height:34px; height:34px }
.ft { position:absolute; left:0; right:0; bottom:0; font: 9px ${sans}; color:#777; text-align:center; border-top:1px solid #ccc; padding-top:4px }
</style>
<div class="w">
 <div class="lh"><b>${registry}</b><span>${office}</span><i>${street} &middot; ${town} &middot; ${phone}</i></div>
 <div class="top">
  <div class="to">${name}<br>${m_street}<br>${m_town}</div>
  <div class="ref"><div><em>${reg_label}</em>${reg_no}</div><div><em>Letter date</em>${letter_date}</div>
   <div><em>${recv_label}</em>${received}</div></div>
 </div>
 <div class="sub">${subject}</div>
 <p>${salute}</p>
 <p>${p1}</p>
 <table>
  <tr><th style="width:4%">#</th><th>${h_course}</th><th style="width:24%">Provider</th><th style="width:13%">${h_date}</th>
   <th class="n" style="width:8%">Claimed</th><th class="n" style="width:9%">${h_credit}</th><th class="n" style="width:9%">Code</th></tr>
  ${rows_html}
 </table>
 <div class="key">${key}</div>
 <div class="sum">${sum_html}</div>
 <p>${p2}</p>
 <div class="sg">${close}<div class="h">${signer}</div>${signer}<br>${signer_role}</div>
 <div class="ft">${foot}</div>
</div>
"""

REGISTRIES = [
    ("Restoration Credential Registry", "Certification Records Office"),
    ("National Cleaning Certification Council", "Continuing Education Review"),
    ("Cleaning & Restoration Credentialing Board", "Registrant Services"),
    ("Institute of Inspection & Restoration Credentials", "CE Posting Desk"),
]
DECLINE = {
    "B": "Not an approved continuing education course",
    "C": "Certificate does not state hours or date",
    "D": "Completed outside your current cycle",
    "E": "Already posted to your record (duplicate)",
    "F": "Product or sales presentation; not eligible",
}
OTHER_PROVIDERS = [
    "In-house safety meeting",
    "Toolbox talk (employer)",
    "Distributor open house",
    "Online video library",
    "Local chapter dinner",
]


def fill(d):
    r = d.rng
    registry, office = d.pick(REGISTRIES)
    street, town = d.address()
    m_street, m_town = d.address()
    date_style = d.pick(["us_numeric", "us_numeric", "short_month", "iso", "dd_mon_yyyy"])

    name = d.name(d.pick(["plain", "plain", "upper", "honorific"]))
    title = d.title(d.pick(["plain", "plain", "with_code", "code_first"]))
    org = d.provider()
    when = d.date(date_style)
    credit = d.hours_number()
    approval = d.approval() if d.chance(0.5) else None

    credited_row = (
        f"<td>{escape(title)}"
        + (f"<br><small>Course approval {escape(approval)}</small>" if approval else "")
        + f"</td><td>{escape(org)}</td><td class='d'>{escape(when)}</td>"
        f"<td class='n'>{escape(credit)}</td><td class='n'><b>{escape(credit)}</b></td><td class='n'>A</td>"
    )
    rows = [("ok", "A", credited_row)]
    titles = [t for t in V.CE_COURSES + V.SESSIONS if t != d.course]
    codes = r.sample(sorted(DECLINE), 3)
    for i, other in enumerate(r.sample(titles, d.pick([1, 2, 2, 3]))):
        code = codes[i]
        offset = -r.randint(500, 1500) if code == "D" else r.randint(-200, 120)
        day = F.fmt_date(d.completed + timedelta(days=offset), date_style)
        if code == "F":
            prov = d.pick([m[0] for m in V.MANUFACTURERS])
        elif code == "E":
            prov = d.pick([s[0] for s in V.SCHOOLS if s[0] != d.org])
        else:
            prov = d.pick(OTHER_PROVIDERS)
        claimed = F.fmt_number(d.pick([0.5, 1, 1.5, 2, 3, 4]), r)
        rows.append(
            (
                "",
                code,
                f"<td>{escape(other)}</td><td>{escape(prov)}</td><td class='d'>{escape(day)}</td>"
                f"<td class='n'>{claimed}</td><td class='n'>{d.pick(['0', '0.0', '—'])}</td>"
                f"<td class='n'>{code}</td>",
            )
        )
    r.shuffle(rows)
    rows_html = "".join(
        f"<tr class='{cls}'><td>{i}</td>{body}</tr>" for i, (cls, _c, body) in enumerate(rows, 1)
    )
    used = sorted({code for _cls, code, _body in rows})
    key = "Codes: " + "; ".join(
        f"{c} = {'Accepted and posted' if c == 'A' else DECLINE[c]}" for c in used
    )

    required = d.pick([8, 14, 14, 16])
    prior = d.pick([0, 0, 2, 3.5, 4, 6])
    on_record = F.fmt_number(prior + d.credit, r, decimals_ok=False)
    cycle_end = d.other_date("expiry", d.pick(["long", "us_numeric"]))
    sum_html = (
        f"<b>{d.pick(['CE hours now on record this cycle', 'Total CECs on file for this cycle'])}:"
        f" {on_record}</b> &nbsp;&middot;&nbsp; Required for renewal: {required}"
        f"<br>{d.pick(['Your current cycle ends', 'Renewal due by'])} {escape(cycle_end)}."
    )
    letter_day = d.completed + timedelta(days=r.randint(20, 70))
    recv_day = letter_day - timedelta(days=r.randint(6, 18))
    n = len(rows)
    words = ["", "one", "two", "three", "four"][n]
    first = d.first if d.chance(0.5) else None
    return {
        "body": d.fonts[d.pick(["serif", "serif", "sans"])],
        "registry": registry,
        "office": office,
        "street": street,
        "town": town,
        "phone": d.phone(),
        "name": name,
        "m_street": m_street,
        "m_town": m_town,
        "reg_label": d.pick(["Registrant No.", "Certification ID", "Member ID"]),
        "reg_no": d.number(),
        "letter_date": F.fmt_date(letter_day, d.pick(["long", "short_month"])),
        "recv_label": d.pick(["Submission received", "Received"]),
        "received": F.fmt_date(recv_day, d.pick(["short_month", "us_numeric"])),
        "subject": d.pick(
            [
                "RE: Review of continuing education submitted for credit",
                "Subject: Results of your CE credit request",
                "Continuing Education Review — Notice of Results",
            ]
        ),
        "sub_style": d.pick(["", "text-decoration:underline", "text-transform:uppercase"]),
        "salute": f"Dear {first}," if first else d.pick(["Dear Registrant,", "Dear Technician,"]),
        "p1": d.pick(
            [
                f"Our office has reviewed the {words} continuing education "
                f"{'activity' if n == 1 else 'activities'} you sent in. The results are listed "
                "below; only accepted activities are posted to your certification record.",
                f"Thank you for submitting documentation for {words} "
                f"{'activity' if n == 1 else 'activities'}. Each was checked against our approved "
                "course list and the dates of your current certification cycle.",
            ]
        ),
        "h_course": d.pick(["Activity / course", "Course title", "Activity submitted"]),
        "h_date": d.pick(["Completed", "Date", "Date taken"]),
        "h_credit": d.pick(["Credited", "Posted", "CECs"]),
        "ok_bg": d.pick(["transparent", "#f1f1f1", d.colors["light"]]),
        "th_case": d.pick(["none", "uppercase"]),
        "rows_html": rows_html,
        "key": key + ".",
        "sum_html": sum_html,
        "p2": d.pick(
            [
                "Declined activities may be resubmitted once with the missing documentation. "
                "Activities completed before your cycle began cannot be carried forward.",
                "If you believe a decision is in error, reply within 30 days and include the "
                "provider's certificate showing the course approval number and hours.",
            ]
        ),
        "close": d.pick(["Sincerely,", "Regards,", "Respectfully,"]),
        "signer": d.person(),
        "signer_role": d.pick(
            ["Certification Records Specialist", "CE Review Coordinator", "Registrar"]
        ),
        "foot": d.pick(
            [
                "This notice reports posted credit only. It is not a certificate of completion.",
                "Keep this notice with your certification records. Page 1 of 1.",
            ]
        ),
    }
