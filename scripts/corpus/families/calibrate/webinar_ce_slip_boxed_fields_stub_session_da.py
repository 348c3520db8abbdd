"""A half-sheet CE verification slip that an online CE provider's webinar
system prints for each attendee: a title bar, a grid of boxed form fields
(attendee, webinar title, date, log-in and log-out times, CEC credit,
presenter) each with a tiny caption in the box corner, and a dashed
perforation with a narrow "attendee copy" stub on the right that repeats
the slip number and the credit."""

SOURCE = (
    "wording: online CE providers' per-attendee webinar verification slips (log-in / "
    "log-out times, credit for time attended)"
)
KIND = "session"
PAPER = ["half-letter", "slip"]
CATEGORIES = ("slip", "labelled", "landscape", "time-attended", "distractor-person", "form")

TEMPLATE = """<style>
.w { position:absolute; left:22px; top:20px; bottom:20px; right:190px; font-family:${sans}; color:#111 }
.bar { background:${dark}; color:#fff; padding:8px 12px; display:flex; justify-content:space-between; align-items:center }
.bar b { font: bold 15px ${cond}; letter-spacing:1px; text-transform:uppercase }
.bar span { font: 12px ${mono} }
.g { display:grid; grid-template-columns: 1fr 1fr 1fr; border-left:1px solid #333; border-top:1px solid #333; margin-top:10px }
.f { border-right:1px solid #333; border-bottom:1px solid #333; padding:15px 8px 6px; position:relative; min-height:44px; font-size:14px; line-height:18px }
.f i { position:absolute; left:5px; top:2px; font: normal 9px ${sans}; color:#555; text-transform:uppercase; letter-spacing:0.5px }
.f.s2 { grid-column: span 2 } .f.s3 { grid-column: span 3 }
.f b { font-size:16px }
.f .h { font: 24px ${hand}; color:#1b2b6a; white-space:nowrap }
.bc { height:34px; margin-top:12px; width:230px; background: repeating-linear-gradient(90deg, #111 0 2px, #fff 2px 4px, #111 4px 5px, #fff 5px 8px, #111 8px 11px, #fff 11px 12px) }
.note { font-size:10px; color:#444; margin-top:8px; line-height:14px }
.stub { position:absolute; right:20px; top:20px; bottom:20px; width:150px; border-left:2px dashed #777; padding-left:14px; font: 12px ${sans}; color:#222; line-height:18px }
.stub .t { font: bold 12px ${cond}; text-transform:uppercase; letter-spacing:1px; color:${dark}; margin-bottom:8px }
.stub .bc { width:130px; margin-top:20px }
.stub .c { font-size:24px; font-weight:bold; margin:4px 0 }
.stub .sm { font-size:10px; color:#555 }
</style>
<div class="w">
 <div class="bar"><b>${heading}</b><span>${slip_label} ${slip_no}</span></div>
 <div class="g">
  <div class="f s2"><i>${name_label}</i><b>${name}</b></div>
  <div class="f"><i>${id_label}</i>${member_id}</div>
  <div class="f s3"><i>${title_label}</i>${title}</div>
  <div class="f"><i>Date</i>${date}</div>
  <div class="f"><i>Logged in</i>${t_in}</div>
  <div class="f"><i>Logged out</i>${t_out}</div>
  <div class="f s2"><i>${host_label}</i>${org}</div>
  <div class="f"><i>${credit_label}</i><b>${hours}</b></div>
  <div class="f s3"><i>Presenter</i>${presenter}</div>
  <div class="f s2" style="min-height:62px"><i>${verify_label}</i><span class="h">${verifier}</span><br>${verifier}</div>
  <div class="f"><i>Issued</i>${issued}</div>
 </div>
 <div class="note">${note}</div>
</div>
<div class="stub">
 <div class="t">${stub_head}</div>
 ${slip_label} ${slip_no}<br>
 <span class="sm">${stub_credit_label}</span>
 <div class="c">${stub_hours}</div>
 <span class="sm">${stub_note}</span>
 <div class="bc"></div>
</div>
"""


def fill(d):
    r = d.rng
    start = d.pick([10 * 60, 11 * 60, 12 * 60, 13 * 60, 14 * 60, 18 * 60 + 30])
    t_in = start - r.randrange(0, 8)
    t_out = start + int(d.credit * 60) + r.randrange(0, 6)

    def clock(m):
        h, mm = divmod(m, 60)
        return f"{(h - 1) % 12 + 1}:{mm:02d} {'AM' if h < 12 else 'PM'}"

    hours = d.hours_number()
    return {
        "heading": d.pick(
            ["Webinar CE Verification", "Live Webinar Attendance Slip", "CE Attendance Slip"]
        ),
        "slip_label": d.pick(["Slip #", "No."]),
        "slip_no": f"{r.randrange(100000, 999999)}",
        "name_label": d.pick(["Attendee name", "Participant"]),
        "name": d.name(d.pick(["plain", "upper", "last_first"])),
        "id_label": d.pick(["IICRC cert. no.", "Registrant ID", "Account no."]),
        "member_id": f"{r.randrange(10000, 999999)}",
        "title_label": d.pick(["Webinar title", "Session title"]),
        "title": d.title(),
        "date": d.date(d.pick(["us_numeric", "short_month", "iso", "us_dash"])),
        "t_in": clock(t_in),
        "t_out": clock(t_out),
        "host_label": d.pick(["Hosted by", "Program"]),
        "org": d.provider(),
        "credit_label": d.pick(["CEC hours", "Credit hrs", "CECs earned"]),
        "hours": hours,
        "presenter": f"{d.person()}, {d.pick(['CR', 'WLS', 'CMH', 'MSc', 'CIH'])}",
        "note": d.pick(
            [
                "Credit is computed from log-in and log-out times recorded by the webinar platform and rounded down to the nearest half hour.",
                "Retain this slip with your CE records. Attendance under 50 minutes per credit hour is not credited.",
            ]
        ),
        "verify_label": d.pick(["Verified by", "Moderator signature"]),
        "verifier": d.person(),
        "issued": d.other_date("issue", "us_numeric"),
        "stub_head": d.pick(["Attendee copy", "Keep for your records"]),
        "stub_credit_label": d.pick(["Credit", "CEC"]),
        "stub_hours": hours,
        "stub_note": d.pick(
            ["Valid only with matching slip number.", "Duplicate slips are not issued."]
        ),
    }
