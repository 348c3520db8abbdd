"""A school's certificate drawn with a React PDF renderer: a portrait page
tinted a pale colour with soft white shapes of a background image, the
school's logo at the top, "CERTIFICATE" in big coloured display capitals,
"This is to certify that", the name, then narrow centred paragraphs: how
many classes or lab sessions the holder attended from one date to the
other and the exam passed, then the name again with the score "out of" a
total, and the level confirmed, set large: the course itself, with its
credit hours on the line under it."""

SOURCE = (
    "tkabanof/certificate-creator:src/pdf-template/GoodTestingEn.tsx (tinted page and "
    "substrate image, logo, 'CERTIFICATE', 'This is to certify that', name, 'has visited N "
    "... classes from X to Y and successfully passed the ... exam', '<name> has been awarded "
    "a score of S out of T and has confirmed', the level set large, a closing line)"
)
KIND = "course"
PAPER = ["a4-portrait", "letter-portrait"]
CATEGORIES = (
    "portrait",
    "sentence",
    "provider-in-logo",
    "distractor-date",
    "distractor-number",
    "tinted-page",
)

TEMPLATE = """<style>
.pg { position:absolute; inset:0; background:${tint}; overflow:hidden }
.b1 { position:absolute; width:620px; height:620px; border-radius:50%; left:-260px; top:-200px; background:rgba(255,255,255,0.35) }
.b2 { position:absolute; width:560px; height:560px; border-radius:50%; right:-240px; bottom:-180px; background:rgba(255,255,255,0.3) }
.b3 { position:absolute; left:0; right:0; bottom:0; height:120px; background:
  linear-gradient(172deg, transparent 0 40%, rgba(255,255,255,0.45) 40% 62%, transparent 62%) }
.w { position:absolute; left:0; right:0; top:36px; display:flex; flex-direction:column; align-items:center; color:${ink}; font-family:${body} }
.logo { width:250px; height:96px; display:flex; align-items:center; justify-content:center; gap:10px; background:rgba(255,255,255,0.75); border-radius:14px; padding:8px 14px }
.logo i { width:46px; height:46px; flex:none; border-radius:50%; background:${brand}; box-shadow: inset 0 0 0 8px rgba(255,255,255,0.6) }
.logo span { font: bold 15px ${body}; line-height:18px; color:${ink} }
.ct { margin-top:${ct_gap}px; font: ${ct_px}px ${head}; color:${brand}; letter-spacing:${ct_ls}px; text-transform:uppercase }
.cf { margin-top:44px; font-size:16px }
.nm { margin-top:28px; font-size:32px; text-align:center; line-height:1.2; padding:0 40px }
.p1 { margin-top:48px; width:340px; text-align:center; font-size:14.5px; line-height:1.55 }
.p2 { margin-top:28px; width:380px; text-align:center; font-size:14.5px; line-height:1.55 }
.lv { margin-top:18px; font-size:${lv_px}px; text-align:center; line-height:1.2; padding:0 60px }
.af { margin-top:8px; width:420px; text-align:center; font-size:14.5px; line-height:1.4 }
</style>
<div class="pg"><div class="b1"></div><div class="b2"></div><div class="b3"></div></div>
<div class="w">
 <div class="logo"><i></i><span>${provider}</span></div>
 <div class="ct">${heading}</div>
 <div class="cf">${certify}</div>
 <div class="nm">${name}</div>
 <div class="p1">${visited}</div>
 <div class="p2">${awarded}</div>
 <div class="lv">${title}</div>
 <div class="af">${after}</div>
</div>
"""

TINTS = [
    ("#b0dcf2", "#0080b1", "#00234e"),
    ("#cfe8d6", "#2d6a4f", "#10301f"),
    ("#f3dfc1", "#9c6644", "#3d2b1f"),
    ("#dcd6f0", "#6a4c93", "#2a1f45"),
    ("#d6e4ee", "#1e6091", "#12263a"),
]


def fill(d):
    r = d.rng
    tint, brand, ink = d.pick(TINTS)
    provider = d.provider()
    name = d.name("plain")
    style = d.pick(["long", "dmy_long", "us_numeric", "short_month"])
    days = 3 if d.credit >= 19 else 2 if d.credit >= 10 else 1
    start = d.other_date("start", style) if days > 1 else None
    end = d.date(style)
    count = d.pick([2, 3, 4, 6]) if days > 1 else d.pick([1, 2, 3])
    what = d.pick(
        [
            f"{count} classroom and hands-on lab sessions",
            f"{count} instructor-led classes",
            f"{count} online lessons",
        ]
    )
    exam = d.pick(["the final exam", "the proctored certification exam", "the written final test"])
    if start:
        visited = f"has attended {what} from {start} to {end} and successfully passed {exam}"
    else:
        visited = f"has attended {what} on {end} and successfully passed {exam}"
    total = d.pick([100, 100, 50, 120])
    score = r.randint(int(total * 0.75), total)
    awarded = d.pick(
        [
            f"{name} has been awarded a score of {score} out of {total} and has confirmed the level of",
            f"{name} has been awarded a score of {score} out of {total} and is recognised as having completed",
        ]
    )
    title = d.title(d.pick(["plain", "plain", "code_first"]))
    hours = d.hours(d.pick(["cec_hours", "hours_title", "cecs", "words_cec"]))
    after = d.pick(
        [
            f"({hours})",
            f"as an IICRC approved course ({hours})",
            f"continuing education credit: {hours}",
        ]
    )
    return {
        "tint": tint,
        "brand": brand,
        "ink": ink,
        "body": d.fonts[d.pick(["sans", "sans", "serif"])],
        "head": d.fonts[d.pick(["display", "sans", "cond"])],
        "ct_gap": d.pick([80, 100, 120]),
        "ct_px": d.pick([46, 50, 54]),
        "ct_ls": d.pick([1, 3, 6]),
        "heading": d.pick(["Certificate", "Certificate", "Certificate of Completion"]),
        "certify": d.pick(
            ["This is to certify that", "This is to certify that", "We certify that"]
        ),
        "provider": provider,
        "name": name,
        "visited": visited,
        "awarded": awarded,
        "lv_px": 26 if len(title) > 34 else 30,
        "title": title,
        "after": after,
    }
