"""A trade show's personal "show wrap" page, sent to each attendee after the
show and printed landscape: a dark hero band with the show's logo (an emblem
and the show's name as the wordmark, the only place the show is named), its
opening and closing days and venue in light type, and a big "thanks for
coming" line to the attendee by first name. Under it a "prepared for" line
with the attendee's full name, company, badge number and the day they
registered, a row of four stat tiles (exhibitors visited, connections made,
sessions, hours on the show floor, the last a number that is not the
credit), then two columns of cards. On the left an education-credit card
naming the IICRC booth registration and telling in a running sentence on
which day and at what time the badge was scanned at the booth and what
credit it carries, with a date to raise questions by, and under it the
sessions checked into (day, time, title, "credited separately"). On the
right a "people you connected with" list of exhibitor staff with roles,
companies and the day each was met, and a short "what's next" list of links.
A row of chips for the
booths visited and a light footer with the day the summary was generated and
a "save the date" for next year's show with its own dates close the page."""

SOURCE = (
    "AXIntelligence/personal-event-summary:src/types/index.ts (personalised attendee wrap page: "
    "event with start and end date and location, attendee stats - sessions, connections, hours "
    "attended - connections with title and company, registration date, calls to action); credit "
    "for time on a trade show floor from http://www.icsmag.com/articles/print/misconceptions and "
    "booth sign-in credit from https://www.randrmagonline.com/articles/85420-iicrc-continuing-education"
)
KIND = "booth"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "landscape",
    "dark-band",
    "provider-in-logo",
    "sentence",
    "date-range",
    "distractor-person",
    "distractor-date",
    "hours-in-sentence",
)

TEMPLATE = """<style>
.pg { position:absolute; inset:0; background:#f4f5f7; font: 13px ${sans}; color:#1d2229 }
.hero { position:absolute; left:0; right:0; top:0; height:196px; background:${dark}; color:#fff; padding:46px 40px 0; overflow:hidden }
.hero:after { content:""; position:absolute; right:-80px; top:-120px; width:360px; height:360px; border-radius:50%; border:46px solid rgba(255,255,255,0.07) }
.logo { display:flex; align-items:center; gap:12px }
.emb { width:46px; height:46px; border-radius:50%; border:3px solid ${accent}; background:rgba(255,255,255,0.1); display:flex; align-items:center; justify-content:center; font: bold 16px ${display}; color:#fff; flex:none }
.wm { font: bold 23px ${display}; letter-spacing:0.5px; line-height:26px; max-width:520px }
.when { margin-top:22px; font-size:13.5px; color:#dfe5ec; letter-spacing:0.3px }
.thx { position:absolute; right:44px; top:64px; text-align:right; z-index:1 }
.thx .k { font: bold 11px ${sans}; letter-spacing:2.5px; text-transform:uppercase; color:#c9d3de }
.thx .b { font: bold 28px ${sans}; margin-top:6px; white-space:nowrap; line-height:34px }
.body { position:absolute; left:40px; right:40px; top:216px; bottom:58px }
.pf { font-size:12.5px; color:#3b4450 } .pf b { font-size:15px; color:#111 }
.tiles { display:flex; gap:14px; margin-top:16px }
.tile { flex:1; background:#fff; border-radius:8px; padding:14px 18px; box-shadow:0 1px 2px rgba(0,0,0,0.12) }
.tile .n { font: bold 30px ${sans}; color:${dark}; line-height:34px } .tile .l { font-size:11.5px; color:#5a6470; margin-top:2px }
.two { display:flex; gap:16px; margin-top:18px; align-items:flex-start }
.colL { flex:1.25; display:flex; flex-direction:column; gap:14px } .colR { flex:1; display:flex; flex-direction:column; gap:14px }
.card { background:#fff; border-radius:8px; box-shadow:0 1px 2px rgba(0,0,0,0.12); padding:15px 20px }
.cr { border-top:5px solid ${accent} }
.cr .k { font: bold 10.5px ${sans}; letter-spacing:1.8px; text-transform:uppercase; color:${accent} }
.cr h2 { margin:5px 0 8px; font: bold 20px ${sans} }
.cr p { font-size:13.5px; line-height:20px; margin:0 0 8px }
.cr .sm { font-size:11px; color:#5a6470; line-height:15px; margin:0 }
.pp h3 { margin:0 0 8px; font: bold 13.5px ${sans} }
.ss { display:flex; gap:12px; padding:5px 0; border-top:1px solid #eceff2; font-size:12px; line-height:16px }
.ss .tm { width:92px; flex:none; color:#5a6470; font-size:11px }
.ss .cr2 { margin-left:auto; font-size:10.5px; color:#5a6470; white-space:nowrap }
.cta { font-size:12px; line-height:22px } .cta span { color:${accent}; font-weight:bold }
.per { display:flex; align-items:center; gap:10px; padding:6px 0; border-top:1px solid #eceff2 }
.per .av { width:30px; height:30px; border-radius:50%; background:#dde3ea; color:${dark}; font: bold 11px ${sans}; display:flex; align-items:center; justify-content:center; flex:none }
.per .t { flex:1; font-size:12.5px; line-height:16px } .per .t span { display:block; font-size:11px; color:#5a6470 }
.per .dd { font-size:11px; color:#5a6470; white-space:nowrap }
.chips { margin-top:16px; font-size:11px; color:#5a6470 }
.chips b { color:#1d2229; font-size:12px; margin-right:6px }
.chips span { display:inline-block; background:#fff; border:1px solid #d5dbe2; border-radius:11px; padding:2px 9px; margin:0 4px 4px 0; color:#2b333d }
.ft { position:absolute; left:0; right:0; bottom:0; height:44px; background:#e6e9ee; display:flex; justify-content:space-between; align-items:center; padding:0 40px; font-size:10.5px; color:#4a5360 }
.ft b { color:#1d2229 }
</style>
<div class="pg">
 <div class="hero">
  <div class="logo"><div class="emb">${mono}</div><div class="wm">${event}</div></div>
  <div class="when">${span} &nbsp;&middot;&nbsp; ${venue}</div>
  <div class="thx"><div class="k">${kicker}</div><div class="b">${thanks}</div></div>
 </div>
 <div class="body">
  <div class="pf">${prepared} <b>${name}</b> &nbsp;&middot;&nbsp; ${company} &nbsp;&middot;&nbsp; Badge ${badge} &nbsp;&middot;&nbsp; ${reg_label} ${registered}</div>
  <div class="tiles">
   <div class="tile"><div class="n">${n_booths}</div><div class="l">exhibitors visited</div></div>
   <div class="tile"><div class="n">${n_conn}</div><div class="l">connections made</div></div>
   <div class="tile"><div class="n">${n_sess}</div><div class="l">${sess_label}</div></div>
   <div class="tile"><div class="n">${floor}</div><div class="l">hours on the show floor</div></div>
  </div>
  <div class="two">
   <div class="colL">
   <div class="card cr">
    <div class="k">${credit_kicker}</div>
    <h2>${title}</h2>
    <p>${sentence}</p>
    <p class="sm">${fine}</p>
   </div>
   <div class="card pp">
    <h3>${sess_head}</h3>
    ${sessions_html}
   </div>
   </div>
   <div class="colR">
   <div class="card pp">
    <h3>People you connected with</h3>
    ${people_html}
   </div>
   <div class="card pp cta">
    <h3>What's next</h3>
    <div><span>&rsaquo;</span> ${cta1}</div><div><span>&rsaquo;</span> ${cta2}</div>
   </div>
   </div>
  </div>
  <div class="chips"><b>Booths you visited</b>${chips_html}</div>
 </div>
 <div class="ft"><span>${generated}</span><span><b>Save the date:</b> ${next_event} &middot; ${next_span}</span></div>
</div>
"""

EXHIBITORS = [
    "AeroDry Equipment",
    "Vortex Extraction Systems",
    "Hydrotherm Drying Products",
    "Pureflo Chemical",
    "Clearview Odor Solutions",
    "Summit Moisture Meters",
    "Ridgeline Truckmounts",
    "BlueLine Estimating Software",
    "Keystone Containment Supply",
    "Northgate Insurance Services",
    "Apex Dehumidifiers",
    "TrueCount Job Software",
]
COMPANIES = [
    "Blue Ridge Restoration LLC",
    "DryPro Water Damage Services",
    "Cornerstone Cleaning & Restoration",
    "First Response Mitigation",
    "Lakeside Carpet & Upholstery",
    "Self-employed",
]
SLOTS = ["8:00 AM", "9:30 AM", "10:45 AM", "1:00 PM", "2:30 PM", "3:45 PM"]
SESSION_NOTES = [
    "credited separately",
    "certificate in app",
    "see session certificate",
]
ROLES = [
    "Regional Sales Manager",
    "Territory Representative",
    "Technical Trainer",
    "Product Specialist",
    "Account Executive",
    "Field Support Lead",
]


def fill(d):
    from datetime import timedelta

    from corpus import values as V
    from corpus.formats import MONTHS, WEEKDAYS, fmt_date, fmt_range

    r = d.rng
    before, after = d.pick([(0, 2), (1, 1), (2, 0), (1, 2), (0, 1), (1, 0)])
    start, end = d.completed - timedelta(days=before), d.completed + timedelta(days=after)
    span = fmt_range(start, end, r)
    event = d.provider()
    name = d.name(d.pick(["plain", "plain", "plain", "upper"]))
    title = d.set_title(
        d.pick(["IICRC Booth Registration", "IICRC Booth Registration", "IICRC Booth Visit"]),
        ["IICRC Booth Registration"],
    )
    booth = f"{r.randrange(1, 30) * 100 + r.randrange(1, 40)}"
    when = d.date(d.pick(["weekday", "long", "ordinal", "short_month"]))
    hh, mm = r.randint(9, 16), r.randint(0, 59)
    clock = f"{(hh - 1) % 12 + 1}:{mm:02d} {'AM' if hh < 12 else 'PM'}"
    credit = d.hours(d.pick(["cecs", "cec_hours", "words_cec"]))
    sentence = d.pick(
        [
            f"Your badge was scanned at the IICRC booth (Booth {booth}) on {when} at {clock}. "
            f"Registering at the booth during the show counts for {credit} toward renewing "
            "your IICRC certifications.",
            f"You registered at the IICRC booth, #{booth}, on {when} at {clock}, which earns "
            f"{credit}. The IICRC posts it to your registrant record from the show's scan list.",
        ]
    )
    questions_by = d.other_date("issue", d.pick(["long", "short_month"]))
    fine = d.pick(
        [
            f"Allow up to 30 days for the credit to appear. Questions about a missing scan must "
            f"reach the show office by {questions_by}.",
            f"Keep this page with your CEC records. Scan corrections are accepted until "
            f"{questions_by}.",
        ]
    )
    show_days = [start + timedelta(days=i) for i in range(before + after + 1)]
    people = []
    for _ in range(3):
        who = d.person()
        met = r.choice(show_days)
        initials = "".join(p[0] for p in who.split()[:: max(1, len(who.split()) - 1)])[:2]
        people.append(
            f'<div class="per"><div class="av">{initials.upper()}</div>'
            f'<div class="t">{who}<span>{r.choice(ROLES)}, {r.choice(EXHIBITORS)}</span></div>'
            f'<div class="dd">{WEEKDAYS[met.weekday()][:3]}, {MONTHS[met.month - 1][:3]} '
            f"{met.day}</div></div>"
        )
    sessions = []
    for title_s in r.sample(V.SESSIONS, 2):
        sd = r.choice(show_days)
        sessions.append(
            f'<div class="ss"><div class="tm">{WEEKDAYS[sd.weekday()][:3]}, '
            f"{MONTHS[sd.month - 1][:3]} {sd.day}<br>{r.choice(SLOTS)}</div>"
            f'<div>{title_s}</div><div class="cr2">{r.choice(SESSION_NOTES)}</div></div>'
        )
    chips = r.sample(EXHIBITORS, r.randint(5, 8))
    chips_html = "".join(f"<span>{c} &middot; #{r.randrange(100, 2999)}</span>" for c in chips)
    chips_html += f"<span>IICRC &middot; #{booth}</span>"
    registered = d.other_date("registered", d.pick(["short_month", "us_numeric", "long"]))
    generated = end + timedelta(days=r.randint(2, 12))
    nxt = d.completed + timedelta(days=d.pick([357, 364, 371]))
    base = d.org_alt or event
    words = [w for w in base.split() if w[0].isupper()]
    slug = "wrap." + "".join(ch for ch in base.lower() if ch.isalnum()) + ".com"
    return {
        "mono": "".join(w[0] for w in words)[:3],
        "event": event,
        "span": span,
        "venue": d.venue(),
        "kicker": d.pick(["Your show, wrapped", "Personal show summary", "Your show in review"]),
        "thanks": d.pick([f"Thanks for coming, {d.first}!", f"Great to see you, {d.first}!"]),
        "prepared": d.pick(["Prepared for", "Summary for"]),
        "name": name,
        "company": d.pick(COMPANIES),
        "badge": f"{r.randrange(100000, 999999)}",
        "reg_label": d.pick(["Registered", "Registered on"]),
        "registered": registered,
        "n_booths": str(len(chips) + r.randint(3, 20)),
        "n_conn": str(r.randint(4, 18)),
        "n_sess": str(r.randint(1, 5)),
        "sess_label": d.pick(["sessions checked in", "education sessions"]),
        "floor": d.pick(["6.5", "8", "9.5", "11", "12.5", "5"]),
        "credit_kicker": d.pick(["Education credit", "Continuing education", "CEC earned"]),
        "title": title,
        "sentence": sentence,
        "fine": fine,
        "people_html": "".join(people),
        "sess_head": d.pick(["Sessions you checked into", "Education sessions"]),
        "sessions_html": "".join(sessions),
        "cta1": d.pick(["Rate the sessions you attended", "Download session handouts"]),
        "cta2": d.pick(
            ["Share your show photos", "Update your badge profile", "Book a booth for next year"]
        ),
        "chips_html": chips_html,
        "generated": f"Summary generated "
        f"{fmt_date(generated, d.pick(['long', 'us_numeric', 'short_month']))}"
        f" \u00b7 {slug}",
        "next_event": f"{base} {nxt.year}",
        "next_span": fmt_range(nxt - timedelta(days=d.pick([1, 2])), nxt, r),
    }
