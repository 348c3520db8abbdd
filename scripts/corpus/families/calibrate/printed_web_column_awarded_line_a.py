"""A certificate page printed from a provider's web portal: the browser's
own header (print date and time, page title) and footer (address of the
page, page count) in tiny type at the edges, and between them a narrow
centred column with no border: "CERTIFICATE OF COMPLETION" in small bold
capitals, the provider's logo bar, its street address and web address, then
one statement set line by line ("<provider> certifies that" / name / "has
completed the <format> titled" / course / date / "and is awarded <credit>."),
a signature image with the signer's name, credentials and office, and a
paragraph on the provider's approval."""

SOURCE = (
    "realcme/newmigration:certifications/blades/certificate-nace-amapracat1.tpl.php "
    "(single centred table column, logo and address, line-by-line statement, print script)"
)
KIND = "course"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "sentence",
    "portrait",
    "distractor-person",
    "distractor-date",
    "tiny-footer",
    "plain",
)

TEMPLATE = """<style>
.bh { position:absolute; left:36px; right:36px; top:18px; display:flex; justify-content:space-between; font: 9.5px ${bfont}; color:#333 }
.bf { position:absolute; left:36px; right:36px; bottom:16px; display:flex; justify-content:space-between; font: 9.5px ${bfont}; color:#333 }
.col { position:absolute; left:50%; top:${col_top}px; width:600px; margin-left:-300px; font: 14.5px ${face}; color:#000; text-align:center }
.col > div { padding-top:11px; line-height:19px }
.col .h { font: bold 17px ${face}; padding-top:0 }
.lg { display:inline-flex; align-items:center; gap:12px; margin-top:4px; padding:8px 18px; border-bottom:3px solid ${accent} }
.lg i { width:44px; height:44px; border-radius:50%; background:${dark}; color:#fff; font: bold 17px ${display};
  display:flex; align-items:center; justify-content:center; font-style:normal }
.lg span { font: bold 21px ${display}; color:${dark}; text-align:left; line-height:24px; max-width:420px }
.ad { font-size:12.5px !important; color:#333 }
.ad u { color:#1a0dab }
.nm { font-size:19px !important; font-weight:bold }
.ti { font-style:italic; font-size:16px !important }
.sig { padding-top:20px !important }
.sig em { display:block; font: 30px ${hand}; color:#1a2a6c; line-height:36px }
.acc { font-size:11.5px !important; line-height:16px !important; text-align:left; padding-top:26px !important; color:#222 }
</style>
<div class="bh"><span>${printed_at}</span><span>${page_title}</span></div>
<div class="col">
 <div class="h">${heading}</div>
 <div><span class="lg"><i>${mark}</i><span>${org_logo}</span></span></div>
 <div class="ad">${street} &bull; ${town}<br><u>${web}</u></div>
 <div style="padding-top:22px">${org_certifies} certifies that</div>
 <div class="nm">${name}</div>
 <div>${completed}</div>
 <div class="ti">${title}</div>
 <div>${date}</div>
 <div>and is awarded ${hours}.</div>
 <div class="sig"><em>${signer}</em>${signer}, ${creds}, ${role}</div>
 <div class="acc">${accreditation}</div>
</div>
<div class="bf"><span>${url}</span><span>1/1</span></div>
"""


def fill(d):
    org = d.provider()
    street, town = d.address()
    name = d.name(d.pick(["plain", "plain", "upper"]))
    title = d.title(d.pick(["plain", "with_code"]))
    date = d.date(d.pick(["long", "long", "long_upper", "short_month"]))
    hours = d.hours(d.pick(["cec_hours", "words", "ceu_and_cec", "words_cec"]))
    words = [w for w in org.replace("&", " ").replace(",", " ").split() if w[0].isupper()]
    approval = d.approval() if d.chance(0.4) else None
    school_no = f"{d.rng.randrange(1000, 9999)}"
    accreditation = d.pick(
        [
            f"{org} is an IICRC-approved school (school no. {school_no}) and maintains "
            "responsibility for this course and its content. Keep this certificate for four "
            "years as proof of continuing education.",
            f"This course has been approved for continuing education credit. {org} maintains "
            "records of attendance and assessment for each participant.",
        ]
    )
    if approval:
        accreditation += f" Course approval number: {approval}."
    web = d.web()
    printed_at = d.other_date("print", "us_short") + d.pick([", 9:14 AM", ", 4:52 PM", " 11:03"])
    return {
        "bfont": d.fonts["sans"],
        "face": d.fonts[d.pick(["sans", "serif"])],
        "col_top": d.pick([52, 70, 90]),
        "printed_at": printed_at,
        "page_title": d.pick(["Certificate", "Print Certificate", "My Certificates – Print"]),
        "heading": "CERTIFICATE OF COMPLETION",
        "mark": "".join(w[0] for w in words[:2]),
        "org_logo": org,
        "street": street,
        "town": town,
        "web": web,
        "org_certifies": d.pick([org, "The school named above"]),
        "name": name,
        "completed": d.pick(
            [
                "has completed the course titled",
                "has participated in and completed the classroom course titled",
                "has successfully completed the online course titled",
            ]
        ),
        "title": title,
        "date": date,
        "hours": hours,
        "signer": d.person(),
        "creds": d.pick(["MBA", "CR, WLS", "CIEC", "MEd", "CMH"]),
        "role": d.pick(["Vice President", "Director of Education", "Registrar"]),
        "accreditation": accreditation,
        "url": f"https://{web[4:]}/account/certificates/print/{d.rng.randrange(10000, 99999)}",
    }
