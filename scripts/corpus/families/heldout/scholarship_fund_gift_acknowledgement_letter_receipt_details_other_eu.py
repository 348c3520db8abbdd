"""A thank-you letter and tax receipt from a school's technician
scholarship fund to a restoration company owner who gave to it, portrait,
typeset like a pandoc letter: two small logo marks top left, the fund's
name, address and the letter date, "To:" and "Email:" lines, "Dear ...,",
a paragraph of thanks, a bulleted list of what the gift pays for (seats in
a named class with its CEC hours, exam fees, manuals), a tax sentence, a
heading "Official receipt details for your records" over bold-labelled
lines (organization, EIN, date and amount of contribution, non-cash
description), a disclosure heading with the no-goods-or-services sentence,
and a signature over the signer's name and title. It receipts a gift; the
giver took no class."""

SOURCE = (
    "gargantuanprism/ap-donation-receipt:template.md (logos, organisation/address/date "
    "block, To and Email lines, thanks paragraph with programme bullets, 'Official receipt "
    "details for your records' labelled lines, IRS disclosure statement, signature block)"
)
KIND = "other"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "other",
    "portrait",
    "letter",
    "sentence",
    "labelled",
    "distractor-person",
    "distractor-date",
)

TEMPLATE = """<style>
.w { position:absolute; inset:72px 92px 60px; font:13.5px/19px ${serif}; color:#111 }
.lg { display:flex; gap:14px; align-items:center; height:44px }
.lg .a { width:44px; height:44px; border-radius:50%; background:${dark}; position:relative }
.lg .a:after { content:''; position:absolute; left:12px; top:10px; width:20px; height:24px; border:3px solid ${light}; border-radius:2px 2px 10px 10px; box-sizing:border-box }
.lg .b { height:34px; padding:0 10px; border:2px solid ${accent}; color:${accent}; font:bold 12px/30px ${sans}; letter-spacing:2px }
.from { margin-top:20px } .to { margin-top:16px }
p { margin:0 0 11px; text-align:justify } ul { margin:0 0 11px; padding-left:26px } li { margin-bottom:2px }
h2 { font:bold 17px ${serif}; margin:16px 0 8px }
.rd div { margin-bottom:1px } .rd b { font-weight:bold }
.sig { margin-top:16px } .sig .h { font:30px/34px ${hand}; color:#1b2a6b; margin:2px 0 }
</style>
<div class="w">
 <div class="lg"><div class="a"></div><div class="b">${badge}</div></div>
 <div class="from">${fund}<br>${street}, ${town}<br>${letter_date}</div>
 <div class="to">To: ${name}<br>Email: ${email}</div>
 <p style="margin-top:14px">Dear ${first},</p>
 <p>${thanks}</p>
 <ul>${uses_html}</ul>
 <p>${tax}</p>
 <h2>Official receipt details for your records</h2>
 <div class="rd">
  <div><b>Name of organization:</b> ${fund}</div>
  <div><b>EIN:</b> ${ein}</div>
  <div><b>Date of contribution:</b> ${gift_date}</div>
  <div><b>Amount of cash contribution:</b> ${amount}</div>
  <div><b>Description of non-cash contribution:</b> ${noncash}</div>
  <div><b>Value of non-cash contribution:</b> ${noncash_value}</div>
 </div>
 <h2>${disclosure_head}</h2>
 <p>${disclosure}</p>
 <div class="sig">${closing}<div class="h">${signer}</div>${signer}<br>${signer_role}</div>
</div>
"""


def fill(d):
    import html
    from datetime import timedelta

    from corpus.formats import fmt_date

    e = html.escape
    r = d.rng
    org = d.provider()
    fund = d.pick(
        [
            f"{org} Scholarship Fund",
            f"Technician Scholarship Fund of {org}",
            f"{d.org_alt or org} Education Foundation",
        ]
    )
    badge = "".join(w[0] for w in (d.org_alt or org).split() if w[0].isupper())[:4] + " FUND"
    street, town = d.address()
    name = d.name(d.pick(["plain", "plain", "honorific"]))
    handle = (d.first.split()[0][0] + d.last.replace(" ", "").replace("'", "")).lower()
    title = d.title(d.pick(["plain", "with_code"]))
    hours = d.hours(d.pick(["cec_hours", "hours_title", "cecs"]))
    amount = d.pick([250, 500, 750, 1000, 1500, 2500])
    seats = max(1, amount // d.pick([395, 495, 595]))
    gift = d.completed - timedelta(days=r.randint(3, 40))
    letter = gift + timedelta(days=r.randint(2, 12))
    style = d.pick(["long", "us_numeric", "short_month"])
    noncash = d.pick(["", "", "Two used dehumidifiers for the training lab"])
    uses = [
        f"{'A seat' if seats == 1 else f'{seats} seats'} in the {title} class on "
        f"{d.date(d.pick(['long', 'short_month']))} ({hours}) for technicians who could not "
        "otherwise attend",
        d.pick(
            [
                "IICRC exam fees for first-time candidates",
                "Student manuals and safety equipment for the lab",
                "Travel stipends for students from rural areas",
            ]
        ),
        d.pick(
            [
                "Our spring open house for new technicians",
                "Upkeep of the drying lab and its equipment",
                "Mentoring for newly certified technicians",
            ]
        ),
    ]
    return {
        "badge": badge,
        "fund": fund,
        "street": street,
        "town": town,
        "letter_date": fmt_date(letter, style),
        "name": name,
        "email": f"{handle}@{d.pick(['drybros.com', 'gmail.com', 'restorepro.net', 'outlook.com'])}",
        "first": d.first,
        "thanks": d.pick(
            [
                f"On behalf of {fund}, thank you for your generous gift. Your support puts working "
                "technicians in the classroom and keeps our industry's standard of care high. "
                "Specifically, your contribution pays for:",
                f"Thank you for your contribution to {fund}. Gifts like yours go straight to "
                "students; this year they will fund:",
            ]
        ),
        "uses_html": "".join(f"<li>{e(u)}</li>" for u in uses),
        "tax": d.pick(
            [
                f"{fund} is a registered 501(c)(3) nonprofit organization. For this donation you "
                "may make a deduction on your tax return; please consult your tax advisor.",
                "Your gift is tax-deductible to the extent allowed by law. Please keep this letter "
                "for your records.",
            ]
        ),
        "ein": f"{r.randrange(10, 99)}-{r.randrange(1000000, 9999999)}",
        "gift_date": fmt_date(gift, style),
        "amount": f"${amount:,.2f}",
        "noncash": noncash or "None",
        "noncash_value": f"${r.choice([600, 900, 1200]):,.2f} (donor's estimate)"
        if noncash
        else "N/A",
        "disclosure_head": d.pick(["IRS disclosure statement", "Disclosure", "Statement of value"]),
        "disclosure": d.pick(
            [
                f"Pursuant to IRS guidelines, we acknowledge that you received no goods or services "
                f"from {fund} in return for this contribution.",
                "No goods or services were provided in exchange for this gift. This letter is not a "
                "certificate of training and records no continuing education credit.",
            ]
        ),
        "closing": d.pick(["With gratitude,", "Sincerely,", "With thanks,"]),
        "signer": d.person(),
        "signer_role": d.pick(["Treasurer", "Fund Chair", "Executive Director", "Board President"]),
    }
