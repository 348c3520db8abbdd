"""A training school's diploma, portrait, set like a college degree: a heavy
black rule with a hairline inside it, the school's name in spaced capitals
over its city as the heading, a round emblem, "This is to certify that",
the graduate's name in a large script, then a formal sentence that carries
the clock hours of instruction and the examination passed before the
course title set large, a line with the practical assessment result, the
place and the date written out in words; at the foot two signatures (the
director of training and the lead instructor) either side of a gold foil
seal with ribbon tails, and a student number and diploma number in small
capitals along the bottom edge."""

SOURCE = "Femscode/cdsnysc:resources/views/frontend/certificate.blade.php"
KIND = "course"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "portrait",
    "ornate",
    "script-name",
    "sentence",
    "hours-in-sentence",
    "date-words",
    "seal",
    "distractor-person",
)

TEMPLATE = """<style>
.o { position:absolute; inset:26px; border:${rule}px solid ${ink} }
.i { position:absolute; inset:${inner}px; border:1px solid ${ink} }
.cn { position:absolute; width:34px; height:34px; border:2px solid ${gold} }
.w { position:absolute; left:70px; right:70px; top:78px; bottom:60px; text-align:center; font-family:${face}; color:#151515 }
.school { font: bold 25px ${head}; letter-spacing:3px; text-transform:uppercase; line-height:32px; color:${ink} }
.town { font: 14px ${face}; letter-spacing:4px; text-transform:uppercase; color:#444; margin-top:4px }
.em { width:96px; height:96px; margin:30px auto 0; border-radius:50%; border:3px double ${ink}; display:flex;
  align-items:center; justify-content:center; font: bold 24px ${head}; color:${ink}; letter-spacing:1px }
.cert { font-size:18px; margin-top:${gap1}px; font-style:italic }
.nm { font: ${nsize}px ${script}; margin:16px 0 8px; line-height:1.25; color:#111 }
.body { font-size:17px; line-height:28px; margin:18px auto 0; width:88% }
.crs { font: bold ${csize}px ${head}; margin:${gap2}px auto 0; line-height:1.25; width:92%; color:${ink} }
.div { font-size:15px; margin-top:14px; font-style:italic }
.dt { font-size:17px; margin-top:${gap3}px; line-height:25px }
.ft { position:absolute; left:0; right:0; bottom:70px; display:flex; justify-content:space-between; align-items:flex-end }
.sg { width:34%; font-size:13px; line-height:17px }
.sg .h { font: 28px ${hand}; color:#1b2a6b; height:36px; white-space:nowrap; overflow:visible }
.sg .l { border-top:1px solid #222; padding-top:4px }
.seal { position:relative; width:124px; height:150px }
.seal .t1, .seal .t2 { position:absolute; top:84px; width:26px; height:62px; background:${ribbon} }
.seal .t1 { left:34px; transform:rotate(16deg) } .seal .t2 { right:34px; transform:rotate(-16deg) }
.seal .d { position:absolute; left:4px; top:0; width:116px; height:116px; border-radius:50%;
  background:radial-gradient(circle, #f3d77a 0%, #d9b144 55%, #a9801c 100%); border:5px dotted #8f6b12;
  display:flex; align-items:center; justify-content:center }
.seal .d span { width:76px; height:76px; border-radius:50%; border:1.5px solid #7a5a0e; font: bold 15px ${head};
  color:#6b4e0b; display:flex; align-items:center; justify-content:center; line-height:17px }
.no { position:absolute; left:0; right:0; bottom:6px; display:flex; justify-content:space-between; font-size:11.5px;
  letter-spacing:1.5px; text-transform:uppercase; color:#333 }
</style>
<div class="o"></div><div class="i"></div>
<div class="cn" style="left:${cn}px; top:${cn}px; border-right:0; border-bottom:0"></div>
<div class="cn" style="right:${cn}px; top:${cn}px; border-left:0; border-bottom:0"></div>
<div class="cn" style="left:${cn}px; bottom:${cn}px; border-right:0; border-top:0"></div>
<div class="cn" style="right:${cn}px; bottom:${cn}px; border-left:0; border-top:0"></div>
<div class="w">
 <div class="school">${org}</div>
 <div class="town">${town}</div>
 <div class="em">${initials}</div>
 <div class="cert">${certify}</div>
 <div class="nm">${name}</div>
 <div class="body">${before}${hours}${after}</div>
 <div class="crs">${title}</div>
 <div class="div">${result}</div>
 <div class="dt">${given} ${date}</div>
 <div class="ft">
  <div class="sg"><div class="h">${left_sig}</div><div class="l">${left_sig}<br>${left_role}</div></div>
  <div class="seal"><div class="t1"></div><div class="t2"></div><div class="d"><span>${seal_text_html}</span></div></div>
  <div class="sg"><div class="h">${right_sig}</div><div class="l">${right_sig}<br>${right_role}</div></div>
 </div>
 <div class="no"><span>${sno_label}: <b>${sno}</b></span><span>${dno_label}: <b>${dno}</b></span></div>
</div>
"""
SENTENCES = [
    (
        "having attended ",
        " clock hours of classroom and hands-on instruction and passed the prescribed "
        "written and practical examinations, is hereby awarded this Diploma in",
    ),
    (
        "having satisfactorily completed a course of study of ",
        " hours in theory and practice, and having met every requirement of the school, "
        "has been admitted to the Diploma in",
    ),
    (
        "having fulfilled the attendance requirement of ",
        " hours of instruction and passed the final examination, has been granted "
        "this Diploma of Completion in",
    ),
]


def fill(d):
    r = d.rng
    org = d.provider()
    words = [w for w in org.replace(",", "").split() if w[:1].isupper()]
    initials = "".join(w[0] for w in words[:3])
    before, after = d.pick(SENTENCES)
    if d.credit < 7:  # a diploma course runs for days, not an hour
        d.credit = d.pick([14, 16, 21, 24, 28])
    script_fallback = ", 'Z003', 'Dancing Script', cursive"
    year = d.completed.year
    name = d.name("plain")
    return {
        "face": d.fonts["serif"],
        "head": d.fonts[d.pick(["display", "serif"])],
        "script": d.fonts["script"].replace(", cursive", script_fallback),
        "hand": d.fonts["hand"].replace(", cursive", script_fallback),
        "ink": d.pick(["#111111", "#1f3a5f", "#3d2b1f", "#0b3d2e"]),
        "gold": d.pick(["#b8860b", "#a67c00", "#9c6644"]),
        "ribbon": d.pick(["#8b0000", "#1f3a5f", "#0b3d2e"]),
        "rule": d.pick([4, 5, 6]),
        "inner": d.pick([34, 36]),
        "cn": 44,
        "gap1": d.pick([44, 56]),
        "gap2": d.pick([24, 32]),
        "gap3": d.pick([36, 48]),
        "nsize": 46 if len(name) < 24 else 38,
        "csize": d.pick([25, 27]),
        "org": org,
        "town": d.city(),
        "initials": initials,
        "certify": d.pick(["This is to certify that", "Be it known that", "This certifies that"]),
        "name": name,
        "before": before,
        "hours": d.hours_number(),
        "after": after,
        "title": d.title(d.pick(["plain", "plain", "with_code"])),
        "result": d.pick(
            [
                "(Practical assessment: Passed with Merit)",
                "(Written examination and practical assessment: Passed)",
                "(Hands-on evaluation: Satisfactory)",
            ]
        ),
        "given": d.pick(["Given on", "Awarded on", "Conferred on"]),
        "date": d.date(d.pick(["words", "words", "words", "ordinal"])),
        "left_sig": d.person(),
        "left_role": d.pick(["Director of Training", "President", "Registrar"]),
        "right_sig": d.person(),
        "right_role": d.pick(["Lead Instructor", "Chief Examiner", "IICRC Approved Instructor"]),
        "seal_text_html": f"{initials}<br>{year}",
        "sno_label": d.pick(["Student number", "Matriculation no.", "Student ID"]),
        "sno": f"{year - r.randrange(0, 2)}/{r.randrange(1000, 9999)}",
        "dno_label": d.pick(["Diploma no.", "Certificate no."]),
        "dno": f"D-{r.randrange(10000, 99999)}",
    }
