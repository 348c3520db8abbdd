"""A landscape certificate with a tall patterned panel down the left side and
the school's mark and name at the foot of that panel only. On the right, a
script "Certificate of Achievement" over a thin coloured rule, then, set
flush left, "This is to certify that" in small coloured type, the name very
large in a light sans-serif with a rule under it, "successfully completed"
and the course title in a script face. Along the bottom, two signature
blocks (a scrawled signature over a rule, the printed name in colour, the
role in italics) with a round stamp between them. It prints no date and no
hours."""

SOURCE = "gaurav-samosys/ea_admin_ang:src/assets/webroot/certificate/certificate_inline.php"
KIND = "course"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "landscape",
    "sentence",
    "provider-in-logo",
    "distractor-person",
    "seal",
    "no-hours",
)

TEMPLATE = """<style>
.lp { position:absolute; left:0; top:0; bottom:0; width:27%; background:
  repeating-linear-gradient(135deg, rgba(255,255,255,.09) 0 2px, transparent 2px 14px),
  linear-gradient(180deg, ${panel} 0%, ${panel2} 100%) }
.lp:after { content:''; position:absolute; right:-14px; top:0; bottom:0; width:14px; background:${stripe} }
.lg { position:absolute; left:24px; right:24px; bottom:44px; text-align:center; color:#fff }
.lg .m { width:84px; height:84px; margin:0 auto 10px; border-radius:50%; border:3px solid #fff; font: bold 30px ${display}; line-height:78px }
.lg .n { font: bold 17px ${sans}; line-height:21px; letter-spacing:.5px }
.lg .t { font-size:11px; letter-spacing:2px; text-transform:uppercase; margin-top:4px; opacity:.85 }
.rt { position:absolute; left:calc(27% + 14px); right:0; top:0; bottom:0; font-family:${sans} }
.hd { margin:46px 40px 0 54px; padding-bottom:12px; border-bottom:1px solid ${blue}; font: ${head_px}px ${script}; color:#111; line-height:1.1 }
.mid { margin:${mid_top}px 40px 0 54px }
.bl { color:${blue}; font-size:17px }
.nm { display:inline-block; border-bottom:1px solid ${blue}; font: 300 ${name_px}px ${light}; color:#111; margin:4px 0 8px; padding:2px 0; line-height:1.1 }
.ti { font: ${title_px}px ${script}; color:#111; margin-top:12px; line-height:1.15 }
.ft { position:absolute; left:54px; right:40px; bottom:54px; display:flex; justify-content:space-between; align-items:center }
.sg { text-align:center; min-width:190px }
.sg .w { font: 30px ${hand}; color:#222; border-bottom:1px solid ${blue}; padding:0 10px; margin-bottom:5px; line-height:1.2 }
.sg .p { color:${blue}; font-size:16px } .sg .r { font-size:15px; font-style:italic; color:#111 }
.st { width:112px; height:112px; border-radius:50%; border:4px double ${stamp}; color:${stamp}; display:flex; align-items:center; justify-content:center; text-align:center; font: bold 13px ${display}; letter-spacing:1px; transform:rotate(-12deg); opacity:.85 }
</style>
<div class="lp"><div class="lg"><div class="m">${mark}</div><div class="n">${org}</div><div class="t">${tag}</div></div></div>
<div class="rt">
 <div class="hd">${heading}</div>
 <div class="mid">
  <div class="bl">${certify}</div>
  <div class="nm">${name}</div>
  <div class="bl">${completed}</div>
  <div class="ti">${title}</div>
 </div>
 <div class="ft">
  <div class="sg"><div class="w">${sig1}</div><div class="p">${person1}</div><div class="r">${role1}</div></div>
  <div class="st">${stamp_text}</div>
  <div class="sg"><div class="w">${sig2}</div><div class="p">${person2}</div><div class="r">${role2}</div></div>
 </div>
</div>
"""


def _scrawl(person: str) -> str:
    parts = person.split()
    return (parts[0][:1] + ". " + parts[-1]) if len(parts) > 1 else person


def fill(d):
    org = d.provider()
    words = [w for w in org.replace("&", "").replace(",", "").split() if w[0].isupper()]
    mark = "".join(w[0] for w in words)[:3]
    name = d.name(d.pick(["plain", "plain", "plain", "upper"]))
    title = d.title(d.pick(["plain", "plain", "with_code"]))
    p1, p2 = d.person(), d.person()
    script = d.pick(["'Dancing Script', cursive", "'Z003', cursive"])
    return {
        "panel": d.colors["dark"],
        "panel2": d.pick(["#0d1b2a", "#1b263b", "#2b2d42", "#3d405b"]),
        "stripe": d.colors["accent"],
        "blue": d.pick(["#1980b2", "#2d6a4f", "#8b0000", "#6a4c93", "#1e6091"]),
        "stamp": d.pick(["#9b1c1c", "#1e3a8a", "#7c5a10"]),
        "sans": d.fonts["sans"],
        "light": d.pick(["Roboto, sans-serif", "'Open Sans', sans-serif", "Lato, sans-serif"]),
        "display": d.fonts["display"],
        "script": script,
        "hand": d.pick(["'Dancing Script', cursive", "'Z003', cursive"]),
        "head_px": d.pick([58, 64, 70]),
        "mid_top": d.pick([64, 84, 104]),
        "name_px": 52 if len(name) <= 22 else 42 if len(name) <= 30 else 34,
        "title_px": 42 if len(title) <= 34 else 34 if len(title) <= 48 else 28,
        "mark": mark,
        "org": org,
        "tag": d.pick(["Training & Certification", "Est. 1998", "Restoration Education", ""]),
        "heading": d.pick(["Certificate of Achievement", "Certificate of Completion"]),
        "certify": d.pick(["This is to Certify that", "This is to certify that"]),
        "name": name,
        "completed": d.pick(["successfully completed", "has successfully completed"]),
        "title": title,
        "sig1": _scrawl(p1),
        "person1": p1,
        "role1": d.pick(["President", "Director of Education", "Executive Director"]),
        "sig2": _scrawl(p2),
        "person2": p2,
        "role2": d.pick(
            ["Lead Instructor", "IICRC Approved Instructor", "Chief Executive Officer"]
        ),
        "stamp_text": d.pick(["OFFICIAL SEAL", "CERTIFIED", mark + " SEAL"]),
    }
