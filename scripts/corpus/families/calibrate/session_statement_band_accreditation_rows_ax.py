"""A portrait statement of attendance for one education session of a trade
show, set out so that it does not look like a certificate: a dark band across
the top holds the show's wordmark (the only place the show is named) with
"Education Program" under it in light letters, and the venue and the show's
own dates at the right. Under a plain heading and one line on who receives
the statement, a ruled two-column table with shaded section rows lists the
participant and registrant number, the session title and code, the approval
number, the credit assigned, the date and place attended, the day the
session's approval was granted and the day it runs out, the presenter, and a
contact person with position and telephone. A signature for the education
committee and a footnote on duplicate statements with the statement number and
print date close it; now and then a rubber stamp beside the heading marks the
paper a duplicate."""

SOURCE = (
    "https://www.cccep.ca/pages/guideline_f_statements_of_attendance.html (a letter or "
    "statement of attendance, not titled or made to look like a certificate, giving the "
    "participant and licence number, the activity title, the accreditation number, the "
    "units assigned, the dates and location attended, the accreditation date and expiry, "
    "the provider's contact person and phone, a signature, and 'duplicate' on replacements)"
)
KIND = "session"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "portrait",
    "dark-band",
    "table",
    "labelled",
    "provider-in-logo",
    "distractor-person",
    "distractor-date",
)

TEMPLATE = """<style>
.band { position:absolute; left:0; right:0; top:0; height:118px; background:${band}; color:#fff;
  display:flex; justify-content:space-between; align-items:center; padding:0 54px }
.band .wm { font: bold 28px ${head}; letter-spacing:.4px; line-height:1.3; max-width:370px }
.band .wm small { display:block; font: 12px ${sans}; letter-spacing:4px; text-transform:uppercase; color:${hi}; margin-top:7px; font-weight:normal }
.band .rt { text-align:right; font: 12.5px ${sans}; line-height:18px; color:#e6e6e6; width:230px; flex:none; align-self:flex-end; padding-bottom:16px }
.band .rt b { color:#fff; font-size:13.5px }
.stripe { position:absolute; left:0; right:0; top:118px; height:6px; background:${hi} }
.w { position:absolute; left:58px; right:58px; top:158px; font: 13px ${sans}; color:#1b1b1b }
h1 { font: bold 23px ${serif}; margin:0; letter-spacing:.5px; color:#111 }
.lead { font-size:12.5px; color:#444; margin:8px 0 18px; line-height:18px; max-width:600px }
table { width:100%; border-collapse:collapse; font-size:13px }
td { border:1px solid #9a9a9a; padding:7px 10px; vertical-align:top; line-height:17px }
td.l { width:36%; background:#fafafa; font-size:11.5px; color:#333 }
tr.sec td { background:${sec}; font: bold 11px ${sans}; text-transform:uppercase; letter-spacing:1.2px; color:${band}; padding:5px 10px }
td.v b { font-size:14px }
.sg { margin-top:34px; display:flex; justify-content:space-between; align-items:flex-end }
.sg .s { width:300px } .sg .h { font: 30px ${hand}; line-height:38px; color:#1c2f6e; height:38px; white-space:nowrap }
.sg .ln { border-top:1px solid #222; padding-top:3px; font-size:12px; line-height:16px }
.stamp { position:absolute; right:0; top:-4px; border:3px double ${stamp}; color:${stamp}; font: bold 16px ${sans}; letter-spacing:3px;
  padding:4px 12px; transform:rotate(-3deg); opacity:.8 }
.fn { position:absolute; left:58px; right:58px; bottom:40px; font: 10.5px ${sans}; color:#555; line-height:15px;
  border-top:1px solid #bbb; padding-top:7px; display:flex; justify-content:space-between; gap:30px }
</style>
<div class="band"><div class="wm">${org}<small>${program}</small></div>
 <div class="rt"><b>${venue}</b><br>${show_dates}</div></div>
<div class="stripe"></div>
<div class="w">
 <h1>${heading}</h1>${stamp_html}
 <div class="lead">${lead}</div>
 <table>
  <tr class="sec"><td colspan="2">${sec1}</td></tr>
  <tr><td class="l">${name_label}</td><td class="v"><b>${name}</b></td></tr>
  <tr><td class="l">${reg_label}</td><td class="v">${reg}</td></tr>
  <tr class="sec"><td colspan="2">${sec2}</td></tr>
  <tr><td class="l">${title_label}</td><td class="v"><b>${title}</b></td></tr>
  <tr><td class="l">Session code</td><td class="v">${code}</td></tr>
  <tr><td class="l">${approval_label}</td><td class="v">${approval}</td></tr>
  <tr><td class="l">${hours_label}</td><td class="v">${hours}</td></tr>
  <tr><td class="l">${date_label}</td><td class="v">${date}</td></tr>
  <tr><td class="l">${loc_label}</td><td class="v">${room}, ${venue}</td></tr>
  <tr><td class="l">${granted_label}</td><td class="v">${granted}</td></tr>
  <tr><td class="l">${expires_label}</td><td class="v">${expires}</td></tr>
  <tr class="sec"><td colspan="2">${sec3}</td></tr>
  <tr><td class="l">${presenter_label}</td><td class="v">${presenter}${creds}</td></tr>
  <tr><td class="l">${contact_label}</td><td class="v">${contact}, ${contact_role} · ${phone}</td></tr>
 </table>
 <div class="sg"><div class="s"><div class="h">${signer}</div><div class="ln">${signer}<br>${signer_role}</div></div></div>
</div>
<div class="fn"><span>${footnote}</span><span>${stmt_label} ${stmt}<br>Printed ${printed}</span></div>
"""


def fill(d):
    from datetime import timedelta

    from corpus.formats import fmt_range

    r = d.rng
    before, after = d.pick([(0, 2), (1, 1), (2, 0), (1, 2), (0, 1)])
    show_dates = fmt_range(
        d.completed - timedelta(days=before), d.completed + timedelta(days=after), r
    )
    style = d.pick(["long", "long", "weekday", "short_month", "us_numeric", "dmy_long"])
    duplicate = d.chance(0.3)
    signer = d.person()
    stamp = d.pick(["#b22222", "#1f4e9c", "#6b2d8c"])
    return {
        "band": d.pick([d.colors["dark"], "#14213d", "#222831", "#0f3d3e"]),
        "hi": d.pick(["#f4b942", "#7fd1ae", "#9ecbff", "#f28c6a"]),
        "sec": d.pick(["#e9edf2", "#eef2ea", "#f2ece4"]),
        "head": d.pick([d.fonts["cond"], d.fonts["sans"], d.fonts["display"]]),
        "stamp": stamp,
        "org": d.provider(d.pick([None, None, "upper"])),
        "program": d.pick(["Education Program", "Education Sessions", "Learning Program"]),
        "venue": d.venue(),
        "show_dates": show_dates,
        "heading": d.pick(
            ["Statement of Attendance", "Attendance Statement", "Letter of Attendance"]
        ),
        "lead": d.pick(
            [
                "Issued to a participant who attended the complete learning activity below. "
                "Keep this statement with your continuing education records.",
                "The participant named below attended the education session listed in full, "
                "as confirmed by the session's attendance record.",
            ]
        ),
        "sec1": "Participant",
        "name_label": d.pick(["Participant name", "Name of participant", "Attendee"]),
        "name": d.name(d.pick(["plain", "plain", "upper", "last_first"])),
        "reg_label": d.pick(["IICRC registrant no.", "Registrant / licence no.", "Licence number"]),
        "reg": f"{d.pick(['', 'R-', '#'])}{r.randrange(100000, 999999)}",
        "sec2": d.pick(["Learning activity", "Education session"]),
        "title_label": d.pick(["Activity title", "Session title", "Learning activity"]),
        "title": d.title("plain"),
        "code": d.pick(
            [
                f"ED-{r.randrange(100, 399)}",
                f"{d.pick('ABCDW')}{r.randrange(1, 9)}{r.randrange(10, 99)}",
                f"S{r.randrange(10, 60)}",
            ]
        ),
        "approval_label": d.pick(
            ["CEC approval number", "Accreditation number", "Approved activity no."]
        ),
        "approval": d.approval(),
        "hours_label": d.pick(
            ["Credits assigned", "Continuing education credits", "CECs assigned"]
        ),
        "hours": d.hours(d.pick(["cec_hours", "cecs", "iicrc_cec", "hrs", "ceu_and_cec"])),
        "date_label": d.pick(["Date attended", "Date of attendance", "Session date"]),
        "date": d.date(style),
        "loc_label": d.pick(["Location attended", "Room / venue"]),
        "room": d.pick(
            [
                f"Room {r.randrange(101, 420)}{d.pick(['', 'A', 'B', 'C'])}",
                f"Ballroom {d.pick('ABCDE')}",
                f"Theater {r.randrange(1, 4)}",
            ]
        ),
        "granted_label": d.pick(["Accreditation date", "Activity approved on"]),
        "granted": d.other_date("registered", style),
        "expires_label": d.pick(["Accreditation expires", "Approval expiry date"]),
        "expires": d.other_date("expiry", style),
        "sec3": d.pick(["Presenter and provider contact", "Presenter / contact"]),
        "presenter_label": d.pick(["Presenter", "Speaker", "Presented by"]),
        "presenter": d.person(),
        "creds": d.pick(["", ", CR, WLS", ", CIEC", ", MWR", ", CMR", ", PE"]),
        "contact_label": d.pick(["Provider contact", "Contact person"]),
        "contact": d.person(),
        "contact_role": d.pick(["Education Manager", "CE Registrar", "Program Coordinator"]),
        "phone": d.phone(),
        "signer": signer,
        "signer_role": d.pick(
            ["For the Education Committee", "Education Chair", "Director of Education"]
        ),
        "stamp_html": f"<div class='stamp'>{d.pick(['DUPLICATE', 'DUPLICATE COPY'])}</div>"
        if duplicate
        else "",
        "footnote": d.pick(
            [
                "A replacement statement may be requested for up to 36 months after the "
                "session date; replacements are marked as duplicates.",
                "This statement records attendance only. Requests for a duplicate must name "
                "the session code and the date attended.",
            ]
        ),
        "stmt_label": d.pick(["Statement no.", "Ref."]),
        "stmt": d.number(),
        "printed": d.other_date("print", d.pick(["us_numeric", "iso", "short_month"])),
    }
