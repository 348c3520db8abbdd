"""A TikZ-drawn workshop certificate: a thick outer rule, a lighter inner rule
and a dotted third rule inside it, three logo boxes across the top (the
school's in the middle), a huge bold title, the name in the accent colour,
the course in large bold, the days it ran, and three trainers' names with
their titles side by side above an italic footer line carrying the hours."""

SOURCE = "Pixalesce/Latex-Certificate-Generator:certificate.tex"
KIND = "course"
PAPER = ["a4-landscape", "letter-landscape"]
CATEGORIES = (
    "ornate",
    "sentence",
    "landscape",
    "date-range",
    "distractor-person",
    "provider-in-logo",
    "tiny-footer",
)

TEMPLATE = """<style>
.r1 { position:absolute; inset:48px; border:5px solid ${dark} }
.r2 { position:absolute; inset:58px; border:2px solid ${accent} }
.r3 { position:absolute; inset:67px; border:1px dotted ${dark} }
.w { position:absolute; inset:80px 96px 84px; display:flex; flex-direction:column; justify-content:space-between; text-align:center; font-family:'Latin Modern Roman', ${serif}; color:#111 }
.logos { display:flex; justify-content:space-between; align-items:flex-start; height:92px }
.lg { width:150px; height:62px; border:1.5px solid #777; color:#555; font:bold 12px ${sans};
  display:flex; align-items:center; justify-content:center; padding:4px; text-transform:uppercase; letter-spacing:1px }
.lg.c { width:260px; height:84px; border:2px solid ${dark}; color:${dark}; font:bold 16px ${serif}; text-transform:none; letter-spacing:0; margin-top:14px }
.t { font-size:40px; font-weight:bold; margin-top:8px }
.p { font-size:17px; margin-top:6px }
.n { font-size:42px; font-weight:bold; color:${dark} }
.f { font-size:17px } .c { font-size:27px; font-weight:bold; margin:10px 0 8px } .d { font-size:17px }
.sg { display:flex; justify-content:space-around }
.sg div { width:28%; font-size:18px; font-weight:bold; border-top:1px solid #333; padding-top:5px } .sg small { display:block; font-size:13px; font-weight:normal; margin-top:2px }
.ft { font-size:12px; font-style:italic; color:#333 }
</style>
<div class="r1"></div><div class="r2"></div><div class="r3"></div>
<div class="w">
 <div class="logos"><div class="lg">${left_logo}</div><div class="lg c">${org}</div><div class="lg">${right_logo}</div></div>
 <div><div class="t">${heading}</div>
 <div class="p">${presented}</div></div>
 <div class="n">${name}</div>
 <div><div class="f">${for_line}</div>
 <div class="c">${title}</div>
 <div class="d">${range_line}</div></div>
 <div class="sg"><div>${t1}<small>${t1r}</small></div><div>${t2}<small>${t2r}</small></div><div>${t3}<small>${t3r}</small></div></div>
 <div class="ft">${footer}</div>
</div>
"""


def fill(d):
    org = d.provider()
    name = d.name(d.pick(["plain", "plain", "upper"]))
    title = d.title()
    rng = d.date_range(d.pick([1, 2, 2, 3]))
    hours = d.hours(d.pick(["cec_hours", "iicrc_cec", "words_cec", "hours_title"]))
    approval = d.approval() if d.chance(0.5) else None
    foot = (
        f"This course carries {hours}." if not hours[0].isupper() else f"Credit awarded — {hours}."
    )
    if approval:
        foot += f" IICRC approved course no. {approval}."
    return {
        "left_logo": d.pick(["IICRC Approved School", "Hands-On Lab", "CEC Approved"]),
        "right_logo": d.pick(["Training Partner", "Member · RIA", "Field Training"]),
        "org": org,
        "heading": d.pick(
            ["Certificate of Completion", "Certificate of Achievement", "Workshop Certificate"]
        ),
        "presented": d.pick(
            ["This certificate is proudly presented to", "This certificate is awarded to"]
        ),
        "name": name,
        "for_line": d.pick(
            [
                "for successfully completing the classroom and hands-on training in",
                "for demonstrating proficiency in the course",
                "for completing all requirements of",
            ]
        ),
        "title": title,
        "range_line": f"{d.pick(['held', 'from', 'conducted'])} {rng}.",
        "t1": d.person(),
        "t1r": "Lead Instructor",
        "t2": d.person(),
        "t2r": d.pick(["Co-Instructor", "Lab Instructor", "Guest Trainer"]),
        "t3": d.person(),
        "t3r": d.pick(["Director of Education", "Program Coordinator", "School Owner"]),
        "footer": foot,
    }
