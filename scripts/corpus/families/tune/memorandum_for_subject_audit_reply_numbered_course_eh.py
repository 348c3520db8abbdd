"""A training provider's reply to a certification body's continuing
education audit, set as an official memorandum: the provider's name in
bold capitals centred at the top with its address as a caption, the memo
date flush right, then MEMORANDUM FOR, FROM and SUBJECT lines, and numbered
paragraphs in a plain sans face. Paragraph one cites the audit request (its
own date and reference number) and the technician's certification number;
paragraph two confirms the one course: title, completion date, credit and,
sometimes, the course approval number; paragraph three says what records are
kept and for how long. A signature block sits right of centre (signer,
title, provider), with an attachment line at the bottom."""

SOURCE = (
    "nibsbin/tonguetoquill-usaf-memo:template/usaf-memo.typ (official memorandum: centred "
    "letterhead title and caption, MEMORANDUM FOR / FROM / SUBJECT, numbered paragraphs, "
    "signature block right of centre) and wording of CE audit verification replies"
)
KIND = "course"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "letter",
    "sentence",
    "labelled",
    "portrait",
    "distractor-person",
    "distractor-date",
    "approval",
    "hours-in-sentence",
)

TEMPLATE = """<style>
.w { position:absolute; inset:52px 80px 46px; font: 14px ${body}; color:#111; line-height:20px }
.hd { text-align:center }
.hd b { display:block; font: bold 15.5px ${body}; letter-spacing:0.5px; text-transform:uppercase }
.hd span { display:block; font-size:12.5px; text-transform:uppercase; color:#222 }
.dt { text-align:right; margin-top:34px }
.mm { margin-top:22px } .mm div { display:flex; margin-bottom:12px } .mm .k { width:190px; flex:none; text-transform:uppercase }
.w p { margin:14px 0 0; text-indent:0 }
.w p b { font-weight:normal; margin-right:10px }
.sg { margin:44px 0 0 52%; line-height:18px; text-transform:uppercase; font-size:13px }
.sg .h { font: 25px ${hand}; text-transform:none; height:34px; color:#1c2b66; white-space:nowrap }
.sg .t { text-transform:none }
.at { margin-top:30px; font-size:13px }
.cl { position:absolute; left:0; right:0; bottom:0; text-align:center; font: bold 10px ${body}; letter-spacing:2px; color:#444 }
</style>
<div class="w">
 <div class="hd"><b>${org}</b><span>${caption}</span><span>${town}</span></div>
 <div class="dt">${memo_date}</div>
 <div class="mm">
  <div><span class="k">MEMORANDUM FOR</span><span>${memo_for}</span></div>
  <div><span class="k">FROM:</span><span>${from_line}</span></div>
  <div><span class="k">SUBJECT:</span><span>${subject}</span></div>
 </div>
 <p><b>1.</b>${para1_html}</p>
 <p><b>2.</b>${para2}</p>
 <p><b>3.</b>${para3}</p>
 <div class="sg"><div class="h">${signer}</div>${signer_upper}<br><span class="t">${role}</span><br><span class="t">${org_short}</span></div>
 <div class="at">${attach}</div>
 <div class="cl">${classif}</div>
</div>
"""

BODIES = [
    "Certification Audit Department",
    "Continuing Education Compliance Desk",
    "Certification Records, Renewal Audit Unit",
]


def fill(d):
    import html

    org = d.provider()
    short = d.org_alt or org.split(",")[0]
    street, town = d.address()
    name = d.name(d.pick(["plain", "plain", "upper"]))
    title = d.title(d.pick(["plain", "with_code", "code_first"]))
    date = d.date(d.pick(["long", "dmy_long", "us_numeric", "short_month"]))
    hours = d.hours(d.pick(["cecs", "cec_hours", "hours_title", "ceu_and_cec"]))
    approval = d.approval() if d.chance(0.6) else None
    request_date = d.other_date("print", d.pick(["long", "dmy_long"]))
    audit_ref = d.number(d.pick(["AUD-", "CE-A ", "Ref. "]))
    cert_no = d.number(d.pick(["", "#"]))
    e = html.escape
    para1 = (
        f"{d.pick(['In response to', 'This responds to', 'Reference'])} your audit request dated "
        f"{e(request_date)} ({e(audit_ref)}) concerning <span style='white-space:nowrap'>{e(name)}</span>, "
        f"certification number {e(cert_no)}. "
        "Our records for this technician were reviewed on receipt of the request."
    )
    para2 = (
        f"{d.pick(['Our records confirm that the technician completed', 'The technician successfully completed', 'We confirm completion of'])} "
        f"{title} on {date}, for which {hours} {d.pick(['were awarded', 'were credited', 'were reported'])}."
    )
    if approval:
        para2 += f" The course was offered under approval number {approval}."
    para3 = d.pick(
        [
            "Sign-in sheets, the examination record and the course outline are retained for five years "
            "and can be provided on request. No other courses were reviewed for this reply.",
            "This reply covers the one course named above only. Roster and exam records are kept on file "
            "at our main office for a minimum of three years.",
        ]
    )
    signer = d.person()
    return {
        "body": d.pick([d.fonts["sans"], "'Liberation Sans', 'Nimbus Sans', sans-serif"]),
        "org": org,
        "caption": d.pick(
            ["Office of the Registrar", "Education Department", "Training Records Office"]
        ),
        "town": f"{street} · {town}",
        "memo_date": d.other_date("print", d.pick(["dmy_long", "long"])),
        "memo_for": d.pick(BODIES),
        "from_line": f"{short} / {d.pick(['Registrar', 'Education Office', 'Records'])}",
        "subject": d.pick(
            [
                "Verification of Continuing Education Course Completion",
                "Response to Continuing Education Audit",
                "Course Completion Verification for Renewal Audit",
            ]
        ),
        "para1_html": para1,
        "para2": para2,
        "para3": para3,
        "signer": signer,
        "signer_upper": signer.upper(),
        "role": d.pick(
            ["Registrar", "Director of Education", "Training Manager", "Program Coordinator"]
        ),
        "org_short": short,
        "attach": d.pick(["Attachment:", "Atch:"])
        + " "
        + d.pick(["Copy of class roster (1 page)", "Copy of sign-in sheet", "Exam result summary"]),
        "classif": d.pick(["", "INTERNAL USE", "RECORDS COPY"]),
    }
