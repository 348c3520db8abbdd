"""A plain portrait certificate for a home-study course, typeset as a single
narrow centred column on a white page: the heading, the provider's wordmark
with its street address and web address, "<provider> certifies that", the
name, the self-study wording, the title, the completion date (sometimes
written in words), the credit awarded as CEUs or hours in a sentence, and one
signature. A small block under it gives the activity's release and
expiration dates and its approval number."""

SOURCE = (
    "realcme/newmigration:certifications/blades/certificate-nace-amapracat1.tpl.php "
    "(enduring-material certificate with begin, earned and expiration dates)"
)
KIND = "course"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "portrait",
    "sentence",
    "distractor-person",
    "distractor-date",
    "date-words",
    "ceu",
    "plain",
    "approval",
)

TEMPLATE = """<style>
.col { position:absolute; left:50%; top:${top}px; width:620px; margin-left:-310px; font: 15px ${face}; color:#000; text-align:center }
.col > div { padding-top:12px; line-height:20px }
.hd { font-weight:bold; font-size:17px; padding-top:30px !important; letter-spacing:0.5px }
.logo { display:inline-flex; align-items:center; gap:12px; border-top:3px solid ${dark}; border-bottom:3px solid ${dark}; padding:8px 16px; margin-top:4px }
.mk { width:52px; height:52px; border-radius:50%; background:${dark}; color:#fff; font: bold 20px ${display}; display:flex; align-items:center; justify-content:center }
.on { font: bold 21px ${display}; color:${dark}; text-align:left; max-width:440px; line-height:24px }
.ad { font-size:12.5px !important; color:#222 } .ad a { color:#1a0dab; text-decoration:underline }
.nm { font-size:22px; font-weight:bold; padding-top:14px !important }
.tt { font-size:18px; font-style:italic; padding:6px 30px 0 !important }
.sg { padding-top:26px !important } .sg .s { font: 30px ${script}; color:#1b2a60; height:40px }
.sg .n { font-size:13.5px }
.meta { margin-top:26px; border-top:1px solid #999; padding-top:10px !important; font-size:12px; color:#333; line-height:18px; text-align:left }
.meta table { border-collapse:collapse; margin:0 auto } .meta td { padding:1px 10px }
.meta td:first-child { text-align:right; color:#555 }
.ph { position:absolute; left:26px; right:26px; font: 10px ${sans}; color:#444; display:flex; justify-content:space-between }
.fine { font-size:10.5px !important; color:#555; line-height:14px !important; text-align:left }
</style>
<div class="col">
 <div class="hd">${heading}</div>
 <div><span class="logo"><span class="mk">${mark}</span><span class="on">${org}</span></span></div>
 <div class="ad">${street} &bull; ${town}<br><a>${web}</a></div>
 <div>${certifies}</div>
 <div class="nm">${name}</div>
 <div>${participated}</div>
 <div class="tt">${title}</div>
 <div>${date_line}</div>
 <div>${awarded}</div>
 <div class="sg"><div class="s">${sig}</div><div class="n">${signer}, ${role}</div></div>
 <div class="meta"><table>
  <tr><td>${release_label}</td><td>${release}</td></tr>
  <tr><td>${expire_label}</td><td>${expire}</td></tr>
  <tr><td>${approval_label}</td><td>${approval}</td></tr>
 </table></div>
 <div class="fine">${fine}</div>
</div>
<div class="ph" style="top:12px">${print_top_html}</div>
<div class="ph" style="bottom:12px">${print_bottom_html}</div>
"""


def fill(d):
    org = d.provider()
    initials = "".join(
        w[0] for w in org.replace("&", "").replace(",", "").split() if w[0].isupper()
    )
    street, town = d.address()
    words = d.chance(0.4)
    if words:
        date_line = f"{d.pick(['Given on', 'Completed on', 'on'])} {d.date('words')}"
    else:
        date_line = f"{d.pick(['Date earned:', 'Completed', 'Date of completion:'])} " + d.date(
            d.pick(["us_numeric", "long", "dmy_long", "short_month"])
        )
    hours = d.hours(
        d.pick(["ceu_and_cec", "ceu_and_cec", "words_cec", "cec_hours", "contact_and_cec"])
    )
    signer = d.person()
    top = bottom = ""
    if d.chance(0.6):
        stamp = d.other_date("print", "us_short") + d.pick([", 9:14 AM", ", 4:52 PM", " 11:03"])
        top = f"<span>{stamp}</span><span>Certificate</span>"
        slug = "".join(ch for ch in org.lower() if ch.isalnum())[:14]
        bottom = f"<span>https://learn.{slug}.org/certificates/view.php?id={d.number()}</span><span>1/1</span>"
    return {
        "print_top_html": top,
        "print_bottom_html": bottom,
        "top": d.pick([0, 10, 24]),
        "face": d.fonts[d.pick(["sans", "serif"])],
        "heading": d.pick(["CERTIFICATE OF COMPLETION", "CERTIFICATE OF CREDIT", "CERTIFICATE"]),
        "mark": initials[:3],
        "org": org,
        "street": street,
        "town": town,
        "web": d.web(),
        "certifies": f"{d.pick(['The', ''])} {org} certifies that".strip(),
        "name": d.name(d.pick(["plain", "plain", "upper", "honorific"])),
        "participated": d.pick(
            [
                "has participated in the enduring material titled",
                "has completed the home-study course titled",
                "has participated in the self-study activity titled",
            ]
        ),
        "title": d.title(d.pick(["plain", "plain", "with_code"])),
        "date_line": date_line,
        "awarded": f"and is awarded {hours}.",
        "sig": signer,
        "signer": signer,
        "role": d.role(),
        "release_label": d.pick(["Release date:", "Original release:", "Activity begins:"]),
        "release": d.other_date("registered", "us_numeric"),
        "expire_label": d.pick(["Expiration date:", "Credit expires:", "Valid for credit until:"]),
        "expire": d.other_date("expiry", "us_numeric"),
        "approval_label": d.pick(["IICRC approval #:", "Activity number:", "CEC approval no.:"]),
        "approval": d.approval(),
        "fine": d.pick(
            [
                "Participants should claim only the credit commensurate with the extent of their "
                "participation in the activity. Retain this certificate for your records.",
                "This activity was planned and produced in accordance with the continuing "
                "education standards of the approving body. Keep this page for four years.",
            ]
        ),
    }
