"""Two nested grey borders, an emblem at the top, a large title, "presented
to" in a big size, the student's name larger still, the course beneath, and
signature lines whose names carry a degree or post-nominal."""

SOURCE = "shafi0313/blri-learn:resources/views/user/certificate/css.blade.php"
KIND = "course"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = ("ornate", "landscape", "sentence", "distractor-person", "seal")

TEMPLATE = """<style>
.c1 { position:absolute; inset:26px; border:2px solid #b8b6b6; } .c2 { position:absolute; inset:38px; border:2px solid #b8b6b6;
  background: radial-gradient(circle at 50% 55%, ${light} 0 240px, transparent 241px); text-align:center; font-family:${serif} }
.em { width:86px; height:86px; margin:26px auto 8px; border-radius:50%; border:5px solid ${accent}; background:${light};
  font: bold 11px ${sans}; color:${accent}; display:flex; align-items:center; justify-content:center }
.title { font-size:44px } .to { font-size:26px; margin-top:8px } .st { font-size:40px; font-family:${script}; margin:6px 0 }
.co { font-size:22px; margin:0 90px } .mt { font-size:16px; margin-top:10px }
.sg { position:absolute; bottom:40px; left:80px; right:80px; display:flex; justify-content:space-between }
.sg div { border-top:1px solid #000; font-size:15px; width:250px; padding-top:4px; line-height:20px }
</style>
<div class="c1"></div>
<div class="c2">
 <div class="em">${emblem}</div>
 <div class="title">${heading}</div>
 <div class="to">${presented}</div>
 <div class="st">${name}</div>
 <div class="co">${course_line}</div>
 <div class="mt">${meta}</div>
 <div class="sg"><div>${sig1}<br>${deg1}</div><div>${sig2}<br>${deg2}</div></div>
</div>
"""


def fill(d):
    org = d.provider()
    title = d.title(d.pick(["plain", "with_code", "upper"]))
    return {
        "emblem": d.pick(["EST. 1998", "TRAINING", "CERTIFIED"]),
        "heading": d.pick(["Certificate of Training", "Certificate of Attainment"]),
        "presented": d.pick(["proudly presented to", "is hereby presented to"]),
        "name": d.name("plain"),
        "course_line": f"for completing {title} at {org}",
        "meta": f"{d.date(d.pick(['long', 'dmy_long', 'ordinal_dmy']))} · {d.hours(d.pick(['credit_hours', 'cec_hours', 'iicrc_cec']))}",
        "sig1": d.person(),
        "deg1": d.pick(["MSc, CIH", "Course Director", "PhD", "CMH, CR"]),
        "sig2": d.person(),
        "deg2": d.pick(["President", "Registrar", "Lead Trainer, MWR"]),
    }
