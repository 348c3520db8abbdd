"""A trade association's CE verification memo, portrait: the association's
name in small spaced capitals at the top with a thin coloured bar, the word
for the memo set very large with wide letter-spacing, then a header block
of aligned labels and values (to: the member, with member number; from:
the education committee chair or the CE registrar; date of the memo;
subject), a long rule, two short paragraphs saying the association has
checked the member's continuing-education record against the sponsor's
roster, then a boxed panel with labelled rows (course, sponsor, completion
date, credit hours as "Credit hours: n", approval number), a note about
the member's renewal deadline, and "cc:" lines with the sponsor's contact
and the member file, initials of the typist at the foot."""

SOURCE = (
    "nibsbin/tonguetoquill-usaf-memo:template/usaf-memo.typ (memorandum: letterhead title, "
    "MEMORANDUM FOR / FROM / SUBJECT blocks, numbered paragraphs, signature block) and wording "
    "of trade associations' continuing-education verification memos"
)
KIND = "course"
PAPER = ["a4-portrait", "letter-portrait"]
CATEGORIES = (
    "labelled",
    "record",
    "letter",
    "letter-spaced",
    "portrait",
    "sentence",
    "approval",
    "distractor-person",
    "distractor-date",
    "tiny-footer",
)

TEMPLATE = """<style>
.top { position:absolute; left:76px; right:76px; top:46px; font: 11px ${sans}; letter-spacing:3px; text-transform:uppercase; color:${dark}; border-top:5px solid ${accent}; padding-top:10px; display:flex; justify-content:space-between }
.top span { letter-spacing:.5px; text-transform:none; color:#666 }
h1 { position:absolute; left:76px; top:92px; margin:0; font: ${h1_weight} 42px ${h1_face}; letter-spacing:${h1_ls}px; color:#1d1d1d }
.w { position:absolute; left:76px; right:76px; top:172px; font: 14px ${body}; line-height:21px; color:#1b1b1b }
.hb { display:grid; grid-template-columns:92px 1fr; row-gap:7px; font-size:14px }
.hb b { font: bold 12px ${sans}; letter-spacing:1.5px; padding-top:2px }
.rl { border-top:2px solid #222; margin:16px 0 16px }
.w p { margin:0 0 12px; text-align:${align} }
.bx { border:1.5px solid ${dark}; padding:12px 18px; margin:6px 0 16px; background:${light} }
.bx .r { display:flex; padding:4px 0; border-bottom:1px dotted #999 } .bx .r:last-child { border-bottom:none }
.bx .k { width:170px; font: 12px ${sans}; color:#444; text-transform:uppercase; letter-spacing:.8px; padding-top:2px }
.bx .v { flex:1; font-weight:bold }
.sg { margin-top:24px } .sg .h { font: 27px ${hand}; color:#24306a; line-height:34px; white-space:nowrap }
.cc { margin-top:18px; font-size:12px; line-height:17px; color:#444 }
.ty { position:absolute; left:76px; bottom:30px; font: 9px ${sans}; color:#888 }
</style>
<div class="top">${assoc}<span>${phone} · ${web}</span></div>
<h1>${memo_word}</h1>
<div class="w">
 <div class="hb">
  <b>TO:</b><div>${name}, ${member_no}</div>
  <b>FROM:</b><div>${sender}, ${sender_role}</div>
  <b>DATE:</b><div>${memo_date}</div>
  <b>${subj_label}</b><div>${subject}</div>
 </div>
 <div class="rl"></div>
 <p>${p1}</p>
 <div class="bx">
  <div class="r"><div class="k">${k_course}</div><div class="v">${title}</div></div>
  <div class="r"><div class="k">${k_sponsor}</div><div class="v">${provider}</div></div>
  <div class="r"><div class="k">${k_date}</div><div class="v">${date}</div></div>
  <div class="r"><div class="k">${k_hours}</div><div class="v">${hours}</div></div>
  ${approval_html}
 </div>
 <p>${p2}</p>
 <div class="sg"><div class="h">${sender}</div>${sender}<br>${sender_role}</div>
 <div class="cc">cc: ${cc1}<br>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;Member file</div>
</div>
<div class="ty">${typist}</div>
"""


def fill(d):
    import html

    from corpus import values as V

    r = d.rng
    assoc = d.pick([a for a in V.ASSOCIATIONS if a != d.org])
    name = d.name(d.pick(["plain", "plain", "upper", "last_first"]))
    title = d.title(d.pick(["plain", "with_code"]))
    provider = d.provider()
    date = d.date(d.pick(["long", "us_numeric", "short_month", "iso", "dmy_long"]))
    hours_style = d.pick(["plain", "plain", "phrase"])
    if hours_style == "plain":
        k_hours, hours = (
            d.pick(["Credit hours", "CE hours verified", "Hours credited"]),
            d.hours_number(),
        )
    else:
        k_hours, hours = (
            d.pick(["Awarded", "Credit awarded"]),
            d.hours(d.pick(["credit_hours", "cec_hours", "cecs"])),
        )
    approval_html = ""
    if d.chance(0.6):
        approval_html = (
            '<div class="r"><div class="k">'
            + d.pick(["Approval no.", "Course approval #", "IICRC course no."])
            + f'</div><div class="v">{html.escape(d.approval())}</div></div>'
        )
    sender = d.person()
    deadline = d.other_date("expiry", d.pick(["long", "us_numeric"]))
    p1 = d.pick(
        [
            "At your request, the Education Committee has reviewed your continuing-education "
            "record against the sponsor's attendance roster. The following course is verified "
            "and has been posted to your member record:",
            "This memo confirms that the course below was verified with its sponsor and "
            "entered on your continuing-education record with the Association.",
        ]
    )
    p2 = d.pick(
        [
            f"Your certification renewal is due by {deadline}. Courses posted after that date "
            "count toward the following renewal cycle.",
            f"Please keep this memo with your renewal papers. Your next renewal deadline is "
            f"{deadline}; the Association does not forward credits to other bodies.",
        ]
    )
    return {
        "h1_face": d.fonts[d.pick(["sans", "display", "cond"])],
        "h1_weight": d.pick(["bold", "300", "normal"]),
        "h1_ls": d.pick([8, 12, 16]),
        "body": d.fonts[d.pick(["serif", "sans"])],
        "align": d.pick(["left", "justify"]),
        "hand": d.fonts["hand"],
        "assoc": assoc,
        "phone": d.phone(),
        "web": "www." + "".join(ch for ch in assoc.lower() if ch.isalnum())[:16] + ".org",
        "memo_word": d.pick(["MEMORANDUM", "MEMO"]),
        "name": name,
        "member_no": d.pick(["Member #", "Member No. ", "ID "]) + str(r.randrange(10000, 99999)),
        "sender": sender,
        "sender_role": d.pick(["Chair, Education Committee", "CE Registrar", "Education Director"]),
        "memo_date": d.other_date("issue", d.pick(["long", "dmy_long", "us_numeric"])),
        "subj_label": d.pick(["RE:", "SUBJECT:"]),
        "subject": d.pick(
            ["Verification of continuing education", "CE credit verification", "CE record update"]
        ),
        "p1": p1,
        "k_course": d.pick(["Course", "Course title", "Activity"]),
        "title": title,
        "k_sponsor": d.pick(["Sponsor", "Provider", "Offered by"]),
        "provider": provider,
        "k_date": d.pick(["Completed", "Date completed", "Completion date"]),
        "date": date,
        "k_hours": k_hours,
        "hours": hours,
        "approval_html": approval_html,
        "p2": p2,
        "cc1": f"{d.person()}, {d.pick(['sponsor contact', 'course sponsor', 'instructor'])}",
        "typist": d.pick(["ab/ce", "jk:mr", "EC/ls", "tw"]),
    }
