"""A pre-printed form filled by a program that places each value at fixed
coordinates over the artwork: name and course on ruled lines, and the date
split into separate boxes for day, month and year."""

SOURCE = "david-kocharyan/tahweel:resources/views/certificate/certificate_1.blade.php"
KIND = "course"
PAPER = ["a4-landscape", "letter-landscape"]
CATEGORIES = ("labelled", "table", "landscape", "ornate", "distractor-person")

TEMPLATE = """<style>
.art { position:absolute; inset:0; background: linear-gradient(90deg, ${light} 0 20px, transparent 20px) 0 0/40px 100%, #fff; border:16px solid ${dark} }
.ttl { position:absolute; top:60px; width:100%; text-align:center; font: bold 40px ${display}; color:${dark} }
.org { position:absolute; top:118px; width:100%; text-align:center; font: 16px ${sans}; color:#555 }
.lb { position:absolute; font: 15px ${sans}; color:#555 } .ln { position:absolute; border-bottom:1px solid #999; height:34px }
.v { position:absolute; font: 26px ${face}; color:#696d70; display:flex; align-items:flex-end; height:34px }
.bx { position:absolute; width:38px; height:40px; border:1px solid #999; font: 24px ${face}; color:#696d70; display:flex; align-items:center; justify-content:center }
</style>
<div class="art"></div>
<div class="ttl">${heading}</div><div class="org">${org}</div>
<div class="lb" style="left:100px;top:215px">${name_label}</div><div class="ln" style="left:300px;right:100px;top:200px"></div>
<div class="v" style="left:310px;top:198px">${name}</div>
<div class="lb" style="left:100px;top:285px">${course_label}</div><div class="ln" style="left:300px;right:100px;top:270px"></div>
<div class="v" style="left:310px;top:268px;font-size:21px">${title}</div>
<div class="lb" style="left:100px;top:360px">${date_label}</div>
${boxes_html}
<div class="lb" style="left:680px;top:360px">${hours_label}</div>
<div class="bx" style="left:800px;top:350px;width:70px">${hours}</div>
<div class="lb" style="left:100px;top:470px">Instructor: ${instructor}</div>
<div class="lb" style="left:100px;top:500px">Certificate No. ${number}</div>
"""


def fill(d):
    c = d.completed
    digits = (
        f"{c.day:02d}{c.month:02d}{c.year}"
        if d.chance(0.4)
        else f"{c.month:02d}{c.day:02d}{c.year}"
    )
    order = (
        "DD MM YYYY"
        if digits[:2] == f"{c.day:02d}" and digits[2:4] == f"{c.month:02d}"
        else "MM DD YYYY"
    )
    d.put("completion_date", c.isoformat(), " ".join(digits))
    boxes, x = [], 260
    for i, ch in enumerate(digits):
        if i in (2, 4):
            x += 14
        boxes.append(f'<div class="bx" style="left:{x}px;top:350px">{ch}</div>')
        x += 40
    boxes.append(f'<div class="lb" style="left:260px;top:396px;font-size:10px">{order}</div>')
    return {
        "face": d.fonts[d.pick(["serif", "sans", "hand"])],
        "heading": d.pick(["Certificate of Training", "Training Certificate"]),
        "org": d.provider(),
        "name_label": d.pick(["Name of participant", "Trainee"]),
        "name": d.name("plain"),
        "course_label": d.pick(["Course", "Training program"]),
        "title": d.title(d.pick(["plain", "with_code"])),
        "date_label": d.pick(["Date completed", "Date"]),
        "boxes_html": "".join(boxes),
        "hours_label": d.pick(["Hours", "CEC hours"]),
        "hours": d.hours_number(),
        "instructor": d.person(),
        "number": d.number(),
    }
