"""A half-sheet form from a trade show's attendee kit, kept by the
technician after signing up at the certification body's booth: a
letterhead strip with the show's mark, name, dates and hall (the show is
named nowhere else), a dark three-cell header row (form number, what the
form is, whose copy), a grey row with the day the roster goes out, short
numbered rules with bold capital lead-ins, then a ruled one-row table
filled in (name in block letters, certification number, company, day,
credits, the booth staff's initials), blank lines for a signature and
e-mail, and at the foot a blank office-use grid beside the booth's
contact person and number."""

SOURCE = (
    "Walshf0411/EMS:exhibitor/exhibitor_mandatory_form3.php (exhibition manual form: "
    "banner letterhead, FORM / title / MANDATORY header row, submission-date row, numbered "
    "rules with bold lead-ins, personnel table, contact person and number) and "
    "https://tygartmedia.com/restoration-continuing-education-iicrc-cecs/ (registering at "
    "the IICRC booth during a trade show earns two CEC hours)"
)
KIND = "booth"
PAPER = "half-letter"
CATEGORIES = (
    "slip",
    "landscape",
    "table",
    "dark-band",
    "provider-in-logo",
    "distractor-person",
    "distractor-date",
)

TEMPLATE = """<style>
.w { position:absolute; inset:18px 24px; font: 12px ${sans}; color:#111 }
.lh { display:flex; align-items:center; gap:12px; border-bottom:2px solid ${accent}; padding-bottom:7px }
.mk { width:46px; height:46px; background:${accent}; color:#fff; border-radius:8px 0 8px 0; display:flex;
  align-items:center; justify-content:center; font: bold 17px ${display}; letter-spacing:1px }
.lh .ev { flex:1; font: bold 22px ${display}; color:${dark}; line-height:1.1 }
.lh .ev .sub { display:flex; justify-content:space-between; margin-top:5px; font: 11px ${sans}; color:#444 }
.lh .ev .sub span:first-child { letter-spacing:2px; text-transform:uppercase; color:#666 }
table.hdr { width:100%; border-collapse:collapse; margin-top:9px }
table.hdr th { background:${dark}; color:#fff; padding:6px 8px; font-size:12.5px; letter-spacing:1px; border:1px solid ${dark} }
table.hdr th.t { font-size:14px }
table.hdr td { background:#e9e9e9; padding:4px 8px; font-size:11px; border:1px solid #bbb }
ol { margin:10px 0 0 0; padding-left:18px; font-size:10.5px; line-height:1.4 }
ol b { letter-spacing:0.3px }
table.fl { width:100%; border-collapse:collapse; margin-top:14px }
table.fl th { font-size:10px; text-align:left; padding:4px 6px; border:1px solid #333; background:#f3f3f3; font-weight:bold }
table.fl td { padding:7px 6px; border:1px solid #333; font-size:13px; height:42px }
table.fl td.hand { font: 19px ${hand}; color:#1b2c74 }
table.fl td.blk { font: bold 15px ${cond}; letter-spacing:1px }
.bt { position:absolute; left:0; right:0; bottom:0; display:flex; justify-content:space-between; align-items:flex-end }
.off { font-size:9.5px; color:#444 } .off p { letter-spacing:1.5px; margin-bottom:3px }
.off table { border-collapse:collapse } .off td { border:1px solid #777; width:72px; padding:2px 4px; height:16px; font-size:9px }
.off tr + tr td { height:24px }
.sl { display:flex; gap:30px; margin-top:30px; font-size:10.5px; color:#333 }
.sl div { flex:1; display:flex; align-items:flex-end; gap:8px } .sl i { flex:1; border-bottom:1px solid #333; height:18px }
.ct { text-align:right; font-size:11.5px; line-height:19px }
</style>
<div class="w">
 <div class="lh">
  <div class="mk">${mark}</div>
  <div class="ev">${event}<div class="sub"><span>${strap}</span><span>${show_dates} · ${venue}</span></div></div>
 </div>
 <table class="hdr">
  <tr><th>${form_no}</th><th class="t">${heading}</th><th>${copy}</th></tr>
  <tr><td colspan="3">${roster_label} - ${roster_date}</td></tr>
 </table>
 <ol>
  <li><b>${rule1_head} :</b> ${rule1}</li>
  <li><b>BLOCK LETTERS :</b> ${rule2}</li>
  <li><b>RECORDS :</b> ${rule3}</li>
 </ol>
 <table class="fl">
  <tr><th style="width:31%">${name_col}</th><th>${cert_col}</th><th>Company</th><th>${date_col}</th><th>${cec_col}</th><th>${staff_label}</th></tr>
  <tr><td class="blk">${name}</td><td class="hand">${cert}</td><td class="hand">${company}</td><td>${date}</td><td><b>${hours}</b></td><td class="hand">${initials}</td></tr>
 </table>
 <div class="sl"><div>${sign_label}<i></i></div><div>${email_label}<i></i></div></div>
 <div class="bt">
  <div class="off"><p>${office}</p><table><tr><td>REC'D</td><td>ENTERED</td><td>POSTED</td><td>BY</td></tr>
   <tr><td></td><td></td><td></td><td></td></tr></table></div>
  <div class="ct"><b>BOOTH CONTACT: ${contact}</b><br><b>CONTACT NUMBER: ${phone}</b><br>${booth_no}</div>
 </div>
</div>
"""


def fill(d):
    from datetime import timedelta

    from corpus.formats import fmt_range

    r = d.rng
    event = d.provider()
    mark = "".join(w[0] for w in event.split() if w[:1].isalpha() and w[0].isupper())[:3]
    before, after = d.pick([(0, 2), (1, 1), (2, 0), (1, 2), (2, 1)])
    show = fmt_range(d.completed - timedelta(days=before), d.completed + timedelta(days=after), r)
    contact = d.person()
    return {
        "mark": mark,
        "event": event,
        "strap": d.pick(["Attendee kit", "Show services", "Exhibit hall forms"]),
        "show_dates": show,
        "venue": d.venue(),
        "form_no": f"FORM {r.randrange(4, 19)}",
        "heading": d.set_title(
            d.pick(["IICRC BOOTH REGISTRATION", "IICRC Booth Registration"]),
            ["IICRC Booth Registration"],
        ),
        "copy": d.pick(["ATTENDEE COPY", "KEEP THIS COPY", "PART 2 OF 2"]),
        "roster_label": d.pick(
            ["Booth roster sent to IICRC", "Roster submission date", "Credits reported by"]
        ),
        "roster_date": d.other_date("issue", d.pick(["ordinal_dmy", "long", "us_numeric"])),
        "rule1_head": d.pick(["REGISTRATION", "CREDIT"]),
        "rule1": "Sign up at the IICRC booth while the exhibit hall is open; one registration "
        "per show earns the credit shown below.",
        "rule2": "Print your name as it appears on your IICRC wallet card so the roster can be "
        "matched to your record.",
        "rule3": "Keep this copy until the credit shows on your IICRC record. Show management "
        "does not post CECs.",
        "name_col": d.pick(["Name of registrant (block letters)", "Registrant name", "Name"]),
        "name": d.name("upper"),
        "cert_col": d.pick(["IICRC Cert. No.", "Certification #", "Registrant ID"]),
        "cert": f"{r.randrange(10000, 999999)}",
        "company": d.pick(
            [
                "Dry Right Restoration",
                "A-1 Water & Fire",
                "Puget Flood Pros",
                "Sunbelt Carpet Care",
                "Heritage Restoration",
                "Clear Air Remediation",
            ]
        ),
        "date_col": d.pick(["Date", "Date at booth", "Day registered"]),
        "date": d.date(d.pick(["us_numeric", "us_short", "short_month", "dmy_long"])),
        "cec_col": d.pick(["CECs", "CEC hours", "Credit"]),
        "hours": d.hours_number(),
        "staff_label": d.pick(["Staff initials", "Verified by"]),
        "initials": "".join(p[0] for p in contact.split() if p[:1].isalpha())[:3],
        "contact": contact,
        "phone": d.phone(),
        "sign_label": d.pick(["Registrant signature", "Signature"]),
        "email_label": d.pick(["E-mail (optional)", "Phone or e-mail"]),
        "office": d.pick(["FOR IICRC USE ONLY", "OFFICE USE ONLY", "FOR ORGANISER'S USE"]),
        "booth_no": f"{d.pick(['Booth', 'Stand', 'Booth No.'])} {r.randrange(100, 2999)}",
    }
