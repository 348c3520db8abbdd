"""Not a certificate: a trade association's annual membership renewal
notice (portrait) with a tear-off remittance stub. Association letterhead,
a member block, a dues table (membership tier, chapter dues, an optional
education bundle listing a class and its credit), the renewal and
expiration dates, the CE hours the association has on file as a reminder,
and a dashed-line stub with checkboxes and amount due."""

SOURCE = (
    "code4pay/wrsc_membership:resources/views/membership_renewal/pdf/membership_renewal.blade.php "
    "(right-aligned association letterhead, member details, renewal fee, tear-off payment slip)"
)
KIND = "other"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "other",
    "portrait",
    "table",
    "labelled",
    "letter",
    "distractor-person",
    "distractor-date",
)

TEMPLATE = """<style>
.w { position:absolute; inset:40px 54px 0; font: 12.5px ${serif}; color:#1c1c1c }
.lh { text-align:right; border-bottom:1px solid ${dark}; padding-bottom:8px }
.lh .n { font: small-caps bold 20px ${serif}; color:${dark} } .lh .a { font: 11px ${sans}; color:#555; line-height:15px }
.lh .sq { float:left; width:60px; height:60px; border:3px solid ${dark}; border-radius:50%; font: bold 12px ${sans}; color:${dark}; display:flex; align-items:center; justify-content:center }
h1 { font: bold 20px ${sans}; margin:18px 0 4px; color:#222 }
.mb { display:flex; justify-content:space-between; margin-top:10px; line-height:18px }
.kv { font: 12px ${sans} } .kv span { display:inline-block; width:120px; color:#666 }
.w p { margin-top:10px; line-height:18px }
table { width:100%; border-collapse:collapse; margin-top:10px; font: 12px ${sans} }
th { border-bottom:2px solid #444; text-align:left; padding:5px 4px } td { border-bottom:1px solid #ddd; padding:6px 4px; vertical-align:top; line-height:16px }
td.r, th.r { text-align:right; white-space:nowrap } tr.t td { font-weight:bold; border-bottom:none; border-top:2px solid #444 }
.ce { margin-top:12px; border:1px solid #bbb; background:${light}; padding:8px 10px; font: 11.5px ${sans}; line-height:16px }
.ben { margin-top:12px; font: 12px ${sans}; line-height:17px } .ben ul { margin:3px 0 0; padding-left:18px }
.sig { margin-top:14px } .sig .h { font: 24px ${hand}; color:#203070; line-height:30px }
.stub { position:absolute; left:0; right:0; bottom:0; height:210px; border-top:2px dashed #666; padding:14px 54px; font: 12px ${sans} }
.stub .cut { position:absolute; left:54px; top:-9px; background:#fff; padding:0 6px; font-size:10px; color:#666 }
.stub h2 { font: bold 14px ${sans}; margin:0 0 8px }
.sg { margin-right:170px; display:grid; grid-template-columns: 1fr 1fr; gap:4px 30px; line-height:18px }
.sg span { color:#666; display:inline-block; width:110px }
.cb { margin-top:8px; line-height:20px } .cb i { display:inline-block; width:11px; height:11px; border:1px solid #333; margin-right:5px; vertical-align:-1px }
.due { position:absolute; right:54px; top:14px; border:2px solid #222; padding:6px 12px; text-align:right; font-size:11px } .due b { display:block; font-size:20px }
</style>
<div class="w">
 <div class="lh"><div class="sq">${init}</div><div class="n">${assoc}</div><div class="a">${a_street} &middot; ${a_town}<br>${a_phone} &middot; ${a_web}</div></div>
 <h1>${heading}</h1>
 <div class="mb"><div>${name}<br>${company}<br>${street}<br>${town}</div>
  <div class="kv"><div><span>Member ID</span>${member}</div><div><span>Member since</span>${since}</div><div><span>Renewal date</span>${notice_date}</div><div><span>Expires</span>${expires}</div></div></div>
 <p>${p1}</p>
 <table><tr><th>Item</th><th>Detail</th><th class="r">Amount</th></tr>${rows_html}<tr class="t"><td colspan="2">Amount due</td><td class="r">${total}</td></tr></table>
 <div class="ce">${ce_note}</div>
 <div class="ben"><b>Your membership includes</b><ul>${ben_html}</ul></div>
 <div class="sig">${close}<div class="h">${officer}</div>${officer}, ${officer_role}</div>
</div>
<div class="stub"><span class="cut">&#9986; detach and return with payment</span>
 <h2>Remittance &mdash; ${assoc}</h2>
 <div class="sg"><div><span>Member</span>${name}</div><div><span>Member ID</span>${member}</div><div><span>Invoice</span>${invoice}</div><div><span>Tier</span>${tier}</div></div>
 <div class="cb"><i></i>Check enclosed (payable to the association) &nbsp; <i></i>Visa/MC/Amex &nbsp; <i></i>Add education bundle<br>Card no. ______________________________ &nbsp; Exp. ______ &nbsp; Signature ______________________</div>
 <div class="due">Amount due<b>${total}</b>by ${due}</div>
</div>
"""


def fill(d):
    import html

    from corpus.formats import fmt_number

    e = html.escape
    a_street, a_town = d.address()
    street, town = d.address()
    assoc = d.pick(
        [
            "Restoration Contractors Association",
            "Carpet & Upholstery Cleaners Association",
            "Regional Indoor Environment Society",
        ]
    )
    tier, fee = d.pick([("Technician member", 95), ("Firm member", 325), ("Associate member", 150)])
    bundle = d.chance(0.7)
    rows = [(f"Annual dues — {tier}", "12 months", fee), ("Chapter dues", d.city(), 35)]
    if bundle:
        rows.append(
            (
                "Education bundle (optional)",
                f"{e(d.title('plain'))}, {fmt_number(d.credit, d.rng)} CEC hours, member rate",
                d.pick([195, 245, 295]),
            )
        )
    total = sum(x[2] for x in rows)
    rows_html = "".join(
        f'<tr><td>{e(a)}</td><td>{b if i == 2 else e(b)}</td><td class="r">${c:,.2f}</td></tr>'
        for i, (a, b, c) in enumerate(rows)
    )
    return {
        "init": "".join(w[0] for w in assoc.split() if w[0].isupper())[:4],
        "assoc": assoc,
        "a_street": a_street,
        "a_town": a_town,
        "a_phone": d.phone(),
        "a_web": d.pick(["www.rca-members.org", "www.cuca.org", "www.ries-online.org"]),
        "heading": d.pick(["Membership Renewal Notice", "Dues Statement", "Time to Renew"]),
        "name": d.name(d.pick(["plain", "upper"])),
        "company": d.pick(["Clear Choice Restoration", "Prime Dry LLC", "HomeTown Carpet Care"]),
        "street": street,
        "town": town,
        "member": d.number("M-"),
        "since": str(d.completed.year - d.pick([2, 4, 7, 11])),
        "notice_date": d.other_date("issue", "long"),
        "expires": d.other_date("expiry", "long"),
        "p1": d.pick(
            [
                "Thank you for your membership. Your renewal is now due; please return the stub "
                "below with your payment or renew online to keep your member benefits and "
                "directory listing without interruption.",
                "Your membership is coming up for renewal. Members receive reduced class fees, "
                "the quarterly journal and a listing in the find-a-pro directory.",
            ]
        ),
        "rows_html": rows_html,
        "total": f"${total:,.2f}",
        "ce_note": d.pick(
            [
                f"Continuing education on file: {fmt_number(d.credit, d.rng)} hours reported for "
                f"the current cycle (last entry {d.date('short_month')}). This notice does not "
                "certify attendance; keep your own certificates.",
                "Reminder: the association does not issue CEC certificates with this notice. "
                f"Classes in the bundle are credited only after you attend ({d.course}).",
            ]
        ),
        "close": d.pick(["With thanks,", "Sincerely,"]),
        "officer": d.person(),
        "officer_role": d.pick(["Membership Director", "Treasurer", "Executive Director"]),
        "invoice": d.number("INV-"),
        "ben_html": "".join(
            f"<li>{b}</li>"
            for b in d.rng.sample(
                [
                    "Member pricing on classes, exams and the annual convention",
                    "Listing in the online find-a-pro directory",
                    "Quarterly journal and monthly technical bulletins",
                    "Group rates on general liability and vehicle insurance",
                    "Access to the members-only contract and form library",
                ],
                3,
            )
        ),
        "tier": tier,
        "due": d.other_date("issue", "us_numeric"),
    }
