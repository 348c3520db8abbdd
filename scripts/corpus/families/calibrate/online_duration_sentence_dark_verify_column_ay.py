"""A landscape certificate from a school's online course platform, set as a
two-column table: a wide white column with a thin letter-spaced heading,
"This is to certify that", the holder's name large in a script face, a
running sentence that carries the course's length in hours and minutes
("has successfully completed 14 hours online course of"), the course title
in bold and "on" the completion date; and a narrow dark column on the right,
light text on a dark band, holding the school's square mark with its name
(the only place the school is named), the certificate's hash under a
"valid certificate ID" label, a signature with the authorised signer's
printed name and title, and at its foot the school's approval line (which
may repeat the credit in CEC hours) and the date the file was generated."""

SOURCE = (
    "vsaxena919/Gtribe:wp-content/plugins/tutor-pro/addons/tutor-certificate/templates/"
    "template_3/certificate.php (content column with the duration sentence, verifying column "
    "with the certificate hash and the authorised signature)"
)
KIND = "course"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "landscape",
    "sentence",
    "script-name",
    "dark-band",
    "provider-in-logo",
    "distractor-person",
    "distractor-date",
)

TEMPLATE = """<style>
.pg { position:absolute; inset:0; display:flex; background:${paper} }
.main { flex:1; position:relative; padding:150px 56px 60px 70px; border-left:14px solid ${accent} }
.main:after { content:""; position:absolute; left:70px; right:56px; bottom:58px; border-top:1px solid #c9c3b4 }
.eyebrow { font: 600 13px ${sans}; letter-spacing:5px; text-transform:uppercase; color:${accent} }
.big { font: ${head_size}px ${display}; color:${dark}; margin-top:8px; letter-spacing:1px }
.lead { margin-top:36px; font: italic 19px ${serif}; color:#444 }
.nm { margin-top:10px; font: ${name_size}px ${script}; color:#1a1a1a; line-height:1.15; white-space:nowrap }
.sent { margin-top:20px; font: 18px ${serif}; color:#333; line-height:26px; white-space:nowrap }
.ti { margin-top:8px; font: bold ${title_size}px ${sans}; color:${dark}; line-height:1.2 }
.on { margin-top:18px; font: 19px ${serif}; color:#333 }
.col { width:${col_w}px; background:${dark}; color:#f2f2f2; position:relative; padding:56px 30px 40px; font-family:${sans} }
.mk .sq { width:52px; height:52px; border:2px solid #f2f2f2; display:flex; align-items:center; justify-content:center;
  font: bold 19px ${display}; letter-spacing:1px }
.mk .wn { margin-top:12px; font: 600 14px ${sans}; line-height:19px; letter-spacing:.5px }
.vf { position:absolute; left:30px; right:26px; bottom:200px; font-size:12px; line-height:18px }
.vf b { display:block; font-size:11px; letter-spacing:2px; text-transform:uppercase; color:#cfd8dc }
.vf span { font: 13px ${mono}; word-break:break-all }
.sg { position:absolute; left:30px; right:26px; bottom:92px; font-size:12px; line-height:17px }
.sg .h { font: ${sig_size}px ${hand}; color:#fff; height:42px; white-space:nowrap; overflow:hidden; border-bottom:1px solid #9aa5ad }
.sg .n { margin-top:6px; font-weight:600; font-size:13px }
.ft { position:absolute; left:30px; right:26px; bottom:36px; font-size:10.5px; line-height:15px; color:#cfd8dc }
</style>
<div class="pg">
 <div class="main">
  <div class="eyebrow">${eyebrow}</div>
  <div class="big">${heading}</div>
  <div class="lead">${lead}</div>
  <div class="nm">${name}</div>
  <div class="sent">${sentence}</div>
  <div class="ti">${title}</div>
  <div class="on">on ${date}</div>
 </div>
 <div class="col">
  <div class="mk"><div class="sq">${initials}</div><div class="wn">${org}</div></div>
  <div class="vf"><b>${id_label}</b><span>${cert_hash}</span></div>
  <div class="sg"><div class="h">${signer}</div><div class="n">${signer}</div><div>${signer_role}</div></div>
  <div class="ft">${approval_line_html}<br>${generated}</div>
 </div>
</div>
"""


def _duration(credit: float) -> str:
    whole = int(credit)
    minutes = round((credit - whole) * 60)
    parts = []
    if whole:
        parts.append(f"{whole} hour" + ("s" if whole > 1 else ""))
    if minutes:
        parts.append(f"{minutes} minutes")
    return " ".join(parts)


def fill(d):
    r = d.rng
    org = d.provider()
    words = [w for w in org.replace("&", "").replace(",", "").split() if w[:1].isupper()]
    initials = "".join(w[0] for w in words[:3])
    name = d.name(d.pick(["plain", "plain", "plain", "honorific"]))
    duration = _duration(d.credit)
    sentence = d.pick(
        [
            f"has successfully completed {duration} online course of",
            f"has successfully completed the {duration} online course",
            f"has completed {duration} of online instruction in",
        ]
    )
    d.put("hours", float(d.credit), duration)
    title = d.title(d.pick(["plain", "plain", "with_code"]))
    date = d.date(d.pick(["long", "long", "short_month", "ordinal", "dmy_long"]))
    school = d.pick(["IICRC Approved School", "An IICRC Approved School"])
    if d.chance(0.5):
        form = d.pick(["Approved for {} (IICRC)", "CE credit: {}", "Carries {} with the IICRC"])
        approval_line = school + "<br>" + form.format(d.hours(d.pick(["cec_hours", "cecs"])))
    else:
        approval_line = school
    gen_style = d.pick(["us_numeric", "iso", "short_month"])
    generated = (
        d.pick(["Generated", "Issued", "PDF created"]) + " " + d.other_date("issue", gen_style)
    )
    cert_hash = "".join(r.choice("0123456789abcdef") for _ in range(d.pick([10, 12, 16])))
    signer = d.person()
    long_title = len(title) > 30
    return {
        "paper": d.pick(["#ffffff", "#fdfcf9", "#fbfaf6"]),
        "script": d.fonts["script"],
        "hand": d.fonts["hand"].replace(", cursive", ", 'Dancing Script', cursive"),
        "eyebrow": d.pick(["Online Learning", "Self-paced course", "E-learning programme"]),
        "heading": d.pick(
            ["Certificate of Completion", "Course Certificate", "Certificate of Achievement"]
        ),
        "head_size": d.pick(["34", "38"]),
        "lead": d.pick(["This is to certify that", "This certifies that"]),
        "name": name,
        "name_size": "54" if len(name) <= 22 else "44",
        "sentence": sentence,
        "title": title,
        "title_size": "21" if len(title) > 38 else "24" if long_title else "28",
        "date": date,
        "col_w": d.pick(["270", "290"]),
        "initials": initials,
        "org": org,
        "id_label": d.pick(["Valid Certificate ID", "Certificate ID", "Verification code"]),
        "cert_hash": cert_hash,
        "signer": signer,
        "sig_size": "26" if len(signer) <= 16 else "21",
        "signer_role": d.pick(["Authorised Signatory", "Director of Online Learning", d.role()]),
        "approval_line_html": approval_line,
        "generated": generated,
    }
