"""Not a training record: a scholarship award letter from an industry
education foundation, telling a technician that the foundation will pay
for a class still to come, portrait. A letterhead with a coloured square
monogram at the left, the foundation's name and a tagline, its address at
the right, over a coloured rule; the letter date; the recipient's mailing
block; a bold RE line; "Congratulations!" and a letter saying the
selection committee has chosen the recipient for a named memorial
scholarship; a bordered two-column table (scholarship, award amount, the
course it pays for and the school, the class dates ahead, how the money is
paid, the acceptance deadline); a paragraph on what to do next; the
committee chair's signature; and at the foot a dashed tear-off acceptance
slip with blank lines for a signature and date. The course, the school and
the dates are of a class not yet taken: nothing on it is a completion or
earned credit."""

SOURCE = (
    "yiannimercer/camp-fasd-app:supabase/email-templates/scholarship_awarded.md ('We are pleased "
    "to inform you that a scholarship has been applied', a Scholarship Details table with the "
    "scholarship amount, original tuition and new balance) and jmartinez070484/s4yt:resources/"
    "views/mail/scholarship-winner.blade.php ('Congratulations ... You have been awarded a "
    "scholarship', its name and amount, and the business that gives it)"
)
KIND = "other"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "other",
    "letter",
    "portrait",
    "table",
    "sentence",
    "address",
    "provider-in-logo",
    "distractor-person",
    "distractor-date",
)

TEMPLATE = """<style>
.w { position:absolute; left:72px; right:72px; top:52px; bottom:44px; font: 14.5px ${body}; color:#1e1e1e; line-height:22px }
.lh { display:flex; justify-content:space-between; align-items:center; padding-bottom:12px; border-bottom:4px solid ${accent} }
.lh .l { display:flex; align-items:center; gap:12px }
.lh .sq { width:52px; height:52px; background:${accent}; color:#fff; font: bold 19px ${head}; display:flex; align-items:center; justify-content:center }
.lh .o { font: bold 18px ${head}; color:${ink}; line-height:22px }
.lh .o small { display:block; font: italic 12px ${body}; color:#666; font-weight:normal }
.lh .a { text-align:right; font: 11px ${sans}; color:#555; line-height:15px }
.dt { margin-top:22px }
.to { margin-top:16px; line-height:20px }
.re { margin-top:16px; font-weight:bold }
.p { margin-top:10px; text-align:justify }
table { width:100%; border-collapse:collapse; margin-top:14px; font-size:14px }
td { border:1px solid #bbb; padding:6px 10px; vertical-align:top; line-height:18px }
td.k { width:34%; background:${light}; font: bold 11.5px ${sans}; color:#333 }
.cl { margin-top:14px }
.sg .h { font: 30px ${hand}; color:#1d2f6a; line-height:38px; white-space:nowrap }
.sg { line-height:18px }
.cc { margin-top:8px; font-size:11.5px; color:#555 }
.to2 { position:absolute; left:0; right:0; bottom:0; border-top:1.5px dashed #777; padding-top:10px; font: 12px ${sans}; color:#222; line-height:18px }
.to2 .sc { position:absolute; left:-4px; top:-12px; font-size:16px; background:#fff; color:#777 }
.to2 b { font-size:12.5px; letter-spacing:.5px }
.to2 .rw { display:flex; gap:18px; margin-top:16px }
.to2 .rw div { flex:1; border-top:1px solid #333; padding-top:2px; font-size:10.5px; color:#555 }
</style>
<div class="w">
 <div class="lh"><div class="l"><div class="sq">${initials}</div><div class="o">${fund}<small>${tagline}</small></div></div>
  <div class="a">${street}<br>${town}<br>${phone}</div></div>
 <div class="dt">${letter_date}</div>
 <div class="to">${recipient}<br>${company}<br>${r_street}<br>${r_town}</div>
 <div class="re">RE: ${re}</div>
 <div class="p">Dear ${salutation},</div>
 <div class="p">${p1}</div>
 <table>${rows_html}</table>
 <div class="p">${p2}</div>
 <div class="cl">${closing}</div>
 <div class="sg"><div class="h">${signer}</div>${signer}<br>${signer_role}, ${fund}</div>
 <div class="cc">${cc}</div>
 <div class="to2"><span class="sc">✂</span><b>SCHOLARSHIP ACCEPTANCE</b> &nbsp;Return by ${accept_by} to the ${fund}.
  <br>I accept the ${scholarship} and agree to attend the class named above.
  <div class="rw"><div>Recipient signature</div><div>Printed name</div><div>Date</div></div></div>
</div>
"""

MEMORIAL = ["Whitcomb", "Hargrove", "Delgado", "Gallagher", "Thibodeaux", "Abernathy"]
COMPANIES = [
    "Rapid Dry Restoration LLC",
    "BlueLine Carpet Care",
    "Apex Water & Fire Inc.",
    "Summit Peak Restoration",
    "Clearwater Cleaning Co.",
]


def fill(d):
    import html
    from datetime import timedelta

    from corpus import formats as F
    from corpus import values as V

    r = d.rng
    assoc = d.pick(V.ASSOCIATIONS)
    fund = d.pick(
        [
            f"{assoc.split(' ')[0]} {assoc.split(' ')[1]} Education Foundation",
            "Restoration Industry Education Fund",
            "Cleaning Trades Scholarship Foundation",
        ]
    )
    words = [w for w in fund.split() if w[0].isupper()]
    initials = "".join(w[0] for w in words)[:3]
    recipient = d.person()
    first = recipient.split(" ")[0]
    scholarship = f"{d.pick(MEMORIAL)} Memorial Scholarship"
    course, code = d.pick(V.IICRC_COURSES)
    school = d.pick(V.SCHOOLS)[0]
    letter_day = d.completed
    class_start = letter_day + timedelta(days=r.randint(35, 120))
    class_end = class_start + timedelta(days=d.pick([1, 2, 2, 3]))
    accept_by = F.fmt_date(
        letter_day + timedelta(days=d.pick([14, 21, 30])), d.pick(["long", "short_month"])
    )
    amount = d.pick(["$500", "$750", "$1,000", "$1,200", "$1,500", "$2,500"])
    rows = [
        ("Scholarship", scholarship),
        ("Award amount", f"{amount}.00" if d.chance(0.5) else amount),
        ("Applied toward", f"{course} ({code})" if d.chance(0.5) else course),
        ("Training provider", school),
        ("Class dates", F.fmt_range(class_start, class_end, r)),
        (
            "Payment",
            d.pick(
                [
                    "Paid directly to the school",
                    "Tuition voucher enclosed",
                    "Reimbursed on proof of attendance",
                ]
            ),
        ),
        ("Respond by", accept_by),
    ]
    if d.chance(0.4):
        rows.insert(5, ("Travel stipend", d.pick(["$250", "$300", "none"])))
    rows_html = "".join(
        f'<tr><td class="k">{html.escape(k)}</td><td>{html.escape(v)}</td></tr>' for k, v in rows
    )
    street, town = d.address()
    r_street, r_town = d.address()
    return {
        "accent": d.pick(["#1e6091", "#2d6a4f", "#8b0000", "#6a4c93", "#b8860b"]),
        "ink": d.pick(["#1f3a5f", "#0b3d2e", "#2f2f2f"]),
        "body": d.fonts[d.pick(["serif", "serif", "sans"])],
        "head": d.fonts[d.pick(["serif", "sans", "display"])],
        "initials": initials,
        "fund": fund,
        "tagline": d.pick(
            [
                "Investing in the next generation of restorers",
                "Scholarships · Grants · Mentoring",
                "Est. 1998",
            ]
        ),
        "street": street,
        "town": town,
        "phone": d.phone(),
        "letter_date": F.fmt_date(letter_day, d.pick(["long", "long", "dmy_long", "short_month"])),
        "recipient": recipient,
        "company": d.pick(COMPANIES),
        "r_street": r_street,
        "r_town": r_town,
        "re": d.pick(
            [
                f"{letter_day.year} {scholarship}",
                "Scholarship Award Notification",
                f"Your {scholarship}",
            ]
        ),
        "salutation": d.pick([first, recipient, f"{first}"]),
        "p1": d.pick(
            [
                f"Congratulations! On behalf of the Scholarship Committee, I am delighted to tell you "
                f"that you have been selected to receive the {scholarship}. The committee was "
                "impressed by your application and by your supervisor's letter of recommendation.",
                f"We are pleased to inform you that your application for the {scholarship} has been "
                f"approved. This year the committee reviewed {r.randint(24, 90)} applications from "
                "technicians across the region.",
            ]
        ),
        "p2": d.pick(
            [
                "Please register for the class with the school and return the acceptance slip below. "
                "Once you have attended, ask the school to send us a copy of your certificate so we "
                "can close your award file.",
                "The award covers tuition only. If you cannot attend the class dates shown, contact "
                "us before the response date so the scholarship can be moved to a later class.",
            ]
        ),
        "closing": d.pick(["Warm regards,", "Sincerely,", "With congratulations,"]),
        "signer": d.person(),
        "signer_role": d.pick(
            ["Scholarship Committee Chair", "Executive Director", "Board President"]
        ),
        "cc": f"cc: {d.person()}, {d.pick(['Training Coordinator', 'Registrar'])}, {school}",
        "accept_by": accept_by,
        "scholarship": scholarship,
        "rows_html": rows_html,
    }
