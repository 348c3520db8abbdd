"""A letter on an association's letterhead (name, address, phone across the
top, a rule), dated, addressed to the member, confirming in running prose
that they attended a course and earned CECs, signed by the education chair.
The provider appears only in the letterhead and the signature block."""

SOURCE = (
    "swaranjalidesai05-max/report-generation:word_templates/README.md (letterhead layout) and "
    "http://www.iaqtraining.com/ce-credits/ (CE credit wording)"
)
KIND = "course"
PAPER = "letter-portrait"
CATEGORIES = (
    "letter",
    "sentence",
    "provider-in-logo",
    "portrait",
    "distractor-person",
    "distractor-date",
    "address",
)

TEMPLATE = """<style>
.lh { margin:48px 72px 0; border-bottom:2px solid ${dark}; padding-bottom:10px; display:flex; gap:16px; align-items:center }
.logo { width:58px; height:58px; border-radius:50%; background:${dark}; color:#fff; font: bold 20px ${serif}; display:flex; align-items:center; justify-content:center }
.org { font: bold 21px ${display}; color:${dark} } .addr { font: 11px ${sans}; color:#333 }
.b { margin:34px 72px; font: 15px ${serif}; line-height:23px } .b p { margin:0 0 14px }
</style>
<div class="lh"><div class="logo">${initials}</div><div><div class="org">${org}</div>
 <div class="addr">${street} &middot; ${town} &middot; ${phone} &middot; ${web}</div></div></div>
<div class="b">
 <p>${letter_date}</p>
 <p>${salutation_name}<br>${member_street}<br>${member_town}</p>
 <p>${re}</p>
 <p>Dear ${dear},</p>
 <p>${body}</p>
 <p>${body2}</p>
 <p>Sincerely,</p>
 <p><span style="font-family:${hand};font-size:26px">${signer}</span><br>${signer}<br>${role}, ${org_short}</p>
</div>
"""


def fill(d):
    street, town = d.address()
    m_street, m_town = d.address()
    org = d.provider()
    d.name("honorific")  # the inside address carries a courtesy title
    printed_name = d.printed["holder_name"]
    title = d.title(d.pick(["plain", "with_code"]))
    date = d.date(d.pick(["long", "ordinal", "words"]))
    hours = d.hours(d.pick(["cec_hours", "words_cec", "ceu_and_cec", "contact_and_cec"]))
    approval = d.approval() if d.chance(0.5) else None
    approved = f" The course is IICRC approved (approval no. {approval})." if approval else ""
    return {
        "initials": "".join(w[0] for w in org.split()[:3] if w[0].isalpha()),
        "org": org,
        "street": street,
        "town": town,
        "phone": d.phone(),
        "web": d.web(),
        "letter_date": d.other_date("issue", "long"),
        "salutation_name": printed_name,
        "member_street": m_street,
        "member_town": m_town,
        "re": d.pick(
            ["RE: Continuing Education Credit", "Subject: Verification of course attendance"]
        ),
        "dear": printed_name.split()[0] + " " + d.last,
        "body": f"This letter confirms that you attended {title} on {date} and earned {hours}.{approved}",
        "body2": "Please keep this letter with your certification records; the IICRC may ask for "
        "proof of attendance when you renew. Thank you for your commitment to professional education.",
        "signer": d.person(),
        "role": d.pick(
            ["Education Committee Chair", "Executive Director", "Director of Education"]
        ),
        "org_short": org.split(",")[0],
    }
