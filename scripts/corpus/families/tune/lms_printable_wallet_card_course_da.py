"""A wallet card that an online-course platform offers as "print your
wallet card" after a course: a thin coloured top strip with the school's
name, a small heading, then label/value rows for the holder, the course,
the completion date and the CEC hours, a card number and a tiny
verification line along the bottom edge; a dotted cut line frames it."""

SOURCE = (
    "wording: online CE providers' printable wallet cards issued from the learner "
    "dashboard after an on-demand course"
)
KIND = "course"
PAPER = "card"
CATEGORIES = ("wallet", "labelled", "landscape", "tiny-footer", "cond")

TEMPLATE = """<style>
.cut { position:absolute; inset:2px; border:1px dashed #999; border-radius:8px }
.top { position:absolute; left:6px; right:6px; top:6px; height:30px; background:${dark}; border-radius:5px 5px 0 0; color:#fff; display:flex; align-items:center; padding:0 8px; gap:6px }
.top i { flex:none; width:16px; height:16px; border-radius:50%; background:${accent}; border:2px solid #fff }
.top b { font: bold 10.5px ${cond}; line-height:11px; letter-spacing:0.3px }
.hd { position:absolute; left:12px; right:12px; top:40px; font: bold 9.5px ${sans}; color:${accent}; letter-spacing:1px; text-transform:uppercase }
table { position:absolute; left:10px; right:10px; top:54px; border-collapse:collapse; font: 10px ${sans}; color:#111 }
td { padding:1.5px 2px; vertical-align:top; line-height:11.5px }
td.l { width:58px; color:#555; font-size:8.5px; text-transform:uppercase; padding-top:2.5px }
td.v { font-weight:bold }
.sg { position:absolute; right:12px; bottom:22px; width:118px; border-top:1px solid #777; font: 7.5px ${sans}; color:#555; text-align:center; padding-top:1px }
.sg span { position:absolute; left:0; right:0; bottom:11px; font: ${sig_px}px ${hand}; color:#1d2f6b; white-space:nowrap }
.ft { position:absolute; left:10px; right:10px; bottom:8px; font: 7.5px ${sans}; color:#444; display:flex; justify-content:space-between }
</style>
<div class="cut"></div>
<div class="top"><i></i><b>${org}</b></div>
<div class="hd">${heading}</div>
<table>
 <tr><td class="l">${name_label}</td><td class="v">${name}</td></tr>
 <tr><td class="l">${course_label}</td><td class="v">${title}</td></tr>
 <tr><td class="l">${date_label}</td><td class="v">${date}</td></tr>
 <tr><td class="l">${hours_label}</td><td class="v">${hours}</td></tr>
 ${approval_row_html}
</table>
<div class="sg"><span>${signer}</span>${sign_label}</div>
<div class="ft"><span>${card_label} ${card_no}</span><span>${tail}</span></div>
"""


def fill(d):
    import html

    course_label, date_label = d.pick(
        [("Course", "Completed"), ("Completed", "Date"), ("Course", "Date"), ("Course", "Finished")]
    )
    signer = d.person()
    row = ""
    if d.chance(0.4):
        row = (
            f'<tr><td class="l">{d.pick(["Approval #", "IICRC #", "Course #"])}</td>'
            f'<td class="v">{html.escape(d.approval())}</td></tr>'
        )
    return {
        "approval_row_html": row,
        "signer": signer,
        "sig_px": 15 if len(signer) < 16 else 11.5,
        "sign_label": d.pick(["Authorized signature", "Registrar", "Instructor"]),
        "org": d.provider(d.pick(["upper", None])),
        "heading": d.pick(
            ["CE Completion Card", "Continuing Education Card", "Course Wallet Card"]
        ),
        "name_label": d.pick(["Name", "Learner", "Student"]),
        "name": d.name(d.pick(["plain", "upper", "last_first"])),
        "course_label": course_label,
        "title": d.title(d.pick(["plain", "with_code", "code_first"])),
        "date_label": date_label,
        "date": d.date(d.pick(["us_numeric", "short_month", "iso", "us_short"])),
        "hours_label": d.pick(["CEC hrs", "Credit", "CE hours"]),
        "hours": d.hours(d.pick(["cec_hours", "cecs", "hours_title", "hrs"])),
        "card_label": d.pick(["Card #", "No.", "ID"]),
        "card_no": d.number(),
        "tail": d.pick(
            [
                "Carry with you · verify online",
                f"Print date {d.other_date('issue', 'us_numeric')}",
                "Not valid without completion record",
            ]
        ),
    }
