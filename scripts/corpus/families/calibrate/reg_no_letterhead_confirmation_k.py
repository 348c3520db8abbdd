"""A letter printed on a bordered letterhead: a small registration number top
left, a logo block beside the organisation's name large and coloured with a
line under it naming its training centre, a coloured bar with the address,
"Ref. No." and "Date" on one row over a rule, then "Dear ..." and running
paragraphs certifying that the person completed a course held over a span of
days at a location, with the credit, the trainer's name and signature, and a
footer rule with phone, e-mail and web. The provider is named only in the
letterhead; the values only inside sentences."""

SOURCE = (
    "f4r424hm3d/scholarship.gyandeep.ngo:resources/views/admin/print-letter.blade.php "
    "(letterhead, ref/date row, footer); wording after http://www.vi-institute.org/vicertificate "
    '("This certifies that ... completed ... course", location, dates, CEU/PDH, trainer\'s signature)'
)
KIND = "course"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "letter",
    "sentence",
    "provider-in-logo",
    "date-range",
    "portrait",
    "distractor-person",
    "distractor-date",
    "address",
)

TEMPLATE = """<style>
.t { position:absolute; inset:34px 40px; border:1px solid rgba(0,0,0,0.18); font-family:${sans}; color:#111 }
.rg { font: bold 11px ${sans}; padding:9px 12px 0 }
.hd { display:flex; align-items:center; gap:16px; padding:6px 16px 10px }
.lg { width:86px; height:70px; border:3px solid ${brand}; color:${brand}; display:flex; align-items:center;
  justify-content:center; font: bold 26px ${display}; flex:none }
.nmw { flex:1; text-align:center } .nm { font: bold ${org_size} ${display}; color:${brand}; line-height:1.15 }
.nmw .sub { font-size:12.5px; margin-top:3px; letter-spacing:1px }
.bar { background:${brand}; color:#fff; font-size:11.5px; text-align:center; padding:5px 8px }
.rd { display:flex; justify-content:space-between; font-size:13px; padding:13px 18px; border-bottom:1px solid #000 }
.bd { padding:20px 22px; font: 14px ${serif}; line-height:22px } .bd p { margin:0 0 13px }
.nw { white-space:nowrap }
.sg { margin-top:24px } .sg i { display:block; font: 27px ${hnd}; color:#1d2f7a; line-height:32px }
.ft { position:absolute; left:0; right:0; bottom:0; border-top:1px solid #000; text-align:center; font-size:11px; padding:8px; line-height:15px }
</style>
<div class="t">
 <div class="rg">${reg_label} ${reg_no}</div>
 <div class="hd"><div class="lg">${initials}</div>
  <div class="nmw"><div class="nm">${org}</div><div class="sub">${sub}</div></div></div>
 <div class="bar">${street}, ${town}</div>
 <div class="rd"><span>Ref. No. ${ref}</span><span>Date: ${letter_date}</span></div>
 <div class="bd">
  <p>Dear ${dear},</p>
  <p>${p1_html}</p>
  <p>${p2_html}</p>
  <p>${p3}</p>
  <div class="sg">${closing}<i>${trainer}</i>${trainer}<br>${trainer_role}</div>
 </div>
 <div class="ft">${phone} | ${email}<br>${web}</div>
</div>
"""


def fill(d):
    import html

    def nw(text):
        return f'<span class="nw">{html.escape(text)}</span>'

    org = d.provider()
    words = [w for w in org.replace(",", "").split() if w[0].isalpha() and w[0].isupper()]
    street, town = d.address()
    name = d.name(d.pick(["plain", "plain", "honorific"]))
    title = d.title(d.pick(["plain", "with_code"]))
    span = d.date_range(d.pick([1, 2, 2, 3]))
    hours = d.hours(d.pick(["words_cec", "ceu_and_cec", "cec_hours", "contact_and_cec"]))
    trainer = d.person()
    approval = d.approval() if d.chance(0.6) else None
    p1 = (
        f"This certifies that {nw(name)} completed the {nw(title)} course, held "
        f"{nw(span)} at our {d.pick(['training centre', 'classroom and flood house', 'facility'])} "
        f"in {html.escape(town.split(',')[0])}."
    )
    p2 = f"The course was taught by {html.escape(trainer)} and is credited with {nw(hours)}."
    if approval:
        p2 += f" IICRC course approval number: {nw(approval)}."
    return {
        "brand": d.pick(["#dd3333", "#1e6091", "#2d6a4f", "#7b2d8b", "#b35900"]),
        "org_size": "30px" if len(org) < 30 else "24px",
        "reg_label": d.pick(["Reg. No.", "Lic. No.", "Co. Reg."]),
        "reg_no": f"{d.rng.randrange(10, 99)}/{d.completed.year - d.rng.randrange(3, 15)}",
        "initials": "".join(w[0] for w in words[:3]),
        "org": org,
        "sub": d.pick(
            ["RUNNING: RESTORATION TRAINING CENTRE", "IICRC APPROVED SCHOOL", "TRAINING DIVISION"]
        ),
        "street": street,
        "town": town,
        "ref": d.number(),
        "letter_date": d.other_date("issue", d.pick(["dmy_long", "long", "us_numeric"])),
        "dear": name,
        "p1_html": p1,
        "p2_html": p2,
        "p3": d.pick(
            [
                "Please keep this letter with your records as proof of attendance for your next "
                "certification renewal.",
                "We wish you every success and look forward to seeing you at a future class.",
            ]
        ),
        "closing": d.pick(["Yours sincerely,", "With regards,", "Sincerely,"]),
        "hnd": d.fonts["hand"].replace(", cursive", ", 'Z003', 'Dancing Script', cursive"),
        "trainer": trainer,
        "trainer_role": d.pick(["Lead Trainer", "IICRC Approved Instructor", "Course Instructor"]),
        "phone": d.phone(),
        "email": "office@" + d.web().removeprefix("www."),
        "web": d.web(),
    }
