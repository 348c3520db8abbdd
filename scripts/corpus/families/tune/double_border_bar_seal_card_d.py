"""The front of a wallet card a training site generates as a PDF: a dark
outer border with a thin coloured inner one, a coloured header bar with a
small badge block and two lines (the school and the card's kind), the name
bold with a coloured underline, a few "Label:" rows (course, credit,
approval), a grey box with the completion and expiry dates side by side in
month/day/year, a verification code at the bottom and a round seal at the
right where the generator put its QR code."""

SOURCE = "koolranch/flat-earth-equipment:lib/pdf/generateWalletCard.ts (front side)"
KIND = "course"
PAPER = "card"
CATEGORIES = (
    "wallet",
    "dark-band",
    "labelled",
    "distractor-date",
    "landscape",
    "seal",
    "provider-in-logo",
)

TEMPLATE = """<style>
.o { position:absolute; inset:5px; border:2.5px solid ${dark} }
.i { position:absolute; inset:9px; border:0.7px solid ${accent} }
.bar { position:absolute; left:9px; right:9px; top:9px; height:33px; background:${accent}; color:#fff; font-family:${sans} }
.badge { position:absolute; left:5px; top:4px; width:38px; height:25px; border-right:1px solid rgba(255,255,255,0.6); line-height:10px; padding-top:2px }
.badge b { font-size:9px; display:block } .badge span { font-size:6.5px }
.tt { position:absolute; left:50px; right:6px; top:4px; line-height:12px }
.tt b { font-size:${org_size}; display:block; white-space:nowrap; letter-spacing:0.3px } .tt span { font-size:8px; letter-spacing:0.5px }
.nm { position:absolute; left:16px; top:50px; font: bold 13.5px ${sans}; color:${dark}; border-bottom:1px solid ${accent}; padding-bottom:1px; white-space:nowrap }
.dt { position:absolute; left:16px; top:72px; width:188px; font: 8px ${sans}; color:${dark}; line-height:10.5px }
.dt .r { display:flex; gap:4px; margin-bottom:1.5px } .dt .l { color:#666; font-weight:bold; font-size:7.5px; flex:none; width:43px }
.box { position:absolute; left:14px; bottom:26px; width:150px; height:27px; background:#f1f1f1; border:0.7px solid #888; display:flex; font: 7.5px ${sans}; color:${dark} }
.box div { flex:1; padding:3px 4px; line-height:10px } .box b { display:block }
.code { position:absolute; left:16px; bottom:13px; font: bold 7px ${sans}; color:#666 }
.seal { position:absolute; right:17px; bottom:22px; width:88px; height:88px; border-radius:50%;
  background: repeating-conic-gradient(${accent} 0 6deg, #fff 6deg 12deg); display:flex; align-items:center; justify-content:center }
.seal .in { width:70px; height:70px; border-radius:50%; background:#fff; border:1.5px solid ${dark}; display:flex; flex-direction:column; align-items:center; justify-content:center; font: bold 7px ${sans}; color:${dark}; text-align:center; line-height:9px }
.seal .in b { font-size:13px; line-height:15px; color:${accent} }
</style>
<div class="o"></div><div class="i"></div>
<div class="bar"><div class="badge"><b>${badge}</b><span>${badge_sub}</span></div>
 <div class="tt"><b>${org}</b><span>${card_kind}</span></div></div>
<div class="nm">${name}</div>
<div class="dt">
 <div class="r"><span class="l">${course_label}</span><span>${title}</span></div>
 <div class="r"><span class="l">${credit_label}</span><span>${hours}</span></div>
 ${approval_html}
</div>
<div class="box"><div><b>${done_label}</b>${date}</div><div><b>Expires:</b>${expiry}</div></div>
<div class="code">Code: ${code}</div>
<div class="seal"><div class="in">${seal_top}<b>${seal_mid}</b>${seal_bot}</div></div>
"""


def _mdy(day) -> str:
    return f"{day.month}/{day.day}/{day.year}"


def fill(d):
    import html
    from datetime import timedelta

    r = d.rng
    c = d.completed
    d.put("completion_date", c.isoformat(), _mdy(c))
    expiry = c + timedelta(days=d.pick([365 * 2, 365 * 3, 365 * 4]))
    org = d.provider("upper")
    approval_html = ""
    if d.chance(0.6):
        label = d.pick(["Approval #:", "Course #:", "CEC No.:"])
        approval_html = f'<div class="r"><span class="l">{label}</span><span>{html.escape(d.approval())}</span></div>'
    return {
        "badge": d.pick(["CEC", "IICRC", "CE"]),
        "badge_sub": d.pick(["Approved", "Credit", "Training"]),
        "org": org,
        "org_size": "10px" if len(org) <= 34 else "8.5px" if len(org) <= 42 else "7.5px",
        "card_kind": d.pick(
            ["TRAINING COMPLETION CARD", "CERTIFICATION CARD", "CONTINUING EDUCATION CARD"]
        ),
        "name": d.name(d.pick(["plain", "plain", "upper"])),
        "course_label": d.pick(["Course:", "Training:", "Class:"]),
        "title": d.title(d.pick(["plain", "code_first"])),
        "credit_label": d.pick(["Credit:", "CECs:", "Hours:"]),
        "hours": d.hours(d.pick(["cec_hours", "cecs", "hours_title", "hrs"])),
        "approval_html": approval_html,
        "done_label": d.pick(["Issued:", "Completed:", "Issued:"]),
        "date": _mdy(c),
        "expiry": _mdy(expiry),
        "code": "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(10)),
        "seal_top": d.pick(["APPROVED", "VERIFIED", "CERTIFIED"]),
        "seal_mid": d.pick(["CE", "CEC", "★"]),
        "seal_bot": d.pick(["TRAINING", "PROGRAM", "RECORD"]),
    }
