"""A completion certificate made as a single beamer frame and printed: a
dark headline band with the frame title in white on the left and the
school's name in a lighter box at the right, a title-page block in the
body (the course as the title, a subtitle, the holder as "author", the
school as "institute", the day as "date"), then two coloured beamer blocks
side by side: one titled for the credit (hours and approval number as
rows), one for the instructor and where the class was held. Along the foot
the infolines footline: three coloured boxes (holder, short course name,
date and "1 / 1"), and the grey navigation symbols in the corner."""

SOURCE = "mundya/unofficial-university-of-manchester-beamer:README.md"
KIND = "course"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "landscape",
    "dark-band",
    "labelled",
    "provider-in-logo",
    "distractor-person",
)

TEMPLATE = """<style>
.hl { position:absolute; left:0; right:0; top:0; height:86px; background:${dark}; display:flex; align-items:center }
.hl .ft { flex:1; padding-left:40px; font: 32px ${face}; color:#fff }
.hl .lg { height:86px; padding:0 30px; background:${mid}; color:#fff; display:flex; align-items:center; font: bold 16px ${face}; max-width:380px; line-height:20px; text-align:right }
.tp { position:absolute; left:80px; right:80px; top:120px; text-align:center; font-family:${face} }
.tbox { background:${light}; border-radius:8px; padding:16px 20px; box-shadow: 2px 3px 4px rgba(0,0,0,.25) }
.tbox .t { font: 30px ${face}; color:${dark}; line-height:36px }
.tbox .st { font-size:17px; color:#444; margin-top:4px }
.au { font-size:24px; margin-top:20px; color:#111 }
.in { font-size:16px; margin-top:8px; color:#333 }
.dt { font-size:16px; margin-top:6px; color:#333 }
.bl { position:absolute; top:${bl_top}px; width:40%; font-family:${face}; border-radius:6px; overflow:hidden; box-shadow: 2px 3px 4px rgba(0,0,0,.25) }
.bl .bt { background:${mid}; color:#fff; padding:6px 12px; font-size:16px }
.bl .bb { background:${light}; padding:8px 12px; font-size:15px; line-height:23px; color:#111 }
.b1 { left:80px } .b2 { right:80px }
.fl { position:absolute; left:0; right:0; bottom:0; height:26px; display:flex; font: 12px ${face}; color:#fff }
.fl div { flex:1; display:flex; align-items:center; justify-content:center }
.fl .a { background:${dark} } .fl .b { background:${mid} } .fl .c { background:${pale}; color:#111; justify-content:space-between; padding:0 14px }
.nav { position:absolute; right:16px; bottom:34px; font: 12px ${sans}; color:#aaa; letter-spacing:6px }
</style>
<div class="hl"><div class="ft">${frametitle}</div><div class="lg">${provider}</div></div>
<div class="tp">
 <div class="tbox"><div class="t">${title}</div><div class="st">${subtitle}</div></div>
 <div class="au">${name}</div>
 <div class="in">${provider_again}</div>
 <div class="dt">${date}</div>
</div>
<div class="bl b1"><div class="bt">${bt1}</div><div class="bb">${hours_label} ${hours}<br>${appr_label} ${approval}</div></div>
<div class="bl b2"><div class="bt">${bt2}</div><div class="bb">${inst_label} ${instructor}<br>${loc_label} ${location}</div></div>
<div class="fl"><div class="a">${name_foot}</div><div class="b">${short}</div><div class="c"><span>${date_foot}</span><span>1 / 1</span></div></div>
<div class="nav">◂ ▸ ◂◂ ▸▸ ≡</div>
"""

SCHEMES = [
    ("#660099", "#8a3ab9", "#ece3f3", "#d8c9e6"),
    ("#1f3a5f", "#3a5f8f", "#e7edf5", "#c9d6e6"),
    ("#0b3d2e", "#2d6a4f", "#e6f0ea", "#c5dccf"),
    ("#3b3b3b", "#c55a11", "#f3ece6", "#e5d4c4"),
]


def fill(d):
    dark, mid, light, pale = d.pick(SCHEMES)
    org = d.provider()
    title = d.title(d.pick(["plain", "plain", "code_first"]))
    name = d.name(d.pick(["plain", "plain", "upper"]))
    date = d.date(d.pick(["long", "dmy_long", "weekday", "short_month"]))
    short = d.code or title.split(":")[0][:28]
    return {
        "face": d.pick(["'Latin Modern Sans', 'Nimbus Sans', sans-serif", d.fonts["sans"]]),
        "dark": dark,
        "mid": mid,
        "light": light,
        "pale": pale,
        "frametitle": d.pick(["Certificate of Completion", "Course Completion", "Certificate"]),
        "provider": org,
        "title": title,
        "subtitle": d.pick(
            [
                "Continuing education course for restoration technicians",
                "Classroom course with practical lab",
                "Approved continuing education",
            ]
        ),
        "name": name,
        "provider_again": org,
        "date": date,
        "bl_top": d.pick([430, 440]),
        "bt1": d.pick(["Credit awarded", "Continuing education credit"]),
        "hours_label": d.pick(["Hours:", "CEC:", "Credit:"]),
        "hours": d.hours(d.pick(["cec_hours", "cecs", "hrs", "contact_and_cec"])),
        "appr_label": d.pick(["Approval no.:", "Course approval:"]),
        "approval": d.approval(),
        "bt2": d.pick(["Delivered by", "Class details"]),
        "inst_label": "Instructor:",
        "instructor": d.person(),
        "loc_label": d.pick(["Location:", "Held at:"]),
        "location": d.pick([d.city(), d.venue()]),
        "name_foot": name,
        "short": short,
        "date_foot": date,
    }
