"""A patterned border (a repeating geometric tile) round a white panel with a
double-ruled inner box, an uppercase Georgia-style heading, a subheading with
a double underline, a round badge bottom-left and an ID box bottom-right."""

SOURCE = "makasso/didacticiel:resources/views/certficate/index.blade.php"
KIND = "course"
PAPER = "a4-landscape"
CATEGORIES = ("ornate", "seal", "landscape", "labelled", "pattern")

TEMPLATE = """<style>
.pat { position:absolute; inset:0; background-color:${light};
  background-image: repeating-linear-gradient(0deg, ${rule} 0 3px, transparent 3px 16px),
                    repeating-linear-gradient(90deg, ${rule} 0 3px, transparent 3px 16px); }
.content { position:absolute; left:40px; top:40px; right:40px; bottom:40px; background:#fff; border:4px solid ${rule} }
.inner { border:4px solid ${rule}; margin:14px; height:calc(100% - 28px); text-align:center; padding:30px 60px; font-family:${serif} }
h1 { text-transform:uppercase; font-size:46px; margin:10px 0 0; letter-spacing:2px }
h2 { font-size:24px; display:inline-block; border-bottom:3px double ${rule}; padding-bottom:4px; margin:6px 0 }
.nm { font-size:34px; font-weight:bold; margin-top:26px } .p { font-size:17px; margin:12px 0 }
.badge { position:absolute; left:44px; bottom:40px; width:120px; height:120px; border-radius:50%; background:${rule};
  color:#fff; font: bold 13px ${sans}; display:flex; align-items:center; justify-content:center; text-align:center }
.idbox { position:absolute; right:44px; bottom:48px; border:1px solid #999; padding:8px 12px; font: 11px ${sans}; text-align:left }
</style>
<div class="pat"></div>
<div class="content"><div class="inner">
 <h1>${heading}</h1>
 <h2>${sub}</h2>
 <div class="p">${certify}</div>
 <div class="nm">${name}</div>
 <div class="p">${completed}</div>
 <div class="p" style="font-size:24px"><b>${title}</b></div>
 <div class="p">${org_line}</div>
 <div class="badge">${badge_html}</div>
 <div class="idbox">Certificate ID: ${number}<br>Date: ${date}<br>${hours}</div>
</div></div>
"""


def fill(d):
    hours = d.hours(d.pick(["cecs_colon", "credit_hours", "iicrc_cec"]))
    return {
        "rule": d.pick(["#176B87", "#991B1B", "#3f5e2a", "#5b4a8a"]),
        "heading": d.pick(["Certificate", "Certificate of Completion"]),
        "sub": d.pick(["Continuing Education", "of Professional Training", "Technician Training"]),
        "certify": d.pick(["This is to certify that", "This certificate is awarded to"]),
        "name": d.name(),
        "completed": d.pick(["has successfully completed", "has completed the course"]),
        "title": d.title(),
        "org_line": d.pick(["offered through ", "presented by ", "conducted by "]) + d.provider(),
        "badge_html": d.pick(["IICRC<br>APPROVED", "CE<br>CREDIT", "CERTIFIED"]),
        "number": d.number(),
        "date": d.date(),
        "hours": hours,
    }
