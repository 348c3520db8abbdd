"""A webinar completion certificate laid out in a word processor: a thick
bevelled table frame round a thin inner rule, the commercial supporter's
logo at the top, a letter-spaced serif heading, the holder underlined with
a licence number on the same line, the course in bold quotation marks, "on"
and the date, an approved-activity paragraph that states the credit in
words, a row of activity code, approval number and sponsor code, a small
approval-expiry line, claim and retention notes, the provider's address,
the coordinator's script signature and a tiny property notice."""

SOURCE = "JinYongYoo1994/Hi-R-Ed-VB.Net:CCM_Cert.asp"
KIND = "course"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "landscape",
    "sentence",
    "ornate",
    "hours-in-sentence",
    "distractor-person",
    "distractor-date",
    "tiny-footer",
    "address",
)

TEMPLATE = """<style>
.f { position:absolute; inset:22px; border:12px ridge ${frame}; }
.i { position:absolute; inset:40px; border:1px solid #555; text-align:center; font-family:${serif}; color:#111; padding:16px 0 12px; display:flex; flex-direction:column; justify-content:space-between }
.logo { display:inline-flex; align-items:center; gap:8px; font: bold 20px ${sans}; color:${accent} }
.logo i { display:inline-block; width:30px; height:30px; border-radius:50%; background:${accent}; box-shadow: 9px 0 0 -3px ${dark} }
.logo small { font: 11px ${sans}; color:#555; display:block; text-align:left; font-weight:normal }
h2 { margin:8px 0 4px; font-size:38px; letter-spacing:3px; font-weight:bold }
.l { font-size:20px; letter-spacing:1px; line-height:26px }
.nm { font-size:27px; line-height:38px } .nm u { text-underline-offset:4px }
.ct { font: bold 28px ${sans}; margin:14px 60px 6px; line-height:34px }
.ap { font-size:15px; margin:10px 70px 0; line-height:18px }
.ap b { font-weight:normal; font-size:15px }
.codes { font-size:14px; letter-spacing:1px; margin-top:4px } .codes span { margin:0 12px }
.x { font-size:10px; line-height:13px; margin:2px 80px 0 }
.sg { margin-top:4px; font-size:11px } .sg u { font: 28px ${sig_font}; color:#1a1a4a; margin-right:8px }
.prop { font-size:9px; line-height:11px; margin:6px 90px 0; color:#333 }
</style>
<div class="f"></div>
<div class="i">
 <div><div class="logo"><i></i><span>${supporter}<small>${supporter_line}</small></span></div>
 <h2>${heading}</h2></div>
 <div><div class="l">This certificate is awarded to</div>
 <div class="nm"><u>${name}</u> &nbsp;&nbsp;&nbsp; ${id_label} <u>${license}</u></div>
 <div class="l">For completion of the ${what}</div>
 <div class="ct">&ldquo;${title}&rdquo;</div>
 <div class="l">on ${date}</div></div>
 <div><div class="ap">${approved_head}<br>${approved_body} <b>${hours_sentence}</b></div>
 <div class="codes"><span>Activity Code: ${activity}</span><span>${appr_label} ${approval}</span><span>Sponsor Code ${sponsor}</span></div>
 <div class="x">Current approval expires on ${expires}.</div>
 <div class="x">${claim} This certificate must be retained by the recipient for a minimum of four years from the date printed on its face.</div>
 <div class="x" style="margin-top:6px">${org}, ${street}, ${town}</div></div>
 <div>
 <div class="sg"><u>${signer}</u>${signer_role}</div>
 <div class="prop">All courses, artwork, designs and content are the property of ${org_short} and are protected by intellectual property laws. Any duplication, modification or transfer is prohibited unless authorized by the above-named parties.</div></div>
</div>
"""


def fill(d):
    from corpus.formats import fmt_date
    from corpus.values import MANUFACTURERS

    r = d.rng
    supporter = d.pick(MANUFACTURERS)[0]
    org = d.provider()
    street, town = d.address()
    whole = d.credit == int(d.credit) and d.credit >= 1
    style = d.pick(["words", "words_cec"]) if whole else d.pick(["cec_hours", "hrs"])
    hours = d.hours(style)
    expires = d.completed.replace(month=12, day=31)
    return {
        "frame": d.pick(["#9999ff", "#b0b0b0", "#a08a5a", "#7f9fbf"]),
        "supporter": supporter,
        "supporter_line": d.pick(
            ["Educational grant provided by", "Supported by", "Webinar sponsor"]
        ),
        "heading": d.pick(["Certificate of Completion", "Certificate of Attendance"]),
        "name": d.name(d.pick(["plain", "plain", "upper"])),
        "id_label": d.pick(["License No.", "Cert. No.", "IICRC #"]),
        "license": f"{r.randrange(10000, 999999)}",
        "what": d.pick(["course", "webinar", "live webinar"]),
        "title": d.title(d.pick(["plain", "plain", "with_code"])),
        "date": d.date(d.pick(["long", "long", "ordinal", "weekday"])),
        "approved_head": d.pick(
            ["CEC Approved Activity", "Approved Continuing Education Activity"]
        ),
        "approved_body": d.pick(
            [
                "This program has been pre-approved by the certifying body to provide continuing "
                "education credit to certified technicians.",
                "This program has been approved for continuing education credit (CECs) for "
                "technicians holding current certification.",
            ]
        ),
        "hours_sentence": f"This course is approved for {hours[0].lower() + hours[1:]}."
        if style.startswith("words")
        else f"Credit awarded: {hours}.",
        "activity": f"W{r.randrange(1000000, 9999999):07d}",
        "appr_label": d.pick(["Approval number", "Course approval #"]),
        "approval": d.approval(),
        "sponsor": f"{r.randrange(10000, 99999)}",
        "expires": fmt_date(expires, "us_short"),
        "claim": d.pick(
            [
                "To claim these CECs, log into your certification account and report this activity.",
                "Submit a copy of this certificate with your renewal to claim these credits.",
            ]
        ),
        "org": org,
        "org_short": d.org_alt or org,
        "street": street,
        "town": town,
        "sig_font": d.pick(["'Dancing Script', cursive", "'Z003', cursive"]),
        "signer": d.person(),
        "signer_role": d.pick(["Continuing Education Coordinator", "Director of Education"]),
        "serif": d.fonts["serif"],
    }
