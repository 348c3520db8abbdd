"""A show's credit-claiming portal page, printed landscape from a desktop
browser after the attendee claimed credit for one education session: the
browser's own print header (print date and time, page title) and footer
(address of the page, page count) in small type at the edges; a dark app
bar with the show's square mark and name in light type, the portal's tabs
with "My Credits" underlined, and the attendee's initials in a round
avatar; a breadcrumb; a pale green confirmation box with a check mark
saying when the claim was recorded; on the left an "Attendee" card of
labelled rows, a card with the show's span, venue and the last day to
claim, and a short note on how credit is reported; on the right a "Session"
card of labelled cells in two columns (title, code, date, time, room,
speaker, moderator, credit type, credit claimed, authorization code, a
status pill), a ticked attestation line and two buttons; the portal's own
footer line with a help contact across the bottom."""

SOURCE = (
    "HighMarks CE attendee help, 'Claiming from the My Credits page' (My Credits tab, list "
    "sessions by activity, claim credits, an 'I attest' box, an authorization code per session, "
    "then print the certificate) and ClubExpress's member-profile continuing education screen "
    "(credit appears once the member is marked attended, with the date entered), re-drawn as "
    "the confirmation page a technician prints from a show's portal"
)
KIND = "session"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "landscape",
    "dark-band",
    "labelled",
    "record",
    "provider-in-logo",
    "distractor-person",
    "distractor-date",
    "date-range",
    "web-printout",
    "tiny-footer",
)

TEMPLATE = """<style>
.bh, .bf { position:absolute; left:30px; right:30px; font: 9.5px ${sans}; color:#333; display:flex; justify-content:space-between; white-space:nowrap }
.bh { top:12px } .bf { bottom:12px }
.scr { position:absolute; left:30px; right:30px; top:32px; bottom:32px; background:#f3f4f6; font: 13px ${uif}; color:#1f2328; overflow:hidden }
.bar { height:58px; background:${dark}; color:#f5f6f8; display:flex; align-items:center; padding:0 22px; gap:14px }
.bar .mk { width:36px; height:36px; border-radius:6px; background:${accent}; color:#fff; display:flex; align-items:center;
  justify-content:center; font: bold 13px ${uif}; letter-spacing:0.5px; flex:none }
.bar .ev { font: bold 16px ${uif}; letter-spacing:0.3px; white-space:nowrap; margin-right:18px }
.bar .tab { font-size:13px; opacity:0.8; padding:19px 10px 17px; white-space:nowrap }
.bar .tab.on { opacity:1; font-weight:bold; border-bottom:3px solid ${accent} }
.bar .sp { flex:1 }
.bar .av { width:32px; height:32px; border-radius:50%; background:#fff; color:${dark}; display:flex; align-items:center;
  justify-content:center; font: bold 12px ${uif}; flex:none }
.bar .acct { font-size:12px; opacity:0.85; white-space:nowrap }
.crumb { padding:12px 24px 0; font-size:11.5px; color:#57606a }
.ok { margin:10px 24px 0; background:#e8f5ec; border:1px solid #9fd3ae; border-left:5px solid #2e8b57; border-radius:4px;
  padding:9px 14px; display:flex; gap:10px; align-items:center; font-size:13px }
.ok .ck { width:22px; height:22px; border-radius:50%; background:#2e8b57; color:#fff; text-align:center; line-height:22px; font-weight:bold; flex:none }
.cols { display:flex; gap:18px; margin:14px 24px 0 }
.card { background:#fff; border:1px solid #d6d9de; border-radius:6px; padding:12px 16px 10px }
.card h3 { margin:0 0 8px; font: bold 11.5px ${uif}; letter-spacing:1px; text-transform:uppercase; color:#57606a;
  border-bottom:1px solid #e4e6ea; padding-bottom:6px }
.left { width:31%; display:flex; flex-direction:column; gap:14px }
.kv { display:grid; grid-template-columns:${kv_w}px 1fr; row-gap:7px; column-gap:10px; font-size:12.5px }
.kv > span, .cell > span { color:#6a737d }
.right { flex:1 }
.grid { display:grid; grid-template-columns:1fr 1fr; column-gap:22px }
.cell { padding:6px 0 7px; border-bottom:1px solid #eef0f2 }
.cell > span { display:block; font-size:10.5px; letter-spacing:0.3px; margin-bottom:2px }
.cell div { font-size:13.5px }
.cell.wide { grid-column: 1 / span 2 } .cell.wide div { font-size:16px; font-weight:bold }
.cell .cr { font-weight:bold; color:#1a5e34 }
.st { display:inline-block; background:#2e8b57; color:#fff; border-radius:10px; padding:1px 9px; font-size:11.5px }
.att { margin-top:10px; font-size:12px; line-height:17px; display:flex; gap:8px; color:#333 }
.att i { font-style:normal; width:14px; height:14px; border:1px solid #2e8b57; background:#2e8b57; color:#fff; font-size:11px;
  line-height:13px; text-align:center; flex:none; margin-top:1px }
.btns { margin-top:12px; display:flex; gap:10px }
.btn { border-radius:4px; padding:6px 14px; font-size:12.5px; border:1px solid ${dark}; color:${dark}; background:#fff }
.btn.p { background:${dark}; color:#fff }
.note { font-size:11.5px; line-height:16px; color:#444 }
.pf { position:absolute; left:0; right:0; bottom:0; padding:9px 24px; border-top:1px solid #d6d9de; background:#fff;
  font-size:10.5px; color:#6a737d; display:flex; justify-content:space-between; white-space:nowrap }
</style>
<div class="bh"><span>${printed}</span><span>${page_title}</span><span></span></div>
<div class="scr">
 <div class="bar">
  <div class="mk">${initials}</div>
  <div class="ev">${event}</div>
  <div class="tab">Agenda</div><div class="tab">My Schedule</div><div class="tab on">My Credits</div>
  <div class="tab">${tab4}</div>
  <div class="sp"></div>
  <div class="av">${avatar}</div><div class="acct">My account</div>
 </div>
 <div class="crumb">${crumb}</div>
 <div class="ok"><div class="ck">&#10003;</div><div>${ok_line}</div></div>
 <div class="cols">
  <div class="left">
   <div class="card"><h3>Attendee</h3><div class="kv">
    <span>Name</span><b>${name}</b>
    <span>${cert_label}</span><div>${cert_no}</div>
    <span>Badge ID</span><div>${badge}</div>
    <span>Company</span><div>${company}</div>
    <span>E-mail</span><div>${email}</div>
   </div></div>
   <div class="card"><h3>${show_head}</h3><div class="kv">
    <span>Dates</span><div>${show_range}</div>
    <span>Venue</span><div>${venue}</div>
    <span>${deadline_label}</span><div>${deadline}</div>
   </div></div>
   <div class="card"><h3>About CE credit</h3><div class="note">${note}</div></div>
  </div>
  <div class="right"><div class="card"><h3>Session</h3>
   <div class="grid">
    <div class="cell wide"><span>${title_label}</span><div>${title}</div></div>
    <div class="cell"><span>Session code</span><div>${code}</div></div>
    <div class="cell"><span>${date_label}</span><div>${date}</div></div>
    <div class="cell"><span>Time</span><div>${time}</div></div>
    <div class="cell"><span>Room</span><div>${room}</div></div>
    <div class="cell"><span>${speaker_label}</span><div>${speaker}</div></div>
    <div class="cell"><span>Moderator</span><div>${moderator}</div></div>
    <div class="cell"><span>Credit type</span><div>${credit_type}</div></div>
    <div class="cell"><span>${hours_label}</span><div class="cr">${hours}</div></div>
    <div class="cell"><span>Authorization code</span><div>${auth}</div></div>
    <div class="cell"><span>Status</span><div><span class="st">${status}</span></div></div>
   </div>
   <div class="att"><i>&#10003;</i><div>${attest}</div></div>
   <div class="btns"><div class="btn p">${btn1}</div><div class="btn">Back to My Credits</div></div>
  </div></div>
 </div>
 <div class="pf"><span>${help}</span><span>Privacy &middot; Terms &middot; Accessibility</span></div>
</div>
<div class="bf"><span>${url}</span><span>1/1</span></div>
"""

COMPANIES = [
    "Precision Dry Restoration",
    "Lakeside Carpet Care",
    "FloodMasters of the Valley",
    "Tri-State Mitigation Group",
    "Brightway Cleaning Co.",
    "Summit Property Restoration",
]
ROOMS = ["Room 204A", "Ballroom C", "Hall E \u2013 Theater 2", "Room N112", "Salon 5", "Room 311"]


def _clock(minutes: int) -> str:
    h, m = divmod(minutes, 60)
    return f"{(h - 1) % 12 + 1}:{m:02d} {'AM' if h < 12 else 'PM'}"


def fill(d):
    from datetime import timedelta

    from corpus.formats import fmt_date, fmt_range

    r = d.rng
    before, after = d.pick([(1, 1), (0, 2), (2, 0), (1, 2), (2, 1)])
    show_end = d.completed + timedelta(days=after)
    show = fmt_range(d.completed - timedelta(days=before), show_end, r)
    words = [w for w in d.org_alt.split() if w[0].isupper()]
    begin = d.pick([8 * 60, 9 * 60 + 30, 10 * 60 + 45, 13 * 60, 14 * 60 + 15, 15 * 60 + 30])
    length = round(d.credit * 60)
    claim_day = show_end + timedelta(days=r.randint(0, 12))
    claimed = fmt_date(claim_day, d.pick(["long", "short_month"]))
    stamp = _clock(d.pick([7 * 60 + 12, 12 * 60 + 41, 16 * 60 + 5, 20 * 60 + 33, 21 * 60 + 58]))
    printed_on = fmt_date(claim_day + timedelta(days=d.pick([0, 0, 1, 3])), "us_short")
    deadline = fmt_date(
        show_end + timedelta(days=d.pick([14, 21, 30])), d.pick(["short_month", "us_numeric"])
    )
    slug = "".join(ch for ch in d.org_alt.lower() if ch.isalnum())[:14]
    event = d.provider()
    name = d.name(d.pick(["plain", "plain", "plain", "upper"]))
    hours_style = d.pick(["number", "number", "cecs", "cec_hours"])
    if d.credit == 1:
        hours_style = "number"
    return {
        "uif": d.fonts["sans"],
        "kv_w": d.pick([92, 100]),
        "printed": f"{printed_on}, {_clock(d.pick([9 * 60 + 2, 11 * 60 + 47, 14 * 60 + 20]))}",
        "page_title": d.pick(
            ["My Credits \u2013 Claim confirmation", "Claim Confirmation | My Credits"]
        ),
        "initials": "".join(w[0] for w in words)[:3],
        "event": event,
        "tab4": d.pick(["Exhibitors", "Floor Plan", "Speakers"]),
        "avatar": (d.first[0] + d.last[0]).upper(),
        "crumb": d.pick(
            [
                "My Credits \u203a Sessions by activity \u203a Claim confirmation",
                "Home / My Credits / Claim confirmation",
            ]
        ),
        "ok_line": d.pick(
            [
                f"Credit claimed. Your claim for this session was recorded on {claimed} at "
                f"{stamp}. Print this page or download your certificate for your records.",
                f"Thank you! Your attendance was confirmed and the credit below was added to "
                f"your record on {claimed}.",
            ]
        ),
        "name": name,
        "cert_label": d.pick(["IICRC Cert. #", "Certification no.", "Registrant #"]),
        "cert_no": f"{r.randrange(10000, 999999)}",
        "badge": f"{r.randrange(100000, 999999)}",
        "company": d.pick(COMPANIES),
        "email": f"{d.first[0].lower()}{'*' * 5}@{d.pick(['gmail.com', 'outlook.com', 'yahoo.com'])}",
        "show_head": d.pick(["Show", "Activity", "Event"]),
        "show_range": show,
        "venue": d.venue(),
        "deadline_label": d.pick(["Claim by", "Last day to claim", "Claims close"]),
        "deadline": deadline,
        "title_label": d.pick(["Session title", "Session", "Title"]),
        "title": d.title("plain"),
        "code": f"{d.pick(['ED', 'S', 'CE'])}{r.randrange(101, 348)}",
        "date_label": d.pick(["Date", "Session date", "Held on"]),
        "date": d.date(d.pick(["weekday", "long", "short_month", "us_numeric", "iso"])),
        "time": f"{_clock(begin)} \u2013 {_clock(begin + length)}",
        "room": d.pick(ROOMS),
        "speaker_label": d.pick(["Speaker", "Presenter"]),
        "speaker": d.person(),
        "moderator": d.person(),
        "credit_type": d.pick(["IICRC CEC", "IICRC continuing education", "CEC (IICRC)"]),
        "hours_label": d.pick(["Credits claimed", "Credit earned", "CECs claimed"]),
        "hours": d.hours_number() if hours_style == "number" else d.hours(hours_style),
        "auth": f"{d.pick(['K', 'T', 'R', 'W'])}{r.randrange(10, 99)}{d.pick(['Q', 'M', 'X'])}{r.randrange(1, 9)}",
        "status": d.pick(["Claimed", "Approved", "Verified"]),
        "attest": d.pick(
            [
                "I attest that I attended this session in full and claim only the credit "
                "commensurate with my participation.",
                "I confirm that I was present for the entire session and entered the code "
                "announced by the moderator.",
            ]
        ),
        "btn1": d.pick(["Download certificate (PDF)", "Print certificate"]),
        "note": d.pick(
            [
                "Credit is reported to the IICRC within 30 days after the show closes. "
                "Sessions are credited only when the code announced in the room is entered "
                "before the claim deadline.",
                "Only sessions approved for IICRC continuing education appear on this page. "
                "Claims are checked against door scans; partial attendance is not credited.",
            ]
        ),
        "help": d.pick(
            [
                f"Questions about your credit? Education desk: {d.phone()}",
                "Need help? Use the Help tab or visit the registration counter.",
            ]
        ),
        "url": f"https://{slug}.eventcredits.com/my-credits/claims/{r.randrange(100000, 999999)}",
    }
