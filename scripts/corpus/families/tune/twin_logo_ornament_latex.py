"""A mail-merged LaTeX certificate from a training centre, set landscape on
a tiled patterned border: a header row of a logo at each side with the
centre's name in bold colour between them, a large red heading over a row
of printer's ornaments, a centred sentence with the participant's name in
big bold capitals, the course in coloured italics, who organised it, where
and in which period, and two signature lines (the lecturer and the
director). A registration number sits at the foot."""

SOURCE = "TodorBalabanov/Bulgarian-Academy-of-Sciences-Training-Center-Certificate:certificate.tex"
KIND = "course"
PAPER = ["a4-landscape", "a4-landscape", "letter-landscape"]
CATEGORIES = (
    "landscape",
    "ornate",
    "sentence",
    "date-range",
    "provider-in-logo",
    "distractor-person",
    "hours-in-sentence",
)

TEMPLATE = """<style>
.tile { position:absolute; inset:0; background:
  radial-gradient(circle at 50% 50%, ${t1} 0 3px, transparent 3.5px) 0 0/18px 18px,
  repeating-linear-gradient(45deg, ${t2} 0 2px, transparent 2px 9px),
  repeating-linear-gradient(-45deg, ${t2} 0 2px, transparent 2px 9px), ${t3} }
.sheet { position:absolute; inset:44px; background:#fff; box-shadow:0 0 0 3px ${t1}, 0 0 0 7px #fff, 0 0 0 9px ${t1} }
.w { position:absolute; inset:70px 80px 60px; font-family:${body}; color:#111; text-align:center }
.hdr { display:flex; align-items:center; justify-content:space-between }
.l1 { width:92px; height:92px; border-radius:50%; border:4px double ${c_other}; display:flex; align-items:center; justify-content:center;
  font: bold 24px ${serif}; color:${c_other} }
.l2 { width:110px; height:80px; background:${c_other}; color:#fff; display:flex; align-items:center; justify-content:center; font: bold 15px ${sans};
  clip-path:polygon(0 0,100% 0,100% 78%,50% 100%,0 78%); padding-bottom:10px }
.inst { flex:1; font: bold 19px ${body}; color:${c_other}; line-height:25px; letter-spacing:0.5px; padding:0 20px }
h1 { margin:26px 0 0; font: bold 50px ${body}; color:${c_title}; letter-spacing:2px; line-height:56px }
.orn { font: 26px 'DejaVu Sans', sans-serif; color:#d98fb0; margin-top:2px; line-height:30px } .orn span { color:#2747c9 }
.t { margin-top:18px; font-size:18px; line-height:30px }
.nm { font: bold ${nm_size}px ${sans}; color:${c_name}; line-height:${nm_line}px; letter-spacing:0.5px }
.crs { font: italic bold 25px ${body}; color:${c_phd}; line-height:32px }
.sg { position:absolute; left:30px; right:30px; bottom:40px; display:flex; justify-content:space-between; font-size:14px }
.sg div { width:270px; border-top:0.6px solid #222; padding-top:4px; line-height:18px }
.reg { position:absolute; left:0; bottom:0; font-size:11px; color:#333 }
</style>
<div class="tile"></div><div class="sheet"></div>
<div class="w">
 <div class="hdr"><div class="l1">${mono}</div><div class="inst">${inst_html}</div><div class="l2">${badge}</div></div>
 <h1>${heading}</h1>
 <div class="orn">&#10086;&nbsp;&nbsp;<span>&#10048;</span>&nbsp;&nbsp;&#10087;</div>
 <div class="t">${certifies}<br>
  <span class="nm">${name}</span><br>
  ${completed}<br>
  <span class="crs">${title}</span>,<br>
  ${organized}
 </div>
 <div class="sg"><div>${teacher}<br>${teacher_role}</div><div>${director}<br>${director_role}</div></div>
 <div class="reg">${reg}</div>
</div>
"""


def fill(d):
    import html

    org = d.provider()
    short = d.org_alt or org
    letters = "".join(w[0] for w in short.replace("&", "").split() if w[0].isupper())[:3] or "TC"
    upper = org.upper()
    inst = d.pick(
        [
            f"TRAINING CENTER<br>{html.escape(upper)}",
            html.escape(upper),
            f"{html.escape(upper)}<br>CONTINUING EDUCATION",
        ]
    )
    period = d.date_range(d.pick([1, 2, 2, 4]))
    city = d.address()[1].split(",")[0]
    hours = None
    if d.chance(0.7):
        hours = d.hours(d.pick(["words", "hours_title", "cec_hours", "words_cec"]))
    organized = d.pick(
        [
            f"organized by {short} in {city}, in the period {period}",
            f"held by {short} in {city} during the period {period}",
        ]
    )
    if hours:
        hours = hours[0].lower() + hours[1:]
        organized += d.pick([f", totalling {hours}", f" ({hours})"])
    name = d.name(d.pick(["upper", "upper", "plain"]))
    honorific = d.pick(["", "", "Mr. ", "Ms. "]) if name.isupper() else ""
    shown = f"{honorific.upper()}{name}"
    size = 40 if len(shown) < 22 else 34 if len(shown) < 30 else 29
    return {
        "t1": d.pick(["#8a1c1c", "#2f4f7f", "#6b4f1d"]),
        "t2": d.pick(["#e3c9a8", "#c8d4e6", "#e6d3d3"]),
        "t3": d.pick(["#f6ecd9", "#eef2f8", "#f8efef"]),
        "body": d.pick(
            ["'P052', serif", "'C059', serif", "'URW Bookman', serif", d.fonts["serif"]]
        ),
        "c_title": "#b40000",
        "c_other": d.pick(["#ab00ff", "#5b2a86", "#1f3a5f"]),
        "c_name": d.pick(["#e00000", "#b40000", "#1a1a1a"]),
        "c_phd": d.pick(["#0000f0", "#1e3fa8"]),
        "nm_size": size,
        "nm_line": size + 12,
        "mono": letters,
        "badge": d.pick(["EST. 1998", "ACCREDITED", "TRAINING"]),
        "inst_html": inst,
        "heading": d.pick(["CERTIFICATE", "CERTIFICATE", "CERTIFICATE OF COMPLETION"]),
        "certifies": d.pick(
            [
                "This certificate attests that",
                "This is to certify that",
                "The present certificate confirms that",
            ]
        ),
        "name": shown,
        "completed": d.pick(
            [
                "successfully completed the intensive course",
                "successfully completed the accelerated course in",
                "has successfully completed the training course",
            ]
        ),
        "title": f"“{d.title(d.pick(['plain', 'plain', 'with_code']))}”",
        "organized": organized,
        "teacher": d.person(),
        "teacher_role": d.pick(["Lecturer", "Instructor", "Course Lecturer"]),
        "director": d.person(),
        "director_role": d.pick(["Director", "Director, Training Center", d.role()]),
        "reg": d.pick(
            [
                f"Reg. No. {d.number()}",
                f"Registration No. {d.rng.randrange(100, 9999)}/{d.completed.year}",
                f"No. {d.number()}",
            ]
        ),
    }
