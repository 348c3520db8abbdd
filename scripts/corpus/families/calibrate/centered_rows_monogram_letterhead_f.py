"""A portrait certificate printed from a CE provider's records system as one
narrow centred column of rows: a bold heading, the provider's logo (a
monogram tile and wordmark) with its street address and web site, then a
sentence broken over short centred lines that names the holder, the kind of
activity and its title, the date and the credit awarded in words. A
scanned-looking signature with the signer's credentials and title closes
it; a small footer carries the approval and a record number."""

SOURCE = "realcme/newmigration:certifications/blades/certificate-nace-amapracat1.tpl.php"
KIND = "course"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "portrait",
    "sentence",
    "provider-in-logo",
    "hours-in-sentence",
    "hours-words",
    "approval",
    "distractor-person",
    "plain",
)

TEMPLATE = """<style>
.w { position:absolute; left:50%; top:70px; width:600px; margin-left:-300px; text-align:center; font: 15px ${face}; color:#000 }
.w > div { padding-top:13px }
.hd { font-weight:bold; font-size:18px; letter-spacing:0.5px; padding-top:26px !important }
.logo { display:inline-flex; align-items:center; gap:12px; margin-top:6px; border-bottom:3px solid ${accent}; padding-bottom:8px }
.mono { width:62px; height:62px; background:${dark}; color:#fff; font: bold 26px ${display}; display:flex; align-items:center; justify-content:center; border-radius:${radius} }
.wm { text-align:left; font: bold 22px ${logoface}; color:${dark}; line-height:24px; max-width:420px }
.wm small { display:block; font: 11px ${sans}; letter-spacing:2px; text-transform:uppercase; color:${accent}; margin-top:3px }
.addr { font-size:12.5px; color:#222 }
.addr a { color:#1a0dab; text-decoration:underline }
.gap { height:34px; padding:0 !important }
.nm { font-size:20px; font-weight:bold }
.ti { font-size:18px; font-style:italic; padding:13px 30px 0 }
.sg { padding-top:40px !important }
.sg .h { font: 34px ${hand}; color:#17245e; transform:rotate(-3deg); height:46px }
.sg .who { font-size:14px; line-height:19px }
.ft { position:absolute; left:70px; right:70px; bottom:46px; border-top:1px solid #999; padding-top:6px; display:flex; justify-content:space-between; font: 11px ${sans}; color:#444 }
</style>
<div class="w">
 <div class="hd">${heading}</div>
 <div><div class="logo"><div class="mono">${mono}</div><div class="wm">${org_html}<small>${tagline}</small></div></div></div>
 <div class="addr">${street} &bull; ${city}<br><a>${web}</a></div>
 <div class="gap"></div>
 <div>${certifies}</div>
 <div class="nm">${name}</div>
 <div>${participated}</div>
 <div class="ti">${title}</div>
 <div>${date_line}</div>
 <div>${awarded_pre} ${hours}.</div>
 <div class="sg"><div class="h">${signer}</div><div class="who">${signer}, ${creds}, ${role}</div></div>
</div>
<div class="ft"><span>${ap_label} ${approval}</span><span>${rec_label} ${record}</span><span>Printed ${printed}</span></div>
"""


def fill(d):
    import html

    org = d.provider()
    words = [w for w in org.replace(",", "").split() if w[0].isalpha()]
    mono = "".join(w[0] for w in words if w.lower() not in ("and", "of", "the", "llc", "inc."))[:2]
    street, city = d.address()
    date = d.date(d.pick(["long", "long", "words", "ordinal", "us_numeric"]))
    date_line = (
        f"on {date}"
        if date.startswith("the")
        else d.pick([f"Date completed: {date}", f"completed {date}", date])
    )
    return {
        "face": d.fonts[d.pick(["sans", "serif"])],
        "logoface": d.fonts[d.pick(["display", "sans"])],
        "radius": d.pick(["0", "50%", "8px"]),
        "heading": d.pick(
            [
                "CERTIFICATE OF COMPLETION",
                "CERTIFICATE OF COMPLETION",
                "CONTINUING EDUCATION CERTIFICATE",
            ]
        ),
        "mono": mono.upper() or "CE",
        "org_html": html.escape(org),
        "tagline": d.pick(
            [
                "Continuing Education",
                "Training & Certification",
                "Professional Development",
                "Education Services",
            ]
        ),
        "street": street,
        "city": city,
        "web": d.web(),
        "certifies": d.pick(
            ["This certifies that", "This is to certify that", "We hereby certify that"]
        ),
        "name": d.name(d.pick(["plain", "plain", "upper", "honorific"])),
        "participated": d.pick(
            [
                "has participated in the live classroom course titled",
                "has participated in the online course titled",
                "has completed the instructor-led program titled",
                "has participated in the workshop titled",
            ]
        ),
        "title": d.title(),
        "date_line": date_line,
        "awarded_pre": d.pick(["and is awarded", "and has been awarded", "for which is awarded"]),
        "hours": d.hours(d.pick(["words", "words_cec", "words_cec"])),
        "signer": d.person(),
        "creds": d.pick(["MPH, CCMEP", "CR, WLS", "MEd", "CIH", "CMP"]),
        "role": d.pick(
            ["Vice President", "Director of Education", "Registrar", "Vice President, Education"]
        ),
        "ap_label": d.pick(["IICRC Approval #", "CEC Approval No.", "Approved Course No."]),
        "approval": d.approval(),
        "rec_label": d.pick(["Record", "Transcript ID", "Cert #"]),
        "record": d.number(),
        "printed": d.other_date("print", d.pick(["us_numeric", "us_short", "iso"])),
    }
