"""A landscape certificate printed with jsPDF over a background picture: the
picture carries the decoration (a coloured strip down the left edge with
two slanted bars, a faint corner pattern) and the word CERTIFICATE at the
top left; the values are written over it left-aligned at one margin. The
holder's name comes first, large and bold (sometimes a script face) with a
trailing comma, then one line that opens with the date and goes on to the
completion phrase, then the course, large and bold, and a line with the
workload in hours. The school's wordmark and a single signer are at the
foot."""

SOURCE = "giovannialves01/API-RGBA:src/SkillShare/src/main/resources/static/js/Utils/geradorCertificado.js"
KIND = "course"
PAPER = ["a4-landscape", "letter-landscape"]
CATEGORIES = (
    "landscape",
    "script-name",
    "sentence",
    "provider-in-logo",
    "distractor-person",
)

TEMPLATE = """<style>
.st { position:absolute; left:0; top:0; bottom:0; width:120px; background:${dark} }
.b1 { position:absolute; left:96px; top:-40px; width:26px; height:130%; background:${accent}; transform:rotate(8deg); transform-origin:top left }
.b2 { position:absolute; left:140px; top:-40px; width:8px; height:130%; background:${accent}; opacity:.55; transform:rotate(8deg); transform-origin:top left }
.pt { position:absolute; right:0; top:0; width:320px; height:220px;
  background: repeating-linear-gradient(135deg, ${light} 0 10px, #fff 10px 20px); clip-path: polygon(40% 0, 100% 0, 100% 100%) }
.hd { position:absolute; left:208px; top:70px; font: bold 58px ${display}; letter-spacing:8px; color:${dark} }
.hd small { display:block; font: 18px ${sans}; letter-spacing:6px; color:${accent}; margin-top:2px }
.w { position:absolute; left:208px; right:70px; top:270px; color:#111 }
.nm { font: ${name_weight} ${name_px}px ${name_face}; line-height:1.2; white-space:nowrap }
.s1 { font: 27px ${body}; margin-top:10px }
.co { font: bold ${title_px}px ${body}; line-height:1.15; margin-top:10px }
.s2 { font: 22px ${body}; margin-top:14px }
.ft { position:absolute; left:208px; right:70px; bottom:56px; display:flex; justify-content:space-between; align-items:flex-end }
.wm { display:flex; align-items:center; gap:10px; font: bold 17px ${sans}; color:${dark}; max-width:540px; line-height:1.2 }
.wm span { width:44px; height:44px; flex:none; background:${accent}; border-radius:50% 0 50% 0 }
.sg { width:280px; text-align:center; font: 13px ${sans}; color:#333 }
.sg i { display:block; font-style:normal; font: 28px ${hand}; color:#1d2f6a; border-bottom:1px solid #333; padding-bottom:2px; white-space:nowrap }
</style>
<div class="st"></div><div class="b1"></div><div class="b2"></div><div class="pt"></div>
<div class="hd">CERTIFICATE<small>${sub}</small></div>
<div class="w">
 <div class="nm">${name},</div>
 <div class="s1">${line1}</div>
 <div class="co">${title}</div>
 <div class="s2">${line2}</div>
</div>
<div class="ft"><div class="wm"><span></span>${org}</div>
 <div class="sg"><i>${signer}</i>${signer}<br>${role}</div></div>
"""


def fill(d):
    org = d.provider()
    name = d.name(d.pick(["plain", "plain", "upper"]))
    scripted = d.chance(0.5)
    face = (
        d.fonts["script"].replace(", cursive", ", 'Dancing Script', cursive")
        if scripted
        else d.fonts[d.pick(["sans", "serif"])]
    )
    base = 60 if scripted else 53
    wide = 0.72 if name.isupper() else 0.6
    name_px = min(base, int(820 / ((len(name) + 1) * (0.5 if scripted else wide))))
    date = d.date(d.pick(["long", "ordinal", "dmy_long", "weekday", "long"]))
    line1 = d.pick(
        [
            f"on {date}, completed the course",
            f"on {date}, successfully completed the course",
            f"on {date}, concluded the training course",
        ]
    )
    title = d.title(d.pick(["plain", "plain", "code_first"]))
    hours = d.hours(d.pick(["hours_title", "cec_hours", "hrs", "words"]))
    return {
        "sub": d.pick(["OF COMPLETION", "OF TRAINING", "OF CONCLUSION"]),
        "name": name,
        "name_face": face,
        "name_weight": "normal" if scripted else "bold",
        "name_px": name_px,
        "body": d.fonts[d.pick(["sans", "serif"])],
        "line1": line1,
        "title": title,
        "title_px": 50 if len(title) <= 24 else 40 if len(title) <= 34 else 32,
        "line2": d.pick(
            [
                f"with a total workload of {hours}.",
                f"Course load: {hours}",
                f"totalling {hours} of instruction.",
            ]
        ),
        "org": org,
        "signer": d.person(),
        "role": d.pick(["Course Coordinator", "Instructor", d.role()]),
    }
