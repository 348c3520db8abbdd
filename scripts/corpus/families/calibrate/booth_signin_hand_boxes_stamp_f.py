"""The certificant's copy of a carbonless sign-in form filled in by hand at
the certification body's booth on a trade-show floor: a printed title and
copy colour in the corner, a row of printed boxes with handwritten values
(name, registrant number, e-mail, show, date), a printed line saying what
credit the visit carries, a tick box, and an oval rubber stamp from the
booth staff pressed at an angle over the corner with the staffer's
initials written beside it."""

SOURCE = (
    "https://www.randrmagonline.com/articles/85420-iicrc-continuing-education "
    "(attendees of an approved show may sign in at the IICRC booth for CEC credit)"
)
KIND = "booth"
PAPER = "half-letter"
CATEGORIES = (
    "handwriting",
    "labelled",
    "landscape",
    "slip",
    "stamp",
    "form-boxes",
    "distractor-person",
)

TEMPLATE = """<style>
.pg { position:absolute; inset:0; background:${paper} }
.w { position:absolute; inset:26px 34px; font: 11px ${face}; color:#222 }
.top { display:flex; justify-content:space-between; align-items:flex-start; border-bottom:2px solid #222; padding-bottom:6px }
.top h1 { margin:0; font: bold 21px ${face}; letter-spacing:0.5px }
.top .s { font-size:11.5px; margin-top:2px }
.cp { text-align:right; font: bold 10px ${face}; letter-spacing:1px; text-transform:uppercase; line-height:14px }
.cp span { display:inline-block; border:1px solid #222; padding:1px 6px }
.grid { display:grid; grid-template-columns: 1fr 1fr; gap:0; margin-top:12px; border-left:1px solid #333; border-top:1px solid #333 }
.bx { border-right:1px solid #333; border-bottom:1px solid #333; height:52px; padding:3px 6px; position:relative }
.bx .k { font-size:8.5px; text-transform:uppercase; letter-spacing:0.6px; color:#444 }
.bx .v { font: ${hsize} ${hand}; color:${ink}; line-height:30px; white-space:nowrap; transform:rotate(${tilt}) }
.cr { margin-top:12px; font-size:12px; display:flex; align-items:center; gap:10px }
.tick { width:18px; height:18px; border:1.5px solid #222; font: 22px ${hand}; color:${ink}; line-height:16px; text-align:center }
.cr b { font-size:13px }
.fine { margin-top:8px; font-size:9px; color:#555; line-height:12px; width:60% }
.stamp { position:absolute; right:60px; bottom:24px; width:190px; height:104px; border:3px solid ${stampc}; border-radius:50%; color:${stampc}; text-align:center; transform:rotate(-12deg); opacity:0.8; font: bold 11px ${sans}; padding-top:16px; line-height:14px; text-transform:uppercase }
.stamp .big { font-size:15px; letter-spacing:1px; border-top:2px solid ${stampc}; border-bottom:2px solid ${stampc}; margin:3px 14px; padding:2px 0 }
.ini { position:absolute; right:26px; bottom:18px; font: 26px ${hand}; color:${ink} }
.foot { position:absolute; left:34px; bottom:12px; font: 8.5px ${face}; color:#666 }
.staff { position:absolute; left:34px; bottom:32px; width:330px; border:1px dashed #555; padding:5px 8px; font: 9.5px ${face}; color:#333; line-height:20px }
.staff .t { font-weight:bold; text-transform:uppercase; letter-spacing:0.8px; font-size:8.5px; line-height:12px }
.staff .ln { display:inline-block; border-bottom:1px solid #555; width:104px; height:13px; vertical-align:bottom }
</style>
<div class="pg"></div>
<div class="w">
 <div class="top">
  <div><h1>${heading}</h1><div class="s">${sub}</div></div>
  <div class="cp"><span>${copy}</span><br>No. ${serial}</div>
 </div>
 <div class="grid">
  <div class="bx"><div class="k">${name_label}</div><div class="v">${name}</div></div>
  <div class="bx"><div class="k">${id_label}</div><div class="v">${cert}</div></div>
  <div class="bx"><div class="k">E-mail</div><div class="v">${email}</div></div>
  <div class="bx"><div class="k">Date</div><div class="v">${date}</div></div>
  <div class="bx"><div class="k">${show_label}</div><div class="v">${show}</div></div>
  <div class="bx"><div class="k">Company</div><div class="v">${company}</div></div>
 </div>
 <div class="cr"><div class="tick">&#10003;</div><div>${credit_pre} <b>${hours}</b> ${credit_post}</div></div>
 <div class="fine">${fine}</div>
</div>
<div class="stamp">${stamp_top}<div class="big">${stamp_word}</div>Booth ${booth}</div>
<div class="ini">${initials}</div>
<div class="staff"><div class="t">Booth staff use only</div>Entered by <span class="ln"></span> Batch <span class="ln" style="width:60px"></span><br>Keyed on <span class="ln"></span> Verified <span class="ln" style="width:60px"></span></div>
<div class="foot">${form_no}</div>
"""


def fill(d):
    r = d.rng
    first = d.first.lower().replace(" ", "")
    last = "".join(ch for ch in d.last.lower() if ch.isalpha())
    email = d.pick([f"{first}.{last}", f"{first[0]}{last}", f"{last}{r.randrange(1, 99)}"])
    email += d.pick(["@gmail.com", "@yahoo.com", "@outlook.com", "@restorepro.net"])
    staffer = d.person()
    initials = "".join(p[0] for p in staffer.split() if p[0].isalpha())[:3]
    return {
        "paper": d.pick(["#fffbe6", "#fdf1f4", "#eef6ff", "#ffffff"]),
        "face": d.fonts[d.pick(["sans", "cond"])],
        "hand": d.fonts["hand"],
        "hsize": d.pick(["22px", "24px", "20px"]),
        "ink": d.pick(["#1d2f6b", "#111", "#1a3d8f"]),
        "tilt": d.pick(["-1deg", "0deg", "-0.5deg", "0.6deg"]),
        "stampc": d.pick(["#1f4fa8", "#a4161a", "#5a189a"]),
        "heading": d.set_title(
            d.pick(["IICRC Booth Registration", "IICRC Booth Sign-In — CEC Credit"]),
            ["IICRC Booth Registration"],
        ),
        "sub": d.pick(
            [
                "Print clearly. One form per certificant.",
                "Please print. Keep the bottom copy for your records.",
                "Certificants: sign in here to have this show credited to your record.",
            ]
        ),
        "copy": d.pick(["Certificant copy", "Attendee copy", "Customer copy"]),
        "serial": f"{r.randrange(10000, 99999)}",
        "name_label": d.pick(["Name (print)", "Certificant name", "Full name"]),
        "name": d.name(d.pick(["plain", "plain", "upper"])),
        "id_label": d.pick(["IICRC Registrant #", "Certification #", "Cert. ID"]),
        "cert": d.number(),
        "email": email,
        "company": d.pick(
            [
                "Dry-Rite Restoration",
                "ServiceMaster of Tacoma",
                "Lone Star Water & Fire",
                "Harbor Restoration Group",
                "self-employed",
                "Puget Sound Disaster Svcs",
            ]
        ),
        "date": d.date(d.pick(["us_short", "us_numeric", "us_short"])),
        "show_label": d.pick(["Show / convention", "Event", "Trade show"]),
        "show": d.provider(),
        "credit_pre": d.pick(["Visit credited:", "Credit for this show:", "This sign-in carries"]),
        "hours": d.hours(d.pick(["cecs", "cec_hours", "hours_title"])),
        "credit_post": d.pick(["toward renewal", "(approved CEC event)", ""]),
        "fine": d.pick(
            [
                "Credit is posted to the registrant's record after the show closes. Sign in once per "
                "show; duplicate forms are not credited.",
                "Forms are collected at the close of each show day. Allow up to 30 days for your "
                "record to update.",
            ]
        ),
        "stamp_top": d.pick(["Received", "Verified", "Checked in"]),
        "stamp_word": d.pick(["IICRC BOOTH", "CEC DESK", "BOOTH STAFF"]),
        "booth": f"{r.randrange(100, 2999)}",
        "initials": initials,
        "form_no": d.pick(
            ["Form CEC-B3 (3-part)", "NCR form 2-part · rev. 2019", "Booth sign-in form B-12"]
        ),
    }
