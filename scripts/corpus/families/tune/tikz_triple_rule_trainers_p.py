"""A certificate typeset the LaTeX way and drawn with TikZ: three nested
frames (a heavy coloured rule, a lighter one, a dotted one), three logos
across the top at different heights (a partner, the school in the middle,
a sponsor), a huge bold heading, "proudly presented to" over the name in
large coloured bold, a sentence about the hands-on course with its title on
its own line and the dates as a span with the credit, then a row of three
trainers' names in bold with their titles, and an italic footnote."""

SOURCE = "Pixalesce/Latex-Certificate-Generator:certificate.tex"
KIND = "course"
PAPER = ["a4-landscape", "letter-landscape"]
CATEGORIES = (
    "landscape",
    "sentence",
    "date-range",
    "distractor-person",
    "distractor-org",
    "provider-in-logo",
    "tiny-footer",
)

TEMPLATE = """<style>
.f1 { position:absolute; inset:48px; border:4px solid ${ink} }
.f2 { position:absolute; inset:58px; border:1.5px solid ${ink_light} }
.f3 { position:absolute; inset:67px; border:1px dotted ${ink} }
.w { position:absolute; inset:67px; font-family:${face}; color:#111; text-align:center }
.lgl { position:absolute; left:150px; top:22px; width:150px; text-align:center; font: 11px ${sans}; color:#444 }
.lgc { position:absolute; left:0; right:0; top:40px; text-align:center }
.lgr { position:absolute; right:100px; top:8px; width:130px; text-align:center; font: 10.5px ${sans}; color:#444 }
.sq { width:50px; height:50px; margin:8px auto 16px; border:3px solid #555; transform:rotate(45deg); display:flex; align-items:center; justify-content:center }
.sq b { transform:rotate(-45deg); font: bold 14px ${sans}; color:#555 }
.hx { width:76px; height:76px; margin:0 auto 4px; border-radius:50%; background:#777; color:#fff; display:flex; align-items:center; justify-content:center; font: bold 14px ${sans}; text-align:center; line-height:15px }
.cm { display:inline-block; width:66px; height:66px; border-radius:50%; background:${ink}; color:#fff; font: bold 24px ${face}; line-height:66px }
.cn { font: bold 14px ${sans}; letter-spacing:1px; color:${ink}; margin-top:4px }
h1 { position:absolute; left:0; right:0; top:146px; margin:0; font: bold 42px ${face} }
.pr { position:absolute; left:0; right:0; top:214px; font-size:17px }
.nm { position:absolute; left:0; right:0; top:250px; font: bold ${name_size}px ${face}; color:${ink}; white-space:nowrap }
.bd { position:absolute; left:60px; right:60px; top:350px; font-size:17px; line-height:26px }
.bd .t { display:block; font: bold 28px ${face}; line-height:34px; margin:10px 0 10px }
.tr { position:absolute; left:40px; right:40px; bottom:66px; display:flex; justify-content:space-around }
.tr div { width:30%; font-size:13px; color:#333 } .tr b { display:block; font-size:18px; color:#111; margin-bottom:2px }
.fn { position:absolute; left:60px; right:60px; bottom:20px; font: italic 11px ${face}; color:#444 }
</style>
<div class="f1"></div><div class="f2"></div><div class="f3"></div>
<div class="w">
 <div class="lgl"><div class="sq"><b>${partner_mark}</b></div>${partner}</div>
 <div class="lgc"><span class="cm">${mark}</span><div class="cn">${org}</div></div>
 <div class="lgr"><div class="hx">${sponsor_mark}</div>${sponsor}</div>
 <h1>${heading}</h1>
 <div class="pr">${presented}</div>
 <div class="nm">${name}</div>
 <div class="bd">${lead}<span class="t">${title}</span>${range_text}</div>
 <div class="tr">
  <div><b>${t1}</b>${r1}</div><div><b>${t2}</b>${r2}</div><div><b>${t3}</b>${r3}</div>
 </div>
 <div class="fn">${foot}</div>
</div>
"""

PARTNERS = [
    "Hands-On Flood House Lab",
    "Regional Water Loss Training Center",
    "Mold Remediation Field Lab",
    "Fire & Smoke Burn Cell",
]


def _mark(text):
    return "".join(w[0] for w in text.replace("&", "").split() if w[0].isupper())[:3]


def fill(d):
    from corpus import values as V

    org = d.provider()
    sponsor = d.pick([m for m, _ in V.MANUFACTURERS if m != d.org])
    partner = d.pick(PARTNERS)
    name = d.name(d.pick(["plain", "plain", "honorific"]))
    size = 50 if len(name) <= 20 else 42 if len(name) <= 27 else 36
    range_text = d.pick(["from ", "held ", "conducted "]) + d.date_range(d.pick([1, 2, 2, 3]))
    hours = d.hours(d.pick(["cec_hours", "words", "hours_title", "contact_and_cec"]))
    range_text += d.pick([f", for a total of {hours}.", f" ({hours})."])
    roles = d.rng.sample(
        [
            "Lead Instructor",
            "IICRC Approved Instructor",
            "Lab Instructor",
            "Guest Trainer",
            "Director of Education",
            "Training Coordinator",
        ],
        3,
    )
    return {
        "face": d.fonts[d.pick(["serif", "serif", "display"])],
        "ink": d.pick(["#32639a", "#1f3a5f", "#5b2333", "#0b3d2e", "#3d2b1f"]),
        "ink_light": d.pick(["#98b1cc", "#a9a9a9", "#c7b299"]),
        "partner_mark": _mark(partner),
        "partner": partner,
        "mark": _mark(org),
        "org": org,
        "sponsor_mark": _mark(sponsor),
        "sponsor": f"Sponsored by {sponsor}",
        "heading": d.pick(
            ["Certificate of Completion", "Certificate of Training", "Certificate of Proficiency"]
        ),
        "presented": d.pick(
            ["This certificate is proudly presented to", "This certificate is awarded to"]
        ),
        "name": name,
        "name_size": str(size),
        "lead": d.pick(
            [
                "for demonstrating proficiency in the hands-on restoration course",
                "for completing the classroom and lab requirements of",
                "for successfully completing the training course",
            ]
        ),
        "title": d.title(d.pick(["plain", "with_code", "code_first"])),
        "range_text": range_text,
        "t1": d.person(),
        "r1": roles[0],
        "t2": d.person(),
        "r2": roles[1],
        "t3": d.person(),
        "r3": roles[2],
        "foot": d.pick(
            [
                f"Certificate no. {d.number()}. Keep this certificate for your renewal records; "
                "duplicates are available from the school for three years.",
                "Classroom attendance was verified each day. Exam results are reported separately "
                "by the certifying body.",
                f"Lab equipment courtesy of {sponsor}. This certificate does not grant a license.",
            ]
        ),
    }
