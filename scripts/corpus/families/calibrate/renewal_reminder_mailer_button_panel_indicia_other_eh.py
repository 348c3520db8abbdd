"""A notice of an upcoming certification renewal, printed as a half-sheet
self-mailer turned sideways: a dark band across the top with the
registry's name in white and the notice date; at left a friendly reminder
in running text (the renewal date, the continuing-education hours the
renewal asks for, the fee), a coloured button-shaped box pointing to the
online renewal, and a short list of what renewing keeps; at right a
boxed panel of the holder's certification number, the categories held,
the expiry date and a late-fee date, over the mailing block with a
presorted-postage indicia. It names a person and dates and counts hours,
but records no completed continuing education for anyone."""

SOURCE = (
    "knirooshan/martfury-membership:resources/email-templates/renew-reminder.tpl (friendly "
    "reminder of the renewal date, benefits paragraph, button-styled call to action) and "
    "wording of certification renewal notices"
)
KIND = "other"
PAPER = "half-letter"
CATEGORIES = (
    "other",
    "dark-band",
    "landscape",
    "distractor-date",
    "address",
    "tiny-footer",
)

TEMPLATE = """<style>
.bd { position:absolute; left:0; right:0; top:0; height:58px; background:${dark}; color:#fff; display:flex; justify-content:space-between; align-items:center; padding:0 30px }
.bd b { font: bold 19px ${display}; letter-spacing:.5px } .bd span { font: 11.5px ${sans} }
.l { position:absolute; left:30px; top:80px; width:430px; font: 14px ${sans}; line-height:21px; color:#1b1b1b }
.l h2 { font: bold 17px ${sans}; margin:0 0 6px; color:${dark} }
.l p { margin-bottom:8px }
.btn { display:inline-block; background:${accent}; color:#fff; font: bold 12.5px ${sans}; letter-spacing:.6px; text-transform:uppercase; padding:8px 22px; border-radius:7px; margin:2px 0 8px }
.l ul { margin:4px 0 0; padding-left:18px; font-size:12.5px; line-height:19px }
.r { position:absolute; right:30px; top:76px; width:270px }
.pn { border:1.5px solid ${dark}; padding:8px 10px; font: 12px ${sans} }
.pn div { display:flex; justify-content:space-between; line-height:20px } .pn div b { font-weight:bold }
.pn .t { display:block; font: bold 11px ${sans}; text-transform:uppercase; letter-spacing:1px; color:${dark}; border-bottom:1px solid #bbb; margin-bottom:4px }
.ind { margin:16px 0 0 auto; width:120px; border:1px solid #333; font: 8.5px ${sans}; text-align:center; padding:3px 6px; line-height:11px }
.rs { margin-top:14px; font: 9px ${sans}; letter-spacing:1px; color:#444 }
.ml { margin-top:8px; font: 13px ${mono}; line-height:18px }
.bc { margin-top:8px; height:16px; width:230px; background: repeating-linear-gradient(90deg, #222 0 2px, transparent 2px 4px, #222 4px 5px, transparent 5px 8px) }
.ft { position:absolute; left:30px; right:30px; bottom:10px; font: 8.5px ${sans}; color:#666; border-top:1px solid #ccc; padding-top:3px }
</style>
<div class="bd"><b>${registry}</b><span>${notice_label} ${notice_date}</span></div>
<div class="l">
 <h2>${headline}</h2>
 <p>${p1}</p>
 <p>${p2}</p>
 <div class="btn">${button}</div>
 <ul>${items_html}</ul>
</div>
<div class="r">
 <div class="pn"><span class="t">Your certification</span>
  <div><span>Certification no.</span><b>${cert_no}</b></div>
  <div><span>Categories held</span><b>${cats}</b></div>
  <div><span>Expires</span><b>${expires}</b></div>
  <div><span>Late fee applies after</span><b>${late}</b></div>
 </div>
 <div class="ind">PRESORTED<br>FIRST-CLASS<br>U.S. POSTAGE PAID</div>
 <div class="rs">RETURN SERVICE REQUESTED</div>
 <div class="ml">${mail_html}</div>
 <div class="bc"></div>
</div>
<div class="ft">${foot}</div>
"""

REGISTRIES = [
    "Registry of Certified Restoration Technicians",
    "Restoration Credential Registry",
    "Cleaning Technician Certification Council",
]


def fill(d):
    import html
    from datetime import timedelta

    from corpus.formats import fmt_date

    r = d.rng
    expires_day = d.completed + timedelta(days=r.randint(365, 1000))
    notice_day = expires_day - timedelta(days=d.pick([30, 45, 60, 90]))
    late_day = expires_day + timedelta(days=d.pick([30, 60]))
    style = d.pick(["long", "short_month", "us_numeric"])
    street, town = d.address()
    codes = ["WRT", "ASD", "AMRT", "FSRT", "OCT", "CCT", "UFT", "RRT"]
    cats = ", ".join(sorted(r.sample(codes, d.pick([1, 2, 3]))))
    need = d.pick([8, 14, 14, 16])
    fee = d.pick([60, 75, 85, 110])
    mail = [d.plain_name.upper(), street.upper(), town.upper()]
    return {
        "registry": d.pick(REGISTRIES),
        "notice_label": d.pick(["Notice date:", "Mailed"]),
        "notice_date": fmt_date(notice_day, style),
        "headline": d.pick(
            [
                f"Hi {d.first}, your renewal is coming up",
                "Your certification renewal is due soon",
                "Time to renew",
            ]
        ),
        "p1": f"This is a friendly reminder that your certification is set to renew on "
        f"{fmt_date(expires_day, 'long')}. To renew, you will need {need} hours of approved "
        f"continuing education reported within your current period and the annual fee of ${fee}.",
        "p2": d.pick(
            [
                "If you have already renewed, thank you, and please disregard this notice.",
                "Hours you have earned but not yet reported can be entered when you renew online.",
            ]
        ),
        "button": d.pick(["Renew online", "Renew now", "Review your renewal"]),
        "items_html": "".join(
            f"<li>{html.escape(i)}</li>"
            for i in r.sample(
                [
                    "Your listing in the public directory of certified technicians",
                    "Use of the certified-technician logo on your truck and cards",
                    "Eligibility for advanced and master designations",
                    "Continued standing with insurance carriers that require certification",
                ],
                3,
            )
        ),
        "cert_no": d.number(),
        "cats": cats,
        "expires": fmt_date(expires_day, style),
        "late": fmt_date(late_day, style),
        "mail_html": "<br>".join(html.escape(x) for x in mail),
        "foot": d.pick(
            [
                "Questions? Call the renewals desk Monday to Friday, 8 a.m. to 5 p.m. This notice is not a certificate.",
                "Please do not send cash by mail. Keep this notice for your records.",
            ]
        ),
    }
