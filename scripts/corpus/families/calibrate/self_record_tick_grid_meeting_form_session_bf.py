"""A documentation-of-attendance form that a regional association hands out
at a multi-day education meeting and that the attendee fills in by hand:
the meeting's name, its run of days and venue in a plain header with a form
number at the right, a boxed row of labelled blanks (attendee, certification
number, company, e-mail) written in by hand, a short instruction, then a
ruled grid of every item on the meeting's programme (date, time, session,
presenter, hours offered) with a tick column and a column for the hours the
attendee claims. Only one session is ticked and carries hours in the claim
column; the rest are blank, and the meals and exhibit hours offer none. A
total-claimed cell repeats those hours, the attendee's attestation sentence
sits over a hand-signed line, and a shaded office box at the foot holds the
education coordinator's printed name, initials and the date the form was
received."""

SOURCE = (
    "Indian Health Service Clinical Support Center, 'Office of Continuing Education' "
    "(www.ihs.gov/CSC): for large multi-day meetings a Documentation of Attendance Form on "
    "which participants record their own attendance, the hours of each session added up "
    "to the total of verified participation; Ohio PEPS 'Attendance Documentation' (a log "
    "sheet signed by attendee and provider showing dates, hours, topic and instructor)"
)
KIND = "session"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "portrait",
    "table",
    "labelled",
    "record",
    "distractor-person",
    "distractor-date",
    "handwriting",
)

TEMPLATE = """<style>
.w { position:absolute; inset:46px 54px 40px; font: 12px ${sans}; color:#1b1b1b }
.hd { display:flex; justify-content:space-between; align-items:flex-end; border-bottom:2px solid #222; padding-bottom:8px }
.hd .ev { font: bold 18px ${serif}; line-height:22px }
.hd .sub { font-size:11.5px; color:#333; margin-top:3px }
.hd .fn { text-align:right; font-size:10px; color:#444; line-height:14px }
.hd .fn b { display:block; font: bold 14px ${sans}; letter-spacing:1px; text-transform:uppercase; color:#111 }
.bx { margin-top:14px; border:1px solid #333; display:grid; grid-template-columns:1fr 1fr }
.bx div { border-right:1px solid #333; border-bottom:1px solid #333; padding:3px 7px 2px; height:44px }
.bx div:nth-child(2n) { border-right:none } .bx div:nth-last-child(-n+2) { border-bottom:none }
.bx span { display:block; font-size:9px; text-transform:uppercase; letter-spacing:.6px; color:#555 }
.bx i { font: normal 19px ${hand}; color:#1f2f7a; white-space:nowrap; line-height:26px }
.ins { margin:12px 0 8px; font-size:11px; line-height:15px; color:#333 }
table { width:100%; border-collapse:collapse; font-size:10.5px }
th { background:#e4e4e4; border:1px solid #333; font-size:9.5px; text-transform:uppercase; letter-spacing:.3px; padding:5px 4px; text-align:left }
td { border:1px solid #333; padding:6px 4px; vertical-align:middle; line-height:14px }
td.c, th.c { text-align:center; white-space:nowrap } td.d { white-space:nowrap }
td.h { font: 18px ${hand}; color:#1f2f7a; text-align:center; line-height:14px }
tr.nc td { color:#666; font-style:italic }
tr.tot td { border:none; padding-top:8px; font-weight:bold }
tr.tot td.h { border:1px solid #333; font-weight:normal }
.at { margin-top:18px; font-size:11px; line-height:16px }
.sg { display:flex; gap:30px; margin-top:14px }
.sg div { flex:1; font-size:9.5px; color:#555; text-transform:uppercase; letter-spacing:.5px }
.sg i { display:block; font: normal 24px ${hand}; color:#1f2f7a; border-bottom:1px solid #333; height:34px; line-height:40px;
  text-transform:none; letter-spacing:0; white-space:nowrap; overflow:hidden }
.of { position:absolute; left:0; right:0; bottom:22px; background:#ececec; border:1px dashed #777; padding:8px 10px; font-size:10.5px;
  display:flex; justify-content:space-between; gap:12px }
.of b { font-size:9.5px; text-transform:uppercase; letter-spacing:.6px }
.of i { font: normal 16px ${hand}; color:#333 }
.ft { position:absolute; left:0; right:0; bottom:0; font-size:8.5px; color:#666; display:flex; justify-content:space-between }
</style>
<div class="w">
 <div class="hd">
  <div><div class="ev">${event}</div><div class="sub">${meeting} &middot; ${span} &middot; ${venue}</div></div>
  <div class="fn"><b>${form_title}</b>${form_no}</div>
 </div>
 <div class="bx">
  <div><span>${name_label}</span><i>${name}</i></div>
  <div><span>${cert_label}</span><i>${cert}</i></div>
  <div><span>Company</span><i>${company}</i></div>
  <div><span>E-mail</span><i>${email}</i></div>
 </div>
 <div class="ins">${instructions}</div>
 <table>
  <tr><th style="width:11%">Date</th><th style="width:9%">Time</th><th>Session</th><th style="width:18%">${by_head}</th>
   <th class="c" style="width:8%">${offer_head}</th><th class="c" style="width:6%">&#10003;</th><th class="c" style="width:9%">${claim_head}</th></tr>
  ${rows_html}
  <tr class="tot"><td colspan="6" style="text-align:right">${total_label}</td><td class="h">${total}</td></tr>
 </table>
 <div class="at">${attest}</div>
 <div class="sg"><div><i>${signature}</i>${sign_label}</div><div><i>${signed_on}</i>Date</div></div>
 <div class="of"><span><b>Office use</b> &nbsp; ${received_label} ${received}</span><span>${verified_label} ${coordinator} <i>${initials}</i></span></div>
 <div class="ft"><span>${footer}</span><span>${rev}</span></div>
</div>
"""

COMPANIES = [
    "Allied Flood Response",
    "Tri-County Restoration",
    "ServiceWorks Cleaning",
    "Blue Ridge Water Damage",
    "Cornerstone Carpet Care",
    "Northstar Drying Services",
]
SLOTS = [
    (7 * 60 + 30, None),
    (8 * 60, "s"),
    (9 * 60 + 45, "s"),
    (11 * 60 + 30, "lunch"),
    (13 * 60, "s"),
    (14 * 60 + 45, "s"),
    (16 * 60 + 15, "hall"),
]


def _clock(minutes: int) -> str:
    h, m = divmod(minutes, 60)
    return f"{(h - 1) % 12 + 1}:{m:02d}{d_suffix(h)}"


def d_suffix(h: int) -> str:
    return " pm" if h >= 12 else " am"


def fill(d):
    import html
    from datetime import timedelta

    from corpus import values as V
    from corpus.formats import fmt_date, fmt_number, fmt_range

    r = d.rng
    event = d.provider(d.pick([None, None, "upper"]))
    before, after = d.pick([(0, 1), (1, 0), (1, 1), (2, 0), (0, 2)])
    first = d.completed - timedelta(days=before)
    span = fmt_range(first, d.completed + timedelta(days=after), r)
    days = [first + timedelta(days=i) for i in range(before + after + 1)]
    date_style = d.pick(["us_short", "us_numeric", "short_month", "dd_mon_yyyy"])

    # Every day's programme; the attended session is one of the session slots on its day.
    others = iter(r.sample([s for s in V.SESSIONS if s != d.course], 8))
    lunch = d.pick(["Lunch & exhibits", "Networking lunch", "Lunch (on your own)"])
    hall = d.pick(["Exhibit hall open", "Vendor showcase", "Exhibits & reception"])
    items = []
    for day in days:
        session_slots = [s for s in SLOTS if s[1] == "s"]
        keep = r.sample(session_slots, d.pick([2, 2, 3]))
        for slot in SLOTS:
            if slot[1] == "lunch" and d.chance(0.8):
                items.append((day, slot[0], lunch, "", None))
            elif slot[1] == "hall" and d.chance(0.5):
                items.append((day, slot[0], hall, "", None))
            elif slot in keep:
                items.append((day, slot[0], "s", d.person(), d.pick([1, 1, 1.5, 2])))
    mine = r.choice([i for i, it in enumerate(items) if it[0] == d.completed and it[2] == "s"])
    total = d.hours_number()
    name = d.name(d.pick(["plain", "upper", "upper"]))
    rows = []
    none = d.pick(["—", "0", "n/a"])
    for i, (day, at, what, who, offer) in enumerate(items):
        if what == "s" and i == mine:
            cells = (
                html.escape(d.date(date_style)),
                _clock(at),
                html.escape(d.title("plain")),
                html.escape(who),
                fmt_number(d.credit, r, False),
                '<td class="h">&#10003;</td>',
                f'<td class="h">{html.escape(total)}</td>',
            )
            cls = ""
        elif what == "s":
            cells = (
                fmt_date(day, date_style),
                _clock(at),
                html.escape(next(others)),
                html.escape(who),
                fmt_number(offer, r, False),
                "<td></td>",
                "<td></td>",
            )
            cls = ""
        else:
            cells = (
                fmt_date(day, date_style),
                _clock(at),
                what,
                "",
                none,
                "<td></td>",
                "<td></td>",
            )
            cls = ' class="nc"'
        rows.append(
            f'<tr{cls}><td class="d">{cells[0]}</td><td class="d">{cells[1]}</td><td>{cells[2]}</td>'
            f'<td>{cells[3]}</td><td class="c">{cells[4]}</td>{cells[5]}{cells[6]}</tr>'
        )
    coordinator = d.person()
    words = coordinator.split()
    sign_name = d.plain_name if name.isupper() else name
    return {
        "event": event,
        "meeting": d.pick(
            ["Regional Education Meeting", "Annual Technical Meeting", "Education Days"]
        ),
        "span": span,
        "venue": d.venue(),
        "form_title": d.pick(
            ["Documentation of Attendance", "Attendance Record", "CE Attendance Form"]
        ),
        "form_no": d.pick(["Form ED-7", "Form CE-2", "Form 114"]) + " · one form per attendee",
        "name_label": d.pick(["Attendee name (print)", "Participant name", "Name (please print)"]),
        "name": name,
        "cert_label": d.pick(["IICRC certification no.", "IICRC Reg. #", "Certification number"]),
        "cert": f"{r.randrange(10000, 999999)}",
        "company": d.pick(COMPANIES),
        "email": f"{d.first.lower()}.{d.last.lower()}@{d.pick(['gmail.com', 'outlook.com', 'yahoo.com'])}",
        "instructions": d.pick(
            [
                "Tick each session you attended in full and enter the hours you claim. Partial "
                "attendance is not credited. Hand this form to the registration desk before you leave.",
                "Record only the sessions you attended from start to finish. The education office "
                "checks this form against the room sign-in sheets before any credit is reported.",
            ]
        ),
        "by_head": d.pick(["Presenter", "Speaker", "Instructor"]),
        "offer_head": d.pick(["Hrs", "Hours", "CEC"]),
        "claim_head": d.pick(["Claimed", "Hrs claimed", "Your hrs"]),
        "rows_html": "\n".join(rows),
        "total_label": d.pick(["Total hours claimed", "Total CEC hours claimed", "Total"]),
        "total": total,
        "attest": d.pick(
            [
                "I attest that I attended the sessions ticked above in their entirety and that the "
                "hours I have entered are accurate.",
                "By signing below I confirm that I was present for the whole of each session I "
                "have ticked on this form.",
            ]
        ),
        "signature": sign_name,
        "sign_label": d.pick(["Attendee signature", "Signature of participant"]),
        "signed_on": fmt_date(days[-1], "us_short"),
        "received_label": d.pick(["Received", "Date received:"]),
        "received": d.other_date("issue", "us_numeric"),
        "verified_label": d.pick(["Verified by", "Checked by"]),
        "coordinator": coordinator,
        "initials": "".join(w[0] for w in words if w[0].isupper())[:3],
        "footer": d.pick(
            [
                "Keep a copy for your records. Credit is reported after the meeting closes.",
                "Forms handed in after the last day are not accepted.",
            ]
        ),
        "rev": f"Rev. {d.other_date('registered', 'us_short')}",
    }
