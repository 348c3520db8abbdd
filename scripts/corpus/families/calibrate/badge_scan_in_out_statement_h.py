"""A conference CE statement printed from the attendance system: a dark
header band with the event in white, an attendee block of labelled fields, a
one-row table for the session (speaker, room, date, badge-scan time in and out,
minutes in the room, credit) with a total under it, the crediting rule in a
shaded note (credit per sixty minutes of attendance, scans on entry and exit),
and a coordinator's signature with the event's CEC approval number at the
foot."""

SOURCE = (
    "https://csweorg-dev.azurewebsites.net/Events-Meetings/APM-Archives/2014-APM/CEs/"
    "Attendance-Tracking (scan badge on entry and exit; credit per 60-minute session) and "
    "https://conference.wacubo.org/2024-cpe-information (check-in/check-out timestamps)"
)
KIND = "session"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "dark-band",
    "table",
    "labelled",
    "portrait",
    "time-attended",
    "distractor-person",
    "distractor-date",
    "approval-footer",
)

TEMPLATE = """<style>
.hd { position:absolute; left:0; right:0; top:0; height:118px; background:${dark}; color:#fff; font-family:${sans};
  padding:26px 56px 0 }
.hd .e { font: bold 25px ${sans}; letter-spacing:0.5px }
.hd .v { font-size:13px; opacity:0.9; margin-top:6px }
.hd .k { position:absolute; right:56px; top:30px; text-align:right; font: bold 13px ${sans}; letter-spacing:2px; line-height:19px }
.w { position:absolute; left:56px; right:56px; top:150px; font-family:${sans}; color:#222; font-size:13.5px }
h2 { font: bold 19px ${sans}; color:${dark}; margin:0 0 14px; border-bottom:2px solid ${accent}; padding-bottom:6px }
.ab { display:grid; grid-template-columns:150px 1fr 140px 1fr; row-gap:9px; column-gap:10px }
.ab .l { color:#666; font-size:12px; text-transform:uppercase; letter-spacing:0.5px; padding-top:1px }
.ab .v { font-weight:600 }
table { width:100%; border-collapse:collapse; margin-top:28px; font-size:12.5px }
th { background:${light}; color:${dark}; text-align:left; padding:8px 6px; border-bottom:2px solid ${dark}; font-size:11px;
  text-transform:uppercase; letter-spacing:0.4px }
td { padding:9px 6px; border-bottom:1px solid #ccc; vertical-align:top }
td.n, th.n { text-align:right }
.tot { display:flex; justify-content:flex-end; gap:16px; margin-top:10px; font-size:14px }
.tot b { color:${dark} }
.note { margin-top:28px; background:${light}; border-left:4px solid ${accent}; padding:12px 16px; font-size:12px; line-height:18px; color:#333 }
h3 { font: bold 14px ${sans}; color:${dark}; margin:34px 0 0 }
table.o { margin-top:8px; width:70% } table.o td { color:#555 }
.ft { position:absolute; left:56px; right:56px; bottom:64px; display:flex; justify-content:space-between; align-items:flex-end;
  font: 12px ${sans}; color:#333 }
.sig .h { font: 28px ${hand}; color:#1e2f6a; border-bottom:1px solid #333; width:260px; height:40px }
.ft .r { text-align:right; line-height:18px }
.pg { position:absolute; left:56px; right:56px; bottom:26px; font: 10px ${sans}; color:#888; display:flex; justify-content:space-between }
</style>
<div class="hd">
 <div class="e">${org}</div>
 <div class="v">${venue}</div>
 <div class="k">${kicker_html}</div>
</div>
<div class="w">
 <h2>${heading}</h2>
 <div class="ab">
  <div class="l">${name_label}</div><div class="v">${name}</div>
  <div class="l">${reg_label}</div><div class="v">${reg}</div>
  <div class="l">${lic_label}</div><div class="v">${lic}</div>
  <div class="l">${printed_label}</div><div class="v">${printed}</div>
 </div>
 <table>
  <tr><th>Session</th><th>${speaker_th}</th><th>Room</th><th>Date</th><th>In</th><th>Out</th><th class="n">Min.</th><th class="n">${credit_th}</th></tr>
  <tr><td><b>${code}</b> ${title}</td><td>${speaker}</td><td>${room}</td><td>${date}</td><td>${t_in}</td><td>${t_out}</td>
   <td class="n">${minutes}</td><td class="n">${hours}</td></tr>
 </table>
 <div class="tot"><span>${total_label}</span><b>${hours} ${unit}</b></div>
 <div class="note">${note}</div>
 <h3>${other_h}</h3>
 <table class="o">
  <tr><th>Scan point</th><th>Date</th><th>Time</th><th class="n">Credit</th></tr>
  <tr><td>${o1}</td><td>${o1d}</td><td>${o1t}</td><td class="n">—</td></tr>
  <tr><td>${o2}</td><td>${o2d}</td><td>${o2t}</td><td class="n">—</td></tr>
 </table>
</div>
<div class="ft">
 <div class="sig"><div class="h">${signer}</div>${signer}, ${signer_role}</div>
 <div class="r">${ap_label} <b>${approval}</b><br>${keep}</div>
</div>
<div class="pg"><span>${sys}</span><span>Page 1 of 1</span></div>
"""


def fill(d):
    credit = d.credit
    minutes = int(credit * 60) + d.pick([0, 2, 4, 6, 9])
    start_h = d.pick([8, 9, 10, 13, 14, 15])
    start_m = d.pick([0, 15, 30])
    lead = d.pick([1, 2, 3, 5, 7])
    t0 = start_h * 60 + start_m - lead
    t1 = t0 + minutes

    def clock(t):
        h, m = divmod(t, 60)
        return f"{(h - 1) % 12 + 1}:{m:02d} {'AM' if h < 12 else 'PM'}"

    hours = d.hours_number()
    return {
        "org": d.provider(),
        "venue": d.venue(),
        "kicker_html": d.pick(
            ["CE ATTENDANCE<br>STATEMENT", "CONTINUING<br>EDUCATION", "CEC RECORD"]
        ),
        "heading": d.pick(
            [
                "Continuing Education Attendance",
                "Session Attendance Verification",
                "CE Credit Statement",
            ]
        ),
        "name_label": d.pick(["Attendee", "Participant", "Name"]),
        "name": d.name(d.pick(["plain", "plain", "last_first", "upper"])),
        "reg_label": d.pick(["Registration ID", "Badge #", "Reg. No."]),
        "reg": d.number(),
        "lic_label": d.pick(["IICRC Cert. #", "Certification #", "Member #"]),
        "lic": d.pick([f"{d.rng.randrange(10000, 99999)}", f"{d.rng.randrange(100000, 999999)}"]),
        "printed_label": d.pick(["Printed", "Generated", "Report date"]),
        "printed": d.other_date("issue", d.pick(["us_numeric", "short_month"])),
        "speaker_th": d.pick(["Speaker", "Presenter", "Instructor"]),
        "code": d.pick(["W", "T", "S", "ED"]) + f"{d.rng.randrange(101, 399)}",
        "title": d.title("plain"),
        "speaker": d.person(),
        "room": d.pick(["Ballroom B", "Room 204", "Hall C-3", "Salon 5", "Room 118A", "Theater 2"]),
        "date": d.date(d.pick(["us_numeric", "short_month", "us_short", "iso"])),
        "t_in": clock(t0),
        "t_out": clock(t1),
        "minutes": str(minutes),
        "credit_th": d.pick(["CEC", "CE Hrs", "Credit"]),
        "hours": hours,
        "total_label": d.pick(
            ["Total CE credit earned:", "Total credited:", "Credits this event:"]
        ),
        "unit": d.pick(["CEC hours", "hours", "IICRC CECs"]),
        "note": d.pick(
            [
                "Attendance is recorded when your badge is scanned on entering and leaving the session room. "
                "Credit is awarded at 1.0 hour per 60 minutes in the room (50 minutes of instruction); "
                "no partial credit is given below 50 minutes. Keep this statement with your records.",
                "Times above are the check-in and check-out timestamps captured at the room door. "
                "Sessions attended for less than 50 minutes are not eligible; credit increases in half-hour "
                "steps after that. Verification cannot be issued after the event.",
            ]
        ),
        "other_h": d.pick(["Other scans (not eligible for credit)", "Non-credit activity"]),
        "o1": d.pick(["Registration / badge pickup", "Badge pickup, Hall A lobby"]),
        "o1d": d.other_date("start", "us_numeric"),
        "o1t": clock(d.pick([7, 8, 16]) * 60 + d.rng.randrange(0, 59)),
        "o2": d.pick(
            ["Exhibit hall entry", "Expo floor, north entrance", "Keynote (general session)"]
        ),
        "o2d": d.other_date("start", "us_numeric"),
        "o2t": clock(d.pick([10, 11, 12]) * 60 + d.rng.randrange(0, 59)),
        "signer": d.person(),
        "signer_role": d.pick(["CE Coordinator", "Education Manager", "Registrar"]),
        "ap_label": d.pick(["IICRC CEC approval", "Event approval #", "CEC approval no."]),
        "approval": d.approval(),
        "keep": d.pick(
            ["Retain for four years.", "Submit with your renewal.", "Not valid without scans."]
        ),
        "sys": d.pick(["Generated by the event attendance system", "Printed from attendee portal"]),
    }
