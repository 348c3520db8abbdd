"""A statement of attainment as a government skills agency's verifiable
e-certificate renders it, printed: a grey-bordered portrait page with the
qualification framework's mark in the top left, a big coloured
"Statement of Attainment" line, then left-set coloured award lines ("This
is to certify that", the name, an ID number, "has successfully attained the
following competency unit") above a centred unit code and course title, "at"
the training provider and the date of attainment. At the foot a round seal,
a signature over the agency signatory's name, position and agency (not the
training provider), a small coloured description line (which may carry the
credit hours) and a link; on the right the certificate number, the agency's
wordmark and a small code set sideways."""

SOURCE = (
    "OpenCerts/opencerts-website:src/components/CertificateTemplates/tlds/sg/gov/ssg-wsg/"
    "SOA-001/certificate.js (framework logo top left, magenta award_text and successful_text, "
    "recipient name and 'ID No:', transcript lines 'courseCode name', 'at' issuer, issue date, "
    "seal + signatory name/position/organisation + description + link, 'Cert No:' and a "
    "rotated cert code)"
)
KIND = "course"
PAPER = ["a4-portrait", "letter-portrait"]
CATEGORIES = (
    "portrait",
    "sentence",
    "labelled",
    "distractor-person",
    "seal",
    "tiny-footer",
    "agency-distractor",
)

TEMPLATE = """<style>
.box { position:absolute; inset:26px; border:5px solid #aaa; padding:34px 46px 30px; display:flex; flex-direction:column; font-family:${body}; color:#111 }
.fw { display:flex; align-items:center; gap:12px; width:52% }
.fw .tiles { display:grid; grid-template-columns:repeat(3, 15px); gap:3px; flex:none }
.fw .tiles i { width:15px; height:15px; background:${c1} } .fw .tiles i:nth-child(2n) { background:${c2} }
.fw .m { font: 900 34px ${body}; color:${c2}; letter-spacing:1px; line-height:34px }
.fw .s { font-size:11.5px; line-height:14px; color:#444; max-width:190px }
.st { margin-top:${st_gap}px; font-size:${st_px}px; font-weight:bold; color:${c1}; text-align:center; line-height:1.15 }
.aw { margin-top:48px; font-size:20px; font-weight:bold; color:${c1} }
.nm { margin-top:10px; font-size:27px; line-height:1.2 }
.id { margin-top:6px; font-size:14px; font-weight:500 }
.ok { margin-top:40px; font-size:20px; font-weight:bold; color:${c1}; line-height:1.3 }
.tr { margin-top:34px; font-size:${tr_px}px; text-align:center; line-height:1.3 }
.at { margin-top:22px; font-size:21px; text-align:center; line-height:1.3 }
.dt { margin-top:10px; font-size:21px; text-align:center }
.foot { margin-top:auto; display:flex; align-items:flex-end; gap:18px }
.seal { width:92px; height:92px; flex:none; border-radius:50%; border:3px solid ${c2}; box-shadow: inset 0 0 0 6px #fff, inset 0 0 0 8px ${c2};
  display:flex; align-items:center; justify-content:center; text-align:center; font: bold 10px ${body}; color:${c2}; line-height:12px; margin-bottom:30px }
.sg { flex:1; min-width:0 }
.sg .h { font: 30px ${hand}; color:#1b2a66; height:40px; white-space:nowrap }
.sg b { display:block; font-size:13px; line-height:17px }
.sg .ds { font-size:11.5px; color:${c3}; margin-top:12px; line-height:15px }
.sg .ln { font-size:11.5px; color:${c3}; margin-top:4px; line-height:15px }
.rc { width:150px; flex:none; position:relative; padding-right:18px }
.rc .no { font-size:12.5px; font-weight:500; margin-bottom:46px }
.rc .ag { font: bold 15px ${body}; color:${c3}; border-top:3px solid ${c1}; padding-top:5px; line-height:17px }
.rc .cd { position:absolute; right:-4px; bottom:0; transform-origin:100% 100%; transform:rotate(-90deg) translate(100%, 0); font-size:11px; color:${c1}; white-space:nowrap }
</style>
<div class="box">
 <div class="fw"><div class="tiles"><i></i><i></i><i></i><i></i><i></i><i></i></div>
  <div><div class="m">${fw_mark}</div><div class="s">${fw_name}</div></div></div>
 <div class="st">${statement}</div>
 <div class="aw">${award}</div>
 <div class="nm">${name}</div>
 <div class="id">${id_label} ${id_no}</div>
 <div class="ok">${success}</div>
 <div class="tr">${unit_html}</div>
 <div class="at">at ${provider}</div>
 <div class="dt">${date}</div>
 <div class="foot">
  <div class="seal">${seal_html}</div>
  <div class="sg"><div class="h">${signer}</div><b>${signer}, ${signer_role}</b><b>${agency}</b>
   <div class="ds">${description}</div><div class="ln">${link}<br>${about}</div></div>
  <div class="rc"><div class="no">Cert No: ${cert_no}</div><div class="ag">${agency_short}</div><div class="cd">${cert_code}</div></div>
 </div>
</div>
"""

FRAMEWORKS = [
    ("CEC", "Continuing Education Credit Framework"),
    ("RTQ", "Restoration Trade Qualifications"),
    ("SFR", "Skills Framework for Restoration & Cleaning"),
    ("WSR", "Workforce Skills for Restoration"),
]
AGENCIES = [
    ("Restoration Skills Council", "RSC"),
    ("Cleaning Industry Training Board", "CITB"),
    ("National Restoration Skills Board", "NRSB"),
    ("Indoor Environment Workforce Agency", "IEWA"),
]
PALETTES = [
    ("#c5299b", "#1e5dc8", "#330090"),
    ("#b0306a", "#1f6f8b", "#2d1e6b"),
    ("#1e6091", "#2d6a4f", "#1b3a5f"),
    ("#8b1e3f", "#3d5a80", "#29335c"),
]


def fill(d):
    import html

    r = d.rng
    c1, c2, c3 = d.pick(PALETTES)
    mark, fw_name = d.pick(FRAMEWORKS)
    agency, agency_short = d.pick(AGENCIES)
    name = d.name(d.pick(["plain", "plain", "upper"]))
    provider = d.provider(d.pick([None, None, "upper"]))
    title = d.title(d.pick(["plain", "code_first", "with_code"]))
    if d.code and title.startswith(d.code):
        unit_html = html.escape(title)
    else:
        unit = d.code or d.pick(["RST", "CLN", "IEQ"])
        unit_code = (
            f"{unit}-{r.choice(['CE', 'OP', 'TS'])}-{r.randrange(100, 999)}{r.choice('ABC')}"
        )
        unit_html = f"{html.escape(unit_code)} {html.escape(title)}"
    date = d.date(d.pick(["dmy_long", "dmy_long", "long", "ordinal_dmy"]))
    description = d.pick(
        [
            "This Statement of Attainment is issued for the competency unit listed above.",
            "The holder has been assessed competent in the unit(s) listed.",
        ]
    )
    if d.chance(0.7):
        hours = d.hours(d.pick(["cec_hours", "hours_title", "iicrc_cec", "credit_hours"]))
        description += d.pick(
            [
                f" Continuing education credit: {hours}.",
                f" Credit recorded: {hours}.",
            ]
        )
    slug = "".join(ch for ch in agency.lower() if ch.isalpha())[:14]
    masked = f"{r.choice('STG')}****{r.randrange(100, 999)}{r.choice('ABCDHJ')}"
    long_title = len(unit_html) > 60
    return {
        "body": d.fonts[d.pick(["sans", "sans", "serif"])],
        "c1": c1,
        "c2": c2,
        "c3": c3,
        "fw_mark": mark,
        "fw_name": fw_name,
        "st_gap": d.pick([48, 64, 80]),
        "st_px": d.pick([36, 40, 44]),
        "statement": d.pick(
            ["Statement of Attainment", "Statement of Attainment", "Record of Attainment"]
        ),
        "award": d.pick(
            ["This is to certify that", "This is to certify that", "This statement certifies that"]
        ),
        "name": name,
        "id_label": d.pick(["ID No:", "ID No:", "Learner ID:"]),
        "id_no": masked,
        "success": d.pick(
            [
                "has successfully attained the following competency unit:",
                "has successfully attained the following Competency Standard(s):",
                "has been assessed competent in the following course:",
            ]
        ),
        "unit_html": unit_html,
        "tr_px": 20 if long_title else 23,
        "provider": provider,
        "date": date,
        "seal_html": d.pick(
            ["OFFICIAL<br>SEAL", html.escape(agency_short) + "<br>&#9733;<br>SEAL"]
        ),
        "signer": d.person(),
        "signer_role": d.pick(["Chief Executive", "Director, Quality Assurance", "Registrar"]),
        "agency": agency,
        "description": description,
        "link": f"https://www.{slug}.org/verify",
        "about": d.pick(
            [
                "Verify this certificate online with the certificate number.",
                "For enquiries on this statement, please visit our website.",
            ]
        ),
        "cert_no": f"{r.choice(['SOA', 'RS', 'Q'])}{r.randrange(10**9, 10**10)}",
        "agency_short": agency,
        "cert_code": f"{d.completed.year % 100:02d}{r.choice('QSR')}{r.randrange(10**11, 10**12)}",
    }
