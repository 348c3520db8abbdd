"""A renewal notice, not a certificate: a certification body's letterhead
with a round mark, a mailing-window address block, a reference box
(registrant number, renewal due, amount), and a letter reminding the
registrant that the annual fee is due and how many continuing education
credits the renewal period requires, naming example courses. It names a
person, courses, hours and dates, and records no completion."""

SOURCE = (
    "https://help.learntorestore.com/article/17-iicrc-certification-renewal and "
    "https://www.iicrc.org/page/IICRCFAQs (yearly renewal fee, CECs every four years)"
)
KIND = "other"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = ("other", "letter", "portrait", "sentence", "provider-in-logo", "distractor-date")

TEMPLATE = """<style>
.lh { position:absolute; left:64px; right:64px; top:44px; display:flex; align-items:center; gap:16px; border-bottom:3px solid ${dark}; padding-bottom:10px }
.mk { width:58px; height:58px; border-radius:50%; background:${dark}; color:#fff; font: bold 17px ${display}; display:flex; align-items:center; justify-content:center }
.lh .n { font: bold 20px ${display}; color:${dark} } .lh .a { font: 11px ${sans}; color:#444 }
.addr { position:absolute; left:80px; top:170px; font: 14px ${sans}; line-height:19px }
.ref { position:absolute; right:64px; top:160px; border:1px solid #888; font: 12.5px ${sans} }
.ref td { padding:4px 10px; border-bottom:1px solid #ddd } .ref td:first-child { color:#555 }
.b { position:absolute; left:64px; right:64px; top:330px; font: 14.5px ${face}; line-height:22px }
.b p { margin:0 0 14px } .b ul { margin:0 0 14px; padding-left:22px }
</style>
<div class="lh"><div class="mk">${mark}</div><div><div class="n">${body_name}</div><div class="a">${body_addr}</div></div></div>
<div class="addr">${name}<br>${street}<br>${town}</div>
<table class="ref" cellspacing="0"><tr><td>Registrant No.</td><td><b>${reg}</b></td></tr>
 <tr><td>Renewal due</td><td><b>${due}</b></td></tr><tr><td>Amount</td><td><b>${fee}</b></td></tr></table>
<div class="b">
 <p>${letter_date}</p>
 <p>Dear ${dear},</p>
 <p>${para1}</p>
 <p>${para2}</p>
 <ul>${examples_html}</ul>
 <p>${para3}</p>
 <p>Sincerely,<br><br>${signer}<br>${signer_role}</p>
</div>
"""


def fill(d):
    from corpus.values import CE_COURSES, IICRC_COURSES

    street, town = d.address()
    need = d.pick([14, 14, 2, 8])
    picks = d.rng.sample(CE_COURSES, 2) + [d.pick(IICRC_COURSES)[0]]
    examples = "".join(
        f"<li>{c} ({h} CECs)</li>"
        for c, h in zip(picks, d.rng.sample([2, 3, 7, 14], 3), strict=True)
    )
    body_name, mark = d.pick(
        [
            ("Restoration Certification Council", "RCC"),
            ("Cleaning Technician Registry", "CTR"),
            ("Certification Renewals Office", "CRO"),
        ]
    )
    return {
        "mark": mark,
        "body_name": body_name,
        "body_addr": f"{d.pick(['PO Box 4410', '4043 S. Eastern Ave', '210 Main St'])} · "
        f"{d.city()} · {d.phone()}",
        "name": d.plain_name,
        "street": street,
        "town": town,
        "reg": d.number(),
        "due": d.other_date("expiry", "short_month"),
        "fee": d.pick(["$55.00", "$70.00", "$95.00", "$125.00"]),
        "letter_date": d.other_date("print", "long"),
        "dear": d.pick([d.plain_name, f"Registrant {d.last}", "Certified Technician"]),
        "para1": d.pick(
            [
                "Our records show that your certifications come up for renewal on the date shown "
                "above. To keep them active, please pay the annual renewal fee before that date.",
                "This is a reminder that your annual renewal is approaching. Certifications that "
                "are not renewed lapse and must be reinstated.",
            ]
        ),
        "para2": f"Each renewal period also requires {need} continuing education credits. Credits "
        "may be earned through approved classes, online courses or industry events, for example:",
        "examples_html": examples,
        "para3": d.pick(
            [
                "Send us a copy of each completion certificate you have not yet reported. If you "
                "have already renewed, please disregard this notice.",
                "Log in to your account to review the credits already on file. Credits reported "
                "after the due date may delay your renewal.",
            ]
        ),
        "signer": d.person(),
        "signer_role": d.pick(["Renewals Coordinator", "Registrar", "Member Services"]),
        "face": d.fonts[d.pick(["serif", "sans"])],
    }
