"""A one-page form printed at the certification body's booth and completed
by the booth staff on a typewriter-style printer: a header row of three
dark cells with light text (form number, form title, "keep" notice), a line
with the show and the day of the visit, a numbered list of instructions
with a reporting deadline, a bordered table of the registrant's details
with the credit in it, a booth staff signature with a rubber-stamp box, and
a tiny revision footer."""

SOURCE = (
    "Walshf0411/EMS:exhibitor/exhibitor_mandatory_form3.php (coloured header row FORM 3 / form "
    "title / MANDATORY, submission date row, booth number field, numbered instructions, table "
    "of personnel)"
)
KIND = "booth"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "portrait",
    "dark-band",
    "labelled",
    "table",
    "distractor-date",
    "distractor-person",
    "tiny-footer",
    "mono",
)

TEMPLATE = """<style>
.w { position:absolute; inset:52px 60px; font: 14px ${sans}; color:#1a1a1a }
.hr { display:grid; grid-template-columns: 140px 1fr 150px; background:${dark}; color:${light} }
.hr div { padding:12px 12px; font: bold 14px ${sans}; letter-spacing:1px; text-transform:uppercase; border-right:2px solid #fff; display:flex; align-items:center }
.hr div:first-child { white-space:nowrap }
.hr div:nth-child(2) { justify-content:center; font-size:16px; text-align:center }
.hr div:last-child { border-right:none; justify-content:center; font-size:12px; text-align:center }
.sub { border:1px solid #888; border-top:none; display:grid; grid-template-columns: 1.6fr 1fr 0.8fr }
.sub div { padding:8px 10px; border-right:1px solid #888; font-size:14px }
.sub div:last-child { border-right:none }
.sub small { display:block; font-size:10px; color:#555; letter-spacing:0.8px; text-transform:uppercase; margin-bottom:2px }
.org { margin-top:18px; font: bold 17px ${serif}; color:${dark} }
.org span { font: 12px ${sans}; color:#555; font-weight:normal; margin-left:8px }
ol { margin:18px 0 0; padding-left:22px; font-size:14px; line-height:20px; color:#222 }
ol li { margin-bottom:6px }
.st { margin-top:28px; font: bold 13px ${sans}; letter-spacing:1px; text-transform:uppercase; color:#333 }
table { width:100%; border-collapse:collapse; margin-top:8px; font-size:14px }
td { border:1px solid #888; padding:12px 10px; vertical-align:top }
td.l { width:36%; background:${light}; font-size:12px; color:#333; letter-spacing:0.3px }
td.v { font: 15px ${typed} }
.sg { display:flex; justify-content:space-between; align-items:flex-end; margin-top:44px }
.sg .s { width:300px; font-size:12px; color:#333; line-height:16px }
.sg .h { font: 27px ${handf}; color:#1d2c6b; border-bottom:1px solid #333; height:38px; line-height:44px; white-space:nowrap; overflow:hidden }
.stp { width:200px; height:92px; border:1.5px dashed #777; display:flex; align-items:center; justify-content:center; text-align:center; color:${accent};
  font: bold 13px ${sans}; letter-spacing:1px; line-height:18px; text-transform:uppercase }
.stp span { border:2px solid ${accent}; padding:4px 8px; transform:rotate(-6deg) }
 .off { margin-top:40px; border:1.5px solid #555; padding:10px 14px 14px }
.off .oh { font: bold 12px ${sans}; letter-spacing:1.5px; color:#444 }
.or { display:flex; align-items:flex-end; gap:8px; margin-top:18px; font-size:11.5px; color:#555 }
.or i { flex:1; border-bottom:1px solid #777; height:14px }
.ft { position:absolute; left:0; right:0; bottom:-28px; display:flex; justify-content:space-between; font-size:8px; color:#777 }
</style>
<div class="w">
 <div class="hr"><div>${form_no}</div><div>${form_title}</div><div>${keep}</div></div>
 <div class="sub">
  <div><small>${show_label}</small>${event}</div>
  <div><small>${date_label}</small>${date}</div>
  <div><small>Booth</small>${booth}</div>
 </div>
 <div class="org">IICRC <span>${org_line}</span></div>
 <ol>
  <li>${i1}</li>
  <li>${i2} <b>${deadline}</b>.</li>
  <li>${i3}</li>
  <li>${i4}</li>
 </ol>
 <div class="st">${table_head}</div>
 <table>
  <tr><td class="l">${name_label}</td><td class="v">${name}</td></tr>
  <tr><td class="l">IICRC registrant no.</td><td class="v">${reg}</td></tr>
  <tr><td class="l">Company</td><td class="v">${company}</td></tr>
  <tr><td class="l">${item_label}</td><td class="v">${title}</td></tr>
  <tr><td class="l">${credit_label}</td><td class="v">${hours}</td></tr>
 </table>
 <div class="sg">
  <div class="s"><div class="h">${staff}</div>${staff_label} ${staff}</div>
  <div class="stp"><span>${stamp_html}</span></div>
 </div>
 <div class="off"><div class="oh">${office_head}</div>
  <div class="or"><span>Entered by</span><i></i><span>Batch no.</span><i></i><span>Date entered</span><i></i></div>
  <div class="or"><span>Notes</span><i style="flex:3"></i></div></div>
 <div class="ft"><span>${foot_l}</span><span>${foot_r}</span></div>
</div>
"""


def fill(d):
    r = d.rng
    company = d.pick(
        [
            "Allpro Water & Fire Restoration",
            "Dry Fast Services, Inc.",
            "Clearwater Carpet Care",
            "Rapid Response Restoration LLC",
            "Heritage Fire & Flood",
            "Summit Mold Solutions",
            "Brightline Cleaning Co.",
        ]
    )
    return {
        "handf": d.fonts["hand"].replace(", cursive", ", 'Dancing Script', cursive"),
        "typed": d.fonts["mono"],
        "form_no": d.pick(["Form B", "Form 4", "Form BR-2"]),
        "form_title": d.pick(
            [
                "Booth registration – CEC record",
                "Booth visit continuing education record",
                "IICRC booth registration form",
            ]
        ),
        "keep": d.pick(["Registrant copy", "Keep for your files", "Attendee copy"]),
        "show_label": d.pick(["Show", "Event", "Trade show"]),
        "event": d.provider(),
        "date_label": d.pick(["Date of visit", "Registered on", "Visit date"]),
        "date": d.date(d.pick(["us_numeric", "long", "short_month", "dd_mon_yyyy"])),
        "booth": f"{d.pick(['#', 'No. '])}{r.randrange(101, 2899)}",
        "org_line": d.pick(
            [
                "Institute of Inspection, Cleaning and Restoration Certification",
                "Certification booth — exhibit hall",
            ]
        ),
        "i1": d.pick(
            [
                "Booth staff complete this form from your registrant card and return the top copy to you.",
                "Present your IICRC wallet card or registrant number to the booth staff.",
            ]
        ),
        "i2": d.pick(
            [
                "Credit is posted to your record by IICRC; if it does not appear, submit this copy no later than",
                "Keep this copy. Claims for missing booth credit must be received by",
            ]
        ),
        "deadline": d.other_date("issue", d.pick(["long", "us_numeric"])),
        "i3": d.pick(
            [
                "Booth credit may be earned once per show and once per renewal cycle.",
                "One booth registration per registrant per calendar year is accepted.",
            ]
        ),
        "i4": d.pick(
            [
                "Forms without a booth staff signature and stamp are not valid.",
                "Print all names in BLOCK LETTERS. Altered forms are void.",
            ]
        ),
        "table_head": d.pick(["Registrant details", "Registrant information"]),
        "name_label": d.pick(["Registrant name", "Name of registrant", "Attendee"]),
        "name": d.name(d.pick(["plain", "upper", "upper"])),
        "reg": f"{r.randrange(100000, 999999)}",
        "company": company,
        "item_label": d.pick(["Activity", "Credit type", "Item"]),
        "title": d.title("plain"),
        "credit_label": d.pick(["CECs earned", "Continuing education credit", "Credit"]),
        "hours": d.hours(
            d.pick(["cecs", "iicrc_cec"] + (["hours_title", "cec_hours"] if d.credit != 1 else []))
        ),
        "office_head": d.pick(["FOR IICRC OFFICE USE ONLY", "OFFICE USE"]),
        "staff": d.person(),
        "staff_label": d.pick(["Booth staff:", "Registered by", "Verified by"]),
        "stamp_html": d.pick(
            ["IICRC booth<br>verified", "Received<br>IICRC booth", "CEC<br>posted"]
        ),
        "foot_l": f"{d.pick(['Rev.', 'Version'])} {d.other_date('registered', 'us_short')}",
        "foot_r": d.pick(
            [
                "White: registrant · Yellow: IICRC · Pink: booth file",
                "Questions about your CEC record go to IICRC, not the show organiser.",
            ]
        ),
    }
