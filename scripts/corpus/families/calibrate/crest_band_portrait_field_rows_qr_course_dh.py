"""A portrait training certificate whose top third is a dark band holding the
provider's crest and wordmark (the provider is named nowhere else), a thin
gold rule, "Certificate of Training" in large type, the holder's name over a
rule, then ruled label/value rows (course, approval number, completed,
credit, instructor, valid through) beside a QR-like verification block, and
an instructor signature over the footer."""

SOURCE = "0xWormh0le/ian-bland-lms:resources/views/certificate-templates/starter-template.php"
KIND = "course"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "portrait",
    "dark-band",
    "labelled",
    "provider-in-logo",
    "distractor-person",
    "distractor-date",
    "qr",
)

TEMPLATE = """<style>
.band { position:absolute; left:0; right:0; top:0; height:250px; background:${dark};
  background-image: repeating-linear-gradient(135deg, rgba(255,255,255,.05) 0 2px, transparent 2px 12px) }
.band:after { content:""; position:absolute; left:0; right:0; bottom:-10px; height:6px; background:${gold} }
.crest { position:absolute; left:50%; top:38px; margin-left:-42px; width:84px; height:98px; background:${gold};
  clip-path: polygon(0 0, 100% 0, 100% 60%, 50% 100%, 0 60%) }
.crest:after { content:"${initial}"; position:absolute; inset:6px; background:${dark};
  clip-path: polygon(0 0, 100% 0, 100% 60%, 50% 100%, 0 60%); color:${gold}; font: bold 34px ${display};
  display:flex; align-items:center; justify-content:center; padding-bottom:12px }
.wm { position:absolute; left:40px; right:40px; top:152px; text-align:center; color:#fff; font: 600 22px ${sans};
  letter-spacing:2px; text-transform:uppercase; line-height:28px }
.wm small { display:block; font: 11px ${sans}; letter-spacing:4px; color:${gold}; margin-top:4px }
.hd { position:absolute; left:70px; right:70px; top:298px; text-align:center }
h1 { margin:0; font: 44px ${display}; color:${dark}; line-height:52px }
.aw { font: 14px ${sans}; letter-spacing:3px; text-transform:uppercase; color:#666; margin-top:22px }
.nm { font: bold 34px ${serif}; color:#111; margin:10px auto 0; border-bottom:1px solid ${gold}; padding-bottom:8px; width:78% }
.rows { position:absolute; left:86px; top:520px; width:${rows_w}; font: 15px ${sans}; color:#222 }
.rows div { display:flex; border-bottom:1px dotted #aaa; padding:9px 0 }
.rows span { width:175px; flex:none; font-size:12px; text-transform:uppercase; letter-spacing:1px; color:#666; padding-top:2px }
.rows b { font-weight:600 }
.qr { position:absolute; right:70px; top:528px; width:150px; text-align:center; font: 9.5px ${sans}; color:#555; line-height:13px }
.qr i { display:block; width:112px; height:112px; margin:0 auto 6px; border:6px solid #fff; outline:1px solid #ccc;
  background: conic-gradient(from 90deg at 30% 30%, #111 25%, transparent 0) 0 0/14px 14px,
  conic-gradient(from 0deg at 60% 60%, #111 25%, transparent 0) 7px 7px/21px 21px }
.sg { position:absolute; left:86px; bottom:118px; width:340px; text-align:center; font: 12px ${sans}; color:#333; line-height:16px }
.sg .h { font: 26px ${hand}; color:#1b2f6b; border-bottom:1px solid #333; height:40px; line-height:46px; white-space:nowrap }
.ft { position:absolute; left:0; right:0; bottom:36px; text-align:center; font: 10px ${sans}; color:#777; line-height:14px }
</style>
<div class="band"><div class="crest"></div><div class="wm">${org}<small>${motto}</small></div></div>
<div class="hd">
 <h1>${heading}</h1>
 <div class="aw">${awarded}</div>
 <div class="nm">${name}</div>
</div>
<div class="rows">
 <div><span>${l_course}</span><b>${title}</b></div>
 ${approval_row_html}
 <div><span>${l_date}</span>${date}</div>
 <div><span>${l_hours}</span>${hours}</div>
 <div><span>${l_instr}</span>${instructor}</div>
 <div><span>${l_valid}</span>${expiry}</div>
</div>
<div class="qr"><i></i>${verify}</div>
<div class="sg"><div class="h">${instructor}</div>${instructor}<br>${instr_role}</div>
<div class="ft">${foot}</div>
"""


def fill(d):
    import html

    org = d.provider(d.pick(["upper", None]))
    approval_row = ""
    if d.code or d.chance(0.4):
        label = d.pick(["IICRC Approved Course #", "Course Approval No.", "IICRC Course ID"])
        approval_row = f"<div><span>{html.escape(label)}</span>{html.escape(d.approval())}</div>"
    instructor = d.person()
    return {
        "dark": d.pick(["#1f3a5f", "#0b3d2e", "#4a1c40", "#23395d", "#2f2f2f"]),
        "gold": d.pick(["#c9a227", "#b8963e", "#d1a94a"]),
        "initial": org.strip()[0].upper(),
        "org": org,
        "motto": d.pick(
            ["Education · Standards · Service", "Training Division", "Member Education Program"]
        ),
        "heading": d.pick(
            ["Certificate of Training", "Certificate of Completion", "Training Certificate"]
        ),
        "awarded": d.pick(["Awarded to", "This certifies that", "Issued to"]),
        "name": d.name(d.pick(["plain", "plain", "upper"])),
        "rows_w": "calc(100% - 330px)",
        "l_course": d.pick(["Course", "Course Title", "Program"]),
        "title": d.title("plain"),
        "approval_row_html": approval_row,
        "l_date": d.pick(["Completed", "Date Completed", "Completion Date"]),
        "date": d.date(d.pick(["long", "us_numeric", "short_month", "dd_mon_yyyy"])),
        "l_hours": d.pick(["CEC Hours", "CEC Hours Awarded", "Credit"]),
        "hours": d.hours_number() if d.chance(0.5) else d.hours(d.pick(["cecs", "cec_hours"])),
        "l_instr": d.pick(["Instructor", "Lead Instructor", "Taught by"]),
        "instructor": instructor,
        "instr_role": d.pick(["Instructor", "IICRC Approved Instructor", "Lead Instructor"]),
        "l_valid": d.pick(["Valid Through", "Renew By", "Expires"]),
        "expiry": d.other_date("expiry", d.pick(["long", "us_numeric", "short_month"])),
        "verify": d.pick(["Scan to verify", "Verify this certificate online", "Verification code"])
        + " "
        + d.number(),
        "foot": d.pick(
            [
                "This certificate is issued upon completion of all course requirements. "
                "Retain for your records.",
                "Continuing education credit is reported to the certifying body by the provider.",
                "Alteration of this document voids it. Duplicate certificates are available on request.",
            ]
        ),
    }
