"""A webinar certificate built as a word-processor page: a thick bevelled
frame around a thin inner rule, a sponsor's wordmark at the top (not the
school), "Certificate of Completion", "This certificate is awarded to", the
underlined name with a credential and a certification number beside it, the
quoted course title and "on" the date, then an approved-activity paragraph
that gives the credit in a sentence, a line of codes with the approval
number, the approval's own expiry, a retention note, the school's name and
address in tiny type, a script signature with its role and a copyright
paragraph at the foot."""

SOURCE = "JinYongYoo1994/Hi-R-Ed-VB.Net:CCM_Cert.asp"
KIND = "course"
PAPER = ["letter-landscape"]
CATEGORIES = (
    "landscape",
    "sentence",
    "hours-in-sentence",
    "ornate",
    "distractor-org",
    "distractor-person",
    "distractor-date",
    "tiny-footer",
    "address",
)

TEMPLATE = """<style>
.fr { position:absolute; inset:26px; border:13px ridge ${frame} }
.in { position:absolute; inset:45px; border:1px solid #555; padding:22px 60px 58px; text-align:center; font: 15px ${face}; color:#111;
  display:flex; flex-direction:column; justify-content:space-between }
.in > div.g { display:block }
.sp { font: bold 22px ${sans}; color:${sp_color}; letter-spacing:.5px; margin-top:4px }
.sp i { font-style:normal; font-weight:normal; font-size:13px; color:#666; display:block; letter-spacing:1px }
h2 { font: bold 38px ${face}; letter-spacing:3px; margin:0 0 10px }
.aw { font-size:17px; letter-spacing:1px }
.nm { font-size:22px; margin-top:2px } .nm u { text-underline-offset:3px }
.cr { font-size:17px; letter-spacing:1px; line-height:1.5 }
.ti { font: bold 24px ${title_face}; margin:12px 0 2px; line-height:1.2 }
.on { font-size:17px; line-height:1.5 }
.ap { margin-top:14px; font-size:14px; line-height:1.35 }
.ap b { display:block; font-weight:normal; font-size:15px }
.co { font-size:13.5px; letter-spacing:1px; margin-top:4px }
.ex { font-size:10px; margin-top:1px }
.sm { font-size:10px; margin-top:10px; line-height:1.3; letter-spacing:.3px }
.ad { font-size:10px; margin-top:8px }
.sg { margin-top:10px; font-size:10px }
.sg u { font: 28px ${script}; color:#1b2a5a; margin-right:8px }
.cp { position:absolute; left:70px; right:70px; bottom:8px; font-size:9px; line-height:1.3; color:#333 }
</style>
<div class="fr"></div>
<div class="in">
 <div class="sp">${sponsor}<i>${sponsor_tag}</i></div>
 <div class="g"><h2>Certificate of Completion</h2>
 <div class="aw">This certificate is awarded to</div>
 <div class="nm"><u>${name}</u>&nbsp;&nbsp;&nbsp;&nbsp; ${cert_label} <u>${cert_no}</u></div>
 <div class="cr">For completion of the course</div></div>
 <div class="g"><div class="ti">&ldquo;${title}&rdquo;</div>
 <div class="on">on ${date}</div></div>
 <div class="g"><div class="ap"><b>${activity_head}</b>${approved} This course is approved for ${hours}.</div>
 <div class="co">Course Code: ${course_code}&nbsp;&nbsp;&nbsp; Approval number ${approval}&nbsp;&nbsp;&nbsp; School Code ${school_code}</div>
 <div class="ex">Current approval expires on ${approval_expiry}.</div></div>
 <div class="g"><div class="sm">${retain}</div>
 <div class="ad">${org}, ${street}, ${town}</div></div>
 <div class="sg"><u>${signer}</u>${signer_role}</div>
 <div class="cp">${copyright}</div>
</div>
"""


def fill(d):
    from corpus import values as V

    r = d.rng
    org = d.provider()
    makers = [m for m, _ in V.MANUFACTURERS if m != d.org]
    street, town = d.address()
    name = d.name(d.pick(["plain", "plain", "plain", "upper"]))
    suffix = d.pick(["", "", ", WRT", ", WRT, ASD", ", AMRT", ", FSRT"])
    credit = d.hours(d.pick(["words", "words_cec", "cec_hours", "cecs"]))
    return {
        "frame": d.pick(["#9a9a9a", "#b0b0c8", "#a89f88", "#8e9aa6"]),
        "face": d.pick(["'Times New Roman', serif", d.fonts["serif"]]),
        "title_face": d.pick(["Carlito, Calibri, sans-serif", d.fonts["sans"], d.fonts["serif"]]),
        "sans": d.fonts["sans"],
        "script": d.pick(["'Dancing Script', cursive", "'Z003', cursive"]),
        "sp_color": d.colors["dark"],
        "sponsor": d.pick(makers),
        "sponsor_tag": d.pick(
            ["EDUCATIONAL SPONSOR", "PRESENTED WITH SUPPORT FROM", "WEBINAR SERIES"]
        ),
        "name": name + suffix,
        "cert_label": d.pick(["IICRC No.", "Certification No.", "Registrant #"]),
        "cert_no": str(r.randrange(100000, 999999)),
        "title": d.title(d.pick(["plain", "plain", "with_code"])),
        "date": d.date(d.pick(["long", "long", "ordinal", "words", "weekday", "short_month"])),
        "activity_head": d.pick(["IICRC Approved Activity", "CEC Approved Course"]),
        "approved": d.pick(
            [
                "This program has been pre-approved by the IICRC to provide continuing education "
                "credit to IICRC-certified technicians.",
                "This live webinar has been reviewed and approved for continuing education credit "
                "toward renewal of IICRC certifications.",
            ]
        ),
        "hours": credit,
        "course_code": f"W{r.randrange(1000000, 9999999):07d}",
        "approval": d.approval(),
        "school_code": str(r.randrange(10000, 99999)),
        "approval_expiry": d.other_date("expiry", "us_short"),
        "retain": "To record these CECs, log in to your certification account online. This "
        "certificate must be retained by the recipient for a minimum of four years from the date "
        "printed on its face.",
        "org": org,
        "street": street,
        "town": town,
        "signer": d.person(),
        "signer_role": d.pick(["Continuing Education Coordinator", "Director of Education"]),
        "copyright": f"All courses, artwork, designs and content are the property of {org} and are "
        "protected by intellectual property laws. Any duplication, modification or transfer of "
        "this material is prohibited unless authorized by the above-named parties.",
    }
