"""Not a record of credit: a renewal reminder mailed as a half-sheet
self-mailer. The right third is the mailing panel (return address, a
printed postage indicia, the technician's name and address); the left two
thirds carry the message: the certification and its expiry, a meter of
hours on record against hours required, how many hours are still needed
and how many of them must be in technical topics, and a short list of
upcoming classes with the hours each offers. Every hour figure is a
requirement, a balance or an offer; nobody's credit is recorded."""

SOURCE = (
    "sng82/wcec:resources/views/mail/registration-expiring-notification.blade.php (renewal "
    "reminder: CPD and fee due before a date, portal call to action); wording: certification "
    "bodies' renewal postcards that state hours required, on record and still needed"
)
KIND = "other"
PAPER = "half-letter"
CATEGORIES = (
    "other",
    "slip",
    "landscape",
    "labelled",
    "address",
    "distractor-date",
    "distractor-org",
)

TEMPLATE = """<style>
.msg { position:absolute; left:0; top:0; bottom:0; width:${msg_w}px; padding:24px 26px 18px 30px; font: 12px ${body}; color:#1b1b1b; border-right:1px dashed #999 }
.msg .k { font: bold 10.5px ${body}; letter-spacing:2px; text-transform:uppercase; color:${accent} }
.msg h1 { font: ${h_weight} 22px ${head}; margin:4px 0 8px; line-height:26px; color:${dark} }
.msg p { margin:0 0 8px; line-height:17px }
.meter { display:flex; align-items:center; gap:14px; margin:10px 0 10px }
.ring { width:84px; height:84px; border-radius:50%; background:conic-gradient(${accent} 0 ${pct}%, #e3e3e3 ${pct}% 100%); display:flex; align-items:center; justify-content:center }
.ring div { width:62px; height:62px; border-radius:50%; background:#fff; display:flex; align-items:center; justify-content:center; font: bold 15px ${body}; flex-direction:column; line-height:15px }
.ring div span { font: 9px ${body}; color:#666 }
.fig { display:grid; grid-template-columns:auto auto; column-gap:16px; row-gap:3px; font-size:12px }
.fig b { text-align:right }
.fig .due { color:#b00020 }
.st { margin:10px 0 0; padding-left:18px; font-size:11.5px; line-height:17px }
.cl { margin-top:4px; font-size:11px; border-top:1px solid #ccc; padding-top:6px }
.cl b { display:block; font-size:10px; letter-spacing:1px; text-transform:uppercase; color:#555; margin-bottom:2px }
.cl div { display:flex; justify-content:space-between; line-height:16px } .cl div span:last-child { white-space:nowrap; padding-left:10px; color:#333 }
.mail { position:absolute; right:0; top:0; bottom:0; left:${msg_w}px; padding:20px 20px; font: 11px ${body}; color:#222 }
.ret { line-height:14px; font-size:10px; max-width:calc(100% - 100px) }
.ret b { font-size:11px }
.ind { position:absolute; right:18px; top:18px; width:86px; border:1.5px solid #222; text-align:center; font: bold 8.5px ${sans}; line-height:11px; padding:5px 3px; text-transform:uppercase }
.to { position:absolute; left:28px; right:16px; top:210px; font: 13px ${mono}; line-height:18px }
.bars { position:absolute; left:28px; top:188px; height:12px; display:flex; gap:2px; align-items:flex-end }
.bars i { width:1.5px; background:#222 }
.ft { position:absolute; left:30px; bottom:8px; font-size:8px; color:#777 }
</style>
<div class="msg">
 <div class="k">${kicker}</div>
 <h1>${headline}</h1>
 <p>${intro}</p>
 <div class="meter">
  <div class="ring"><div>${onrec}<span>${of_req}</span></div></div>
  <div class="fig">
   <span>${req_label}</span><b>${req}</b>
   <span>${onrec_label}</span><b>${onrec_txt}</b>
   <span class="due">${need_label}</span><b class="due">${need}</b>
   <span>${tech_label}</span><b>${tech}</b>
  </div>
 </div>
 <div class="cl"><b>${classes_head}</b>${classes_html}</div>
 <ol class="st">${steps_html}</ol>
</div>
<div class="mail">
 <div class="ret"><b>${body_org}</b><br>${r_street}<br>${r_town}</div>
 <div class="ind">${indicia}</div>
 <div class="bars">${bars_html}</div>
 <div class="to">${name}<br>${street}<br>${town}</div>
</div>
<div class="ft">${foot}</div>
"""

BODIES = [
    "Restoration Certification Council",
    "Cleaning & Restoration Registry",
    "Inspection & Restoration Credentialing Board",
]


def fill(d):
    from html import escape

    from corpus import values as V
    from corpus.formats import fmt_number

    r = d.rng
    n = lambda v: fmt_number(v, r, False)  # noqa: E731
    req = d.pick([8, 14, 14, 16, 21, 28])
    onrec = d.pick([h for h in (0, 2, 3.5, 5, 6, 7, 9.5, 10, 12) if h < req])
    need = req - onrec
    tech = min(need, d.pick([4, 6, 7, 8]))
    unit = d.pick([" hrs", " CEC", ""])
    courses = r.sample(V.CE_COURSES, d.pick([2, 3]))
    classes = "".join(
        f"<div><span>{escape(t)} · {d.city()}</span><span>{n(d.pick([1, 2, 3, 3.5, 4, 7]))} CEC</span></div>"
        for t in courses
    )
    cert, code = d.pick(V.IICRC_COURSES)
    street, town = d.address()
    r_street, r_town = d.pick([a for a in V.CITIES if a[0] != street])
    expiry = d.other_date("expiry", d.pick(["long", "short_month", "us_numeric"]))
    body = d.pick(BODIES)
    slug = "".join(w[0] for w in body.split() if w[0].isalpha()).lower()
    bars = "".join(f'<i style="height:{d.pick([5, 12])}px"></i>' for _ in range(52))
    fee = d.pick([65, 75, 90, 120])
    steps = [
        f"Sign in at www.{slug}.org and open My Certifications.",
        "Upload certificates for classes not yet on record.",
        f"Pay the ${fee} renewal fee before your expiry date.",
    ]
    return {
        "msg_w": d.pick(["500", "520"]),
        "head": d.fonts[d.pick(["display", "sans", "serif"])],
        "body": d.fonts[d.pick(["sans", "sans", "cond"])],
        "h_weight": d.pick(["bold", "600"]),
        "pct": f"{round(100 * onrec / req)}",
        "kicker": d.pick(["Renewal reminder", "Action needed", "Second notice"]),
        "headline": d.pick(
            [
                f"Your {code} certification expires {expiry}",
                f"Renew your {cert} credential by {expiry}",
            ]
        ),
        "intro": d.pick(
            [
                "To renew you must report continuing education hours earned during this cycle "
                "and pay the renewal fee.",
                "Our records show you have not yet reported all the continuing education this "
                "cycle requires.",
            ]
        ),
        "onrec": n(onrec),
        "of_req": f"of {n(req)}",
        "req_label": d.pick(["Required this cycle", "Hours required", "Cycle requirement"]),
        "req": f"{n(req)}{unit}",
        "onrec_label": d.pick(["On record", "Reported so far", "Earned to date"]),
        "onrec_txt": f"{n(onrec)}{unit}",
        "need_label": d.pick(["Still needed", "Remaining", "Hours short"]),
        "need": f"{n(need)}{unit}",
        "tech_label": d.pick(["Of which technical", "Min. in technical topics"]),
        "tech": f"{n(tech)}{unit}",
        "classes_head": d.pick(
            ["Classes near you", "Upcoming approved classes", "Earn hours soon"]
        ),
        "classes_html": classes,
        "body_org": body,
        "r_street": r_street,
        "r_town": r_town,
        "indicia": d.pick(
            [
                "Presorted First-Class Mail U.S. Postage Paid",
                "First-Class Mail Postage Paid Permit No. 418",
            ]
        ),
        "bars_html": bars,
        "steps_html": "".join(f"<li>{escape(x)}</li>" for x in steps),
        "name": d.plain_name.upper() if d.chance(0.6) else d.plain_name,
        "street": street,
        "town": town,
        "foot": f"ID {d.number()} · Report hours online at www.{slug}.org",
    }
