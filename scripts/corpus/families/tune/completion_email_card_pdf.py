"""An online CE course's automated completion e-mail, saved to PDF from the
mail app: a compact message header (subject, sender with address, "to"
line, the time it was sent) over the HTML message itself, a 600 px card on
a grey ground: a coloured header with a check mark and a short headline, a
greeting, one sentence naming the course and the school, a details panel of
label and value rows (certificate ID, course, completed, credit, quiz score,
time spent in the course, enrolment date, access expiry), a button, a note
about reporting the credit, a sign-off, and a footer with the school's
address, phone and unsubscribe text in small grey type."""

SOURCE = "sinxcertiferindia/certisure:src/templates/certificate-email-template.html"
KIND = "course"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "portrait",
    "labelled",
    "sentence",
    "provider-in-logo",
    "distractor-date",
    "tiny-footer",
)

TEMPLATE = """<style>
.pg { position:absolute; inset:0; background:#fff }
.mh { position:absolute; left:44px; right:44px; top:30px; font: 12px ${sans}; color:#222 }
.mh h2 { font: 19px ${sans}; margin:0 0 10px; color:#111 }
.mh .row { display:flex; justify-content:space-between; align-items:flex-start }
.mh .av { width:34px; height:34px; border-radius:50%; background:${c1}; color:#fff; display:flex; align-items:center;
  justify-content:center; font: bold 15px ${sans}; margin-right:10px; flex:none }
.mh .fr { display:flex } .mh b { font-size:12.5px } .mh .em { color:#666 } .mh .to { color:#666; font-size:11.5px }
.mh .dt { color:#666; font-size:11.5px; white-space:nowrap }
.bg { position:absolute; left:44px; right:44px; top:118px; bottom:34px; background:#f3f4f6; padding:26px 0 0 }
.card { width:600px; margin:0 auto; background:#fff; border-radius:8px; box-shadow:0 1px 3px rgba(0,0,0,.12); font: 14px ${sans}; color:#374151 }
.ch { background:linear-gradient(135deg, ${c1}, ${c2}); color:#fff; text-align:center; padding:22px 30px 20px; border-radius:8px 8px 0 0 }
.ch .ck { width:46px; height:46px; border-radius:11px; background:rgba(255,255,255,.22); margin:0 auto 10px; font-size:25px; line-height:46px }
.ch .org { font-size:11.5px; letter-spacing:1.5px; text-transform:uppercase; opacity:.9; margin-bottom:4px }
.ch h1 { margin:0; font: 600 23px ${sans} }
.cb { padding:22px 34px 18px; line-height:21px }
.cb p { margin:0 0 12px }
.cb strong.c { color:${c1} }
.det { background:#f9fafb; border:1px solid #e5e7eb; border-radius:7px; padding:10px 16px; margin:4px 0 14px }
.det .t { font-size:10.5px; letter-spacing:.6px; text-transform:uppercase; color:#6b7280; font-weight:600; margin-bottom:4px }
.det table { width:100%; border-collapse:collapse }
.det td { padding:4px 0; border-bottom:1px solid #eceef1; font-size:13px; vertical-align:top }
.det td.k { color:#6b7280; width:42% } .det td.v { text-align:right; color:#111827; font-weight:600 }
.det tr:last-child td { border-bottom:none }
.det .mono { font-family:${mono}; font-weight:normal }
.btn { text-align:center; margin:6px 0 14px } .btn span { display:inline-block; background:${c1}; color:#fff; font-weight:600;
  padding:10px 26px; border-radius:6px; font-size:14px }
.small { font-size:12px; color:#6b7280; line-height:17px }
.cf { background:#f9fafb; border-top:1px solid #e5e7eb; padding:14px 30px; text-align:center; font-size:11px; color:#6b7280;
  line-height:16px; border-radius:0 0 8px 8px }
.cf b { color:#1f2937; font-size:12px }
.copy { text-align:center; font: 10.5px ${sans}; color:#9ca3af; margin-top:10px }
.pf { position:absolute; left:44px; right:44px; bottom:10px; font: 9px ${sans}; color:#888; display:flex; justify-content:space-between }
</style>
<div class="pg"></div>
<div class="mh">
 <h2>${subject}</h2>
 <div class="row"><div class="fr"><div class="av">${initial}</div><div><b>${sender}</b> <span class="em">&lt;${sender_addr}&gt;</span><br><span class="to">to ${to_line}</span></div></div>
 <div class="dt">${sent}</div></div>
</div>
<div class="bg">
 <div class="card">
  <div class="ch"><div class="ck">✓</div><div class="org">${org_head}</div><h1>${headline}</h1></div>
  <div class="cb">
   <p>${greeting}</p>
   <p>${sentence_html}</p>
   <div class="det"><div class="t">${det_title}</div><table>${rows_html}</table></div>
   <div class="btn"><span>${button}</span></div>
   <p class="small">${note}</p>
   <p>${closing}<br><strong>${signoff}</strong></p>
  </div>
  <div class="cf"><b>${org_foot}</b><br>${street}, ${town} · ${phone}<br>${unsub}</div>
 </div>
 <div class="copy">© ${year} ${org_copy}. All rights reserved.</div>
</div>
<div class="pf"><span>${pf_left}</span><span>1/1</span></div>
"""


def fill(d):
    import html
    import unicodedata

    r = d.rng
    org = d.provider()
    esc = html.escape
    street, town = d.address()
    title = d.title(d.pick(["plain", "plain", "with_code"]))
    name = d.name(d.pick(["plain", "plain", "upper"]))
    first = d.first
    date = d.date(d.pick(["long", "short_month", "us_numeric", "iso", "weekday"]))
    hours = d.hours(d.pick(["cec_hours", "iicrc_cec", "credit_hours", "hours_title", "cecs"]))
    spent_h = r.randrange(1, 9)
    rows = [
        ("Certificate ID", f"<span class='mono'>{esc(d.number('CE-'))}</span>"),
        ("Learner", esc(name)),
        ("Course", esc(title)),
        (d.pick(["Completed", "Completion date", "Date completed"]), esc(date)),
        (d.pick(["Credit", "CE credit", "Continuing education"]), esc(hours)),
    ]
    if d.chance(0.5):
        rows.append(("IICRC approval", esc(d.approval())))
    extra = [
        ("Final quiz", f"{r.choice([80, 84, 88, 90, 92, 96, 100])}%"),
        ("Time in course", f"{spent_h}h {r.randrange(2, 59):02d}m"),
        ("Enrolled", esc(d.other_date("registered"))),
        ("Access ends", esc(d.other_date("expiry"))),
    ]
    rows += r.sample(extra, d.pick([2, 3, 4]))
    rows_html = "".join(f"<tr><td class='k'>{k}</td><td class='v'>{v}</td></tr>" for k, v in rows)
    slug = "".join(ch for ch in (d.org_alt or org).lower() if ch.isalnum())[:16]
    sender = d.pick([org, f"{org} Online", "Online Learning Team"])
    sent_day = d.pick([d.other_date("issue", "short_month"), date])
    sentence_html = d.pick(
        [
            f"Congratulations on completing <strong class='c'>{esc(title)}</strong> with "
            f"<strong>{esc(org)}</strong>. Your certificate of completion is ready.",
            f"You have successfully finished the online course <strong class='c'>{esc(title)}</strong>. "
            f"{esc(org)} has issued your certificate.",
            f"Great work! Your completion of <strong class='c'>{esc(title)}</strong> has been recorded "
            "and your certificate is attached to this message.",
        ]
    )
    c1, c2 = d.pick(
        [
            ("#0e7490", "#06b6d4"),
            ("#1d4ed8", "#38bdf8"),
            ("#047857", "#34d399"),
            ("#b45309", "#f59e0b"),
            ("#6d28d9", "#a78bfa"),
            ("#be123c", "#fb7185"),
        ]
    )
    ascii_first = "".join(
        ch for ch in unicodedata.normalize("NFKD", first.lower()) if ch.isalnum() and ch.isascii()
    )
    return {
        "c1": c1,
        "c2": c2,
        "subject": d.pick(
            [
                f"Your certificate for {title} is ready",
                "Course complete – your CE certificate",
                f"Congratulations, {first}! You finished {title}",
            ]
        ),
        "initial": sender[:1].upper(),
        "sender": sender,
        "sender_addr": d.pick([f"no-reply@{slug}.com", f"learning@{slug}.com", f"ce@{slug}.org"]),
        "to_line": d.pick(["me", f"{ascii_first}.{r.randrange(10, 99)}@gmail.com"]),
        "sent": f"{sent_day}, {d.pick(['6:02 AM', '11:48 PM', '3:15 PM', '9:31 AM'])}",
        "org_head": d.pick([org, "Online CE", "Certificate issued"]),
        "headline": d.pick(["Course completed!", "Certificate Issued", "You did it!"]),
        "greeting": d.pick([f"Hi {first},", f"Dear {name},", f"Hello {first}!"]),
        "sentence_html": sentence_html,
        "det_title": d.pick(["Certificate details", "Your completion", "Summary"]),
        "rows_html": rows_html,
        "button": d.pick(["Download certificate", "View certificate (PDF)", "Go to my transcript"]),
        "note": d.pick(
            [
                "Please allow up to 10 business days for the credit to appear on your certification "
                "record. Keep this e-mail and your certificate as proof of completion.",
                "Your certificate can be verified at any time with the certificate ID above. "
                "Reporting the credit to your certifying body is your responsibility.",
            ]
        ),
        "closing": d.pick(
            ["Best regards,", "Thanks for learning with us,", "See you in the next course,"]
        ),
        "signoff": d.pick([org, f"The {d.org_alt or org} team", d.person()]),
        "org_foot": org,
        "street": street,
        "town": town,
        "phone": d.phone(),
        "unsub": d.pick(
            [
                "This is an automated e-mail. Please do not reply. Unsubscribe from course reminders.",
                "You received this message because you enrolled in a course. Manage e-mail preferences.",
            ]
        ),
        "year": d.completed.year,
        "org_copy": d.org_alt or org,
        "pf_left": d.pick(
            [
                f"Printed from mail · {d.other_date('print', 'us_numeric')}",
                f"Gmail – {title[:40]}",
                "",
            ]
        ),
    }
