"""Portrait session credit certificate from a conference that tracks
attendance by badge scans at the session-room doors: a dark band with the
meeting name and dates in white, an attendee block, a one-row table with the
session, presenter, date, entry and exit scan times, minutes in the room and
credit awarded, a rule note on how credit is computed, and a signer."""

SOURCE = (
    "https://csweorg-dev.azurewebsites.net/Events-Meetings/APM-Archives/2014-APM/CEs/"
    "Attendance-Tracking (badge scanned on entering and leaving each CE session; "
    "1.0 credit per 60-minute session)"
)
KIND = "session"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "portrait",
    "dark-band",
    "table",
    "labelled",
    "distractor-person",
    "distractor-date",
    "time-attended",
)

TEMPLATE = """<style>
.band { position:absolute; top:0; left:0; right:0; height:150px; background:${dark}; color:#fff; padding:34px 60px 0 }
.band .ev { font: bold 30px ${sans}; letter-spacing:0.3px }
.band .sub { font: 15px ${sans}; margin-top:8px; opacity:0.9 }
.band:after { content:""; position:absolute; left:0; right:0; bottom:-8px; height:8px; background:${accent} }
.w { position:absolute; top:196px; left:60px; right:60px; font: 14px ${sans}; color:#1d1d1d }
h1 { font: 27px ${display}; margin:0 0 4px; color:${dark} }
.lead { font-size:14px; color:#444; margin-bottom:22px }
.att { display:grid; grid-template-columns:150px 1fr; row-gap:8px; font-size:15px; margin-bottom:26px }
.att .k { color:#666; font-size:12px; text-transform:uppercase; letter-spacing:1px; padding-top:2px }
.att .v { font-weight:bold }
table { width:100%; border-collapse:collapse; font-size:12.5px }
th { background:${light}; border:1px solid #999; padding:7px 5px; text-align:left; font-size:11px;
  text-transform:uppercase; letter-spacing:0.4px; color:#333 }
td { border:1px solid #999; padding:9px 5px; vertical-align:top }
td.n { text-align:center }
.tot { text-align:right; font-size:15px; margin-top:12px }
.tot b { font-size:17px }
.rule { margin-top:26px; font-size:12px; color:#444; line-height:18px; border-left:4px solid ${accent}; padding-left:12px }
.at2 { margin-top:40px; border:1px solid #bbb; padding:14px 16px; font-size:12.5px; color:#333; line-height:19px }
.at2 .ln { margin-top:30px; display:flex; gap:40px } .at2 .ln div { flex:1; border-top:1px solid #555; padding-top:3px; font-size:10.5px; color:#666 }
.sg { position:absolute; left:60px; bottom:84px; width:300px; font: 13px ${sans} }
.sg .h { font: 28px ${hand}; color:#1a2f6b; border-bottom:1px solid #333; height:42px }
.pv { position:absolute; right:60px; bottom:84px; text-align:right; font: 12px ${sans}; color:#444; line-height:18px }
</style>
<div class="band"><div class="ev">${event}</div><div class="sub">${show_range} · ${venue}</div></div>
<div class="w">
 <h1>${heading}</h1>
 <div class="lead">${lead}</div>
 <div class="att">
  <div class="k">Attendee</div><div class="v">${name}</div>
  <div class="k">${id_label}</div><div class="v">${member}</div>
  <div class="k">${lic_label}</div><div class="v">${license}</div>
 </div>
 <table>
  <tr><th style="width:9%">Session</th><th>Title</th><th style="width:17%">Presenter</th><th style="width:14%">Date</th>
   <th style="width:9%">In</th><th style="width:9%">Out</th><th style="width:8%">Min.</th><th style="width:9%">Credit</th></tr>
  <tr><td>${session_no}</td><td>${title}</td><td>${presenter}</td><td>${date}</td>
   <td class="n">${t_in}</td><td class="n">${t_out}</td><td class="n">${minutes}</td><td class="n">${hours_cell}</td></tr>
 </table>
 <div class="tot">${total_label} <b>${hours_total}</b></div>
 <div class="rule">${rule}</div>
 <div class="at2"><b>Evaluation:</b> ${evaluation} &nbsp; <b>Format:</b> ${format}<br>
  I attest that I attended the session above for the time shown and completed its evaluation.
  <div class="ln"><div>Attendee signature</div><div>Date</div></div></div>
</div>
<div class="sg"><div class="h">${signer}</div>${signer}<br>${role}</div>
<div class="pv">${provider_label} ${provider_no}<br>Printed ${printed}</div>
"""


def _clock(minutes: int) -> str:
    h, m = divmod(minutes, 60)
    return f"{(h - 1) % 12 + 1}:{m:02d} {'AM' if h < 12 else 'PM'}"


def fill(d):
    from datetime import timedelta

    from corpus.formats import fmt_range

    r = d.rng
    before, after = d.pick([(1, 1), (2, 0), (0, 2), (1, 2)])
    show = fmt_range(d.completed - timedelta(days=before), d.completed + timedelta(days=after), r)
    length = round(d.credit * 60)
    start = d.pick([8 * 60 + 30, 10 * 60 + 15, 13 * 60 + 30, 15 * 60 + 15])
    t_in = start - d.pick([2, 4, 6, 9])
    t_out = start + length + d.pick([0, 1, 3, 5])
    hours = d.hours_number()
    total_style = d.pick(["number", "cecs", "cec_hours"])
    hours_total = hours if total_style == "number" else d.hours(total_style)
    return {
        "event": d.provider(),
        "show_range": show,
        "venue": d.venue(),
        "heading": d.pick(
            [
                "Continuing Education Certificate",
                "CE Session Credit Record",
                "Certificate of CE Credit",
            ]
        ),
        "lead": d.pick(
            [
                "Credit below reflects the time recorded by badge scans at the session room doors.",
                "The following session attendance was verified by entry and exit scans.",
            ]
        ),
        "name": d.name(d.pick(["plain", "plain", "upper"])),
        "id_label": d.pick(["Member ID", "Registration #", "Badge ID"]),
        "member": d.number(),
        "lic_label": d.pick(["License", "Certification no.", "License #"]),
        "license": d.pick(
            [f"LIC-{r.randrange(10000, 99999)}", f"{r.randrange(100000, 999999)}", "—"]
        ),
        "session_no": d.pick(
            [
                f"{r.randrange(100, 499)}",
                f"CE-{r.randrange(10, 99)}",
                f"{d.pick('ABCD')}{r.randrange(1, 30)}",
            ]
        ),
        "title": d.title("plain"),
        "presenter": d.person(),
        "date": d.date(d.pick(["us_numeric", "short_month", "us_short", "dd_mon_yyyy"])),
        "t_in": _clock(t_in),
        "t_out": _clock(t_out),
        "minutes": str(t_out - t_in),
        "hours_cell": hours,
        "total_label": d.pick(
            ["Total CE credit awarded:", "Credit hours earned:", "Total credit:"]
        ),
        "hours_total": hours_total,
        "rule": d.pick(
            [
                "One credit hour is awarded per 60 minutes of session time; credit is not given for "
                "partial attendance. Verification cannot be issued after the meeting closes.",
                "Attendees must scan in and out of each session and submit the session evaluation. "
                "Late arrival or early departure reduces or voids credit.",
            ]
        ),
        "evaluation": d.pick(["Submitted", "Received", "Complete"]),
        "format": d.pick(["Live, in person", "Lecture", "Lecture / demonstration"]),
        "signer": d.person(),
        "role": d.pick(["Director of Education", "CE Program Manager", "Meeting Registrar"]),
        "provider_label": d.pick(["Approved provider no.", "Provider #"]),
        "provider_no": f"{r.randrange(1000, 9999)}",
        "printed": d.other_date("print", "us_numeric"),
    }
