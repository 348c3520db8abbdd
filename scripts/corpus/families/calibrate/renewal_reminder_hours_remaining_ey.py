"""Not a certificate: a renewal reminder a certification body sends a
technician some weeks before the renewal date, portrait, either as a letter
on letterhead or as a printed e-mail. It names the certification and its
expiry, then a callout with the hours the cycle requires, the hours on
record and the hours still needed, with a bar; a short table of the classes
already on record with their hours; a list of upcoming approved classes with
their lengths; the late fee and how to renew; the sender's name. Every
figure is a requirement, a balance or another paper's credit."""

SOURCE = (
    "sng82/wcec:resources/views/mail/registration-expiring-notification.blade.php (renewal "
    "notice: CPD and fee due before the expiry date, link to the portal, removal from the "
    "register if not renewed); wording of certification bodies' renewal reminders (hours "
    "required, on record, still needed)"
)
KIND = "other"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "other",
    "letter",
    "portrait",
    "table",
    "address",
    "distractor-date",
    "distractor-person",
)

TEMPLATE = """<style>
.w { position:absolute; inset:50px 64px 38px; font: 13px ${body}; color:#1d1d1d; line-height:19px }
.lh { display:${lh_show}; border-bottom:2px solid ${dark}; padding-bottom:8px; margin-bottom:18px }
.lh b { font: bold 19px ${head}; color:${dark} } .lh span { display:block; font-size:10.5px; color:#555; line-height:14px }
.em { display:${em_show}; border:1px solid #bbb; background:#f7f7f7; padding:8px 12px; font-size:11.5px; line-height:17px; margin-bottom:18px }
.em span { display:inline-block; width:62px; color:#666 }
.addr { display:${lh_show}; margin-bottom:16px }
.date { margin-bottom:12px }
p { margin:0 0 10px }
.call { display:flex; border:2px solid ${accent}; margin:14px 0 12px }
.call div { flex:1; padding:8px 12px; border-right:1px solid #ccc; font-size:11px; color:#555; line-height:15px } .call div:last-child { border-right:0 }
.call b { display:block; font-size:22px; color:#111; line-height:28px }
.call div:last-child b { font-size:17px; white-space:nowrap }
.bar { height:10px; background:#e6e6e6; border-radius:5px; margin:0 0 14px } .bar i { display:block; height:100%; border-radius:5px; background:${accent} }
table { width:100%; border-collapse:collapse; font-size:12px; line-height:16px; margin:4px 0 12px }
th { text-align:left; font-size:10px; text-transform:uppercase; letter-spacing:.5px; color:#555; border-bottom:1.5px solid #555; padding:4px 5px }
td { padding:4px 5px; border-bottom:1px solid #ddd } td.n, th.n { text-align:right; white-space:nowrap }
h3 { font: bold 12.5px ${body}; margin:14px 0 2px; color:${dark} }
ul { margin:2px 0 10px 18px; padding:0; font-size:12.5px }
.sig { margin-top:18px }
.sig b { display:block; font: 24px ${hand}; color:#24346e; font-weight:normal; height:30px }
.ft { position:absolute; left:0; right:0; bottom:0; font-size:9px; color:#777; border-top:1px solid #ccc; padding-top:4px; line-height:12px }
</style>
<div class="w">
 <div class="lh"><b>${body_name}</b><span>${body_line}</span></div>
 <div class="em"><span>From:</span>${body_name} &lt;renewals@${domain}&gt;<br><span>To:</span>${email}<br><span>Date:</span>${sent}<br><span>Subject:</span><b>${subject}</b></div>
 <div class="addr">${name}<br>${street}<br>${town}</div>
 <div class="date" style="display:${lh_show}">${sent}</div>
 <p>${greeting}</p>
 <p>${opening}</p>
 <div class="call">
  <div>${c1}<b>${req}</b></div><div>${c2}<b>${have}</b></div><div>${c3}<b>${need}</b></div><div>${c4}<b>${expires}</b></div>
 </div>
 <div class="bar"><i style="width:${pct}%"></i></div>
 <h3>${onfile_head}</h3>
 <table><tr><th>Date</th><th>Class</th><th>Provider</th><th class="n">Hours</th></tr>${rows_html}</table>
 <h3>${upcoming_head}</h3>
 <ul>${upcoming_html}</ul>
 <p>${renew_text}</p>
 <div class="sig">${closing}<b>${signer}</b>${signer}<br>${signer_role}</div>
 <div class="ft">${foot}</div>
</div>
"""

BODIES = [
    ("Restoration Credential Council", "restorationcc.org", "Renewals Department"),
    ("Board of Certified Drying Technicians", "bcdt-cert.org", "Certification Services"),
    ("Cleaning Trades Certification Board", "ctcb.org", "Registrant Records"),
    ("Institute of Remediation Professionals", "irp-cert.org", "Member Certification Office"),
]


def fill(d):
    from datetime import timedelta

    from corpus import formats as F
    from corpus import values as V

    r = d.rng
    style = d.pick(["long", "short_month", "us_numeric", "dmy_long"])
    expiry = d.completed + timedelta(days=r.randint(40, 120))
    sent = d.completed + timedelta(days=r.randint(0, 10))
    req = d.pick([14, 14, 14, 28, 16, 12])
    titles = r.sample(V.CE_COURSES, 4)
    provs = [s for s, _ in V.SCHOOLS] + list(V.ASSOCIATIONS)
    rows, have = [], 0.0
    for i in range(d.pick([1, 2, 3])):
        h = d.pick([1, 2, 3, 3.5, 4, 6])
        have += h
        day = d.completed - timedelta(days=r.randint(30, 600))
        rows.append((day, titles[i], r.choice(provs), h))
    rows.sort()
    if d.chance(0.4):
        title = d.title("plain")
        h = d.pick([2, 3, 4, 7]) if d.credit > 7 else float(d.credit)
        have += h
        rows.append((d.completed, title, d.provider(), h))
    if have >= req:
        req = int(have) + d.pick([4, 6, 7])
    need = req - have
    rows_html = "".join(
        f"<tr><td>{F.fmt_date(day, 'us_numeric')}</td><td>{t}</td><td>{p}</td><td class='n'>{h:g}</td></tr>"
        for day, t, p, h in rows
    )
    upcoming = []
    for t in r.sample([c for c in V.CE_COURSES if c not in titles], 3):
        ln = d.pick([2, 3, 4, 7, 8])
        mode = d.pick(["online, self-paced", "live webinar", "classroom", "classroom"])
        upcoming.append(f"<li>{t} \u2014 {ln} {d.pick(['hrs', 'hours'])}, {mode}</li>")
    body, domain, dept = d.pick(BODIES)
    name = d.name(d.pick(["plain", "upper"]))
    street, town = d.address()
    letter = d.chance(0.55)
    cert = d.pick(
        [
            "Water Restoration Technician",
            "Applied Structural Drying",
            "Certified Firm technician",
            "Carpet Cleaning Technician",
        ]
    )
    handle = (d.first.split()[0][0] + d.last.replace(" ", "").replace("'", "")).lower()
    return {
        "body": d.fonts[d.pick(["sans", "serif"])],
        "head": d.fonts[d.pick(["display", "serif", "sans"])],
        "lh_show": "block" if letter else "none",
        "em_show": "none" if letter else "block",
        "body_name": body,
        "body_line": f"{dept} \u00b7 {d.phone()} \u00b7 www.{domain}",
        "domain": domain,
        "email": f"{handle}@{d.pick(['gmail.com', 'yahoo.com', 'outlook.com'])}",
        "sent": F.fmt_date(sent, style),
        "subject": d.pick(
            [
                "Your certification renewal is coming up",
                f"Action needed: {need:g} hours still needed before renewal",
                "Renewal reminder",
            ]
        ),
        "name": name,
        "street": street,
        "town": town,
        "greeting": f"Dear {d.first},",
        "opening": d.pick(
            [
                f"Your {cert} certification expires on {F.fmt_date(expiry, style)}. To renew, the "
                "continuing education hours below must be on record before that date.",
                f"This is a reminder that your {cert} certification is due for renewal on "
                f"{F.fmt_date(expiry, style)}. Our records show you have not yet met the continuing "
                "education requirement.",
            ]
        ),
        "c1": d.pick(["Required this cycle", "Hours required"]),
        "req": f"{req:g}",
        "c2": d.pick(["On record", "Hours reported"]),
        "have": f"{have:g}",
        "c3": d.pick(["Still needed", "Hours remaining"]),
        "need": f"{need:g}",
        "c4": d.pick(["Expires", "Renew by"]),
        "expires": F.fmt_date(expiry, "short_month"),
        "pct": str(round(100 * have / req)),
        "onfile_head": d.pick(["Hours on record", "Classes we have on file"]),
        "rows_html": rows_html,
        "upcoming_head": d.pick(["Approved classes coming up", "Ways to finish your hours"]),
        "upcoming_html": "".join(upcoming),
        "renew_text": d.pick(
            [
                f"Renewals received after the expiry date carry a ${d.pick([50, 75, 100])} late fee. "
                f"Send certificates for any class missing above to renewals@{domain}.",
                f"Renew online at www.{domain}/renew once your hours are posted. Hours post within "
                f"{d.pick([5, 10, 14])} business days of the provider's report.",
            ]
        ),
        "closing": d.pick(["Sincerely,", "Regards,", "Thank you,"]),
        "signer": d.person(),
        "signer_role": d.pick(["Renewals Coordinator", "Certification Manager", dept]),
        "foot": d.pick(
            [
                "This notice is not a certificate and does not add hours to your record.",
                f"You receive this because your certification expires within {d.pick([90, 120])} days.",
            ]
        ),
    }
