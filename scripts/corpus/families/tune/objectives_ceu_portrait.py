"""A portrait continuing-education certificate that carries every field an
accrediting body asks for: a header with the provider's wordmark and its
provider number, a letter-spaced title, the holder's name on a rule, the
activity title, a grid of labelled boxes (completion date, CEUs, hours,
certificate ID, format, location, approval number), a course description
paragraph and a bulleted list of learning objectives, an accreditation
statement in a tinted box, and a footer with a signature, the issue date and
a QR code for verification, with a printed-on line in tiny type."""

SOURCE = (
    "https://sendcertificates.com/blog/ceu-certificate-templates/ (CEU certificate required fields)"
)
KIND = "course"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "portrait",
    "labelled",
    "table",
    "sentence",
    "qr",
    "distractor-date",
    "distractor-person",
    "provider-in-logo",
    "letter-spaced",
)

TEMPLATE = """<style>
.w { position:absolute; inset:40px 52px 34px; font: 12.5px ${sans}; color:#1d1d1d }
.hd { display:flex; justify-content:space-between; align-items:center; border-bottom:3px solid ${dark}; padding-bottom:10px }
.wm { display:flex; align-items:center; gap:10px }
.wm i { width:40px; height:40px; background:${accent}; clip-path:polygon(50% 0,100% 38%,82% 100%,18% 100%,0 38%) }
.wm b { font: bold 19px ${display}; color:${dark}; max-width:430px; line-height:22px }
.pn { text-align:right; font-size:10.5px; color:#444; line-height:14px }
h1 { text-align:center; font: 600 22px ${sans}; letter-spacing:5px; text-transform:uppercase; color:${dark}; margin:34px 0 0 }
.sub { text-align:center; font: italic 16px ${serif}; color:#555; margin-top:6px }
.ct { text-align:center; margin-top:26px; font: 16px ${serif} }
.nm { text-align:center; font: ${nsize}px ${nface}; margin:8px auto 0; width:72%; border-bottom:1px solid #777; padding-bottom:2px; line-height:1.2 }
.ac { text-align:center; margin-top:14px; font: 15px ${serif} }
.ti { text-align:center; font: bold 21px ${serif}; color:${dark}; margin-top:6px; line-height:27px }
.g { display:grid; grid-template-columns:repeat(3, 1fr); gap:9px; margin-top:26px }
.g div { border:1px solid #c9ced6; border-radius:4px; padding:8px 10px; background:#fff }
.g small { display:block; font-size:10px; text-transform:uppercase; letter-spacing:0.6px; color:#666 }
.g span { font-weight:bold; font-size:14.5px }
h3 { font: bold 13px ${sans}; text-transform:uppercase; letter-spacing:1px; color:${dark}; margin:26px 0 6px }
.p { font-size:13.5px; line-height:20px; color:#333 }
ul { margin:4px 0 0; padding-left:20px; font-size:13.5px; line-height:21px; color:#333 }
.st { margin-top:24px; background:${light}; border-left:4px solid ${accent}; padding:10px 14px; font-size:12.5px; line-height:18px; color:#333 }
.ft { position:absolute; left:0; right:0; bottom:20px; display:flex; justify-content:space-between; align-items:flex-end }
.sg { width:240px; font-size:11px; line-height:14px }
.sg i { display:block; font: 30px ${hand}; color:#1b2b63; height:38px; line-height:40px; border-bottom:1px solid #444; font-style:normal; overflow:hidden; white-space:nowrap }
.mid { text-align:center; font-size:11px; line-height:15px }
.qr { text-align:center; font-size:8.5px; color:#555; width:210px; line-height:11px } .qr svg { display:block; margin:0 auto 3px }
.pr { position:absolute; left:0; right:0; bottom:0; text-align:center; font-size:8.5px; color:#777 }
</style>
<div class="w">
 <div class="hd"><div class="wm"><i></i><b>${org}</b></div>
  <div class="pn">${pn_label}<br><b>${provider_no}</b><br>${web}</div></div>
 <h1>${heading}</h1>
 <div class="sub">${subheading}</div>
 <div class="ct">${certifies}</div>
 <div class="nm">${name}</div>
 <div class="ac">${completed}</div>
 <div class="ti">${title}</div>
 <div class="g">
  <div><small>${l_date}</small><span>${date}</span></div>
  <div><small>${l_a}</small><span>${v_a}</span></div>
  <div><small>${l_b}</small><span>${v_b}</span></div>
  <div><small>Certificate ID</small><span>${cert_id}</span></div>
  <div><small>${l_format}</small><span>${format}</span></div>
  <div><small>${l_approval}</small><span>${approval}</span></div>
 </div>
 <h3>${l_desc}</h3>
 <div class="p">${description}</div>
 <h3>${l_obj}</h3>
 <div class="p">${obj_intro}</div>
 <ul>${objectives_html}</ul>
 <div class="st">${statement}</div>
 <div class="ft">
  <div class="sg"><i>${sig}</i>${signer}<br>${role}</div>
  <div class="mid">${issued_label}<br><b>${issued}</b></div>
  <div class="qr">${qr_html}${verify}</div>
 </div>
 <div class="pr">${printed}</div>
</div>
"""

DESCRIPTIONS = [
    "This course covers {t} as practised on residential and light commercial losses, combining "
    "classroom instruction with hands-on exercises and a written assessment.",
    "Participants studied the principles and field procedures of {t}, with attention to the "
    "applicable industry standards, worker safety and documentation for the insurer.",
    "An instructor-led program on {t}. Topics include inspection, equipment selection, "
    "monitoring and the records a technician keeps from first visit to final sign-off.",
]
OBJECTIVES = [
    "Explain the terminology and standards that apply to the work.",
    "Identify hazards on a job site and select appropriate protective equipment.",
    "Take and record moisture and environmental readings correctly.",
    "Choose equipment and set goals suited to the materials affected.",
    "Document the job so the customer and insurer can follow each step.",
    "Recognise when a situation calls for a specialist or an indoor environmental professional.",
    "Communicate the scope of work clearly to property owners.",
    "Apply cleaning and treatment methods without causing secondary damage.",
]
FORMATS = ["Live classroom", "Live virtual", "Online, self-paced", "Hybrid", "Hands-on lab"]


def _qr(d, n=25, size=76):
    cell = size / n
    on = [[d.chance(0.5) for _ in range(n)] for _ in range(n)]
    for oy, ox in ((0, 0), (0, n - 7), (n - 7, 0)):
        for y in range(-1, 8):
            for x in range(-1, 8):
                if 0 <= oy + y < n and 0 <= ox + x < n:
                    inside = 0 <= y <= 6 and 0 <= x <= 6
                    ring = inside and (y in (0, 6) or x in (0, 6))
                    core = 2 <= y <= 4 and 2 <= x <= 4
                    on[oy + y][ox + x] = ring or core
    rects = "".join(
        f'<rect x="{x * cell:.2f}" y="{y * cell:.2f}" width="{cell + 0.05:.2f}" height="{cell + 0.05:.2f}"/>'
        for y in range(n)
        for x in range(n)
        if on[y][x]
    )
    return f'<svg width="{size}" height="{size}" fill="#000">{rects}</svg>'


def fill(d):
    org = d.provider()
    name = d.name(d.pick(["plain", "plain", "honorific", "upper"]))
    title = d.title(d.pick(["plain", "with_code", "code_first"]))
    date = d.date(d.pick(["long", "us_numeric", "short_month", "dmy_long"]))
    ceus = (
        f"{d.credit / 10:.2f}".rstrip("0").rstrip(".") if d.credit % 10 else f"{d.credit / 10:.1f}"
    )
    scheme = d.pick(["ceu_cec", "ceu_contact", "combined"])
    if scheme == "ceu_cec":
        l_a, v_a = "CEUs Earned", ceus
        l_b, v_b = d.pick(["IICRC CEC Hours", "CEC Hours"]), d.hours_number()
    elif scheme == "ceu_contact":
        l_a, v_a = "Contact Hours", d.hours_number()
        l_b, v_b = "CEUs", ceus
    else:
        l_a, v_a = "Credit Awarded", d.hours("ceu_and_cec")
        l_b, v_b = "Location", d.city()
    approval = d.approval()
    objectives = list(OBJECTIVES)
    d.rng.shuffle(objectives)
    count = d.pick([3, 4, 4, 5])
    signer = d.person()
    long_name = len(name) > 26
    n_text = f"{d.credit:g}"
    statement = d.pick(
        [
            f"This course is approved by the Institute of Inspection, Cleaning and Restoration "
            f"Certification (IICRC) for {n_text} continuing education credits. IICRC approval "
            f"number {approval}. One CEU equals ten contact hours.",
            f"{org} is an IICRC-approved school. Credits shown above are reported to the IICRC "
            "within ten business days; keep this certificate for your records for at least "
            "four years.",
        ]
    )
    return {
        "nsize": 30 if long_name else 38,
        "nface": d.fonts[d.pick(["script", "serif", "display"])].replace(
            "'TypoScript', ", "'Z003', "
        ),
        "org": org,
        "pn_label": d.pick(["IICRC Approved School", "Approved Provider No.", "Provider ID"]),
        "provider_no": d.number(d.pick(["", "P-", "SCH-"])),
        "web": d.web(),
        "heading": d.pick(
            ["Continuing Education Certificate", "Certificate of Continuing Education"]
        ),
        "subheading": d.pick(["Certificate of Completion", "Record of Credit Earned"]),
        "certifies": d.pick(["This certifies that", "This is to certify that"]),
        "name": name,
        "completed": d.pick(
            [
                "has successfully completed the continuing education activity",
                "has completed all requirements of the course",
            ]
        ),
        "title": title,
        "l_date": d.pick(["Completion Date", "Date Completed"]),
        "date": date,
        "l_a": l_a,
        "v_a": v_a,
        "l_b": l_b,
        "v_b": v_b,
        "cert_id": d.number(d.pick(["", "CE-", "No. "])),
        "l_format": d.pick(["Format", "Delivery"]),
        "format": d.pick(FORMATS),
        "l_approval": d.pick(["Course Approval No.", "IICRC Approval #", "Approval Code"]),
        "approval": approval,
        "l_desc": d.pick(["Course Description", "About This Course"]),
        "description": d.pick(DESCRIPTIONS).format(
            t=d.course.lower() if d.chance(0.5) else d.course
        ),
        "l_obj": d.pick(["Learning Objectives", "Learning Outcomes"]),
        "obj_intro": d.pick(
            [
                "Upon completion of this course, participants will be able to:",
                "At the end of this activity the learner will be able to:",
            ]
        ),
        "objectives_html": "".join(f"<li>{o}</li>" for o in objectives[:count]),
        "statement": statement,
        "sig": d.pick([signer, signer.split()[-1]]),
        "signer": signer,
        "role": d.role(),
        "issued_label": d.pick(["Date Issued", "Issued"]),
        "issued": d.other_date("issue", d.pick(["long", "us_numeric", "short_month"])),
        "qr_html": _qr(d),
        "verify": d.pick(["Scan to verify this certificate", f"Verify at {d.web()}/verify"]),
        "printed": d.pick(
            [
                f"Printed {d.other_date('print', 'us_numeric')}",
                f"Reprinted on {d.other_date('print', 'long')} · page 1 of 1",
            ]
        ),
    }
