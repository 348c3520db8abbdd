"""A continuing-education certificate printed from a provider's web portal:
a fixed-width block near the top of a portrait page inside two grey frames
(a hairline round a thick one). The provider's wordmark sits alone in the
top left; the heading is centred in large bold type. Below it the text is a
stack of short centred lines with hard breaks, where the holder's name runs
into the first line of the sentence ("... has attended the"), the course
title stands on its own line and the date (or the course's days) and the
credit share the closing line. A second paragraph is the provider's
approval statement, sometimes with the approval number. One signature with
the signer's name, credentials and title, and a grey footer strip of tag
line, phone and fax, street address and e-mail and web address separated
by small square marks."""

SOURCE = (
    "realcme/newmigration:certifications/blades/certificate-geg-apa.blade.php (CE "
    "attendance certificate: a 1px grey table round a 3px grey table, logo image top left, "
    "'Certificate of Attendance' centred at 24pt, the name running into 'has attended the "
    "educational activity sponsored by ... titled', 'on <date> and is awarded <n> CE "
    "Hours/Credits', an approval and responsibility statement, one signature with "
    "credentials, and a 6pt grey contact footer with logo bullets)"
)
KIND = "course"
PAPER = "letter-portrait"
CATEGORIES = (
    "portrait",
    "sentence",
    "distractor-person",
    "date-range",
    "address",
    "hours-in-sentence",
    "tiny-footer",
    "web-printout",
)

TEMPLATE = """<style>
.o { position:absolute; left:${left}px; width:${width}px; top:${top}px; border:1px solid #ccc; padding:2px }
.i { border:3px solid #ccc; padding:8px 14px 10px; font: ${size}px ${sans}; color:#000; line-height:1.45 }
.lg { display:flex; align-items:center; gap:10px; height:92px; padding-top:4px }
.mk { width:64px; height:64px; background:${dark}; color:#fff; position:relative;
  clip-path: polygon(50% 0, 100% 28%, 100% 72%, 50% 100%, 0 72%, 0 28%);
  display:flex; align-items:center; justify-content:center; font: bold 22px ${wm_face} }
.wm { font: bold ${wm_size}px ${wm_face}; color:${dark}; line-height:1.1; max-width:460px }
.wm small { display:block; font: 11px ${sans}; color:${accent}; letter-spacing:1.5px; text-transform:uppercase; margin-top:4px }
h1 { text-align:center; font: bold 32px ${sans}; margin:16px 0 26px }
.tx { text-align:center; padding:0 10px }
.tx p { margin:0 0 18px }
.ap { font-size:${ap_size}px }
.sg { text-align:center; margin-top:20px }
.sg .h { font: 34px ${hand}; color:#1d2f6f; height:58px; line-height:64px; white-space:nowrap }
.ft { display:flex; justify-content:center; gap:8px; margin-top:22px; font: 8px ${sans}; color:#9a9a9a; line-height:11px }
.ft .b { width:7px; height:7px; background:${accent}; opacity:.55; margin-top:2px; flex:none }
</style>
<div class="o"><div class="i">
 <div class="lg"><div class="mk">${initials}</div><div class="wm">${org}<small>${org_line}</small></div></div>
 <h1>${heading}</h1>
 <div class="tx">
  <p>${lines_html}</p>
  <p class="ap">${approval_html}</p>
 </div>
 <div class="sg"><div class="h">${sig}</div>${sig}, ${creds}<br>${sig_role}, ${org_short}</div>
 <div class="ft">
  <div>${tagline}</div><div class="b"></div>
  <div>Phone ${phone}<br>Fax ${fax}</div><div class="b"></div>
  <div>${street}<br>${town}</div><div class="b"></div>
  <div>${email}<br>${web}</div>
 </div>
</div></div>
"""


def fill(d):
    import html

    from corpus.values import SCHOOLS

    org = d.provider()
    short = org.split(",")[0]
    words = [w for w in short.replace("&", "").split() if w[:1].isupper()]
    name = d.name(d.pick(["plain", "plain", "plain", "upper"]))
    title = d.title(d.pick(["plain", "plain", "with_code", "code_first"]))
    days = 0 if d.credit <= 7.5 else d.pick([0, 1, 2, 2])
    when = d.date_range(days) if days else d.date(d.pick(["us_numeric", "long", "short_month"]))
    hours = d.hours(
        d.pick(["cec_hours", "cecs", "ceu_and_cec", "contact_and_cec", "hours_title", "hrs"])
    )
    activity = d.pick(
        [
            "educational activity sponsored by",
            "continuing education program presented by",
            "training course conducted by",
        ]
    )
    lead = d.pick(["This is to certify that", "This certifies that"])
    awarded = d.pick(["and is awarded", "and has been awarded", "and earned"])
    on = "held" if days else "on"
    e = html.escape

    def nw(text):
        return f'<span style="white-space:nowrap">{e(text)}</span>'

    lines = [
        e(lead),
        f"{e(name)} has attended the",
        f"{e(activity)} {e(org)} titled",
        f"<b>{e(title)}</b>",
        f"{e(on)} {nw(when)} {e(awarded)} {nw(hours)}.",
    ]
    approval = d.approval() if d.chance(0.5) else None
    statement = d.pick(
        [
            "{org} is approved by the Institute of Inspection, Cleaning and Restoration "
            "Certification (IICRC) to offer continuing education for certified technicians.",
            "{org} is an IICRC-approved {what}. Credit earned applies toward the continuing "
            "education requirement of IICRC certified technicians.",
        ]
    )
    school = any(org == name for name, _ in SCHOOLS)
    what = "school" if school else "continuing education provider"
    ap = e(statement.format(org=short, what=what))
    if approval:
        ap += f"<br>IICRC course approval no. {e(approval)}."
    ap += f" {e(short)} maintains responsibility for the program and its content."
    street, town = d.address()
    slug = d.web().removeprefix("www.")
    return {
        "left": str(d.pick([86, 96, 103])),
        "width": str(d.pick([610, 624, 640])),
        "top": str(d.pick([38, 52, 64])),
        "size": d.pick(["14.5", "15"]),
        "ap_size": "13",
        "initials": "".join(w[0] for w in words[:2]),
        "wm_face": d.fonts[d.pick(["sans", "display", "cond"])],
        "wm_size": "22" if len(org) <= 32 else "18",
        "org": org,
        "org_line": d.pick(
            ["Continuing Education", "Training & Certification", "Education Services"]
        ),
        "heading": d.pick(
            ["Certificate of Attendance", "Certificate of Completion", "Certificate of Credit"]
        ),
        "lines_html": "<br>".join(lines),
        "approval_html": ap,
        "hand": d.fonts["hand"],
        "sig": d.person(),
        "creds": d.pick(["MA", "CR, WLS", "MSc", "CMP", "MBA"]),
        "sig_role": d.pick(["General Manager", "Director of Education", "Accreditation Manager"]),
        "org_short": short,
        "tagline": d.pick(["Training. Standards. Results.", "Learn it right. Restore it right."]),
        "phone": d.phone().replace("(", "").replace(") ", ".").replace("-", "."),
        "fax": d.phone().replace("(", "").replace(") ", ".").replace("-", "."),
        "street": street,
        "town": town,
        "email": f"{d.pick(['inquire', 'education', 'registrar'])}@{slug.removesuffix('.com')}.com",
        "web": d.web(),
    }
