"""A landscape certificate from a LaTeX memoir document whose page border
is drawn by the background package with TikZ: the whole page tinted silver
grey, a heavy black rectangle and a thinner one inside it near the page
edge, and on the white field within, corner fleurons (pgfornament style).
Small caps line naming the school at the top, a large display heading, the
holder's name in a script face on a rule, a running sentence ("is hereby
recognized for ...") with the course in small caps, then a centred line
of labelled facts (credit hours, date, approval number), and two signature
blocks with names and titles at the bottom corners."""

SOURCE = "wording of a TikZ page-border certificate in the LaTeX memoir class (background package, silvergray page, 5pt and 2pt rectangles)"
KIND = "course"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "ornate",
    "script-name",
    "landscape",
    "sentence",
    "distractor-person",
    "provider-in-logo",
)

TEMPLATE = """<style>
.pg { position:absolute; inset:0; background:#d9d9d9 }
.r1 { position:absolute; inset:34px; border:5px solid #111 }
.r2 { position:absolute; inset:42px; border:2px solid #111; background:#fff }
.fl { position:absolute; width:70px; height:70px; font: 64px ${serif}; color:${col}; line-height:70px; text-align:center }
.tl { left:52px; top:48px } .tr { right:52px; top:48px; transform:scaleX(-1) }
.bl2 { left:52px; bottom:48px; transform:scaleY(-1) } .br { right:52px; bottom:48px; transform:scale(-1,-1) }
.c { position:absolute; left:130px; right:130px; text-align:center; font-family:${serif}; color:#111 }
.sc { font-variant:small-caps; letter-spacing:2px; font-size:19px; color:${col} }
h1 { margin:0; font: 50px ${display}; letter-spacing:1px }
.nm { font: ${name_size}px ${script}; line-height:1.1; border-bottom:1px solid #444; display:inline-block; padding:0 40px }
.sn { font-size:19px; line-height:29px }
.sn span { font-variant:small-caps; font-size:22px; letter-spacing:.5px }
.facts { font-size:15px; color:#222; word-spacing:2px }
.facts b { font-weight:600 }
.sig { position:absolute; bottom:128px; width:270px; text-align:center; font: 14px ${serif}; color:#222 }
.sig div { border-top:1px solid #333; margin-bottom:3px }
.sig b { display:block; font-size:16px }
.s1 { left:150px } .s2 { right:150px }
</style>
<div class="pg"></div><div class="r1"></div><div class="r2"></div>
<div class="fl tl">❦</div><div class="fl tr">❦</div><div class="fl bl2">❦</div><div class="fl br">❦</div>
<div class="c sc" style="top:84px">${provider}</div>
<div class="c" style="top:122px"><h1>${heading}</h1></div>
<div class="c" style="top:204px;font-size:17px;font-style:italic">${presented}</div>
<div class="c" style="top:236px"><span class="nm">${name}</span></div>
<div class="c sn" style="top:${sn_top}px">${recog} <span>${title}</span>${tail}</div>
<div class="c facts" style="top:${facts_top}px"><b>${l_hours}</b> ${hours} &nbsp;·&nbsp; <b>${l_date}</b> ${date} &nbsp;·&nbsp; <b>${l_appr}</b> ${approval}</div>
<div class="sig s1"><div></div><b>${s1}</b>${r1}</div>
<div class="sig s2"><div></div><b>${s2}</b>${r2}</div>
"""


def fill(d):
    name = d.name(d.pick(["plain", "plain", "honorific"]))
    hours_style = d.pick(["bare", "cecs", "credit_hours"])
    if hours_style == "bare":
        l_hours, hours = d.pick(["Credit hours:", "CEC hours:", "Hours:"]), d.hours_number()
    else:
        l_hours, hours = "", d.hours(hours_style)
    return {
        "serif": d.fonts["serif"],
        "display": d.fonts["display"],
        "script": d.fonts["script"],
        "col": d.pick(["#5b2333", "#1f3a5f", "#3d2b1f", "#0b3d2e"]),
        "provider": d.provider(),
        "heading": d.pick(
            [
                "Certificate of Achievement",
                "Certificate of Completion",
                "Certificate of Recognition",
            ]
        ),
        "presented": d.pick(
            ["This certificate is presented to", "Be it known that", "Presented to"]
        ),
        "name": name,
        "name_size": 52 if len(name) <= 22 else 42,
        "sn_top": 330,
        "recog": d.pick(
            [
                "is hereby recognized for completing the course",
                "in recognition of the successful completion of",
                "for having satisfied every requirement of",
            ]
        ),
        "title": d.title(d.pick(["plain", "plain", "with_code"])),
        "tail": d.pick(
            [".", ", classroom and practical portions.", ", including the written examination."]
        ),
        "facts_top": 430,
        "l_hours": l_hours,
        "hours": hours,
        "l_date": d.pick(["Date:", "Completed:", "Awarded:"]),
        "date": d.date(d.pick(["dmy_long", "long", "ordinal", "short_month"])),
        "l_appr": d.pick(["Approval no.", "IICRC approval", "Course no."]),
        "approval": d.approval(),
        "s1": d.person(),
        "r1": d.pick(["Instructor", "Approved Instructor", "Lab Instructor"]),
        "s2": d.person(),
        "r2": d.pick(["Director of Education", "President", "School Director"]),
    }
