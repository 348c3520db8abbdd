"""Not a certificate: the carbonless slip a trade show's registration desk
fills in when an attendee's lanyard badge is reprinted. A tinted NCR copy
with the show's name, "Badge Reprint Request" and a form number, the
attendee's name, company, registration id and type printed from the
system, the reason ticked (lost, damaged, name misspelled, upgrade), the
reprint count, the fee charged or waived, the time, and the staff initials
and note written by hand. It names people, an event, dates and times; a
reprinted badge records no continuing-education credit."""

SOURCE = (
    "RAMSProject/badge_printing:badge_printing/templates/kiosk_printing/reprint_fee.html "
    "(reprint badge: fee amount, reason for reprinting, record or refund the reprint fee) and "
    "badge_printing/site_sections/kiosk_printing.py of the same repository ('Badge marked for "
    "free reprint by <staff> on <date>. Reason: <reason>')"
)
KIND = "other"
PAPER = "slip"
CATEGORIES = (
    "other",
    "slip",
    "landscape",
    "labelled",
    "checkboxes",
    "handwriting",
    "distractor-person",
    "distractor-date",
)

TEMPLATE = """<style>
.f { position:absolute; inset:0; background:${tint}; font-family:${sans}; color:#1c1c1c; padding:18px 24px }
.hd { display:flex; justify-content:space-between; align-items:flex-end; border-bottom:2px solid #222; padding-bottom:5px }
.hd b { font: bold 20px ${face}; display:block }
.hd span { font-size:11px; color:#333 }
.hd .fn { text-align:right; font-size:10px; color:#444 } .hd .fn big { display:block; font: bold 16px ${mono}; color:#a11 }
.grid { display:grid; grid-template-columns: 1fr 1fr; border:1px solid #333; border-top:none }
.grid div { border-top:1px solid #333; padding:3px 7px 4px; font-size:13px; min-height:36px }
.grid div:nth-child(odd) { border-right:1px solid #333 }
.grid small { display:block; font-size:8.5px; text-transform:uppercase; letter-spacing:.8px; color:#555 }
.why { margin-top:8px; font-size:12px; display:flex; gap:16px; align-items:center; flex-wrap:wrap }
.why i { display:inline-block; width:12px; height:12px; border:1.3px solid #222; margin-right:4px; vertical-align:-2px; position:relative }
.why i.x:after { content:'\\2713'; position:absolute; left:0; top:-6px; font: 17px ${hand}; color:${ink} }
.why b { font-size:10px; text-transform:uppercase; letter-spacing:1px }
.bot { display:flex; gap:14px; margin-top:10px; font-size:11px }
.bot > div { flex:1; border-bottom:1px solid #333; position:relative; padding-top:16px }
.bot small { position:absolute; left:0; bottom:-12px; font-size:8.5px; color:#555; text-transform:uppercase; letter-spacing:.6px }
.hw { font: 17px ${hand}; color:${ink}; line-height:18px; white-space:nowrap }
.nt { margin-top:20px; font-size:11px; border-bottom:1px solid #333; min-height:22px }
.nt span { font-size:8.5px; color:#555; text-transform:uppercase; letter-spacing:.6px; margin-right:6px }
.cp { position:absolute; right:24px; bottom:8px; font-size:8.5px; color:#555; letter-spacing:1px }
</style>
<div class="f">
 <div class="hd"><div><b>${event}</b><span>Registration desk · ${heading}</span></div><div class="fn">Form RR-${form}<big>${slip_no}</big></div></div>
 <div class="grid">
  <div><small>Attendee</small>${attendee}</div>
  <div><small>Company</small>${company}</div>
  <div><small>Registration ID</small>${reg_id}</div>
  <div><small>Registration type</small>${reg_type}</div>
  <div><small>Original badge printed</small>${printed}</div>
  <div><small>Reprint no.</small>${count}</div>
 </div>
 <div class="why"><b>Reason</b><span><i class="${c1}"></i>Lost</span><span><i class="${c2}"></i>Damaged</span><span><i class="${c3}"></i>Name misspelled</span><span><i class="${c4}"></i>Upgrade</span></div>
 <div class="bot">
  <div><span class="hw">${fee}</span><small>Fee</small></div>
  <div><span class="hw">${time}</span><small>Date / time</small></div>
  <div><span class="hw">${staff}</span><small>Staff initials</small></div>
  <div><span class="hw">${id_seen}</span><small>Photo ID checked</small></div>
 </div>
 <div class="nt"><span>Note</span><span class="hw" style="font-size:16px; text-transform:none; letter-spacing:0; color:${ink}">${note}</span></div>
 <div class="bot" style="margin-top:22px">
  <div style="flex:2"><span class="hw">${signature}</span><small>Attendee signature</small></div>
  <div><span class="hw">${void}</span><small>Old badge voided</small></div>
 </div>
 <div class="cp">${copy}</div>
</div>
"""

COMPANIES = [
    "Rapid Dry Restoration LLC",
    "Blue Line Carpet Care",
    "Apex Water & Fire Inc.",
    "ServiceMaster of Tacoma",
    "Self-employed",
    "Summit Peak Restoration",
]


def fill(d):
    from datetime import timedelta

    from corpus import values as V
    from corpus.formats import fmt_date

    r = d.rng
    event = d.pick(V.EVENTS)
    first_day = d.completed - timedelta(days=r.randint(1, 2))
    reprint_day = first_day + timedelta(days=r.randint(0, 2))
    reason = r.randrange(4)
    waived = d.chance(0.5)
    staff = d.person()
    attendee = d.person()
    initials = "".join(p[0] for p in staff.replace(".", "").split()[:2]).upper()
    return {
        "tint": d.pick(["#fff9c9", "#ffe3ee", "#e4f1ff", "#fffdf4"]),
        "ink": d.pick(["#1a2a6c", "#0b3d91", "#222"]),
        "face": d.fonts[d.pick(["sans", "cond", "display"])],
        "event": f"{event} {first_day.year}",
        "heading": d.pick(["Badge Reprint Request", "Badge Reprint / Replacement", "Reprint Log"]),
        "form": r.randint(2, 9),
        "slip_no": f"{r.randrange(1000, 9999)}",
        "attendee": attendee,
        "signature": attendee.split()[0][0] + ". " + attendee.split()[-1],
        "void": d.pick(["yes", "✓", "done", "Y"]),
        "company": d.pick(COMPANIES),
        "reg_id": d.number(d.pick(["REG-", "", "A"])),
        "reg_type": d.pick(
            ["Full conference", "Expo hall only", "Exhibitor", "Expo + education pass", "Guest"]
        ),
        "printed": f"{fmt_date(first_day, d.pick(['us_short', 'short_month']))} {r.randint(7, 11)}:{r.randrange(60):02d} AM",
        "count": d.pick(["1", "2", "1 of 1"]),
        "c1": "x" if reason == 0 else "",
        "c2": "x" if reason == 1 else "",
        "c3": "x" if reason == 2 else "",
        "c4": "x" if reason == 3 else "",
        "fee": "waived" if waived else d.pick(["$25", "$20 pd", "$35 cash"]),
        "time": f"{reprint_day.month}/{reprint_day.day} {r.randint(1, 4)}:{r.randrange(60):02d}p",
        "staff": initials,
        "id_seen": d.pick(["yes", "✓ DL", "yes – WA DL"]),
        "note": d.pick(
            [
                "left badge at hotel",
                "old badge voided",
                "spelling fixed",
                "upgraded at desk, paid diff.",
                "",
            ]
        ),
        "copy": d.pick(["ATTENDEE COPY", "CUSTOMER COPY – YELLOW", "DESK COPY"]),
    }
