"""A booth sign-in made on a tablet web form at the certifying body's booth
of a trade show, as the copy of the answers the form service e-mails to the
visitor, printed from web mail: the mail client's print header (the
account, the subject, the sender with the sent time), then the copy itself
on a tinted background: a "thanks for filling out" card, the form's header
image (a dark banner with the show's name in light letters, its dates and
hall), the form's title card with a coloured top edge and a description
that names the credit, then one white card per question with its answer
under it: e-mail, full name, certification number, company, the date of
the visit, a pair of radio buttons for the credit with one chosen, the
booth staffer who checked the visitor in, and a ticked attestation box.
The show is named only in the banner; a print footer carries a later
date."""

SOURCE = (
    "GoGo-Mall/cusioner-app:resources/views/includes/style.blade.php (web form: grey page, white "
    "form container, header with title and description, question labels, red required asterisk) "
    "and zinadesign/google-forms-email-sender:Template.html (the copy of a response e-mailed to "
    "the person who submitted it: 'your response is received', then a table of questions and "
    "answers); booth sign-in for credit after "
    "https://www.randrmagonline.com/articles/85420-iicrc-continuing-education (sign in at the "
    "IICRC booth at a show for CECs)"
)
KIND = "booth"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "portrait",
    "labelled",
    "dark-band",
    "provider-in-logo",
    "date-range",
    "distractor-person",
    "distractor-date",
    "checkboxes",
)

TEMPLATE = """<style>
.w { position:absolute; inset:22px 34px 0; font: 13px ${ui}; color:#202124 }
.mh { display:flex; justify-content:space-between; align-items:flex-end; padding-bottom:6px; border-bottom:1px solid #9aa0a6 }
.mh .mc { font: bold 17px ${ui}; color:#5f6368; letter-spacing:.2px }
.mh .ac { font-size:11.5px; color:#202124 }
.sj { font: bold 17px ${ui}; margin:10px 0 3px }
.cnt { font-size:11px; color:#5f6368; border-bottom:1px solid #dadce0; padding-bottom:6px }
.fr { display:flex; justify-content:space-between; margin-top:8px; font-size:12px }
.fr .to { color:#5f6368; font-size:11.5px; margin-top:2px }
.bd { margin-top:8px; background:${tint}; padding:10px 0 12px }
.col { width:600px; margin:0 auto }
.card { background:#fff; border:1px solid #dadce0; border-radius:8px; padding:7px 18px 7px; margin-top:6px }
.thx { display:flex; justify-content:space-between; align-items:center; margin-top:0 }
.thx b { font: 15px ${ui}; display:block } .thx span { font-size:12px; color:#5f6368 }
.eb { border:1px solid #dadce0; border-radius:4px; color:${theme}; font: 500 12px ${ui}; padding:6px 12px; white-space:nowrap }
.ban { margin-top:6px; height:86px; border-radius:8px; background:${band}; color:#fff; position:relative; overflow:hidden; padding:14px 22px }
.ban .st { position:absolute; right:-30px; top:0; bottom:0; width:190px; background:${stripe}; transform:skewX(-18deg); opacity:.85 }
.ban .st2 { position:absolute; right:150px; top:0; bottom:0; width:14px; background:${stripe}; transform:skewX(-18deg); opacity:.6 }
.ban .ev { position:relative; font: bold 22px ${head}; line-height:25px; max-width:420px; letter-spacing:.3px }
.ban .sub { position:relative; font: 12px ${ui}; margin-top:6px; letter-spacing:1.2px; text-transform:uppercase; color:#e8eaed }
.tc { border-top:10px solid ${theme}; padding:11px 18px 9px }
.tc h1 { font: 22px ${ui}; margin:0 0 6px; line-height:26px }
.tc p { font-size:12.5px; line-height:17px; color:#202124 }
.tc .re { margin-top:8px; padding-top:7px; border-top:1px solid #dadce0; font-size:11.5px; color:#5f6368; display:flex; justify-content:space-between }
.q { font-size:13px; line-height:17px }
.q i { color:#d93025; font-style:normal }
.a { margin-top:2px; font-size:14px; line-height:18px; padding-bottom:2px; border-bottom:1px dotted #bdc1c6; display:inline-block; min-width:260px }
.opt { margin-top:3px; font-size:13px; line-height:19px; display:flex; align-items:center }
.rb { width:15px; height:15px; border:2px solid #5f6368; border-radius:50%; margin-right:10px; display:inline-flex; align-items:center; justify-content:center; flex:none }
.rb.on { border-color:${theme} } .rb.on::after { content:""; width:7px; height:7px; border-radius:50%; background:${theme} }
.cb { width:15px; height:15px; border-radius:2px; margin-right:10px; background:${theme}; color:#fff; font: bold 11px ${ui}; line-height:15px; text-align:center; flex:none }
.ft { margin-top:8px; text-align:center; font-size:10.5px; color:#5f6368; line-height:15px }
.ft b { font: 500 15px ${ui}; color:#5f6368; display:block; margin-top:3px }
.pf { position:absolute; left:34px; right:34px; bottom:10px; font: 9.5px ${ui}; color:#5f6368; display:flex; justify-content:space-between }
</style>
<div class="w">
 <div class="mh"><span class="mc">${client}</span><span class="ac">${account}</span></div>
 <div class="sj">${subject}</div>
 <div class="cnt">1 message</div>
 <div class="fr"><div><b>${sender_name}</b> &lt;${sender_addr}&gt;<div class="to">To: ${email}</div></div><div>${sent}</div></div>
 <div class="bd"><div class="col">
  <div class="card thx"><div><b>${thanks}</b><span>${thanks_sub}</span></div><span class="eb">${edit}</span></div>
  <div class="ban"><div class="st"></div><div class="st2"></div><div class="ev">${event}</div><div class="sub">${span} &middot; ${venue}</div></div>
  <div class="card tc"><h1>${title}</h1><p>${description}</p>
   <div class="re"><span>${email}</span><span><i style="color:#d93025;font-style:normal">*</i> Indicates required question</span></div></div>
  ${questions_html}
  <div class="ft">${disclaimer}<b>${service}</b></div>
 </div></div>
</div>
<div class="pf"><span>${print_url}</span><span>${printed}</span></div>
"""

COMPANIES = [
    "Pioneer Water & Fire Restoration",
    "Hometown Carpet Care",
    "Summit Mitigation Group",
    "Green Valley Cleaning Co.",
    "Precision Dry-Out LLC",
    "Bayside Restoration Services",
    "Self-employed",
]


def fill(d):
    import html
    import unicodedata
    from datetime import timedelta

    from corpus.formats import MONTHS, WEEKDAYS, fmt_date, fmt_range

    r = d.rng

    def slug(text):
        plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
        return "".join(ch for ch in plain if ch.isalnum())

    email = f"{slug(d.first)}{d.pick(['.', '', '_'])}{slug(d.last)}{d.pick(['', '', '77', '1'])}"
    email += d.pick(["@gmail.com", "@yahoo.com", "@outlook.com", "@icloud.com"])
    before, after = d.pick([(0, 2), (1, 1), (2, 0), (1, 2), (0, 1)])
    span = fmt_range(d.completed - timedelta(days=before), d.completed + timedelta(days=after), r)
    hh, mm = r.randint(9, 16), r.randint(0, 59)
    c = d.completed
    sent = (
        f"{WEEKDAYS[c.weekday()][:3]}, {MONTHS[c.month - 1][:3]} {c.day}, {c.year} at "
        f"{(hh - 1) % 12 + 1}:{mm:02d} {'AM' if hh < 12 else 'PM'}"
    )
    event = d.provider(d.pick([None, None, "upper"]))
    form_title = d.pick(
        [
            "IICRC Booth Registration",
            "IICRC Booth CEC Sign-In",
            "IICRC Booth Registration – CEC Sign-In",
            "Visit the IICRC Booth: CEC Registration",
        ]
    )
    title = d.set_title(form_title, ["IICRC Booth Registration"])
    credit = d.hours(d.pick(["cecs", "cec_hours", "cecs"]))
    description = d.pick(
        [
            f"Register at the IICRC booth to receive {credit} toward your certification renewal. "
            "Fill in every required question; a staff member will confirm your visit. Credits "
            "are reported to the IICRC after the show.",
            f"Certified technicians who stop by the booth and sign in below earn {credit}. "
            "Use the name and number on your IICRC record so the credit posts to the right "
            "account. Allow up to 30 days after the show.",
        ]
    )
    name = d.name(d.pick(["plain", "plain", "plain", "upper"]))
    date = d.date(d.pick(["us_numeric", "us_numeric", "long", "short_month", "iso"]))
    staff = d.person()

    def card(question, inner, required=True):
        star = " <i>*</i>" if required else ""
        return f'<div class="card"><div class="q">{question}{star}</div>{inner}</div>'

    def answer(text):
        return f'<div class="a">{html.escape(text, quote=False)}</div>'

    other_opt = d.pick(
        [
            "No credit needed – information only",
            "Already registered today",
            "Not certified – product information",
        ]
    )
    credit_opts = [(f"IICRC booth registration – {credit}", True), (other_opt, False)]
    if d.chance(0.4):
        credit_opts.reverse()
    radios = "".join(
        f'<div class="opt"><span class="rb{" on" if on else ""}"></span>{html.escape(text)}</div>'
        for text, on in credit_opts
    )
    questions = [
        card("Email", answer(email)),
        card(
            d.pick(
                [
                    "Full name (as printed on your IICRC wallet card)",
                    "First and last name",
                    "Name as it appears on your IICRC record",
                ]
            ),
            answer(name),
        ),
        card(
            d.pick(["IICRC certification number", "IICRC registrant #", "IICRC Cert. No."]),
            answer(f"{r.randrange(10000, 999999)}"),
        ),
        card("Company name", answer(d.pick(COMPANIES)), required=False),
        card(d.pick(["Date of booth visit", "Today's date", "Date"]), answer(date)),
        card(d.pick(["Credit requested", "Which applies to you?"]), radios),
        card(
            d.pick(
                [
                    "Booth staff member who checked you in",
                    "IICRC representative you spoke with",
                ]
            ),
            answer(staff),
            required=False,
        ),
        card(
            d.pick(
                [
                    "I attest that I visited the IICRC booth in person at this show.",
                    "I confirm the information above is accurate and that I registered in person.",
                ]
            ),
            f'<div class="opt"><span class="cb">&#10003;</span>{d.pick(["I agree", "Yes"])}</div>',
        ),
    ]
    service = d.pick(["FormDesk", "Formbox", "Quickforms"])
    theme = d.pick(["#673ab7", "#1a73e8", "#0b8043", "#c2185b", "#e8710a", d.colors["accent"]])
    tints = {
        "#673ab7": "#f0ebf8",
        "#1a73e8": "#e8f0fe",
        "#0b8043": "#e6f4ea",
        "#c2185b": "#fce4ec",
        "#e8710a": "#fef0e5",
    }
    printed_day = fmt_date(
        c + timedelta(days=r.randint(40, 400)), d.pick(["us_short", "us_numeric"])
    )
    return {
        "ui": d.fonts["sans"],
        "head": d.pick([d.fonts["cond"], d.fonts["display"], d.fonts["sans"]]),
        "theme": theme,
        "tint": tints.get(theme, d.colors["light"]),
        "band": d.pick(["#14213d", "#1b1b1b", "#0d3b66", "#3c1642", d.colors["dark"]]),
        "stripe": d.pick(["#fca311", "#e63946", "#2a9d8f", "#f4d35e", "#1e88e5"]),
        "client": d.pick(["Mail", "Webmail", "Inbox"]),
        "account": email,
        "subject": d.pick(
            [f"Your response to {title}", f"{title} – your answers", f"Copy of {title}"]
        ),
        "sender_name": service if d.chance(0.5) else f"{service} (no reply)",
        "sender_addr": f"forms-receipts-noreply@{service.lower()}.com",
        "email": email,
        "sent": sent,
        "thanks": f"Thanks for filling out {title}",
        "thanks_sub": d.pick(["Here's what was received.", "A copy of your answers is below."]),
        "edit": d.pick(["View response", "Edit response"]),
        "event": event,
        "span": span,
        "venue": d.venue(),
        "title": title,
        "description": description,
        "questions_html": "".join(questions),
        "disclaimer": f"This form was created by the show's exhibitor. Never submit passwords "
        f"through {service}.",
        "service": service,
        "print_url": f"https://mail.{d.pick(['inbox', 'webmail', 'mailbox'])}.com/mail/u/0/"
        f"?view=pt&search=all&th={r.randrange(16**8, 16**9):x}",
        "printed": f"{printed_day}, {r.randint(1, 12)}:{r.randint(0, 59):02d} "
        f"{d.pick(['AM', 'PM'])}",
    }
