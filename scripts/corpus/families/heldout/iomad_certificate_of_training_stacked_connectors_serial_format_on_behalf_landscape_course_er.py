"""A multi-tenant LMS's sample "Certificate of Training", landscape: a
border of two rules with square corner blocks, the issuing company's logo
at the top left and a thin band of its name, then a centred stack of short
connector lines between the values: "This is to certify that", the name,
"has completed an e-learning course on", the course, "on", the date, "with
the result of" and a grade. Two custom text lines set small under the
stack carry the CEC hours and sometimes an approval number. At the foot
the certificate number, built from an establishment code, the course code,
the completion date as six digits and a sequence number, on the left; on
the right "Signed:" with a signature and "On behalf of" the company."""

SOURCE = (
    "iomad/iomad:local/iomad_settings/lang/en/local_iomad_settings.php (sample certificate "
    "strings 'Certificate of Training', 'This is to certify that', 'has completed an e-learning "
    "course on', 'on', 'with the result of', 'Certificate Number :', 'Signed: ', 'On behalf of "
    "Company', Custom Text 2/3 and the serial number format {EC}-{CC}-{CD:DDMMYY}-{SEQNO:n})"
)
KIND = "course"
PAPER = ["a4-landscape", "letter-landscape"]
CATEGORIES = (
    "landscape",
    "sentence",
    "labelled",
    "provider-in-logo",
    "distractor-person",
    "serial-number",
)

TEMPLATE = """<style>
.r1 { position:absolute; inset:24px; border:3px solid ${ink} }
.r2 { position:absolute; inset:32px; border:1px solid ${ink} }
.cb { position:absolute; width:26px; height:26px; background:${ink} }
.logo { position:absolute; left:64px; top:56px; display:flex; align-items:center; gap:10px; max-width:360px }
.logo i { width:46px; height:46px; flex:none; background:${accent}; border-radius:${logo_radius}; box-shadow: inset 0 0 0 7px ${ink} }
.logo span { font: bold 16px ${sans}; color:${ink}; line-height:19px }
.w { position:absolute; left:110px; right:110px; top:${top}px; text-align:center; font-family:${body}; color:#222 }
h1 { margin:0 0 18px; font: ${h_weight} ${h_px}px ${head}; color:${ink}; letter-spacing:${h_ls}px }
.c { font-size:17px; font-style:italic; color:#444; margin:6px 0 }
.nm { font-size:34px; font-weight:bold; margin:4px 0 10px; line-height:1.2 }
.crs { font-size:25px; font-weight:bold; margin:4px 0 8px; line-height:1.25; color:${ink} }
.v { font-size:20px; margin:2px 0 6px }
.ct { font: 13px ${sans}; color:#333; margin-top:14px; line-height:18px }
.foot { position:absolute; left:64px; right:64px; bottom:58px; display:flex; justify-content:space-between; align-items:flex-end; font: 13px ${sans}; color:#222 }
.foot .sn b { font-family:${mono}; font-weight:normal; font-size:13.5px }
.sig { width:290px; text-align:left }
.sig .ln { display:flex; align-items:flex-end; gap:8px; border-bottom:1px solid #444; height:46px; padding-bottom:2px }
.sig .h { font: 28px ${hand}; color:#1d2d6b; white-space:nowrap }
.sig .ob { margin-top:5px; line-height:17px }
</style>
<div class="r1"></div><div class="r2"></div>
<div class="cb" style="left:18px;top:18px"></div><div class="cb" style="right:18px;top:18px"></div>
<div class="cb" style="left:18px;bottom:18px"></div><div class="cb" style="right:18px;bottom:18px"></div>
<div class="logo"><i></i><span>${company}</span></div>
<div class="w">
 <h1>${heading}</h1>
 <div class="c">${certify}</div>
 <div class="nm">${name}</div>
 <div class="c">${statement}</div>
 <div class="crs">${title}</div>
 <div class="c">${on}</div>
 <div class="v">${date}</div>
 <div class="c">${result_lead}</div>
 <div class="v">${grade}</div>
 <div class="ct">${custom_html}</div>
</div>
<div class="foot">
 <div class="sn">${serial_label} <b>${serial}</b></div>
 <div class="sig"><div class="ln">Signed: <span class="h">${signer}</span></div>
  <div class="ob">${signer_line_html}${behalf} ${company_again}</div></div>
</div>
"""


def fill(d):
    import html

    r = d.rng
    company = d.provider()
    words = [w for w in (d.org_alt or d.org).replace(",", "").split() if w[0].isupper()]
    ec = "".join(w[0] for w in words)[:4].upper()
    name = d.name(d.pick(["plain", "plain", "upper", "honorific"]))
    title = d.title(d.pick(["plain", "plain", "with_code"]))
    date = d.date(d.pick(["long", "dmy_long", "ordinal", "us_numeric", "weekday"]))
    serial = f"{ec}-{d.code or 'CE'}-{d.completed.strftime('%d%m%y')}-{r.randrange(1, 9999):04d}"
    custom = []
    if d.chance(0.85):
        custom.append(
            d.pick(["CEC hours awarded: ", "Credit hours: ", "Continuing education: "])
            + d.hours(d.pick(["hrs", "hours_title", "cec_hours", "cecs"]))
        )
    if d.chance(0.4):
        custom.append(f"IICRC approval no. {d.approval()}")
    if d.chance(0.3):
        custom.append(d.pick(["Delivered online", "Blended delivery", "Self-paced e-learning"]))
    signer = d.person()
    return {
        "ink": d.pick(["#1f3a5f", "#23395d", "#2f2f2f", "#3d2b1f", "#0b3d2e"]),
        "body": d.fonts[d.pick(["serif", "serif", "sans"])],
        "head": d.fonts[d.pick(["display", "serif"])],
        "logo_radius": d.pick(["50%", "6px", "0"]),
        "top": d.pick([108, 120, 132]),
        "h_px": d.pick([38, 42, 46]),
        "h_weight": d.pick(["bold", "normal"]),
        "h_ls": d.pick([0, 1, 2]),
        "company": company,
        "heading": d.pick(
            ["Certificate of Training", "Certificate of Training", "Training Certificate"]
        ),
        "certify": d.pick(
            ["This is to certify that", "This is to certify that", "We certify that"]
        ),
        "name": name,
        "statement": d.pick(
            [
                "has completed an e-learning course on",
                "has completed an e-learning course on",
                "has completed the training course",
                "has successfully completed the online course",
            ]
        ),
        "title": title,
        "on": d.pick(["on", "on", "completed on"]),
        "date": date,
        "result_lead": d.pick(
            ["with the result of", "with the result of", "achieving a result of"]
        ),
        "grade": d.pick(["Pass", "Pass", "Merit", f"{r.randrange(80, 100)}%", "Passed (100%)"]),
        "custom_html": "<br>".join(html.escape(c) for c in custom),
        "serial_label": d.pick(
            ["Certificate Number :", "Certificate Number :", "Certificate No.:"]
        ),
        "serial": serial,
        "signer": signer,
        "signer_line_html": f"{html.escape(signer)}<br>" if d.chance(0.5) else "",
        "behalf": d.pick(["On behalf of", "On behalf of", "for and on behalf of"]),
        "company_again": company,
    }
