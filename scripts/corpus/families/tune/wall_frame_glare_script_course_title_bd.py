"""A photo of a landscape certificate hanging framed on an office wall:
painted wall around a moulded frame, a cream mat, and a soft band of glare
across the glass. Inside the frame the certificate has a patterned panel
down its left side carrying the provider's wordmark, stacked over two or
three lines, near the foot (the provider is named nowhere else), and on the
right a script heading over a rule, "This is to certify that" in a small
coloured line, the holder's name large and light over a rule, "successfully
completed", the course title in script, then one small line with the class
dates as a span and the credit. At the foot two signers, each with a
scribbled signature, the printed name and the role, flank a round embossed
stamp; a certificate number sits in the bottom corner."""

SOURCE = (
    "gaurav-samosys/ea_admin_ang:src/assets/webroot/certificate/certificate_inline.php "
    "(left panel with logo at its foot, script title and script course line, two signers "
    "around a stamp), shown framed on a wall as technicians photograph the certificates "
    "displayed in their office"
)
KIND = "course"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "landscape",
    "sentence",
    "provider-in-logo",
    "date-range",
    "distractor-person",
    "photo-of-frame",
    "script-title",
)

TEMPLATE = """<style>
.wall { position:absolute; inset:0; background:
  radial-gradient(ellipse at 30% 20%, rgba(255,255,255,.35), rgba(0,0,0,0) 60%),
  radial-gradient(ellipse at 80% 110%, rgba(0,0,0,.22), rgba(0,0,0,0) 55%), ${wall} }
.frame { position:absolute; left:${fl}px; right:${fr}px; top:${ft}px; bottom:${fb}px;
  border:20px solid ${wood}; border-top-color:${wood_hi}; border-left-color:${wood_hi};
  box-shadow: 6px 10px 18px rgba(0,0,0,.45), inset 0 0 0 2px rgba(0,0,0,.35) }
.mat { position:absolute; inset:0; background:${mat}; padding:24px; box-shadow: inset 2px 2px 6px rgba(0,0,0,.25) }
.cert { position:relative; width:100%; height:100%; background:#fff; overflow:hidden;
  box-shadow: 0 0 0 1px rgba(0,0,0,.12) }
.side { position:absolute; left:0; top:0; bottom:0; width:25%;
  background: repeating-linear-gradient(135deg, ${dark} 0 14px, ${side2} 14px 28px) }
.side:after { content:""; position:absolute; right:0; top:0; bottom:0; width:7px; background:${accent} }
.logo { position:absolute; left:0; right:7px; bottom:36px; padding:14px 10px; background:rgba(255,255,255,.94);
  text-align:center; font: bold 14px ${sans}; line-height:19px; color:${dark}; letter-spacing:.8px }
.logo .mk { display:block; margin:0 auto 6px; width:34px; height:34px; border-radius:50%; border:4px solid ${accent};
  box-shadow: inset 0 0 0 5px #fff, inset 0 0 0 12px ${dark} }
.logo small { display:block; font: 9px ${sans}; letter-spacing:1.4px; text-transform:uppercase; color:#555; margin-top:4px }
.main { position:absolute; left:calc(25% + 38px); right:30px; top:0; bottom:0 }
.ttl { margin-top:26px; padding-bottom:8px; border-bottom:1px solid ${accent}; font: 44px ${script}; color:#111; white-space:nowrap }
.lab { color:${accent}; font: 15px ${sans}; margin-top:6px }
.mid { margin-top:52px }
.nm { display:inline-block; border-bottom:1px solid ${accent}; font: 300 36px ${sans}; color:#000; padding:2px 0; margin:2px 0 6px }
.course { font: 27px ${script}; line-height:34px; color:#000; margin-top:10px }
.when { margin-top:10px; font: 13px ${sans}; color:#333 }
.foot { position:absolute; left:0; right:0; bottom:40px; display:flex; justify-content:space-between; align-items:flex-end }
.sg { text-align:center; min-width:170px }
.sg .sc { font: 24px ${hand}; border-bottom:1px solid ${accent}; margin-bottom:4px; padding:0 10px; white-space:nowrap }
.sg .pn { font: 13px ${sans}; color:${accent} } .sg .ro { font: italic 12px ${sans}; color:#111 }
.stamp { width:86px; height:86px; border-radius:50%; background: radial-gradient(circle, ${stamp} 0 52%, #fff 53% 57%, ${stamp} 58% 100%);
  box-shadow: 0 0 0 3px ${stamp}, 0 0 0 5px #fff, 0 0 0 7px ${stamp}; margin-bottom:4px; opacity:.9 }
.no { position:absolute; right:30px; bottom:12px; font: 9px ${mono}; color:#777 }
.glare { position:absolute; inset:-40px; pointer-events:none;
  background: linear-gradient(${glare_angle}deg, rgba(255,255,255,0) 38%, rgba(255,255,255,.38) 46%,
  rgba(255,255,255,.12) 52%, rgba(255,255,255,0) 60%) }
</style>
<div class="wall"></div>
<div class="frame"><div class="mat"><div class="cert">
 <div class="side"><div class="logo"><span class="mk"></span>${provider}<small>${tagline}</small></div></div>
 <div class="main">
  <div class="ttl">${heading}</div>
  <div class="mid">
   <div class="lab">${certify}</div>
   <div class="nm">${name}</div>
   <div class="lab">${completed}</div>
   <div class="course">${title}</div>
   <div class="when">${when_label} ${span} &nbsp;·&nbsp; ${hours}</div>
  </div>
  <div class="foot">
   <div class="sg"><div class="sc">${sig1}</div><div class="pn">${signer1}</div><div class="ro">${role1}</div></div>
   <div class="stamp"></div>
   <div class="sg"><div class="sc">${sig2}</div><div class="pn">${signer2}</div><div class="ro">${role2}</div></div>
  </div>
  <div class="no">${number}</div>
 </div>
 <div class="glare"></div>
</div></div></div>
"""


def _scribble(who: str, r) -> str:
    """A signature as people dash it off: an initial and the surname, or the surname alone."""
    parts = who.replace(".", "").split()
    first, last = parts[0], parts[-1]
    return r.choice([f"{first[0]}{last}", f"{first[0]}. {last}", last, f"{first} {last[0]}"])


def fill(d):
    r = d.rng
    signer1, signer2 = d.person(), d.person()
    return {
        "wall": d.pick(["#d9d2c5", "#c9cfd2", "#e2dccf", "#cfc6b8", "#d6d9cf"]),
        "wood": d.pick(["#3b2516", "#1f1a17", "#5a3b22", "#2b2b2b"]),
        "wood_hi": d.pick(["#5c3d27", "#3a3430", "#7a5436", "#474747"]),
        "mat": d.pick(["#f4efe2", "#f7f5ef", "#ece6d6"]),
        "side2": d.pick(["#2f4f6f", "#345a4a", "#5a4a6a", "#4a4a4a"]),
        "stamp": d.pick(["#c9a227", "#b08d2c", "#a9a9a9"]),
        "fl": r.randint(54, 70),
        "fr": r.randint(54, 70),
        "ft": r.randint(40, 52),
        "fb": r.randint(44, 58),
        "glare_angle": r.randint(100, 125),
        "provider": d.provider("upper"),
        "tagline": d.pick(["Training & Education", "Education Department", "Training Center"]),
        "heading": d.pick(
            ["Certificate of Achievement", "Certificate of Completion", "Certificate of Training"]
        ),
        "certify": d.pick(
            ["This is to Certify that", "This is to certify that", "This certifies that"]
        ),
        "name": d.name("plain"),
        "completed": d.pick(
            ["successfully completed", "has successfully completed", "has completed the course"]
        ),
        "title": d.title(d.pick(["plain", "plain", "with_code"])),
        "when_label": d.pick(["Held", "Class dates:", "Attended", ""]),
        "span": d.date_range(d.pick([1, 2, 2])),
        "hours": d.hours(d.pick(["cec_hours", "hours_title", "iicrc_cec", "cecs"])),
        "sig1": _scribble(signer1, r),
        "signer1": signer1,
        "role1": d.pick(["Lead Instructor", "IICRC Approved Instructor", "Instructor"]),
        "sig2": _scribble(signer2, r),
        "signer2": signer2,
        "role2": d.pick(["President", "Director of Education", "Chief Executive Officer"]),
        "number": d.number("No. "),
    }
