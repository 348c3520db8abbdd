"""A state-style continuing education training certificate printed from a
CE tracking site: a wide artwork banner across the top, then centred boxes
ruled only at their sides: the sponsor in bold with its sponsor number,
"hereby certifies that", the practitioner with a small row of certification
number, level and birth date, the course with its course number, then short
italic connector lines ("for", "on") over the credit split and the date."""

SOURCE = "KevinAndrewLipscomb/emsi:trunk/emsi/asp-net-app/ConEdLink/usercontrol/app/UserControl_training_certificate.ascx"
KIND = "course"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = ("portrait", "dark-band", "sentence", "distractor-date", "labelled")

TEMPLATE = """<style>
.o { position:absolute; inset:30px; border:3px double #888; font-family:${face}; color:#111; text-align:center }
.bn { height:${band_h}px; background:${dark}; position:relative; overflow:hidden; color:#fff }
.bn .st { position:absolute; inset:0; background:repeating-linear-gradient(120deg, rgba(255,255,255,0.07) 0 18px, transparent 18px 44px) }
.bn .ar { position:absolute; right:-60px; top:-80px; width:300px; height:300px; border-radius:50%; border:26px solid ${accent}; opacity:0.55 }
.bn .t1 { position:absolute; left:34px; top:${t1_top}px; font: 15px ${sans}; letter-spacing:5px; text-transform:uppercase; text-align:left }
.bn .t2 { position:absolute; left:32px; top:${t2_top}px; font: bold 38px ${display}; text-align:left }
.bx { display:inline-block; border-left:1px solid #c8c8c8; border-right:1px solid #c8c8c8; padding:8px 26px; margin:0 40px; max-width:620px }
.sp { font-size:28px; font-weight:bold; line-height:34px }
.pn { font-size:36px; font-weight:bold; line-height:42px }
.cs { font-size:31px; font-weight:bold; line-height:38px }
.sm { font-size:13px; margin-top:6px; color:#222 } .sm span { margin:0 9px }
.it { font-style:italic; font-size:19px; margin:${gap}px 0 }
.cr { font-size:21px } .dt { font-size:23px; font-weight:bold }
.ft { position:absolute; left:0; right:0; bottom:10px; font: 10px ${sans}; color:#555 }
</style>
<div class="o">
 <div class="bn"><div class="st"></div><div class="ar"></div><div class="t1">${band_small}</div><div class="t2">${band_big}</div></div>
 <div style="margin-top:${first_gap}px"><div class="bx"><div class="sp">${org}</div><div class="sm">Sponsor # ${sponsor}</div></div></div>
 <div class="it">hereby certifies that</div>
 <div><div class="bx"><div class="pn">${name}</div>
  <div class="sm"><span>Cert # ${cert}</span><span>Cert level: ${level}</span><span>DOB: ${dob}</span></div></div></div>
 <div class="it">${lead}</div>
 <div><div class="bx"><div class="cs">${title}</div><div class="sm"># ${course_no}</div></div></div>
 <div class="it">for</div>
 <div class="cr"><b>${hours}</b> ${unit} (<b>${split}</b> ${split_label})</div>
 <div class="it">on</div>
 <div class="dt">${date}</div>
 <div class="ft">${foot}</div>
</div>
"""

LEVELS = [
    ("JWR", "Journeyman Water Restorer"),
    ("JTC", "Journeyman Textile Cleaner"),
    ("MWR", "Master Water Restorer"),
    ("MFR", "Master Fire and Smoke Restorer"),
    ("RT", "Registered Technician"),
]


def fill(d):
    from datetime import date

    from corpus.formats import fmt_date

    r = d.rng
    credit = d.credit
    hands_on = round(credit * r.choice([0.25, 0.5, 0.5, 0.75]) * 2) / 2
    if hands_on in (0, credit):
        hands_on = 0.5 if credit > 0.5 else 0
    dob = date(r.randrange(1958, 2001), r.randrange(1, 13), r.randrange(1, 29))
    code, level = d.pick(LEVELS)
    a4 = d.chance(0.5)
    band_h = d.pick([150, 170, 190])
    return {
        "face": d.fonts[d.pick(["serif", "serif", "sans"])],
        "band_h": band_h,
        "t1_top": band_h // 2 - 42,
        "t2_top": band_h // 2 - 18,
        "band_small": d.pick(["Continuing Education", "Professional Development", "CE Tracking"]),
        "band_big": d.pick(["Training Certificate", "Certificate of Training", "CE Certificate"]),
        "first_gap": 44 if a4 else 36,
        "gap": d.pick([18, 22, 26]),
        "org": d.provider(),
        "sponsor": f"{r.randrange(100, 999)}",
        "name": d.name(d.pick(["plain", "plain", "upper", "last_first"])),
        "cert": f"{r.randrange(100000, 999999)}",
        "level": f"{code} ({level})",
        "dob": fmt_date(dob, "us_numeric"),
        "lead": d.pick(
            [
                "successfully completed the following Continuing Education Course:",
                "has successfully completed the following Continuing Education Course:",
            ]
        ),
        "title": d.title(d.pick(["plain", "plain", "with_code"])),
        "course_no": d.approval(),
        "hours": d.hours_number(),
        "unit": d.pick(["CECs", "CE Hours", "Credit Hours"]),
        "split": f"{hands_on:g}",
        "split_label": d.pick(["Hands-on", "Lab", "Field"]),
        "date": d.date(d.pick(["us_numeric", "long", "short_month", "iso"])),
        "foot": d.pick(
            [
                f"Printed {d.other_date('print', 'us_numeric')} from the CE registry. "
                "Retain this certificate for your records.",
                "This certificate is generated from the sponsor's roster. Keep it for four years.",
            ]
        ),
    }
